"""A held-out review (see ../README.md): python r551.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Keira (14), sexually exploited by men who took her to hotels. Each
# agency tells the same event in its own words: 'found in a hotel room with two adult males', 'Keira recovered
# from the Premier Inn by officers', 'police brought her home from a hotel'; the warning notices as 'CAWNs
# served on both men', 'child abduction warning notices issued'; the strategy meeting as 'CSE strategy meeting',
# 'exploitation strategy'. Layouts: the police's sheet with 'Occurrence' first and the date third; children's
# social care's sheet with a 'Date of contact' and a 'Date recorded' (the second days later); the school's CSV;
# the sexual health clinic's Word paragraphs; CAMHS's sheet.

R.xlsx("Police.xlsx", [("Log", [], [["Occurrence", "Officer", "Date", "Summary"]], [
    (["OCC-771", "PC Hart", D(2024, 4, 6), "Keira (14) reported missing; found in a hotel room with two adult "
      "males at 23:30. Both arrested on suspicion of CSA offences."], "E1", "2024-04-06"),
    (["OCC-771", "DS Rowe", D(2024, 4, 8), "Exploitation strategy with CSC, health, school: NRM referral, "
      "CAWNs to be served."], "E2", "2024-04-08"),
    (["OCC-771", "DS Rowe", D(2024, 4, 10), "CAWNs served on both men."], "E3", "2024-04-10"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date of contact", "Date recorded", "Worker", "Note"]], [
    ([D(2024, 4, 7), D(2024, 4, 9), "EDT", "Police brought her home from a hotel overnight; two men arrested. "
      "Mum distraught."], "E1", "2024-04-07"),
    ([D(2024, 4, 8), D(2024, 4, 8), "SW Ward", "CSE strategy meeting: s47, return home interview, safety plan; "
      "child abduction warning notices to be issued."], "E2", "2024-04-08"),
])])

R.csv("School.csv", [], ["Date", "Note"], [
    (["08/04/2024", "DSL at the strategy meeting (online). Keira in school, quiet; safe adult identified."],
     "E2", "2024-04-08"),
])

R.docx_paragraphs("Sexual Health.docx", "Sexual health clinic - safeguarding notes", [
    ("12/04/2024 - Keira seen with the SW: STI screen, EHC not needed. Disclosed meeting men through a friend "
     "at a takeaway.", "S1", "2024-04-12"),
])

R.xlsx("CAMHS.xlsx", [("Contacts", [], [["Date", "Clinician", "Contact"]], [
    ([D(2024, 4, 8), "Primary mental health worker", "Joined the exploitation strategy meeting; offer of "
      "trauma-informed work."], "E2", "2024-04-08"),
])])
R.done()
