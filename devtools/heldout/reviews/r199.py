"""A held-out review (see ../README.md): python r199.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A fourteen-year-old with an EHCP: a suspension, the plan's annual review, a night missing.
R.xlsx("Oakfield High School.xlsx", [("CPOMS export", [], [["Date", "Category", "Note", "Action"]], [
    ([D(2022, 10, 10), "Behaviour", "Suspended for 3 days (fixed term) for assault on a member of staff.",
      "Parents, LA and SW informed"], "E1", "2022-10-10"),
    ([D(2022, 10, 24), "SEND", "EHCP annual review held; parents and EP attended.", ""], "E2", "2022-10-24"),
    ([D(2022, 11, 15), "Attendance", "Mum rang: Z went missing last night, found this morning, will be late.", ""],
     "E3", "2022-11-15"),
    ([D(2022, 11, 21), "Safeguarding", "SW saw Z in school for his return interview.", ""], "E4", "2022-11-21"),
])])
R.csv("LA Inclusion and SEND.csv", [], ["Date", "Team", "Note"], [
    (["10/10/2022", "Inclusion", "Notification of suspension (3 days) from Oakfield High."], "E1", "2022-10-10"),
    (["24/10/2022", "SEND", "Annual review of EHCP at Oakfield - attended by SEND officer."], "E2", "2022-10-24"),
])
R.xlsx("Childrens Social Care.xlsx", [("CIN", [], [["Date", "Type", "Note"]], [
    ([D(2022, 10, 10), "Phone", "School informed SW of Z's 3 day suspension from today."], "E1", "2022-10-10"),
    ([D(2022, 11, 15), "Notification", "Police notification: Z missing overnight, found 07:00 at a friend's."], "E3",
     "2022-11-15"),
    ([D(2022, 11, 21), "Visit", "Return home interview with Z at school."], "E4", "2022-11-21"),
])])
R.xlsx("CAMHS.xlsx", [("Notes", [], [["Date", "Note"]], [
    ([D(2022, 10, 20), "Report sent for EHCP annual review."], "E2", "2022-10-20"),
])])
R.xlsx("Police.xlsx", [("Sheet1", [], [["Date", "Time", "Summary"]], [
    ([D(2022, 11, 14), "22:10", "Missing person: Z (14) not returned home from school. Found 07:00 15/11 at a friend's "
      "address."], "E3", "2022-11-14"),
])])
R.done()
