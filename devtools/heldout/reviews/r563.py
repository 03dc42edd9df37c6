"""A held-out review (see ../README.md): python r563.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Ana Popescu (9 months), measles in an unvaccinated family in temporary
# accommodation. Each agency tells the same event in its own words: 'suspected measles, notified to UKHSA' and
# 'Notification from GP: suspected measles'; the contact tracing as 'Measles confirmed by PCR; contact tracing …
# nursery contacts' and 'UKHSA called: a confirmed measles case in a pupil's sibling'; PICU as 'measles
# pneumonitis, transferred to PICU, ventilated' and 'Ana ventilated in PICU with measles'.
# Layouts: the health protection team's CSV with a byte order mark; the GP's dates typed '05 February 2024'; the
# hospital's date-times; health visiting's 'No. | Date | Contact | Entry'; the nursery's Word table; social care's
# and housing's sheets.

R.xlsx("GP Practice.xlsx", [("Consultations", [], [["Date", "Clinician", "Entry"]], [
    (["05 February 2024", "Dr Shah", "Fever and rash for 3 days, conjunctivitis: suspected measles, notified to "
      "UKHSA. Sent to the paediatric assessment unit."], "E1", "2024-02-05"),
    (["09 February 2024", "Practice nurse", "MMR given to Ionut (catch-up), arranged by the health visitor."], "S3",
     "2024-02-09"),
])])

R.csv("UKHSA Health Protection Team.csv", [], ["Date", "Case ref", "Log entry"], [
    (["05/02/2024", "HP-88120", "Notification from GP: suspected measles, 9 month old, unvaccinated household."],
     "E1", "2024-02-05"),
    (["06/02/2024", "HP-88120", "Measles confirmed by PCR. Contact tracing: sibling Ionut (4) unvaccinated, "
      "nursery contacts identified; MMR offered to the household."], "E3", "2024-02-06"),
], encoding="utf-8-sig")

R.xlsx("Childrens Hospital.xlsx", [("Record", [], [["Date", "Note"]], [
    ([D(2024, 2, 5, 16, 40), "PAU: measles likely, sats 91%, admitted to an isolation cubicle."], "S1",
     "2024-02-05"),
    ([D(2024, 2, 10, 3, 15), "Deteriorated: measles pneumonitis, transferred to PICU, ventilated."], "E5",
     "2024-02-10"),
    ([D(2024, 2, 20, 14, 0), "Discharged home, oxygen weaned."], "E6", "2024-02-20"),
])])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["No.", "Date", "Contact", "Entry"]], [
    ([1, D(2024, 2, 8), "Home visit", "Home visit in TA with interpreter: MMR declined by father in the past, now "
      "accepted for Ionut; overcrowding and damp."], "S2", "2024-02-08"),
    ([2, D(2024, 2, 21), "Notification", "Discharge notification: Ana home after PICU admission with measles."],
     "E6", "2024-02-21"),
])])

R.docx_table("Sunflower Nursery.docx", "Sunflower Nursery - log", ["Date", "By", "Note"], [
    (["06/02/2024", "Manager", "UKHSA called: a confirmed measles case in a pupil's sibling. Ionut excluded for 21 "
      "days; letters to parents."], "E3", "2024-02-06"),
])

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Note"]], [
    ([D(2024, 2, 12), "Hospital social worker: Ana ventilated in PICU with measles; family in one room in TA, "
      "father asking for help."], "E5", "2024-02-12"),
])])

R.xlsx("Housing.xlsx", [("Case", [], [["Date", "Officer", "Action"]], [
    ([D(2024, 2, 13), "TA team", "Property inspection of the TA room: damp and mould in the bedroom; family to be "
      "moved."], "S4", "2024-02-13"),
])])
R.done()
