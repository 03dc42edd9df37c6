"""A held-out review (see ../README.md): python r599.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A child safeguarding practice review: Ryan (12) is burned in the face by a firework youths threw on Bonfire Night.
# Each agency tells the same event in its own words: 'Youths throwing fireworks at children on Green Lane; 12M burns
# to the face', '12M facial burns from a firework', 'Firework burn to L cheek and eye; to the burns unit' and 'Mum
# rang: Ryan burned by a firework on bonfire night'; the police's referral to the council's anti-social behaviour
# team and its 'Referral from police: three youths identified'.
# Layouts: the police's CSV; the ambulance service's sheet with 'Call date' date-times; the emergency department's
# Word table; the burns unit's OpenDocument sheet; the school's sheet with dates typed 'Wed 6th Nov 2024'; the ASB
# team's CSV in cp1252.

R.csv("Kent Police.csv", [], ["Date", "Time", "Log"], [
    (["05/11/2024", "19:32", "Report of youths throwing fireworks at children on Green Lane; 12M burns to the face. "
      "Area searched, no arrests; CCTV requested."], "E1", "2024-11-05"),
    (["07/11/2024", "15:00", "Three youths identified from CCTV. Referral to the council's anti-social behaviour team "
      "for ABCs."], "E4", "2024-11-07"),
])

R.xlsx("South East Coast Ambulance.xlsx", [("Calls", [], [["Call date", "Category", "Notes"]], [
    ([D(2024, 11, 5, 19, 35), "C2", "12M facial burns from a firework thrown at him; cooled with water. Conveyed to "
      "William Harvey."], "E1", "2024-11-05"),
])])

R.docx_table("William Harvey Hospital ED.docx", "Emergency department - Ryan", ["Date", "Time", "Notes"], [
    (["05/11/2024", "20:15", "Firework burn to L cheek and eyelid, partial thickness; ophthalmology review. "
      "Transferred to the burns unit at QVH."], "E1", "2024-11-05"),
])

R.ods("Queen Victoria Hospital Burns Unit.ods", "Burns", ["Date", "Clinician", "Entry"], [
    ([D(2024, 11, 6), "Burns reg", "Arrived from William Harvey overnight: 4% TBSA facial burns; dressings; "
      "safeguarding screen done, no concerns about home."], "S2", "2024-11-06"),
])

R.xlsx("Ashford Oaks Academy.xlsx", [("Safeguarding log", [], [["Date", "Staff", "Entry"]], [
    (["Wed 6th Nov 2024", "Office", "Mum rang: Ryan was burned by a firework on bonfire night, in the burns unit. Off "
      "this week."], "E1", "2024-11-06"),
    (["Mon 18th Nov 2024", "Head of Year", "Ryan back; dressing on his cheek. Peers told not to comment."], "S3",
     "2024-11-18"),
])])

R.csv("ASB Team.csv", [], ["Date", "Officer", "Case note"], [
    (["07/11/2024", "ASB officer", "Referral from police: three youths identified for the firework attack on Green "
      "Lane. ABC meetings to be arranged with their parents."], "E4", "2024-11-07"),
], encoding="cp1252")
R.done()
