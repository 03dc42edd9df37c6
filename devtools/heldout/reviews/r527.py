"""A held-out review (see ../README.md): python r527.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: baby Theo (3 weeks), his mother acutely unwell after the birth. Each
# agency tells the same event in its own words: 'postpartum psychosis', 'puerperal psychosis', 'acutely unwell
# mentally since the birth'; the night the police came as 'mother found walking on the ring road with the baby
# at 3am', 'concern for safety: woman with a newborn by the road', 'taken to the place of safety'; the admission
# as 'admitted to the mother and baby unit', 'MBU bed found', 'moved to the MBU with Theo'. Layouts: the
# perinatal mental health team's sheet with a 'Contact date' column and a 'Seen by' column; the police's sheet
# with times like '03:05hrs'; the health visitor's CSV; the midwife's Word table; the GP's sheet.

R.xlsx("Perinatal Mental Health.xlsx", [("Contacts", [], [["Contact date", "Seen by", "Contact", "Summary"]], [
    ([D(2024, 2, 9), "Perinatal psychiatrist", "Place of safety", "Assessed after police brought her in overnight: "
      "puerperal psychosis. Informal admission agreed."], "E2", "2024-02-09"),
    ([D(2024, 2, 10), "Perinatal CPN", "Transfer", "MBU bed found: mum moved to the mother and baby unit with "
      "Theo."], "E3", "2024-02-10"),
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Log"]], [
    ([D(2024, 2, 9), "03:05hrs", "Concern for safety: woman with a newborn walking on the ring road verge, "
      "confused, talking about angels. Detained s136, taken with the baby to the place of safety; CSC EDT "
      "informed."], "E1", "2024-02-09"),
])])

R.csv("Health Visiting.csv", [], ["Date", "Contact", "Notes"], [
    (["07/02/2024", "New birth visit", "Mum not sleeping, very quiet, partner worried. Advised GP today; perinatal "
      "team details given."], "S1", "2024-02-07"),
    (["09/02/2024", "Phone", "EDT handover: mum found walking on the ring road with the baby at 3am, now under "
      "the mental health team."], "E1", "2024-02-09"),
    (["12/02/2024", "Phone", "Perinatal CPN: mum and Theo moved to the MBU at the weekend."], "E3", "2024-02-12"),
])

R.docx_table("Community Midwifery.docx", "Community midwifery - postnatal record", ["Date", "Midwife", "Entry"], [
    (["08/02/2024", "CMW", "Day 21 visit: mum acutely unwell mentally since the birth? Not sleeping for three "
      "nights. Urgent GP appointment made."], "S2", "2024-02-08"),
])

R.xlsx("GP Surgery.xlsx", [("Consultations", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 2, 8), "Dr Bell", "Seen urgently with partner: possible postpartum psychosis. Referred to the "
      "perinatal team for assessment tomorrow."], "S3", "2024-02-08"),
    ([D(2024, 2, 13), "Dr Bell", "Letter: admitted to the mother and baby unit on 10/02 (puerperal psychosis)."],
     "E3", "2024-02-13"),
])])

R.xlsx("Children's Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Summary"]], [
    ([D(2024, 2, 9), "EDT", "Police: mother detained on a 136 after being found by the road with her 3 week old "
      "at 3am; baby with dad."], "E1", "2024-02-09"),
])])
R.done()
