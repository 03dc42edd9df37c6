"""A held-out review (see ../README.md): python r275.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
# A 16-year-old (Ethan) blackmailed online with intimate images ("sextortion"), then an overdose.
# Vocabulary: "sextortion", "financially motivated sexual extortion", "Report Remove", "CEOP",
# "OD", "paracetamol", "Pabrinex", "CAMHS liaison", "safety plan". Layouts: the school's Word
# table with a "Ref" column before the date; the police's CSV; the hospital; CAMHS; social care.
d = docx.Document()
d.add_paragraph("Westfield Academy – safeguarding chronology")
t = d.add_table(rows=1, cols=4)
for cell, head in zip(t.rows[0].cells, ["Ref", "Date", "Record", "Action"]):
    cell.text = head
school = [
    ("S-0113", "06/02/2024", "Ethan told his form tutor someone online is threatening to share nude images of him "
     "unless he pays £200.", "DSL: Report Remove explained; police called 11:20", "E1", "2024-02-06"),
    ("S-0121", "08/02/2024", "Ethan absent; mum rang, he took an overdose last night and is in hospital.",
     "DSL informed CSC", "E2", "2024-02-08"),
    ("S-0130", "19/02/2024", "Return to school meeting with Ethan, mum and CAMHS worker: reduced timetable.", "",
     "E4", "2024-02-19"),
]
for ref, date, record, action, event, iso in school:
    row = t.add_row().cells
    row[0].text, row[1].text, row[2].text, row[3].text = ref, date, record, action
d.save(R.folder / "Westfield Academy.docx")
for i, (_, _, record, _, event, iso) in enumerate(school):
    R._note("Westfield Academy.docx", None, i + 3, event, iso, record)

R.csv("Police.csv", [], ["Date", "Time", "Summary"], [
    (["06/02/2024", "11:25", "Report from Westfield Academy: 16 yr old male victim of sextortion via Instagram. "
      "Crime recorded, CEOP referral."], "E1", "2024-02-06"),
])

R.xlsx("University Hospital.xlsx", [("ED and ward", [], [["Date", "Time", "Notes"]], [
    (["07/02/2024", "23:40", "16M staggered paracetamol OD (~24 tablets) after online blackmail. NAC started. "
      "Admitted to paediatric ward."], "E2", "2024-02-07"),
    (["09/02/2024", "10:00", "Reviewed by CAMHS liaison; medically fit. Discharged home with a safety plan."],
     "E3", "2024-02-09"),
])])

R.xlsx("CAMHS.xlsx", [("Contacts", [], [["Date", "Type", "Note"]], [
    (["09/02/2024", "Liaison", "Assessment on the ward after the overdose: shame about the images, no current "
      "plan. Safety plan; follow up in 7 days."], "E3", "2024-02-09"),
    (["19/02/2024", "School", "Joined the return to school meeting with Ethan and mum."], "E4", "2024-02-19"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Note"]], [
    (["08/02/2024", "Contact from Westfield Academy: Ethan (16) in hospital after an overdose, linked to online "
      "blackmail."], "E2", "2024-02-08"),
])])
R.done()
