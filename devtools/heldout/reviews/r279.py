"""A held-out review (see ../README.md): python r279.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
from lib import Review

R = Review(sys.argv[1])
# An 8-year-old with autism (Finley), non-verbal, arriving at school hungry and with a burn.
# Vocabulary: "ASD", "EHCP", "non-verbal", "burn", "contact burn", "hair straighteners", "CP
# medical", "s47", "food bank". Layouts: the special school's diary under month headings ("January
# 2023"), each entry dated by its day alone ("3rd", "17th"); the community paediatrician; social
# care; the police; the GP.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Diary"
ws.append(["Day", "Entry", "Staff"])
diary = [("January 2023", None, None, None, None),
         ("9th", "Finley ate three breakfasts; mum says no money for food until Friday. Food bank voucher given.",
          "Class teacher", None, "2023-01-09"),
         ("24th", "Burn mark on Finley's forearm, about 3 cm, looks like a straightener shape. Mum not "
          "answering. DSL referred to CSC.", "DSL", "E1", "2023-01-24"),
         ("February 2023", None, None, None, None),
         ("7th", "EHCP annual review held at school with mum and the SW.", "SENCO", "E3", "2023-02-07")]
for day, entry, staff, event, iso in diary:
    ws.append([day, entry, staff])
    if entry is not None:
        R._note("Meadow View School.xlsx", "Diary", ws.max_row, event, iso, entry)
wb.save(R.folder / "Meadow View School.xlsx")

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    (["24/01/2023", "Referral from Meadow View School: burn to Finley's forearm, shape of hair straighteners. "
      "Strategy discussion; CP medical today."], "E1", "2023-01-24"),
    (["07/02/2023", "Attended the EHCP annual review at school."], "E3", "2023-02-07"),
])])

R.xlsx("Community paediatrics.xlsx", [("Clinic", [], [["Date", "Note"]], [
    (["24/01/2023", "CP medical: 3 cm contact burn left forearm, consistent with hair straighteners; mum's "
      "account (he grabbed them) possible but delay in care. Report to CSC."], "E2", "2023-01-24"),
])])

R.csv("Police.csv", [], ["Date", "Time", "Summary"], [
    (["24/01/2023", "16:00", "Strategy discussion re burn to a child (8) with autism; CSC single agency for now."],
     "E1", "2023-01-24"),
])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    (["26/01/2023", "Letter: CP medical 24/01, contact burn forearm; dressing by practice nurse."], "E2",
     "2023-01-26"),
])])
R.done()
