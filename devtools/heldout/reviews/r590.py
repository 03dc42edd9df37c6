"""A held-out review (see ../README.md): python r590.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A child safeguarding practice review: a boarding school's house parent grooms Sophie (14), a boarder. Each agency
# tells the same event in its own words: 'Sophie disclosed to the school nurse that Mr K messages her at night' and
# 'Pupil disclosed inappropriate messages and touching by a house parent. DSL informed'; the DSL's call to the LADO
# and the LADO's 'Referral from Ashworth College DSL'; an allegation management meeting; the ABE interview; the
# outcome meeting ('substantiated').
# Layouts: the LADO's log 'Date received | Referrer | Allegation | Action'; the school's Word paragraphs
# '22.01.24 - …' with an en dash; the medical centre's sheet with a title row and 'Date | Time | Seen by | Notes';
# the police's CSV; social care's sheet.

R.xlsx("LADO.xlsx", [("Allegations log", [], [["Date received", "Referrer", "Allegation", "Action"]], [
    ([D(2024, 1, 22), "Ashworth College DSL", "House parent (boarding) alleged to have sent a 14 year old boarder "
      "messages at night and touched her leg.", "Initial consideration: threshold met, AMM tomorrow."], "E2",
     "2024-01-22"),
    ([D(2024, 1, 23), "LADO", "Allegation management meeting: police, school, home authority's children's services. "
      "Police to investigate; house parent suspended.", "Actions set"], "E3", "2024-01-23"),
    ([D(2024, 4, 15), "LADO", "Outcome meeting: allegation substantiated. Dismissal; DBS and TRA referrals.",
      "Closed"], "E6", "2024-04-15"),
])])

R.docx_paragraphs("Ashworth College.docx", "Ashworth College - safeguarding chronology (Sophie R)", [
    ("22.01.24 \u2013 Sophie disclosed to the school nurse that Mr K, her house parent, messages her at night and "
     "touched her leg in the study room.", "E1", "2024-01-22"),
    ("22.01.24 \u2013 DSL phoned the LADO at 15:10; Mr K not to be on duty tonight.", "E2", "2024-01-22"),
    ("23.01.24 \u2013 Head and DSL attended the allegation management meeting; Mr K suspended.", "E3",
     "2024-01-23"),
    ("15.04.24 \u2013 LADO outcome: substantiated. Mr K dismissed; DBS referral made.", "E6", "2024-04-15"),
])

R.xlsx("Ashworth Medical Centre.xlsx", [("Log", [["Ashworth College Medical Centre - boarders' health record"]],
                                         [["Date", "Time", "Seen by", "Notes"]], [
    ([D(2023, 11, 28), T(20, 10), "Sister Ives", "Sophie: headaches, not sleeping, homesick. Paracetamol."], "S1",
     "2023-11-28"),
    ([D(2024, 1, 22), T(13, 40), "Sister Ives", "Pupil disclosed inappropriate messages and touching by a house "
      "parent. DSL informed immediately."], "E1", "2024-01-22"),
])])

R.csv("Police.csv", [], ["Date", "Officer", "Entry"], [
    (["23/01/2024", "DC Ward", "Attended the LADO allegation management meeting: crime recorded, phones to be "
      "seized."], "E3", "2024-01-23"),
    (["06/02/2024", "DC Ward", "ABE interview of the victim (14) with her social worker; parents present."], "E5",
     "2024-02-06"),
    (["28/03/2024", "DC Ward", "CPS advice: insufficient evidence to charge. NFA."], "S4", "2024-03-28"),
])

R.xlsx("Childrens Services.xlsx", [("Case notes", [], [["Date", "Type", "Note"]], [
    ([D(2024, 1, 23), "Meeting", "LADO meeting about Sophie's house parent: police investigating, Sophie to come home "
      "for a week."], "E3", "2024-01-23"),
    ([D(2024, 2, 6), "Joint work", "Supported Sophie at her ABE interview with the police."], "E5", "2024-02-06"),
])])
R.done()
