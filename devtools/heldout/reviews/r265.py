"""A held-out review (see ../README.md): python r265.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# A 15-year-old girl (Tia) in a children's home, repeatedly missing, found with older men.
# Vocabulary: "MFC" (missing from care), "absent", "RHI", "CSE", "Philomena protocol", "found
# safe", "PNC", "taxi marker". Layouts: the police's missing person records dated "03.01.23"
# with times "2315hrs"; the children's home's "Date / Time" cells ("03/01/2023 23:15"); the return
# home interview service's cp1252 CSV with a pound sign; the school; the social worker's notes.
R.csv("Police MISPER.csv", [], ["Date", "Time", "Record"], [
    (["03.01.23", "2315hrs", "MFC report from Oak House children's home: Tia (15) not returned by 22:00 curfew. "
      "Medium risk. Philomena protocol form received."], "E1", "2023-01-03"),
    (["04.01.23", "0340hrs", "Tia found safe in a car with two adult males on the ring road. Returned to Oak House. "
      "Males' details taken."], "E2", "2023-01-04"),
    (["17.01.23", "2200hrs", "Tia reported missing again by Oak House; high risk (CSE concerns)."], "E4",
     "2023-01-17"),
    (["18.01.23", "1430hrs", "Tia located at a flat in Mill Street; adult male (32) arrested for child abduction "
      "warning breach."], "E5", "2023-01-18"),
])

R.xlsx("Oak House childrens home.xlsx", [("Incident log", [], [["Date / Time", "Staff", "Incident"]], [
    (["03/01/2023 22:45", "RSW", "Tia did not return from town by her 10pm curfew; not answering phone. Reported "
      "missing to police 23:10."], "E1", "2023-01-03"),
    (["04/01/2023 03:55", "RSW", "Police returned Tia; smelled of cannabis, new phone and nails done. Went to bed."],
     "E2", "2023-01-04"),
    (["17/01/2023 21:30", "RSW", "Tia left through the fire door after tea; reported missing."], "E4",
     "2023-01-17"),
    (["18/01/2023 15:30", "RSW", "Police brought Tia home; tearful, says she 'loves him'."], "E5", "2023-01-18"),
])])

R.csv("Return home interviews.csv", [], ["Date of RHI", "Worker", "Summary"], [
    (["06/01/2023", "RHI worker", "RHI for the 03/01 missing episode: Tia says a friend's 'boyfriend' gave her a "
      "£50 phone and lifts. CSE screening tool completed: high."], "E3", "2023-01-06"),
    (["20/01/2023", "RHI worker", "Tia declined the RHI for 17/01."], None, "2023-01-20"),
], encoding="cp1252")

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Note"]], [
    (["04/01/2023", "Oak House: Tia missing overnight, found in a car with adult males by police."], "E2",
     "2023-01-04"),
    (["06/01/2023", "RHI received: CSE screening high; MACE referral made."], "E3", "2023-01-06"),
    (["19/01/2023", "Strategy discussion after 17/01 episode: police sought a child abduction warning notice for "
      "the male."], None, "2023-01-19"),
])])

R.xlsx("School.xlsx", [("Log", [], [["Date", "Note"]], [
    (["04/01/2023", "Tia absent; Oak House phoned at 8:30, she was missing overnight."], "E2", "2023-01-04"),
])])
R.done()
