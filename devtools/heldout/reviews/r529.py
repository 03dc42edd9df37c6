"""A held-out review (see ../README.md): python r529.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Mason (10 weeks), a broken leg with no explanation. Each agency tells the
# same event in its own words: 'spiral fracture of the femur', 'broken leg', '#femur', 'screams when his nappy
# is changed'; 'skeletal survey: further fractures', 'more broken bones found'; 'interim care order', 'ICO
# granted'. Layouts: the GP's sheet with 'Consultation' and 'Date' in the order 'Date' second; the emergency
# department's CSV with 'Arrival date' and 'Triage time'; the paediatric team's Word paragraphs; the police's
# sheet; children's social care's sheet with one merged 'Date' over two rows of header.

R.xlsx("GP Practice.xlsx", [("Consultations", [], [["Consultation", "Date", "Entry"]], [
    (["Face to face", D(2024, 10, 7), "Mum says he screams when his nappy is changed; left thigh swollen. Sent to "
      "ED with a letter."], "E1", "2024-10-07"),
])])

R.csv("Emergency Department.csv", [], ["Arrival date", "Triage time", "Clinical notes"], [
    (["07/10/2024", "15:10", "GP letter: swollen L thigh. X-ray: spiral fracture of the femur, no history of "
      "trauma. Paediatrics and safeguarding informed."], "E1", "2024-10-07"),
])

R.docx_paragraphs("Paediatrics.docx", "Paediatric team - Mason", [
    ("08/10/2024 - Child protection medical: #femur unexplained in a non-mobile infant; skeletal survey and CT "
     "head requested; social worker present.", "E2", "2024-10-08"),
    ("10/10/2024 - Skeletal survey: further fractures (two ribs, healing). Police and social care told.", "E3",
     "2024-10-10"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Details"]], [
    ([D(2024, 10, 7), "Strategy discussion: 10 week old with a broken leg, no explanation. Joint s47; child to stay "
      "on the ward."], "E4", "2024-10-07"),
    ([D(2024, 10, 10), "Paediatrician reports more broken bones found on the skeletal survey. Both parents "
      "arrested."], "E3", "2024-10-10"),
])])


def two_header_rows(workbook):
    workbook["Chronology"].merge_cells("A1:A2")


R.xlsx("Children's Social Care.xlsx", [("Chronology", [], [["Date", "Contact", "Details"], [None, "type", ""]], [
    ([D(2024, 10, 7), "Strategy", "Strategy discussion with police and the hospital: unexplained femur fracture in a "
      "10 week old. s47."], "E4", "2024-10-07"),
    ([D(2024, 10, 8), "Hospital", "Attended the CP medical on the ward."], "E2", "2024-10-08"),
    ([D(2024, 10, 10), "Phone", "Paediatrician: skeletal survey shows rib fractures too."], "E3", "2024-10-10"),
    ([D(2024, 10, 14), "Court", "ICO granted: Mason to foster carers on discharge."], "S1", "2024-10-14"),
])], finish=two_header_rows)
R.done()
