"""A held-out review (see ../README.md): python r541.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Chloe (16), a concealed pregnancy and a birth at home. Each agency tells
# the same event in its own words: 'given birth in bathroom', 'BBA', 'unbooked 16 yo admitted after birth at
# home', 'delivered at home yesterday'; the strategy discussion as 'strat call', 'strategy meeting re concealed
# pregnancy', 'safeguarding midwife joined'. Layouts: the ambulance service's sheet; maternity's Word paragraphs
# opening 'Date: 07/01/2024, 03:40.'; children's social care's CSV with dates as '07 Jan 2024'; the school's
# safeguarding system export with 'Incident Date', 'Categories' and 'Actions'; the police's sheet; the GP's sheet.

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date", "Time", "Incident"]], [
    ([D(2024, 1, 7), "03:32", "Call from mother: daughter 16 has given birth in the bathroom, family unaware of "
      "pregnancy. BBA, baby approx 35/40, cord clamped and cut. Both conveyed to maternity."], "E1",
     "2024-01-07"),
])])

R.docx_paragraphs("Maternity.docx", "Maternity services - safeguarding chronology", [
    ("Date: 07/01/2024, 03:40. Unbooked 16 yo admitted after birth at home; concealed pregnancy. Baby to NNU "
     "for observations.", "E1", "2024-01-07"),
    ("Date: 08/01/2024, 10:15. Safeguarding referral to children's social care: concealed pregnancy, mother "
     "16, father of the baby not named.", "E2", "2024-01-08"),
    ("Date: 09/01/2024, 14:00. Safeguarding midwife joined the strategy call with police and CSC.", "E3",
     "2024-01-09"),
])

R.csv("Childrens Social Care.csv", [], ["Date", "Worker", "Case note"], [
    (["08 Jan 2024", "MASH", "Contact from maternity: 16 year old delivered at home yesterday, pregnancy "
      "concealed; father unknown."], "E2", "2024-01-08"),
    (["09 Jan 2024", "SW Patel", "Strat call with police and midwifery: s47 for Chloe and the baby; police to "
      "consider offences if the father is an adult."], "E3", "2024-01-09"),
    (["15 Jan 2024", "SW Patel", "Telephoned the DSL at Chloe's school to share information about the birth."],
     "E4", "2024-01-15"),
])

R.xlsx("School.xlsx", [("Export", [], [["Incident Date", "Categories", "Incident", "Actions"]], [
    ([D(2023, 11, 20), "Attendance", "Chloe off sick with stomach pains, mum phoned in.", "None"], "S1",
     "2023-11-20"),
    ([D(2024, 1, 15), "Safeguarding", "Chloe back after illness. SW rang the DSL: Chloe gave birth at home last "
      "week.", "Pastoral support plan"], "E4", "2024-01-15"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Entry"]], [
    ([D(2024, 1, 9), "Strategy meeting re concealed pregnancy of a 16 year old: identity and age of the father to "
      "be established."], "E3", "2024-01-09"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2023, 10, 2), "Seen with mum: abdominal pain, weight gain, irregular periods. Pregnancy test declined."],
     "S2", "2023-10-02"),
])])
R.done()
