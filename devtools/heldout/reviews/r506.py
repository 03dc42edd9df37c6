"""A held-out review (see ../README.md): python r506.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Darren (45), killed by his wife, who was a carer for him after a stroke. Each agency
# tells the same event in its own words: his discharge as 'medically fit for discharge', 'went home', 'D/C
# home'; a carer's assessment as 'carer's assessment', 'assessment of Mrs Hart's needs as a carer'; his
# injuries as 'bruises to his arms', 'marks on both forearms'. Layouts: the stroke unit's 'Admission | Discharge |
# Summary' stay; the reablement team's visit log with dates in one column and times in the next written
# '08:00-08:30'; the GP's CSV; adult social care's sheet with a 'Date (approx)' column; the police's sheet.

R.xlsx("Stroke Unit.xlsx", [("Stays", [], [["Admission", "Discharge", "Summary"]], [
    ([D(2024, 1, 3), D(2024, 2, 2), "Left hemisphere stroke. Medically fit for discharge 30/01; home with "
      "reablement four times a day and wife as main carer."], "E1", "2024-01-03"),
])])

R.xlsx("Reablement.xlsx", [("Visits", [], [["Date", "Time", "Carer", "Visit notes"]], [
    ([D(2024, 2, 2), "17:00-17:30", "Reablement worker", "First visit after D/C home from the stroke unit. Wife "
      "coping, says she is 'exhausted already'."], "S1", "2024-02-02"),
    ([D(2024, 2, 19), "08:00-08:30", "Reablement worker", "Bruises to both of Darren's arms; he would not say how. "
      "Wife said he falls against the frame. Reported to the office; safeguarding concern raised."], "E3",
     "2024-02-19"),
])])

R.csv("GP.csv", [], ["Date", "Clinician", "Entry"], [
    (["05/02/2024", "Dr Shah", "Discharge summary received: stroke, went home 02/02 with reablement. Review in 4 "
      "weeks."], "E1", "2024-02-05"),
    (["20/02/2024", "Dr Shah", "Home visit at the request of adult social care: marks on both forearms, old and new. "
      "Wife says he grips the frame. Not consistent."], "S2", "2024-02-20"),
])

R.xlsx("Adult Social Care.xlsx", [("Contacts", [], [["Date (approx)", "Type", "Notes"]], [
    ([D(2024, 2, 12), "Carer's assessment", "Assessment of Mrs Hart's needs as a carer: low mood, no breaks, "
      "drinking more. Respite offered."], "E2", "2024-02-12"),
    ([D(2024, 2, 19), "Safeguarding concern", "From reablement: bruising to Darren's arms, unexplained. GP asked to "
      "visit; s42 enquiry."], "E3", "2024-02-19"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 3, 9), "02:15", "Female called 999 saying she had hurt her husband. Male found with head injuries, "
      "pronounced dead at the scene. Wife arrested."], "E4", "2024-03-09"),
])])
R.done()
