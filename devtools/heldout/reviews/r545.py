"""A held-out review (see ../README.md): python r545.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: the Bailey children (9, 6, 1), a homeless family moved to a B&B in
# another town. Each agency tells the same event in its own words: 'homeless application taken, s188 duty
# accepted', 'family presented as homeless after eviction'; the move as 'placed in B&B out of area', 'family
# moved to temporary accommodation in Hartley', 'moved to a bed and breakfast 20 miles away'; the baby's
# admission as 'infant admitted with bronchiolitis', 'baby in hospital, chest infection, damp room'. Layouts: the
# council housing team's export 'Action Date | Action Type | Officer Notes'; the school's CSV in cp1252 with
# dashes; health visiting's Word table; the hospital's sheet; children's social care's sheet.

R.xlsx("Housing Options.xlsx", [("Case actions", [], [["Action Date", "Action Type", "Officer Notes"]], [
    ([D(2024, 1, 15), "Homeless application", "Homeless application taken: s188 interim duty accepted, family of "
      "five evicted by private landlord (s21)."], "E1", "2024-01-15"),
    ([D(2024, 1, 16), "TA placement", "Placed in B&B out of area (Hartley), one room for five. No cooking "
      "facilities."], "E2", "2024-01-16"),
])])

R.csv("School.csv", [], ["Date", "Staff", "Record"], [
    (["15/01/2024", "DSL", "Mum says the family presented as homeless after eviction \u2013 worried about the "
      "children getting to school."], "E1", "2024-01-15"),
    (["19/01/2024", "Attendance officer", "Children absent all week \u2013 family moved to temporary "
      "accommodation in Hartley, no transport. Travel passes requested."], "E2", "2024-01-19"),
], encoding="cp1252")

R.docx_table("Health Visiting.docx", "Health visiting - record for baby Lola", ["Date", "Contact", "Record"], [
    (["22/01/2024", "Telephone", "Mum rang: moved to a bed and breakfast 20 miles away last Tuesday, baby sleeping "
      "in the pram; transfer to Hartley HV team."], "E2", "2024-01-22"),
    (["06/02/2024", "Information", "Hospital: baby in hospital, chest infection; room damp and cold."], "E3",
     "2024-02-06"),
])

R.xlsx("Hospital.xlsx", [("Paediatrics", [], [["Date", "Ward", "Note"]], [
    ([D(2024, 2, 5), "Children's ward", "Infant (11 months) admitted with bronchiolitis, oxygen. Family living in "
      "one room in a B&B; safeguarding team informed."], "E3", "2024-02-05"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 2, 7), "SW Adams", "Child in need assessment started: homeless family in B&B out of area, baby "
      "admitted to hospital this week."], "S1", "2024-02-07"),
])])
R.done()
