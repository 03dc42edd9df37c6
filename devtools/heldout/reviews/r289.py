"""A held-out review (see ../README.md): python r289.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A mother released from prison with her 3-month-old (baby Kai) from a mother and baby unit, a curfew
# breach, recall, the baby taken into police protection. Vocabulary: "MBU", "HDC" (home detention
# curfew), "AP" (approved premises), "EMS" (electronic monitoring), "tag", "FTA", "recall", "PPO"
# (police protection order), "PPCS". Layouts: probation's nDelius export (a CSV: "Contact Date",
# "Contact Type", "Outcome", "Notes"); the prison; the approved premises' Word log, one paragraph each
# starting with its date and time ("01/08/2023 14:30 – …"); the police; children's services.

R.csv("Probation nDelius.csv", [], ["Contact Date", "Contact Type", "Outcome", "Notes"], [
    (["01/08/2023", "Release on HDC", "", "Released from HMP Styal with Kai (MBU) to Elm House AP. Curfew 23:00-07:00."],
     "E1", "2023-08-01"),
    (["09/08/2023", "Planned office visit", "Failed to attend", "FTA, no contact. Warning letter."], None,
     "2023-08-09"),
    (["15/08/2023", "EMS notification", "", "Curfew violation overnight 14/08: did not return to AP. With the baby."],
     "E3", "2023-08-15"),
    (["15/08/2023", "Recall", "", "Recall to custody requested and issued by PPCS (standard recall)."], "E4",
     "2023-08-15"),
    (["16/08/2023", "Police contact", "", "Arrested on recall at a friend's flat; Kai taken into police protection."],
     "E5", "2023-08-16"),
])

R.xlsx("HMP Styal.xlsx", [("Record", [], [["Date", "Time", "Unit", "Entry"]], [
    ([D(2023, 7, 25), "10:00", "MBU", "Pre-release planning meeting; AP place confirmed."], None, "2023-07-25"),
    ([D(2023, 8, 1), "08:45", "Reception", "Discharged on HDC with baby Kai to Elm House approved premises."], "E1",
     "2023-08-01"),
])])

R.docx_paragraphs("Elm House AP.docx", "Elm House Approved Premises – log extract", [
    ("01/08/2023 14:30 – Arrived from HMP Styal with Kai. Inducted, curfew explained.", "E1", "2023-08-01"),
    ("14/08/2023 23:20 – Not back for curfew, phone off. Police informed: missing with a 3-month-old baby.", "E3",
     "2023-08-14"),
    ("16/08/2023 11:00 – Informed by probation she is recalled and Kai is in foster care. Room cleared.", "E5",
     "2023-08-16"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Details"]], [
    ([D(2023, 8, 14), "23:35", "Missing person: female on HDC and her baby not returned to Elm House AP. Medium "
      "risk."], "E3", "2023-08-14"),
    ([D(2023, 8, 16), "09:50", "Located at a flat in Crewe. Arrested on recall. Baby taken into police protection, "
      "handed to children's services."], "E5", "2023-08-16"),
])])

R.xlsx("Childrens Services.xlsx", [("Notes", [], [["Date", "Note"]], [
    ([D(2023, 8, 1), "Mum and Kai released today to Elm House AP; pre-birth plan: CIN."], "E1", "2023-08-01"),
    ([D(2023, 8, 15), "Police: mum and Kai missing overnight from the AP."], "E3", "2023-08-15"),
    ([D(2023, 8, 16), "Kai received under police protection after mum's arrest on recall; placed with foster "
      "carers."], "E5", "2023-08-16"),
])])
R.done()
