"""A held-out review (see ../README.md): python r255.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
# A baby (Mia) taken into care: pre-proceedings, an interim care order, foster care, the first
# looked after review; every return terse. Vocabulary: "PLO", "LBP" (letter before proceedings),
# "ICO", "FPC" (family proceedings court), "FC" (foster carers), "LAC rv", "IRO", "att", "rpt",
# "T/C". Layouts: social care's type codes ("PLO", "CRT", "PLCMT"); health visiting's shorthand;
# Cafcass's Word table; the IRO service's.
R.xlsx("CSC.xlsx", [("Chron", [], [["Date", "Type", "Note"]], [
    (["01/08/2023", "PLO", "PLO mtg held: M+F, sols, SW, TM. LBP issued; HV rpt shared."], "E1", "2023-08-01"),
    (["22/08/2023", "CRT", "ICO granted at FPC. Care plan: FC."], "E2", "2023-08-22"),
    (["22/08/2023", "PLCMT", "Baby placed w/ FC (Mr & Mrs T) 17:00."], "E3", "2023-08-22"),
    (["05/09/2023", "LAC", "1st LAC rv: IRO chaired, FC, M, HV att."], "E4", "2023-09-05"),
])])

R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "Entry"]], [
    (["20/07/2023", "6-8 wk rv: wt 25th centile, M flat affect."], None, "2023-07-20"),
    (["01/08/2023", "Att PLO mtg - HV rpt shared."], "E1", "2023-08-01"),
    (["22/08/2023", "T/C from SW: baby placed in FC today."], "E3", "2023-08-22"),
    (["05/09/2023", "Att LAC rv."], "E4", "2023-09-05"),
])])

d = docx.Document()
d.add_paragraph("Cafcass – children's guardian")
t = d.add_table(rows=1, cols=2)
t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Date", "Activity"
cafcass = [("18/08/2023", "Guardian appointed. Case papers read.", None, "2023-08-18"),
           ("22/08/2023", "ICO hearing: ICO made; guardian supports the plan for foster care.", "E2", "2023-08-22")]
for date, text, event, iso in cafcass:
    cells = t.add_row().cells
    cells[0].text, cells[1].text = date, text
d.save(R.folder / "Cafcass.docx")
for i, (date, text, event, iso) in enumerate(cafcass):
    R._note("Cafcass.docx", None, i + 3, event, iso, text)

R.xlsx("IRO service.xlsx", [("Reviews", [], [["Date", "Review"]], [
    (["05/09/2023", "Initial looked after review chaired: placement stable, contact 3x weekly."], "E4", "2023-09-05"),
])])
R.done()
