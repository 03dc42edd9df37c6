"""A held-out review (see ../README.md): python r174.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
import xlwt
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Self-neglect and hoarding: Mr Peter Grant (71). Fire, environmental health, housing, ASC, GP.
# Housing: old .xls from a housing management system
wb = xlwt.Workbook()
ws = wb.add_sheet("Contacts")
datefmt = xlwt.easyxf(num_format_str="DD/MM/YYYY")
rows = [["Housing – tenancy contacts: Mr P Grant"], [], ["Date", "Officer", "Contact notes"]]
data = [
    (
        D(2023, 4, 12),
        "TO Reid",
        "Gas safety check – no access, property heavily cluttered, smell of gas cooker? Referred to EH.",
        None,
        "2023-04-12",
    ),
    (
        D(2023, 5, 3),
        "TO Reid",
        "Joint visit with environmental health: hoarding level 8, rats. Fire service referral for safe and well.",
        "E1",
        "2023-05-03",
    ),
    (
        D(2023, 6, 20),
        "TO Reid",
        "Fire at property last night – Mr Grant rescued by fire service. Flat uninhabitable, emergency B&B.",
        "E3",
        "2023-06-20",
    ),
]
for r, line in enumerate(rows):
    for c, v in enumerate(line):
        ws.write(r, c, v)
for i, (d, o, t, ev, iso) in enumerate(data):
    r = len(rows) + i
    ws.write(r, 0, d, datefmt)
    ws.write(r, 1, o)
    ws.write(r, 2, t)
    R._note("Housing.xls", "Contacts", r + 1, ev, iso, t)
wb.save(str(R.folder / "Housing.xls"))
# Environmental health: semicolon CSV in cp1252
R.csv(
    "Env Health.csv",
    [],
    ["Date", "Officer", "Notes"],
    [
        (
            [
                "03/05/2023",
                "EHO Khan",
                "Joint visit with housing officer. Hoarding – clutter rating 8/9, rodent activity. Notice under Prevention of Damage by Pests Act to follow.",
            ],
            "E1",
            "2023-05-03",
        ),
        (
            [
                "17/05/2023",
                "EHO Khan",
                "Notice served (PDPA s4). Mr Grant declined help with clearance – said the £ cost is too much.",
            ],
            None,
            "2023-05-17",
        ),
    ],
    encoding="cp1252",
    delimiter=";",
)
# Fire service: a Word table with the date merged over two rows (two entries that day)
d = docx.Document()
d.add_paragraph("Northshire Fire and Rescue Service – involvement")
t = d.add_table(rows=1, cols=3)
for c, h in zip(t.rows[0].cells, ["Date", "Time", "Details"]):
    c.text = h
fire = [
    (
        "10/05/2023",
        "10:00",
        "Safe and well visit following referral from housing: smoke alarms fitted, fire risk very high (hoarding, smoking).",
        None,
        "2023-05-10",
    ),
    (
        "19/06/2023",
        "23:42",
        "Fire in flat 3, Mr Grant rescued by BA crew, smoke inhalation. Conveyed by ambulance.",
        "E3",
        "2023-06-19",
    ),
    ("", "23:55", "Police in attendance; neighbour evacuated.", "E3b", "2023-06-19"),
]
for i, (a, b, c, ev, iso) in enumerate(fire):
    row = t.add_row().cells
    row[0].text, row[1].text, row[2].text = a, b, c
a_cell = t.rows[2].cells[0].merge(t.rows[3].cells[0])
a_cell.text = "19/06/2023"
d.save(R.folder / "Fire and Rescue.docx")
for i, (a, b, c, ev, iso) in enumerate(fire):
    R._note("Fire and Rescue.docx", None, i + 3, ev if ev != "E3b" else None, iso, c)
R.xlsx(
    "Ambulance.xlsx",
    [
        (
            "Log",
            [],
            [["Date", "Time", "Notes"]],
            [
                ([D(2023, 6, 19), "23:50", "Fire at flat, 71M smoke inhalation, conveyed to City Hospital."], "E3", "2023-06-19"),
            ],
        )
    ],
)
R.xlsx(
    "Adult Social Care.xlsx",
    [
        (
            "ASC",
            [],
            [["Date", "Details"]],
            [
                ([D(2023, 5, 4), "Safeguarding concern from housing (self-neglect, hoarding). S42 enquiry."], "E2", "2023-05-04"),
                ([D(2023, 6, 20), "Informed by housing of fire at Mr Grant's flat last night; in hospital."], "E3", "2023-06-20"),
            ],
        )
    ],
)
R.xlsx(
    "Housing safeguarding.xlsx",
    [
        (
            "Referrals",
            [],
            [["Date", "Details"]],
            [
                ([D(2023, 5, 4), "Safeguarding adult referral made to ASC re self-neglect (hoarding)."], "E2", "2023-05-04"),
            ],
        )
    ],
)
R.done()
