"""A held-out review (see ../README.md): python r171.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Tyler (15): FTEs, permanent exclusion, CME, a stabbing; education-heavy shorthand.
R.xlsx(
    "Kingsway Academy.xlsx",
    [
        (
            "Behaviour & SG",
            [["Kingsway Academy"]],
            [["Date", "Incident", "Sanction / action", "Staff"]],
            [
                (
                    [
                        D(2023, 1, 16),
                        "Tyler brought a knife (lock knife) into school, found in bag search.",
                        "PEX – head's decision. Police informed (PCSO). Parents informed.",
                        "HT",
                    ],
                    "E1",
                    "2023-01-16",
                ),
                ([D(2023, 1, 16), "DSL call to MASH re knife and concerns of CCE.", "Referral", "DSL"], "E2", "2023-01-16"),
                (
                    [D(2023, 2, 1), "Governors' disciplinary panel upheld PEX.", "Mum and Tyler attended.", "Clerk"],
                    "E3",
                    "2023-02-01",
                ),
            ],
        )
    ],
)
R.xlsx(
    "LA Inclusion team.xlsx",
    [
        (
            "Inclusion",
            [],
            [["Date", "Officer", "Notes"]],
            [
                (
                    [
                        D(2023, 1, 17),
                        "Inclusion officer",
                        "Notified of permanent exclusion from Kingsway (knife). Day 6 provision to be arranged.",
                    ],
                    "E1",
                    "2023-01-17",
                ),
                ([D(2023, 2, 1), "Inclusion officer", "Attended governors' panel – exclusion upheld."], "E3", "2023-02-01"),
                (
                    [D(2023, 2, 20), "Inclusion officer", "Tyler not attending PRU since 13/02. CME referral opened."],
                    None,
                    "2023-02-20",
                ),
            ],
        )
    ],
)
R.csv(
    "Police.csv",
    [],
    ["Date", "Time", "Ref", "Details"],
    [
        (
            [
                "16/01/2023",
                "11:20",
                "CR-0091",
                "School SRO called to Kingsway Academy – 15 yr old male in possession of bladed article. Arrested, interviewed with AA, released under investigation.",
            ],
            "E1",
            "2023-01-16",
        ),
        (
            [
                "05/03/2023",
                "21:40",
                "CR-0451",
                "Stabbing Elm Park. 15 yr old male victim (Tyler), stab wound to leg. Conveyed to RLH. Suspects unknown.",
            ],
            "E4",
            "2023-03-05",
        ),
        (
            [
                "07/03/2023",
                "10:00",
                "",
                "Strategy meeting re Tyler – exploitation, serious youth violence. Police, YOT, CSC, Education.",
            ],
            "E5",
            "2023-03-07",
        ),
    ],
)
R.xlsx(
    "Youth Offending Service.xlsx",
    [
        (
            "YOS",
            [],
            [["Date", "Contact", "Notes"]],
            [
                (
                    [D(2023, 1, 16), "Custody", "AA attended for Tyler at Forest Gate custody (knife at school)."],
                    "E1",
                    "2023-01-16",
                ),
                ([D(2023, 3, 6), "Info", "Informed Tyler stabbed last night at Elm Park, in RLH."], "E4", "2023-03-06"),
                ([D(2023, 3, 7), "Meeting", "Strategy meeting – YOS attended."], "E5", "2023-03-07"),
            ],
        )
    ],
)
R.xlsx(
    "Royal London Hospital.xlsx",
    [
        (
            "ED",
            [],
            [["Arrival", "Notes"]],
            [
                (
                    [
                        "05/03/2023 22:15",
                        "15M stab wound L thigh, brought by LAS with police. Washout, admitted under trauma team. Safeguarding referral (YP violence).",
                    ],
                    "E4",
                    "2023-03-05",
                ),
                (["08/03/2023 14:00", "Discharged home with mum."], None, "2023-03-08"),
            ],
        )
    ],
)
R.xlsx(
    "CSC.xlsx",
    [
        (
            "Chronology",
            [],
            [["Date", "Type", "Details"]],
            [
                (
                    [
                        D(2023, 1, 16),
                        "Contact",
                        "MASH contact from Kingsway Academy: knife in school, PEX, CCE concerns. To early help.",
                    ],
                    "E2",
                    "2023-01-16",
                ),
                ([D(2023, 3, 6), "Contact", "Hospital safeguarding referral: Tyler stabbed 05/03."], "E4", "2023-03-06"),
                (
                    [D(2023, 3, 7), "Strategy", "Strategy meeting held (police, YOS, education). S47. NRM referral."],
                    "E5",
                    "2023-03-07",
                ),
            ],
        )
    ],
)
R.done()
