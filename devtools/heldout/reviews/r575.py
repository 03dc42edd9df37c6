"""A held-out review (see ../README.md): python r575.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Owen (19), a student who took an overdose in university halls. Campus security and
# the university's wellbeing service are among the agencies. Each agency tells the same event in its own words:
# 'student drowsy, empty packets of sertraline. 999 called', 'Cat 2: 19M intentional overdose of sertraline in
# university halls', '19M overdose of 40 sertraline tablets' (after midnight), 'Security incident report
# received: student overdose in halls on Sunday night'; the crisis team's assessment in ED as both wrote it;
# the wellbeing service's referral to the student health centre.
# Layouts: campus security's 'Incident No | Date | Location | Description' with date-times; the wellbeing
# service's CSV with dates typed '13 February 2024'; the ambulance service's Word table; the hospital's 'Arrival'
# date-times; the crisis team's OpenDocument sheet; the student health centre's sheet.

R.xlsx("Campus Security.xlsx", [("Incidents", [], [["Incident No", "Date", "Location", "Description"]], [
    (["CS-0412", D(2024, 2, 11, 23, 50), "Block C room 14", "Flatmates concerned: student not answering the door. "
      "Door opened: student drowsy, empty packets of sertraline. 999 called."], "E1", "2024-02-11"),
])])

R.docx_table("Ambulance Service.docx", "Ambulance service - incident", ["Date", "Time", "Notes"], [
    (["11/02/2024", "23:58", "Cat 2: 19M intentional overdose of sertraline in university halls. Conveyed."], "E1",
     "2024-02-11"),
])

R.xlsx("Hospital.xlsx", [("ED", [], [["Arrival", "Notes"]], [
    ([D(2024, 2, 12, 0, 40), "19M overdose of 40 sertraline tablets; ECG normal. Medically fit in the morning."],
     "E1", "2024-02-12"),
    ([D(2024, 2, 12, 11, 0), "Seen by the crisis team; discharged to halls with a safety plan."], "E2",
     "2024-02-12"),
])])

R.ods("Crisis Team.ods", "Contacts", ["Date", "Clinician", "Notes"], [
    ([D(2024, 2, 12), "CPN", "Assessed in ED after an overdose: low mood since exams, no ongoing plan. Home "
      "treatment declined; GP follow-up."], "E2", "2024-02-12"),
])

R.csv("University Wellbeing.csv", [], ["Date", "Adviser", "Note"], [
    (["13 February 2024", "Duty", "Security incident report received: student overdose in halls on Sunday night."],
     "E1", "2024-02-13"),
    (["13 February 2024", "Duty", "Welfare call to the student: agreed to meet on Thursday."], "S1", "2024-02-13"),
    (["15 February 2024", "R Khan", "Wellbeing appointment: fitness to study support plan; referred to the student "
      "health centre."], "E4", "2024-02-15"),
])

R.xlsx("Student Health Centre.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 2, 16), "Referral from university wellbeing: overdose last weekend, needs a medication review."], "E4",
     "2024-02-16"),
    ([D(2024, 2, 20), "Medication review: sertraline stopped, mirtazapine started, weekly scripts."], "S2",
     "2024-02-20"),
])])
R.done()
