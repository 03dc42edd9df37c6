"""A held-out review (see ../README.md): python r567.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Mia Carter (15), a looked after girl exploited by a taxi driver. Each agency
# tells the same event in its own words: 'returned by private hire taxi at 04:00' and 'Missing person (Mia, 15,
# LAC) … returned 04:00 by taxi'; the police's intelligence 'taxi driver (PH licence 1187) seen with looked after
# girls; licensing informed' and the licensing team's 'the police shared intelligence about private hire driver
# 1187'; a CSE strategy meeting four agencies attended; 'CAWN served on the driver' and 'a child abduction warning
# notice was served on driver 1187 on 1 March'.
# Layouts: the licensing team's Word paragraphs each opening 'On 20 February 2024 the licensing team …'; the
# children's home's 'Date of incident | Time | Incident | Action taken'; the police's CSV; social care's sheet; the
# school's Word table; the sexual health service's OpenDocument sheet.

R.docx_paragraphs("Taxi Licensing.docx", "Council taxi licensing - driver 1187", [
    ("On 20 February 2024 the police shared intelligence about private hire driver 1187 and looked after girls; the "
     "licence was suspended with immediate effect.", "E2", "2024-02-20"),
    ("On 4 March 2024 the police confirmed a child abduction warning notice was served on driver 1187 on 1 March.",
     "E5", "2024-03-04"),
    ("On 15 March 2024 the licensing sub-committee revoked the private hire driver licence of driver 1187.", "S2",
     "2024-03-15"),
])

R.xlsx("Oak House Childrens Home.xlsx", [("Incidents", [], [["Date of incident", "Time", "Incident",
                                                             "Action taken"]], [
    ([D(2024, 2, 10), "21:00", "Mia missing from 21:00; returned by private hire taxi at 04:00, smelling of alcohol, "
      "new phone.", "Reported missing to police 21:30; Reg 40 notification."], "E1", "2024-02-10"),
    ([D(2024, 2, 22), "10:00", "Manager attended the strategy meeting for Mia.", "Disruption plan shared with staff."],
     "E3", "2024-02-22"),
])])

R.csv("Police.csv", [], ["Date", "Time", "Entry"], [
    (["10/02/2024", "21:30", "Missing person (Mia, 15, LAC) reported by the children's home; returned 04:00 by taxi. "
      "Driver details taken."], "E1", "2024-02-10"),
    (["20/02/2024", "09:15", "CSE intelligence: taxi driver (PH licence 1187) seen with looked after girls; licensing "
      "informed."], "E2", "2024-02-20"),
    (["22/02/2024", "10:00", "Strategy meeting attended; CAWN to be served."], "E3", "2024-02-22"),
    (["01/03/2024", "18:40", "CAWN served on the driver at his home address."], "E5", "2024-03-01"),
])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Case note"]], [
    ([D(2024, 2, 12), "Children's home notification: Mia missing Saturday night, brought back by a taxi driver at "
      "4am."], "E1", "2024-02-12"),
    ([D(2024, 2, 22), "CSE strategy meeting: Mia at high risk; disruption plan, CAWN for the driver."], "E3",
     "2024-02-22"),
    ([D(2024, 2, 26), "Referral from Brook: Mia had emergency contraception, older boyfriend."], "E4", "2024-02-26"),
])])

R.docx_table("Northfield Academy.docx", "Northfield Academy - safeguarding log", ["Date", "Entry"], [
    (["18/01/2024", "Mia seen getting out of a taxi at the school gate with an older man; logged."], "S1",
     "2024-01-18"),
    (["22/02/2024", "DSL attended the strategy meeting for Mia."], "E3", "2024-02-22"),
])

R.ods("Brook Sexual Health.ods", "Attendances", ["Date", "Clinician", "Notes"], [
    ([D(2024, 2, 26), "Nurse", "Emergency contraception. 15 y/o, says boyfriend is 30; safeguarding referral to "
      "social care made."], "E4", "2024-02-26"),
])
R.done()
