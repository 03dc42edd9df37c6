"""A held-out review (see ../README.md): python r539.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Joan (79) and her husband Ken (82), who has dementia; she is his carer and is
# exhausted. Each agency tells the same event in its own words: his fall as 'Ken found on the floor by Joan at
# 06:00', 'fallen, unable to get up, long lie', 'non-injury fall'; the carer's assessment as 'carer's assessment
# completed', 'assessed Joan as a carer'; his admission to a care home as 'moved into Elm Court for respite',
# 'admitted to Elm Court (respite)', 'new resident from home'. Layouts: the ambulance service's CSV with 'Date'
# and 'Time of call'; the GP's sheet with 'Consulted' as its date header; adult social care's Word paragraphs;
# the care home's sheet with 'Date/time' and 'Entry by'; the community matron's sheet.

R.csv("Ambulance Service.csv", [], ["Date", "Time of call", "Narrative"], [
    (["11/03/2024", "06:05", "82M fallen at home, unable to get up, long lie approx 4 hours per wife. No injury "
      "found. Left at home with advice; falls referral."], "E1", "2024-03-11"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Consulted", "Clinician", "Entry"]], [
    ([D(2024, 3, 12), "Community matron", "Home visit: Ken's non-injury fall yesterday, Joan exhausted and crying. "
      "Asked ASC for a carer's assessment and respite."], "S1", "2024-03-12"),
])])

R.docx_paragraphs("Adult Social Care.docx", "Adult social care - Joan and Ken", [
    ("12/03/2024 - Referral from the community matron after Ken's fall at home yesterday: carer strain.", "S1",
     "2024-03-12"),
    ("19/03/2024 - Carer's assessment completed with Joan at home: eligible for respite; Ken's needs assessed "
     "too.", "E2", "2024-03-19"),
    ("25/03/2024 - Ken moved into Elm Court for two weeks' respite.", "E3", "2024-03-25"),
])

R.xlsx("Elm Court Care Home.xlsx", [("Notes", [], [["Date/time", "Entry by", "Entry"]], [
    ([D(2024, 3, 25, 11, 30), "Manager", "New resident from home (respite), admitted with his wife; care plan "
      "started."], "E3", "2024-03-25"),
])])

R.xlsx("Carers Centre.xlsx", [("Contacts", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 3, 19), "Carer support worker", "Joint visit with the social worker for Joan's carer's assessment; "
      "carers' group offered."], "E2", "2024-03-19"),
])])
R.done()
