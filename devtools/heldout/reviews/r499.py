"""A held-out review (see ../README.md): python r499.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Tomasz Nowak (58), a rough sleeper who died of hypothermia. Each agency tells
# it in its own words: 'found bedded down', 'rough sleeping', 'sleeping out', 'street count'; 'SWEP' as 'severe
# weather shelter'; his death as 'found deceased', 'sudden death', 'passed away'. Layouts: the outreach team's
# 'Shift date | Location | Contact | Notes' in a CSV with quoted multi-line notes; the night shelter's register
# 'Night of | Bed | Arrived | Notes'; the hospital's 'Attendance date | Presenting complaint | Outcome'; the
# police's sheet; the council's housing 'Date | Officer | Case note'.

R.csv("Street Outreach.csv", [], ["Shift date", "Location", "Contact", "Notes"], [
    (["08/01/2024", "Bus station", "Yes", "Found bedded down by the bus station.\nVery cold, declined the shelter "
      "offer. Polish speaker - used phone interpreter."], "E1", "2024-01-08"),
    (["15/01/2024", "Bus station", "Yes", "SWEP open (minus 4 forecast). Walked Tomasz to the severe weather shelter "
      "at 22:00."], "E2", "2024-01-15"),
    (["22/01/2024", "Canal path", "No", "Not found at his usual spot; other rough sleepers say he was taken to "
      "hospital yesterday."], "E3", "2024-01-22"),
])

R.xlsx("Night Shelter.xlsx", [("Register", [], [["Night of", "Bed", "Arrived", "Notes"]], [
    ([D(2024, 1, 15), 7, "22:10", "New guest brought by outreach (SWEP). Smelled of alcohol, settled."], "E2",
     "2024-01-15"),
    ([D(2024, 1, 16), "", "", "Did not return tonight."], "S1", "2024-01-16"),
])])

R.xlsx("Hospital.xlsx", [("ED", [], [["Attendance date", "Presenting complaint", "Outcome"]], [
    ([D(2024, 1, 21, 7, 40), "Found by a passer-by sleeping out on the canal path, temperature 33.1, confused.",
      "Rewarmed; self-discharged against advice at 15:00 before the housing referral was made."], "E3",
     "2024-01-21"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 1, 27), "08:15", "Sudden death: male found deceased in a tent on the canal path by a dog walker. "
      "Not suspicious. Identified as Tomasz Nowak."], "E4", "2024-01-27"),
])])

R.xlsx("Housing.xlsx", [("Case notes", [], [["Date", "Officer", "Case note"]], [
    ([D(2024, 1, 9), "Housing officer", "Outreach referral: rough sleeping at the bus station, no recourse to public "
      "funds status to be checked."], "E1", "2024-01-09"),
    ([D(2024, 1, 29), "Housing officer", "Outreach told us Tomasz passed away at the weekend."], "E4",
     "2024-01-29"),
])])
R.done()
