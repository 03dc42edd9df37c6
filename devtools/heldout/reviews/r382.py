"""A held-out review (see ../README.md): python r382.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Self-neglect and hoarding: Doris (82) lives alone among piled papers, refuses help, falls, has a kitchen
# fire, and goes into residential care after a hospital stay. Vocabulary: "safe and well visit", "MARM",
# "hoarding (clutter image rating 7)", "non-conveyance", "falls team", "discharge to assess". Layouts:
# the district nurses' OpenDocument sheet; the fire service's workbook; the ambulance's; the GP's Word
# table; adult social care's CSV with a period for a stay ("25/06/2024 - 05/07/2024") and a month-only
# entry ("May 2024"); the council housing's workbook with a title over two rows.

R.ods("District Nursing.ods", "Visits", ["Visit date", "Nurse", "Record"], [
    (["07/05/2024", "DN Hale", "Joint visit with the fire service safe and well officer: clutter image rating 7, "
      "candles by the bed, no working smoke alarm. Leg ulcer dressed."], "E1", "2024-05-07"),
    (["21/05/2024", "DN Hale", "Visited after yesterday's fall: bruised hip, mobilising with frame. Refused "
      "care package again."], "A1", "2024-05-21"),
    (["03/06/2024", "DN Hale", "Multi-agency risk management meeting at the council offices: DN to visit twice "
      "weekly."], "E3", "2024-06-03"),
])

R.xlsx("Fire and Rescue Service.xlsx", [("Prevention", [], [["Visit date", "Officer", "Visit type", "Notes"]], [
    ([D(2024, 5, 7), "SWO Marsh", "Safe and well", "Referral from district nurse. Hoarding in every room, escape "
      "route blocked. Two smoke alarms fitted, fire-retardant bedding given."], "E1", "2024-05-07"),
    ([D(2024, 6, 3), "SWO Marsh", "Meeting", "MARM: high fire risk; sprinkler (misting) unit to be "
      "considered."], "E3", "2024-06-03"),
    ([D(2024, 6, 18), "Watch manager", "Incident", "Kitchen fire (pan left on hob), extinguished by crew. "
      "Occupant 82F uninjured, declined to leave. Smoke alarm actuated."], "E4", "2024-06-18"),
])])

R.xlsx("Ambulance Service.xlsx", [("Calls", [], [["Date", "Time", "Outcome", "Narrative"]], [
    ([D(2024, 5, 20), "15:32", "Not conveyed", "82F fall at home, long lie approx 4 hrs, no injury found beyond "
      "bruising. Referred to community falls team."], "E2", "2024-05-20"),
    ([D(2024, 6, 25), "09:10", "Conveyed", "Short of breath, temp 38.9, crackles R base. Home very cluttered. "
      "Conveyed to Riverside Hospital."], "E5", "2024-06-25"),
])])

R.docx_table("GP surgery.docx", "Meadow Lane Surgery - chronology for Doris", ["Date", "Clinician", "Entry"], [
    (["21/05/2024", "Admin", "Ambulance non-conveyance notification: fall at home yesterday, referred to falls "
      "team."], "E2", "2024-05-21"),
    (["31/05/2024", "Dr Cole", "Report sent for the MARM: capacity for decisions about her home presumed."],
     "A2", "2024-05-31"),
    (["08/07/2024", "Admin", "Riverside discharge summary: pneumonia treated; discharged 05/07/2024 to Elm "
      "Lodge residential home (discharge to assess)."], "E6", "2024-07-08"),
])

R.csv("Adult Social Care.csv", [], ["Date", "Worker", "Note"], [
    (["May 2024", "SW Price", "Several calls to Doris this month, all declined an assessment."], "A3",
     "2024-05-01"),
    (["03/06/2024", "SW Price", "Chaired the multi-agency risk management meeting (fire, DN, housing). Self-neglect "
      "S42 to continue."], "E3", "2024-06-03"),
    (["19/06/2024", "SW Price", "Fire service told us of a pan fire at Doris's yesterday evening; she "
      "was unhurt."], "E4", "2024-06-19"),
    (["25/06/2024 - 05/07/2024", "SW Price", "Riverside Hospital stay (pneumonia)."], "A4", "2024-06-25"),
    (["05/07/2024", "SW Price", "Discharged from Riverside to Elm Lodge on a discharge to assess bed."], "E6",
     "2024-07-05"),
])

R.xlsx("Council Housing.xlsx", [("Chronology", [["Westvale Council Housing Services"], ["Tenant: Doris ****"]],
                                  [["Date", "Officer", "Action"]], [
    ([D(2024, 6, 3), "Tenancy officer", "Attended MARM re the tenant's hoarding; tenancy audit postponed."], "E3",
     "2024-06-03"),
    ([D(2024, 6, 19), "Repairs", "Fire damage to kitchen: cooker isolated, redecoration ordered."], "A5",
     "2024-06-19"),
])])
R.done()
