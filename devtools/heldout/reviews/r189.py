"""A held-out review (see ../README.md): python r189.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Neglect of a six-year-old. The school's workbook: a summary sheet of counts first, a log under a
# two-row header (merged "When" / "What" over the columns), dates written with the weekday, a
# week's date, and a hidden sheet of drop-down lists.
wb = openpyxl.Workbook()
summary = wb.active
summary.title = "Summary"
for line in (["Concerns logged by month"], ["Month", "Count"], ["March 2022", 4], ["April 2022", 1], ["Total", 5]):
    summary.append(line)
log = wb.create_sheet("Log")
log.append(["When", None, "What", None])
log.append(["Date", "Time", "Concern", "Action"])
log.merge_cells("A1:B1")
log.merge_cells("C1:D1")
school = [
    (["Mon 7 Mar 2022", "08:50", "Leo arrived hungry, same clothes as last week, smelt strongly.",
      "Logged on CPOMS, DSL informed."], None, "2022-03-07"),
    (["Tue 15 Mar 2022", "10:30", "Leo has a burn mark on his hand, says he touched the iron at home.",
      "DSL called CSC front door."], "E1", "2022-03-15"),
    (["Thu 17 Mar 2022", None, "Home visit by SW and DSL together after Leo absent 3 days.", None], "E2", "2022-03-17"),
    (["w/c 21/03/2022", None, "Leo attended breakfast club every day this week.", None], None, "2022-03-21"),
    (["Fri 8 Apr 2022", "14:00", "Attended child protection conference. Plan: neglect.", None], "E3", "2022-04-08"),
]
for cells, event, iso in school:
    log.append(cells)
    R._note("St Mary's Primary.xlsx", "Log", log.max_row, event, iso, cells[2])
lists = wb.create_sheet("Lists")
for value in ("Attendance", "Neglect", "Injury", "Behaviour"):
    lists.append([value])
lists.sheet_state = "hidden"
wb.save(R.folder / "St Mary's Primary.xlsx")
R.csv("Childrens Social Care.csv", [], ["Date/Time", "Worker", "Case Note"], [
    (["15/03/2022 10:47", "Front door", "Contact received from school (DSL): burn to Leo's hand, explanation iron. Home "
      "conditions concerns. Passed to assessment team."], "E1", "2022-03-15"),
    (["16/03/2022 09:00", "TM Clarke", "Strategy discussion with police and school nurse: threshold met for S47."], "E4",
     "2022-03-16"),
    (["17/03/2022 13:00", "SW Obi", "Joint home visit with school DSL. Home conditions poor, no food in fridge, dog "
      "faeces."], "E2", "2022-03-17"),
    (["17/03/2022 15:00", "SW Obi", "Mum cancelled CP medical today, re-booked for tomorrow."], None, "2022-03-17"),
    (["18/03/2022 12:00", "SW Obi", "CP medical at Royal Alex: burn consistent with explanation, neglect concerns."],
     "E5", "2022-03-18"),
    (["08/04/2022 14:00", "SW Obi", "ICPC: Leo made subject to CP plan under neglect."], "E3", "2022-04-08"),
    (["2022-04-20 16:30", "EDT", "Police welfare check requested: no answer at home, neighbours report children left "
      "alone."], "E6", "2022-04-20"),
])
R.xlsx("Police.xlsx", [("Export", [], [["Occurred", "Summary"]], [
    (["2022-03-16T09:00:00", "Strategy discussion (CSC, school nursing). S47 joint."], "E4", "2022-03-16"),
    (["2022-04-08T14:00:00", "Report submitted to ICPC; officer unable to attend."], "E3", "2022-04-08"),
    (["2022-04-20T17:10:00", "Welfare check at request of CSC: children (6 and 3) home alone, mother returned 18:05. "
      "Words of advice."], "E6", "2022-04-20"),
])])
R.xlsx("Royal Alexandra Childrens Hospital.xlsx", [("Sheet1", [], [["Date", "Dept", "Entry"]], [
    ([D(2022, 3, 18), "Child Protection Medical Clinic", "Seen with mum for CP medical: 2 cm superficial burn left hand, "
      "consistent with account. Growth < 2nd centile; dental caries."], "E5", "2022-03-18"),
])])
R.done()
