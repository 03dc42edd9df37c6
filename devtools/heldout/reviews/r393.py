"""A held-out review (see ../README.md): python r393.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A looked after child in a children's home: Callum (13) goes missing repeatedly, is found with older men,
# self-harms, and is moved to a secure unit. Vocabulary: "MFC" (missing from care), "absent", "RHI",
# "LADO", "IHA/RHA", "secure welfare order", "DoLS for children", "Reg 40 notification". Layouts: the
# children's home daily log with a shift column and dates 'Mon 04/03/24'; the police's missing
# person records with 'Reported' and 'Found' date-times; the virtual school's CSV; the LAC health
# team's workbook; social care's workbook; the independent reviewing officer's Word notes.

R.xlsx("Oak Lodge Childrens Home.xlsx", [("Daily log", [], [["Date", "Shift", "Staff", "Log"]], [
    (["Mon 04/03/24", "Late", "RSW Kim", "Callum did not return from school. Reported missing to police 19:30 "
      "after checks. Reg 40 notification to Ofsted."], "E1", "2024-03-04"),
    (["Tue 05/03/24", "Early", "RSW Joe", "Callum returned by police at 06:10, found in a car with two adult males "
      "in Eastgate. Smelled of cannabis. RHI requested."], "E2", "2024-03-05"),
    (["Mon 11/03/24", "Late", "RSW Kim", "Callum cut his arm with a broken CD in his room; wound cleaned, not "
      "deep. On-call manager and SW informed."], "E3", "2024-03-11"),
    (["Fri 15/03/24", "Day", "Manager", "Callum moved to Hillside secure unit under a secure order."], "E5",
     "2024-03-15"),
])])

R.xlsx("Police.xlsx", [("Missing persons", [], [["Reported", "Found", "Officer", "Summary"]], [
    ([D(2024, 3, 4, 19, 35), None, "PC Ross", "MFC report from Oak Lodge: 13-year-old male, high risk (CSE "
      "concerns)."], "E1", "2024-03-04"),
    ([D(2024, 3, 5, 5, 50), D(2024, 3, 5, 5, 50), "PC Ross", "Found in a vehicle in Eastgate with two adult males; "
      "both arrested (CAWN considered). Returned to the home."], "E2", "2024-03-05"),
])])

R.csv("Virtual School.csv", [], ["Date", "Officer", "Note"], [
    (["05/03/2024", "VS Officer", "Home told us Callum was missing overnight and found by police early this "
      "morning; not in school today."], "E2", "2024-03-05"),
    (["13/03/2024", "VS Officer", "PEP meeting: attendance 61%. Tutor hours increased."], "A1", "2024-03-13"),
])

R.xlsx("LAC Health.xlsx", [("Contacts", [], [["Date", "Nurse", "Entry"]], [
    ([D(2024, 2, 20), "LAC nurse", "RHA completed at Oak Lodge: healthy weight, immunisations up to date."], "A2",
     "2024-02-20"),
    ([D(2024, 3, 12), "LAC nurse", "Informed by the home of self-harm (cut to arm) yesterday. CAMHS referral "
      "sent."], "E3", "2024-03-12"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 3, 5), "SW Price", "Callum missing from Oak Lodge last night; found by police this morning with two "
      "men. Strategy meeting today."], "E2", "2024-03-05"),
    ([D(2024, 3, 5), "SW Price", "Strategy meeting (police, home, VS): CSE risk high; secure welfare to be "
      "considered."], "E4", "2024-03-05"),
    ([D(2024, 3, 15), "SW Price", "Secure accommodation order granted; Callum taken to Hillside."], "E5",
     "2024-03-15"),
])])

R.docx_paragraphs("IRO.docx", "Independent Reviewing Officer - notes for Callum", [
    ("05/03/2024 - Attended the strategy meeting by Teams. Agreed secure placement is now needed.", "E4",
     "2024-03-05"),
    ("18/03/2024 - Visited Callum at Hillside; he says he feels safer.", "A3", "2024-03-18"),
])
R.done()
