"""A held-out review (see ../README.md): python r561.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Tyler Nash (15), hit by a car on an e-scooter. Each agency tells the same
# event in its own words: 'RTC: e-scooter v car … rider thrown', 'Cat 1: male 15, e-scooter v car, GCS 9', 'HEMS
# tasked: RSI on scene', 'Trauma call: 15M … subdural haematoma', 'Tyler was hit by a car on his e-scooter
# yesterday'; the discharge planning meeting as each attendee wrote it.
# Layouts: the police's sheet with Excel dates and times; the ambulance service's Word paragraphs 'Tue 14 May 2024
# 16:20 - …'; the air ambulance's CSV 'Mission date | Tasked | Notes' with ISO dates; the trauma centre's sheet
# under a merged title; the school's Word table; social care's sheet.

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Details"]], [
    ([D(2024, 3, 2), dt.time(18, 10), "E-scooter seized under s59 Police Reform Act after a second warning for "
      "riding on the pavement; Tyler (15) taken home to his mother."], "S1", "2024-03-02"),
    ([D(2024, 5, 14), dt.time(16, 25), "RTC: e-scooter v car at the junction of Mill Lane, rider (15) thrown, "
      "serious head injury. Driver breath test negative."], "E2", "2024-05-14"),
    ([D(2024, 6, 5), dt.time(11, 0), "Driver interviewed under caution; file to CPS."], "S3", "2024-06-05"),
])])

R.docx_paragraphs("Ambulance Service.docx", "Ambulance service - incidents (Tyler Nash)", [
    ("Tue 14 May 2024 16:20 - Cat 1: male 15, e-scooter v car, GCS 9, HEMS requested.", "E2", "2024-05-14"),
])

R.csv("Air Ambulance.csv", [], ["Mission date", "Tasked", "Notes"], [
    (["2024-05-14", "16:31", "HEMS tasked: RSI on scene, flown to the MTC."], "E2", "2024-05-14"),
])


def merge_title(wb):
    wb["Chronology"].merge_cells("A1:C1")


R.xlsx("Major Trauma Centre.xlsx", [("Chronology", [["Major Trauma Centre - Tyler Nash"]],
                                     [["Date seen", "Specialty", "Entry"]], [
    ([D(2024, 5, 14), "ED", "Trauma call: 15M e-scooter v car, TBI, subdural haematoma; to theatre."], "E2",
     "2024-05-14"),
    ([D(2024, 5, 28), "Neurosurgery", "Transferred to the rehab unit; PTA resolved."], "S2", "2024-05-28"),
    ([D(2024, 6, 20), "Rehab", "Discharge planning meeting with mum, school and social care."], "E4",
     "2024-06-20"),
    ([D(2024, 7, 1), "Rehab", "Discharged home with an outreach rehab plan."], "E5", "2024-07-01"),
])], finish=merge_title)

R.docx_table("Hillside School.docx", "Hillside School - safeguarding log", ["Date", "Entry"], [
    (["15/05/2024", "Police informed school that Tyler was hit by a car on his e-scooter yesterday."], "E2",
     "2024-05-15"),
    (["20/06/2024", "Attended the discharge planning meeting at the hospital."], "E4", "2024-06-20"),
    (["02/07/2024", "Mum says Tyler came home yesterday; phased return in September."], "E5", "2024-07-02"),
])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    ([D(2024, 5, 15), "Notification from the MTC: Tyler admitted after a collision on an e-scooter; mum asks for "
      "help with the younger children."], "E2", "2024-05-15"),
    ([D(2024, 6, 20), "Discharge planning meeting at the rehab unit: home adaptations needed."], "E4",
     "2024-06-20"),
])])
R.done()
