"""A held-out review (see ../README.md): python r494.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Ethan (12), non-verbal and autistic, injuries at home. Layouts: a short
# breaks unit's 'Stay start | Stay end | Notes' (each row a stay of days); a special school's home-school diary
# ('Date | Diary entry (school)' beside 'Reply from home'); the disabled children's team's 'Date | Worker |
# Contact type | Record'; the community paediatrician's letters as a Word table; the police's sheet.

R.xlsx("Short Breaks.xlsx", [("Stays", [], [["Stay start", "Stay end", "Notes"]], [
    ([D(2024, 1, 19), D(2024, 1, 21), "Bruising to both upper arms noticed at the arrival body map; dad said Ethan "
      "bangs into doorframes. Reported to the disabled children's team."], "E1", "2024-01-19"),
    ([D(2024, 2, 16), D(2024, 2, 18), "Settled stay. No marks at arrival."], "S1", "2024-02-16"),
])])

R.xlsx("Meadowbank School.xlsx", [("Diary", [], [["Date", "Diary entry (school)", "Reply from home"]], [
    ([D(2024, 1, 22), "Ethan upset at swimming when changing, marks on his arms. Told our DSL.",
      "He bumps himself."], "E1b", "2024-01-22"),
    ([D(2024, 3, 4), "Ethan has a black eye and a swollen cheek this morning. DSL has phoned social care.", ""],
     "E3", "2024-03-04"),
])])

R.xlsx("Disabled Children's Team.xlsx", [("Case record", [], [["Date", "Worker", "Contact type", "Record"]], [
    ([D(2024, 1, 19), "SW Hardy", "Information received", "Short breaks: bruises to Ethan's upper arms at the body "
      "map on arrival. Dad's explanation accepted; to discuss at the next visit."], "E1", "2024-01-19"),
    ([D(2024, 2, 1), "SW Hardy", "Home visit", "Parents exhausted, dad says he 'manhandles' Ethan to get him into "
      "the car. Advice given."], "S2", "2024-02-01"),
    ([D(2024, 3, 4), "Duty SW", "Contact", "School: black eye and swollen cheek, Ethan cannot say how."], "E3",
     "2024-03-04"),
    ([D(2024, 3, 4), "Duty SW", "Strategy discussion", "With police: joint s47 enquiry, child protection medical "
      "today with community paediatrics."], "E5", "2024-03-04"),
])])

R.docx_table("Community Paediatrics.docx", "Community paediatrics - letters", ["Date", "Clinician", "Letter"], [
    (["04/03/2024", "Dr Amin", "Child protection medical: periorbital bruising left eye and cheek bruising, "
      "consistent with a blow; old bruises of differing ages on both arms. Injuries likely inflicted."], "E4",
     "2024-03-04"),
])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Time", "Occurrence"]], [
    ([D(2024, 3, 4), "13:00", "Strategy discussion with CSC: 12 year old non-verbal child with facial bruising. "
      "Joint s47; medical arranged."], "E5", "2024-03-04"),
    ([D(2024, 3, 5), "09:30", "Father arrested at home for assault on a child, after the paediatrician found the "
      "injuries likely inflicted."], "S3", "2024-03-05"),
])])
R.done()
