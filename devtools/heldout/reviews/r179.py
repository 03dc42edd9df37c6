"""A held-out review (see ../README.md): python r179.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# County lines: Kai (16) found in a trap house; NRM; several police entries a day; a hospital; YOT; CSC; a school.
R.csv(
    "Police.csv",
    [],
    ["Date", "Time", "Occurrence", "Officer", "Summary"],
    [
        (
            [
                "07/02/2024",
                "06:00",
                "OP VIPER",
                "DS Ray",
                "Warrant executed at 14 Mill St (drugs). Kai (16) found inside with 30 wraps. Arrested PWITS.",
            ],
            "E1",
            "2024-02-07",
        ),
        (
            [
                "07/02/2024",
                "11:30",
                "OP VIPER",
                "DC Moss",
                "Kai interviewed with AA present – no comment. Released under investigation. NRM referral (first responder).",
            ],
            "E2",
            "2024-02-07",
        ),
        (["07/02/2024", "15:00", "", "DC Moss", "Strategy discussion with EDT re Kai – CCE."], "E3", "2024-02-07"),
        (["22/02/2024", "23:10", "OCC 8841", "PC Hart", "Kai reported missing by mother."], "E4", "2024-02-22"),
        (
            [
                "24/02/2024",
                "03:00",
                "OCC 8841",
                "PC Hart",
                "Kai found in Southend at a flat with 2 adults, stab injury to hand. Conveyed to hospital.",
            ],
            "E5",
            "2024-02-24",
        ),
    ],
)
R.xlsx(
    "CSC.xlsx",
    [
        (
            "Chronology",
            [],
            [["Date", "Type", "Summary"]],
            [
                (
                    [
                        D(2024, 2, 7),
                        "EDT",
                        "Police: Kai arrested this morning in a drugs warrant at an address in Mill St. Strategy discussion at 3pm with police: s47, CCE.",
                    ],
                    "E3",
                    "2024-02-07",
                ),
                (
                    [D(2024, 2, 8), "NRM", "Home Office: NRM referral received for Kai (police as first responder)."],
                    "E2",
                    "2024-02-08",
                ),
                ([D(2024, 2, 23), "Missing", "Notified Kai missing since last night."], "E4", "2024-02-23"),
                (
                    [
                        D(2024, 2, 24),
                        "Missing",
                        "Police found Kai in Southend early hours, injured hand, in hospital. RHI to be arranged.",
                    ],
                    "E5",
                    "2024-02-24",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Youth Justice.xlsx",
    [
        (
            "YJS",
            [],
            [["Date", "Worker", "Notes"]],
            [
                (
                    [
                        D(2024, 2, 7),
                        "AA service",
                        "Appropriate adult for Kai at Mill Road custody (PWITS), no comment interview on solicitor's advice.",
                    ],
                    "E2",
                    "2024-02-07",
                ),
                (
                    [D(2024, 2, 26), "YJ worker", "Kai told me he 'owed' the people in Southend. Shared with SW."],
                    None,
                    "2024-02-26",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Southend Hospital.xlsx",
    [
        (
            "ED",
            [],
            [["Arrival", "Notes"]],
            [
                (
                    [
                        "24/02/2024 03:40",
                        "16M laceration to palm (knife), BIBP. Sutured. Safeguarding: police present, YP from out of area.",
                    ],
                    "E5",
                    "2024-02-24",
                ),
            ],
        )
    ],
)
R.xlsx(
    "School.xlsx",
    [
        (
            "CPOMS",
            [],
            [["Date", "Category", "Note"]],
            [
                (
                    [D(2024, 2, 8), "Police", "Police (SRO) informed DSL that Kai was arrested yesterday in a drugs raid."],
                    "E1",
                    "2024-02-08",
                ),
                (
                    [D(2024, 2, 26), "Attendance", "Kai absent all week. Mum says he was missing and hurt his hand."],
                    None,
                    "2024-02-26",
                ),
            ],
        )
    ],
)
R.done()
