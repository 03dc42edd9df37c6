"""A held-out review (see ../README.md): python r533.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Kai (15), drug running between two towns. Each agency tells the same
# event in its own words: the arrest at the station as 'stopped by BTP at the station with wraps', 'found in
# possession of class A', 'arrested for PWITS'; 'released under investigation', 'RUI'; the missing episode as
# 'missing from home since Friday', 'not been home for two nights', 'reported missing by his mum'; his return
# as 'return home interview', 'RHI completed'. Layouts: British Transport Police's sheet with a 'Crime ref'; the
# home force's missing person CSV with 'Reported' and 'Found' date-times; the youth service's Word paragraphs;
# children's social care's sheet; the school's sheet.

R.xlsx("British Transport Police.xlsx", [("Crimes", [], [["Crime ref", "Date", "Summary"]], [
    (["BTP-24-5531", D(2024, 3, 16), "15 year old stopped at Northtown station with 20 wraps and £400: found in "
      "possession of class A with intent (PWITS). Arrested, interviewed, released under investigation. Home force "
      "informed he was a missing person."], "E2", "2024-03-16"),
])])

R.csv("Police - missing persons.csv", [], ["Reported", "Found", "Summary"], [
    (["15/03/2024 23:10", "16/03/2024 19:30", "Reported missing by his mum: not home since school. Found by BTP at "
      "Northtown station (arrested). RHI to be offered."], "E1", "2024-03-15"),
])

R.xlsx("Children's Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 3, 18), "SW Ali", "Police: Kai was reported missing from home on Friday night."], "E1", "2024-03-18"),
    ([D(2024, 3, 19), "SW Ali", "Youth service: RHI completed by their worker today; Kai says he owed money."], "E3",
     "2024-03-19"),
])])

R.docx_paragraphs("Youth Service.docx", "Detached youth work - Kai", [
    ("19/03/2024 - RHI completed by our worker at the youth centre (Kai would not talk to the SW): says he owed "
     "money.", "E3", "2024-03-19"),
])

R.xlsx("School.xlsx", [("Attendance", [], [["Date", "Note"]], [
    ([D(2024, 3, 18), "Mum says Kai was arrested in Northtown on Saturday with drugs on him."], "E2", "2024-03-18"),
])])
R.done()
