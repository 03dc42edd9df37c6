"""A held-out review (see ../README.md): python r600.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A child safeguarding practice review: Amy (11), who is autistic and does not speak, is hurt by the passenger
# assistant on her school transport. Each agency tells the same event in its own words: the special school's
# 'Bruises to both wrists found when Amy got off the minibus' and the transport team's 'School reported bruising
# to a passenger's wrists on route 14'; the LADO's 'Referral from Brookfield School' and the school's call to it; the
# operator's suspension of the escort; the allegation management meeting.
# Layouts: the school's sheet 'Date | Time | Staff | Entry'; the council's SEN transport team's CSV; the bus
# operator's Word paragraphs 'Mon 04/03/24 …'; the LADO's sheet with 'Referrer'; the police's OpenDocument sheet.

R.xlsx("Brookfield Special School.xlsx", [("Safeguarding", [], [["Date", "Time", "Staff", "Entry"]], [
    ([D(2024, 3, 4), T(9, 5), "Class TA", "Bruises to both wrists found when Amy got off the minibus; she was "
      "distressed and biting her hand. Body map done. DSL told."], "E1", "2024-03-04"),
    ([D(2024, 3, 4), T(10, 30), "DSL", "Rang the LADO about the passenger assistant on route 14; parents told; SEN "
      "transport told."], "E2", "2024-03-04"),
    ([D(2024, 3, 7), T(14, 0), "Head", "Allegation management meeting with the LADO, police and transport: escort to "
      "stay suspended."], "E4", "2024-03-07"),
])])

R.csv("SEN Transport Team.csv", [], ["Date", "Officer", "Note"], [
    (["04/03/2024", "Transport officer", "School reported bruising to a passenger's wrists on route 14; operator told "
      "to stand the passenger assistant down."], "E1", "2024-03-04"),
    (["07/03/2024", "Transport manager", "Allegation meeting: new passenger assistant on route 14 from Monday."], "E4",
     "2024-03-07"),
])

R.docx_paragraphs("Greenline Coaches.docx", "Greenline Coaches - route 14 (school contract)", [
    ("Mon 04/03/24 Passenger assistant J.R. suspended from all school routes pending the council's enquiry.", "E3",
     "2024-03-04"),
])

R.xlsx("LADO.xlsx", [("Log", [], [["Date", "Referrer", "Allegation", "Outcome"]], [
    ([D(2024, 3, 4), "Brookfield School DSL", "Passenger assistant on SEN transport route 14 alleged to have gripped "
      "an 11 year old's wrists.", "AMM 07/03"], "E2", "2024-03-04"),
    ([D(2024, 3, 7), "LADO", "Allegation management meeting: police to investigate, escort to stay suspended.",
      "Actions"], "E4", "2024-03-07"),
])])

R.ods("Police.ods", "Log", ["Date", "Officer", "Entry"], [
    ([D(2024, 3, 7), "DC Rowe", "Attended the LADO meeting re the passenger assistant; CCTV on the minibus to be "
      "seized."], "E4", "2024-03-07"),
])
R.done()
