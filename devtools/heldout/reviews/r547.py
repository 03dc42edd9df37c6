"""A held-out review (see ../README.md): python r547.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Jacob (8), with complex disabilities and a gastrostomy, neglect of his
# care at home. Each agency tells the same event in its own words: 'PEG site infected, missed feeds',
# 'gastrostomy site red and sore, feeds not given'; the hospice stay as 'admitted for planned respite', 'respite
# stay at the hospice'; the meeting as 'TAC meeting', 'team around the child meeting'. Layouts: the community
# children's nurses' OpenDocument sheet with a 'Time' column; the hospice's CSV 'Admission date | Discharge date |
# Stay'; the special school's sheet; the paediatrician's Word paragraphs; children's social care's sheet.

R.ods("Community Childrens Nursing.ods", "Visits", ["Date", "Time", "Nurse", "Visit"], [
    (["04/03/2024", "10:30", "CCN", "Visit at school: PEG site infected, missed feeds over the weekend per mum's "
      "chart. Swab taken; GP asked for antibiotics."], "E1", "2024-03-04"),
    (["12/03/2024", "14:00", "CCN", "TAC meeting at school: feeding plan, respite at the hospice."], "E2",
     "2024-03-12"),
])

R.xlsx("Special School.xlsx", [("Log", [], [["Date", "Staff", "Entry"]], [
    ([D(2024, 3, 4), "School nurse", "CCN saw Jacob in school: gastrostomy site red and sore, feeds not given at "
      "home this morning."], "E1", "2024-03-04"),
    ([D(2024, 3, 12), "Class teacher", "Team around the child meeting in school with mum, CCN and SW."], "E2",
     "2024-03-12"),
])])

R.csv("Hospice.csv", [], ["Admission date", "Discharge date", "Stay"], [
    (["18/03/2024", "21/03/2024", "Admitted for planned respite: weight down 0.8kg since January; feeds and "
      "meds given as planned."], "E3", "2024-03-18"),
])

R.docx_paragraphs("Community Paediatrics.docx", "Community paediatrics - letters", [
    ("26/03/2024 - Clinic: Jacob's weight fell at home and recovered during his respite stay at the hospice; "
     "concern about care at home, to social care.", "E4", "2024-03-26"),
])

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 3, 12), "SW Reid", "TAC at school: mum struggling with feeds; hospice respite agreed."], "E2",
     "2024-03-12"),
    ([D(2024, 3, 27), "SW Reid", "Referral from community paediatrician: weight loss at home, gained at the "
      "hospice. Strategy discussion requested."], "E4", "2024-03-27"),
])])
R.done()
