"""A held-out review (see ../README.md): python r229.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A child with complex needs (Sam, 8, gastrostomy-fed) and medical neglect. Vocabulary: "WNB" (was
# not brought), "PEG", "EHCP annual review", "short breaks", "dietitian", "weight faltering".
# Layouts: the community paediatric service's Word table; a special school's log under a year
# heading, its dates without a year ("Mon 6 Mar"); the children with disabilities team; the GP;
# the ambulance service.
d = docx.Document()
d.add_paragraph("Community Paediatrics – chronology for the review")
t = d.add_table(rows=1, cols=3)
for cell, head in zip(t.rows[0].cells, ["Date", "Clinic", "Outcome"]):
    cell.text = head
paeds = [
    ("09/01/2023", "Neurodisability clinic", "WNB. Second missed appointment. Letter to GP and school nurse.", "E1",
     "2023-01-09"),
    ("06/03/2023", "EHCP", "Attended Sam's EHCP annual review at school: weight faltering discussed.", "E2",
     "2023-03-06"),
    ("20/03/2023", "Neurodisability clinic", "Seen with dad. Weight 19.2kg (was 21kg). PEG site sore. Refer "
     "dietitian, safeguarding discussion with named nurse.", None, "2023-03-20"),
]
for date, clinic, outcome, event, iso in paeds:
    row = t.add_row().cells
    row[0].text, row[1].text, row[2].text = date, clinic, outcome
d.save(R.folder / "Community Paediatrics.docx")
for i, (_, _, outcome, event, iso) in enumerate(paeds):
    R._note("Community Paediatrics.docx", None, i + 3, event, iso, outcome)

R.xlsx("Brookfield Special School.xlsx", [("Log", [], [["Date", "Staff", "Entry"]], [
    (["2023"], None, None),
    (["Mon 6 Mar", "SENCo", "EHCP annual review held. Paediatrician, short breaks SW and mum attended. Concerns "
      "about weight and missed clinics."], "E2", "2023-03-06"),
    (["Thu 23 Mar", "Class teacher", "Sam sent in with no feed for the day; mum says she ran out. School nurse "
      "informed."], None, "2023-03-23"),
    (["Fri 24 Mar", "DSL", "Referral to children's services: feeds not sent, weight loss, missed appointments."],
     "E3", "2023-03-24"),
])])
R.csv("Children with Disabilities Team.csv", [], ["Date", "Type", "Case note"], [
    (["06/03/2023", "Meeting", "EHCP annual review at Brookfield: short breaks to continue. Paediatrician "
      "concerned about weight."], "E2", "2023-03-06"),
    (["24/03/2023", "Contact", "Referral from school DSL: feeds not sent, weight loss. Strategy discussion "
      "requested."], "E3", "2023-03-24"),
    (["28/03/2023", "Strategy", "Strategy discussion with paediatrics, school and GP: S47 (medical neglect)."],
     "E4", "2023-03-28"),
])
R.csv("GP.csv", [], ["Date", "Entry"], [
    (["12/01/2023", "Letter from community paediatrics: Sam WNB to neurodisability clinic 09/01."], "E1",
     "2023-01-12"),
    (["28/03/2023", "Strategy discussion (telephone) re Sam: GP info shared, 3 WNB to clinics since Oct."], "E4",
     "2023-03-28"),
])
R.csv("Ambulance.csv", [], ["Date", "Time", "Summary"], [
    (["02/04/2023", "19:40", "8M, PEG tube dislodged, parent unable to reinsert. Conveyed to children's ED."],
     None, "2023-04-02"),
])
R.done()
