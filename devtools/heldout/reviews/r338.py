"""A held-out review (see ../README.md): python r338.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Gary Hughes (49), sleeping rough in a tent, alcohol dependent, with
# leg ulcers; discharged from hospital to the street twice, a StreetLink alert, outreach, a cold
# weather shelter, found dead in his tent. Vocabulary: "rough sleeper", "StreetLink", "outreach",
# "NFA" (no fixed abode), "SWEP" (severe weather emergency protocol), "duty to refer", "self-discharged".
# Layouts: the outreach team's CSV of contacts by location ("Date of contact | Location | Outcome |
# Notes"); the hospital's dates and times in one cell ("03/01/2024 14:22"); the council's housing
# options; the police; the GP.

R.csv("Street outreach.csv", [], ["Date of contact", "Location", "Outcome", "Notes"], [
    (["02/01/2024", "Riverside path, tent", "Engaged", "StreetLink alert from a member of the public. Gary in a tent, "
      "legs swollen and weeping. Advised hospital; declined."], "E1", "2024-01-02"),
    (["05/01/2024", "Riverside path, tent", "Engaged", "Gary back in his tent after hospital - discharged NFA "
      "yesterday. Duty to refer sent to housing."], "E3", "2024-01-05"),
    (["16/01/2024", "Riverside path, tent", "Engaged", "SWEP open: took Gary to the cold weather shelter."], "E5",
     "2024-01-16"),
    (["30/01/2024", "Riverside path, tent", "Found deceased", "Gary found dead in his tent on our 07:00 round. 999."],
     "E6", "2024-01-30"),
])

R.xlsx("Royal Hospital.xlsx", [("Attendances", [], [["Arrival", "Department", "Summary"]], [
    (["03/01/2024 14:22", "ED", "49M NFA, cellulitis both legs, alcohol withdrawal. Admitted to AMU."], "E2",
     "2024-01-03"),
    (["04/01/2024 18:00", "AMU", "Self-discharged against advice; NFA. Antibiotics given."], "E3", "2024-01-04"),
])])

R.xlsx("Housing Options.xlsx", [("Cases", [], [["Date", "Officer", "Action"]], [
    ([D(2024, 1, 5), "Housing options", "Duty to refer from street outreach: rough sleeper (G Hughes). Relief duty "
      "accepted; no accommodation found."], "E3", "2024-01-05"),
    ([D(2024, 1, 16), "Housing options", "SWEP bed at the shelter for Mr Hughes tonight."], "E5", "2024-01-16"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 1, 30), "07:18", "Sudden death: male found in a tent by the river by outreach workers. Not suspicious. "
      "Coroner informed."], "E6", "2024-01-30"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 1, 9), "Discharge letter: self-discharged from AMU 04/01, cellulitis; NFA."], "E3", "2024-01-09"),
    ([D(2024, 1, 31), "Coroner's officer: patient died 30/01."], "E6", "2024-01-31"),
])])
R.done()
