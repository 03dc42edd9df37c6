"""A held-out review (see ../README.md): python r552.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: the Shaw children (10, 7, 4), neglect and a hoarded house. Each agency
# tells the same event in its own words: 'home conditions very poor: dog faeces, no clean bedding', 'house
# squalid, hoarding, strong smell of ammonia', 'inspection: statutory nuisance, category 1 hazards'; the clean
# as 'deep clean of the property completed', 'house cleared and cleaned by the council's contractor'. Layouts:
# environmental health's sheet with a date merged down over two entries of one day; the housing association's
# CSV; children's social care's sheet; the school's Word table; health visiting's sheet.

R.xlsx("Environmental Health.xlsx", [("Case", [], [["Date", "Officer", "Action"]], [
    ([D(2024, 2, 13), "EHO Patel", "Joint inspection with the housing officer: statutory nuisance, category 1 "
      "hazards (hygiene, falls)."], "E1", "2024-02-13"),
    ([None, "EHO Patel", "Notice served on the tenant to clear the property within 21 days."], "E1b",
     "2024-02-13"),
    ([D(2024, 3, 12), "EHO Patel", "Works in default: house cleared and cleaned by the council's contractor."],
     "E3", "2024-03-12"),
])], finish=lambda workbook: workbook["Case"].merge_cells("A2:A3"))

R.csv("Housing Association.csv", [], ["Date", "Officer", "Tenancy note"], [
    (["13/02/2024", "Housing officer", "Inspection with environmental health: house squalid, hoarding, strong "
      "smell of ammonia; children's rooms unusable."], "E1", "2024-02-13"),
    (["12/03/2024", "Housing officer", "Deep clean of the property completed by the council; tenant "
      "cooperative."], "E3", "2024-03-12"),
])

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 2, 9), "SW Booth", "Home visit: home conditions very poor - dog faeces, no clean bedding, no food "
      "in the fridge. Housing and EH asked to inspect."], "E0", "2024-02-09"),
    ([D(2024, 2, 20), "SW Booth", "ICPC: all three children made subject to CP plans (neglect)."], "E2",
      "2024-02-20"),
])])

R.docx_table("School.docx", "School - safeguarding log", ["Date", "Staff", "Concern"], [
    (["20/02/2024", "DSL", "Attended the initial child protection conference: CP plans for all three."], "E2",
     "2024-02-20"),
])

R.xlsx("Health Visiting.xlsx", [("Record", [], [["Date", "Contact", "Note"]], [
    ([D(2024, 2, 20), "ICPC", "Report sent and attended. Youngest (4) has rotten teeth; dental referral."], "E2",
     "2024-02-20"),
])])
R.done()
