"""A held-out review (see ../README.md): python r441.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Jordan (16), homeless after a row at home, placed in an adult hostel,
# exploited and stabbed. Vocabulary: "Southwark assessment" (whether a homeless 16-17 year old is a child in
# need), "s20", "joint protocol", "housing options", "B&B", "CAD" (a police log number), "MASH". Layouts: the
# housing options team's CSV ('Approach Date', 'Decision Date', 'Outcome' holding its text); the hostel's
# incident log with date-times to the second and a 'Police ref' column of log numbers and dates ('CAD 1187
# 09/03'); children's social care's; the police's; the youth service's; the ED's.

R.csv("Housing Options.csv", [], ["Approach Date", "Decision Date", "Case Officer", "Outcome"], [
    (["12/02/2024", "12/02/2024", "HO Price", "Jordan (16) presented as homeless after his mum told him to leave. "
      "Joint protocol: referred to CSC for a Southwark assessment. Placed in Ashdown House hostel tonight as an "
      "emergency."], "E1", "2024-02-12"),
    (["20/03/2024", "", "HO Price", "Hostel says Jordan has been arrested; room kept for now."], "E4",
     "2024-03-20"),
])

R.xlsx("Ashdown House.xlsx", [("Incident log", [], [["Date/Time of incident", "Logged by", "Incident type",
                                                       "Description", "Police ref"]], [
    ([D(2024, 2, 12, 21, 5, 0), "Night manager", "Admission", "New resident, 16, placed by housing options as an "
      "emergency.", ""], "E1", "2024-02-12"),
    ([D(2024, 3, 9, 2, 14, 37), "Night staff", "Violence", "Jordan came in with a stab wound to his arm, bleeding "
      "heavily. 999 called; police and ambulance attended.", "CAD 1187 09/03"], "E3", "2024-03-09"),
    ([D(2024, 3, 19, 16, 40, 12), "Manager", "Police", "Police attended and arrested Jordan in his room "
      "(possession with intent).", "CAD 0920 19/03"], "E4", "2024-03-19"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date of contact", "Type", "Summary"]], [
    ([D(2024, 2, 12), "Contact", "Housing options: Jordan (16) homeless, in the hostel tonight. Southwark "
      "assessment to be done."], "E1", "2024-02-12"),
    ([D(2024, 2, 26), "Assessment", "Southwark assessment: Jordan declined to be accommodated under s20; stays in "
      "the hostel with a support package."], "A1", "2024-02-26"),
    ([D(2024, 3, 9), "EDT", "Police: Jordan stabbed at the hostel overnight, in ED."], "E3", "2024-03-09"),
])])

R.xlsx("Police.xlsx", [("Logs", [], [["Date", "Time", "Log", "Summary"]], [
    ([D(2024, 3, 9), "02:20", "CAD 1187", "Stabbing, male 16 at Ashdown House hostel: wound to the arm. Scene "
      "not found; victim will not say where it happened."], "E3", "2024-03-09"),
    ([D(2024, 3, 19), "16:30", "CAD 0920", "Warrant at Ashdown House: Jordan arrested, 14 wraps of crack cocaine. "
      "NRM referral to be made; CSC informed."], "E4", "2024-03-19"),
])])

R.xlsx("Emergency Department.xlsx", [("Attendances", [], [["Arrival", "Summary"]], [
    ([D(2024, 3, 9, 2, 51), "16M stab wound L forearm, brought by ambulance with police. Sutured. Safeguarding "
      "referral."], "E3", "2024-03-09"),
])])

R.xlsx("Youth Service.xlsx", [("Contacts", [], [["Date", "Worker", "Notes"]], [
    ([D(2024, 3, 1), "YW Amir", "Met Jordan at the drop-in. Has a new phone and cash; says he is 'doing runs'."],
     "A2", "2024-03-01"),
])])
R.done()
