"""A held-out review (see ../README.md): python r283.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 4-month-old (Harper) with a bruise to the cheek seen by the GP: the bruising protocol for a
# non-mobile baby, a CP medical, a strategy discussion, an initial child protection conference.
# Vocabulary: "non-mobile", "pre-mobile", "bruising protocol", "skeletal survey", "fingertip bruising",
# "RUI" (released under investigation), "ICPC". Layouts: the GP's Word document printed as form
# blocks ("Date:", "Clinician:", "Consultation:", a blank line between); the hospital's sheet with a
# title in row 1 over the header in row 2; the police's child abuse team CSV with dates written
# "3rd July 2023"; children's social care with two entries on one day; health visiting.

doc = docx.Document()
doc.add_paragraph("Extract from GP record – Harper M (DOB 02/03/2023)")
gp_blocks = [
    ([("Date", "03/07/2023"), ("Clinician", "Dr Evans"),
      ("Consultation", "Cough for 3 days, chest clear. Incidental 2cm bruise left cheek; mum unsure how. Non-mobile "
       "baby: bruising protocol, referred to children's services and paediatrics today.")], "E1", "2023-07-03"),
    ([("Date", "10/07/2023"), ("Clinician", "Admin"),
      ("Consultation", "Letter from paediatrics: CP medical 04/07, skeletal survey normal, bruise consistent with "
       "fingertip grip.")], "E3", "2023-07-10"),
    ([("Date", "20/07/2023"), ("Clinician", "Dr Evans"),
      ("Consultation", "Attended initial child protection conference. Plan: CP, neglect and physical abuse.")], "E5",
     "2023-07-20"),
]
row = 1  # the title paragraph
for lines, event, iso in gp_blocks:
    doc.add_paragraph("")
    for n, (label, value) in enumerate(lines):
        doc.add_paragraph(f"{label}: {value}")
        row += 1
        if n == 0:
            R._note("GP.docx", None, row, event, iso, lines[-1][1])
doc.save(str(R.folder / "GP.docx"))

R.xlsx("City Hospital Paediatrics.xlsx", [("CP medicals", [["Child protection medicals – Harper M"]],
                                           [["Date seen", "Seen by", "Findings / outcome"]], [
    ([D(2023, 7, 4), "Dr Amin (consultant)", "CP medical. 2cm bruise L cheek with two smaller marks, consistent with "
      "fingertip grip. Skeletal survey and bloods normal. Explanation (sibling hit her with a toy) not consistent."],
     "E3", "2023-07-04"),
    ([D(2023, 7, 18), "Dr Amin", "Report for conference written and sent."], None, "2023-07-18"),
])])

R.csv("Police CAIT.csv", [], ["Date", "Officer", "Update"], [
    (["3rd July 2023", "DC Hale", "Strategy discussion with CSC and paediatrics re bruise to 4 month old. Joint "
      "investigation, S47."], "E2", "2023-07-03"),
    (["4th July 2023", "DC Hale", "CP medical outcome: injury likely inflicted, fingertip pattern."], "E3", "2023-07-04"),
    (["12th July 2023", "DC Hale", "Mother's partner interviewed under caution, denies. RUI."], "E4", "2023-07-12"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Event", "Details"]], [
    ([D(2023, 7, 3), "Contact", "GP referral: bruise to cheek of a non-mobile baby (4 months), no explanation."], "E1",
     "2023-07-03"),
    ([D(2023, 7, 3), "Strategy", "Strategy discussion with police and paediatrics: S47, CP medical tomorrow."], "E2",
     "2023-07-03"),
    ([D(2023, 7, 4), "S47", "CP medical: bruising likely non-accidental. Safety plan: Harper and sibling to stay with "
      "maternal grandmother."], "E3", "2023-07-04"),
    ([D(2023, 7, 13), "Case note", "Police update: partner interviewed yesterday, released under investigation."], "E4",
     "2023-07-13"),
    ([D(2023, 7, 20), "ICPC", "Initial child protection conference: both children subject to CP plans."], "E5",
     "2023-07-20"),
])])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date", "Contact", "Narrative"]], [
    ([D(2023, 7, 5), "Home visit", "Visit at grandmother's. Harper feeding well, bruise fading."], None, "2023-07-05"),
    ([D(2023, 7, 20), "Meeting", "ICPC attended; HV report shared."], "E5", "2023-07-20"),
])])
R.done()
