"""A held-out review (see ../README.md): python r241.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
# Safeguarding adults review: Edna (84) in a care home, a pressure ulcer that worsened, a fall.
# Vocabulary: "category 3 pressure ulcer", "sacrum", "#NOF", "S42", "turns chart", "Waterlow".
# Layouts: the care home's daily notes, the date written on the day shift's row and left blank on
# the night's, with a Shift column; the district nurses' semicolon CSV in cp1252 dated "12.04.2023";
# the GP's dates as bare Excel serial numbers; the hospital's Word table; adult social care's
# "Date received | Date completed".
R.xlsx("Elm Lodge care home.xlsx", [("Daily notes", [["Elm Lodge – daily notes extract: Edna"]],
                                     [["Date", "Shift", "Entry", "Signed"]], [
    (["10/04/2023", "Day", "Edna refused personal care this morning; agreed in the afternoon.", "SC"], None,
     "2023-04-10"),
    (["11/04/2023", "Day", "District nurse visited: sore on Edna's bottom dressed. Air mattress to be ordered.",
      "SC"], "E1", "2023-04-11"),
    ([None, "Night", "Turned 2 hourly. Settled.", "JB"], None, "2023-04-11"),
    (["20/04/2023", "Night", "03:10 Edna found on the floor by her bed, pain in her right hip. 999 called, taken to "
      "hospital.", "JB"], "E3", "2023-04-20"),
    (["09/05/2023", "Day", "Edna returned from hospital at 15:00. Care plan reviewed: hoist, 2 carers.", "SC"], "E5",
     "2023-05-09"),
])])

R.csv("District Nursing.csv", [], ["Visit date", "Nurse", "Wound care / notes"], [
    (["11.04.2023", "DN Okafor", "Visit to Edna at Elm Lodge: category 3 pressure ulcer to sacrum, 4x3cm. Dressing "
      "applied. Waterlow 22. Safeguarding to be raised."], "E1", "2023-04-11"),
    (["12.04.2023", "DN Okafor", "Safeguarding concern raised with adult social care – pressure ulcer, no turns "
      "chart in place."], "E2", "2023-04-12"),
    (["24.04.2023", "Team lead", "Attended section 42 meeting re Edna (in hospital)."], "E4", "2023-04-24"),
], encoding="cp1252", delimiter=";")

R.xlsx("GP surgery.xlsx", [("Journal", [], [["Date", "Type", "Notes"]], [
    ([44988, "Review", "Medication review at the care home: stable."], None, "2023-03-03"),
    ([45058, "Document", "Discharge summary received: #NOF repaired 21/04, category 4 sacral ulcer. Review in 2 "
      "weeks."], "E5", "2023-05-12"),
])])

d = docx.Document()
d.add_paragraph("County Hospital – safeguarding chronology (Edna)")
t = d.add_table(rows=1, cols=3)
for c, h in zip(t.rows[0].cells, ["Date", "Event", "Notes"]):
    c.text = h
hospital = [
    ("20/04/2023", "Admission", "Admitted via ED after a fall at her care home: fractured neck of femur. Category 4 "
     "pressure ulcer to sacrum found on admission.", "E3", "2023-04-20"),
    ("24/04/2023", "Safeguarding", "Safeguarding nurse attended S42 meeting.", "E4", "2023-04-24"),
    ("09/05/2023", "Discharge", "Discharged back to Elm Lodge with a wound care plan.", "E5", "2023-05-09"),
]
for a, b, c, event, iso in hospital:
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = a, b, c
d.save(R.folder / "County Hospital.docx")
for i, (a, b, c, event, iso) in enumerate(hospital):
    R._note("County Hospital.docx", None, i + 3, event, iso, c)

R.xlsx("Adult Social Care.xlsx", [("Safeguarding", [], [["Date received", "Date completed", "Action"]], [
    (["12/04/2023", "13/04/2023", "Safeguarding concern from district nurses: category 3 pressure ulcer, Elm Lodge."],
     "E2", "2023-04-12"),
    (["24/04/2023", "24/04/2023", "S42 planning meeting: care home manager, DN team lead, hospital safeguarding "
      "nurse."], "E4", "2023-04-24"),
    (["02/05/2023", "15/06/2023", "S42 enquiry: neglect by omission substantiated against the home."], None,
     "2023-05-02"),
])])
R.done()
