"""A held-out review (see ../README.md): python r420.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mark (44), homeless and using heroin, dies sleeping out in a tent. Vocabulary:
# "NFA", "StreetLink", "SWEP" (severe weather emergency protocol), "naloxone", "OST", "s184", "relief duty",
# "NTQ" (notice to quit), "BIBA", "PRS". Layouts: the street outreach team's log with days and no year
# ('Sat 06 Jan') under a title giving the months ('Jan-Feb 2024') and a 'Shift' column; the hostel's
# incidents with the date and time in one cell ('06/01/2024 @ 03:10'); housing options' case events; the
# drug service's; the ED's; the police's.

R.xlsx("Street Outreach Team.xlsx", [("Log", [["Street outreach log \u2013 Jan-Feb 2024"]],
                                      [["Day", "Shift", "Worker", "Contact"]], [
    (["Mon 15 Jan", "Early AM", "JT / RS", "SWEP night. Found Mark bedded down behind Aldi (StreetLink alert). "
      "Referred to housing options for SWEP bed; he agreed."], "E2", "2024-01-15"),
    (["Tue 23 Jan", "Day", "JT", "Hostel says Mark was evicted yesterday after hitting a member of staff. "
      "Looked for him at his usual spots: not found."], "E3", "2024-01-23"),
    (["Thu 01 Feb", "Early AM", "RS", "Mark in a tent by the canal. Offered hostel assessment; declined. "
      "Naloxone kit given."], "A1", "2024-02-01"),
    (["Sat 03 Feb", "Day", "JT", "Police told us Mark was found dead in his tent this morning."], "E4",
     "2024-02-03"),
])])

R.xlsx("Anchor House Hostel.xlsx", [("Incidents", [], [["Incident Date/Time", "Room", "Type", "What happened",
                                                        "Action"]], [
    (["06/01/2024 @ 03:10", "12", "Overdose", "Mark found unresponsive in his room, blue lips. Naloxone given "
      "by staff; 999 called.", "Taken to ED by ambulance. Drug service to be told."], "E1", "2024-01-06"),
    (["22/01/2024 @ 19:45", "12", "Violence", "Mark punched a night worker after being refused a guest. Police "
      "called.", "Notice to quit served; evicted tonight."], "E3", "2024-01-22"),
])])

R.xlsx("Housing Options.xlsx", [("Case events", [], [["Event date", "Event", "Officer", "Notes"]], [
    ([D(2024, 1, 15), "SWEP placement", "HO Davis", "Outreach referral at 06:30: SWEP bed at the Travelodge for "
      "3 nights."], "E2", "2024-01-15"),
    ([D(2024, 1, 25), "s184 decision", "HO Davis", "Homeless, eligible, not in priority need. Relief duty "
      "continues; PRS search."], "A2", "2024-01-25"),
])])

R.xlsx("Drug and Alcohol Service.xlsx", [("Contacts", [], [["Date", "Type", "Key worker", "Note"]], [
    ([D(2024, 1, 8), "Information", "KW Amin", "Hostel: Mark overdosed on Saturday, naloxone by staff, "
      "self-discharged from ED. OST review brought forward."], "E1", "2024-01-08"),
    ([D(2024, 1, 10), "OST review", "Dr Cole", "Methadone 60ml daily supervised. Overdose risk discussed; "
      "naloxone kit."], "A3", "2024-01-10"),
    ([D(2024, 2, 5), "Information", "KW Amin", "Outreach team: Mark died on 03/02. Case closed."], "E4",
     "2024-02-05"),
])])

R.xlsx("Emergency Department.xlsx", [("Attendances", [], [["Arrival", "Complaint", "Outcome"]], [
    ([D(2024, 1, 6, 3, 45), "Opioid overdose", "BIBA from the hostel. Naloxone x2. Self-discharged 07:10 against "
      "advice."], "E1", "2024-01-06"),
    ([D(2024, 1, 28, 14, 5), "Leg wound", "Cellulitis of an injection site, NFA. Antibiotics; did not wait for "
      "review."], "A4", "2024-01-28"),
])])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Time", "Type", "Summary"]], [
    ([D(2024, 1, 22), "19:58", "Assault", "Hostel staff member punched by a resident (Mark). Resident left "
      "before officers arrived; crime recorded, suspect to be traced."], "E3", "2024-01-22"),
    ([D(2024, 2, 3), "08:20", "Sudden death", "Dog walker found a male dead in a tent on the canal path. Drug "
      "paraphernalia. Not suspicious."], "E4", "2024-02-03"),
])])
R.done()
