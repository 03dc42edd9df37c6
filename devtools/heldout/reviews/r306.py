"""A held-out review (see ../README.md): python r306.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 10-week-old (Mia) with a fractured femur her parents could not explain: a strategy discussion, a
# skeletal survey finding old rib fractures, police protection, a placement with foster carers.
# Vocabulary: "NAI" (non-accidental injury), "spiral fracture", "skeletal survey", "CAIT", "PPO",
# "s47", "ICPC", "ISA", "interim care order". Layouts: the hospital's sheet with date and time in one
# cell ("04/03/2024 @ 14:20"); the police CAIT's CSV with dates "4 March 24"; children's social care
# with the date in a cell merged over the day's several entries; the health visitor; the GP's Word
# paragraphs ("04.03.24 – …").

R.xlsx("Royal Infirmary.xlsx", [("Paediatrics", [], [["Date/Time", "Clinician", "Entry"]], [
    (["04/03/2024 @ 14:20", "ED reg", "10/52 brought by parents: crying when nappy changed, swollen L thigh. XR: "
      "spiral # L femur. No explanation. Safeguarding: paeds and CSC called."], "E1", "2024-03-04"),
    (["04/03/2024 @ 17:00", "Paed consultant", "Strategy discussion by phone with CSC and CAIT: s47, child "
      "protection medical and skeletal survey agreed. Mia admitted."], "E2", "2024-03-04"),
    (["06/03/2024 @ 11:00", "Paed consultant", "Skeletal survey: 3 healing posterior rib fractures, about 2-3 "
      "weeks old. Shared with CSC and police."], "E3", "2024-03-06"),
])])

R.csv("Police CAIT.csv", [], ["Date", "Officer", "Log"], [
    (["4 March 24", "DC Hale", "Referral from Royal Infirmary: 10-week baby with unexplained femur fracture. "
      "Strategy discussion, s47 joint. Parents spoken to at hospital."], "E2", "2024-03-04"),
    (["6 March 24", "DC Hale", "Skeletal survey shows old rib fractures. Both parents arrested on suspicion of "
      "GBH, interviewed, RUI. PPO taken, Mia to stay in hospital."], "E4", "2024-03-06"),
    (["8 March 24", "DC Hale", "Mia discharged to foster carers under the PPO, police present."], "E5",
     "2024-03-08"),
])

# Children's social care: the date written once in a cell merged over each day's entries.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Case notes"
ws.append(["Date", "Worker", "Note"])
csc = [
    (D(2024, 3, 4), [("EDT", "Call from Royal Infirmary: spiral fracture of the femur, 10-week baby, no "
                             "explanation. Strategy discussion arranged for 17:00.", "E1"),
                     ("EDT", "Strategy discussion with paediatrician and CAIT: s47 joint investigation; Mia "
                             "to remain in hospital.", "E2")]),
    (D(2024, 3, 6), [("SW Fenn", "Skeletal survey: old rib fractures too. Police arrested both parents.", "E3"),
                     ("SW Fenn", "Police protection taken 16:30 by DC Hale; parents told at the ward.", "E4")]),
    (D(2024, 3, 8), [("SW Fenn", "Mia placed with foster carers (the Owens) on discharge.", "E5")]),
    (D(2024, 3, 11), [("Legal", "ICO application issued; hearing 13/03.", None)]),
]
row = 2
for day, entries in csc:
    first = row
    for worker, text, event in entries:
        ws.cell(row, 2, worker)
        ws.cell(row, 3, text)
        R._note("Childrens Social Care.xlsx", "Case notes", row, event, day.date().isoformat(), text)
        row += 1
    ws.cell(first, 1, day).number_format = "DD/MM/YYYY"
    if row - 1 > first:
        ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
wb.save(str(R.folder / "Childrens Social Care.xlsx"))

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date", "Type", "Note"]], [
    ([D(2024, 1, 29), "NBV", "New birth visit (late, baby in SCBU 2 weeks). Mum low; dad works nights."], None,
     "2024-01-29"),
    ([D(2024, 2, 26), "6-8 week", "6-8 week review: baby unsettled, mum says she cries when handled. Weight 25th "
      "centile."], None, "2024-02-26"),
    ([D(2024, 3, 5), "Liaison", "Paediatric liaison: admitted yesterday with a femur fracture, no explanation; "
      "s47 under way."], "E1", "2024-03-05"),
])])

R.docx_paragraphs("GP.docx", "GP record – Mia (extract)", [
    ("19.02.24 – Seen with mum: crying, ?colic. Advice. Nothing on examination.", None, "2024-02-19"),
    ("05.03.24 – Letter from Royal Infirmary: admitted 04/03 with spiral fracture of femur, safeguarding.", "E1",
     "2024-03-05"),
])
R.done()
