"""A held-out review (see ../README.md): python r597.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A child safeguarding practice review: Mia (16) takes ecstasy at a music festival her parents thought she was not at.
# Each agency tells the same event in its own words: the event security's 'Female collapsed near the dance tent,
# carried to the medical centre', the festival medical service's '16F brought in by security: agitated, temp 39.8,
# took 2 pills', the ambulance's '16F ?MDMA toxicity at the festival medical centre, conveyed' and the hospital's
# 'MDMA toxicity, hyperthermia 40.2, intubated'; the hospital's referral to social care; the discharge and social
# care's 'Notified by the hospital that Mia went home today'.
# Layouts: the festival medical service's log with the day in its title row and no date column ('Time in | Triage |
# Presentation | Outcome'); the event security's CSV; the ambulance service's sheet; the hospital's Word table; the
# police's sheet; social care's OpenDocument sheet.

R.xlsx("Festival Medical Services.xlsx", [
    ("Patient log", [["Riverside Festival - medical centre log - Saturday 17/08/2024"]],
     [["Time in", "Triage", "Presentation", "Outcome"]], [
        ([T(14, 20), "P3", "22M cut foot on glass, cleaned and dressed.", "Discharged to site"], "S1", "2024-08-17"),
        ([T(21, 47), "P1", "16F brought in by security from the dance tent: agitated, temp 39.8, HR 160, says she took "
          "2 pills.", "Blue-lighted to Southmead"], "E1", "2024-08-17"),
    ]),
])

R.csv("Event Security.csv", [], ["Incident no", "Date", "Time", "Location", "Details"], [
    (["SEC-0412", "17/08/2024", "21:40", "Dance tent", "Female collapsed near the dance tent, shaking; carried to the "
      "medical centre by two stewards."], "E1", "2024-08-17"),
])

R.xlsx("South Western Ambulance Service.xlsx", [("Incidents", [], [["Date", "Time", "Notes"]], [
    ([D(2024, 8, 17), T(21, 58), "16F ?MDMA toxicity at the festival medical centre, temp 40, GCS 12. Cooled, "
      "conveyed to Southmead."], "E1", "2024-08-17"),
])])

R.docx_table("Southmead Hospital.docx", "North Bristol NHS Trust - Southmead Hospital", ["Date", "Time", "Entry"], [
    (["17/08/2024", "22:40", "MDMA toxicity, hyperthermia 40.2, rhabdomyolysis. Intubated and admitted to ICU."],
     "E1", "2024-08-17"),
    (["19/08/2024", "10:15", "Safeguarding referral to children's services: 16F at a festival without her parents' "
      "knowledge, MDMA."], "E3", "2024-08-19"),
    (["23/08/2024", "16:00", "Discharged home with her parents; drug service leaflet given."], "E4", "2024-08-23"),
])

R.xlsx("Avon and Somerset Police.xlsx", [("Log", [], [["Date", "Officer", "Entry"]], [
    ([D(2024, 8, 18), "PC Long", "Spoke to the parents at Southmead: Mia bought two 'blue Punishers' in the queue. Drug "
      "intelligence submitted; festival licensing told."], "S2", "2024-08-18"),
])])

R.ods("Childrens Services.ods", "Case notes", ["Date", "Worker", "Note"], [
    ([D(2024, 8, 19), "Front door", "Referral from Southmead safeguarding: Mia (16) in ICU after taking ecstasy at a "
      "festival. Parents thought she was at a friend's."], "E3", "2024-08-19"),
    ([D(2024, 8, 23), "SW Day", "Notified by the hospital that Mia went home today; visit booked."], "E4", "2024-08-23"),
])
R.done()
