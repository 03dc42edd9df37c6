"""A held-out review (see ../README.md): python r183.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A women's refuge charity writing long first-person entries; police, CSC, GP, housing.
R.xlsx(
    "Safe Haven Refuge.xlsx",
    [
        (
            "Involvement",
            [["Safe Haven – involvement with Leah and her children"]],
            [["Date", "What happened"]],
            [
                (
                    [
                        D(2023, 4, 3),
                        "We received a referral from the IDVA service for Leah (28) and her two children, fleeing domestic abuse in Stoke. A room was offered the same day and the family arrived at 6pm.",
                    ],
                    "E1",
                    "2023-04-03",
                ),
                (
                    [
                        D(2023, 4, 5),
                        "Our children's worker met the children. The eldest (7) told her that 'daddy hurt mummy's neck'. We shared this with children's services by phone the same afternoon.",
                    ],
                    "E2",
                    "2023-04-05",
                ),
                (
                    [
                        D(2023, 4, 20),
                        "Leah told us her ex-partner had found the refuge address through a friend's Facebook. We called the police (999) at 21:40 when he was seen outside. He left before they arrived.",
                    ],
                    "E3",
                    "2023-04-20",
                ),
                (
                    [
                        D(2023, 4, 21),
                        "Emergency move to a refuge in another area arranged with housing and the IDVA. Family left this evening.",
                    ],
                    "E4",
                    "2023-04-21",
                ),
            ],
        )
    ],
)
R.xlsx(
    "IDVA service.xlsx",
    [
        (
            "IDVA",
            [],
            [["Date", "Notes"]],
            [
                ([D(2023, 4, 3), "Refuge referral to Safe Haven made – accepted, family moving today."], "E1", "2023-04-03"),
                ([D(2023, 4, 21), "Refuge breach – arranged emergency move with housing and refuge."], "E4", "2023-04-21"),
            ],
        )
    ],
)
R.csv(
    "Police.csv",
    [],
    ["Date", "Time", "Log"],
    [
        (
            [
                "20/04/2023",
                "21:41",
                "999 from refuge staff: ex-partner of resident outside the building. Units attended, male not located. DVPN considered.",
            ],
            "E3",
            "2023-04-20",
        ),
        (["22/04/2023", "10:00", "Male arrested for harassment (refuge breach 20/04)."], None, "2023-04-22"),
    ],
)
R.xlsx(
    "CSC.xlsx",
    [
        (
            "Chronology",
            [],
            [["Date", "Summary"]],
            [
                (
                    [
                        D(2023, 4, 5),
                        "Call from Safe Haven refuge: child (7) disclosed father hurt mother's neck. Referral to be progressed to Stoke CSC (home authority).",
                    ],
                    "E2",
                    "2023-04-05",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Housing.xlsx",
    [
        (
            "Housing",
            [],
            [["Date", "Note"]],
            [
                (
                    [
                        D(2023, 4, 21),
                        "Emergency refuge move agreed – out of area placement via refuge network; IDVA and refuge manager consulted.",
                    ],
                    "E4",
                    "2023-04-21",
                ),
            ],
        )
    ],
)
R.done()
