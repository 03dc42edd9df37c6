"""A held-out review (see ../README.md): python r186.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A safeguarding adults review (self-neglect, an older woman living alone): adult services' wording.
R.xlsx("ASC chronology.xlsx", [("Chronology", [["Safeguarding Adults Review - Mrs P"], ["Agency: Adult Social Care"], []],
    [["Date", "Time", "Source", "Record"]], [
    ([D(2022, 2, 3), "11:20", "DN", "Safeguarding concern received from District Nursing: Mrs P living in squalor, "
      "pressure sores, refusing care. Triaged to S42."], "E1", "2022-02-03"),
    ([D(2022, 2, 7), "14:00", "ASC", "S42 planning meeting held (Teams) - ASC, DN, GP surgery, Fire Service. Agreed HFSV "
      "and capacity assessment."], "E2", "2022-02-07"),
    ([D(2022, 2, 14), "10:00", "ASC", "Joint visit with Fire Service officer. Mrs P declined smoke alarms. MCA: has "
      "capacity for this decision."], "E3", "2022-02-14"),
    ([D(2022, 3, 21), "09:10", "Hospital", "Notified by hospital discharge team that Mrs P admitted to RSH 18/03 after a "
      "fall."], "E4", "2022-03-21"),
    ([D(2022, 3, 30), "12:00", "ASC", "Hospital discharge today. Package of care QDS started."], "E5", "2022-03-30"),
    ([D(2022, 5, 11), "09:30", "Fire", "Call from Fire & Rescue: small fire in kitchen overnight, Mrs P unhurt, refused "
      "to go to hospital."], "E6", "2022-05-11"),
    ([D(2022, 5, 12), "15:00", "ASC", "Section 42 enquiry concluded: risk remains, case escalated to self-neglect panel."],
     None, "2022-05-12"),
    ([D(2022, 6, 2), "10:00", "GP", "Informed by GP surgery that Mrs P died at home 31/05."], "E7", "2022-06-02"),
])])
R.csv("District Nursing.csv", [], ["Visit Date", "Nurse", "Entry"], [
    (["01/02/2022", "DN Hughes", "Visit for leg ulcer dressing. Home cluttered, strong smell of urine, cat faeces. Pt "
      "refusing personal care."], None, "2022-02-01"),
    (["03/02/2022", "DN Hughes", "Safeguarding concern raised with ASC via online form re self-neglect."], "E1",
     "2022-02-03"),
    (["07/02/2022", "TL Morris", "DN team leader attended S42 planning mtg."], "E2", "2022-02-07"),
    # (a visit after the discharge, a day later, is no record of the discharge: see "after discharge" in kinds.py)
    (["31/03/2022", "DN Hughes", "First visit following discharge from RSH yesterday. Grade 3 sacral pressure ulcer."],
     None, "2022-03-31"),
    (["31/05/2022", "DN Hughes", "Attended for dressing, no answer; police called, entry forced. Pt found deceased in "
      "chair. Verified by DN at 11:40."], "E7", "2022-05-31"),
], encoding="cp1252")
R.xlsx("GP surgery.xlsx", [("Sheet1", [], [["Consultation date", "Clinician", "Summary"]], [
    ([D(2022, 2, 7), "Practice manager", "Practice manager dialled into safeguarding meeting re self neglect."], "E2",
     "2022-02-07"),
    ([D(2022, 3, 22), "Admin", "Letter from RSH: admitted 18/3/22 with #NOF following fall at home. Hemiarthroplasty "
      "19/3."], "E4", "2022-03-22"),
    ([D(2022, 5, 31), "Dr Evans", "Death notification: found deceased at home by district nurse. Not expected. Referred "
      "to coroner."], "E7", "2022-05-31"),
])])
R.csv("Fire and Rescue.csv", [], ["Incident Date", "Type", "Narrative"], [
    (["14/02/2022", "HFSV", "Home fire safety visit - joint with ASC social worker. Occupier declined smoke detection. "
      "Heavy fire loading (hoarding)."], "E3", "2022-02-14"),
    (["11/05/2022", "Fire call", "Call 02:14 - kitchen fire (pan left on hob), extinguished by crew. Occupant refused "
      "conveyance. Referral to ASC."], "E6", "2022-05-11"),
])
R.xlsx("Ambulance service.xlsx", [("Incidents", [], [["Date", "Call time", "Category", "Outcome"]], [
    ([D(2022, 3, 18), "00:35", "Cat 2 - fall", "Elderly female found on floor by carer, suspected #NOF, conveyed to RSH "
      "ED."], "E4", "2022-03-18"),
    ([D(2022, 5, 31), "10:55", "Cat 1", "Called by police. Pt obviously deceased, ROLE completed."], "E7", "2022-05-31"),
])])
R.xlsx("Hospital trust.xlsx", [("Chronology", [], [["Date", "Ward/Dept", "Notes"]], [
    ([D(2022, 3, 18), "ED", "Arrived by ambulance, fall at home, #NOF confirmed on X-ray. Admitted to Ward 22."], "E4",
     "2022-03-18"),
    ([D(2022, 3, 30), "Ward 22", "Discharged home with package of care QDS. Discharge summary to GP and DN."], "E5",
     "2022-03-30"),
])])
R.done()
