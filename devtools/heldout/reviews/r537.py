"""A held-out review (see ../README.md): python r537.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: baby Ivy (2 days), born to a mother living in supported housing, with a
# pre-birth plan. Each agency tells the same event in its own words: the birth as 'SVD, girl 2.9kg', 'mum has
# had the baby', 'birth notification'; the discharge meeting as 'discharge planning meeting on the postnatal
# ward', 'pre-discharge meeting'; 'discharged home with mum', 'came home from hospital'. Layouts:
# maternity's sheet with 'Date/time of event'; children's social care's sheet with 'Episode' and 'Start' and
# 'End'; the supported housing provider's CSV; health visiting's sheet; the GP's sheet.

R.xlsx("Maternity.xlsx", [("Events", [], [["Date/time of event", "Midwife", "Event"]], [
    ([D(2024, 9, 10, 6, 42), "Labour ward", "SVD, girl 2.9kg, Apgars 9/9. Pre-birth plan on file: baby not to be "
      "discharged until the planning meeting."], "E1", "2024-09-10"),
    ([D(2024, 9, 11, 14, 0), "Postnatal ward", "Pre-discharge meeting with social care and the health visitor: "
      "discharge home with a safety plan agreed."], "E2", "2024-09-11"),
    ([D(2024, 9, 12, 11, 0), "Postnatal ward", "Discharged home with mum; safety plan copy given."], "E3",
     "2024-09-12"),
])])

R.xlsx("Children's Social Care.xlsx", [("Episodes", [], [["Episode", "Start", "End", "Summary"]], [
    (["Contact", D(2024, 9, 10), D(2024, 9, 10), "Midwife rang: mum has had the baby this morning, a girl."], "E1",
     "2024-09-10"),
    (["Meeting", D(2024, 9, 11), D(2024, 9, 11), "Discharge planning meeting on the postnatal ward: home with mum, "
      "supervised by the supported housing staff."], "E2", "2024-09-11"),
])])

R.csv("Supported Housing.csv", [], ["Date", "Staff", "Note"], [
    (["10/09/2024", "Project worker", "Resident has had the baby (girl) this morning at the Royal."], "E1",
     "2024-09-10"),
    (["12/09/2024", "Project worker", "Mum and baby came home from hospital at 12:30; room ready, safety plan "
      "explained."], "E3", "2024-09-12"),
])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date", "Contact", "Note"]], [
    ([D(2024, 9, 10), "Notification", "Birth notification received: girl, 2.9kg."], "E1", "2024-09-10"),
    ([D(2024, 9, 11), "Meeting", "Attended the pre-discharge meeting on the ward."], "E2", "2024-09-11"),
])])
R.done()
