"""A held-out review (see ../README.md): python r268.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
from lib import Review

R = Review(sys.argv[1])
# A 2-year-old (Ollie) bitten in the face by the family's XL bully dog. Vocabulary: "dog bite",
# "facial laceration", "plastics", "MAU", "dangerous dog", "section 3 DDA", "destroyed", "HV".
# Layouts: the hospital's attendances with time cells (Excel times); the police's CSV with dates
# "14-10-2023"; the health visiting service's return with an "Agency" column filled in; the GP;
# the council's dog warden.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Attendances"
ws.append(["Date", "Time", "Department", "Notes"])
hospital = [(dt.datetime(2023, 10, 14), dt.time(17, 40), "ED", "2 yr old, dog bite to left cheek and lip (family "
             "dog), 4 cm laceration. Referred to plastics; safeguarding referral.", "E1", "2023-10-14"),
            (dt.datetime(2023, 10, 15), dt.time(9, 0), "Plastics", "Laceration repaired under GA; home tomorrow.",
             "E2", "2023-10-15")]
for date, time, dept, notes, event, iso in hospital:
    ws.append([date, time, dept, notes])
    ws.cell(ws.max_row, 1).number_format = "DD/MM/YYYY"
    ws.cell(ws.max_row, 2).number_format = "HH:MM"
    R._note("Childrens Hospital.xlsx", "Attendances", ws.max_row, event, iso, notes)
wb.save(R.folder / "Childrens Hospital.xlsx")

R.csv("Police.csv", [], ["Date", "Time", "Log"], [
    (["14-10-2023", "18:30", "Dog bite to a 2 year old at home, XL bully type. Dog seized under s3 Dangerous Dogs "
      "Act; owner (father) to be interviewed."], "E1", "2023-10-14"),
    (["02-11-2023", "11:00", "Father interviewed, dog to be destroyed by consent. NFA."], None, "2023-11-02"),
])

R.xlsx("Health Visiting.xlsx", [("Chronology", [], [["Date", "Agency", "Entry"]], [
    (["16/10/2023", "Health Visiting", "ED liaison: Ollie (2) attended 14/10 with a dog bite to the face; "
      "admitted for plastics."], "E1", "2023-10-16"),
    (["20/10/2023", "Health Visiting", "Home visit: dog gone, Ollie's face healing; home safety discussed."],
     "E3", "2023-10-20"),
])])

R.xlsx("GP surgery.xlsx", [("Record", [], [["Date", "Consultation"]], [
    (["18/10/2023", "Discharge letter: dog bite face, laceration repaired 15/10. Wound check with the practice "
      "nurse."], "E2", "2023-10-18"),
    (["23/10/2023", "PN wound check: healing; steri-strips removed."], None, "2023-10-23"),
])])

R.xlsx("Dog warden.xlsx", [("Jobs", [], [["Date", "Job"]], [
    (["14/10/2023", "Police request: collect seized XL bully from the address after a bite to a child."], "E1",
     "2023-10-14"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Note"]], [
    (["15/10/2023", "Referral from the hospital: Ollie (2) bitten in the face by the family dog yesterday."], "E1",
     "2023-10-15"),
    (["20/10/2023", "Joint home visit with the HV: dog removed; parents understand the risks."], "E3",
     "2023-10-20"),
])])
R.done()
