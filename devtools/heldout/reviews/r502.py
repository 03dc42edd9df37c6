"""A held-out review (see ../README.md): python r502.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr and Mrs Ellis (86, 84), scammed by rogue traders, then Mrs Ellis's death from
# neglect. Each agency tells it in its own words: 'rogue trader', 'doorstep crime', 'paid £8,000 for roof work',
# 'scam', 'fraud'. Layouts: trading standards' 'Complaint received | Trader | Detriment (£) | Summary'; the
# police's Action Fraud log; the bank's Word table; adult social care's 'Date | Type | Notes' with a 'Key'
# sheet first; the GP's sheet.

R.xlsx("Trading Standards.xlsx", [("Complaints", [], [["Complaint received", "Trader", "Detriment (£)",
                                                        "Summary"]], [
    ([D(2024, 2, 5), "Unknown - cash only", 8000, "Doorstep crime: couple in their 80s paid £8,000 for unnecessary "
      "roof work; traders returned asking for more. Referred by the bank."], "E1", "2024-02-05"),
    ([D(2024, 2, 7), "", "", "Visit with police to the couple: no cold calling sticker fitted, call blocker "
      "ordered."], "E2", "2024-02-07"),
])])

R.xlsx("Police.xlsx", [("Fraud", [], [["Date", "Ref", "Entry"]], [
    ([D(2024, 2, 5), "AF-2024-0112", "Action Fraud report from the bank: elderly customers paid rogue traders for "
      "roof repairs. Passed to the economic crime unit."], "E1", "2024-02-05"),
    ([D(2024, 2, 7), "AF-2024-0112", "Joint visit with trading standards to Mr and Mrs Ellis. Descriptions of the "
      "traders taken."], "E2", "2024-02-07"),
])])

R.docx_table("Bank.docx", "Northshire Building Society", ["Date", "Branch", "Note"], [
    (["02/02/2024", "High Street", "Mr Ellis asked to withdraw £8,000 in cash for builders. Banking Protocol "
      "invoked, police called to branch; withdrawal refused."], "E0", "2024-02-02"),
    (["05/02/2024", "Fraud team", "Scam referral to trading standards and Action Fraud."], "E1", "2024-02-05"),
])

R.xlsx("Adult Social Care.xlsx", [
    ("Key", [["Key to contact types"], ["SG = safeguarding concern"], ["HV = home visit"]], [], []),
    ("Contacts", [], [["Date", "Type", "Notes"]], [
        ([D(2024, 2, 8), "SG", "Trading standards: Mr and Mrs Ellis victims of a roofing scam, Mrs Ellis has "
          "dementia. s42 enquiry."], "E2b", "2024-02-08"),
        ([D(2024, 3, 15), "HV", "Mrs Ellis in bed, sores, weight loss; Mr Ellis struggling. Care package offered, "
          "declined."], "S1", "2024-03-15"),
    ]),
])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 4, 2), "Called to the home: Mrs Ellis died overnight. Pressure ulcers, very thin. Not certifying; "
      "coroner informed."], "E3", "2024-04-02"),
])])
R.done()
