"""A held-out review (see ../README.md): python r244.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
import openpyxl
from lib import Review
from openpyxl.comments import Comment
from openpyxl.worksheet.table import Table

R = Review(sys.argv[1])
D = dt.datetime
# Safeguarding adults review: Alan (71), self-neglect and hoarding, a kitchen fire, a long lie.
# Vocabulary: "Safe and Well visit", "clutter image rating", "s83 notice", "long lie", "HFSV".
# Layouts: the fire service's Excel table object dated "2023/03/12"; environmental health's CSV
# with date ranges in "Date(s)"; housing's workbook with a hidden column and a cell comment; adult
# social care's "13/3/23", one with its time on a second line in the date cell; the GP's Word
# table split over two pages; the ambulance service's date-time cells.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Incidents"
ws.append(["Incident date", "Type", "Crew notes"])
fire = [
    ("2023/03/12", "Fire", "Kitchen fire (pan left on), extinguished by crew. Hoarding, clutter image rating 7. "
     "Alan checked by ambulance.", "E1", "2023-03-12"),
    ("2023/03/13", "Safeguarding", "Safeguarding referral to adult social care: self-neglect and hoarding.", "E2",
     "2023-03-13"),
    ("2023/03/21", "HFSV", "Safe and Well visit jointly with adult social care and housing: smoke alarms fitted, "
     "escape route cleared.", "E3", "2023-03-21"),
]
for r, (date, kind, text, event, iso) in enumerate(fire, start=2):
    ws.append([date, kind, text])
    R._note("Fire and Rescue.xlsx", "Incidents", r, event, iso, text)
ws.add_table(Table(displayName="FireIncidents", ref=f"A1:C{len(fire) + 1}"))
wb.save(R.folder / "Fire and Rescue.xlsx")

R.csv("Environmental Health.csv", [], ["Date(s)", "Officer", "Action"], [
    (["05/04/2023 - 19/04/2023", "EHO Burke", "Notice served under s83 Public Health Act (filthy and verminous "
      "premises): clearance by 19/04."], "E4", "2023-04-05"),
    (["19/04/2023", "EHO Burke", "Re-inspection: works partly done, extension agreed."], None, "2023-04-19"),
])

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Housing"
ws.append(["Internal ID", "Date", "Officer", "Notes"])
housing = [
    ("H-00912", D(2023, 3, 1), "HO Lewis", "Gas safety check: no access, Alan refused entry.", None, "2023-03-01"),
    ("H-00977", D(2023, 3, 21), "HO Lewis", "Joint visit with social worker and fire officer: kitchen to be cleared.",
     "E3", "2023-03-21"),
    ("H-01020", D(2023, 4, 5), "HO Lewis", "Environmental health served a notice on Alan's flat today.", "E4",
     "2023-04-05"),
]
for r, (ref, date, who, text, event, iso) in enumerate(housing, start=2):
    ws.append([ref, date, who, text])
    ws.cell(r, 2).number_format = "DD/MM/YYYY"
    R._note("Housing association.xlsx", "Housing", r, event, iso, text)
ws.column_dimensions["A"].hidden = True
ws.cell(3, 4).comment = Comment("Checked with the fire service 22/03", "HO Lewis")
wb.save(R.folder / "Housing association.xlsx")

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    (["13/3/23", "Duty", "Safeguarding concern from the fire service after a fire at Alan's flat on 12/03."], "E2",
     "2023-03-13"),
    (["21/3/23\n10:30", "SW Patel", "Joint visit with housing officer and the fire service Safe and Well officer: "
      "Alan agreed to clearance of the kitchen."], "E3", "2023-03-21"),
])])

d = docx.Document()
d.add_paragraph("Beech Road Surgery")
for part in ([("06/03/2023", "BP review: stable on amlodipine.", None, "2023-03-06")],
             [("02/05/2023", "ED discharge letter: admitted 28/04 after a long lie at home, rhabdomyolysis; "
               "discharged 01/05.", "E5", "2023-05-02")]):
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Date", "Consultation"
    for date, text, event, iso in part:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = date, text
    d.add_page_break()
d.save(R.folder / "GP.docx")
R._note("GP.docx", None, 3, None, "2023-03-06", "BP review")
R._note("GP.docx", None, 5, "E5", "2023-05-02", "ED discharge letter: admitted 28/04 after a long lie")

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Outcome", "Notes"]], [
    ([D(2023, 3, 12, 18, 40), "Not conveyed", "71M smoke inhalation check after a kitchen fire, obs normal, "
      "declined conveyance."], "E1", "2023-03-12"),
    ([D(2023, 4, 28, 9, 5), "Conveyed", "Fall at home, long lie overnight (approx 12 hours), CK raised. Conveyed "
      "to ED."], "E5", "2023-04-28"),
])])
R.done()
