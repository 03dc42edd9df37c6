"""A held-out review (see ../README.md): python r483.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Kenneth Dawes (78), self-neglect and a house fire. Layouts: adult social care's
# workbook whose first sheet is a summary of contacts by month (a table of counts, no entries) and whose second,
# 'Data', holds the entries ('Date of Activity | Activity type | Worker | Notes'); the ambulance service's
# 'Incident No | Date | Call time | Chief complaint | Outcome'; the GP's 'Date | Clinician | Read code | Free text';
# the fire service's Word table of home fire safety checks; the landlord's repairs log as a CSV of 'Job Ref |
# Reported | Completed | Trade | Job description'.

R.xlsx("Adult Social Care.xlsx", [
    ("Summary", [["Contacts by month"]], [["Month", "Contacts"]], []),
    ("Data", [], [["Date of Activity", "Activity type", "Worker", "Notes"]], [
        ([D(2024, 1, 22), "Safeguarding concern", "Duty worker", "Concern from the landlord: repairs operative could not "
          "reach the boiler for rubbish piled to the ceiling; Mr Dawes sleeping in his chair."], "E2", "2024-01-22"),
        ([D(2024, 1, 30), "Home visit", "Social worker", "Joint visit with the fire service. Hoarding rated 8 on the "
          "clutter scale. Mr Dawes declined help to clear, has capacity for this decision."], "E3", "2024-01-30"),
        ([D(2024, 2, 19), "Information received", "Social worker", "GP surgery: Mr Dawes seen after a fall at home "
          "on Saturday, ambulance crew left him at home."], "E4", "2024-02-19"),
        ([D(2024, 3, 11), "Notification", "Duty worker", "Fire service: fire at Mr Dawes' home last night, he was "
          "rescued and taken to hospital with smoke inhalation."], "E6", "2024-03-11"),
    ]),
], finish=lambda wb: [wb["Summary"].cell(3 + i, c, v) for i, row in enumerate([["Jan 2024", 2], ["Feb 2024", 1],
                                                                               ["Mar 2024", 1]])
                      for c, v in enumerate(row, 1)])

R.xlsx("Ambulance.xlsx", [("Incidents", [], [["Incident No", "Date", "Call time", "Chief complaint", "Outcome"]], [
    (["INC-22871", D(2024, 2, 17), "06:52", "Fall - 78M on floor since the night, unable to get up, no injury "
      "found. House heavily cluttered.", "Not conveyed; advice given; referral to GP."], "E4", "2024-02-17"),
    (["INC-24110", D(2024, 3, 10), "23:18", "Fire - persons reported. 78M rescued by fire crews, smoke inhalation.",
      "Conveyed to the emergency department."], "E6", "2024-03-10"),
])])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Clinician", "Read code", "Free text"]], [
    ([D(2024, 2, 19), "Dr Mensah", "16D..", "Telephone: ambulance report of fall on 17/2, on floor overnight. "
      "Lives in very cluttered home. Will ask social care to review; home visit booked."], "E4", "2024-02-19"),
    ([D(2024, 2, 21), "Dr Mensah", "9N1C.", "Home visit: bruising to hip, walking with a stick. Declines "
      "OT assessment."], "S1", "2024-02-21"),
    ([D(2024, 3, 12), "Dr Mensah", "9N3..", "Discharge letter from the hospital: admitted after a house fire, "
      "smoke inhalation."], "E6", "2024-03-12"),
])])

R.docx_table("Fire and Rescue.docx", "Fire and Rescue Service - involvement", ["Date", "Crew/Officer", "Entry"], [
    (["30/01/2024", "Community safety adviser", "Home fire safety check with adult social care: high fire risk "
      "from hoarding, smoke alarms fitted, candles removed."], "E3", "2024-01-30"),
    (["10/03/2024", "Watch manager", "House fire, persons reported. Occupant rescued from the ground floor and "
      "handed to ambulance. Fire started by a candle."], "E6", "2024-03-10"),
])

R.csv("Housing Association repairs.csv", [], ["Job Ref", "Reported", "Completed", "Trade", "Job description"], [
    (["R40112", "19/01/2024", "", "Gas", "Annual gas safety check - no access to boiler, property full of rubbish "
      "to ceiling. Safeguarding concern raised with social care."], "E2", "2024-01-19"),
    (["R40377", "12/02/2024", "14/02/2024", "Carpentry", "Front door lock repaired."], "S2", "2024-02-12"),
])
R.done()
