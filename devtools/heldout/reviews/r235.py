"""A held-out review (see ../README.md): python r235.py OUT_FOLDER writes its returns and truth.json."""

import csv
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A safeguarding adults review: financial abuse and neglect of Mrs B (87) by her son. Vocabulary:
# "banking protocol", "leg ulcer", "S42 planning meeting", "long lie", "respite". Layouts: the care
# agency's Word log, a row with each day's date over that day's visits; district nursing's date
# cells; the bank's "09-Mar-2023" under title rows; the police's cp1252 CSV with a reported and an
# occurrence date; adult social care's Mosaic steps; the GP's consultations over several rows; the
# ambulance service's "Time Of Call".
d = docx.Document()
d.add_paragraph("Homecare Ltd – daily log, Mrs B")
t = d.add_table(rows=1, cols=3)
for cell, head in zip(t.rows[0].cells, ["Time", "Entry", "Carer"]):
    cell.text = head
care = [
    ("Monday 6 March 2023", None, None, None, None),
    ("08:00", "Breakfast, meds. Son still in bed, would not let us in the bedroom.", "KL", None, "2023-03-06"),
    ("11:30", "DN visited, redressed the leg ulcer. Son asked her to leave early.", "KL", "E1", "2023-03-06"),
    ("Wednesday 15 March 2023", None, None, None, None),
    ("09:30", "Took Mrs B to her GP appointment at 10:00; son did not come.", "MP", "E3", "2023-03-15"),
    ("Thursday 30 March 2023", None, None, None, None),
    ("07:30", "No answer. Son said Mrs B fell in the night and was taken to hospital by ambulance.", "KL", "E5",
     "2023-03-30"),
]
row_number = 3  # the title paragraph, the header, then the table's rows
for when, text, carer, event, iso in care:
    row = t.add_row().cells
    row[0].text = when
    if text is not None:
        row[1].text, row[2].text = text, carer
        R._note("Homecare Ltd log.docx", None, row_number, event, iso, text)
    row_number += 1
d.save(R.folder / "Homecare Ltd log.docx")

R.xlsx("District Nursing.xlsx", [("Visits", [], [["Visit date", "Visit type", "Clinician", "Notes"]], [
    ([D(2023, 3, 6), "Home visit", "DN Shaw", "Leg ulcer dressing. Son present and reluctant to let us in; asked us "
      "to be quick. Mrs B thin, house cold."], "E1", "2023-03-06"),
    ([D(2023, 3, 20), "Meeting", "DN Shaw", "Attended S42 strategy meeting re Mrs B (by phone)."], "E4",
     "2023-03-20"),
    ([D(2023, 3, 27), "Home visit", "DN Shaw", "Leg ulcer improving. Carer present."], None, "2023-03-27"),
])])

R.xlsx("Bank.xlsx", [("Concerns", [["Lloyds Bank – vulnerable customer team"], ["Information for SAR: Mrs B"], []],
                      [["Date", "Branch", "Notes"]], [
    (["09-Mar-2023", "High Street", "Son attempted to withdraw £5,000 from Mrs B's account in cash. Banking protocol "
      "invoked; police called to branch."], "E2", "2023-03-09"),
    (["21-Mar-2023", "Telephone", "Account restrictions agreed with adult social care."], None, "2023-03-21"),
])])

with open(R.folder / "Police.csv", "w", newline="", encoding="cp1252") as fh:
    w = csv.writer(fh)
    w.writerow(["Date Reported", "Occurrence Date", "Summary"])
    police = [
        ("09/03/2023", "09/03/2023", "Banking protocol call from Lloyds High Street: male trying to withdraw £5,000 "
         "from his mother's account. Officers attended, words of advice, referral to adult social care.", "E2",
         "2023-03-09"),
        ("20/03/2023", "20/03/2023", "Attended adult safeguarding planning meeting (S42) re Mrs B. Crime recorded: "
         "fraud by abuse of position.", "E4", "2023-03-20"),
    ]
    for r, (reported, occurred, text, event, iso) in enumerate(police, start=2):
        w.writerow([reported, occurred, text])
        R._note("Police.csv", None, r, event, iso, text)

R.xlsx("Adult Social Care.xlsx", [("Steps", [], [["Step", "Step start date", "Worker", "Outcome"]], [
    (["Safeguarding concern", "10/03/2023", "Duty", "Police notification re the banking protocol call yesterday: son "
      "tried to take £5,000. S42 enquiry to start."], "E2", "2023-03-10"),
    (["S42 planning meeting", "20/03/2023", "SW Price", "With police, district nurse and GP (by phone): protection "
      "plan, bank restrictions, carers twice a day."], "E4", "2023-03-20"),
    (["Placement", "05/04/2023", "SW Price", "Mrs B discharged from hospital to respite placement; son not told "
      "where."], None, "2023-04-05"),
])])

gp = [
    (["15/03/2023", "Consultation", "Seen with her carer: leg ulcer slow to heal, weight down 4kg since January. "
      "Query neglect."], "E3", "2023-03-15"),
    (["", "Plan", "Bloods, dietitian referral. Will raise concern with adult social care."], None, None),
    (["20/03/2023", "Telephone", "S42 strategy meeting by phone: GP history shared."], "E4", "2023-03-20"),
]
with open(R.folder / "GP surgery.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["Date", "Type", "Details"])
    for r, (cells, event, iso) in enumerate(gp, start=2):
        w.writerow(cells)
        if cells[0]:
            R._note("GP surgery.csv", None, r, event, iso, cells[2])

R.csv("Ambulance.csv", [], ["Incident Date", "Time Of Call", "Summary"], [
    (["29/03/2023", "23:50", "87F fall at home, long lie about 3 hours per son. Bruising both arms. Conveyed."],
     "E5", "2023-03-29"),
])
R.done()
