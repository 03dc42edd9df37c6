"""A held-out review (see ../README.md): python r184.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import pandas as pd
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A voluntary sector return in .ods (LibreOffice), a mosque youth club; plus police, school, CSC.
rows = [
    ["Date", "Staff", "Note"],
    [
        "14/10/2023",
        "Youth leader",
        "Y (13) arrived at youth club with a black eye; said he fell off his bike. Told DSL at his school next morning.",
    ],
    ["16/10/2023", "Youth leader", "Y's dad came to collect him, shouting. Y looked frightened."],
    ["21/10/2023", "Youth leader", "Y disclosed dad hits him with a belt. Called police 101 and children's services."],
]
df = pd.DataFrame(rows[1:], columns=rows[0])
df.to_excel(R.folder / "Youth club.ods", engine="odf", index=False)
for i, r in enumerate(rows[1:]):
    ev = {0: "E1", 2: "E3"}.get(i)
    R._note("Youth club.ods", "Sheet1", i + 2, ev, dt.datetime.strptime(r[0], "%d/%m/%Y").date().isoformat(), r[2])
R.xlsx(
    "School.xlsx",
    [
        (
            "CPOMS",
            [],
            [["Date", "Category", "Note"]],
            [
                (
                    [
                        D(2023, 10, 15),
                        "Injury",
                        "Youth leader phoned: Y had black eye at club last night. Seen by DSL Monday – Y says bike fall. Body map.",
                    ],
                    "E1",
                    "2023-10-15",
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
            [["Date", "Time", "Summary"]],
            [
                (
                    [
                        D(2023, 10, 21),
                        "19:45",
                        "101 call from youth worker: 13 yr old disclosed father hits him with belt. Referred to MASH, joint visit planned.",
                    ],
                    "E3",
                    "2023-10-21",
                ),
                ([D(2023, 10, 23), "10:00", "Strategy discussion: s47, ABE interview of Y."], "E4", "2023-10-23"),
            ],
        )
    ],
)
R.xlsx(
    "CSC.xlsx",
    [
        (
            "CSC",
            [],
            [["Date", "Details"]],
            [
                (
                    [
                        D(2023, 10, 21),
                        "EDT: call from youth club leader – Y disclosed physical chastisement with a belt by father. Police informed.",
                    ],
                    "E3",
                    "2023-10-21",
                ),
                ([D(2023, 10, 23), "Strategy discussion with police and school. S47."], "E4", "2023-10-23"),
            ],
        )
    ],
)
R.done()
