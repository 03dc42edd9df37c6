"""A held-out review (see ../README.md): python r333.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import xlwt

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Two children (Kacey, 4, and Mason, 2) on child protection plans for neglect, whose mother moved them
# from Leeds to Bradford: a transfer-in conference, two councils' and two health visiting services'
# records of one move, a nursery, and an injury after the move. Vocabulary: "transfer in conference",
# "CP plan", "core group", "transfer of care", "in-year admission". Layouts: Leeds' return an old
# Excel workbook (.xls) from its case system; Bradford's with its date in the third column after
# "Ref" and "Worker"; two health visiting services; the nursery; the hospital.

# Leeds children's services: an .xls workbook.
book = xlwt.Workbook()
sheet = book.add_sheet("Chronology")
date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
sheet.write(0, 0, "Leeds Children's Services – chronology (Kacey and Mason)")
for col, head in enumerate(["Date", "Type", "Detail"]):
    sheet.write(2, col, head)
leeds = [
    (D(2023, 11, 6), "Core group", "Core group: home conditions improved a little; mum says she may move to Bradford.",
     None, "2023-11-06"),
    (D(2023, 12, 4), "Information", "Mum has moved with the children to her sister's in Bradford. Transfer request "
     "sent to Bradford CSC.", "E1", "2023-12-04"),
    (D(2024, 1, 8), "Conference", "Leeds SW attended Bradford's transfer-in conference: plans continue (neglect). "
     "Case closed to Leeds.", "E3", "2024-01-08"),
]
for offset, (day, kind, text, event, iso) in enumerate(leeds):
    row = 3 + offset
    sheet.write(row, 0, day, date_style)
    sheet.write(row, 1, kind)
    sheet.write(row, 2, text)
    R._note("Leeds Childrens Services.xls", "Chronology", row + 1, event, iso, text)
book.save(str(R.folder / "Leeds Childrens Services.xls"))

R.xlsx("Bradford Childrens Social Care.xlsx", [("Case notes", [], [["Ref", "Worker", "Date", "Note"]], [
    (["BR-7712", "Duty", D(2023, 12, 5), "Transfer request from Leeds: two children on CP plans (neglect), now at "
      "an aunt's in Bradford."], "E1", "2023-12-05"),
    (["BR-7712", "SW Hussain", D(2023, 12, 12), "Home visit at the aunt's: children seen, 6 people in a 2-bed "
      "house."], "E2", "2023-12-12"),
    (["BR-7712", "SW Hussain", D(2024, 1, 8), "Transfer in conference: both children remain on CP plans."], "E3",
     "2024-01-08"),
    (["BR-7712", "SW Hussain", D(2024, 2, 19), "Hospital referral: Mason (2) scald to his foot; mum says bath water."],
     "E5", "2024-02-19"),
])])

R.xlsx("Leeds Community Healthcare HV.xlsx", [("HV", [], [["Date", "Contact", "Note"]], [
    ([D(2023, 12, 6), "Transfer", "Family moved to Bradford: transfer of care to Bradford HV by phone and "
      "records sent."], "E4", "2023-12-06"),
])])

R.xlsx("Bradford HV.xlsx", [("HV", [], [["Date", "Contact", "Note"]], [
    ([D(2023, 12, 6), "Transfer in", "Transfer of care from Leeds HV received (CP plans, neglect)."], "E4",
      "2023-12-06"),
    ([D(2023, 12, 12), "Joint visit", "Joint home visit with SW at the aunt's; Mason's weight 9th centile."], "E2",
     "2023-12-12"),
    ([D(2024, 1, 8), "Conference", "Attended transfer-in conference; report shared."], "E3", "2024-01-08"),
])])

R.xlsx("Little Acorns Nursery.xlsx", [("Log", [], [["Date", "Staff", "Note"]], [
    ([D(2024, 1, 8), "Manager", "Attended the children's conference for Kacey (started with us 03/01)."], "E3",
     "2024-01-08"),
    ([D(2024, 2, 19), "Room leader", "Kacey says Mason 'got burnt in the bath' at the weekend."], "E5", "2024-02-19"),
])])

R.xlsx("Bradford Royal Infirmary.xlsx", [("ED", [], [["Arrival", "Complaint", "Notes"]], [
    (["18/02/2024 19:05", "Scald R foot", "2y, mum says the bath was too hot. Superficial partial thickness scald, "
      "sock pattern. Safeguarding referral to CSC next morning."], "E5", "2024-02-18"),
])])
R.done()
