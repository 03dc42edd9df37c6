"""A held-out review (see ../README.md): python r172.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A health trust's return in lanes (a column per service) beside others' returns. Baby Mia, born 2023-05-02.
R.xlsx(
    "Westshire Health Trust.xlsx",
    [
        (
            "Chronology",
            [["Westshire Health NHS Trust – integrated health chronology"]],
            [["Date", "Time", "Midwifery", "Health Visiting", "Emergency Department"]],
            [
                (
                    [D(2023, 1, 10), "10:00", "Booking at 11 weeks. Mum (19) discloses previous DA with ex-partner.", None, None],
                    None,
                    "2023-01-10",
                ),
                (
                    [D(2023, 3, 14), "14:00", "Pre-birth planning meeting with SW and HV. Plan: CIN.", None, None],
                    "E1",
                    "2023-03-14",
                ),
                ([D(2023, 3, 14), "14:00", None, "Attended pre-birth planning meeting.", None], "E1", "2023-03-14"),
                ([D(2023, 5, 2), "07:40", "Baby girl born SVD, 3.2kg.", None, None], "E2", "2023-05-02"),
                (
                    [
                        D(2023, 5, 12),
                        "11:00",
                        None,
                        "New birth visit. Mum low. Partner Jay present, refused to leave the room.",
                        None,
                    ],
                    "E3",
                    "2023-05-12",
                ),
                (
                    [
                        D(2023, 6, 3),
                        "02:10",
                        None,
                        None,
                        "Mia 4/52 brought by mum, 'fell off sofa'. Bruise L cheek. Paeds review, skeletal survey. Safeguarding referral to EDT.",
                    ],
                    "E4",
                    "2023-06-03",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Childrens Services.xlsx",
    [
        (
            "CSC",
            [],
            [["Date", "Event", "Outcome"]],
            [
                ([D(2023, 3, 14), "Pre-birth planning meeting: midwife, HV, SW.", "CIN plan on birth."], "E1", "2023-03-14"),
                (
                    [D(2023, 5, 3), "Birth notification from maternity – baby girl born 02/05.", "Allocated SW to visit."],
                    "E2",
                    "2023-05-03",
                ),
                (
                    [D(2023, 5, 12), "Joint home visit with HV (new birth visit). Jay (partner) hostile.", "Check Jay on PNC."],
                    "E3",
                    "2023-05-12",
                ),
                (
                    [
                        D(2023, 6, 3),
                        "EDT: referral from hospital – 4 week old with bruise to face, explanation fall from sofa.",
                        "Strategy discussion.",
                    ],
                    "E4",
                    "2023-06-03",
                ),
                (
                    [D(2023, 6, 3), "Strategy discussion (EDT, police, paediatrician). S47, CP medical today.", "S47"],
                    "E5",
                    "2023-06-03",
                ),
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
            [
                "03/06/2023",
                "09:00",
                "Strategy discussion with EDT and paediatrician re 4 week old with facial bruising. Joint investigation.",
            ],
            "E5",
            "2023-06-03",
        ),
        (["03/06/2023", "15:00", "Jay T arrested on suspicion of ABH (child). Interviewed, RUI."], None, "2023-06-03"),
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
                ([D(2023, 5, 4), "Birth notification: Mia born 02/05/23 at Westshire."], "E2", "2023-05-04"),
                (
                    [D(2023, 6, 5), "ED letter: Mia seen 03/06 with facial bruise, admitted for CP investigation."],
                    "E4",
                    "2023-06-05",
                ),
            ],
        )
    ],
)
R.done()
