"""A held-out review (see ../README.md): python r496.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Dean (41), a man with a learning disability whose flat was taken over by drug
# dealers. Each agency tells it in its own words: 'cuckooed', 'drug dealers using his flat', 'taken over his
# home', 'closure order', 'the flat was shut by the court'. Layouts: the police's anti-social behaviour team's
# 'Date | ASB category | Description | Action'; the court's list 'Hearing date | Court | Order made'; the housing
# officer's 'Date | Contact | Notes' in a CSV whose header is on row 3 below a title and a blank line; the
# community learning disability team's workbook of two sheets, 'Nursing' and 'Social work'.

R.xlsx("Police ASB team.xlsx", [("ASB", [], [["Date", "ASB category", "Description", "Action"]], [
    ([D(2024, 1, 18), "Drugs", "Neighbours report people coming and going from Dean's flat all night. Intelligence "
      "that a county line is using the address; occupant vulnerable.", "Visit by PCSO; partnership meeting."],
     "E1", "2024-01-18"),
    ([D(2024, 2, 6), "Drugs", "Partnership meeting with housing and the LD team: address cuckooed. Agreed to "
      "apply for a closure order.", "Closure notice served on 09/02."], "E2", "2024-02-06"),
    ([D(2024, 2, 12), "Drugs", "Closure order granted at magistrates' court for three months.", "Dean to move to "
      "temporary housing."], "E3", "2024-02-12"),
])])

R.xlsx("Magistrates Court.xlsx", [("List", [], [["Hearing date", "Court", "Order made"]], [
    ([D(2024, 2, 12), "Court 3", "Full closure order, 3 months, premises at Flat 9 Kestrel House (ASB, Crime and "
      "Policing Act 2014 s80)."], "E3", "2024-02-12"),
])])

R.csv("Housing.csv", [["Housing officer chronology - Flat 9 Kestrel House"], []], ["Date", "Contact", "Notes"], [
    (["19/01/2024", "Phone", "PCSO says drug dealers are using Dean's flat; he seems scared of them."], "E1",
     "2024-01-19"),
    (["06/02/2024", "Meeting", "Multi-agency meeting at the police station: his home has been taken over. We will "
      "support the closure and find him somewhere safe."], "E2", "2024-02-06"),
    (["13/02/2024", "Letter", "Court shut the flat for 3 months yesterday. Temporary accommodation offered at "
      "Maple Court."], "E3", "2024-02-13"),
])

R.xlsx("Community LD Team.xlsx", [
    ("Nursing", [], [["Date", "Nurse", "Entry"]], [
        ([D(2024, 1, 10), "LD nurse", "Annual health check with GP. Dean has lost weight; says 'friends' stay at his "
          "flat."], "S1", "2024-01-10"),
    ]),
    ("Social work", [], [["Date", "Social worker", "Entry"]], [
        ([D(2024, 2, 6), "SW Doyle", "Attended the partnership meeting: Dean cuckooed. Capacity to decide where to "
          "live to be assessed."], "E2", "2024-02-06"),
        ([D(2024, 2, 14), "SW Doyle", "Visited Dean at Maple Court. He misses his flat but feels safer."], "S2",
         "2024-02-14"),
    ]),
])
R.done()
