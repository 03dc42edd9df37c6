"""A held-out review (see ../README.md): python r508.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Lacey (13), a looked after child in a children's home, sexually exploited.
# Each agency tells the same event in its own words: 'went missing', 'absconded', 'did not return by curfew',
# 'AWOL'; 'found in a car with adult males', 'located with older men'; 'CSE risk assessment', 'exploitation
# screening'. Layouts: the children's home's daily log 'Date | Shift | Staff | Entry' (shifts 'Early', 'Late',
# 'Waking night'); the regulator's notifications as a CSV ('Notification type | Date of event | Summary'); the
# police's sheet; the local authority's sheet of 'Date | Worker | Contact'; the school's CPOMS export.

R.xlsx("Oak House.xlsx", [("Daily log", [], [["Date", "Shift", "Staff", "Entry"]], [
    ([D(2024, 2, 9), "Late", "RSW", "Lacey did not return by her 21:00 curfew. Phone off. Reported to police as "
      "missing at 22:00; EDT informed."], "E1", "2024-02-09"),
    ([D(2024, 2, 10), "Waking night", "RSW", "Police returned Lacey at 03:40: found in a car with two adult males "
      "at a retail park. Smelled of alcohol. Went to bed."], "E2", "2024-02-10"),
    ([D(2024, 2, 12), "Early", "Manager", "Exploitation screening completed with the social worker: high risk."],
     "E3", "2024-02-12"),
])])

R.csv("Regulator notifications.csv", [], ["Notification type", "Date of event", "Summary"], [
    (["Regulation 40 - police called", "09/02/2024", "Child absconded; police informed."], "E1", "2024-02-09"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 2, 9), "22:05", "Missing from care: 13F, high risk (CSE concerns). Last seen at school."], "E1",
     "2024-02-09"),
    ([D(2024, 2, 10), "03:15", "MFC located in a vehicle with two males (31, 28) at Westgate retail park. Males "
      "arrested on suspicion of child abduction. Child returned to her placement."], "E2", "2024-02-10"),
])])

R.xlsx("Local Authority.xlsx", [("Case notes", [], [["Date", "Worker", "Contact"]], [
    ([D(2024, 2, 10), "EDT", "Oak House: Lacey located with older men in a car overnight, now back at the home."],
     "E2", "2024-02-10"),
    ([D(2024, 2, 12), "SW Evans", "CSE risk assessment at Oak House with the manager: high risk. Strategy meeting "
      "requested."], "E3", "2024-02-12"),
])])

R.xlsx("Westfield School.xlsx", [("CPOMS", [], [["Date/Time", "Student", "Category", "Concern"]], [
    (["12/02/2024 08:50", "Lacey (Y8)", "CSE", "Home told us Lacey went missing on Friday night. DSL aware."], "E1",
     "2024-02-12"),
])])
R.done()
