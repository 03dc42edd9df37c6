"""A held-out review (see ../README.md): python r167.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Zain (11), cerebral palsy, non-verbal; weight loss, missed appointments, a pressure sore; mother Nadia.
R.xlsx(
    "Special school.xlsx",
    [
        (
            "Log",
            [],
            [["Details", "Staff", "Date"]],
            [
                (
                    [
                        "TAC meeting at school: mum, OT, school nurse, SW. Concerns about weight loss and wheelchair not fitting.",
                        "HT",
                        "12.09.2023 (Tues)",
                    ],
                    "E1",
                    "2023-09-12",
                ),
                (
                    ["Zain came in with a red mark on his sacrum, school nurse informed.", "Class teacher", "03.10.2023 (Tues)"],
                    "E2",
                    "2023-10-03",
                ),
                (
                    ["EHCP annual review – mum did not attend; OT and SW attended.", "SENCO", "17.10.2023 (Tues)"],
                    "E4",
                    "2023-10-17",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Community Childrens Nursing.xlsx",
    [
        (
            "CCN",
            [],
            [["Date", "Time", "Nurse", "Notes"]],
            [
                (
                    [
                        D(2023, 9, 12),
                        "10:00-11:30",
                        "SN Evans",
                        "Attended TAC at school. Weight 22.1kg (down 1.4kg). Referral to dietitian.",
                    ],
                    "E1",
                    "2023-09-12",
                ),
                (
                    [
                        D(2023, 10, 3),
                        "13:00",
                        "SN Evans",
                        "Called to school: grade 2 pressure ulcer on sacrum. Dressing applied. Safeguarding referral to CSC (neglect of care needs).",
                    ],
                    "E2",
                    "2023-10-03",
                ),
                (
                    [
                        D(2023, 10, 5),
                        "16:00",
                        "SN Evans",
                        "Home visit with SW to review pressure care: no pressure-relieving mattress in use, hoist broken.",
                    ],
                    "E3",
                    "2023-10-05",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Disabled Childrens Team.xlsx",
    [
        (
            "Chronology",
            [["Disabled Children's Team – chronology"]],
            [["Date", "Event", "Outcome"]],
            [
                (
                    [D(2023, 9, 12), "Team around the child meeting in school.", "Plan: dietitian, OT review of seating."],
                    "E1",
                    "2023-09-12",
                ),
                (
                    [
                        D(2023, 10, 3),
                        "Referral from school nursing – pressure ulcer, concerns re care at home.",
                        "Strategy discussion.",
                    ],
                    "E2",
                    "2023-10-03",
                ),
                ([D(2023, 10, 4), "Strategy discussion: health, school, police. S47 (neglect).", "S47"], "E5", "2023-10-04"),
                (
                    [D(2023, 10, 5), "Joint home visit with CCN.", "Equipment request; carers assessment for mum."],
                    "E3",
                    "2023-10-05",
                ),
                ([D(2023, 10, 17), "EHCP review at school.", ""], "E4", "2023-10-17"),
            ],
        )
    ],
)
R.xlsx(
    "OT service.xlsx",
    [
        (
            "OT",
            [],
            [["Date of contact", "Contact", "Notes"]],
            [
                ([D(2023, 9, 12), "Meeting", "TAC – wheelchair review to be booked."], "E1", "2023-09-12"),
                ([D(2023, 9, 26), "Clinic", "Wheelchair clinic – Zain not brought."], None, "2023-09-26"),
                ([D(2023, 10, 17), "Meeting", "EHCP annual review."], "E4", "2023-10-17"),
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
            [["Date", "Details"]],
            [
                (
                    [
                        D(2023, 10, 4),
                        "Strategy discussion re disabled child with pressure ulcer. No police role at present; single agency s47.",
                    ],
                    "E5",
                    "2023-10-04",
                ),
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
            [["Date", "Type", "Summary"]],
            [
                ([D(2023, 8, 30), "Admin", "Dietitian letter: Zain DNA x2, discharged."], None, "2023-08-30"),
                (
                    [
                        D(2023, 10, 4),
                        "Telephone",
                        "Strategy discussion with CSC: no recent GP contact with Zain, last seen 2022.",
                    ],
                    "E5",
                    "2023-10-04",
                ),
            ],
        )
    ],
)
R.done()
