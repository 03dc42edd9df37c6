"""A held-out review (see ../README.md): python r530.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Freya (15), out of school through anxiety, then a ligature. Each agency
# tells the same event in its own words: 'emotionally based school avoidance', 'EBSA', 'not attending because of
# anxiety'; the plan as 'part-time timetable agreed', 'reduced timetable'; the night as 'found by mum with a
# ligature', 'attempted hanging', 'tied something round her neck'. Layouts: the school's attendance and
# pastoral sheet with the date in 'Day' and the text in 'Comments'; the CAMHS sheet with a 'Contact date' and a
# 'Contact outcome'; the ambulance service's CSV; the hospital's Word table; the GP's sheet.

R.xlsx("Secondary School.xlsx", [("Pastoral", [], [["Day", "Staff", "Comments"]], [
    ([D(2024, 1, 15), "Head of year", "Meeting with mum: Freya not attending because of anxiety (EBSA). Part-time "
      "timetable agreed from next week; referral to the mental health support team."], "E1", "2024-01-15"),
    ([D(2024, 3, 4), "DSL", "Mum rang: Freya tied something round her neck on Saturday night and was taken to "
      "hospital. Home learning set."], "E3", "2024-03-04"),
])])

R.xlsx("CAMHS.xlsx", [("Contacts", [], [["Contact date", "Clinician", "Contact outcome", "Note"]], [
    ([D(2024, 1, 15), "MHST practitioner", "Attended", "School meeting on emotionally based school avoidance: "
      "reduced timetable; CBT sessions offered."], "E1", "2024-01-15"),
    ([D(2024, 2, 12), "MHST practitioner", "Was not brought", "Second missed session."], "S1", "2024-02-12"),
    ([D(2024, 3, 3), "Liaison nurse", "Attended", "Seen in ED after an attempted hanging last night: safety plan, "
      "urgent follow up."], "S2", "2024-03-03"),
])])

R.csv("Ambulance Service.csv", [], ["Date", "Time", "Narrative"], [
    (["02/03/2024", "23:35", "15F found by mum with a ligature round her neck, removed by mum; GCS 15, marks to the "
      "neck. Conveyed to ED."], "E3", "2024-03-02"),
])

R.docx_table("Hospital.docx", "Emergency department - Freya", ["Date", "Entry"], [
    (["02/03/2024", "Attempted hanging at home (ligature, removed by mother). Observed overnight; CAMHS liaison in "
      "the morning."], "E3", "2024-03-02"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 3, 5), "ED letter: attended 02/03 after a ligature at home; discharged with CAMHS follow up."], "E3",
     "2024-03-05"),
])])
R.done()
