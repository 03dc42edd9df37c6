"""A held-out review (see ../README.md): python r444.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Ken (67), self-neglect, no heating, died of hypothermia. Vocabulary: "DN"
# (district nurse), "S42" (a safeguarding enquiry), "safe and well visit", "no access", "ROLE", "TOC" (transfer
# of care). Layouts: adult social care's workbook of a sheet a month ('January 2024') over days written
# 'Wed 10th' with no month or year; the district nurses' OpenDocument sheet; the fire service's 'Visit Type';
# the housing provider's repairs log; the GP's; the ambulance service's 'Incident' with date and time in one cell.

R.xlsx("Adult Social Care.xlsx", [
    ("January 2024", [], [["Date", "Worker", "Entry"]], [
        (["Wed 10th", "Duty SW", "Safeguarding concern from district nurse: Ken's flat very cold, no heating or hot "
          "water, leg ulcers. S42 enquiry opened."], "E1", "2024-01-10"),
        (["Wed 24th", "SW Brennan", "Joint visit with the fire service. Ken declines help with the boiler, has "
          "capacity for this decision. Electric heater offered."], "E2", "2024-01-24"),
    ]),
    ("February 2024", [], [["Date", "Worker", "Entry"]], [
        (["Tue 13th", "Hospital SW", "Ken admitted yesterday with hypothermia (temp 33.1). Discharge planning "
          "started."], "E4", "2024-02-13"),
        (["Mon 26th", "Hospital SW", "Discharged home with a package of care twice daily. Heating still not "
          "fixed."], "E5", "2024-02-26"),
    ]),
    ("March 2024", [], [["Date", "Worker", "Entry"]], [
        (["Tue 5th", "SW Brennan", "Care agency informed us Ken was found dead at home this morning."], "E6",
         "2024-03-05"),
    ]),
])

R.ods("District Nursing.ods", "Visits", ["Visit date", "Visit type", "Nurse", "Narrative"], [
    ([D(2024, 1, 3), "Wound care", "DN Price", "Leg ulcer dressings both legs. House cold, Ken in coat."], "A1",
     "2024-01-03"),
    ([D(2024, 1, 10), "Wound care", "DN Price", "Flat 9 degrees, no heating or hot water. Safeguarding concern "
      "raised with adult social care."], "E1", "2024-01-10"),
    ([D(2024, 2, 13), "No access", "DN Price", "No answer. Neighbour says Ken went to hospital in an ambulance "
      "yesterday."], "E4", "2024-02-13"),
    ([D(2024, 2, 28), "Wound care", "DN Price", "First visit since discharge: dressings done, carers visiting."],
     "A2", "2024-02-28"),
])

R.xlsx("Fire and Rescue.xlsx", [("Prevention", [], [["Date", "Visit Type", "Crew", "Notes"]], [
    ([D(2024, 1, 24), "Safe and Well", "Blue watch", "Joint with ASC. Smoke alarms fitted. Ken uses an electric "
      "heater; heavy clutter near it, advice given."], "E2", "2024-01-24"),
])])

R.xlsx("Housing.xlsx", [("Repairs", [], [["Logged", "Job", "Status", "Comments"]], [
    ([D(2024, 2, 7), "Annual gas safety check", "No access", "Second no access. Letter left; legal process to "
      "gain entry to start."], "A3", "2024-02-07"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 1, 17), "Telephone", "DN concerned about self-neglect, S42 under way. Ken declines a visit."], "A4",
     "2024-01-17"),
    ([D(2024, 2, 15), "Letter", "Discharge summary pending. ED letter: admitted 12/02/24 with hypothermia, found "
      "on the floor at home by a neighbour."], "E4", "2024-02-15"),
])])

R.csv("Ambulance.csv", [], ["Incident", "Category", "Patient", "Narrative"], [
    (["12/02/2024 07:48", "Cat 2", "M 67", "Found on floor by neighbour, long lie, temp 33.1, house very cold. "
      "Conveyed to ED."], "E4", "2024-02-12"),
    (["05/03/2024 08:05", "Cat 1", "M 67", "Found by carers, obviously deceased, cold to touch. ROLE 08:20. Police "
      "informed."], "E6", "2024-03-05"),
])
R.done()
