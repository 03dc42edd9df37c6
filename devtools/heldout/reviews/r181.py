"""A held-out review (see ../README.md): python r181.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Older man with dementia, financial abuse by a grandson; bank, OPG, police, ASC, GP, day centre.
R.xlsx(
    "Adult Social Care.xlsx",
    [
        (
            "ASC",
            [["Adult Social Care"]],
            [["Date", "Worker", "Entry"]],
            [
                (
                    [
                        D(2023, 8, 2),
                        "SW Cole",
                        "Concern from Lloyds bank: large cash withdrawals from Mr Evans' account (£9,000 in 3 weeks) with grandson present.",
                    ],
                    "E1",
                    "2023-08-02",
                ),
                (
                    [
                        D(2023, 8, 9),
                        "SW Cole",
                        "Visit with police to Mr Evans. Lacks capacity re finances. Grandson holds no LPA.",
                    ],
                    "E2",
                    "2023-08-09",
                ),
                ([D(2023, 8, 10), "SW Cole", "Referral to OPG re deputyship; s42 enquiry."], "E3", "2023-08-10"),
                ([D(2023, 9, 1), "SW Cole", "Day centre reports Mr Evans has no money for lunch again."], "E4", "2023-09-01"),
            ],
        )
    ],
)
R.csv(
    "Bank.csv",
    [],
    ["Date", "Branch", "Notes"],
    [
        (
            [
                "01/08/2023",
                "Market St",
                "Customer (89) attended with grandson, withdrew £2,500 cash, appeared confused. Banking Protocol invoked – police called.",
            ],
            "E5",
            "2023-08-01",
        ),
        (
            ["02/08/2023", "Vulnerable customers team", "Safeguarding concern raised with local authority adult social care."],
            "E1",
            "2023-08-02",
        ),
    ],
)
R.xlsx(
    "Police.xlsx",
    [
        (
            "Police",
            [],
            [["Date", "Time", "Summary"]],
            [
                (
                    [
                        D(2023, 8, 1),
                        "13:20",
                        "Banking Protocol call from Lloyds Market St: elderly male withdrawing large sums with grandson. Officers attended, words with grandson.",
                    ],
                    "E5",
                    "2023-08-01",
                ),
                (
                    [D(2023, 8, 9), "11:00", "Joint visit with ASC to victim's home. Fraud by abuse of position crime recorded."],
                    "E2",
                    "2023-08-09",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Office of the Public Guardian.xlsx",
    [
        (
            "OPG",
            [],
            [["Date", "Notes"]],
            [
                (
                    [
                        D(2023, 8, 14),
                        "Safeguarding referral received from local authority re Mr Evans (no LPA/deputy). Investigation opened.",
                    ],
                    "E3",
                    "2023-08-14",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Day centre.xlsx",
    [
        (
            "Log",
            [],
            [["Date", "Note"]],
            [
                ([D(2023, 9, 1), "Mr E had no money for his lunch for the 3rd week. Told his SW."], "E4", "2023-09-01"),
            ],
        )
    ],
)
R.done()
