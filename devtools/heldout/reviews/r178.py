"""A held-out review (see ../README.md): python r178.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A multi-agency template filled in by three agencies (a column each), beside the police and GP returns.
R.xlsx(
    "Multi-agency chronology.xlsx",
    [
        (
            "Chronology",
            [["Rapid review – multi-agency chronology (Baby K)"], ["Each agency to add its own entries in its column"]],
            [["Date", "Time", "Children's Social Care", "Health (midwifery / HV)", "Education (nursery)"]],
            [
                (
                    [D(2024, 1, 8), None, "Referral from midwife: mother's disclosure of DA, 34 weeks pregnant.", None, None],
                    "E1",
                    "2024-01-08",
                ),
                (
                    [
                        D(2024, 1, 8),
                        None,
                        None,
                        "Safeguarding referral made to CSC following disclosure of DA at antenatal appointment.",
                        None,
                    ],
                    "E1",
                    "2024-01-08",
                ),
                (
                    [D(2024, 1, 19), "14:00", "Strategy discussion: police, midwifery. S47 pre-birth.", None, None],
                    "E2",
                    "2024-01-19",
                ),
                ([D(2024, 1, 19), "14:00", None, "Named midwife attended strategy discussion.", None], "E2", "2024-01-19"),
                ([D(2024, 2, 20), None, None, "Baby K born 07:12 by emergency LSCS.", None], "E3", "2024-02-20"),
                ([D(2024, 2, 21), None, "Birth notification received from maternity.", None, None], "E3", "2024-02-21"),
                (
                    [D(2024, 3, 4), None, None, None, "Sibling (3) not in nursery today; mum rang to say new baby unwell."],
                    None,
                    "2024-03-04",
                ),
                ([D(2024, 3, 12), "10:00", "ICPC – CP plan (physical abuse risk).", None, None], "E4", "2024-03-12"),
                ([D(2024, 3, 12), "10:00", None, "HV attended ICPC.", None], "E4", "2024-03-12"),
                ([D(2024, 3, 12), "10:00", None, None, "Nursery manager attended ICPC re sibling."], "E4", "2024-03-12"),
            ],
        )
    ],
)
R.csv(
    "Police.csv",
    [],
    ["Date", "Time", "Details"],
    [
        (
            ["19/01/2024", "14:00", "Strategy discussion re unborn baby (DA). Police checks: father has DA history x3."],
            "E2",
            "2024-01-19",
        ),
        (["12/03/2024", "10:00", "ICPC – police report provided and DS attended."], "E4", "2024-03-12"),
    ],
)
R.xlsx(
    "GP.xlsx",
    [
        (
            "GP",
            [],
            [["Date", "Entry"]],
            [
                ([D(2024, 2, 23), "Discharge summary: baby K born 20/02/24 by EmLSCS, well."], "E3", "2024-02-23"),
            ],
        )
    ],
)
R.done()
