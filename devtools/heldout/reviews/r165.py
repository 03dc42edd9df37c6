"""A held-out review (see ../README.md): python r165.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# SUDI: baby Noah (born 2023-06-02) died 2023-09-17 after co-sleeping; parents Kayleigh and Marc; cannabis.
R.csv(
    "EMAS incidents.csv",
    [],
    ["Incident Date", "Time Of Call", "Chief Complaint", "Clinical Narrative"],
    [
        (
            [
                "2023-09-17",
                "06:48",
                "Cardiac/Respiratory Arrest",
                "3 month old found unresponsive in parents' bed by mother. CPR by crew, conveyed under blue lights to QMC. Police informed.",
            ],
            "E3",
            "2023-09-17",
        ),
    ],
)
R.xlsx(
    "Police.xlsx",
    [
        (
            "Sheet1",
            [["NOTTS POLICE – CHRONOLOGY"]],
            [["Date", "Time", "Details"]],
            [
                ([D(2023, 8, 11), "23:10", "Noise complaint, smell of cannabis from flat. Words of advice."], None, "2023-08-11"),
                (
                    [
                        D(2023, 9, 17),
                        "07:05",
                        "Sudden death of infant. Officers attended QMC and the home address, scene preserved. Joint agency response with paediatrician.",
                    ],
                    "E3",
                    "2023-09-17",
                ),
                (
                    [
                        D(2023, 9, 17),
                        "11:30",
                        "JAR home visit with SUDI paediatrician: sleeping arrangements reviewed; cannabis and alcohol in the flat.",
                    ],
                    "E4",
                    "2023-09-17",
                ),
            ],
        )
    ],
)
R.xlsx(
    "QMC hospital.xlsx",
    [
        (
            "ED",
            [],
            [["Date/Time", "Area", "Entry"]],
            [
                (
                    [
                        D(2023, 9, 17, 7, 2),
                        "Resus",
                        "Arrived in cardiac arrest. Resuscitation continued 25 min. Death confirmed 07:31. Parents informed.",
                    ],
                    "E3",
                    "2023-09-17",
                ),
                ([D(2023, 9, 17, 11, 30), "Paediatrics", "SUDI paediatrician home visit with police (JAR)."], "E4", "2023-09-17"),
            ],
        )
    ],
)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "HV"
ws.append(["Health Visiting – chronology"])
ws.append(["Contact", None, "Type", "Notes"])
ws.merge_cells("A2:B2")
ws.append(["Date", "Time", None, None])
rows = [
    (
        [D(2023, 6, 14), "10:00", "New birth visit", "NBV: safer sleep advice given, Moses basket seen. Dad smokes outside."],
        None,
        "2023-06-14",
    ),
    (
        [
            D(2023, 7, 20),
            "14:00",
            "6-8 week review",
            "Mum reports baby often sleeps in the big bed with her. Safer sleep advice repeated.",
        ],
        None,
        "2023-07-20",
    ),
    (
        [D(2023, 9, 18), "09:00", "Notification", "Informed by CDOP of Noah's death yesterday. Records secured."],
        "E3",
        "2023-09-18",
    ),
]
for cells, ev, iso in rows:
    ws.append(cells)
    R._note("Health visiting.xlsx", "HV", ws.max_row, ev, iso, cells[3])
wb.save(R.folder / "Health visiting.xlsx")
R.xlsx(
    "GP.xlsx",
    [
        (
            "GP",
            [],
            [["Consultation date", "Type", "Summary"]],
            [
                ([D(2023, 7, 25), "Surgery", "6 week baby check, well. Mum's mood ok."], None, "2023-07-25"),
                (
                    [D(2023, 9, 19), "Admin", "Death notification received – Noah, sudden unexpected death 17/09/23."],
                    "E3",
                    "2023-09-19",
                ),
            ],
        )
    ],
)
R.xlsx(
    "CSC.xlsx",
    [
        (
            "Chronology",
            [],
            [["Date", "Details", "Outcome"]],
            [
                (
                    [
                        D(2023, 9, 17),
                        "EDT informed by police of the death of a 3 month old at home. Sibling (Ella, 4) with maternal grandmother.",
                        "Strategy discussion Monday.",
                    ],
                    "E3",
                    "2023-09-17",
                ),
                (
                    [D(2023, 9, 18), "Strategy discussion: police, health, CDOP. Ella to remain with MGM; s47.", "S47."],
                    "E5",
                    "2023-09-18",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Midwifery.xlsx",
    [
        (
            "MW",
            [],
            [["Date", "Entry"]],
            [
                ([D(2023, 6, 2), "Born 06:15, SVD. Safer sleep discussed."], "E1", "2023-06-02"),
                ([D(2023, 6, 12), "Discharged from midwifery care to HV."], None, "2023-06-12"),
            ],
        )
    ],
)
R.xlsx(
    "Nursery.xlsx",
    [
        (
            "Log",
            [],
            [["Date", "Note"]],
            [
                ([D(2023, 9, 18), "Ella not in today; nana called to say her baby brother died yesterday."], "E3", "2023-09-18"),
                ([D(2023, 9, 18), "Strategy discussion – nursery manager gave information by phone."], "E5", "2023-09-18"),
            ],
        )
    ],
)
R.done()
