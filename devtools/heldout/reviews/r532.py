"""A held-out review (see ../README.md): python r532.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Leah (12), type 1 diabetes, medical neglect. Each agency tells the same
# event in its own words: 'DKA', 'diabetic ketoacidosis', 'very unwell with high sugars', 'blood ketones 6.2';
# the clinic as 'not brought to diabetes clinic', 'third missed diabetes appointment', 'WNB'; the meeting as
# 'professionals meeting about her diabetes care', 'multi-agency meeting (medical neglect)'. Layouts: the
# diabetes team's sheet with the HbA1c in its own column; the school's log with time and date in one cell;
# the hospital's Word table; children's social care's CSV; the GP's sheet.

R.xlsx("Paediatric Diabetes Team.xlsx", [("Contacts", [], [["Date", "Contact", "HbA1c", "Note"]], [
    ([D(2024, 4, 9), "Clinic", None, "Not brought to diabetes clinic (third missed appointment). Letter to GP and "
      "school nurse."], "E1", "2024-04-09"),
    ([D(2024, 5, 14), "Inpatient", 121, "Seen on the ward after admission with DKA; insulin not being given at "
      "home."], "S1", "2024-05-14"),
    ([D(2024, 5, 21), "Meeting", None, "Professionals meeting about her diabetes care with social care and school: "
      "medical neglect."], "E3", "2024-05-21"),
])])

R.xlsx("School.xlsx", [("Log", [], [["When", "Record"]], [
    (["13/05/2024 10:40", "Leah very unwell with high sugars, vomiting; blood ketones 6.2. Mum not answering; "
      "ambulance called."], "E2", "2024-05-13"),
    (["21/05/2024 14:00", "Multi-agency meeting (medical neglect) - DSL and school nurse attended."], "E3",
     "2024-05-21"),
])])

R.docx_table("Hospital.docx", "Children's ward - Leah", ["Date", "Entry"], [
    (["13/05/2024", "Admitted via ED with diabetic ketoacidosis (pH 7.1). HDU overnight. Safeguarding referral: "
      "repeated missed insulin."], "E2", "2024-05-13"),
])

R.csv("Children's Social Care.csv", [], ["Date", "Worker", "Summary"], [
    (["14/05/2024", "MASH", "Referral from the children's ward: 12 year old admitted in DKA yesterday, missed "
      "insulin, missed clinics."], "E2", "2024-05-14"),
    (["21/05/2024", "SW Moss", "Multi-agency meeting on Leah's diabetes: child in need plan, insulin supervised at "
      "school."], "E3", "2024-05-21"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 4, 10), "Letter: Leah was not brought to diabetes clinic again (3rd time)."], "E1", "2024-04-10"),
])])
R.done()
