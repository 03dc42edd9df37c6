"""A held-out review (see ../README.md): python r408.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import xlwt

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review of "mate crime": Daniel (27), autistic, befriended by a group who take his
# money and use his flat; his bank's fraud team, the jobcentre, the police, adult social care, a day
# service. Vocabulary: "mate crime", "cuckooing", "vulnerable customer flag", "APP fraud" (authorised
# push payment), "UC" (universal credit), "appointee", "s42", "ASB". Layouts: the bank's return as an
# old Excel (.xls) file with a 'Channel' and an 'Amount' column; the jobcentre's with 'Appointment
# type'; the police's; adult social care's; the day service's; the housing officer's.

book = xlwt.Workbook()
sheet = book.add_sheet("Customer contact")
date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
for col, header in enumerate(["Date", "Channel", "Amount", "Event"]):
    sheet.write(0, col, header)
bank_rows = [
    (D(2024, 1, 15), "Branch", "£1,200", "Customer withdrew £1,200 with two men waiting outside; staff concerned. "
     "Vulnerable customer flag added.", "A1", "2024-01-15"),
    (D(2024, 1, 29), "Phone", "£2,500", "Customer rang to report a transfer he did not want to make: 'friends' made "
     "him send it. APP fraud claim opened; police told.", "E1", "2024-01-29"),
    (D(2024, 2, 12), "Branch", "", "Customer came in with his social worker: card stopped, new account with "
     "spending limits.", "E3", "2024-02-12"),
]
for row, (day, channel, amount, text, event, iso) in enumerate(bank_rows, start=1):
    sheet.write(row, 0, day, date_style)
    sheet.write(row, 1, channel)
    sheet.write(row, 2, amount)
    sheet.write(row, 3, text)
    R._note("Bank fraud team.xls", "Customer contact", row + 1, event, iso, text)
book.save(str(R.folder / "Bank fraud team.xls"))

R.xlsx("Jobcentre.xlsx", [("Appointments", [], [["Date", "Appointment type", "Work coach", "Notes"]], [
    ([D(2024, 1, 22), "Work search review", "WC Ahmed", "Daniel came with a man who answered for him and "
      "asked about advance payments. Daniel seemed scared."], "A2", "2024-01-22"),
    ([D(2024, 2, 5), "Safeguarding", "WC Ahmed", "Advanced customer support: UC payments to be managed by an "
      "appointee after ASC's request."], "A4", "2024-02-05"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Log entry"]], [
    ([D(2024, 1, 29), "16:40", "Report from the bank: vulnerable male coerced into a £2,500 transfer by "
      "associates. Crime recorded (fraud). Safeguarding referral to ASC."], "E1", "2024-01-29"),
    ([D(2024, 2, 2), "23:10", "ASB at Daniel's flat: loud music, several males. Occupier says they are his "
      "friends. Cuckooing suspected; closure order to be considered."], "E2", "2024-02-02"),
])])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 1, 30), "Duty", "Safeguarding concern from the police: Daniel made to transfer £2,500 by "
      "'friends'. s42 enquiry."], "E1", "2024-01-30"),
    ([D(2024, 2, 5), "SW Obi", "Home visit after the police report of a party at the flat on Friday: Daniel "
      "frightened, wants them gone. Asked the jobcentre for an appointee."], "A4", "2024-02-05"),
    ([D(2024, 2, 12), "SW Obi", "Went with Daniel to his bank: card stopped, new account."], "E3", "2024-02-12"),
])])

R.xlsx("Day service.xlsx", [("Attendance notes", [], [["Date", "Staff", "Note"]], [
    ([D(2024, 1, 31), "Key worker", "Daniel says his friends took his bank card. Told his social worker."], "A5",
      "2024-01-31"),
])])

R.xlsx("Housing.xlsx", [("Tenancy", [], [["Date", "Officer", "Note"]], [
    ([D(2024, 2, 3), "HO Grant", "Police told us of the ASB and suspected cuckooing at the flat last night."],
     "E2", "2024-02-03"),
])])
R.done()
