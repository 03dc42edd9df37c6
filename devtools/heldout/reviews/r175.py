"""A held-out review (see ../README.md): python r175.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Terse entries, as some returns are.
R.xlsx(
    "CSC.xlsx",
    [
        (
            "Chron",
            [],
            [["Date", "Type", "Note"]],
            [
                ([D(2023, 2, 1), "Strat", "Strat"], "E1", "2023-02-01"),
                ([D(2023, 2, 3), "Visit", "HV"], None, "2023-02-03"),
                ([D(2023, 2, 22), "ICPC", "ICPC - CPP neglect"], "E2", "2023-02-22"),
                ([D(2023, 3, 8), "CG", "CG"], "E3", "2023-03-08"),
                ([D(2023, 3, 15), "Visit", "SV"], None, "2023-03-15"),
                ([D(2023, 4, 5), "CG", "Core group"], "E4", "2023-04-05"),
                ([D(2023, 5, 17), "RCPC", "RCPC - plan continues"], "E5", "2023-05-17"),
            ],
        )
    ],
)
R.xlsx(
    "Health visiting.xlsx",
    [
        (
            "HV",
            [],
            [["Date", "Contact", "Entry"]],
            [
                ([D(2023, 2, 1), "Strategy", "Strat disc - by phone"], "E1", "2023-02-01"),
                ([D(2023, 2, 6), "HV", "HV - no answer"], None, "2023-02-06"),
                ([D(2023, 2, 22), "Conf", "ICPC attended, report"], "E2", "2023-02-22"),
                ([D(2023, 3, 8), "CG", "CG attended"], "E3", "2023-03-08"),
                ([D(2023, 3, 15), "HV", "Home visit"], None, "2023-03-15"),
                ([D(2023, 4, 5), "CG", "CG"], "E4", "2023-04-05"),
                ([D(2023, 5, 17), "Conf", "RCPC"], "E5", "2023-05-17"),
            ],
        )
    ],
)
R.xlsx(
    "School.xlsx",
    [
        (
            "Log",
            [],
            [["Date", "Note"]],
            [
                ([D(2023, 2, 1), "Strategy"], "E1", "2023-02-01"),
                ([D(2023, 2, 22), "ICPC"], "E2", "2023-02-22"),
                ([D(2023, 3, 8), "Core group meeting"], "E3", "2023-03-08"),
                ([D(2023, 3, 15), "Attendance 81%"], None, "2023-03-15"),
                ([D(2023, 5, 17), "Review conference"], "E5", "2023-05-17"),
            ],
        )
    ],
)
R.xlsx(
    "Police.xlsx",
    [
        (
            "Police",
            [],
            [["Date", "Note"]],
            [
                ([D(2023, 2, 1), "Strategy discussion"], "E1", "2023-02-01"),
                ([D(2023, 2, 22), "Conference report provided, not attended"], None, "2023-02-22"),
            ],
        )
    ],
)
R.done()
