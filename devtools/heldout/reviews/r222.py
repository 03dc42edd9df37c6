"""A held-out review (see ../README.md): python r222.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A safeguarding adults review: Tyler (19), a care leaver in supported accommodation, heroin use, an
# overdose, then death. Layouts: the accommodation's daily log with each day's date as a heading
# over its timed entries (no date column); the leaving care service's case notes as a case system
# prints them in a Word document ("Case Note 1 of 4", "Case Note Date: …", "Note:" and the text
# below); police with date and time in two columns; the ambulance's date-time in one cell; ED
# arrival date-times; the drug service's appointments.
log = [["Willow House supported accommodation - daily log"], ["Time", "Log entry", "Staff"]]
entries = [
    ("Monday 8 January 2024", None, None),
    ("16:05", "Police attended, Tyler arrested re theft from Tesco.", "KM", "E1", "2024-01-08"),
    ("22:10", "Tyler back from custody, went to room.", "KM", None, "2024-01-08"),
    ("Monday 15 January 2024", None, None),
    ("09:45", "Tyler out with his PA to CGL assessment.", "JB", "E2", "2024-01-15"),
    ("Monday 22 January 2024", None, None),
    ("23:50", "Tyler found unresponsive in room, blue lips. 999, naloxone given by staff, came round. "
     "Ambulance took him to RUH.", "Night - DP", "E3", "2024-01-22"),
    ("Saturday 10 February 2024", None, None),
    ("07:30", "Tyler found in room not breathing on welfare check. 999. Paramedics pronounced death. Police "
     "attended.", "Night - DP", "E5", "2024-02-10"),
]
for item in entries:
    if item[1] is None:
        log.append([item[0]])
    else:
        time, text, staff, ev, iso = item
        log.append([time, text, staff])
        R._note("Willow House.xlsx", "Daily log", len(log), ev, iso, text)
import openpyxl  # noqa: E402

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Daily log"
for row in log:
    ws.append(row)
wb.save(R.folder / "Willow House.xlsx")

d = docx.Document()
d.add_paragraph("Case notes - Tyler M - Leaving Care Service")
notes = [
    ("09/01/2024 11:00", "Phone call", "Tyler told me he was arrested yesterday for shoplifting, released with a "
     "caution. Says he stole food.", "E1", "2024-01-09"),
    ("15/01/2024 10:00", "Appointment", "Went with Tyler to his CGL assessment. He wants a script.", "E2",
     "2024-01-15"),
    ("23/01/2024 09:20", "Phone call", "Willow House rang: Tyler overdosed last night, ambulance to RUH, "
     "discharged himself this morning.", "E3", "2024-01-23"),
    ("12/02/2024 09:05", "Information", "Police informed me Tyler died on Saturday at Willow House.", "E5",
     "2024-02-12"),
]
row = 2
for number, (when, kind, text, ev, iso) in enumerate(notes, start=1):
    d.add_paragraph(f"Case Note {number} of {len(notes)}")
    d.add_paragraph(f"Case Note Date: {when}")
    R._note("Leaving Care.docx", None, row + 1, ev, iso, text)  # (the block's first row: its date)
    d.add_paragraph(f"Case Note Type: {kind}")
    d.add_paragraph("Worker: A Personal Adviser")
    d.add_paragraph("Note:")
    d.add_paragraph(text)
    row += 6
d.save(R.folder / "Leaving Care.docx")
R.csv("Police.csv", [], ["Occurrence Date", "Occurrence Time", "Summary"], [
    (["08/01/2024", "15:40", "Theft from shop: Tyler M (19) detained by store security at Tesco Extra, arrested, "
      "adult caution."], "E1", "2024-01-08"),
    (["10/02/2024", "07:55", "Sudden death at Willow House: male 19, suspected drug overdose, not suspicious. "
      "Coroner informed."], "E5", "2024-02-10"),
])
R.xlsx("Ambulance.xlsx", [("Sheet1", [], [["Incident date/time", "Category", "Summary"]], [
    (["22/01/2024 23:57", "Cat 1", "19M ?opiate OD, naloxone by staff prior to arrival, GCS 14. Conveyed RUH."],
     "E3", "2024-01-22"),
    (["10/02/2024 07:41", "Cat 1", "Cardiac arrest, 19M, found by staff. ROLE. Police on scene."], "E5",
     "2024-02-10"),
])])
R.csv("RUH ED.csv", [], ["Arrival DateTime", "Chief complaint", "Notes"], [
    (["23/01/2024 00:35", "Overdose", "BIBA after heroin OD, naloxone given. Self-discharged 06:10 against advice."],
     "E3", "2024-01-23"),
])
R.xlsx("CGL.xlsx", [("Appointments", [], [["Appt date", "Attended", "Notes"]], [
    ([D(2024, 1, 15), "Yes", "Comprehensive assessment: heroin daily, smoking. PA present. Script to start."],
     "E2", "2024-01-15"),
    ([D(2024, 1, 29), "DNA", "Did not attend script review."], None, "2024-01-29"),
])])
R.done()
