"""A held-out review (see ../README.md): python r185.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Drug service return from a case system: dates as serial numbers in General cells, times as day fractions.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Export"
ws.append(["ContactDate", "ContactTime", "Worker", "ContactType", "Notes"])
rows = [
    (
        45019,
        0.4375,
        "KW Ali",
        "Keywork",
        "Mum (client) on methadone 60ml, 28 weeks pregnant. Using crack at weekends. Discussed referral to social care.",
        None,
        "2023-04-03",
    ),
    (45021, 0.583333, "KW Ali", "Referral", "Referral to children's social care (unborn) sent by email.", "E1", "2023-04-05"),
    (45042, 0.416667, "KW Ali", "Meeting", "Attended pre-birth strategy meeting.", "E2", "2023-04-26"),
    (45097, 0.5, "Dr Ray", "Prescribing", "Baby born 19/06, on NNU for withdrawal. Mum's script continued.", "E3", "2023-06-20"),
]
for r in rows:
    ws.append(list(r[:5]))
    R._note("Drug service export.xlsx", "Export", ws.max_row, r[5], r[6], r[4])
wb.save(R.folder / "Drug service export.xlsx")
R.csv(
    "CSC.csv",
    [],
    ["EventDateTime", "EventType", "Description"],
    [
        (
            [
                "2023-04-05 15:12:00",
                "Contact",
                "Referral received by email from drug service re unborn baby, mum on methadone and using crack.",
            ],
            "E1",
            "2023-04-05",
        ),
        (
            ["2023-04-26 10:00:00", "Strategy", "Pre-birth strategy meeting: drug service, midwifery, police. S47."],
            "E2",
            "2023-04-26",
        ),
        (["2023-06-19 00:00:00", "Notification", "Birth notification: baby girl, NAS monitoring on NNU."], "E3", "2023-06-19"),
    ],
)
R.xlsx(
    "Maternity.xlsx",
    [
        (
            "Maternity",
            [],
            [["Date", "Time", "Notes"]],
            [
                ([D(2023, 4, 26), "10:00", "Specialist midwife at pre-birth strategy meeting."], "E2", "2023-04-26"),
                (
                    [D(2023, 6, 19), "04:50", "SVD baby girl 2.6kg. To NNU for NAS scoring (maternal methadone)."],
                    "E3",
                    "2023-06-19",
                ),
            ],
        )
    ],
)
R.done()
