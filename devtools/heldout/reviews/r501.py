"""A held-out review (see ../README.md): python r501.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Harvey (15), blackmailed over images and then a suicide attempt. Each
# agency tells it in its own words: 'sextortion', 'blackmailed over photos', 'threatened to share pictures';
# 'attempted to hang himself', 'ligature', 'suicide attempt'. Layouts: the school's safeguarding log with the
# date and time in one column ('11/03/2024 @ 13:20'); the police's 'Reported | Crime type | MO'; CAMHS crisis
# team's 'Date | Referral source | Assessment'; the emergency department's ods sheet; the GP's CSV.

R.xlsx("Riverside High.xlsx", [("Log", [], [["Date / time", "Reported by", "Concern", "Action"]], [
    (["11/03/2024 @ 13:20", "Form tutor", "Harvey very distressed: someone online has nude photos of him and wants "
      "£500 or they will send them to his friends.", "DSL: parents called, police report made, Report Remove "
      "explained."], "E1", "2024-03-11"),
    (["25/03/2024 @ 08:40", "DSL", "Mum rang: Harvey in hospital after trying to hang himself on Saturday night.",
      "Staff briefed; return plan to be agreed."], "E2", "2024-03-25"),
])])

R.xlsx("Police.xlsx", [("Crimes", [], [["Reported", "Crime type", "MO"]], [
    ([D(2024, 3, 11, 15, 5), "Blackmail", "Victim (15) sent images to a person he believed was a girl his age, then "
      "threatened to share them unless paid. Reported by school. CEOP referral."], "E1", "2024-03-11"),
    ([D(2024, 3, 23, 23, 10), "Concern for welfare", "Ambulance request: 15 year old found by father with a "
      "ligature, conscious. Attended with ambulance."], "E2", "2024-03-23"),
])])

R.xlsx("CAMHS Crisis.xlsx", [("Crisis", [], [["Date", "Referral source", "Assessment"]], [
    ([D(2024, 3, 24), "ED", "Seen on the paediatric ward after a suicide attempt (ligature) last night. Shame "
      "about the sextortion, feels he cannot face school. Safety plan; daily calls."], "S1", "2024-03-24"),
])])

R.ods("Emergency Department.ods", "ED", ["Arrival", "Presenting complaint", "Disposal"], [
    (["23/03/2024 23:40", "Attempted hanging - found by dad, brief loss of consciousness.",
      "Admitted to the paediatric ward; CAMHS in the morning."], "E2", "2024-03-23"),
])

R.csv("GP.csv", [], ["Date", "Clinician", "Entry"], [
    (["12/03/2024", "Dr Webb", "Mum phoned: Harvey being blackmailed over photos online, not sleeping. Police "
      "involved. Appointment offered."], "E1", "2024-03-12"),
    (["27/03/2024", "Dr Webb", "Discharge summary: admitted 23/03 after attempted suicide by hanging, CAMHS "
      "follow up."], "E2", "2024-03-27"),
])
R.done()
