"""A held-out review (see ../README.md): python r555.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Jordan (15), placed in a secure children's home after repeated
# missing episodes and exploitation. Each agency tells the same event in its own words: 'secure accommodation
# order made (s25) for three months', 'the court authorised secure accommodation'; the move as 'placed at
# Aldine House (secure)', 'admission: young person arrived from the court with two escorts', 'Jordan moved to a
# secure unit today'; the review as 'secure placement review', 'statutory review at Aldine House'. Layouts: the
# family court's CSV 'Hearing Date | Order | Judge'; the secure home's sheet with a 'Shift' column
# (Early, Late, Night); children's social care's sheet; the youth justice service's sheet; the police's sheet.

R.csv("Family Court.csv", [], ["Hearing Date", "Order", "Judge"], [
    (["12/08/2024", "Secure accommodation order (s25 Children Act 1989), 3 months", "HHJ Morris: the court "
      "authorised secure accommodation; the young person attended by video."], "E1", "2024-08-12"),
])

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 8, 12), "SW Grant", "Secure accommodation order made (s25) for three months."], "E1",
     "2024-08-12"),
    ([D(2024, 8, 12), "SW Grant", "Jordan moved to a secure unit today with two escorts."], "E2", "2024-08-12"),
    ([D(2024, 9, 9), "IRO", "Secure placement review at Aldine House: settling, attending education."], "E3",
     "2024-09-09"),
])])

R.xlsx("Aldine House.xlsx", [("Log", [], [["Date", "Shift", "Entry"]], [
    ([D(2024, 8, 12), "Late", "Admission: young person arrived from the court with two escorts at 17:30. "
      "Searched, belongings logged; settled to his room."], "E2", "2024-08-12"),
    ([D(2024, 8, 13), "Night", "Jordan woke at 02:00 distressed, kicked his door; staff talked him down."],
     "S1", "2024-08-13"),
    ([D(2024, 9, 9), "Early", "Statutory review at Aldine House with his SW, IRO and mum."], "E3", "2024-09-09"),
])])

R.xlsx("Youth Justice Service.xlsx", [("Contacts", [], [["Date", "Worker", "Contact"]], [
    ([D(2024, 8, 14), "YJS officer", "Visited Jordan at Aldine House: placed there on a secure order on "
      "Monday; his referral order work to continue there."], "S2", "2024-08-14"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Entry"]], [
    ([D(2024, 8, 5), "Jordan (15) reported missing for the sixth time this month; found in a flat with two "
      "adults and class A drugs."], "S3", "2024-08-05"),
])])
R.done()
