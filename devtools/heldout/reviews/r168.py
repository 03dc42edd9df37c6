"""A held-out review (see ../README.md): python r168.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Terse shorthand: DA household, children Kacey (6) and Liam (3). V = Jade, S = Connor.
R.csv(
    "POLICE STORM export.csv",
    [],
    ["DATE", "TIME", "LOG", "REMARKS"],
    [
        (
            [
                "02/01/2024",
                "0112",
                "LOG 45",
                "DA. RP JADE (V) STATES EX CONNOR (S) KICKED DOOR IN. S DECAMPED PRIOR TO POL ARR. 2 CYP PRESENT. DASH HIGH. MARAC REF. PPN TO MASH.",
            ],
            "E1",
            "2024-01-02",
        ),
        (["02/01/2024", "1400", "LOG 45", "S LOCATED AND ARRESTED ABH/CRIM DAM. IN CUSTODY."], "E2", "2024-01-02"),
        (["03/01/2024", "1030", "LOG 45", "S CHARGED ABH, REMANDED TO COURT."], None, "2024-01-03"),
        (["04/01/2024", "0930", "", "S BAILED AT MAGS WITH CONDS NOT TO CONTACT V OR ATTEND ADDRESS."], "E3", "2024-01-04"),
        (["20/01/2024", "2305", "LOG 311", "BREACH OF BAIL - S AT V ADDRESS, ARRESTED. CYP ASLEEP. PPN."], "E4", "2024-01-20"),
    ],
)
R.xlsx(
    "MASH.xlsx",
    [
        (
            "MASH",
            [],
            [["Date", "Source", "Summary", "Decision"]],
            [
                (
                    [
                        D(2024, 1, 2),
                        "Police",
                        "PPN: DA high risk, ex-p kicked door in, CYP x2 present. S arrested pm.",
                        "Step up to CSC – assessment.",
                    ],
                    "E1",
                    "2024-01-02",
                ),
                (
                    [
                        D(2024, 1, 22),
                        "Police",
                        "PPN: S breached bail conds at V's address on 20/01, arrested. CYP present asleep.",
                        "To allocated SW.",
                    ],
                    "E4",
                    "2024-01-22",
                ),
            ],
        )
    ],
)
R.xlsx(
    "CSC assessment team.xlsx",
    [
        (
            "Chronology",
            [],
            [["Date", "Type", "Narrative"]],
            [
                (
                    [
                        D(2024, 1, 3),
                        "Visit",
                        "HV (home visit) – M (Jade) seen with both CYP. M says S will not be allowed back. Agreed safety plan.",
                    ],
                    None,
                    "2024-01-03",
                ),
                (
                    [D(2024, 1, 11), "Meeting", "MARAC – V heard. Actions: IDVA to support, refuge considered."],
                    "E5",
                    "2024-01-11",
                ),
                (
                    [D(2024, 1, 22), "Info", "Received PPN re S at the address Sat night in breach of bail. HV booked."],
                    "E4",
                    "2024-01-22",
                ),
            ],
        )
    ],
)
R.xlsx(
    "IDVA.xlsx",
    [
        (
            "IDVA",
            [],
            [["Date", "Notes"]],
            [
                (
                    [D(2024, 1, 3), "Ref rec'd from pol (DASH high). T/C to V, safety planning. Agreed to MARAC."],
                    "E1",
                    "2024-01-03",
                ),
                ([D(2024, 1, 11), "MARAC. V's case heard; IDVA to progress refuge referral."], "E5", "2024-01-11"),
            ],
        )
    ],
)
R.xlsx(
    "Health Visiting.xlsx",
    [
        (
            "HV",
            [],
            [["Date", "Entry"]],
            [
                (
                    [D(2024, 1, 4), "PPN rec'd via MASH re DA incident 02/01 – S arrested. HV to do targeted contact."],
                    "E1",
                    "2024-01-04",
                ),
                ([D(2024, 1, 11), "MARAC – HV info shared (not attended)."], None, "2024-01-11"),
            ],
        )
    ],
)
R.xlsx(
    "Primary School.xlsx",
    [
        (
            "CPOMS",
            [],
            [["Date", "Category", "Note"]],
            [
                (
                    [
                        D(2024, 1, 2),
                        "Op Encompass",
                        "Op Encompass notification rec'd: DA at Kacey's home overnight. TA to check in with K.",
                    ],
                    "E1",
                    "2024-01-02",
                ),
                (
                    [D(2024, 1, 22), "Op Encompass", "OE notification – incident at home Sat night, police attended."],
                    "E4",
                    "2024-01-22",
                ),
            ],
        )
    ],
)
R.done()
