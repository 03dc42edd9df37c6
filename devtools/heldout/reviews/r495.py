"""A held-out review (see ../README.md): python r495.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: baby Ava (3 months), a head injury in a parent and child foster placement; her mother Jess (16)
# is a looked after child. Each agency tells the same event in its own words: the fall as 'dropped', 'rolled off
# the changing table', 'head injury', 'skull fracture'; the end of the placement as 'placement ended',
# 'breakdown', 'moved out'. Layouts: the fostering agency's daily log 'Date | Time | Recorded by | Log' with
# the carers' first names; the Family Nurse Partnership's 'Visit no. | Date | Programme stage | Content'; the
# looked after children's team's 'Date | Type | Note'; the hospital's ward notes as Word paragraphs with dates
# written '14.03.2024'; the police's sheet.

R.xlsx("Fostering Agency.xlsx", [("Daily log", [], [["Date", "Time", "Recorded by", "Log"]], [
    ([D(2024, 3, 13), "18:40", "Carer (Sue)", "Jess was changing Ava on the changing table and turned away; Ava "
      "rolled off onto the floor. Crying straight away, lump on her head. Took them both to A&E. Out of hours "
      "social worker told."], "E1", "2024-03-13"),
    ([D(2024, 3, 20), "10:00", "Supervising social worker", "Supervision visit: carers shaken; placement agreed to "
      "continue with more supervision of changing."], "S1", "2024-03-20"),
    ([D(2024, 4, 5), "16:00", "Carer (Sue)", "Jess and Ava moved out today to the mother and baby unit; placement "
      "ended at the carers' request."], "E3", "2024-04-05"),
])])

R.xlsx("Family Nurse Partnership.xlsx", [("Visits", [], [["Visit no.", "Date", "Programme stage", "Content"]], [
    (["14", D(2024, 3, 6), "Infancy", "Ava feeding well, 4.9kg. Jess tired; carers supportive."], "S2", "2024-03-06"),
    (["15", D(2024, 3, 15), "Infancy", "Visit after Ava's head injury on Wednesday evening (fell from changing "
      "table): skull fracture, no bleed, home from the ward today."], "S4", "2024-03-15"),
])])

R.xlsx("Looked After Children Team.xlsx", [("Case notes", [], [["Date", "Type", "Note"]], [
    ([D(2024, 3, 14), "Information", "EDT: Ava dropped at the foster home last night, in hospital with a head "
      "injury. Strategy discussion to be held."], "E1", "2024-03-14"),
    ([D(2024, 3, 14), "Strategy discussion", "With police and paediatrics: account consistent with the injury; "
      "single agency, no s47."], "E2", "2024-03-14"),
    ([D(2024, 4, 5), "Placement move", "Parent and child placement breakdown; Jess and Ava moved to the mother and "
      "baby unit."], "E3", "2024-04-05"),
])])

R.docx_paragraphs("Hospital.docx", "Children's ward - notes", [
    ("13.03.2024 - 3 month old brought by foster carer and young mum: fell about 1m from a changing table. CT: "
     "linear parietal skull fracture, no intracranial bleed. Admitted for observation.", "E1", "2024-03-13"),
    ("14.03.2024 - Strategy discussion by phone with police and social care: history consistent.", "E2",
     "2024-03-14"),
    ("15.03.2024 - Discharged back to the foster placement.", "S3", "2024-03-15"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 3, 14), "11:30", "Strategy discussion: baby in foster care with a skull fracture after a fall from a "
      "changing table. Consistent account; no police investigation."], "E2", "2024-03-14"),
])])
R.done()
