"""A held-out review (see ../README.md): python r598.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A domestic homicide review: Mark (41), an army veteran with PTSD, and his wife Claire. Each agency tells the same
# event in its own words: the GP's referral to the veterans' mental health service and its 'Referral from GP'; the
# police's DASH and referral to the IDVA service and its 'Police referral: DASH 18, non-fatal strangulation'; a MARAC
# as the police, the IDVA service and the housing association write it.
# Layouts: the police's sheet with 'Date' and 'Time' columns; the IDVA service's CSV 'Date in | Risk | Notes'; the
# veterans' service's Word paragraphs '14 March 2024 - …'; the GP's CSV in cp1252; the housing association's
# OpenDocument sheet; the Royal British Legion's sheet.

R.csv("Moorside Surgery.csv", [], ["Date", "Clinician", "Entry"], [
    (["12/03/2024", "Dr Hale", "Mark: nightmares, poor sleep, drinking about 40 units a week since leaving the army. "
      "Referred to Op Courage."], "E0", "2024-03-12"),
], encoding="cp1252")

R.docx_paragraphs("Op Courage.docx", "Op Courage - veterans' mental health service", [
    ("14 March 2024 - Referral from GP: veteran (Royal Anglian, Afghanistan), PTSD symptoms and alcohol. Triage call "
     "booked.", "E0", "2024-03-14"),
    ("9 April 2024 - Assessment: PTSD, alcohol dependence. Mark says he was arrested at the weekend after a row at "
     "home.", "S3", "2024-04-09"),
])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Time", "Occurrence", "Entry"]], [
    ([D(2024, 4, 6), T(23, 10), "DA", "Claire reports her husband held her by the throat during an argument. He was "
      "arrested at the address; no injuries seen."], "E1", "2024-04-06"),
    ([D(2024, 4, 7), T(10, 0), "DA", "DASH high (18) with non-fatal strangulation. Referral to the IDVA service and "
      "to MARAC."], "E2", "2024-04-07"),
    ([D(2024, 4, 18), T(14, 0), "MARAC", "MARAC: bail conditions shared; the housing association to fit a sanctuary "
      "lock."], "E4", "2024-04-18"),
])])

R.csv("IDVA Service.csv", [], ["Date in", "Risk", "Notes"], [
    (["08/04/2024", "High", "Police referral: DASH 18, non-fatal strangulation. Called Claire; safety plan; she does "
      "not want him charged."], "E2", "2024-04-08"),
    (["18/04/2024", "High", "MARAC heard: sanctuary scheme, Clare's Law disclosure considered, IDVA to keep contact."],
     "E4", "2024-04-18"),
])

R.ods("Northern Homes.ods", "Tenancy", ["Date", "Officer", "Note"], [
    ([D(2024, 4, 18), "TO Bell", "Attended MARAC for the Fenwick household: sanctuary lock to be fitted this week."],
     "E4", "2024-04-18"),
    ([D(2024, 4, 24), "TO Bell", "Sanctuary lock and door chain fitted."], "S5", "2024-04-24"),
])

R.xlsx("Royal British Legion.xlsx", [("Welfare", [], [["Date", "Caseworker", "Note"]], [
    ([D(2024, 4, 25), "Caseworker Ames", "Home visit with Mark: grant applied for towards rent arrears; he is living "
      "with his brother."], "S6", "2024-04-25"),
])])
R.done()
