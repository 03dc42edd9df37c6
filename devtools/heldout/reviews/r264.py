"""A held-out review (see ../README.md): python r264.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A 10-week-old (baby Noah) with a fractured femur in a parent and child foster placement.
# Vocabulary: "P&C" (parent and child placement), "supervising social worker", "spiral fracture",
# "skeletal survey", "ophthalmology", "LADO", "placement ended". Layouts: the fostering agency's
# workbook with a "Guidance" sheet of instructions first and a "Key" sheet last, its entries in a
# middle sheet under a guidance row in italics ("Enter one contact per row"); the hospital's
# radiology CSV with an "Exam date" and a "Report date"; children's social care; the police; the GP.
wb = openpyxl.Workbook()
guide = wb.active
guide.title = "Guidance"
guide["A1"] = "How to complete this chronology"
guide["A2"] = "1. Enter one contact per row, most recent last."
guide["A3"] = "2. Dates as DD/MM/YYYY. Do not merge cells."
guide["A4"] = "3. Return to the business unit by 30/11/2023."
ws = wb.create_sheet("Chronology")
ws.append(["Brightstart Fostering – agency chronology"])
ws.append(["Date", "Author", "Contact / event", "Analysis"])
ws.append(["Enter one contact per row", "Role", "What happened", "Optional"])
fostering = [
    (D(2023, 8, 1), "SSW", "Mum (19) and baby Noah (3 weeks) placed with foster carers Mr and Mrs T under a "
     "parent and child placement.", "", "E1", "2023-08-01"),
    (D(2023, 9, 4), "Foster carer", "Carer heard Noah scream when mum was changing him; leg swollen this evening. "
     "Mum and baby taken to A&E by carer.", "", "E2", "2023-09-04"),
    (D(2023, 9, 5), "SSW", "LADO informed as per procedure (injury in placement). Placement ended; mum moved to "
     "her aunt's, Noah to remain in hospital.", "Should have been notified sooner.", "E3", "2023-09-05"),
]
for date, who, text, analysis, event, iso in fostering:
    ws.append([date, who, text, analysis])
    ws.cell(ws.max_row, 1).number_format = "DD/MM/YYYY"
    R._note("Brightstart Fostering.xlsx", "Chronology", ws.max_row, event, iso, text)
key = wb.create_sheet("Key")
key.append(["Abbreviation", "Meaning"])
key.append(["SSW", "Supervising social worker"])
key.append(["P&C", "Parent and child placement"])
wb.save(R.folder / "Brightstart Fostering.xlsx")

R.csv("Hospital radiology.csv", [], ["Exam date", "Report date", "Examination", "Report"], [
    (["04/09/2023", "05/09/2023", "XR femur left", "Spiral fracture of the left femoral shaft. Non-mobile infant: "
      "safeguarding."], "E2", "2023-09-04"),
    (["06/09/2023", "07/09/2023", "Skeletal survey", "No further fractures."], None, "2023-09-06"),
])

R.xlsx("Childrens Services.xlsx", [("Case notes", [], [["Date", "Type", "Note"]], [
    (["30/07/2023", "Assessment", "Pre-birth plan reviewed: mother and baby to a parent and child foster "
      "placement on discharge."], None, "2023-07-30"),
    (["01/08/2023", "Visit", "Placed mum and Noah with Brightstart carers (Mr and Mrs T)."], "E1", "2023-08-01"),
    (["05/09/2023", "Strategy", "Strategy discussion: Noah (10 weeks) spiral fracture of femur, no explanation. "
      "S47; police to investigate; Noah to stay on the ward."], "E4", "2023-09-05"),
    (["05/09/2023", "LADO", "LADO notified by the fostering agency; foster carers part of the enquiry."], "E3",
     "2023-09-05"),
])])

R.xlsx("Police.xlsx", [("Crime", [], [["Date", "Occurrence"]], [
    (["05/09/2023", "Strategy discussion: unexplained fracture to a 10-week-old in foster placement. Joint "
      "investigation (CAIT)."], "E4", "2023-09-05"),
    (["12/09/2023", "Mother interviewed under caution: denies. RUI."], None, "2023-09-12"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    (["08/08/2023", "Registration: Noah, temporary resident (foster placement address) with mum."], None,
     "2023-08-08"),
])])
R.done()
