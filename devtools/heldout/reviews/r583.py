"""A held-out review (see ../README.md): python r583.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mrs Joan Hale (84), who has dementia, bruised by her exhausted husband and carer.
# Each agency tells the same event in its own words: 'Bruising to both of Mrs Hale's upper arms; husband says she
# fell' and 'Safeguarding concern from the district nurses'; a joint visit of the police and adult social care;
# 'Emergency respite admission: Mrs Hale arrived with her daughter' and 'Mrs Hale admitted to Beech House for 2
# weeks' respite today'; a best interests meeting three agencies attended.
# Layouts: the district nurses' OpenDocument sheet; adult social care's 'Date | Activity | Note'; the police's CSV;
# the care home's 'Date | Shift | Entry'; the GP's sheet; the memory clinic's Word paragraphs.

R.ods("District Nursing.ods", "Visits", ["Date", "Nurse", "Visit notes"], [
    ([D(2024, 6, 10), "DN Shaw", "Bruising to both of Mrs Hale's upper arms; husband says she fell. Safeguarding "
      "concern raised."], "E1", "2024-06-10"),
])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Activity", "Note"]], [
    ([D(2024, 6, 10), "Concern", "Safeguarding concern from the district nurses: bruises to both upper arms, "
      "husband's explanation of a fall."], "E1", "2024-06-10"),
    ([D(2024, 6, 12), "Visit", "Joint visit with police: Mr Hale struggling to care, grabs her arms; respite "
      "discussed."], "E2", "2024-06-12"),
    ([D(2024, 6, 14), "Placement", "Mrs Hale admitted to Beech House for 2 weeks' respite today."], "E3",
     "2024-06-14"),
    ([D(2024, 6, 25), "Meeting", "Best interests meeting: long-term placement at Beech House agreed; husband "
      "tearful."], "E5", "2024-06-25"),
])])

R.csv("Police.csv", [], ["Date", "Time", "Entry"], [
    (["12/06/2024", "11:00", "Welfare visit with adult social care: Mrs Hale (84, dementia) says 'he grabs me when I "
      "won't eat'; husband exhausted. No arrest, DASH medium."], "E2", "2024-06-12"),
])

R.xlsx("Beech House Care Home.xlsx", [("Daily notes", [], [["Date", "Shift", "Entry"]], [
    ([D(2024, 6, 14), "Late", "Emergency respite admission: Mrs Hale arrived with her daughter; bruising on both arms "
      "noted on a body map."], "E3", "2024-06-14"),
    ([D(2024, 6, 25), "Early", "Manager attended the best interests meeting."], "E5", "2024-06-25"),
])])

R.xlsx("GP Surgery.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 5, 28), "Husband asks for help: wife not sleeping, wandering at night."], "S2", "2024-05-28"),
    ([D(2024, 6, 25), "Attended the BI meeting by phone."], "E5", "2024-06-25"),
])])

R.docx_paragraphs("Memory Clinic.docx", "Memory clinic - letters", [
    ("20/06/2024 Review: moderate Alzheimer's disease; carer strain high, carer's assessment advised.", "S1",
     "2024-06-20"),
])
R.done()
