"""A held-out review (see ../README.md): python r531.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Martin (52), alcohol dependent, in a hostel. Each agency tells the same event in
# its own words: 'found collapsed in the street', 'male slumped in a doorway, intoxicated', 'drunk and
# incapable'; leaving hospital as 'self-discharged against medical advice', 'left before being seen', 'DNW',
# 'walked out of ED'; a fall as 'head injury after a fall on the stairs', 'fell down the hostel stairs',
# 'found at the bottom of the stairs'. Layouts: the ambulance service's sheet with 'Incident date' and 'Call
# time'; the hospital's CSV with 'Attendance' date-times and a 'Discharge method' column; the hostel's incident
# log in Word paragraphs 'Sat 10th Feb - ...' with the year in the title only; the police's sheet; the alcohol
# service's sheet.

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Incident date", "Call time", "Notes"]], [
    ([D(2024, 2, 3), "21:50", "Male slumped in a doorway on Market St, intoxicated, GCS 13. Conveyed to ED."], "E1",
     "2024-02-03"),
    ([D(2024, 2, 10), "02:15", "Fell down the hostel stairs: head wound, smells of alcohol. Conveyed."], "E3",
     "2024-02-10"),
])])

R.csv("Hospital.csv", [], ["Attendance", "Presenting complaint", "Discharge method", "Notes"], [
    (["03/02/2024 22:20", "Intoxication", "Self-discharged", "Found collapsed in the street. Self-discharged "
      "against medical advice at 01:00 before bloods."], "E1", "2024-02-03"),
    (["10/02/2024 02:45", "Head injury", "DNW", "Head injury after a fall on the stairs; left before being seen "
      "(walked out of ED at 04:00)."], "E3", "2024-02-10"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 2, 3), "21:45", "Drunk and incapable male in a doorway, Market St; ambulance requested, officers "
      "stayed until it arrived."], "E1", "2024-02-03"),
])])

R.docx_paragraphs("Hostel.docx", "Riverside Hostel - incident log 2024 (Martin)", [
    ("Sun 4th Feb 2024 - Martin back at 11:00 after a night in hospital; says he walked out.", "S1", "2024-02-04"),
    ("Sat 10th Feb 2024 - Night staff found Martin at the bottom of the stairs at 02:05, bleeding from the head; "
     "999 called.", "E3", "2024-02-10"),
])

R.xlsx("Alcohol Service.xlsx", [("Key work", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 2, 5), "Recovery worker", "Hostel told us Martin was taken to hospital on Saturday after being "
      "found drunk in the street. Detox waiting list."], "E1", "2024-02-05"),
    ([D(2024, 2, 12), "Recovery worker", "Told by the hostel of his fall down the stairs on Saturday night; he left "
      "A&E before being seen."], "E3", "2024-02-12"),
])])
R.done()
