"""A held-out review (see ../README.md): python r582.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review: Kai (4 months), a non-mobile baby whose bruised ear was noticed at a family hub's baby
# massage class. Each agency tells the same event in its own words: 'Bruise behind Kai's left ear noticed at baby
# massage … HV called' and 'Call from the family hub: bruise behind the ear of a 4 month old'; the GP's referral
# and 'Referral from the GP: bruise to a non-mobile baby'; a strategy discussion; the skeletal survey's result as
# the hospital and social care write it.
# Layouts: the family hub's CSV 'Session date | Session | Practitioner | Observation'; health visiting's sheet;
# the GP's sheet with dates typed '2024-09-03'; the hospital's Word table; the police's and social care's sheets.

R.csv("Family Hub.csv", [], ["Session date", "Session", "Practitioner", "Observation"], [
    (["03/09/2024", "Baby massage", "Family practitioner", "Bruise behind Kai's left ear noticed at baby massage; mum "
      "says his sister poked him. HV called, advised GP today."], "E1", "2024-09-03"),
])

R.xlsx("Health Visiting.xlsx", [("Record", [], [["Date", "Contact", "Entry"]], [
    ([D(2024, 9, 3), "Phone", "Call from the family hub: bruise behind the ear of a 4 month old; mum to take him to "
      "the GP today."], "E1", "2024-09-03"),
    ([D(2024, 9, 4), "Meeting", "Strategy discussion by phone: section 47, skeletal survey."], "E3", "2024-09-04"),
])])

R.xlsx("GP Practice.xlsx", [("Consultations", [], [["Date", "Clinician", "Entry"]], [
    (["2024-09-03", "Dr Marsh", "4 month old with a 2 cm bruise behind the left ear. Non-mobile: referred to the "
      "paediatric team and to children's social care."], "E2", "2024-09-03"),
])])

R.docx_table("Hospital.docx", "Paediatrics - child protection", ["Date", "Clinician", "Entry"], [
    (["03/09/2024", "Dr Iqbal", "Child protection medical: 2 cm bruise behind the left ear, no explanation consistent "
      "with a non-mobile infant. Admitted for skeletal survey."], "E4", "2024-09-03"),
    (["05/09/2024", "Dr Iqbal", "Skeletal survey: no fractures. CT head normal."], "E5", "2024-09-05"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Entry"]], [
    ([D(2024, 9, 4), "Strategy discussion: joint section 47 with CSC; parents to be interviewed."], "E3",
     "2024-09-04"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    ([D(2024, 9, 3), "Referral from the GP: bruise to a non-mobile baby; sent to paediatrics."], "E2", "2024-09-03"),
    ([D(2024, 9, 4), "Strategy discussion with police, health visitor and paediatrician: section 47."], "E3",
     "2024-09-04"),
    ([D(2024, 9, 6), "Paediatrician: skeletal survey showed no fractures yesterday."], "E5", "2024-09-06"),
])])
R.done()
