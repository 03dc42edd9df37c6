"""A held-out review (see ../README.md): python r565.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Irene Walsh (79), whose son and carer gambled her money. Each agency tells the
# same event in its own words: 'Carer found no food in the house; Irene says Gary has her bank card' and
# 'Safeguarding concern from Bluebell Home Care'; 'card payments to online gambling sites' and 'Irene's card used
# for online gambling'; 'appointee (son) removed' and 'Gary is no longer Irene's appointee'.
# Layouts: the bank's sheet 'When | At | Note' with dates typed '27 Feb 2024'; the home care agency's Word
# paragraphs '19/02/24 – …'; the DWP's CSV 'Action date' typed '12-03-2024'; adult social care's 'Date | Entered |
# Note' (entered days later); the police's Word table; the GP's sheet.

R.xlsx("Bank.xlsx", [("Notes", [], [["When", "At", "Note"]], [
    (["27 Feb 2024", "11:02", "Fraud team: 63 card payments to online gambling sites in February from the account "
      "of a 79 year old customer. Card blocked, customer called."], "E2", "2024-02-27"),
])])

R.docx_paragraphs("Bluebell Home Care.docx", "Bluebell Home Care - visit notes of concern (I Walsh)", [
    ("19/02/24 – Carer found no food in the house; Irene says Gary has her bank card. Office raised a safeguarding "
     "concern with the council.", "E1", "2024-02-19"),
    ("20/03/24 – Irene cheerful; shopping delivered by the council's money team.", "S2", "2024-03-20"),
])

R.csv("DWP.csv", [], ["Action date", "Team", "Action"], [
    (["12-03-2024", "Appointee", "Appointeeship review: appointee (son) removed; local authority appointee "
      "pending."], "E4", "2024-03-12"),
])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Entered", "Note"]], [
    ([D(2024, 2, 19), D(2024, 2, 21), "Safeguarding concern from Bluebell Home Care: no food, son holds her bank "
      "card."], "E1", "2024-02-19"),
    ([D(2024, 2, 28), D(2024, 2, 28), "Bank called: Irene's card used for online gambling, 63 payments; card "
      "blocked."], "E2", "2024-02-28"),
    ([D(2024, 3, 5), D(2024, 3, 7), "S42 enquiry: visit to Irene with the police. She wants Gary to stop but not to "
      "be prosecuted."], "E3", "2024-03-05"),
    ([D(2024, 3, 13), D(2024, 3, 13), "DWP confirmed Gary is no longer Irene's appointee."], "E4", "2024-03-13"),
])])

R.docx_table("Police.docx", "Police - occurrence (Irene Walsh)", ["Date", "Officer", "Entry"], [
    (["05/03/2024", "DC Hale", "Joint visit with adult social care: victim declines to support a prosecution."],
     "E3", "2024-03-05"),
    (["10/04/2024", "DC Hale", "Gary Walsh interviewed under caution for fraud by abuse of position; RUI."], "S3",
     "2024-04-10"),
])

R.xlsx("GP Surgery.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 1, 15), "Review: Irene says her son manages her money; weight loss of 3 kg."], "S1", "2024-01-15"),
])])
R.done()
