"""A held-out review (see ../README.md): python r409.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child death review: Ruby (2) dies of sepsis after three days of calls to NHS 111, an out-of-hours GP
# visit and an emergency department discharge; her mother's learning disability and a child in need
# plan. Vocabulary: "111", "disposition", "OOH" (out of hours), "CRT" (capillary refill time), "NEWS",
# "safety-netting", "CIN", "JAR" (joint agency response), "CDOP". Layouts: NHS 111's call log as a CSV
# with 'Call start' ISO date-times ('2024-01-12T21:04:00Z') and a 'Disposition'; the out-of-hours
# service's; the ED's; the ambulance's; the GP's; social care's; the police's.

R.csv("NHS 111 calls.csv", [], ["Call start", "Symptom pathway", "Disposition", "Call notes"], [
    (["2024-01-12T21:04:00Z", "Fever", "Speak to GP within 6 hours", "Mum: Ruby hot for 2 days, off food. "
      "Passed to OOH."], "E1", "2024-01-12"),
    (["2024-01-14T06:40:00Z", "Rash", "Emergency ambulance", "Mum: rash that does not fade, Ruby floppy. 999 "
      "transfer."], "E3", "2024-01-14"),
])

R.xlsx("Out of hours GP.xlsx", [("Cases", [], [["Date", "Time", "Case type", "Clinical notes"]], [
    ([D(2024, 1, 12), "23:30", "Home visit", "111 referral. Ruby febrile 38.9, CRT <2s, drinking a little. Viral "
      "illness; safety-netting advice given to mum."], "E1", "2024-01-12"),
])])

R.xlsx("Emergency Department.xlsx", [("Attendances", [], [["Arrival", "Triage", "Presenting complaint",
                                                           "Outcome"]], [
    ([D(2024, 1, 13, 15, 20), "Yellow", "2y fever 3 days, vomiting", "Discharged home with viral illness advice; "
      "mum to return if worse."], "A1", "2024-01-13"),
    ([D(2024, 1, 14, 7, 15), "Red", "2y purpuric rash, shocked, NEWS 9", "Sepsis: resuscitated, transferred to "
      "PICU. Died 14/01 at 13:10."], "E3", "2024-01-14"),
])])

R.xlsx("Ambulance.xlsx", [("Incidents", [], [["Date", "Time", "Narrative"]], [
    ([D(2024, 1, 14), "06:48", "111 transfer: 2yo non-blanching rash, mottled, CRT 5s. Blue light to ED with "
      "pre-alert."], "E3", "2024-01-14"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 1, 10), "Ruby not brought for her 2-year review (second time). Letter to mum; HV informed."], "A2",
      "2024-01-10"),
    ([D(2024, 1, 15), "OOH report received: home visit 12/01, viral illness."], "E1", "2024-01-15"),
    ([D(2024, 1, 15), "Notification from the hospital: Ruby died yesterday of sepsis. CDOP notified."], "E3",
     "2024-01-15"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2023, 12, 18), "SW Hart", "CIN review: home conditions improved; mum supported by her learning "
      "disability nurse."], "A3", "2023-12-18"),
    ([D(2024, 1, 14), "EDT", "Hospital rang: Ruby (on a CIN plan) died in PICU today. JAR agreed with police."],
     "E3", "2024-01-14"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 1, 14), "14:00", "Sudden unexpected death of a child at the hospital: joint agency response with "
      "the paediatrician. Not suspicious at this time."], "E3", "2024-01-14"),
])])
R.done()
