"""A held-out review (see ../README.md): python r203.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A ten-year-old's disclosure of sexual abuse at school: the referral, the strategy discussion, an
# ABE interview, a SARC examination, an arrest; the ISVA.
R.xlsx("Hillside Primary.xlsx", [("CPOMS", [], [["Date", "Time", "Category", "Record"]], [
    ([D(2023, 9, 15), "10:20", "Disclosure", "During circle time M told TA that her mum's boyfriend 'touches her "
      "private parts at night'. DSL informed, MASH called 10:45."], "E1", "2023-09-15"),
    ([D(2023, 9, 15), "14:00", "Safeguarding", "DSL joined strategy discussion by Teams."], "E2", "2023-09-15"),
    ([D(2023, 9, 18), "08:45", "Attendance", "M absent - mum says she was 'at the police station all weekend'."],
     None, "2023-09-18"),
])])
R.csv("MASH and Childrens Social Care.csv", [], ["Date/Time", "Type", "Narrative"], [
    (["15/09/2023 10:45", "Contact", "Call from Hillside DSL: M (10) disclosed sexual abuse by mother's partner. Sent to "
      "strategy."], "E1", "2023-09-15"),
    (["15/09/2023 14:00", "Strategy", "Strategy discussion: police, school, paediatrics. Joint S47, ABE today, SARC "
      "tomorrow, partner not to return home."], "E2", "2023-09-15"),
    (["15/09/2023 17:30", "Visit", "Joint visit with DC Khan to mother: agreed safety plan, partner to stay away."], "E4",
     "2023-09-15"),
    (["16/09/2023 11:00", "Medical", "SARC examination completed, findings awaited."], "E5", "2023-09-16"),
])
R.xlsx("Police - PPU.xlsx", [("PPU", [], [["Date", "Summary"]], [
    ([D(2023, 9, 15), "Strategy discussion with MASH: joint S47, achieving best evidence interview to be arranged."],
     "E2", "2023-09-15"),
    ([D(2023, 9, 15), "ABE interview of M at Rosebank suite: full disclosure."], "E3", "2023-09-15"),
    ([D(2023, 9, 15), "DC Khan and SW visited mother, suspect not present; safety advice."], "E4", "2023-09-15"),
    ([D(2023, 9, 16), "Suspect (mother's partner) arrested for rape of a child under 13, interviewed, bailed with "
      "conditions."], "E6", "2023-09-16"),
])])
R.xlsx("SARC.xlsx", [("Sheet1", [], [["Date", "Note"]], [
    ([D(2023, 9, 16), "Paediatric forensic examination at the SARC with mother present. Findings consistent with "
      "disclosure. ISVA referral made."], "E5", "2023-09-16"),
])])
R.xlsx("ISVA service.xlsx", [("ISVA", [], [["Date", "Contact"]], [
    ([D(2023, 9, 19), "Referral received from SARC following examination on 16/09."], "E5", "2023-09-19"),
    ([D(2023, 9, 21), "First meeting with M and mum at home."], None, "2023-09-21"),
])])
R.done()
