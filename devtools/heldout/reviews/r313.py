"""A held-out review (see ../README.md): python r313.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Tomasz Nowak (52), a Polish man held in labour exploitation at a
# hand car wash, rescued, then back with his exploiters and found dead in a caravan. Vocabulary:
# "modern slavery", "NRM", "reasonable grounds", "conclusive grounds", "MSVCC" (the victim care
# contract), "safe house", "GLAA", "duty to notify", "debt bondage". Layouts: the GLAA's Word table
# whose date column is "When" ("12/09/2023 10am"); the Salvation Army's CSV saved with a byte order
# mark, Polish names in it; the police's sheet with its date-time in the third column after two
# references; adult social care's workbook with "Contacts" and "Assessments" sheets; the GP.

R.docx_table("GLAA.docx", "Gangmasters and Labour Abuse Authority – involvement with T Nowak",
             ["When", "Officer", "What happened"], [
    (["12/09/2023 10am", "GLAA officer", "Joint visit with police to Sparkle Hand Car Wash: 6 workers, no PPE, "
      "living in caravans on site. Tomasz disclosed debt bondage. First responder: NRM referral."], "E1",
     "2023-09-12"),
    (["15/09/2023 2pm", "GLAA officer", "Reasonable grounds decision received: positive."], "E2", "2023-09-15"),
])

R.csv("Salvation Army.csv", [], ["Date", "Worker", "Note"], [
    (["12/09/2023", "Agnieszka Wójcik", "Referral via MSVCC after car wash operation. Tomasz taken to safe house "
      "tonight; interpreter used (Polish)."], "E1", "2023-09-12"),
    (["15/09/2023", "Agnieszka Wójcik", "Positive RG decision. Support plan: GP registration, bank account, "
      "benefits."], "E2", "2023-09-15"),
    (["29/10/2023", "Agnieszka Wójcik", "Tomasz left the safe house overnight, phone off. Police informed as "
      "missing."], "E3", "2023-10-29"),
], encoding="utf-8-sig")

R.xlsx("Police.xlsx", [("Occurrences", [], [["Occ ref", "Crime ref", "Date/Time", "Type", "Details"]], [
    (["OCC-1123", "CR-5521", D(2023, 9, 12, 9, 30), "Modern slavery", "Operation with GLAA at Sparkle Hand Car "
      "Wash. Two males arrested (MSA 2015). Six potential victims; NRM referrals by GLAA."], "E1", "2023-09-12"),
    (["OCC-1298", "", D(2023, 10, 29, 11, 0), "Missing person", "Tomasz NOWAK missing from safe house, "
      "reported by Salvation Army. Medium risk; may have returned to exploiters."], "E3", "2023-10-29"),
    (["OCC-1410", "", D(2023, 12, 3, 8, 20), "Sudden death", "Male found dead in a caravan on land at Mill Lane "
      "(identified as Tomasz NOWAK). CO poisoning suspected (gas heater)."], "E4", "2023-12-03"),
])])

R.xlsx("Adult Social Care.xlsx", [
    ("Contacts", [], [["Date", "Note"]], [
        ([D(2023, 9, 13), "Police notification: modern slavery operation yesterday, six men, one (Tomasz) in "
          "safe house. No care needs identified."], "E1", "2023-09-13"),
        ([D(2023, 12, 4), "Police informed us of Tomasz's death yesterday. SAR referral."], "E4", "2023-12-04"),
    ]),
    ("Assessments", [], [["Date", "Assessment", "Outcome"]], [
        ([D(2023, 10, 2), "Care Act assessment (with interpreter)", "No eligible needs; signposted. Alcohol use "
          "noted."], None, "2023-10-02"),
    ]),
])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    ([D(2023, 9, 20), "New patient (safe house). Alcohol 40 units/week, back pain. Interpreter."], None,
     "2023-09-20"),
])])
R.done()
