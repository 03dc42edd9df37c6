"""A held-out review (see ../README.md): python r518.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: baby Archie (7 weeks), a head injury in a service family. Each agency
# tells the same event in its own words: the collapse as 'infant fitting', 'floppy, not feeding', 'seizures,
# CT: subdural haematomas', 'bleed on the brain'; 'strategy discussion: unexplained SDH', 'suspected abusive
# head trauma', 'suspected non-accidental head injury'; the arrest as 'arrested on suspicion of GBH', 'soldier
# arrested', 'was arrested on Tuesday'. Layouts: the military police's sheet headed in capitals 'DATE | SERIAL
# | DETAILS' with dates typed '17 JUL 24'; the Army welfare service's Word paragraphs '18 Jul 24: ...'; the
# hospital's sheet with the ward first and the date second; the ambulance service's CSV.

R.csv("Ambulance.csv", [], ["Date", "Time", "Presenting", "Notes"], [
    (["14/07/2024", "06:20", "Fitting infant", "7/52 infant floppy, not feeding, seizure activity on arrival. "
      "Conveyed to ED, pre-alert."], "E1", "2024-07-14"),
])

R.xlsx("Hospital.xlsx", [("Notes", [], [["Ward", "Date", "Note"]], [
    (["ED", D(2024, 7, 14), "Seizures. CT head: bilateral subdural haematomas of different ages. Transfer to "
      "PICU."], "E1", "2024-07-14"),
    (["PICU", D(2024, 7, 15), "Strategy discussion: unexplained SDH and retinal haemorrhages; police and children's "
      "social care. Skeletal survey requested."], "E2", "2024-07-15"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Entry"]], [
    ([D(2024, 7, 15), "Strategy meeting with CSC and the hospital: suspected abusive head trauma to a 7 week old. "
      "Joint s47."], "E2", "2024-07-15"),
    ([D(2024, 7, 16), "Father (serving soldier) arrested on suspicion of GBH, interviewed, bailed with "
      "conditions not to have unsupervised contact."], "E3", "2024-07-16"),
])])

R.xlsx("Royal Military Police.xlsx", [("Log", [], [["DATE", "SERIAL", "DETAILS"]], [
    (["17 JUL 24", "0042", "CIVIL POLICE INFORMED RMP THAT THE SOLDIER WAS ARRESTED YESTERDAY RE INJURIES TO HIS "
      "BABY. CHAIN OF COMMAND INFORMED."], "E3", "2024-07-17"),
])])

R.docx_paragraphs("Army Welfare Service.docx", "Army Welfare Service - record of involvement", [
    ("18 Jul 24: Unit welfare officer told us Cpl Dean was arrested on Tuesday about the baby's injuries. Call to "
     "mum offered.", "E3", "2024-07-18"),
])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date", "Contact", "Record"]], [
    ([D(2024, 6, 20), "New birth visit", "Dad in uniform; mum isolated from her family, new to the garrison. "
      "Feeding well."], "S1", "2024-06-20"),
    ([D(2024, 7, 15), "Phone", "PICU told us Archie has a bleed on the brain, admitted yesterday."], "E1",
     "2024-07-15"),
])])

R.xlsx("Children's Social Care.xlsx", [("Chronology", [], [["Date", "Summary"]], [
    ([D(2024, 7, 15), "Strategy discussion: suspected non-accidental head injury to Archie. Section 47, joint "
      "with police."], "E2", "2024-07-15"),
])])
R.done()
