"""A held-out review (see ../README.md): python r375.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Child sexual exploitation of a boy: Callum (15) taken to a hotel by a licensed taxi driver and given
# drugs; seen at a sexual health clinic; a youth worker's concern; the council's licensing team suspends
# the driver's licence. Vocabulary: "CSE", "hackney carriage", "private hire", "licence suspended with
# immediate effect", "GUM", "youth service", "Snapchat", "hotel watch". Layouts: the licensing team's CSV
# with dates written '12-03-2024'; the sexual health service's .xlsx with 'Attendance date' and a clinic
# code; the youth service's Word paragraphs; the police's return; social care's.

R.csv("Licensing.csv", [], ["Date", "Officer", "Licence", "Action"], [
    (["14-03-2024", "Licensing officer", "PH driver 2291", "Police disclosure (common law): driver suspected of "
      "taking a 15-year-old boy to a hotel. Licence suspended with immediate effect (public safety)."], "E4",
     "2024-03-14"),
    (["28-03-2024", "Licensing sub-committee", "PH driver 2291", "Hearing: licence revoked."], "A1", "2024-03-28"),
])

R.xlsx("Sexual Health.xlsx", [("Attendances", [], [["Attendance date", "Clinic", "Clinician", "Notes"]], [
    ([D(2024, 3, 2), "GUM walk-in", "Nurse Cole", "15M, alone, asking for tests. Says sex with an older man he met "
      "on Snapchat who 'drives a taxi', given vapes and weed. CSE screening tool: high. Safeguarding referral "
      "to CSC today."], "E1", "2024-03-02"),
])])

R.docx_paragraphs("Youth Service.docx", "Northshire Youth Service - Callum", [
    ("27/02/2024 - Callum at the youth club with new trainers and a lot of cash; left in a taxi at 9pm, driver "
     "older man. Passed to DSL at school.", "A2", "2024-02-27"),
    ("12/03/2024 - Attended CSE strategy meeting: youth service to keep him engaged, note taxis seen.", "E3",
     "2024-03-12"),
])

R.xlsx("Police.xlsx", [("CSE", [], [["Date", "Officer", "Entry"]], [
    ([D(2024, 3, 4), "DC Ali", "Referral from CSC: 15-year-old boy disclosed sex with an adult taxi driver at a "
      "hotel; drugs supplied. Crime recorded; hotel watch."], "E2", "2024-03-04"),
    ([D(2024, 3, 12), "DS Moss", "Multi-agency CSE strategy meeting: driver identified (private hire 2291); "
      "disclosure to licensing authorised."], "E3", "2024-03-12"),
    ([D(2024, 3, 14), "DS Moss", "Disclosure made to council licensing; licence suspended the same day."], "E4",
     "2024-03-14"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 3, 2), "EDT", "Referral from the sexual health clinic: Callum (15) says an older taxi driver had sex "
      "with him at a hotel and gives him cannabis. Child safe at home tonight."], "E1", "2024-03-02"),
    ([D(2024, 3, 4), "MASH", "Referral passed to police CSE team."], "E2", "2024-03-04"),
    ([D(2024, 3, 12), "SW Ellis", "CSE strategy meeting (police, school, youth service): s47; safety plan."],
     "E3", "2024-03-12"),
])])
R.done()
