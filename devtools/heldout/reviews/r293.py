"""A held-out review (see ../README.md): python r293.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 10-year-old (Jayden) with a broken wrist said to be from a fall from his bike, who tells school his
# stepfather twisted his arm. Vocabulary: "distal radius fracture", "backslab", "fracture clinic",
# "strategy discussion", "CP medical", "ABE", "DSL". Layouts: the GP's print of consultations, each
# a row with the date and the clinician and the kind of consultation, and its parts ("History:",
# "Examination:", "Plan:") on rows below with no date (rows that go on an entry carry no event of
# their own); the hospital with dates written "06-Mar-2023"; the school; children's services; the police.

R.xlsx("GP Surgery.xlsx", [("Consultations", [], [["Date", "Consultation"]], [
    (["08-Mar-2023", "Admin – Letter received"], "E1", "2023-03-08"),
    ([None, "History: ED letter: distal radius fracture 06/03, fell off his bike. Backslab, fracture clinic."], None,
     "2023-03-08"),
    (["10-Mar-2023", "Admin – Letter received"], "E4", "2023-03-10"),
    ([None, "History: CP medical 08/03: injury consistent with a twisting force; explanation of a fall not "
      "consistent."], None, "2023-03-10"),
    (["20-Mar-2023", "Dr Shah – Surgery consultation"], None, "2023-03-20"),
    ([None, "History: wrist pain in the cast at night. Mum present; Jayden quiet."], None, "2023-03-20"),
    ([None, "Plan: paracetamol; safety net advice."], None, "2023-03-20"),
])])

R.xlsx("County Hospital.xlsx", [("Attendances", [], [["Date", "Department", "Notes"]], [
    (["06-Mar-2023", "ED", "10M, fell off bike per mum, L wrist deformity. X-ray: distal radius fracture. Backslab, "
      "fracture clinic."], "E1", "2023-03-06"),
    (["08-Mar-2023", "Paediatrics", "CP medical at police request: bruising to upper arm, fracture consistent with a "
      "twisting injury. Fall explanation not consistent."], "E4", "2023-03-08"),
    (["14-Mar-2023", "Fracture clinic", "Cast applied, review 4 weeks."], None, "2023-03-14"),
])])

R.xlsx("Meadow Primary School.xlsx", [("Safeguarding", [], [["Date", "Staff", "Concern", "Action"]], [
    ([D(2023, 3, 7), "Class teacher", "Jayden in a backslab; said his stepdad twisted his arm behind his back "
      "because he was cheeky.", "DSL referral to children's services."], "E2", "2023-03-07"),
    ([D(2023, 3, 7), "DSL", "Strategy discussion by phone with CSC and police.", "Jayden to go home to mum only."],
     "E3", "2023-03-07"),
])])

R.xlsx("Childrens Services.xlsx", [("Notes", [], [["Date", "Type", "Note"]], [
    ([D(2023, 3, 7), "Contact", "School: Jayden (10) says stepfather twisted his arm; broken wrist on Monday."],
     "E2", "2023-03-07"),
    ([D(2023, 3, 7), "Strategy", "Strategy discussion: police, school, health. S47; CP medical tomorrow; stepfather "
      "to stay away."], "E3", "2023-03-07"),
    ([D(2023, 3, 8), "S47", "CP medical: twisting injury, explanation not consistent."], "E4", "2023-03-08"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Details"]], [
    ([D(2023, 3, 7), "Strategy discussion (CAIT): joint S47. Stepfather to be interviewed."], "E3", "2023-03-07"),
    ([D(2023, 3, 8), "CP medical outcome: non-accidental twisting injury."], "E4", "2023-03-08"),
])])
R.done()
