"""A held-out review (see ../README.md): python r579.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review: Grace (10), called a witch and beaten at a 'deliverance' in her aunt's church (child
# abuse linked to faith or belief). The church's safeguarding lead is among the agencies. Each agency tells the
# same event in its own words: 'her aunt's pastor says she is a witch … marks on her arms' and 'Referral from
# school: Grace says she was called a witch at church'; a strategy discussion; 'Child protection medical: healing
# linear marks on both forearms' and 'CP medical at the hospital'; the joint ABE interview; the pastor's arrest and
# 'The police told us our pastor was arrested yesterday'.
# Layouts: the school's CPOMS CSV 'Student | Incident | Categories | Date/Time'; the church's Word paragraphs
# '21st March 2024: …'; the hospital's, the police's, social care's and the GP's sheets.

R.csv("Hill Street Primary CPOMS.csv", [], ["Student", "Incident", "Categories", "Date/Time"], [
    (["Grace A", "Grace said her aunt's pastor says she is a witch and must be delivered; marks on her arms. DSL "
      "referred to children's services.", "Physical abuse, Faith", "11/03/2024 10:20"], "E1", "2024-03-11"),
])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    ([D(2024, 3, 11), "Referral from school: Grace says she was called a witch at church; marks on her arms."], "E1",
     "2024-03-11"),
    ([D(2024, 3, 12), "Strategy discussion: child abuse linked to faith or belief; section 47 joint investigation."],
     "E2", "2024-03-12"),
    ([D(2024, 3, 13), "CP medical at the hospital: marks consistent with being hit."], "E3", "2024-03-13"),
    ([D(2024, 3, 14), "Joint ABE interview with police: Grace disclosed being held down and hit at a deliverance."],
     "E4", "2024-03-14"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 3, 12), "11:00", "Strategy discussion: joint investigation with CSC (CALFB)."], "E2", "2024-03-12"),
    ([D(2024, 3, 14), "14:00", "ABE interview: Grace describes a 'deliverance' at the church: held down, hit, water "
      "poured on her."], "E4", "2024-03-14"),
    ([D(2024, 3, 20), "06:30", "Pastor arrested for child cruelty; church premises searched."], "E5", "2024-03-20"),
])])

R.xlsx("Childrens Hospital.xlsx", [("Paediatrics", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 3, 13), "Dr Obi", "Child protection medical: healing linear marks on both forearms consistent with being "
      "hit with a cane or belt."], "E3", "2024-03-13"),
])])

R.docx_paragraphs("Church Safeguarding.docx", "New Dawn Fellowship - safeguarding lead's notes", [
    ("21st March 2024: The police told us our pastor was arrested yesterday; he has stepped down.", "E5",
     "2024-03-21"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 2, 5), "Aunt brought Grace: bedwetting and nightmares."], "S1", "2024-02-05"),
])])
R.done()
