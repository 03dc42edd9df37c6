"""A held-out review (see ../README.md): python r422.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Aisha (16), at risk of forced marriage, then missing. Vocabulary: "FMU"
# (the Forced Marriage Unit), "FMPO" (forced marriage protection order), "HBA" (honour-based abuse), "ex
# parte", "strat", "MFH". Layouts: the school's two-row header ('Contact' merged over 'Date' and 'Time');
# social care's entries newest first; the police's date-times in one column; a specialist IDVA service's CSV
# in cp1252 with curly quotes; the GP's.

def merge_header(book):
    book["Safeguarding"].merge_cells("A1:B1")


R.xlsx("Highfield Academy.xlsx", [("Safeguarding", [], [["Contact", None, "What happened", "Action"],
                                                       ["Date", "Time", None, None]], [
    ([D(2024, 2, 5), "11:20", "Aisha told her form tutor her family are taking her to Pakistan at half term to "
      "marry her cousin. Very frightened.", "DSL referred to CSC by phone 11:45; police FMU advice sought."],
     "E1", "2024-02-05"),
    ([D(2024, 2, 6), "09:00", "DSL in the strategy discussion for Aisha.", "School to alert if she is absent."],
     "E2", "2024-02-06"),
    ([D(2024, 3, 20), "09:30", "Aisha absent, no call from home. Sister says she 'went away'.", "Reported to "
      "CSC and police at 10:15 as agreed in the plan."], "E4", "2024-03-20"),
])], finish=merge_header)

R.xlsx("Childrens Social Care.xlsx", [("Chronology (newest first)", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 3, 20), "Missing", "School: Aisha absent this morning, feared taken abroad. Police informed; port "
      "alert requested under the FMPO."], "E4", "2024-03-20"),
    ([D(2024, 2, 8), "Court", "FMPO granted ex parte at the Family Court; passports to be surrendered."], "E3",
     "2024-02-08"),
    ([D(2024, 2, 6), "Strategy discussion", "With police (CAIT) and school: s47; FMPO application agreed."],
     "E2", "2024-02-06"),
    ([D(2024, 2, 5), "Contact", "Referral from Highfield DSL: Aisha at risk of forced marriage at half term."],
     "E1", "2024-02-05"),
])])

R.xlsx("Police.xlsx", [("Export", [], [["Date/Time", "Ref", "Category", "Summary"]], [
    ([D(2024, 2, 6, 9, 0), "HBA/24/07", "Strategy", "Strategy discussion: forced marriage risk. Officer from "
      "CAIT; FMU consulted."], "E2", "2024-02-06"),
    ([D(2024, 2, 8, 14, 30), "HBA/24/07", "Court", "FMPO obtained without notice. Passports of Aisha seized "
      "from the family home."], "E3", "2024-02-08"),
    ([D(2024, 3, 20, 10, 20), "MP/24/0311", "Missing", "Aisha (16) reported missing by school; FMPO in force. "
      "Port alert. Found at an aunt's address in Bradford 21:40."], "E4", "2024-03-20"),
])])

R.csv("Karma Support IDVA.csv", [], ["Date", "Contact", "Notes"], [
    (["12/02/2024", "Face to face", "First meeting with Aisha at school. She \u2018doesn\u2019t want to get "
      "anyone in trouble\u2019. Safety plan; codeword agreed."], "A1", "2024-02-12"),
    (["09/02/2024", "Information", "CSC told us the FMPO was granted yesterday."], "E3", "2024-02-09"),
], encoding="cp1252")

R.xlsx("GP Surgery.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 1, 15), "Aisha seen alone: headaches, poor sleep, 'stress at home'. Declined to say more."], "A2",
     "2024-01-15"),
])])
R.done()
