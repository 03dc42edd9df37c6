"""A held-out review (see ../README.md): python r316.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 7-year-old (Jacob) with repeated injuries explained as falls, a dog bite, then a fractured arm; his
# mother's partner. Vocabulary: "dog bite", "supracondylar fracture", "MIU" (minor injuries unit),
# "TAC", "mum's partner", "bruising to the ear" (a TEN-4 site). Layouts: the GP's record pasted from the
# clinical system into a plain text file, each entry a line starting with its date, some going on over
# a second line; the school's sheet; the MIU's CSV; the hospital; children's social care.

# The GP: plain text, one line per entry (row numbers are line numbers), a blank line between entries.
gp_lines = [
    ("GP RECORD EXTRACT - Jacob (DOB 02/05/2016)", None, None),
    ("", None, None),
    ("14/09/2023 Dr Rees: Bruising behind L ear, mum says fell off scooter. No other marks. Advised.", None,
     "2023-09-14"),
    ("", None, None),
    ("03/11/2023 Dr Rees: MIU letter - dog bite R hand (family dog) 01/11, cleaned, antibiotics.", "E2",
     "2023-11-03"),
    ("   Mum's partner's dog. Safety advice.", None, None),
    ("", None, None),
    ("22/01/2024 Dr Khan: Hospital letter - supracondylar fracture L elbow 19/01, ORIF. Safeguarding referral "
     "made by ED.", "E3", "2024-01-22"),
]
with open(R.folder / "GP record.txt", "w", encoding="utf-8") as fh:
    for line, event, iso in gp_lines:
        fh.write(line + "\n")
for row, (line, event, iso) in enumerate(gp_lines, start=1):
    if iso is not None or (line.strip() and row > 2):
        R._note("GP record.txt", None, row, event, iso, line)

R.xlsx("Hillside Primary.xlsx", [("Safeguarding", [], [["Date", "Staff", "Concern", "Action"]], [
    ([D(2023, 9, 14), "TA", "Jacob has a bruise behind his ear; says his 'dad' flicked it.", "Logged, DSL aware."],
     "E1", "2023-09-14"),
    ([D(2023, 11, 2), "Class teacher", "Bandaged hand: dog bit him at home.", "Logged."], "E2", "2023-11-02"),
    ([D(2024, 1, 22), "DSL", "Arm in cast; off since Friday. SW called: s47 under way.", "Strategy attended by "
      "phone."], "E4", "2024-01-22"),
])])

R.csv("Minor Injuries Unit.csv", [], ["Attendance", "Injury", "Notes"], [
    (["01/11/2023 18:40", "Dog bite", "Puncture wounds R hand from family dog (mum's partner's Staffie). Cleaned, "
      "co-amoxiclav. Letter to GP."], "E2", "2023-11-01"),
])

R.xlsx("County Hospital.xlsx", [("Paediatrics", [], [["Date", "Note"]], [
    ([D(2024, 1, 19), "ED: supracondylar fracture L elbow, says fell from the top bunk. Delay in presenting "
      "(injured the day before). Admitted, ORIF. Safeguarding referral to CSC."], "E3", "2024-01-19"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    ([D(2023, 9, 15), "Contact from school: bruise behind ear, Jacob says mum's partner flicked it. Advice to "
      "school, NFA."], "E1", "2023-09-15"),
    ([D(2024, 1, 19), "Referral from County Hospital ED: elbow fracture with delayed presentation. Strategy "
      "discussion planned."], "E3", "2024-01-19"),
    ([D(2024, 1, 22), "Strategy discussion with police, school, paediatrician: s47."], "E4", "2024-01-22"),
])])
R.done()
