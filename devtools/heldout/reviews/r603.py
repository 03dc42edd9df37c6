"""A held-out review (see ../README.md): python r603.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A child safeguarding practice review: Kyle (17) in a young offender institution, his self-harm and his release.
# Each agency tells the same event in its own words: the YOI's 'ACCT opened after Kyle cut his arm with a razor
# blade' and the healthcare unit's 'Superficial lacerations to the L forearm, steri-strips'; the youth justice
# service's 'YOI rang: Kyle self-harmed, ACCT opened'; the remand review at court; his release and the youth justice
# service's 'Collected Kyle from the gate'.
# Layouts: the YOI's sheet 'Date | Wing | Entry'; the healthcare unit's CSV; the youth justice service's sheet; the
# court's Word table; the supported accommodation's OpenDocument sheet.

R.xlsx("HMYOI Wetherby.xlsx", [("Wing log", [], [["Date", "Wing", "Entry"]], [
    ([D(2024, 6, 3), "Keppel", "ACCT opened after Kyle cut his arm with a razor blade from a shaver; on constant "
      "watch overnight."], "E1", "2024-06-03"),
    ([D(2024, 7, 19), "Reception", "Released at the end of his sentence to the youth justice worker at the gate."],
     "E4", "2024-07-19"),
])])

R.csv("Wetherby Healthcare.csv", [], ["Date", "Clinician", "Entry"], [
    (["03/06/2024", "Nurse Ali", "Superficial lacerations to the L forearm x4, steri-strips. Mental health in-reach "
      "referral."], "E1", "2024-06-03"),
])

R.xlsx("Youth Justice Service.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 6, 4), "YJ worker Bell", "YOI rang: Kyle self-harmed yesterday, ACCT opened. Told his mum."], "E1",
     "2024-06-04"),
    ([D(2024, 6, 20), "YJ worker Bell", "Court: remand review by video link; bail refused."], "E3", "2024-06-20"),
    ([D(2024, 7, 19), "YJ worker Bell", "Collected Kyle from the gate at Wetherby; to his supported flat."], "E4",
     "2024-07-19"),
])])

R.docx_table("Leeds Youth Court.docx", "Leeds Youth Court - register extract", ["Date", "Hearing", "Result"], [
    (["20/06/2024", "Remand review (video link from HMYOI Wetherby)", "Bail refused; remanded to youth detention "
      "accommodation."], "E3", "2024-06-20"),
])

R.ods("Supported Accommodation.ods", "Log", ["Date", "Staff", "Entry"], [
    ([D(2024, 7, 19), "Key worker", "Kyle moved in this afternoon, brought by his YJS worker from Wetherby."], "E4",
     "2024-07-19"),
])
R.done()
