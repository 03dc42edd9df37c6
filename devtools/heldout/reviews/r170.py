"""A held-out review (see ../README.md): python r170.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Ellie (14), looked after in a children's home; repeated missing episodes, CSE.
R.xlsx(
    "Oak House childrens home.xlsx",
    [
        (
            "Log",
            [["Oak House – significant events log"]],
            [["Date", "Time", "Event", "Staff"]],
            [
                (
                    [
                        D(2023, 3, 3),
                        "21:30",
                        "Ellie not back by 9pm curfew. Reported missing to police 21:30 (ref 112).",
                        "RSW Tom",
                    ],
                    "E1",
                    "2023-03-03",
                ),
                (
                    [D(2023, 3, 4), "02:15", "Ellie returned by police, smelt of alcohol, new phone.", "Night staff"],
                    "E2",
                    "2023-03-04",
                ),
                (
                    [
                        D(2023, 3, 6),
                        "16:00",
                        "RHI completed by independent worker. Ellie would not say where she was.",
                        "Manager",
                    ],
                    "E3",
                    "2023-03-06",
                ),
                (
                    [
                        D(2023, 3, 10),
                        "22:00",
                        "Ellie missing again – last seen getting into a silver car. Police informed.",
                        "RSW Amy",
                    ],
                    "E4",
                    "2023-03-10",
                ),
                (
                    [
                        D(2023, 3, 11),
                        "14:00",
                        "Ellie found by police at an address in Luton with adult males. Returned to home.",
                        "Manager",
                    ],
                    "E5",
                    "2023-03-11",
                ),
                ([D(2023, 3, 14), "10:00", "Strategy meeting (CSE) – manager attended.", "Manager"], "E6", "2023-03-14"),
                (
                    [D(2023, 3, 20), "15:00", "Took Ellie to sexual health clinic at her request.", "Key worker"],
                    "E7",
                    "2023-03-20",
                ),
            ],
        )
    ],
)
R.csv(
    "Police missing persons.csv",
    [],
    ["Report date", "Time", "MFH ref", "Risk", "Summary"],
    [
        (
            ["03/03/2023", "21:34", "MFH 112", "Medium", "Ellie reported missing from Oak House. Known CSE risk."],
            "E1",
            "2023-03-03",
        ),
        (
            [
                "04/03/2023",
                "01:50",
                "MFH 112",
                "",
                "Located by officers in town centre, intoxicated. Returned to Oak House 02:15. Prevention interview declined.",
            ],
            "E2",
            "2023-03-04",
        ),
        (
            [
                "10/03/2023",
                "22:10",
                "MFH 130",
                "High",
                "Ellie missing again from Oak House, seen getting into silver Audi. ANPR checks.",
            ],
            "E4",
            "2023-03-10",
        ),
        (
            [
                "11/03/2023",
                "13:20",
                "MFH 130",
                "",
                "Found at flat in Luton with two adult males (both arrested, CSE). Child Abduction Warning Notices to be issued.",
            ],
            "E5",
            "2023-03-11",
        ),
        (["14/03/2023", "10:00", "", "", "CSE strategy meeting – Op Jasmine."], "E6", "2023-03-14"),
    ],
)
R.xlsx(
    "CSC Looked After Team.xlsx",
    [
        (
            "Chronology",
            [],
            [["Date", "Category", "Notes"]],
            [
                (
                    [
                        D(2023, 3, 4),
                        "Missing",
                        "Notified by Oak House: Ellie missing overnight, returned by police in early hours.",
                    ],
                    "E2",
                    "2023-03-04",
                ),
                ([D(2023, 3, 6), "RHI", "Return home interview – Ellie disengaged."], "E3", "2023-03-06"),
                (
                    [
                        D(2023, 3, 11),
                        "Missing",
                        "Police: Ellie found in Luton with adult males, 2 arrested. Strategy meeting requested.",
                    ],
                    "E5",
                    "2023-03-11",
                ),
                (
                    [D(2023, 3, 14), "Strategy", "Strategy meeting: CSE risk high. Safety plan, consider secure."],
                    "E6",
                    "2023-03-14",
                ),
                ([D(2023, 3, 28), "LAC review", "Looked after review – IRO chaired. Placement to continue."], "E8", "2023-03-28"),
            ],
        )
    ],
)
R.xlsx(
    "RHI service.xlsx",
    [
        (
            "RHIs",
            [],
            [["Episode", "Date of RHI", "Notes"]],
            [
                (
                    [
                        "Missing 03/03/23",
                        D(2023, 3, 6),
                        "RHI at Oak House. Ellie said she was 'with friends'. Declined further work.",
                    ],
                    "E3",
                    "2023-03-06",
                ),
                (["Missing 10/03/23", D(2023, 3, 13), "RHI by phone – Ellie refused."], None, "2023-03-13"),
            ],
        )
    ],
)
R.xlsx(
    "Sexual health.xlsx",
    [
        (
            "Clinic",
            [],
            [["Attendance date", "Clinic", "Notes"]],
            [
                (
                    [
                        D(2023, 3, 20),
                        "YP clinic",
                        "14F attended with carer from residential home. STI screen, EHC. Safeguarding proforma: CSE concerns; shared with SW.",
                    ],
                    "E7",
                    "2023-03-20",
                ),
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
                ([D(2023, 3, 14), "DSL attended CSE strategy meeting."], "E6", "2023-03-14"),
                ([D(2023, 3, 28), "Head of year attended LAC review; PEP updated."], "E8", "2023-03-28"),
            ],
        )
    ],
)
R.xlsx(
    "IRO service.xlsx",
    [
        (
            "IRO",
            [],
            [["Date", "Activity"]],
            [
                (
                    [
                        D(2023, 3, 28),
                        "LAC review chaired at Oak House. Recommendations: CSE safety plan; secure criteria to be considered.",
                    ],
                    "E8",
                    "2023-03-28",
                ),
            ],
        )
    ],
)
R.done()
