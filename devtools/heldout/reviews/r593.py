"""A held-out review (see ../README.md): python r593.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A child safeguarding practice review: Ana Popescu (15) has infectious tuberculosis and stops taking her treatment.
# Each agency tells the same event in its own words: 'Pulmonary TB confirmed, smear positive; started RIPE; notified
# to UKHSA' and 'Notification from the Royal Free: 15F smear-positive pulmonary TB'; the TB nurse's home visit and
# the interpreting service's booking for it; the school contacts' screening agreed with the school; the TB service's
# referral to social care.
# Layouts: the hospital's sheet; the health protection team's CSV 'Date entered | Context | Action'; the TB
# nurses' Word paragraphs '09/05/2024 – …'; the interpreting service's sheet 'Job date | Start | Language |
# Requester | Location'; the school's OpenDocument sheet; social care's sheet.

R.xlsx("Royal Free Hospital.xlsx", [("Respiratory", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 5, 7), "Dr Kaur", "Pulmonary TB confirmed, smear positive. Started RIPE. Notified to UKHSA; TB nurses to "
      "visit the household."], "E1", "2024-05-07"),
])])

R.csv("UKHSA North London HPT.csv", [], ["Date entered", "Context", "Action"], [
    (["07/05/2024", "Case", "Notification from the Royal Free: 15F smear-positive pulmonary TB. School and household "
      "contacts to be assessed."], "E1", "2024-05-07"),
    (["10/05/2024", "Setting", "Meeting at Highgate Wood School with the head and school nurse: 28 pupils in her "
      "classes to be screened; letters to parents."], "E3", "2024-05-10"),
])

R.docx_paragraphs("TB Nursing Service.docx", "TB nursing service - Ana Popescu", [
    ("09/05/2024 \u2013 Home visit with a Romanian interpreter: seven people in two bedrooms. Directly observed "
     "therapy (DOT) set up, three times a week.", "E2", "2024-05-09"),
    ("20/06/2024 \u2013 Fifth missed DOT in two weeks; home visit, no answer.", "S4", "2024-06-20"),
    ("24/06/2024 \u2013 Referral to children's services: medical neglect, treatment not being taken, infectious "
     "risk to others.", "E4", "2024-06-24"),
])

R.xlsx("Interpreting Service.xlsx", [("Jobs", [], [["Job date", "Start", "Language", "Requester", "Location"]], [
    ([D(2024, 5, 9), T(10, 0), "Romanian", "TB nursing service", "Home visit, Popescu household, Seven Sisters Rd"],
     "E2", "2024-05-09"),
])])

R.ods("Highgate Wood School.ods", "Safeguarding", ["Date", "Staff", "Record"], [
    ([D(2024, 5, 10), "Head", "UKHSA and the school nurse met the head: TB screening for 28 pupils, letters home "
      "today."], "E3", "2024-05-10"),
    ([D(2024, 6, 3), "Attendance", "Ana back in school part-time; not infectious now per the TB nurse."], "S5",
     "2024-06-03"),
])

R.xlsx("Childrens Services.xlsx", [("Notes", [], [["Date", "Type", "Note"]], [
    ([D(2024, 6, 24), "Contact", "Referral from the TB service: Ana (15) not taking TB treatment, missed DOT visits. "
      "Strategy discussion to be held."], "E4", "2024-06-24"),
])])
R.done()
