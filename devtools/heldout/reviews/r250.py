"""A held-out review (see ../README.md): python r250.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
import xlwt
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Safeguarding adults review: Lan (24), trafficked to work in a nail bar, in a safe house, then
# missing. Vocabulary: "modern slavery", "NRM", "first responder", "reasonable grounds", "safe
# house", "re-trafficking", "potential victim". Layouts: the police's UTF-16 tab-separated text
# export; the safe house provider's workbook with one date cell merged over a day's two entries;
# housing's old Excel .xls with date cells; the GP's.
lines = ["Date\tTime\tDetails",
         "02/06/2023\t06:00\tWarrant executed at a nail bar: three Vietnamese nationals found working, potential "
         "victims of modern slavery. Lan (24) taken to a place of safety.",
         "02/06/2023\t15:30\tHousing options contacted for emergency accommodation for Lan tonight.",
         "03/06/2023\t11:00\tNRM referral submitted for Lan (police as first responder).",
         "05/06/2023\t10:00\tLan transported to the safe house.",
         "20/07/2023\t22:10\tMissing person report from the Salvation Army safe house: Lan (24), high risk of "
         "re-trafficking."]
(R.folder / "Police modern slavery unit.txt").write_text("\r\n".join(lines) + "\r\n", encoding="utf-16")
for row, (event, iso) in enumerate([("E1", "2023-06-02"), ("E2", "2023-06-02"), (None, "2023-06-03"),
                                    ("E3", "2023-06-05"), ("E5", "2023-07-20")], start=2):
    R._note("Police modern slavery unit.txt", None, row, event, iso, lines[row - 1])

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Support log"
ws.append(["Date", "Worker", "Note"])
safe_house = [
    (D(2023, 6, 5), "SW Grace", "Lan arrived at the safe house after a positive reasonable grounds decision.", "E3",
     "2023-06-05"),
    (D(2023, 6, 12), "SW Grace", "Accompanied Lan to register with the GP.", "E4", "2023-06-12"),
    (None, "SW Grace", "English class place found; starts next week.", None, "2023-06-12"),
    (D(2023, 7, 20), "SW Tom", "Lan left the safe house at 14:00 and did not return. Reported missing to police at "
     "22:00.", "E5", "2023-07-20"),
]
for r, (date, who, text, event, iso) in enumerate(safe_house, start=2):
    ws.append([date, who, text])
    if date is not None:
        ws.cell(r, 1).number_format = "DD/MM/YYYY"
    R._note("Salvation Army safe house.xlsx", "Support log", r, event, iso, text)
ws.merge_cells("A3:A4")
wb.save(R.folder / "Salvation Army safe house.xlsx")

wb = xlwt.Workbook()
ws = wb.add_sheet("Housing")
datefmt = xlwt.easyxf(num_format_str="DD/MM/YYYY")
for c, v in enumerate(["Date", "Officer", "Notes"]):
    ws.write(0, c, v)
ws.write(1, 0, D(2023, 6, 2), datefmt)
ws.write(1, 1, "HO Singh")
ws.write(1, 2, "Emergency accommodation provided for Lan at police request: B&B tonight.")
wb.save(str(R.folder / "Housing options.xls"))
R._note("Housing options.xls", "Housing", 2, "E2", "2023-06-02", "Emergency accommodation provided")

R.xlsx("GP practice.xlsx", [("Consultations", [], [["Date", "Clinician", "Notes"]], [
    (["12/06/2023", "HCA", "New patient registration (safe house address): health check, TB screening booked."],
     "E4", "2023-06-12"),
    (["26/06/2023", "Dr Shaw", "Low mood, poor sleep, nightmares. Talking therapy referral."], None, "2023-06-26"),
])])
R.done()
