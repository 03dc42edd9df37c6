"""A held-out review (see ../README.md): python r471.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mrs Joan Ellis (79), financial abuse by her nephew and neglect. Vocabulary: "LPA",
# "OPG", "appointee", "s42", "care and support needs", "scam". Layouts: the home care agency's workbook with a
# hidden sheet of drop-down lists ('Lists'); the bank's dates of 'w/e 17/03/2024' (week ending) for its weekly
# reviews; adult social care's 'approx 10/03/2024' and a range '12/03/2024 - 14/03/2024'; the police's CSV in
# cp1252 with '£' in the text; the Office of the Public Guardian's letter log.


def lists_sheet(wb):
    ws = wb.create_sheet("Lists")
    for row, value in enumerate(["Visit", "Phone", "Incident", "Medication"], start=1):
        ws.cell(row, 1, value)
    ws.sheet_state = "hidden"


R.xlsx("Caring Hands Home Care.xlsx", [("Visit log", [], [["Date", "Carer", "Type", "Notes"]], [
    ([D(2024, 3, 8), "Carer Lisa", "Incident", "Nephew Darren at the house again, Joan upset, says he took her bank "
      "card. Reported to the office; office raised a safeguarding concern."], "E1", "2024-03-08"),
    ([D(2024, 3, 15), "Carer Lisa", "Visit", "No food in the fridge, Joan says Darren does her shopping now but "
      "has not been."], "A1", "2024-03-15"),
])], lists_sheet)

R.xlsx("Northshire Building Society.xlsx", [("Reviews", [], [["Week", "Officer", "Finding"]], [
    (["w/e 17/03/2024", "Fraud team", "£4,200 in cash withdrawals over the week from Mrs Ellis's account at "
      "branches she does not use. Account blocked; customer to be contacted."], "A2", None),
])])

R.xlsx("Adult Social Care.xlsx", [("Chronology", [], [["Date", "Activity", "Notes"]], [
    ([D(2024, 3, 8), "Safeguarding concern", "From Caring Hands: nephew may have taken Joan's bank card."], "E1",
     "2024-03-08"),
    (["approx 10/03/2024", "Phone", "Joan's neighbour rang (date not recorded exactly): worried about the "
      "nephew."], "A3", "2024-03-10"),
    (["12/03/2024 - 14/03/2024", "S42 enquiry", "Visits to Joan. She wants Darren to stop taking money but not "
      "police involvement."], "A4", "2024-03-12"),
    ([D(2024, 3, 20), "Strategy meeting", "With police and the building society. Police to investigate fraud "
      "by abuse of position."], "E2", "2024-03-20"),
])])

R.csv("Police.csv", [], ["Date", "Time", "Type", "Summary"], [
    (["20/03/2024", "10:00", "Strategy", "Adult safeguarding strategy meeting with ASC and the building society "
      "re £4,200 taken from Joan Ellis. Crime recorded."], "E2", "2024-03-20"),
    (["27/03/2024", "15:30", "Arrest", "Darren Ellis arrested for fraud by abuse of position. Released under "
      "investigation."], "A5", "2024-03-27"),
], encoding="cp1252")

R.xlsx("Office of the Public Guardian.xlsx", [("Letters", [], [["Received", "From", "Subject"]], [
    ([D(2024, 3, 25), "Adult social care", "Concern about the attorney under an LPA for property and financial "
      "affairs: nephew taking cash."], "A6", "2024-03-25"),
])])
R.done()
