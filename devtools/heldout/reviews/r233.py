"""A held-out review (see ../README.md): python r233.py OUT_FOLDER writes its returns and truth.json."""

import csv
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
import openpyxl
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Non-accidental injury to a 7-week-old (Ellie): a bruised ear, then rib fractures. Father on a
# probation licence, mother in drug treatment. Vocabulary: "CP medical", "skeletal survey", "CAIT",
# "RUI" (released under investigation), "ICPC", "keyworker". Layouts: the GP's CSV newest first,
# in cp1252, dated "Tuesday, 18 April 2023"; health visiting's date and time cells; the hospital's
# CSV with numbered entries and lines inside cells; the police's "18/04/2023 @ 19:20"; children's
# social care's printed return with a page marker and its header repeated; probation's Word table
# with a two-row header; the drug service dated "24th April 2023".
gp = [
    ("Friday, 21 April 2023", "Admin", "Report for the initial child protection conference sent to children's social "
     "care.", None, "2023-04-21"),
    ("Tuesday, 18 April 2023", "Dr Patel", "Mum brought Ellie (7/52): bruise to left ear. Non-mobile baby. Discussed "
     "with on-call paediatrician, sent to ED. Referral to children's social care (MASH).", "E1", "2023-04-18"),
    ("Monday, 6 March 2023", "Dr Patel", "Mum post-natal check: well, contraception discussed.", None, "2023-03-06"),
]
with open(R.folder / "GP surgery.csv", "w", newline="", encoding="cp1252") as fh:
    w = csv.writer(fh)
    w.writerow(["Date", "Clinician", "Entry – free text"])
    for r, (date, who, text, event, iso) in enumerate(gp, start=2):
        w.writerow([date, who, text])
        R._note("GP surgery.csv", None, r, event, iso, text)

R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "Time", "HV", "Contact"]], [
    ([D(2023, 3, 9), dt.time(10, 30), "HV Moss", "New birth visit. Safe sleep, ICON. Mum open to drug service, says "
      "cannabis only."], None, "2023-03-09"),
    ([D(2023, 4, 19), dt.time(9, 15), "HV Moss", "MASH enquiry: information shared about the family (bruise "
      "reported by GP yesterday)."], None, "2023-04-19"),
    ([D(2023, 4, 25), dt.time(10, 0), "HV Moss", "Attended ICPC. Ellie made subject of a CP plan (physical abuse)."],
     "E6", "2023-04-25"),
])])

hospital = [
    ("1", "18/04/2023 16:40", "ED", "Referred by GP: bruise to left ear.\r\nCP medical by paediatric registrar.\r\n"
     "Admitted for skeletal survey.", None, "2023-04-18"),
    ("2", "19/04/2023 11:00", "Ward 4", "Consultant paediatrician took part in the strategy discussion by phone.",
     "E2", "2023-04-19"),
    ("3", "20/04/2023 14:20", "Radiology", "Skeletal survey: two healing posterior rib fractures, about 2-3 weeks "
     "old.\r\nCSC and police informed.", "E3", "2023-04-20"),
]
with open(R.folder / "Hospital trust.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["Entry no.", "Date/time", "Department", "Entry"])
    r = 2
    for number, when, department, text, event, iso in hospital:
        w.writerow([number, when, department, text])
        R._note("Hospital trust.csv", None, r, event, iso, text)
        r += 1 + text.count("\n")

R.xlsx("Police CAIT.xlsx", [("CAIT", [["Police – Child Abuse Investigation Team"], ["Return for CSPR: Ellie"]],
                             [["Date / time", "Officer", "Action"]], [
    (["18/04/2023 @ 19:20", "DS Kerr", "Notified by MASH of bruise to 7-week-old. Strategy discussion requested."],
     None, "2023-04-18"),
    (["19/04/2023 @ 11:00", "DS Kerr", "Strategy meeting with CSC and paediatrician: S47 joint investigation."],
     "E2", "2023-04-19"),
    (["20/04/2023 @ 15:05", "DC Amin", "Update from the hospital: two healing rib fractures on the skeletal survey."],
     "E3", "2023-04-20"),
    (["20/04/2023 @ 18:30", "DC Amin", "Both parents arrested on suspicion of GBH (child). Interviewed; released "
      "under investigation."], "E4", "2023-04-20"),
    (["25/04/2023 @ 10:00", "DC Amin", "ICPC attended."], "E6", "2023-04-25"),
])])

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Chronology"
csc = [
    ["Children's Social Care chronology – Ellie D"], [],
    ["Date", "Worker", "Type", "Details"],
    ["18/04/2023", "MASH", "Contact", "From GP: bruise to left ear of a 7-week-old, sent to ED. Strategy discussion "
     "to be arranged."],
    ["19/04/2023", "SW Bell", "Strategy discussion", "With police CAIT and the consultant paediatrician: S47 joint "
     "investigation."],
    ["Page 1 of 2"],
    ["Date", "Worker", "Type", "Details"],
    ["20/04/2023", "SW Bell", "Information", "Paediatrician informed us that the skeletal survey shows two healing rib "
     "fractures."],
    ["25/04/2023", "SW Bell", "ICPC", "Initial child protection conference: CP plan, physical abuse. Parents "
     "attended with advocates."],
]
for line in csc:
    ws.append(line)
wb.save(R.folder / "Childrens Social Care.xlsx")
for r, event, iso in [(4, "E1", "2023-04-18"), (5, "E2", "2023-04-19"), (8, "E3", "2023-04-20"),
                      (9, "E6", "2023-04-25")]:
    R._note("Childrens Social Care.xlsx", "Chronology", r, event, iso, csc[r - 1][3])

d = docx.Document()
d.add_paragraph("Probation Service – contacts with Mr D (on licence)")
t = d.add_table(rows=2, cols=3)
top = t.rows[0].cells
top[0].merge(top[1])
top[0].text, top[2].text = "Contact", "Notes"
t.rows[1].cells[0].text, t.rows[1].cells[1].text = "Date", "Type"
bottom = t.rows[0].cells[2].merge(t.rows[1].cells[2])
probation = [
    ("12/04/2023", "Office", "Licence supervision. Reports baby doing well; no concerns raised.", None, "2023-04-12"),
    ("21/04/2023", "Police", "Police informed us that Mr D was arrested yesterday re injuries to his baby. Recall "
     "being considered.", "E4", "2023-04-21"),
    ("21/04/2023", "Recall", "Recall to custody requested (risk of serious harm to the child).", None, "2023-04-21"),
]
for date, kind, text, event, iso in probation:
    row = t.add_row().cells
    row[0].text, row[1].text, row[2].text = date, kind, text
d.save(R.folder / "Probation.docx")
for i, (date, kind, text, event, iso) in enumerate(probation):
    R._note("Probation.docx", None, i + 4, event, iso, text)

R.xlsx("Drug and alcohol service.xlsx", [("Contacts", [], [["Date", "Keyworker", "Notes"]], [
    (["3rd April 2023", "KW Lane", "Key work session. Cannabis use reduced to weekends. Baby with dad."], None,
     "2023-04-03"),
    (["24th April 2023", "KW Lane", "Mum says she and her partner were arrested last week over the baby's injuries. "
      "Ellie in foster care."], "E4", "2023-04-24"),
    (["25th April 2023", "KW Lane", "Keyworker attended the initial child protection conference."], "E6",
     "2023-04-25"),
])])
R.done()
