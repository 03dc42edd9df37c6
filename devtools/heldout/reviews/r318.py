"""A held-out review (see ../README.md): python r318.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 16-year-old (Kian) in the youth justice system: an arrest for robbery, a court hearing, a referral
# order, then missing and arrested again out of the area. Vocabulary: "YJS", "referral order panel",
# "RUI", "appropriate adult", "PACE", "remand", "intensive supervision". Layouts: the youth justice
# service's sheet with each entry in one cell, its date on the first line and the text below; the
# police's CSV with dates "05-03-24" and times "2.30pm"; the court's list; children's social care;
# the school.

# The youth justice service: a title in row 1, no header; the date on the first line of each cell.
R.xlsx("Youth Justice Service.xlsx", [("Case diary", [["Case diary – Kian"]], [], [
    (["05/03/2024\nAppropriate adult (YJS volunteer) at custody for Kian's interview for robbery. RUI."], "E1",
     "2024-03-05"),
    (["18/04/2024\nCourt: pleaded guilty to robbery; 9-month referral order."], "E2", "2024-04-18"),
    (["02/05/2024\nReferral order panel held: contract agreed, reparation and weekly sessions."], None, "2024-05-02"),
    (["20/05/2024\nMum rang: Kian not home since Saturday. Police aware."], "E3", "2024-05-20"),
])])

R.csv("Police.csv", [], ["Date", "Time", "Type", "Details"], [
    (["05-03-24", "2.30pm", "Robbery", "Kian (16) arrested for street robbery of a phone. Interviewed with an "
      "appropriate adult from YJS. Released under investigation."], "E1", "2024-03-05"),
    (["18-05-24", "9.15pm", "Missing", "Kian reported missing by mother. Medium risk, CCE concerns."], "E3",
     "2024-05-18"),
    (["21-05-24", "1.40am", "Arrest", "Kian found in Leeds in a car with drugs and cash; arrested for possession "
      "with intent. Missing report closed."], "E4", "2024-05-21"),
])

R.xlsx("Magistrates Court.xlsx", [("Listings", [], [["Hearing date", "Court", "Result"]], [
    ([D(2024, 4, 18), "Youth court", "Guilty plea (robbery). Referral order 9 months."], "E2", "2024-04-18"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    ([D(2024, 3, 6), "Police notification: Kian arrested yesterday for robbery. CIN worker to visit."], "E1",
     "2024-03-06"),
    ([D(2024, 5, 19), "EDT: Kian missing since yesterday evening; police have the report."], "E3", "2024-05-19"),
    ([D(2024, 5, 21), "West Yorkshire Police: Kian arrested in Leeds overnight with drugs. Strategy meeting "
      "requested (CCE)."], "E4", "2024-05-21"),
])])

R.xlsx("Ashworth Academy.xlsx", [("Behaviour and safeguarding", [], [["Date", "Logged by", "Note"]], [
    ([D(2024, 3, 6), "DSL", "Kian absent: mum says he was arrested yesterday."], "E1", "2024-03-06"),
    ([D(2024, 5, 20), "Attendance", "Kian absent; mum says he has been missing since Saturday."], "E3",
     "2024-05-20"),
])])
R.done()
