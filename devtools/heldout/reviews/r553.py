"""A held-out review (see ../README.md): python r553.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Sara (26), pregnant, abused by her partner Liam. Each agency tells the same event
# in its own words: 'DA incident, DASH high risk, referred to MARAC', 'Sara disclosed at booking that Liam hit
# her', 'police attended a domestic: pregnant female assaulted'; the MARAC as 'MARAC heard the case',
# 'discussed at MARAC today', 'multi agency risk assessment conference'; the disclosure scheme as 'Clare's Law
# disclosure made to Sara', 'DVDS: right to know disclosure'. Layouts: the police's sheet; the IDVA service's
# Word table 'Date/Time | Source | Information | Action taken | Risk'; maternity's sheet with a 'Gestation'
# column; the GP's CSV; children's social care's sheet (an unborn baby).

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Log"]], [
    ([D(2024, 5, 4), "01:15", "Attended a domestic: pregnant female assaulted by partner, punched to the head. "
      "Suspect arrested. DASH high risk, referred to MARAC."], "E1", "2024-05-04"),
    ([D(2024, 5, 16), "10:00", "MARAC heard the case: police actions - DVDS, flag on the address."], "E2",
     "2024-05-16"),
    ([D(2024, 5, 20), "15:00", "DVDS: right to know disclosure made to Sara about Liam's previous convictions "
      "for assaulting two ex-partners."], "E3", "2024-05-20"),
])])

R.docx_table("IDVA Service.docx", "IDVA service - case record", ["Date/Time", "Source", "Information",
                                                                "Action taken", "Risk"], [
    (["06/05/2024 09:30", "Police", "High risk referral: pregnant female assaulted by partner on Saturday.",
      "Called Sara, safety planning", "High"], "E1", "2024-05-06"),
    (["16/05/2024 10:00", "MARAC", "Multi agency risk assessment conference: case heard, actions agreed.",
      "IDVA to support the disclosure", "High"], "E2", "2024-05-16"),
    (["20/05/2024 15:00", "Police", "Clare's Law disclosure made to Sara with the IDVA present.",
      "Support given", "High"], "E3", "2024-05-20"),
])

R.xlsx("Maternity.xlsx", [("Antenatal", [], [["Date", "Gestation", "Midwife", "Note"]], [
    ([D(2024, 4, 2), "10+3", "Booking MW", "Booking: Sara disclosed at booking that Liam hit her in March; "
      "routine enquiry positive. Safeguarding MW informed."], "S1", "2024-04-02"),
    ([D(2024, 5, 16), "16+6", "Safeguarding MW", "Discussed at MARAC today: plan for birth, flag on notes."],
     "E2", "2024-05-16"),
])])

R.csv("GP Practice.csv", [], ["Date", "Clinician", "Entry"], [
    (["07/05/2024", "Dr Owen", "MARAC research request received re Sara: information shared."], "S2",
     "2024-05-07"),
])

R.xlsx("Childrens Social Care.xlsx", [("Unborn", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 5, 4), "EDT", "Police notification: pregnant woman assaulted by her partner overnight, he is "
      "in custody."], "E1", "2024-05-04"),
])])
R.done()
