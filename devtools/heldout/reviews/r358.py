"""A held-out review (see ../README.md): python r358.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Forced marriage: Samira (16) tells a teacher she is to be taken abroad to marry; a forced marriage
# protection order follows. Vocabulary: "FMU" (the Forced Marriage Unit), "FMPO", "HBA" (honour-based
# abuse), "passport", "one chance rule". Layouts: the school's Word table with a header over two rows
# ("Date" above "Day" and "Time"; "Concern" over both); police; social care; the Forced Marriage Unit's
# case log as a CSV with dates "Mon 04 Mar 2024"; the family court.

school = "Beacon High School.docx"
document = docx.Document()
document.add_paragraph("Beacon High School - safeguarding record (Samira, Y11)")
table = document.add_table(rows=2, cols=3)
table.cell(0, 0).merge(table.cell(0, 1)).text = "Date"
table.cell(0, 2).merge(table.cell(1, 2)).text = "Concern / action"
table.cell(1, 0).text = "Day"
table.cell(1, 1).text = "Time"
entries = [
    ("04/03/2024", "12:40", "Samira told her tutor she is being taken to Pakistan at Easter to marry her cousin and "
     "is frightened. DSL informed at once; MASH and police called (one chance rule: parents not told).", "E1",
     "2024-03-04"),
    ("05/03/2024", "09:00", "Strategy discussion (police, CSC, school): FMPO to be sought; Samira to stay in "
     "school.", "E2", "2024-03-05"),
    ("07/03/2024", "15:30", "Police told us the FMPO was granted today; Samira's passport surrendered.", "E4",
     "2024-03-07"),
]
for row_number, (day, time, concern, event, iso) in enumerate(entries, start=4):  # (title 1, header rows 2 and 3)
    cells = table.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = day, time, concern
    R._note(school, None, row_number, event, iso, concern)
document.save(str(R.folder / school))

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Time", "Occurrence"]], [
    ([D(2024, 3, 4), "13:10", "Call from Beacon High DSL: 16 year old female at risk of forced marriage abroad at "
      "Easter. HBA risk assessment: high. FMU informed."], "E1", "2024-03-04"),
    ([D(2024, 3, 5), "09:00", "Strategy discussion: FMPO application; no contact with the family before it is "
      "made."], "E2", "2024-03-05"),
    ([D(2024, 3, 7), "14:00", "FMPO made (without notice) at the family court: passports surrendered to police."],
     "E4", "2024-03-07"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Samira", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 3, 4), "MASH", "Contact from Beacon High and police: Samira (16) at risk of forced marriage in "
      "Pakistan at Easter."], "E1", "2024-03-04"),
    ([D(2024, 3, 5), "SW Malik", "Strategy discussion: s47; FMPO; Samira seen alone at school this afternoon."],
     "E2", "2024-03-05"),
    ([D(2024, 3, 6), "SW Malik", "Samira seen at school with an interpreter-free worker: she wants to stay at home "
      "if she is safe."], "E3", "2024-03-06"),
    ([D(2024, 3, 7), "Legal", "FMPO granted without notice until 2027."], "E4", "2024-03-07"),
])])

R.csv("Forced Marriage Unit.csv", [], ["Date", "Caseworker", "Log"], [
    (["Mon 04 Mar 2024", "FMU caseworker", "Police referral: 16F, risk of marriage in Pakistan at Easter. Advice on "
      "FMPO and the one chance rule."], "E1", "2024-03-04"),
    (["Thu 07 Mar 2024", "FMU caseworker", "Police confirm the FMPO; case stays open till after Easter."], "E4",
     "2024-03-07"),
])

R.xlsx("Family Court.xlsx", [("Orders", [], [["Hearing date", "Order", "Details"]], [
    ([D(2024, 3, 7), "FMPO", "Forced marriage protection order (without notice): Samira not to be taken out of "
      "England and Wales; passports to police within 24 hours."], "E4", "2024-03-07"),
])])
R.done()
