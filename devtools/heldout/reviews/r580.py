"""A held-out review (see ../README.md): python r580.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review (a same-sex couple): Sam (29), stalked and assaulted by an ex-partner. An LGBT+
# domestic abuse service is among the agencies. Each agency tells the same event in its own words: 'DA: male
# assaulted by his ex-partner at his flat, bite to forearm', 'Cat 3: 29M bitten on the arm by his ex-partner',
# 'Wound to the forearm, human bite: cleaned, antibiotics'; the LGBT+ service's 'Referral received from police:
# assault by his ex on Saturday night'; the stalking protection order as the police, the court and the service write it.
# Layouts: the police's sheet 'Occurrence date | Occurrence type | Details'; the ambulance service's CSV; the
# urgent treatment centre's OpenDocument sheet; the LGBT+ service's Word table; the magistrates' court's sheet
# 'Hearing date | Application | Outcome'; the GP's sheet.

R.xlsx("Police.xlsx", [("Occurrences", [], [["Occurrence date", "Occurrence type", "Details"]], [
    ([D(2024, 5, 4), "Domestic", "DA: male assaulted by his ex-partner at his flat, bite to the forearm; suspect left "
      "before police arrived. DASH high."], "E1", "2024-05-04"),
    ([D(2024, 5, 9), "Stalking", "Ex-partner seen outside Sam's workplace daily; stalking investigation, SPO to be "
      "applied for."], "S1", "2024-05-09"),
    ([D(2024, 5, 23), "Court", "Interim stalking protection order granted at the magistrates' court."], "E3",
     "2024-05-23"),
])])

R.csv("Ambulance Service.csv", [], ["Date", "Time", "Notes"], [
    (["04/05/2024", "22:14", "Cat 3: 29M bitten on the arm by his ex-partner; police on scene. Advised UTC."], "E1",
     "2024-05-04"),
])

R.ods("Urgent Treatment Centre.ods", "Attendances", ["Date", "Notes"], [
    ([D(2024, 5, 4), "Wound to the forearm, human bite: cleaned, antibiotics. Says his ex did it."], "E1",
     "2024-05-04"),
])

R.docx_table("LGBT Domestic Abuse Service.docx", "LGBT+ domestic abuse service - case notes", ["Date", "Note"], [
    (["06/05/2024", "Referral received from police: assault by his ex on Saturday night, DASH high."], "E1",
     "2024-05-06"),
    (["07/05/2024", "Called Sam: safety plan agreed, advocacy accepted."], "S3", "2024-05-07"),
    (["24/05/2024", "Police told us the interim SPO was granted yesterday; Sam relieved."], "E3", "2024-05-24"),
])

R.xlsx("Magistrates Court.xlsx", [("Hearings", [], [["Hearing date", "Application", "Outcome"]], [
    ([D(2024, 5, 23), "Stalking protection order (interim)", "Granted; return date 20/06/2024."], "E3",
     "2024-05-23"),
])])

R.xlsx("GP Surgery.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 4, 2), "Low mood, poor sleep; says relationship has ended badly."], "S2", "2024-04-02"),
])])
R.done()
