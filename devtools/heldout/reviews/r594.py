"""A held-out review (see ../README.md): python r594.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: four Dunn children neglected in a flat with scabies and bed bugs. Each agency
# tells the same event in its own words: the school nurse's 'all four children with a scabies rash' and the GP's
# 'Letter from the school nurse'; the council pest control's 'Bed bug treatment: heavy infestation in the children's
# beds' and the housing association's 'Pest control attended for bed bugs'; a joint home visit; an initial child
# protection conference.
# Layouts: the school nursing service's sheet; the GP's CSV; pest control's CSV 'Job no | Date | Pest | Notes';
# the housing association's sheet 'Date | Officer | Action type | Notes'; social care's Word table; the school's
# OpenDocument sheet.

R.xlsx("School Nursing.xlsx", [("Contacts", [], [["Date", "Nurse", "Contact"]], [
    ([D(2024, 10, 2), "SN Burke", "Seen in school: all four Dunn children with an itchy rash between the fingers, "
      "likely scabies. Mum phoned; letter to the GP."], "E1", "2024-10-02"),
    ([D(2024, 10, 15), "SN Burke", "Initial child protection conference: CP plans for all four children, neglect."],
     "E4", "2024-10-15"),
])])

R.csv("Ash Row Surgery.csv", [], ["Date", "Clinician", "Entry"], [
    (["03/10/2024", "Dr Lowe", "Mum with 4 children: scabies, permethrin for the whole household; advice on washing "
      "bedding."], "S2", "2024-10-03"),
    (["04/10/2024", "Admin", "Letter from the school nurse: the Dunn children have scabies and appear unkempt."],
     "E1", "2024-10-04"),
])

R.csv("Council Pest Control.csv", [], ["Job no", "Date", "Pest", "Notes"], [
    (["PC-88213", "08/10/2024", "Bed bugs", "Heavy infestation in the children's beds and the sofa; mattresses on the "
      "floor. First treatment done, second in 14 days."], "E2", "2024-10-08"),
])

R.xlsx("Ashdown Housing Association.xlsx", [("Tenancy", [], [["Date", "Officer", "Action type", "Notes"]], [
    ([D(2024, 10, 8), "TO Green", "Repair/pest", "Pest control attended for bed bugs at 5 Ash Row; tenancy officer to "
      "visit."], "E2", "2024-10-08"),
    ([D(2024, 10, 10), "TO Green", "Visit", "Joint visit with the social worker: no beds for the children, dog mess in "
      "the hall, no food in the fridge."], "E3", "2024-10-10"),
])])

R.docx_table("Childrens Social Care.docx", "Children's social care - the Dunn children", ["Date", "Worker", "Record"], [
    (["10/10/2024", "SW Ross", "Joint home visit with the housing officer: children sleeping on a bare floor, dog "
      "faeces, no food. Strategy discussion requested."], "E3", "2024-10-10"),
    (["15/10/2024", "SW Ross", "ICPC: all four children subject to child protection plans under neglect."], "E4",
     "2024-10-15"),
])

R.ods("Ash Row Primary.ods", "Log", ["Date", "Staff", "Entry"], [
    ([D(2024, 9, 20), "Class teacher", "Kayden (7) scratching, same uniform all week, hungry at breakfast club."], "S1",
     "2024-09-20"),
    ([D(2024, 10, 15), "DSL", "Attended the ICPC: neglect plans for all four; school to give breakfast daily."], "E4",
     "2024-10-15"),
])
R.done()
