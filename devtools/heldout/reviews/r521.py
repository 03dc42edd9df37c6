"""A held-out review (see ../README.md): python r521.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Jayden (12), a young carer for his mother, who drinks. Each agency tells
# the same event in its own words: the night he rang 999 as 'mum collapsed, 12 year old called 999', 'female
# intoxicated, son on the phone', 'his mum was taken to hospital in the night'; the school's absence as
# 'persistent absence', 'attendance below 60%', 'attendance panel'; the penalty notice as 'fixed penalty
# notice', 'FPN issued'; 'young carers assessment', 'assessed as a young carer'. Layouts: the school's
# attendance sheet with a 'Week beginning' column and the entry's own date; the education welfare service's CSV
# with dates typed '2024-01-09'; the ambulance service's sheet with the call's date-time in one cell; the young
# carers' service's Word paragraphs; the hospital's sheet.

R.xlsx("School.xlsx", [("Attendance and welfare", [], [["Week beginning", "Date", "Note"]], [
    ([D(2024, 1, 8), D(2024, 1, 9), "Attendance meeting with mum and the EWO: attendance below 60% this term. "
      "Jayden says he has to look after mum."], "E1", "2024-01-09"),
    ([D(2024, 1, 22), D(2024, 1, 24), "Jayden in tired and upset: his mum was taken to hospital in the night and he "
      "went with her."], "E2", "2024-01-24"),
    ([D(2024, 2, 5), D(2024, 2, 6), "Young carers worker met Jayden in school for his assessment."], "E3",
     "2024-02-06"),
])])

R.csv("Education Welfare Service.csv", [], ["Date", "Officer", "Record"], [
    (["2024-01-09", "EWO", "Persistent absence meeting at school with mum; she says her health is poor. Warning "
      "of a fixed penalty notice given."], "E1", "2024-01-09"),
    (["2024-02-20", "EWO", "FPN issued to mum: no improvement in attendance."], "S1", "2024-02-20"),
])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date/time of call", "Complaint", "Narrative"]], [
    ([D(2024, 1, 24, 2, 12), "Unconscious", "Female intoxicated and unresponsive; 12 year old son on the phone "
      "doing what we asked. Conveyed with son to ED."], "E2", "2024-01-24"),
])])

R.xlsx("Hospital.xlsx", [("ED", [], [["Arrival", "Entry"]], [
    ([D(2024, 1, 24, 2, 50), "Alcohol intoxication, GCS 9 on arrival. Her son, 12, came with her in the ambulance; "
      "social care EDT informed."], "E2", "2024-01-24"),
])])

R.docx_paragraphs("Young Carers Service.docx", "Young carers service - Jayden", [
    ("06/02/2024 - Young carers assessment at school: Jayden cares for mum most days (meals, medication, "
     "tidying up after her drinking).", "E3", "2024-02-06"),
])
R.done()
