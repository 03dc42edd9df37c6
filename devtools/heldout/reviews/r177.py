"""A held-out review (see ../README.md): python r177.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# FII concerns: Sophie (6), many appointments at two hospitals; GP receives their letters days later.
R.xlsx(
    "City Hospital.xlsx",
    [
        (
            "Outpatients",
            [],
            [["Appointment date", "Clinic", "Outcome"]],
            [
                (
                    [
                        D(2023, 2, 6),
                        "Gastro",
                        "Seen with mum. Reports vomiting daily; weight stable, bloods normal. Mum requests NG feeding.",
                    ],
                    "E1",
                    "2023-02-06",
                ),
                (
                    [D(2023, 2, 9), "Neurology", "Seen: mum describes seizures at night. EEG normal. No treatment."],
                    "E2",
                    "2023-02-09",
                ),
                ([D(2023, 3, 1), "Gastro", "WNB."], "E3", "2023-03-01"),
                (
                    [
                        D(2023, 3, 20),
                        "ED",
                        "Attended ED - mum reports seizure lasting 10 min, child well on arrival. Discharged.",
                    ],
                    "E4",
                    "2023-03-20",
                ),
            ],
        )
    ],
)
R.xlsx(
    "County Hospital.xlsx",
    [
        (
            "Clinics",
            [],
            [["Date", "Specialty", "Notes"]],
            [
                (
                    [
                        D(2023, 2, 14),
                        "Paediatrics",
                        "New referral (self-presented via ED last month). Mum did not mention City Hospital involvement. Tests requested.",
                    ],
                    "E5",
                    "2023-02-14",
                ),
                (
                    [
                        D(2023, 3, 22),
                        "Paediatrics",
                        "Consultant aware of City Hospital input; FII concerns – safeguarding discussion with named doctor.",
                    ],
                    "E6",
                    "2023-03-22",
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
            [["Date", "Type", "Entry"]],
            [
                (
                    [D(2023, 2, 10), "Letter", "City Hospital gastro clinic letter (seen 06/02): bloods normal, weight stable."],
                    "E1",
                    "2023-02-10",
                ),
                ([D(2023, 2, 15), "Letter", "City Hospital neurology letter: EEG normal, no AED."], "E2", "2023-02-15"),
                ([D(2023, 3, 6), "Letter", "City Hospital: Sophie was not brought to gastro clinic."], "E3", "2023-03-06"),
                (
                    [
                        D(2023, 3, 21),
                        "Consultation",
                        "Mum requests referral to a third hospital. Declined; GP to liaise with named doctor.",
                    ],
                    None,
                    "2023-03-21",
                ),
                (
                    [D(2023, 3, 23), "Letter", "ED letter: attended City ED 20/03 with reported seizure, well."],
                    "E4",
                    "2023-03-23",
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
                ([D(2023, 2, 6), "Absent – hospital appointment (mum)."], "E1", "2023-02-06"),
                ([D(2023, 2, 9), "Absent – hospital appointment."], "E2", "2023-02-09"),
                ([D(2023, 2, 14), "Absent – hospital."], "E5", "2023-02-14"),
                ([D(2023, 3, 1), "Absent all day – mum said hospital appointment."], None, "2023-03-01"),
            ],
        )
    ],
)
R.done()
