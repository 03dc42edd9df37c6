"""A held-out review (see ../README.md): python r164.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Neglect of three siblings (Tia 9, Leo 6, Ruby 2). Mother Gemma, alcohol.
R.xlsx(
    "EWS chronology.xlsx",
    [
        (
            "EWS",
            [["Education Welfare Service"]],
            [["No.", "Week commencing", "Child", "Attendance %", "Action"]],
            [
                ([1, "w/c 06/03/2023", "Tia", "60%", "Attendance letter 1 sent."], None, "2023-03-06"),
                ([2, "w/c 13/03/2023", "Tia, Leo", "40%", "Home visit by EWO – no answer, card left."], None, "2023-03-13"),
                (
                    [
                        3,
                        "Tue 21st March 2023, 9am",
                        "Tia, Leo",
                        "",
                        "Home visit by EWO with school nurse: children at home, no food, mum intoxicated. Referral to CSC.",
                    ],
                    "E1",
                    "2023-03-21",
                ),
                ([4, "Thu 23rd March 2023", "All", "", "Strategy discussion (EWO contributed by phone)."], "E2", "2023-03-23"),
            ],
        )
    ],
)
R.xlsx(
    "CSC chronology.xlsx",
    [
        (
            "Sheet1",
            [],
            [["Date", "Child", "Contact", "Summary"]],
            [
                (
                    [
                        D(2023, 3, 21),
                        "All",
                        "Referral",
                        "Referral from EWS: home conditions very poor, mum under the influence, children not in school. Children seen by duty SW same day.",
                    ],
                    "E1",
                    "2023-03-21",
                ),
                (
                    [D(2023, 3, 23), "All", "Strategy", "Strategy discussion – police, school, EWS, HV, school nurse. S47 x3."],
                    "E2",
                    "2023-03-23",
                ),
                ([D(2023, 4, 14), "All", "ICPC", "ICPC – all three children CP plans, neglect."], "E3", "2023-04-14"),
                (
                    [
                        D(2023, 5, 7),
                        "Ruby",
                        "Contact",
                        "EDT: Ruby taken to A&E by grandmother after swallowing mum's tablets. Mum intoxicated. Children to grandmother's under safety plan.",
                    ],
                    "E5",
                    "2023-05-07",
                ),
            ],
        )
    ],
)
R.csv(
    "NHS111 calls.csv",
    [],
    ["Call Start", "Caller", "Disposition", "Call notes"],
    [
        (
            [
                "2023-05-06 21:14:33",
                "Grandmother",
                "ED within 1 hour",
                "2yo may have swallowed an unknown number of diazepam tablets belonging to mother. Advised ED now.",
            ],
            "E4",
            "2023-05-06",
        ),
    ],
)
R.xlsx(
    "Hospital ED.xlsx",
    [
        (
            "ED",
            [],
            [["Arrival date", "Arrival time", "Presenting complaint", "Notes"]],
            [
                (
                    [
                        D(2023, 5, 6),
                        "22:02",
                        "Ingestion",
                        "Ruby 2y accidental ingestion ?diazepam, brought by grandmother after 111 call. Obs 4 hours, well. Safeguarding referral to EDT at 02:00.",
                    ],
                    "E4",
                    "2023-05-06",
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
            [["Date From", "Date To", "Occurrence", "Summary"]],
            [
                (
                    [
                        "23/03/2023 10:00",
                        "23/03/2023 11:00",
                        "",
                        "Strategy discussion re neglect of three children. Police to do welfare visit with SW.",
                    ],
                    "E2",
                    "2023-03-23",
                ),
                (
                    [
                        "07/05/2023 01:30",
                        "07/05/2023 03:00",
                        "OCC 5521",
                        "Welfare check at request of EDT: mum intoxicated, Tia and Leo asleep upstairs, taken to grandmother's by officers.",
                    ],
                    "E5",
                    "2023-05-07",
                ),
            ],
        )
    ],
)
R.xlsx(
    "School nursing.xlsx",
    [
        (
            "SN",
            [],
            [["Date", "Details"]],
            [
                (
                    ["21/03/2023", "Joint home visit with the EWO. Children unkempt, no food. EWO to refer to CSC."],
                    "E1",
                    "2023-03-21",
                ),
                (["23/03/2023", "Strategy discussion."], "E2", "2023-03-23"),
                (["14/04/2023", "Attended ICPC, health report submitted."], "E3", "2023-04-14"),
            ],
        )
    ],
)
R.xlsx(
    "Primary school.xlsx",
    [
        (
            "Log",
            [],
            [["Date", "Time", "Pupil", "Note", "Staff"]],
            [
                ([D(2023, 3, 23), "10:00", "Tia, Leo", "DSL in strategy discussion.", "DSL"], "E2", "2023-03-23"),
                ([D(2023, 4, 14), "13:00", "Tia, Leo", "ICPC attended.", "DSL"], "E3", "2023-04-14"),
                (
                    [
                        D(2023, 5, 9),
                        "08:45",
                        "Tia",
                        "Tia said the baby 'ate mummy's sweeties' at the weekend and went to hospital.",
                        "Class teacher",
                    ],
                    "E4",
                    "2023-05-09",
                ),
            ],
        )
    ],
)
R.done()
