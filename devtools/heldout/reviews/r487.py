"""A held-out review (see ../README.md): python r487.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Kai (14), criminal exploitation (county lines). Layouts: British Transport
# Police's 'Date | Location (station) | Circumstances'; the home force's missing and custody records on two
# sheets; children's services' 'Date | Worker | Contact | Summary of contact' with its worker's initials; a youth
# justice service's CSV of 'Date | Intervention | Notes'; an NRM decision letter summary as Word paragraphs.

R.xlsx("British Transport Police.xlsx", [("Incidents", [], [["Date", "Location (station)", "Circumstances"]], [
    ([D(2024, 2, 3), "London Euston", "Juvenile stopped on the concourse with £600 cash and two phones; reported "
      "missing by his home force. Detained under s46 and returned home by train with an officer."], "E2",
     "2024-02-03"),
])])

R.xlsx("Police.xlsx", [
    ("Missing", [], [["Date", "Ref", "Details"]], [
        ([D(2024, 2, 1), "MP/2231", "Kai reported missing by his mum; not seen since school. High risk: links to a "
          "county line."], "E1", "2024-02-01"),
        ([D(2024, 2, 3), "MP/2231", "Located by BTP at London Euston, returned home."], "E2", "2024-02-03"),
    ]),
    ("Custody", [], [["Date", "Ref", "Details"]], [
        ([D(2024, 3, 15), "CU/8810", "Arrested in a flat in Margate with class A wraps. Interviewed with an "
          "appropriate adult. Released under investigation; NRM referral made."], "E4", "2024-03-15"),
    ]),
])

R.xlsx("Children's Services.xlsx", [("Contacts", [], [["Date", "Worker", "Contact", "Summary of contact"]], [
    ([D(2024, 2, 1), "JT", "Police notification", "Kai missing since school, police treating as high risk."], "E1",
     "2024-02-01"),
    ([D(2024, 2, 5), "JT", "Return home interview", "Kai would not say how he got to London; has a new phone."],
     "S1", "2024-02-05"),
    ([D(2024, 2, 12), "JT", "Strategy meeting", "Exploitation strategy meeting with police and YJS: Kai at "
      "high risk of criminal exploitation."], "E3", "2024-02-12"),
    ([D(2024, 3, 15), "EDT", "Out of hours call", "Kent Police: Kai arrested in Margate in a drugs house; "
      "appropriate adult requested."], "E4", "2024-03-15"),
    ([D(2024, 3, 16), "EDT", "Appropriate adult", "EDT worker attended custody as appropriate adult for Kai's "
      "interview."], "S4", "2024-03-16"),
])])

R.csv("Youth Justice Service.csv", [], ["Date", "Intervention", "Notes"], [
    (["12/02/2024", "Exploitation strategy meeting", "YJS attended. Kai known from an out-of-court disposal in 2023."],
     "E3", "2024-02-12"),
    (["20/02/2024", "Session", "Kai seen at YJS: says he owes money to 'some lads'."], "S2", "2024-02-20"),
])

R.docx_paragraphs("NRM (Single Competent Authority).docx", "National Referral Mechanism - decisions", [
    ("18/03/2024 - Reasonable grounds decision: positive. Referral from Kent Police dated 15/03/2024.", "S3",
     "2024-03-18"),
])
R.done()
