"""A held-out review (see ../README.md): python r205.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A GP record exported consultation by consultation: the date on the first row, then a row each for
# the history, the examination and the plan (no date: continuations). A toddler's burn and neglect.
R.xlsx("GP consultations.xlsx", [("Export", [], [["Date", "Clinician", "Type", "Entry"]], [
    ([D(2023, 1, 9), "Dr Patel", "Face to face", "Problem: burn to left hand."], "E1", "2023-01-09"),
    ([None, None, "History", "Mum says he touched the oven door yesterday evening."], None, None),
    ([None, None, "Examination", "Superficial partial thickness burn palm 2x3 cm, blistered."], None, None),
    ([None, None, "Plan", "Dressing, PN review 2 days. Safeguarding: HV informed, referral to CSC."], None, None),
    ([D(2023, 1, 11), "PN Wood", "Face to face", "Dressing change, healing. Mum tearful, says struggling."], None,
      "2023-01-11"),
    ([D(2023, 2, 20), "Admin", "Document", "Child protection conference minutes received (conference 15/02): CP "
      "plan, neglect."], "E3", "2023-02-20"),
])])
R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Note"]], [
    ([D(2023, 1, 9), "Referral from GP: 2yo burn to hand from oven door, delayed presentation, home conditions "
      "concern."], "E1", "2023-01-09"),
    ([D(2023, 1, 10), "Strategy discussion: single agency S47, home visit today."], None, "2023-01-10"),
    ([D(2023, 2, 15), "ICPC: child protection plan, category neglect. GP sent report, did not attend."], "E3",
     "2023-02-15"),
])])
R.csv("Health Visiting.csv", [], ["Date", "Entry"], [
    (["09/01/2023", "Call from GP: burn to hand, referral to CSC made. HV visit booked."], "E1", "2023-01-09"),
    (["15/02/2023", "Attended ICPC, plan made (neglect)."], "E3", "2023-02-15"),
])
R.done()
