"""A held-out review (see ../README.md): python r404.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Neglect and lost schooling: Kian (10) stops going to school; the education welfare officer, a
# penalty notice, children missing education, then the family found living in a van. Vocabulary:
# "EWO", "CME", "penalty notice", "unauthorised absence", "first day calling", "EHCP", "CIN". Layouts:
# the school's workbook with each day's date merged down over that day's entries, each with its own
# time and staff member (and one row of text alone, the rest of an entry); the education welfare
# service's CSV exported under an 'Exported by' line; social care's workbook with a hidden column of
# case numbers; the GP's; the police's; the council's housing.


def merge_days(wb):
    ws = wb["Attendance log"]
    ws.merge_cells("A2:A4")
    ws.merge_cells("A6:A7")


R.xlsx("Brookfield Primary.xlsx", [("Attendance log", [], [["Date", "Time", "Staff", "Entry"]], [
    ([D(2024, 1, 8), "08:55", "Office", "Kian absent, no reason given. First day calling: no answer."], "A1",
     "2024-01-08"),
    ([None, "11:20", "DSL", "Home visit with the EWO: no answer; curtains closed, post piled up inside."], "E1",
     "2024-01-08"),
    ([None, None, None, "Neighbour said the family 'have gone away'."], None, None),
    ([D(2024, 1, 15), "09:10", "DSL", "Kian still absent (attendance 61%). Referral to children's social care."],
     "E2", "2024-01-15"),
    ([D(2024, 1, 29), "10:00", "Headteacher", "Kian back in school, thin and tired; says they sleep in dad's "
      "van. DSL told."], "A2", "2024-01-29"),
    ([None, "10:40", "DSL", "Rang CSC: Kian says the family live in a van. Contact made."], "E4", "2024-01-29"),
])], finish=merge_days)

R.csv("Education Welfare Service.csv", [["Exported by: EWS case system, 28/02/2024 16:02"], []],
      ["Date", "Officer", "Action"], [
    (["08/01/2024", "EWO Dean", "Joint home visit with the school DSL: no answer."], "E1", "2024-01-08"),
    (["22/01/2024", "EWO Dean", "Penalty notice warning letter sent; CME enquiry opened."], "A3", "2024-01-22"),
    (["30/01/2024", "EWO Dean", "School told me Kian is back but living in a van; CME enquiry closed."], "A4",
     "2024-01-30"),
])


def hide_case_numbers(wb):
    wb["Case notes"].column_dimensions["B"].hidden = True


R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Case no", "Worker", "Note"]], [
    ([D(2024, 1, 15), "CN-44120", "Front door", "Referral from Brookfield Primary: Kian absent a week, family "
      "not seen. Police asked for a welfare check."], "E2", "2024-01-15"),
    ([D(2024, 1, 29), "CN-44120", "Front door", "Brookfield DSL: Kian says the family live in a van. Assessment "
      "opened."], "E4", "2024-01-29"),
    ([D(2024, 2, 2), "CN-44120", "SW Riley", "Visited the family in the van at a lay-by: no heating, little "
      "food. Housing referral; CIN."], "A5", "2024-02-02"),
])], finish=hide_case_numbers)

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Details"]], [
    ([D(2024, 1, 15), "17:30", "Welfare check for CSC at the address: empty, neighbours say family left before "
      "Christmas."], "E3", "2024-01-15"),
])])

R.xlsx("Housing Options.xlsx", [("Cases", [], [["Date", "Officer", "Note"]], [
    ([D(2024, 2, 5), "HO Shah", "Referral from CSC: family of three living in a van. Temporary accommodation "
      "offered in a B&B."], "A5", "2024-02-05"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2023, 11, 20), "Kian: asthma review; mum says money is tight after dad lost his job."], "A7",
     "2023-11-20"),
])])
R.done()
