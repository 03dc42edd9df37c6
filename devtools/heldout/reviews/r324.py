"""A held-out review (see ../README.md): python r324.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Minh (15), a Vietnamese boy found in a cannabis farm: police protection, an emergency foster
# placement, a strategy discussion, a National Referral Mechanism referral, a guardian, an initial
# health assessment, then missing from the placement in the night and found in another city.
# Vocabulary: "PP" (police protection), "s46", "EDT" (emergency duty team), "NRM", "first
# responder", "ICTG" (independent child trafficking guardian), "IHA", "IFA", "MFH" (missing from
# home). Layouts: the EDT's "02/07/24 23:50" text; the fostering agency's daily log with each day as
# a heading row; the guardian's CSV with ISO dates; the LAC nurse's Word paragraphs.

R.xlsx("West Midlands Police.xlsx", [("Log", [], [["Date", "Time", "Occurrence"]], [
    ([D(2024, 7, 2), "22:00", "Drugs warrant executed at 14 Hay Road: cannabis farm, 400 plants. Male (15, "
      "Vietnamese) found locked in an upstairs room."], "E1", "2024-07-02"),
    ([D(2024, 7, 2), "23:30", "s46 police protection taken for the male (Minh). EDT contacted for a placement."],
     "E2", "2024-07-02"),
    ([D(2024, 7, 3), "11:00", "Strategy discussion with CSC: trafficking indicators; NRM by CSC."], "E3",
     "2024-07-03"),
    ([D(2024, 7, 6), "02:40", "MFH report: Minh missing from foster placement, window open. High risk."], "E7",
     "2024-07-06"),
    ([D(2024, 7, 9), "16:20", "Minh located by British Transport Police at Birmingham New Street with an adult "
      "male (arrested, modern slavery)."], "E8", "2024-07-09"),
])])

R.xlsx("Emergency Duty Team.xlsx", [("EDT", [], [["Date/time", "Worker", "Record"]], [
    (["02/07/24 23:50", "EDT SW", "Police request a placement for a 15yo Vietnamese boy under PP after a raid. "
      "Emergency foster carers found (IFA); placed 01:30 with an interpreter by phone."], "E2", "2024-07-02"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Details"]], [
    ([D(2024, 7, 3), "Strategy discussion", "With police: Minh (15), trafficked for cannabis cultivation. s47; "
      "NRM referral; ICTG referral."], "E3", "2024-07-03"),
    ([D(2024, 7, 3), "NRM", "NRM referral submitted as first responder; referral to the ICTG service."], "E4",
     "2024-07-03"),
    ([D(2024, 7, 5), "Health", "IHA completed by the LAC nurse with an interpreter."], "E6", "2024-07-05"),
    ([D(2024, 7, 6), "Missing", "IFA report Minh missing from placement overnight; MFH with police."], "E7",
     "2024-07-06"),
    ([D(2024, 7, 9), "Missing", "Minh found in Birmingham by BTP; returned to a new placement."], "E8", "2024-07-09"),
])])

# The fostering agency's daily log: each day a heading row, the entries under it timed.
R.xlsx("Fostering agency daily log.xlsx", [("Daily log", [], [["Time", "Entry", "Carer"]], [
    (["Wednesday 3 July 2024"], None, None),
    (["01:30", "Minh arrived with EDT worker. Frightened, ate a little, slept in his clothes.", "Mrs Baker"], "E2",
     "2024-07-03"),
    (["Friday 5 July 2024"], None, None),
    (["10:00", "LAC nurse visited for his health assessment; interpreter on the phone.", "Mrs Baker"], "E6",
     "2024-07-05"),
    (["Saturday 6 July 2024"], None, None),
    (["02:15", "Checked room: Minh gone, window open. Rang police and EDT.", "Mr Baker"], "E7", "2024-07-06"),
])])

R.csv("ICTG service.csv", [], ["date", "guardian", "note"], [
    (["2024-07-04", "ICTG (Barnardo's)", "Referral received from CSC for Minh, 15, NRM submitted 03/07."], "E4",
      "2024-07-04"),
    (["2024-07-06", "ICTG (Barnardo's)", "Told by SW that Minh went missing from the placement in the night."], "E7",
     "2024-07-06"),
])

R.docx_paragraphs("LAC Health.docx", "Looked after children's health – chronology (Minh)", [
    ("05/07/2024 – Initial health assessment at foster home with a Vietnamese interpreter by phone: scabies, "
     "underweight, disclosed being beaten; BBV screen offered.", "E6", "2024-07-05"),
    ("10/07/2024 – Told by SW Minh was found in Birmingham on 09/07; review health assessment to be booked.", "E8",
     "2024-07-10"),
])
R.done()
