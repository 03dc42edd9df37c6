"""A held-out review (see ../README.md): python r570.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: two children living with nine dogs in squalor. The RSPCA is one of the
# agencies. Each agency tells the same event in its own words: 'Concern shared with children's services: children
# living among dog mess' and 'Contact from the RSPCA: children living with 9 dogs in squalid conditions'; a joint
# visit as 'Joint visit with the RSPCA inspector' and 'Revisit with the social worker'; a warrant as 'Assisted the
# RSPCA with a warrant: 5 dogs seized' and 'Warrant executed with police: 5 dogs removed to kennels'; an initial
# child protection conference three agencies attended.
# Layouts: the RSPCA's CSV 'Incident date | Officer | Narrative' with dates typed '9/1/2024'; social care's sheet
# with its header in row 2; the police's Word paragraphs '20.02.2024 - …'; the school's OpenDocument sheet; health
# visiting's 'Date of contact | Type of contact | Outcome'.

R.csv("RSPCA.csv", [], ["Incident date", "Officer", "Narrative"], [
    (["9/1/2024", "Insp Ward", "Complaint from a neighbour: dogs barking constantly, smell. Visited: 9 dogs in a "
      "kitchen covered in faeces, two children present. Advice given."], "S2", "2024-01-09"),
    (["10/1/2024", "Insp Ward", "Concern shared with children's services: children living among dog mess."], "E2",
     "2024-01-10"),
    (["15/1/2024", "Insp Ward", "Revisit with the social worker: 5 dogs remain, kitchen cleaned."], "E3",
     "2024-01-15"),
    (["20/2/2024", "Insp Ward", "Warrant executed with police: 5 dogs removed to kennels."], "E4", "2024-02-20"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [["Children's services chronology"]], [["Date", "Note"]], [
    ([D(2024, 1, 10), "Contact from the RSPCA: children living with 9 dogs in squalid conditions."], "E2",
     "2024-01-10"),
    ([D(2024, 1, 15), "Joint visit with the RSPCA inspector: some improvement, 4 dogs rehomed."], "E3",
     "2024-01-15"),
    ([D(2024, 2, 21), "Police told us the dogs were seized yesterday; children at school at the time."], "E4",
     "2024-02-21"),
    ([D(2024, 3, 5), "Initial child protection conference: both children subject to CP plans (neglect)."], "E5",
     "2024-03-05"),
])])

R.docx_paragraphs("Police.docx", "Police - log (Marsh family)", [
    ("20.02.2024 - Assisted the RSPCA with a warrant: 5 dogs seized under s18 Animal Welfare Act. Mother abusive to "
     "officers.", "E4", "2024-02-20"),
])

R.ods("Brookside Primary.ods", "Concerns", ["Date", "Staff", "Concern"], [
    ([D(2023, 12, 4), "Class teacher", "Kian smelled strongly of dogs and urine; clean uniform provided."], "S1",
     "2023-12-04"),
    ([D(2024, 3, 5), "DSL", "Attended the ICPC; both children made subject to plans."], "E5", "2024-03-05"),
])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date of contact", "Type of contact", "Outcome"]], [
    ([D(2024, 3, 5), "Meeting", "ICPC attended: CP plan for neglect for the 3 year old."], "E5", "2024-03-05"),
])])
R.done()
