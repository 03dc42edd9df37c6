"""A held-out review (see ../README.md): python r556.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Grace (11), living with a family friend in a private fostering
# arrangement nobody notified. Each agency tells the same event in its own words: 'private fostering
# notification received from school', 'DSL notified CSC that Grace lives with a family friend (private
# fostering)'; the assessment visit as 'PF assessment visit to Mrs Adeyemi's home', 'social worker visited to
# assess the arrangement'; the injury as 'bruise to Grace's arm, says Auntie grabbed her', 'bruising to upper
# arm, explanation inconsistent'. Layouts: the school's sheet 'Date Logged | Date of Incident | Details' (logged
# the day after); children's social care's Word table; the GP's sheet; the police's sheet.

R.xlsx("School.xlsx", [("Concerns", [], [["Date Logged", "Date of Incident", "Details"]], [
    ([D(2024, 1, 16), D(2024, 1, 15), "Grace told her teacher she lives with 'Auntie', a family friend, since "
      "September; mum is abroad. DSL notified CSC (private fostering)."], "E1", "2024-01-15"),
    ([D(2024, 3, 5), D(2024, 3, 4), "Bruise to Grace's arm, says Auntie grabbed her when she was late home. "
      "DSL referred to MASH."], "E3", "2024-03-04"),
])])

R.docx_table("Childrens Social Care.docx", "Children's social care - chronology (Grace)", ["Date", "Record"], [
    (["15/01/2024", "Private fostering notification received from school: 11 year old living with a family "
      "friend since September."], "E1", "2024-01-15"),
    (["23/01/2024", "PF assessment visit to Mrs Adeyemi's home: Grace has her own room; DBS checks started."],
     "E2", "2024-01-23"),
    (["04/03/2024", "MASH: school referral - bruising to upper arm, explanation inconsistent."], "E3",
     "2024-03-04"),
    (["04/03/2024", "Strategy discussion with police: s47; joint visit tomorrow."], "E4", "2024-03-04"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 1, 30), "Grace registered as a temporary resident, brought by a family friend; no previous "
      "records available."], "S1", "2024-01-30"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Entry"]], [
    ([D(2024, 3, 4), "Strategy discussion with CSC: 11 year old in private fostering, bruise to arm from the "
      "carer; joint visit tomorrow."], "E4", "2024-03-04"),
])])
R.done()
