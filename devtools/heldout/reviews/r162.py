"""A held-out review (see ../README.md): python r162.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
from lib import Review
from openpyxl.styles import Alignment

R = Review(sys.argv[1])
D = dt.datetime
# Baby Ava (born 2023-01-20), mother Chloe 19, care leaver. Head injury at 10 weeks.
# Hospital trust: one workbook, a sheet per service, table starting in column C, headers with line breaks
wb = openpyxl.Workbook()
wb.remove(wb.active)


def sheet(name, rows):
    ws = wb.create_sheet(name)
    ws["C2"] = f"Northgate Hospitals NHS Trust – {name}"
    ws.merge_cells("C2:F2")
    for c, h in enumerate(["Date of\ncontact", "Time", "Staff\ngroup", "Details of contact"], 3):
        ws.cell(4, c, h).alignment = Alignment(wrap_text=True)
    r = 5
    for cells, ev, iso in rows:
        for c, v in enumerate(cells, 3):
            ws.cell(r, c, v)
        R._note("Northgate trust.xlsx", name, r, ev, iso, cells[3])
        r += 1


sheet(
    "Maternity",
    [
        (
            [
                D(2022, 8, 1),
                "10:00",
                "Midwife",
                "Booking at 12 weeks. Chloe is a care leaver, PA involved. Low mood. Referral to perinatal MH.",
            ],
            None,
            "2022-08-01",
        ),
        (
            [
                D(2022, 11, 15),
                "14:00",
                "Safeguarding MW",
                "Pre-birth planning meeting with leaving care PA and HV. No CSC referral needed at present.",
            ],
            "E1",
            "2022-11-15",
        ),
        ([D(2023, 1, 20), "03:12", "Midwife", "SVD, baby girl 3.1kg. Mum and baby well."], "E2", "2023-01-20"),
        ([D(2023, 1, 21), "16:00", "Midwife", "Discharged home with baby. Community midwife informed."], "E3", "2023-01-21"),
    ],
)
sheet(
    "Paediatrics",
    [
        (
            [
                D(2023, 3, 31),
                "19:40",
                "ED nurse",
                "Ava 10/52 brought in by mum and partner: 'floppy'. CT: subdural haematoma. Transferred to PICU. Police and CSC informed.",
            ],
            "E4",
            "2023-03-31",
        ),
        (
            [D(2023, 4, 1), "11:00", "Consultant", "Strategy discussion (phone) with CSC and police. Skeletal survey requested."],
            "E5",
            "2023-04-01",
        ),
        ([D(2023, 4, 3), "", "Radiology", "Skeletal survey: 2 healing posterior rib fractures."], None, "2023-04-03"),
    ],
)
wb.save(R.folder / "Northgate trust.xlsx")
# GP: a journal laid out one consultation per block, in a single column
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Journal"
lines = [("Meadow Lane Surgery – patient record extract (Chloe M)", None, None)]
entries = [
    ("02-Aug-2022  Dr K Shah  (Surgery consultation)", "Pregnancy confirmed. Low mood, declined medication.", None, "2022-08-02"),
    (
        "21-Jan-2023  Admin  (Document)",
        "Discharge summary from Northgate maternity: normal delivery 20/01/2023.",
        "E2",
        "2023-01-21",
    ),
    (
        "01-Mar-2023  Dr K Shah  (Surgery consultation)",
        "6-8 week maternal check. EPDS 16. Sertraline started.",
        None,
        "2023-03-01",
    ),
    (
        "03-Apr-2023  Admin  (Document)",
        "Notification from Northgate: Ava admitted 31/03 with subdural haematoma, child protection investigation.",
        "E4",
        "2023-04-03",
    ),
]
r = 1
ws.cell(r, 1, lines[0][0])
r += 2
for head, body, ev, iso in entries:
    ws.cell(r, 1, head)
    R._note("GP Meadow Lane.xlsx", "Journal", r, ev, iso, body)
    r += 1
    ws.cell(r, 1, body)
    r += 2
wb.save(R.folder / "GP Meadow Lane.xlsx")
# Leaving care: a CSV with the header on row 3 and quoted multi-line text
R.csv(
    "Leaving Care Team.csv",
    [["Leaving Care Service chronology"], ["Young person: Chloe M"]],
    ["Date", "Contact type", "Case note"],
    [
        (
            [
                "15/11/2022",
                "Meeting",
                "Pre-birth planning meeting at hospital with safeguarding midwife and HV.\nAgreed no referral to CSC; PA to keep in weekly contact.",
            ],
            "E1",
            "2022-11-15",
        ),
        (["22/01/2023", "Visit", "Visited Chloe and baby at home. Partner Ryan (not known to us) present."], None, "2023-01-22"),
        (
            [
                "01/04/2023",
                "Phone",
                "Informed by CSC that Ava is in PICU with a head injury; strategy discussion held this morning.",
            ],
            "E5",
            "2023-04-01",
        ),
    ],
)
# Police: date + time in one cell as text with 'hrs'
R.xlsx(
    "Police.xlsx",
    [
        (
            "Log",
            [],
            [["Date/time", "Ref", "Summary"]],
            [
                (
                    [
                        "31/03/2023 2105hrs",
                        "CAD 3391",
                        "Call from Northgate ED: 10 week old baby with bleed on brain, NAI suspected. Officers attended hospital.",
                    ],
                    "E4",
                    "2023-03-31",
                ),
                (
                    [
                        "01/04/2023 1100hrs",
                        "",
                        "Strategy discussion with CSC and hospital. Joint s47. Parents to be interviewed.",
                    ],
                    "E5",
                    "2023-04-01",
                ),
                (
                    [
                        "04/04/2023 1000hrs",
                        "CR/2291/23",
                        "Chloe and Ryan arrested on suspicion of GBH. Interviewed, released under investigation.",
                    ],
                    "E6",
                    "2023-04-04",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Childrens Social Care.xlsx",
    [
        (
            "Chronology",
            [],
            [["Date", "Type", "Detail"]],
            [
                (
                    [
                        "31/03/2023",
                        "Contact",
                        "EDT: call from Northgate ED re 10/52 baby with subdural haematoma. Police informed.",
                    ],
                    "E4",
                    "2023-03-31",
                ),
                (
                    ["01/04/2023", "Strategy discussion", "Strategy discussion: hospital consultant, police. s47 agreed."],
                    "E5",
                    "2023-04-01",
                ),
                (["04/04/2023", "Information", "Police advise both parents arrested today, RUI."], "E6", "2023-04-04"),
                (["06/04/2023", "Court", "ICO granted. Ava to foster care on discharge."], None, "2023-04-06"),
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
            [["Date", "Contact", "Notes"]],
            [
                (["15/11/2022", "Antenatal", "Pre-birth planning meeting with midwife and PA at Northgate."], "E1", "2022-11-15"),
                (["02/02/2023", "New birth visit", "NBV – baby feeding well. Mum's mood low, EPDS 14."], None, "2023-02-02"),
                (
                    ["03/04/2023", "Information", "Informed by CSC of Ava's admission with head injury on Friday."],
                    "E4",
                    "2023-04-03",
                ),
            ],
        )
    ],
)
R.done()
