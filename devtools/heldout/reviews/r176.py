"""A held-out review (see ../README.md): python r176.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Care proceedings for Noah (2) and Lily (4): PLO, court hearings, Cafcass, contact centre, a parenting assessment.
R.xlsx(
    "Local Authority legal chronology.xlsx",
    [
        (
            "Proceedings",
            [["Children's Services – proceedings chronology"]],
            [["Date", "Event", "Notes"]],
            [
                (
                    [
                        D(2023, 1, 17),
                        "PLO meeting",
                        "Pre-proceedings meeting with parents and their solicitor. Letter before proceedings.",
                    ],
                    "E1",
                    "2023-01-17",
                ),
                ([D(2023, 3, 2), "Application", "C110A issued; urgent hearing listed 06/03."], None, "2023-03-02"),
                (
                    [D(2023, 3, 6), "Hearing", "Urgent hearing: ICOs granted, children placed with maternal aunt under reg 24."],
                    "E2",
                    "2023-03-06",
                ),
                (
                    [
                        D(2023, 4, 12),
                        "Hearing",
                        "CMH: directions for parenting assessment (Family Assessment Service) and drug testing.",
                    ],
                    "E3",
                    "2023-04-12",
                ),
                ([D(2023, 8, 22), "Hearing", "IRH – parents contest; final hearing listed."], "E4", "2023-08-22"),
            ],
        )
    ],
)
R.xlsx(
    "Cafcass.xlsx",
    [
        (
            "Cafcass",
            [],
            [["Date", "Activity"]],
            [
                ([D(2023, 3, 6), "Children's guardian appointed; attended first hearing. ICO supported."], "E2", "2023-03-06"),
                ([D(2023, 3, 20), "Guardian visited children at aunt's home."], None, "2023-03-20"),
                ([D(2023, 4, 12), "Case management hearing – guardian attended, supported assessment."], "E3", "2023-04-12"),
                ([D(2023, 8, 22), "Issues resolution hearing."], "E4", "2023-08-22"),
            ],
        )
    ],
)
R.xlsx(
    "Family Assessment Service.xlsx",
    [
        (
            "FAS",
            [],
            [["Date", "Session", "Notes"]],
            [
                (
                    [D(2023, 5, 3), "Session 1", "Parenting assessment started (court directed). Parents attended together."],
                    None,
                    "2023-05-03",
                ),
                ([D(2023, 5, 10), "Session 2", "Father did not attend. Mother's drug test result awaited."], None, "2023-05-10"),
                ([D(2023, 7, 28), "Report", "Final assessment report filed: negative."], None, "2023-07-28"),
            ],
        )
    ],
)
R.xlsx(
    "Contact centre.xlsx",
    [
        (
            "Contact",
            [],
            [["Date", "Contact", "Observations"]],
            [
                (
                    [D(2023, 3, 14), "Supervised", "Mum and dad arrived 20 min late. Warm with Lily; Noah unsettled."],
                    None,
                    "2023-03-14",
                ),
                ([D(2023, 3, 21), "Supervised", "Dad did not attend, mum attended."], None, "2023-03-21"),
            ],
        )
    ],
)
R.xlsx(
    "Drug and alcohol service.xlsx",
    [
        (
            "CGL",
            [],
            [["Date", "Worker", "Note"]],
            [
                ([D(2023, 1, 17), "KW Dean", "Attended PLO meeting with mum at her request."], "E1", "2023-01-17"),
                (
                    [D(2023, 4, 20), "KW Dean", "Mum's hair strand test results (court directed) show ongoing cocaine use."],
                    None,
                    "2023-04-20",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Parents solicitor letters.xlsx",
    [
        (
            "Log",
            [],
            [["Date", "Note"]],
            [
                ([D(2023, 1, 17), "Attended pre-proceedings meeting with clients."], "E1", "2023-01-17"),
            ],
        )
    ],
)
R.done()
