"""A held-out review (see ../README.md): python r535.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: the Osei family, harassed by neighbours; their son Kofi (11) assaulted.
# Each agency tells the same event in its own words: 'racially aggravated criminal damage', 'racist graffiti on
# the front door', 'hate incident'; 'eggs thrown at the windows'; the assault as 'punched by a neighbour's son',
# 'Kofi was attacked on the estate', 'racially aggravated assault'; the move as 'management transfer agreed',
# 'emergency move to another property'. Layouts: the police's sheet with 'Crime type' and 'Hate flag' columns;
# the housing association's ASB case log CSV; the school's sheet; the council's community safety team's Word
# table; the GP's sheet.

R.xlsx("Police.xlsx", [("Crimes", [], [["Date", "Crime type", "Hate flag", "Summary"]], [
    ([D(2024, 6, 1), "Criminal damage (racially aggravated)", "Y", "Racist graffiti sprayed on the family's front "
      "door overnight. Photos, house to house."], "E1", "2024-06-01"),
    ([D(2024, 6, 14), "Assault (racially aggravated)", "Y", "11 year old punched by a neighbour's son (15) with "
      "racist abuse, on the estate green. Suspect interviewed."], "E2", "2024-06-14"),
])])

R.csv("Housing Association.csv", [], ["Date", "Officer", "ASB case log"], [
    (["03/06/2024", "Housing officer", "Hate incident reported by the tenant: graffiti on the door on Saturday "
      "morning; removed same day. Police crime ref noted."], "E1", "2024-06-03"),
    (["17/06/2024", "Housing officer", "Police told us Kofi was attacked on the estate on Friday. Management "
      "transfer agreed."], "E2", "2024-06-17"),
])

R.xlsx("School.xlsx", [("Pastoral", [], [["Date", "Note"]], [
    ([D(2024, 6, 17), "Kofi upset: says a boy from his road hit him and called him names on Friday. Mum has told "
      "the police."], "E2", "2024-06-17"),
])])

R.docx_table("Community Safety.docx", "Community safety team - case record", ["Date", "Record"], [
    (["18/06/2024", "ASB case review: racially aggravated assault on an 11 year old (14/06), graffiti (01/06). "
      "Emergency move to another property supported."], "E3", "2024-06-18"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 6, 15), "Kofi seen with mum: bruised cheek after being hit yesterday; no fracture. Upset, not "
      "sleeping."], "S1", "2024-06-15"),
])])
R.done()
