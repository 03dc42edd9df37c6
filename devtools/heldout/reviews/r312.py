"""A held-out review (see ../README.md): python r312.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Ms Tanya Cole (41), with bipolar disorder, exploited and assaulted by a
# man on licence who moved into her flat (cuckooing), then found dead after an overdose. Vocabulary:
# "cuckooing", "licence", "nDelius", "OM" (offender manager), "MAPPA", "care coordinator", "CPA",
# "ASB", "closure order". Layouts: the police's printed report, newest first, its header repeated at
# the top of each page and "Page 1 of 2" lines between; probation's nDelius CSV; housing with a date
# column holding "TBC" on one row; the mental health trust with the author and the date in one cell
# ("J Okafor 04/03/2024 14:20").

# The police: a printed report, newest first, its header repeated on each page.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Report"
header = ["Date", "Time", "Occurrence", "Summary"]
police = [
    ("page", "Page 1 of 2"),
    ("header", None),
    ((D(2024, 4, 2), "07:45", "Sudden death", "Tanya COLE found deceased at her flat by a neighbour. Empty pill "
      "packets. Not suspicious at this stage. Coroner informed."), "E5", "2024-04-02"),
    ((D(2024, 3, 18), "10:00", "Closure order", "Closure order granted at magistrates' court for Flat 4; "
      "occupants other than the tenant excluded."), "E4", "2024-03-18"),
    ((D(2024, 3, 1), "22:10", "Assault", "Tanya reports being punched by Lee GRANT who is staying at her flat. "
      "Grant arrested, recalled to prison by probation."), "E3", "2024-03-01"),
    ("page", "Page 2 of 2"),
    ("header", None),
    ((D(2024, 2, 12), "15:30", "ASB / cuckooing", "Neighbours report people coming and going at Flat 4. Officers "
      "visited: Tanya says Lee is a friend. Vulnerable adult referral to ASC."), "E2", "2024-02-12"),
    ((D(2024, 1, 30), "11:00", "MAPPA", "MAPPA level 2 meeting for Lee Grant: new address unknown."), None,
     "2024-01-30"),
]
r = 1
ws.cell(r, 1, "Police – occurrences for Tanya COLE (printed 10/05/2024)")
r += 1
for item in police:
    kind = item[0]
    if kind == "page":
        ws.cell(r, 1, item[1])
    elif kind == "header":
        for c, v in enumerate(header, 1):
            ws.cell(r, c, v)
    else:
        cells, event, iso = item
        for c, v in enumerate(cells, 1):
            ws.cell(r, c, v)
        R._note("Police report.xlsx", "Report", r, event, iso, cells[3])
    r += 1
wb.save(str(R.folder / "Police report.xlsx"))

R.csv("Probation nDelius.csv", [], ["Contact Date", "Contact Type", "Outcome", "Notes"], [
    (["05/02/2024", "Home visit", "Not at address", "Lee not at his approved address; believed staying with a "
      "female (Tanya C) at Flat 4. Police informed."], None, "2024-02-05"),
    (["13/02/2024", "Liaison", "", "Police update: officers visited Flat 4 yesterday, Lee present, cuckooing "
      "concern. Warning letter."], "E2", "2024-02-13"),
    (["02/03/2024", "Recall", "Recall issued", "Recalled after arrest last night for assault on Tanya C."], "E3",
     "2024-03-02"),
])

R.xlsx("Housing.xlsx", [("Tenancy", [], [["Date", "Officer", "Note"]], [
    (["TBC", "TO Ross", "Complaints from neighbours about visitors (date not recorded)."], None, None),
    ([D(2024, 2, 14), "TO Ross", "Police told us of cuckooing at Flat 4 on 12/02. Joint visit planned."], "E2",
     "2024-02-14"),
    ([D(2024, 3, 18), "TO Ross", "Closure order granted today (joint application with police)."], "E4",
     "2024-03-18"),
])])

R.xlsx("Mental Health Trust.xlsx", [("Notes", [], [["Author / date", "Note"]], [
    (["J Okafor 13/02/2024 09:10", "Care coordinator: ASC forwarded police concern about a man living at "
      "Tanya's flat. Visit tomorrow."], "E2", "2024-02-13"),
    (["J Okafor 04/03/2024 14:20", "Tanya seen at home: bruised face, says Lee is back in prison. Mood low; "
      "lithium levels checked."], None, "2024-03-04"),
    (["J Okafor 02/04/2024 12:00", "Informed by police that Tanya was found dead this morning."], "E5",
     "2024-04-02"),
])])
R.done()
