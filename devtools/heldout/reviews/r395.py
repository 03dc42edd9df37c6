"""A held-out review (see ../README.md): python r395.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A MASH's partner checks: after a school's referral about bruising, the MASH asks health, police and
# education what they know, and each answers the same day; the MASH's record lists every answer,
# naming older incidents, which are not this day's events. Then a strategy discussion and an
# assessment. Vocabulary: "MASH", "RAG", "partner checks", "information request", "threshold", "step
# down to early help". Layouts: the MASH's workbook with a 'RAG' column; the school's CPOMS CSV; the
# police's workbook; the health visitor's workbook; the GP's; early help's CSV.

R.xlsx("MASH.xlsx", [("Contacts", [], [["Date", "RAG", "Worker", "Record"]], [
    ([D(2024, 5, 13), "Amber", "MASH SW", "Contact from Elm Primary: Jayden (6) has a bruise on his cheek, says "
      "'mum's friend did it'. Partner checks requested."], "E2", "2024-05-13"),
    ([D(2024, 5, 13), "Amber", "MASH SW", "Partner checks. Police: DA incident at the address on 02/05 (verbal), "
      "known associate of mum has a conviction for ABH. Health: HV contact 08/05, no concerns. Education: "
      "attendance 88%."], "E3", "2024-05-13"),
    ([D(2024, 5, 14), "Red", "MASH TM", "Strategy discussion with police and health: s47 single agency; "
      "medical not needed (bruise healing)."], "E4", "2024-05-14"),
])])

R.csv("Elm Primary CPOMS.csv", [], ["Date", "Category", "Note"], [
    (["13/05/2024", "Physical", "Jayden has a bruise to left cheek; said mum's friend Craig 'hit me for being "
      "naughty'. Referred to MASH by phone 09:20."], "E2", "2024-05-13"),
    (["13/05/2024", "Information", "MASH information request answered: attendance 88%, two late marks."], "E3",
     "2024-05-13"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 5, 2), "21:10", "Verbal domestic between mum and partner at the address; no offences; child "
      "asleep. PPN."], "E1", "2024-05-02"),
    ([D(2024, 5, 13), "14:00", "MASH research: DA 02/05 and associate's ABH conviction shared with MASH."], "E3",
     "2024-05-13"),
    ([D(2024, 5, 14), "10:30", "Strategy discussion (MASH, health): single agency s47 by CSC."], "E4",
     "2024-05-14"),
])])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date", "HV", "Entry"]], [
    ([D(2024, 5, 8), "HV Lane", "Home visit for the baby sibling: growth fine, mum well. No concerns."], "A1",
     "2024-05-08"),
    ([D(2024, 5, 13), "HV Lane", "MASH request: shared my visit of 08/05 and no concerns."], "E3", "2024-05-13"),
    ([D(2024, 5, 14), "HV Lane", "Strategy discussion by phone: health to see the baby this week."], "E4",
     "2024-05-14"),
])])

R.csv("Early Help.csv", [], ["Date", "Worker", "Entry"], [
    (["03/06/2024", "EH worker", "Step down from CSC after the s47: family support for mum, parenting course."],
     "A2", "2024-06-03"),
])
R.done()
