"""A held-out review (see ../README.md): python r605.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A child safeguarding practice review: Minh (16), trafficked from Vietnam, found working at a hand car wash; he
# goes missing from foster care three days later. Each agency tells the same event in its own words: the police's and
# the Gangmasters and Labour Abuse Authority's visit to the car wash; the foster placement ('Minh placed with us by
# EDT'); his going missing ('Minh not in his room at 07:00' and 'Missing: 16M UASC from his foster placement'); the
# referral to the national referral mechanism and the Home Office's 'NRM referral received'.
# Layouts: the police's CSV; the GLAA's sheet 'Date | Operation | Notes'; social care's Word table; the fostering
# agency's OpenDocument sheet; the Home Office's CSV with ISO dates.

R.csv("Police.csv", [], ["Date", "Time", "Entry"], [
    (["06/06/2024", "11:00", "Joint visit with the GLAA to Sparkle hand car wash: 16M Vietnamese, no English, sleeping "
      "in a container on site. Modern slavery; CSC EDT for a placement."], "E1", "2024-06-06"),
    (["10/06/2024", "07:30", "Missing: 16M UASC from his foster placement, believed trafficked, high risk. Ports "
      "alerted."], "E3", "2024-06-10"),
])

R.xlsx("GLAA.xlsx", [("Visits", [], [["Date", "Operation", "Notes"]], [
    ([D(2024, 6, 6), "Op Sponge", "Sparkle hand car wash with police: 4 workers, one a child (16). Indicators of "
      "forced labour."], "E1", "2024-06-06"),
])])

R.docx_table("Childrens Services.docx", "Children's services - Minh N (UASC)", ["Date", "Worker", "Note"], [
    (["06/06/2024", "EDT", "Foster placement found for Minh (16) after the police found him at a car wash."], "E2",
     "2024-06-06"),
    (["07/06/2024", "SW Tran", "NRM referral submitted to the Home Office as first responder."], "E4", "2024-06-07"),
    (["10/06/2024", "SW Tran", "Foster carer reports Minh missing this morning; strategy meeting at 14:00."], "E3",
     "2024-06-10"),
])

R.ods("Fostering Agency.ods", "Carer log", ["Date", "Carer", "Entry"], [
    ([D(2024, 6, 6), "Mrs Lowe", "Minh placed with us by EDT at 20:00; very quiet, ate rice."], "E2", "2024-06-06"),
    ([D(2024, 6, 10), "Mrs Lowe", "Minh not in his room at 07:00, window open; police called."], "E3", "2024-06-10"),
])

R.csv("Home Office SCA.csv", [], ["Received", "Case type", "Summary"], [
    (["2024-06-07", "Child", "NRM referral received from the local authority: 16M Vietnamese, car wash labour."], "E4",
     "2024-06-07"),
])
R.done()
