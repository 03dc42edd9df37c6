"""A held-out review (see ../README.md): python r196.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
import xlwt
from lib import Review
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

R = Review(sys.argv[1])
D = dt.datetime
# A toddler's scald, neglect. The partnership's Word template (a table whose cells hold several
# paragraphs), an old .xls from a GP system, an .ods from a nursery.
d = docx.Document()
d.add_paragraph("Westshire Safeguarding Children Partnership")
d.add_paragraph("Agency: Westshire Community Health (Health Visiting)")
t = d.add_table(rows=1, cols=4)
for cell, head in zip(t.rows[0].cells, ["Date", "Source", "Information / contact", "Analysis"]):
    cell.text = head
hv = [
    ("14/06/2021", "HV", "Developmental review (2 year).\nConcerns re speech; home cluttered.\nReferral to SALT.", "", None,
     "2021-06-14"),
    ("05/07/2021", "ED liaison", "Notification from ED liaison: Freddie seen 03/07 with scald to chest (tea).\n"
     "Explanation consistent.", "Missed opportunity to visit.", "E1", "2021-07-05"),
    ("12/07/2021", "HV", "Home visit following scald.\nDressing in place, healing.", "", None, "2021-07-12"),
    ("20/09/2021", "HV", "Attended strategy meeting\n(second injury: bruised ear).", "", "E3", "2021-09-20"),
]
for date, source, info, analysis, event, iso in hv:
    row = t.add_row().cells
    row[0].text, row[1].text, row[2].text, row[3].text = date, source, info, analysis
d.save(R.folder / "Health Visiting IMR.docx")
for i, (_, _, info, _, event, iso) in enumerate(hv):
    R._note("Health Visiting IMR.docx", None, i + 4, event, iso, info)

book = xlwt.Workbook()
sheet = book.add_sheet("Consultations")
gp = [("Date", "Clinician", "Consultation text", None, None),
      ("06/07/2021", "Dr Ng", "A&E attendance letter: superficial scald chest 03/07/21, dressed, for GP/practice nurse "
       "r/v.", "E1", "2021-07-06"),
      ("08/07/2021", "PN Lowe", "Dressing change scald chest. Healing well.", None, "2021-07-08"),
      ("21/09/2021", "Admin", "Strategy meeting outcome received: S47, CP medical arranged.", "E3", "2021-09-21")]
for r, (date, who, text, event, iso) in enumerate(gp):
    for c, value in enumerate((date, who, text)):
        sheet.write(r, c, value)
    if r:
        R._note("GP practice.xls", "Consultations", r + 1, event, iso, text)
book.save(str(R.folder / "GP practice.xls"))

doc = OpenDocumentSpreadsheet()
table = Table(name="Log")
nursery = [("Date", "Entry", None, None),
           ("17/09/2021", "Freddie arrived with bruising to left ear; mum says he fell off the sofa. DSL rang children's "
            "services.", "E2", "2021-09-17"),
           ("20/09/2021", "Manager attended strategy meeting re bruising.", "E3", "2021-09-20")]
for r, (date, text, event, iso) in enumerate(nursery):
    tr = TableRow()
    for value in (date, text):
        tc = TableCell(valuetype="string")
        tc.addElement(P(text=value))
        tr.addElement(tc)
    table.addElement(tr)
    if r:
        R._note("Little Stars Nursery.ods", "Log", r + 1, event, iso, text)
doc.spreadsheet.addElement(table)
doc.save(str(R.folder / "Little Stars Nursery.ods"))

R.xlsx("Westshire CSC.xlsx", [("Chronology", [], [["Date", "Details"]], [
    ([D(2021, 7, 4), "Hospital safeguarding notification: Freddie (2) attended ED 03/07 with scald, cup of tea pulled "
      "over. No further action."], "E1", "2021-07-04"),
    ([D(2021, 9, 17), "Contact from nursery: bruising to Freddie's left ear, explanation fell off sofa."], "E2",
     "2021-09-17"),
    ([D(2021, 9, 20), "Strategy meeting (nursery, HV, police, GP info): S47, CP medical."], "E3", "2021-09-20"),
])])
R.csv("Hospital ED.csv", [], ["Date", "Time", "Notes"], [
    (["03/07/2021", "19:02", "2yo scald to chest from cup of tea, superficial partial thickness 2%. Dressed. Safeguarding "
      "check: known to HV only."], "E1", "2021-07-03"),
])
R.done()
