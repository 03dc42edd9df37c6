"""A held-out review (see ../README.md): python r571.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A review of a supplementary school: Yusuf (8), hit by his teacher at a madrassa. Each agency tells the same event
# in its own words: 'his teacher at the madrassa hit his hand with a stick' and 'Referral from school: Yusuf says
# his madrassa teacher hit him'; 'Referred to the LADO' and 'Referral from children's services: teacher at an
# out-of-school setting'; an allegations management meeting three agencies attended; a joint visit of the police
# and the council's out-of-school settings officer; 'conditional caution' and 'Police outcome: conditional
# caution for the madrassa teacher'.
# Layouts: the school's sheet; social care's sheet; the LADO's sheet 'Date | Stage | Notes'; the police's sheet with
# date-times typed '12/02/2024 14:30'; the out-of-school settings officer's CSV with dates typed '12 Feb 24'.

R.xlsx("Park Lane Primary.xlsx", [("Safeguarding", [], [["Date", "Recorded by", "Concern", "Action"]], [
    ([D(2024, 2, 6), "Class teacher", "Yusuf (8) said his teacher at the madrassa hit his hand with a stick last "
      "night; red mark on his palm.", "DSL referred to children's services."], "E1", "2024-02-06"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    ([D(2024, 2, 6), "Referral from school: Yusuf says his madrassa teacher hit him with a stick."], "E1",
     "2024-02-06"),
    ([D(2024, 2, 7), "Referred to the LADO (madrassa teacher)."], "E2", "2024-02-07"),
    ([D(2024, 2, 9), "LADO meeting attended."], "E3", "2024-02-09"),
])])

R.xlsx("LADO.xlsx", [("Allegations", [], [["Date", "Stage", "Notes"]], [
    ([D(2024, 2, 7), "Referral", "Referral from children's services: teacher at an out-of-school setting (madrassa) "
      "hit a pupil with a stick."], "E2", "2024-02-07"),
    ([D(2024, 2, 9), "AMM", "Allegations management meeting: police to investigate; trustees to suspend the "
      "teacher."], "E3", "2024-02-09"),
    ([D(2024, 3, 21), "Outcome", "Police outcome: conditional caution for the madrassa teacher; allegation "
      "substantiated."], "E5", "2024-03-21"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date/Time", "Entry"]], [
    (["09/02/2024 10:00", "Attended the LADO meeting; crime of assault recorded."], "E3", "2024-02-09"),
    (["12/02/2024 14:30", "Visited the madrassa with the council's out-of-school settings officer; trustees confirm "
      "the teacher is suspended."], "E4", "2024-02-12"),
    (["20/03/2024 11:00", "Teacher interviewed under caution: admits tapping children with a ruler. Conditional "
      "caution."], "E5", "2024-03-20"),
])])

R.csv("Out of School Settings.csv", [], ["Date", "Officer", "Note"], [
    (["12 Feb 24", "OSS officer", "Joint visit with police to the madrassa: no safeguarding policy, DBS checks "
      "missing."], "E4", "2024-02-12"),
])
R.done()
