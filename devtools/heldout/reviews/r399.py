"""A held-out review (see ../README.md): python r399.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review of harmful sexual behaviour: Jayden (14) harms his cousin Mia (7)
# while babysitting; the disclosure at Mia's school, a strategy discussion, an arrest and interview,
# an AIM assessment, and a safety plan. Vocabulary: "HSB", "AIM3", "safety plan", "Brook traffic
# light", "ABE interview", "RUI" (released under investigation), "DSL". Layouts: Mia's school's
# CPOMS export, its actions in one cell, each with its own date and time ('14/03/2024 10:05 - Rang
# MASH'); Jayden's school's workbook with 'Incident Date' and 'Action Taken'; the police's; social
# care's for each child on one sheet with a 'Child' column; the youth justice service's; CAMHS's.

R.csv("Oak Lane Primary CPOMS.csv", [], ["Incident Date", "Student", "Categories", "Incident", "Actions"], [
    (["13/03/2024 14:20", "Mia B", "Disclosure, Sexual abuse", "Mia told her class teacher that her cousin "
      "'Jay' made her touch him when he babysat at the weekend.", "13/03/2024 14:35 - DSL informed\n"
      "13/03/2024 14:50 - Referral to MASH by phone\n13/03/2024 15:30 - Mum told by CSC, not by school"],
     "E1", "2024-03-13"),
    (["14/03/2024 09:00", "Mia B", "Strategy", "DSL joined the strategy discussion by Teams.", "14/03/2024 10:05"
      " - Notes uploaded"], "E2", "2024-03-14"),
    (["19/03/2024 11:00", "Mia B", "Wellbeing", "Mia quiet in class, sat with the learning mentor at lunch.", ""],
     "A1", "2024-03-19"),
])

R.xlsx("Riverside Academy.xlsx", [("Safeguarding", [], [["Incident Date", "Reported by", "Incident",
                                                         "Action Taken"]], [
    ([D(2024, 2, 1), "Head of Year", "Jayden seen showing older pupils a sexual video on his phone. Brook traffic "
      "light: amber.", "Parents informed; phone confiscated; DSL logged."], "A2", "2024-02-01"),
    ([D(2024, 3, 14), "DSL", "Police and social care: strategy discussion about Jayden and a younger cousin.",
      "Attended. Jayden to stay off school until a safety plan is agreed."], "E2", "2024-03-14"),
    ([D(2024, 4, 8), "DSL", "Return to school meeting with YJS and mum: safety plan agreed, supervised breaks.",
      "Plan shared with staff."], "E5", "2024-04-08"),
])])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Time", "Occurrence"]], [
    ([D(2024, 3, 14), "09:00", "Strategy meeting with CSC, schools and health re Jayden (14) and Mia (7). ABE "
      "interview for Mia to be arranged."], "E2", "2024-03-14"),
    ([D(2024, 3, 15), "13:30", "ABE interview of Mia at the suite: consistent account."], "E3", "2024-03-15"),
    ([D(2024, 3, 18), "10:00", "Jayden voluntarily attended with mum and appropriate adult; interviewed; RUI."],
     "E4", "2024-03-18"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Child", "Worker", "Entry"]], [
    ([D(2024, 3, 13), "Mia", "MASH", "Contact from Oak Lane Primary: Mia disclosed sexual harm by cousin Jayden. "
      "Mum told; Jayden not to babysit."], "E1", "2024-03-13"),
    ([D(2024, 3, 14), "Mia and Jayden", "TM Ross", "Strategy discussion: s47 for Mia; Jayden a child in need, "
      "AIM assessment."], "E2", "2024-03-14"),
    ([D(2024, 3, 15), "Mia", "SW Khan", "Joint ABE with police; Mia and mum seen after."], "E3", "2024-03-15"),
    ([D(2024, 3, 28), "Jayden", "SW Ahmed", "AIM3 assessment with YJS: moderate concern; safety plan."], "E6",
     "2024-03-28"),
])])

R.xlsx("Youth Justice Service.xlsx", [("Contacts", [], [["Date", "Contact", "Summary"]], [
    ([D(2024, 3, 18), "Police station", "Appropriate adult for Jayden's voluntary interview; RUI."], "E4",
     "2024-03-18"),
    ([D(2024, 3, 28), "AIM3", "Joint AIM assessment with CSC: moderate; safety plan."], "E6", "2024-03-28"),
    ([D(2024, 4, 8), "School", "Return to Riverside Academy meeting: safety plan agreed."], "E5", "2024-04-08"),
])])

R.xlsx("CAMHS.xlsx", [("Activity", [], [["Date", "Clinician", "Activity"]], [
    ([D(2024, 4, 22), "Dr Oyelaran", "Choice appointment for Jayden: low mood and shame; therapy for HSB "
      "through YJS."], "A3", "2024-04-22"),
])])
R.done()
