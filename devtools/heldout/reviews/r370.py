"""A held-out review (see ../README.md): python r370.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Medical neglect of Ethan (15), who has Duchenne muscular dystrophy and uses a powered wheelchair: not
# brought to the neuromuscular clinic or the sleep study, his night ventilation not used, an admission
# with a chest infection. Each service words a missed appointment its own way: "WNB", "no show",
# "DNA x2", "cancelled by mum on the day", "not brought". Vocabulary: "NIV" (night ventilation),
# "TAC" (team around the child), "OT", "wheelchair services", "EHCP", "TCI" (to come in). Layouts: the
# children's hospital's outpatient list with Clinic, Appointment and Outcome columns; the school's
# return whose date column is headed 'Date of concern'; the GP's CSV; a community nursing team's
# .xlsx; social care's Word table.

R.xlsx("Childrens Hospital.xlsx", [("Outpatients", [], [["Appointment", "Clinic", "Outcome", "Comments"]], [
    ([D(2024, 1, 10, 9, 30), "Neuromuscular", "WNB", "Second was-not-brought. Letter to GP and school nurse; "
      "safeguarding team informed."], "E1", "2024-01-10"),
    ([D(2024, 2, 7, 20, 0), "Sleep study (TCI)", "Cancelled by parent", "Mum rang at 4pm to cancel, transport "
      "problems. Rebooked."], "E3", "2024-02-07"),
    ([D(2024, 3, 4, 14, 0), "Ward 5 admission", "Admitted", "Chest infection, type 2 respiratory failure; NIV not "
      "used at home for months (machine in its box). Safeguarding referral to CSC."], "E5", "2024-03-04"),
])])

R.csv("Hilltop Surgery.csv", [], ["Date", "Clinician", "Entry"], [
    (["15/01/2024", "Dr Shaw", "Letter from neuromuscular team: Ethan not brought to clinic 10/01 (2nd time). Tried "
      "to call mum, no answer."], "E1", "2024-01-15"),
    (["05/03/2024", "Admin", "Notification from Ward 5: admitted 04/03 with chest infection; safeguarding referral "
      "made."], "E5", "2024-03-05"),
])

R.xlsx("Westbrook School.xlsx", [("Concerns", [], [["Date of concern", "Staff", "Concern", "Action"]], [
    ([D(2024, 1, 16), "School nurse", "Hospital letter: Ethan missed his neuromuscular clinic again. He says mum "
      "'forgot'. Looks tired, says he doesn't use his mask at night.", "Call to mum; TAC to be arranged"], "E1",
     "2024-01-16"),
    ([D(2024, 2, 13), "SENCO", "TAC meeting at school: mum, OT, community nurse, school nurse. Mum struggling with "
      "his care on her own.", "Plan: reminders, help with transport"], "E4", "2024-02-13"),
    ([D(2024, 3, 4), "Class teacher", "Ethan off - mum phoned, he's in hospital with a chest infection.", "Work "
      "sent"], "E5", "2024-03-04"),
])])

R.xlsx("Community Childrens Nursing.xlsx", [("Visits", [], [["Date", "Nurse", "Visit notes"]], [
    ([D(2024, 1, 16), "CCN Patel", "Call from school nurse re missed clinic; home visit booked."], "E1",
     "2024-01-16"),
    ([D(2024, 2, 13), "CCN Patel", "Team around the child at Westbrook: NIV compliance poor; I will visit weekly to "
      "set it up."], "E4", "2024-02-13"),
    ([D(2024, 2, 20), "CCN Patel", "Home visit: NIV machine not unpacked. Mum says Ethan refuses it. Showed both "
      "how to use it."], "A1", "2024-02-20"),
])])

R.docx_table("Childrens Social Care.docx", "Children's Social Care - Ethan", ["Date", "Worker", "Record"], [
    (["04/03/2024", "MASH", "Referral from the children's hospital: Ethan admitted with respiratory failure; home "
      "ventilation not used; missed appointments. Strategy discussion to be held."], "E5", "2024-03-04"),
    (["06/03/2024", "SW Lowe", "Strategy discussion (hospital, police, school nurse): s47 - medical neglect."], "E6",
     "2024-03-06"),
])
R.done()
