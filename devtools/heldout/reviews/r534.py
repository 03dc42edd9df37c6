"""A held-out review (see ../README.md): python r534.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Skye (14), in a relationship with a 22 year old man. Each agency tells the
# same event in its own words: the pharmacy's 'EHC supplied', 'emergency contraception requested by a 14 year
# old', 'morning after pill'; the clinic as 'seen at the sexual health clinic', 'STI screen and implant', 'Brook
# appointment'; the age gap as 'boyfriend aged 22', 'partner 8 years older', 'an adult male'. Layouts: the
# pharmacy's consultation record with 'Consultation date' and 'Service'; the sexual health service's CSV with
# 'Attendance date' typed 'Mon 08/04/2024'; the school nursing team's sheet; children's social care's Word
# paragraphs; the police's sheet.

R.xlsx("Pharmacy.xlsx", [("Consultations", [], [["Consultation date", "Service", "Notes"]], [
    ([D(2024, 4, 6), "EHC", "Emergency contraception requested by a 14 year old; says boyfriend is 22. EHC "
      "supplied; safeguarding referral to children's services by phone."], "E1", "2024-04-06"),
])])

R.xlsx("Children's Services.xlsx", [("Contacts", [], [["Date", "Worker", "Summary"]], [
    ([D(2024, 4, 6), "EDT", "Pharmacist rang: 14 year old had the morning after pill, partner 8 years older. "
      "Passed to the MASH."], "E1", "2024-04-06"),
    ([D(2024, 4, 9), "MASH", "Strategy discussion with police and school nursing (CSE): joint s47."], "E3",
     "2024-04-09"),
])])

R.csv("Sexual Health Service.csv", [], ["Attendance date", "Clinician", "Notes"], [
    (["Mon 08/04/2024", "Nurse", "Seen at the clinic with a friend: STI screen and implant. Partner 22: Fraser "
      "competent, but CSE risk - safeguarding lead informed."], "E2", "2024-04-08"),
])

R.xlsx("School Nursing.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 4, 9), "Strategy discussion (CSE) by phone: Skye's 22 year old boyfriend; she went to Brook "
      "yesterday."], "E3", "2024-04-09"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 4, 9), "11:00", "Strategy discussion: 14 year old in a sexual relationship with an adult male (22). "
      "Investigation opened."], "E3", "2024-04-09"),
    ([D(2024, 4, 12), "18:20", "Male, 22, arrested for sexual activity with a child; bail conditions not to contact "
      "her."], "S1", "2024-04-12"),
])])
R.done()
