"""A held-out review (see ../README.md): python r389.py OUT_FOLDER writes its returns and truth.json."""

import csv
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A young carer: Kai (13) looks after his mother Lisa, who has MS and drinks; his attendance falls, she
# falls at home, he is found caring alone overnight. Vocabulary: "young carers' assessment", "carer's
# needs", "PA" (persistent absence), "EWO", "reablement", "falls pendant". Layouts: the school's
# workbook with a sheet per school year ("2022-23", "2023-24"); adult social care's CSV exported twice
# into one file (the header repeated halfway down); the young carers' service dating entries
# '5th of March 2024'; the police's dates with '@' before the time; the ambulance's; the GP's.

R.xlsx("Parkside Academy.xlsx", [
    ("2022-23", [], [["Date", "Staff", "Note"]], [
        ([D(2023, 6, 12), "Form tutor", "Kai late again, says he had to help mum get dressed."], "A1", "2023-06-12"),
    ]),
    ("2023-24", [], [["Date", "Staff", "Note"]], [
        ([D(2023, 11, 6), "EWO", "Attendance 78% (PA). Home visit with the young carers' worker: Kai does the "
          "shopping and mum's medication."], "E1", "2023-11-06"),
        ([D(2024, 3, 5), "DSL", "Kai absent. Police rang: he was at home alone with mum after she fell last "
          "night."], "E3", "2024-03-05"),
    ]),
])

asc = [["Date", "Worker", "Summary"],
       ["20/09/2023", "OT", "Assessment of Lisa: falls risk, stair rail and falls pendant ordered."],
       ["13/11/2023", "SW Carr", "Carer's needs: young carers' service working with her son. Care package 2 calls a "
        "day offered; declined."],
       ["Date", "Worker", "Summary"],
       ["05/03/2024", "Duty", "Ambulance service concern: Lisa found on the floor by her son overnight; he had been "
        "caring for her alone."],
       ["11/03/2024", "SW Carr", "Reablement package started after the fall: 4 calls a day."]]
with open(R.folder / "Adult Social Care.csv", "w", newline="", encoding="utf-8") as handle:
    csv.writer(handle).writerows(asc)
for row, event, iso in [(2, "A2", "2023-09-20"), (3, "A3", "2023-11-13"), (5, "E3", "2024-03-05"),
                        (6, "A4", "2024-03-11")]:
    R._note("Adult Social Care.csv", None, row, event, iso, asc[row - 1][2])

R.xlsx("Young Carers Service.xlsx", [("Notes", [], [["Date", "Worker", "Entry"]], [
    (["6th of November 2023", "YCW Dee", "Joint home visit with the school's EWO: Kai is mum's main carer, "
      "attendance falling. Young carers' assessment started."], "E1", "2023-11-06"),
    (["5th of March 2024", "YCW Dee", "School told me Kai was alone with his mum after a fall last night; "
      "visited after school, Kai exhausted."], "A6", "2024-03-05"),  # (its own visit, after the news)
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date/time", "Officer", "Details"]], [
    (["04/03/2024 @ 23:50", "PC Nolan", "Assisted ambulance: woman with MS on the floor for hours, intoxicated; "
      "13-year-old son alone caring for her. Child concern raised."], "E3", "2024-03-04"),
])])

R.xlsx("Ambulance Service.xlsx", [("Calls", [], [["Date", "Time", "Notes"]], [
    ([D(2024, 3, 4), "23:31", "Call from 13yo son: mum (MS) fallen, on floor approx 5 hrs. ETOH. Police to assist "
      "with lifting. Conveyed; safeguarding referral for the child."], "E3", "2024-03-04"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 1, 10), "Dr Webb", "Lisa: MS review. Drinking 40 units a week. Son helps with care - asked about "
      "support, offered carer's referral."], "A5", "2024-01-10"),
    ([D(2024, 3, 6), "Admin", "ED letter: fall at home with long lie on 04/03, rhabdomyolysis, admitted."], "E3",
     "2024-03-06"),
])])
R.done()
