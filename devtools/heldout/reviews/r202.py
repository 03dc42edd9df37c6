"""A held-out review (see ../README.md): python r202.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# An older man living alone: a fall with a long lie, a hospital stay, a pressure sore. The home
# care agency's visit log has a column per call of the day.
R.xlsx("Homecare visit log.xlsx", [("Visits", [["Bluebell Homecare - visit log - Mr D"]],
    [["Date", "Morning call", "Lunch call", "Tea call", "Bed call"]], [
    ([D(2022, 10, 4), None, None, "Meal prepared, Mr D ate half. Refused wash.", None], None, "2022-10-04"),
    ([D(2022, 10, 5), "Found Mr D on the floor in the bedroom, unable to get up. Called 999, waited with him.", None,
      None, None], "E1", "2022-10-05"),
    ([D(2022, 10, 12), "Mr D home from hospital yesterday; very confused, not eating.", None, None, None], "E2",
     "2022-10-12"),
    ([D(2022, 10, 19), None, None, None, "Call missed - carer off sick, no cover."], None, "2022-10-19"),
])])
R.csv("Ambulance service.csv", [], ["Date", "Time", "Chief complaint", "Outcome"], [
    (["05/10/2022", "07:40", "Fall", "87M, long lie approx 8 hrs, CK raised. Conveyed to Royal Stoke ED."], "E1",
     "2022-10-05"),
])
R.xlsx("UHNM.xlsx", [("Acute", [], [["Date", "Area", "Note"]], [
    ([D(2022, 10, 5), "ED", "Long lie after fall at home, rhabdomyolysis. Admitted ward 78."], "E1", "2022-10-05"),
    ([D(2022, 10, 11), "Ward 78", "Discharged home, package of care restarted."], "E2", "2022-10-11"),
])])
R.xlsx("Adult Social Care.xlsx", [("ASC", [], [["Date", "Type", "Note"]], [
    ([D(2022, 10, 6), "Notification", "Care agency notification: Mr D found on floor yesterday, admitted. POC suspended."],
     "E1", "2022-10-06"),
    ([D(2022, 10, 11), "Hospital", "Hospital discharge: POC restarted from tomorrow morning."], "E2", "2022-10-11"),
    ([D(2022, 10, 20), "Safeguarding", "Safeguarding concern from DN: pressure sores, neglect by care agency? Calls "
      "missed."], "E3", "2022-10-20"),
])])
R.xlsx("District Nursing.xlsx", [("DN", [], [["Date", "Entry"]], [
    ([D(2022, 10, 20), "Grade 3 sacral sore. Care calls missed per Mr D. Safeguarding concern raised with ASC."], "E3",
     "2022-10-20"),
])])
R.xlsx("GP.xlsx", [("GP", [], [["Date", "Entry"]], [
    ([D(2022, 10, 13), "Discharge summary: admitted 05/10 after fall with long lie, rhabdomyolysis. Discharged 11/10."],
     "E2", "2022-10-13"),
])])
R.done()
