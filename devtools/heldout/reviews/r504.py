"""A held-out review (see ../README.md): python r504.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mrs Irene Walsh (89), in a care home: a medication error and then a fall with a
# broken hip. Each agency tells it in its own words: 'given another resident's tablets', 'medication error',
# 'drug error'; 'unwitnessed fall', 'found on the floor of her room', 'fractured neck of femur', 'NOF', 'hip
# fracture'. Layouts: the care home's incident forms 'Incident date | Incident type | Description | Harm level';
# the regulator's notifications as Word paragraphs ('Notification 14/02/2024: …'); the ambulance service's
# 'Date | Time | Narrative'; the hospital's 'Admission date | Diagnosis | Procedure'; adult social care's sheet.

R.xlsx("Care Home.xlsx", [("Incidents", [], [["Incident date", "Incident type", "Description", "Harm level"]], [
    ([D(2024, 2, 13), "Medication", "Irene given another resident's evening tablets by the night carer. GP out of "
      "hours advice: observe. Family told.", "Low"], "E1", "2024-02-13"),
    ([D(2024, 3, 2), "Fall", "Unwitnessed fall - found on the floor of her room at 06:10, pain in the left hip, "
      "unable to stand. 999.", "Severe"], "E2", "2024-03-02"),
])])

R.docx_paragraphs("Regulator.docx", "Notifications received from the care home", [
    ("Notification 14/02/2024: medication error, a resident given the wrong medicines; no lasting harm.", "E1",
     "2024-02-14"),
    ("Notification 04/03/2024: serious injury to a resident after a fall, hip fracture, in hospital.", "E2",
     "2024-03-04"),
])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Narrative"]], [
    ([D(2024, 3, 2), "06:25", "89F fall in a care home overnight, shortened and rotated left leg. Conveyed."], "E2",
     "2024-03-02"),
])])

R.xlsx("Hospital.xlsx", [("Admissions", [], [["Admission date", "Diagnosis", "Procedure"]], [
    ([D(2024, 3, 2), "Fractured neck of femur (left) after a fall at her care home.", "Hemiarthroplasty 03/03."],
     "E2", "2024-03-02"),
])])

R.xlsx("Adult Social Care.xlsx", [("Contacts", [], [["Date", "Worker", "Notes"]], [
    ([D(2024, 2, 15), "Safeguarding team", "Concern from the care home: drug error, Irene given a co-resident's "
      "medication. No harm. Care home to investigate."], "E1", "2024-02-15"),
    ([D(2024, 3, 5), "Safeguarding team", "Hospital: Irene admitted with a broken hip after a fall at the home on "
      "Saturday; second incident in three weeks. s42 enquiry."], "E2", "2024-03-05"),
])])
R.done()
