"""A held-out review (see ../README.md): python r169.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Care home resident Mr Frank Hill (84), dementia; falls, a grade 4 pressure ulcer, dehydration, death in hospital.
R.xlsx(
    "Willow Court care home.xlsx",
    [
        (
            "Daily notes",
            [["Willow Court – care records extract"]],
            [["Date", "Shift", "Carer", "Note"]],
            [
                (
                    [
                        D(2024, 2, 3),
                        "Night",
                        "RS",
                        "Frank found on the floor by his bed at 03:10, small skin tear to L elbow. 111 called, advised monitor.",
                    ],
                    "E1",
                    "2024-02-03",
                ),
                ([D(2024, 2, 3), "AM", "KP", "Frank drowsy, ate little. Skin tear dressed."], None, "2024-02-03"),
                (
                    [
                        D(2024, 2, 14),
                        "AM",
                        "KP",
                        "DN visited re sacral sore – now grade 4. Safeguarding raised with ASC by nurse.",
                    ],
                    "E2",
                    "2024-02-14",
                ),
                (
                    [
                        D(2024, 2, 20),
                        "PM",
                        "Manager",
                        "GP visit: Frank dehydrated, fluid chart poorly kept. Sent to hospital by ambulance.",
                    ],
                    "E3",
                    "2024-02-20",
                ),
                ([D(2024, 2, 27), "AM", "Manager", "Hospital rang: Frank passed away last night on ward 9."], "E5", "2024-02-27"),
            ],
        )
    ],
)
R.csv(
    "111 and ambulance.csv",
    [],
    ["Date", "Time", "Service", "Notes"],
    [
        (
            [
                "03/02/2024",
                "03:22",
                "NHS 111",
                "Care home staff calling: 84M unwitnessed fall, no head injury reported, on floor. Advised monitor, call back if worse.",
            ],
            "E1",
            "2024-02-03",
        ),
        (
            [
                "20/02/2024",
                "15:40",
                "Ambulance",
                "GP referral: elderly male, dehydration, AKI?, drowsy. Conveyed to City Hospital.",
            ],
            "E3",
            "2024-02-20",
        ),
    ],
)
R.xlsx(
    "District nursing.xlsx",
    [
        (
            "DN",
            [],
            [["Visit date", "Nurse", "Notes"]],
            [
                (
                    [D(2024, 2, 7), "DN Ali", "Sacral pressure damage grade 3. Advised 2-hourly turns, air mattress ordered."],
                    None,
                    "2024-02-07",
                ),
                (
                    [
                        D(2024, 2, 14),
                        "DN Ali",
                        "Sacral ulcer deteriorated to grade 4, turning charts incomplete. Safeguarding concern raised with ASC.",
                    ],
                    "E2",
                    "2024-02-14",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Adult Social Care.xlsx",
    [
        (
            "ASC",
            [],
            [["Date", "Type", "Details"]],
            [
                (
                    [
                        D(2024, 2, 14),
                        "Concern",
                        "Safeguarding concern from district nursing: grade 4 pressure ulcer, resident at Willow Court.",
                    ],
                    "E2",
                    "2024-02-14",
                ),
                (
                    [
                        D(2024, 2, 16),
                        "S42",
                        "Section 42 enquiry started. Provider concerns process – home has 3 other residents with pressure damage.",
                    ],
                    None,
                    "2024-02-16",
                ),
                ([D(2024, 2, 22), "Meeting", "Provider concerns meeting with CQC, ICB and home manager."], "E4", "2024-02-22"),
            ],
        )
    ],
)
R.xlsx(
    "GP practice.xlsx",
    [
        (
            "GP",
            [],
            [["Date", "Clinician", "Notes"]],
            [
                (
                    [D(2024, 2, 20), "Dr Moss", "Home visit (care home): dry, confused, reduced urine. Admit – 999 arranged."],
                    "E3",
                    "2024-02-20",
                ),
                ([D(2024, 2, 28), "Admin", "Notified of death in City Hospital 26/02/2024."], "E5", "2024-02-28"),
            ],
        )
    ],
)
R.xlsx(
    "City Hospital.xlsx",
    [
        (
            "Inpatient",
            [],
            [["Date", "Time", "Ward", "Entry"]],
            [
                (
                    [
                        D(2024, 2, 20),
                        "16:30",
                        "ED",
                        "84M from care home, severe dehydration, AKI stage 3, grade 4 sacral ulcer. Admitted. Safeguarding referral.",
                    ],
                    "E3",
                    "2024-02-20",
                ),
                ([D(2024, 2, 26), "23:50", "Ward 9", "Died. Family and care home informed."], "E5", "2024-02-26"),
            ],
        )
    ],
)
R.xlsx(
    "CQC.xlsx",
    [
        (
            "CQC",
            [],
            [["Date", "Activity"]],
            [
                (
                    [D(2024, 2, 22), "Attended LA provider concerns meeting re Willow Court. Responsive inspection planned."],
                    "E4",
                    "2024-02-22",
                ),
            ],
        )
    ],
)
R.done()
