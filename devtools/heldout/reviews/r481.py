"""A held-out review (see ../README.md): python r481.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Theo (11), physical abuse by his stepfather. The headers in words not met
# before: 'When | Who | What | Why it matters'; 'Date (dd/mm/yy) | Time (24hr) | Contact made with | Narrative of
# contact | Practitioner's reflections'; 'Entered on | Occurred on | Involvement | Agency action'; 'Day of
# event | Source document | Account'.

R.xlsx("Oakwood Primary.xlsx", [("Log", [], [["When", "Who", "What", "Why it matters"]], [
    ([D(2024, 5, 13), "Class teacher", "Theo has a bruise on his upper arm the shape of fingers; says his stepdad "
      "grabbed him. DSL referral to the MASH.", "First disclosure naming the stepfather."], "E1", "2024-05-13"),
    ([D(2024, 6, 3), "DSL", "Theo in school with a black eye, will not say how. Police and MASH called.",
      "Second injury in three weeks."], "E3", "2024-06-03"),
])])

R.xlsx("MASH.xlsx", [("Contacts", [], [["Date (dd/mm/yy)", "Time (24hr)", "Contact made with", "Narrative of contact",
                                         "Practitioner's reflections"]], [
    (["13/05/24", "11:20", "Oakwood Primary DSL", "Referral: finger-mark bruising to Theo's arm, says stepdad "
      "grabbed him. Strategy discussion arranged.", "Should the sibling have been seen?"], "E1", "2024-05-13"),
    (["14/05/24", "10:00", "Police, school nurse", "Strategy discussion: single agency s47 by CSC; no police "
      "investigation as mum says she saw it happen in play.", "Police view relied on mum."], "E2", "2024-05-14"),
    (["03/06/24", "12:05", "Oakwood Primary DSL", "Second referral: black eye. Strategy discussion today with "
      "police: joint s47, child protection medical.", ""], "E3", "2024-06-03"),
])])

R.xlsx("Police.xlsx", [("Records", [], [["Entered on", "Occurred on", "Involvement", "Agency action"]], [
    ([D(2024, 5, 15), D(2024, 5, 14), "Strategy discussion with CSC re finger-mark bruising to Theo (11).",
      "No further police action; CSC single agency."], "E2", "2024-05-14"),
    ([D(2024, 6, 3), D(2024, 6, 3), "Report from school and MASH: 11 year old with a black eye, possible assault "
      "by stepfather.", "Officers to school; stepfather arrested for ABH."], "E3", "2024-06-03"),
])])

R.xlsx("School Nursing.xlsx", [("Record", [], [["Day of event", "Source document", "Account"]], [
    ([D(2024, 5, 14), "Strategy minutes", "Took part in the strategy discussion by phone. No health concerns "
      "known."], "E2", "2024-05-14"),
])])
R.done()
