"""A held-out review (see ../README.md): python r538.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: the Nowak children (8, 5, 2), neglect and parental drug use, written as
# busy agencies write routine meetings. Each agency tells the same meeting in its own words: the strategy
# discussion as 'strat disc', 'strategy call (Teams)', 'SD held', 'multi-agency strategy'; the conference as
# 'ICPC', 'initial case conference', 'CP conference - children made subject to plans', 'Initial Child Protection
# Case Conference'; the core group as 'CG mtg', 'first core group', 'core group meeting at school'; a visit
# with the police as 'joint home visit with PC Hill', 'JV with police'. Layouts: children's social care's sheet
# with 'Date' and 'Activity' and 'Recording'; the school's sheet with headers in capitals; the drug service's
# CSV; the health visitor's Word table; the police's OpenDocument sheet; the GP's sheet.

R.xlsx("Children's Social Care.xlsx", [("Recordings", [], [["Date", "Activity", "Recording"]], [
    ([D(2024, 2, 6), "Strategy", "SD held with police, school and health: threshold for s47 met (neglect, parental "
      "drug use)."], "E1", "2024-02-06"),
    ([D(2024, 2, 8), "Visit", "JV with police: home dirty, no food, 2 year old in a soiled nappy, foil and a "
      "burnt spoon on the side."], "E2", "2024-02-08"),
    ([D(2024, 2, 27), "ICPC", "Initial Child Protection Case Conference: all three children subject to plans "
      "(neglect)."], "E3", "2024-02-27"),
    ([D(2024, 3, 7), "Core group", "First core group meeting at school."], "E4", "2024-03-07"),
])])

R.xlsx("Primary School.xlsx", [("LOG", [], [["DATE", "STAFF", "NOTES"]], [
    ([D(2024, 2, 6), "DSL", "Strategy call (Teams) with social care, police and the HV."], "E1", "2024-02-06"),
    ([D(2024, 2, 27), "DSL", "Initial case conference: the children are now on CP plans. Report shared."], "E3",
     "2024-02-27"),
    ([D(2024, 3, 7), "DSL", "Hosted the first CG mtg."], "E4", "2024-03-07"),
])])

R.csv("Drug and Alcohol Service.csv", [], ["Date", "Keyworker", "Note"], [
    (["27/02/2024", "Keyworker", "CP conference - children made subject to plans; mum's script to be supervised "
      "daily."], "E3", "2024-02-27"),
    (["07/03/2024", "Keyworker", "Core group: sent an update (not able to attend)."], "S1", "2024-03-07"),
])

R.docx_table("Health Visiting.docx", "Health visiting - Nowak family", ["Date", "HV", "Entry"], [
    (["06/02/2024", "HV Shah", "Multi-agency strategy: health information shared (the youngest's missed "
      "immunisations)."], "E1", "2024-02-06"),
    (["27/02/2024", "HV Shah", "ICPC attended: CP plans for all three."], "E3", "2024-02-27"),
    (["07/03/2024", "HV Shah", "Core group meeting at school attended."], "E4", "2024-03-07"),
])

R.ods("Police.ods", "Log", ["Date", "Officer", "Entry"], [
    (["06/02/2024", "DS Clark", "Strategy discussion: joint s47 agreed."], "E1", "2024-02-06"),
    (["08/02/2024", "PC Hill", "Joint home visit with the social worker: drug paraphernalia in reach of the "
      "children. Intelligence submitted."], "E2", "2024-02-08"),
])
R.done()
