"""A held-out review (see ../README.md): python r346.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Postpartum psychosis: Priya (29) and her baby Arjun, born 10/02/2024; detained under s136 on a
# bridge with the baby, then admitted to a mother and baby unit. Vocabulary: "PMH" (perinatal mental
# health), "MBU", "s136", "s2", "MHA assessment", "NBV" (new birth visit). Layouts: the perinatal
# team's notes as blocks of "Label: value" rows down column A, a blank row between notes; maternity's
# dates typed "10-02-2024"; the GP's "28-Feb-2024"; a police CSV saved with a byte order mark; social
# care's sheet under two title rows; the health visitor's Word paragraphs dated "22/2/24".

R.xlsx("Maternity.xlsx", [("Postnatal", [], [["Date", "Time", "Event"]], [
    (["10-02-2024", "04:12", "SVD, baby boy 3.2 kg. Mum well. Known history of depression."], "E1", "2024-02-10"),
    (["20-02-2024", "11:00", "Day 10 visit: discharged to health visitor. Mum tearful, sleeping poorly."], "E2",
     "2024-02-20"),
])])

# The perinatal team's notes: blocks of label and value down column A and B, a blank row between.
blocks = [
    ("01/03/2024 10:20", "Referral", "Urgent referral received from GP: intrusive thoughts that the baby is not "
     "hers. Triage: seen within 5 days.", "E3", "2024-03-01"),
    ("05/03/2024 14:00", "Home visit", "Assessment at home with partner present: low mood, poor sleep, no "
     "psychotic features today. Care coordinator allocated.", "E4", "2024-03-05"),
    ("14/03/2024 23:40", "MHA assessment", "MHA assessment at the s136 suite: detained under s2. Bed at the "
     "MBU from tomorrow; baby with father tonight.", "E5", "2024-03-14"),
    ("18/03/2024 09:30", "Strategy", "Strategy discussion with CSC, police and HV: joint plan for discharge "
     "from the MBU.", "E6", "2024-03-18"),
    ("09/04/2024 15:00", "Ward note", "HV visited Priya and Arjun on the MBU today.", "E8", "2024-04-09"),
]


def stacked_blocks(workbook):
    sheet = workbook.create_sheet("RiO notes")
    row = 1
    for when, kind, note, event, iso in blocks:
        first = row
        for label, value in (("Date/Time:", when), ("Contact type:", kind), ("Clinician:", "Perinatal team"),
                             ("Note:", note)):
            sheet.cell(row, 1, label)
            sheet.cell(row, 2, value)
            row += 1
        R._note("Perinatal Mental Health.xlsx", "RiO notes", first, event, iso, note)
        row += 1  # a blank row between notes


R.xlsx("Perinatal Mental Health.xlsx", [], finish=stacked_blocks)

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Clinician", "Consultation"]], [
    (["28-Feb-2024", "Dr Osei", "Priya: 2/52 post natal, not sleeping, thoughts baby is not hers. No thoughts of "
      "harm. Urgent referral to perinatal mental health team."], "E3", "2024-02-28"),
])])

R.csv("Police incidents.csv", [], ["Date", "Occ No", "Log"], [
    (["14/03/2024 21:30", "INC-0314-221", "Concern for welfare: female on the Ashby Road bridge with a baby in a "
      "pram. Detained s136, taken to the s136 suite. Baby handed to father."], "E5", "2024-03-14"),
    (["18/03/2024 09:30", "INC-0314-221", "Strategy discussion (CSC, PMH, HV): no further police action."], "E6",
     "2024-03-18"),
], encoding="utf-8-sig")

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [["Children's Services - chronology"], ["Child: Arjun (DOB 10/02/2024)"]],
                                       [["Date", "Worker", "Entry"]], [
    ([D(2024, 3, 15), "MASH", "Police notification: mother detained under s136 last night with baby Arjun; baby "
      "with father."], "E5", "2024-03-15"),
    ([D(2024, 3, 18), "SW Patel", "Strategy discussion with police, PMH and HV: s47 not needed; CIN."], "E6",
     "2024-03-18"),
])])

R.docx_paragraphs("Health Visiting.docx", "Health visiting record - Arjun", [
    ("22/2/24 NBV: Arjun feeding well. Priya flat, partner supportive. EPDS 14 - GP informed.", "E7",
     "2024-02-22"),
    ("18/3/24 Strategy discussion by phone with CSC, police and perinatal team.", "E6", "2024-03-18"),
    ("9/4/24 Visited Priya and Arjun at the mother and baby unit. Bonding well.", "E8", "2024-04-09"),
])
R.done()
