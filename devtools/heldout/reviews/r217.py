"""A held-out review (see ../README.md): python r217.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A domestic homicide review: Margaret (72) killed by her son Gary, her carer. Layouts: police as
# a CSV under two title rows with ISO date-times ("2023-05-14T22:31:00"); an ambulance trust with
# the date and the time of the call in two columns and a call category; a hospital's stays as
# Admission | Discharge dates; the GP as a Word table; adult social care newest first.
R.csv("Police.csv", [["Northshire Police - DHR chronology - Margaret"], ["Extracted 02/08/2023"]],
      ["Occurrence Date/Time", "Occurrence Type", "Summary", "OIC"], [
    (["2023-05-14T22:31:00", "Domestic Incident", "Neighbour reported shouting. Attended: Gary (son, carer) "
      "verbally aggressive to mother, Margaret has bruising to left forearm, says she knocked it. DASH standard. "
      "Adult at risk referral to ASC.", "PC 2231 Reid"], "E1", "2023-05-14"),
    (["2023-07-09T07:55:00", "Sudden Death", "Call from Gary: mother not breathing. Attended with ambulance. "
      "Injuries inconsistent with account, Gary arrested on suspicion of murder.", "DS Moore"], "E5", "2023-07-09"),
])
R.xlsx("Ambulance Service.xlsx", [("Calls", [["Northshire Ambulance Service NHS Trust"]],
                                   [["Incident Date", "Time of Call", "Category", "Chief Complaint", "Outcome"]], [
    ([D(2023, 6, 20), "09:12", "Cat 3", "Fall at home, pain L wrist, 72F, son present",
      "Conveyed to Northshire General ED"], "E4", "2023-06-20"),
    ([D(2023, 7, 9), "07:49", "Cat 1", "Cardiac arrest, 72F, found by son", "ROLE; police on scene"], "E5",
     "2023-07-09"),
])])
R.xlsx("Northshire General Hospital.xlsx", [("Inpatient and ED", [], [["Admission", "Discharge", "Ward",
                                                                      "Summary"]], [
    ([D(2023, 6, 20), D(2023, 6, 25), "ED then Ward 12", "Fractured distal radius after fall at home. Bruises of "
      "different ages on both arms noted, Margaret said she bruises easily. Safeguarding referral not made."],
     "E4", "2023-06-20"),
])])
d = docx.Document()
d.add_paragraph("Riverbank Surgery - records of Margaret")
t = d.add_table(rows=1, cols=3)
for c, h in zip(t.rows[0].cells, ["Date", "Clinician", "Entry"]):
    c.text = h
gp = [
    ("22/05/2023", "Dr Bell", "Review of BP. Son present throughout. Bruise L forearm - says knocked on door.",
     None, "2023-05-22"),
    ("27/06/2023", "Dr Bell", "Discharge letter NGH: # distal radius after fall 20/06, home 25/06.", "E4",
     "2023-06-27"),
    ("10/07/2023", "Practice manager", "Informed by police Margaret died 09/07/23.", "E5", "2023-07-10"),
]
for a, b, c, ev, iso in gp:
    row = t.add_row().cells
    row[0].text, row[1].text, row[2].text = a, b, c
d.save(R.folder / "GP.docx")
# (rows as chron-merge numbers a document's: the title paragraph is row 1, the table's header row 2;
# first written i + 2, a mistake of the truth's)
for i, (a, b, c, ev, iso) in enumerate(gp):
    R._note("GP.docx", None, i + 3, ev, iso, c)
R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Note type", "Note"]], [
    ([D(2023, 7, 10), "Information", "Police informed ASC Margaret has died, son arrested. Enquiry closed."], "E5",
     "2023-07-10"),
    ([D(2023, 6, 2), "Visit", "S42 enquiry visit: Margaret seen with Gary present, declined support, says Gary "
      "cares well for her. Capacity not assessed."], None, "2023-06-02"),
    ([D(2023, 5, 16), "Safeguarding concern", "Adult concern from police re incident 14/05: son verbally "
      "aggressive, bruising. S42 enquiry opened."], "E1", "2023-05-16"),
])])
R.done()
