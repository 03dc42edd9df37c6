"""A held-out review (see ../README.md): python r173.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Amira (15): anorexia, self-harm, online grooming; a Tier 4 admission.
R.xlsx(
    "CAMHS chronology.xlsx",
    [
        (
            "CAMHS",
            [["Northshire CAMHS"]],
            [["Date", "Clinician", "Type", "Note"]],
            [
                (
                    [
                        D(2023, 9, 4),
                        "Dr Lee",
                        "Assessment",
                        "Eating disorder assessment: BMI 15.1, restricting, self-harm by cutting. Added to ED pathway.",
                    ],
                    None,
                    "2023-09-04",
                ),
                (
                    [
                        D(2023, 10, 2),
                        "Crisis team",
                        "Crisis",
                        "Seen in A&E by CAMHS crisis after ligature attempt at home. Safety plan, discharged home.",
                    ],
                    "E1",
                    "2023-10-02",
                ),
                (
                    [D(2023, 10, 16), "Dr Lee", "Review", "Weight loss continues, BMI 14.2. Referral for Tier 4 bed."],
                    None,
                    "2023-10-16",
                ),
                (
                    [D(2023, 10, 30), "Dr Lee", "Admission", "Admitted to Tier 4 unit (Rowan Ward) informally."],
                    "E3",
                    "2023-10-30",
                ),
            ],
        )
    ],
)
R.csv(
    "Hospital ED.csv",
    [],
    ["Date", "Time", "Presenting complaint", "Notes"],
    [
        (
            [
                "01/10/2023",
                "23:50",
                "Self harm",
                "15F brought by parents after attempting to tie ligature. No marks. Medically fit. Referred CAMHS crisis.",
            ],
            "E1",
            "2023-10-01",
        ),
    ],
)
R.xlsx(
    "School nurse.xlsx",
    [
        (
            "SN",
            [],
            [["Date", "Details"]],
            [
                (
                    [
                        D(2023, 9, 13),
                        "Amira referred to school nurse by head of year re weight loss; BMI 15. CAMHS already involved.",
                    ],
                    None,
                    "2023-09-13",
                ),
                (
                    [D(2023, 10, 3), "Mum called to say Amira had been to A&E on Sunday night after trying to hang herself."],
                    "E1",
                    "2023-10-03",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Secondary school.xlsx",
    [
        (
            "CPOMS",
            [],
            [["Date", "Category", "Note"]],
            [
                (
                    [
                        D(2023, 10, 3),
                        "Mental health",
                        "Mum informed school of Amira's A&E attendance Sunday (ligature). Safety plan shared.",
                    ],
                    "E1",
                    "2023-10-03",
                ),
                (
                    [
                        D(2023, 10, 10),
                        "Online safety",
                        "Amira disclosed to DSL that a man she met online asked for images; she sent some. Referred to MASH and police.",
                    ],
                    "E2",
                    "2023-10-10",
                ),
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
            [["Date", "Summary"]],
            [
                (
                    [
                        D(2023, 10, 10),
                        "Referral from school: 15 yr old sent indecent images to adult male met online. Crime recorded (CSEA). Devices seized.",
                    ],
                    "E2",
                    "2023-10-10",
                ),
                ([D(2023, 10, 12), "Strategy discussion with CSC re online CSE."], "E4", "2023-10-12"),
            ],
        )
    ],
)
R.xlsx(
    "Childrens social care.xlsx",
    [
        (
            "CSC",
            [],
            [["Date", "Summary"]],
            [
                ([D(2023, 10, 10), "MASH contact from school – online grooming disclosure."], "E2", "2023-10-10"),
                ([D(2023, 10, 12), "Strategy discussion with police and school: s47 (online CSE)."], "E4", "2023-10-12"),
                ([D(2023, 10, 31), "Informed by CAMHS of Amira's admission to Rowan Ward yesterday."], "E3", "2023-10-31"),
            ],
        )
    ],
)
R.xlsx(
    "GP.xlsx",
    [
        (
            "GP",
            [],
            [["Date", "Summary"]],
            [
                (
                    [D(2023, 10, 4), "A&E letter 01/10: ligature attempt, CAMHS crisis review, home with safety plan."],
                    "E1",
                    "2023-10-04",
                ),
                ([D(2023, 11, 2), "Letter: admitted to Rowan Ward (Tier 4) 30/10/23."], "E3", "2023-11-02"),
            ],
        )
    ],
)
R.done()
