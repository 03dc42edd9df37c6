"""A held-out review (see ../README.md): python r546.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: baby Harper, born to a mother whose three older children were removed;
# the baby was removed at birth under an interim care order. Each agency tells the same event in its own words:
# 'PLO meeting', 'pre-proceedings meeting with mum and her solicitor'; the birth as 'delivered a girl by
# emergency LSCS', 'baby born at 34 weeks'; the order as 'ICO granted', 'interim care order made by the family
# court'; the move as 'baby discharged from SCBU to foster carers', 'placed with foster carers'. Layouts: children's
# social care's sheet 'Entry No | Author | Date | Entry'; maternity's Word table with dates '14.5.24'; the family
# court's list as a CSV with ISO dates; the neonatal unit's sheet; the fostering service's sheet.

R.xlsx("Childrens Social Care.xlsx", [("Case record", [], [["Entry No", "Author", "Date", "Entry"]], [
    ([101, "SW Okafor", D(2024, 4, 2), "PLO meeting with mum and her solicitor: plan to issue proceedings at "
      "birth."], "E1", "2024-04-02"),
    ([114, "SW Okafor", D(2024, 5, 14), "Maternity rang: baby born at 34 weeks this morning by section; ICO "
      "application to be made."], "E2", "2024-05-14"),
    ([117, "SW Okafor", D(2024, 5, 17), "ICO granted at family court; baby to be placed in foster care on "
      "discharge."], "E3", "2024-05-17"),
    ([121, "SW Okafor", D(2024, 5, 24), "Baby discharged from SCBU to foster carers; supervised contact three "
      "times a week."], "E4", "2024-05-24"),
])])

R.docx_table("Maternity.docx", "Maternity - safeguarding record", ["Date", "Midwife", "Record"], [
    (["2.4.24", "Safeguarding MW", "Pre-proceedings meeting with mum and her solicitor (at the council)."], "E1",
     "2024-04-02"),
    (["14.5.24", "Labour ward", "Delivered a girl by emergency LSCS at 34+2, to SCBU. Birth plan followed: SW "
      "informed."], "E2", "2024-05-14"),
])

R.csv("Family Court.csv", [], ["Hearing date", "Hearing", "Outcome"], [
    (["2024-05-17", "Interim care order (C1)", "Interim care order made by the family court; mother opposed, "
      "represented."], "E3", "2024-05-17"),
])

R.xlsx("Neonatal Unit.xlsx", [("SCBU", [], [["Date", "Nurse", "Note"]], [
    ([D(2024, 5, 14), "Staff nurse", "Admitted from theatre, 34/40, CPAP for 6 hours."], "E2", "2024-05-14"),
    ([D(2024, 5, 24), "Staff nurse", "Discharged home to foster carers with the SW; feeding well."], "E4",
     "2024-05-24"),
])])

R.xlsx("Fostering Service.xlsx", [("Placements", [], [["Date", "Record"]], [
    ([D(2024, 5, 24), "Placed with foster carers Mr and Mrs Hall from the hospital; settled first night."], "E4",
     "2024-05-24"),
])])
R.done()
