"""A held-out review (see ../README.md): python r602.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A child safeguarding practice review: Tia (6) lives with her great-grandmother, whose dementia is getting worse.
# Each agency tells the same event in its own words: the police's 'Child (6) found in the street in her nightie at
# 02:10' and the out-of-hours team's 'Police: 6 year old found wandering at 2am; great-grandmother confused'; the
# memory clinic's appointment and the school's 'Tia collected early for nan's memory clinic appointment'; a strategy
# discussion; a family group conference.
# Layouts: the police's CSV with a 'Date/Time' column typed '12/02/2024 02:10'; children's services' sheet; the
# school's sheet; the memory clinic's Word table; the GP's OpenDocument sheet; the family group conference service's
# Word paragraphs.

R.csv("Police.csv", [], ["Date/Time", "Log", "Details"], [
    (["12/02/2024 02:10", "L-2211", "Child (6) found in the street in her nightie by a taxi driver. Home address: "
      "great-grandmother (88) confused, did not know she had gone out. Child taken to the station; EDT informed."],
     "E1", "2024-02-12"),
    (["13/02/2024 10:00", "L-2211", "Strategy discussion with children's services and the school: S47."], "E2",
     "2024-02-13"),
])

R.xlsx("Childrens Services.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 2, 12), "EDT", "Police: 6 year old found wandering at 2am; great-grandmother confused. Tia placed with her "
      "great-aunt tonight."], "E1", "2024-02-12"),
    ([D(2024, 2, 13), "SW Grant", "Strategy discussion: police, school. Single agency S47; Tia to stay with her "
      "great-aunt."], "E2", "2024-02-13"),
    ([D(2024, 3, 5), "SW Grant", "Family group conference: great-aunt to care for Tia; nan to move to a care home."],
     "E4", "2024-03-05"),
])])

R.xlsx("St Peters Primary.xlsx", [("Log", [], [["Date", "Staff", "Entry"]], [
    ([D(2024, 1, 23), "Office", "Tia collected early for nan's memory clinic appointment at 1.30."], "E0",
     "2024-01-23"),
    ([D(2024, 2, 13), "DSL", "Strategy discussion by phone with police and the social worker."], "E2", "2024-02-13"),
])])

R.docx_table("Memory Clinic.docx", "Memory assessment service - Mrs Edna Hall", ["Date", "Clinician", "Entry"], [
    (["23/01/2024", "Dr Price", "Seen with her great-granddaughter (6): MMSE 17/30, moderate Alzheimer's. Lives alone "
      "with the child. GP letter; social care referral advised."], "E0", "2024-01-23"),
])

R.ods("GP Practice.ods", "Journal", ["Date", "Clinician", "Entry"], [
    ([D(2024, 1, 30), "Dr Khan", "Memory clinic letter: moderate Alzheimer's. Cares for her great-granddaughter; will "
      "discuss with social care."], "E0", "2024-01-30"),
])

R.docx_paragraphs("Family Group Conference Service.docx", "Family group conference service", [
    ("5 March 2024 - FGC held at the community centre: great-aunt to be Tia's carer; nan to move to a care home.",
     "E4", "2024-03-05"),
])
R.done()
