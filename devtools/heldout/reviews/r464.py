"""A held-out review (see ../README.md): python r464.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Betty (88), in a nursing home, a fall, then a grade 4 pressure ulcer. Vocabulary:
# "PU", "cat 3", "Waterlow", "RESPECT form", "verification of death". Layouts: the home's electronic care record
# CSV of 'Timestamp' in UTC ('2024-02-10T09:14:00Z'), 'Carer', 'Category' and 'Entry'; the ambulance's ePCR of
# 'Date of call', 'Time of call' and 'Time at patient'; the hospital's stay of 'Admitted' and 'Discharged' with
# 'LOS (days)'; the regulator's notifications as Word paragraphs dated long ('Notification received 12 February
# 2024: …'); district nursing's SystmOne with 'Care plan' and 'Notes'.

R.csv("Rosewood Nursing Home.csv", [], ["Timestamp", "Carer", "Category", "Entry"], [
    (["2024-02-10T09:14:00Z", "HCA Amy", "Incident", "Betty found on the floor of her en-suite, unable to get up, "
      "pain in her right hip. Nurse informed, 999 called; paramedics took her to Eastbury General."], "E1",
     "2024-02-10"),
    (["2024-02-21T15:30:00Z", "RN Tom", "Admission", "Betty returned from hospital after hip repair. Skin check: "
      "sacrum intact."], "A1", "2024-02-21"),
    (["2024-03-01T11:20:00Z", "RN Tom", "Skin", "District nurse reviewed sacral wound, now category 3."], "E3",
     "2024-03-01"),
    (["2024-03-20T03:10:00Z", "RN Sue", "Death", "Betty passed away peacefully at 03:10. Family and GP "
      "informed."], "E4", "2024-03-20"),
])

R.xlsx("Ambulance ePCR.xlsx", [("Incidents", [], [["Date of call", "Time of call", "Time at patient",
                                                    "Presenting complaint", "Outcome"]], [
    ([D(2024, 2, 10), "09:21", "09:48", "Fall in nursing home, shortened and rotated R leg.",
      "Conveyed to Eastbury General ED"], "E1", "2024-02-10"),
])])

R.xlsx("Eastbury General.xlsx", [("Inpatient", [], [["Admitted", "Discharged", "LOS (days)", "Ward", "Summary"]], [
    ([D(2024, 2, 10), D(2024, 2, 21), 11, "Trauma", "Fractured neck of femur after a fall at her nursing home; "
      "hemiarthroplasty 11/02. Grade 2 pressure ulcer to sacrum noted on discharge."], "E1", "2024-02-10"),
])])

R.docx_paragraphs("Care Quality Commission.docx", "CQC - notifications about Rosewood Nursing Home", [
    ("Notification received 12 February 2024: serious injury - resident fell on 10/02 and fractured her hip, "
     "admitted to hospital.", "E1", "2024-02-12"),
    ("Notification received 21 March 2024: death of a service user on 20/03, expected.", "E4", "2024-03-21"),
])

R.xlsx("District Nursing.xlsx", [("SystmOne", [], [["Date", "Time", "Clinician", "Care plan", "Notes"]], [
    ([D(2024, 2, 23), "10:00", "DN Lee", "Pressure area care", "Sacral PU grade 2, dressed. Waterlow 22. "
      "Repositioning 2 hourly advised."], "A2", "2024-02-23"),
    ([D(2024, 3, 1), "11:00", "DN Lee", "Pressure area care", "Sacral wound deteriorated to category 3, "
      "slough. Safeguarding concern raised with ASC: repositioning charts not completed."], "E3",
     "2024-03-01"),
])])

R.xlsx("Adult Social Care.xlsx", [("Chronology", [], [["Date", "Activity", "Notes"]], [
    ([D(2024, 3, 1), "Safeguarding concern", "From the district nursing team: category 3 pressure ulcer, gaps "
      "in repositioning at Rosewood."], "E3", "2024-03-01"),
    ([D(2024, 3, 8), "Enquiry", "S42 enquiry visit to Rosewood. Charts reviewed."], "A3", "2024-03-08"),
    ([D(2024, 3, 20), "Information", "Rosewood told us Betty died early this morning."], "E4", "2024-03-20"),
])])
R.done()
