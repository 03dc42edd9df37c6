"""A held-out review (see ../README.md): python r182.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A partnership template (.xlsm) with a long guidance block above and a key to the right of the table.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Chronology"
guidance = [
    "Northshire Safeguarding Children Partnership",
    "Child Safeguarding Practice Review – Child M",
    "Agency chronology template",
    "",
    "Guidance:",
    "1. Record each significant contact in date order.",
    "2. Use DD/MM/YYYY. If the date is unknown write 'unknown'.",
    "3. Do not include routine contacts.",
    "Agency: Northshire Community Health",
    "Completed by: J. Patel, Named Nurse",
    "",
]
for g in guidance:
    ws.append([g] if g else [])
ws.append(["Date", "Time", "Practitioner", "Contact type", "Details of contact", "Outcome", None, "Key", None])
ws.cell(13, 9, "DNA = did not attend")
rows = [
    (
        [
            D(2022, 11, 7),
            "09:30",
            "HV Ahmed",
            "Home visit",
            "Targeted HV: M (8m) dirty, nappy rash, flat smells of cannabis. Mum tearful.",
            "Refer to EH",
        ],
        "E1",
        "2022-11-07",
    ),
    ([D(2022, 11, 8), None, "HV Ahmed", "Referral", "Referral to early help hub re neglect.", "Accepted"], "E2", "2022-11-08"),
    (["unknown", None, "SN Reid", "Phone", "Mum phoned to cancel clinic (date not recorded).", None], None, None),
    ([D(2023, 1, 16), "14:00", "HV Ahmed", "Meeting", "Attended TAF at children's centre.", "Continue EH"], "E3", "2023-01-16"),
]
for cells, ev, iso in rows:
    ws.append(cells)
    R._note("Community Health.xlsm", "Chronology", ws.max_row, ev, iso, cells[4])
ws.cell(14, 9, "HV = health visitor")
ws.cell(15, 9, "TAF = team around the family")
wb.save(R.folder / "Community Health.xlsm")
R.xlsx(
    "Early Help Hub.xlsx",
    [
        (
            "Log",
            [],
            [["Date", "Details"]],
            [
                ([D(2022, 11, 8), "Referral received from HV re neglect (baby M, 8 months)."], "E2", "2022-11-08"),
                ([D(2023, 1, 16), "TAF meeting at the children's centre – HV, mum, EH worker."], "E3", "2023-01-16"),
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
                ([D(2022, 11, 20), "Cannabis smell reported by neighbour at M's address. Words of advice."], None, "2022-11-20"),
            ],
        )
    ],
)
R.done()
