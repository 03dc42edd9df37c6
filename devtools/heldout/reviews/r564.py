"""A held-out review (see ../README.md): python r564.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Derek Lowe (58), a man with a learning disability living alone in a cold home.
# Each agency tells the same event in its own words: 'Customer self-disconnecting: no credit on prepayment meter',
# 'Referral from the energy supplier: Mr Lowe off supply'; 'found by neighbour, cold and confused, house 9 degrees'
# and 'ED: hypothermia 33.8, confusion'; 'Safeguarding concern raised with adult social care' and 'Safeguarding
# concern from the hospital'.
# Layouts: the energy supplier's CSV with ISO timestamps '2023-12-04T10:12:33'; Citizens Advice's Word table;
# the ambulance service's 'Date/Time of call'; the hospital's sheet under a title and a patient line; adult social
# care's CSV in cp1252 with '£'; the GP's sheet.

R.csv("Energy Supplier.csv", [], ["Timestamp", "Channel", "Account note"], [
    (["2023-12-04T10:12:33", "Phone", "Customer self-disconnecting: no credit on prepayment meter for 5 days. Added "
      "to the Priority Services Register, emergency credit applied, referral to Citizens Advice."], "E1",
     "2023-12-04"),
    (["2024-01-11T14:40:05", "Field", "Engineer visit: meter reset, 100 pounds credit from the hardship fund; PSR "
      "flags updated."], "S2", "2024-01-11"),
])

R.docx_table("Citizens Advice.docx", "Citizens Advice - client record (D Lowe)", ["Date", "Adviser", "Note"], [
    (["05/12/2023", "JK", "Referral from the energy supplier: Mr Lowe off supply, needs a fuel voucher."], "E1",
     "2023-12-05"),
    (["06/12/2023", "JK", "Appointment: fuel voucher issued, benefits check, PIP claim started."], "S1",
     "2023-12-06"),
])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date/Time of call", "Category", "Notes"]], [
    ([D(2024, 1, 8, 7, 55), "C2", "58M found by neighbour, cold and confused, house 9 degrees, no heating. Temp 33.8. "
      "Conveyed."], "E2", "2024-01-08"),
])])

R.xlsx("Hospital.xlsx", [("Record", [["County Hospital - safeguarding chronology"], ["Patient: D Lowe"]],
                          [["Date", "Area", "Entry"]], [
    ([D(2024, 1, 8), "ED", "Hypothermia 33.8, confusion. Admitted to AMU."], "E2", "2024-01-08"),
    ([D(2024, 1, 9), "AMU", "Safeguarding concern raised with adult social care: self-neglect, no heating or food "
      "at home."], "E3", "2024-01-09"),
    ([D(2024, 1, 12), "AMU", "Discharged home with reablement; heating restored by the supplier."], "S6",
     "2024-01-12"),
])])

R.csv("Adult Social Care.csv", [], ["Date", "Worker", "Case note"], [
    (["09/01/2024", "Safeguarding", "Safeguarding concern from the hospital: Mr Lowe admitted with hypothermia; no "
      "heating or food at home."], "E3", "2024-01-09"),
    (["16/01/2024", "SW Patel", "S42 enquiry: home visit with Mr Lowe and his sister; £300 owed on the meter; "
      "Shared Lives referral agreed."], "S3", "2024-01-16"),
    (["02/02/2024", "SW Patel", "Mr Lowe moved to his Shared Lives carer's home today."], "S5", "2024-02-02"),
], encoding="cp1252")

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2023, 11, 20), "Annual learning disability health check: weight loss 4 kg, lives alone."], "S4",
     "2023-11-20"),
])])
R.done()
