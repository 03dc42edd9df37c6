"""A held-out review (see ../README.md): python r251.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Domestic abuse with a 4-year-old (Sophie) present; her mother Kerry. Vocabulary, police style
# in capitals: "RP" (reporting person), "IP" (injured party), "CAD", "DASH HIGH", "PPN", "Op
# Encompass"; the ambulance's "Pt", "O/A", "GCS 15", "steristrips". Layouts: the police's CSV in
# capitals with "DATE/TIME REPORTED"; the ambulance's workbook with time-of-call cells as times;
# the nursery's Word table dated "04.09.2023"; health visiting in lower case; social care's
# "Date of Contact"; the GP's "Problem" column.
R.csv("POLICE LOG EXTRACT.csv", [], ["DATE/TIME REPORTED", "CAD / LOG", "DETAILS"], [
    (["02/09/2023 22:15", "CAD 2231", "RP KERRY REPORTS EX PARTNER KICKED DOOR IN AND ASSAULTED HER. IP FACIAL "
      "INJURIES. CHILD PRESENT (SOPHIE 4). SUSPECT ARRESTED. DASH HIGH."], "E1", "2023-09-02"),
    (["03/09/2023 10:00", "", "PPN SUBMITTED TO MASH RE SOPHIE (DA, CHILD PRESENT)."], "E3", "2023-09-03"),
    (["04/09/2023 08:30", "", "OP ENCOMPASS EMAIL SENT TO LITTLE STARS NURSERY."], "E2", "2023-09-04"),
])

R.xlsx("Ambulance service.xlsx", [("ePCR", [], [["Incident Date", "Time of call", "Clinical notes"]], [
    ([D(2023, 9, 2), dt.time(22, 20), "Pt 31F assaulted by ex-partner, 2cm lac to L eyebrow, GCS 15. O/A police on "
      "scene. Steristrips applied, not conveyed."], "E1", "2023-09-02"),
])])

d = docx.Document()
d.add_paragraph("Little Stars Nursery – safeguarding log (Sophie)")
t = d.add_table(rows=1, cols=3)
for c, h in zip(t.rows[0].cells, ["Date", "Concern", "Action"]):
    c.text = h
nursery = [
    ("04.09.2023", "Operation Encompass email received: police at home on Saturday night, Sophie present.",
     "Key person to monitor. DSL informed.", "E2", "2023-09-04"),
    ("12.09.2023", "Sophie quiet, drew a picture of daddy shouting.", "Logged; shared with SW.", None, "2023-09-12"),
]
for a, b, c, event, iso in nursery:
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = a, b, c
d.save(R.folder / "Little Stars Nursery.docx")
for i, (a, b, c, event, iso) in enumerate(nursery):
    R._note("Little Stars Nursery.docx", None, i + 3, event, iso, b)

R.xlsx("Health visiting.xlsx", [("Record", [], [["Date", "Time", "Entry"]], [
    (["14/09/2023", "10:00", "joint visit with social worker: sophie's development fine. mum discussed the "
      "incident, bruising to her face healing."], "E4", "2023-09-14"),
])])

R.xlsx("Childrens Services.xlsx", [("Contacts", [], [["Date of Contact", "Contact Type", "Worker", "Summary"]], [
    (["05/09/2023", "Contact", "MASH", "PPN received from police: DA incident 02/09, child present, DASH high. "
      "Progress to assessment."], "E3", "2023-09-05"),
    (["14/09/2023", "Visit", "SW Hunt", "Joint home visit with HV: Sophie seen, mum has bruising to her face. Safety "
      "plan."], "E4", "2023-09-14"),
])])

R.xlsx("GP surgery.xlsx", [("EMIS", [], [["Date", "Problem", "Consultation notes"]], [
    (["20/08/2023", "Anxiety", "Kerry: anxious, not sleeping. Asked about home, says ex-partner is 'in the past'."],
     None, "2023-08-20"),
])])
R.done()
