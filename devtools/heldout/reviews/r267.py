"""A held-out review (see ../README.md): python r267.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
from lib import Review

R = Review(sys.argv[1])
# Safeguarding adults review: Mr Frank Hill (88), cared for at home by his wife (85) until she was
# admitted to hospital; missed care calls, a fall, dehydration. Vocabulary: "double-up call",
# "missed call", "no reply", "key safe", "lifeline", "pendant alarm", "AKI" (acute kidney injury),
# "long lie". Layouts: the home care agency's visit log with a planned time and the actual times
# in and out; the lifeline service's alarm log with date-time cells; adult social care; the
# ambulance service; the hospital; the GP.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Visit log"
ws.append(["Visit date", "Planned", "Actual in", "Actual out", "Carer", "Visit notes"])
care = [
    (dt.datetime(2023, 2, 13), "08:00", "08:05", "08:40", "CW Ade", "Breakfast and meds. Mrs Hill taken to "
     "hospital last night by ambulance, Frank alone. Office informed.", "E1", "2023-02-13"),
    (dt.datetime(2023, 2, 14), "08:00", None, None, "CW Ade", "Missed call - carer off sick, not covered.", "E2",
     "2023-02-14"),
    (dt.datetime(2023, 2, 14), "13:00", "14:20", "14:35", "CW Rose", "Found Frank on the bedroom floor, said he had "
     "been there since the night. Ambulance called 14:25.", "E3", "2023-02-14"),
]
for date, planned, came, left, carer, notes, event, iso in care:
    ws.append([date, planned, came, left, carer, notes])
    ws.cell(ws.max_row, 1).number_format = "DD/MM/YYYY"
    R._note("Homecare Plus.xlsx", "Visit log", ws.max_row, event, iso, notes)
wb.save(R.folder / "Homecare Plus.xlsx")

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Alarm log"
ws.append(["Date/time", "Alarm type", "Outcome"])
alarms = [(dt.datetime(2023, 2, 12, 21, 50), "Pendant", "Mrs Hill fallen in the bathroom; ambulance requested.",
           "E1", "2023-02-12"),
          (dt.datetime(2023, 2, 14, 2, 10), "Pendant", "Alarm raised, no speech. Nominated contact (son) not "
           "answering; key safe code given to responder who could not attend. Call closed.", "E3", "2023-02-14")]
for when, kind, outcome, event, iso in alarms:
    ws.append([when, kind, outcome])
    ws.cell(ws.max_row, 1).number_format = "DD/MM/YYYY HH:MM"
    R._note("Lifeline.xlsx", "Alarm log", ws.max_row, event, iso, outcome)
wb.save(R.folder / "Lifeline.xlsx")

R.csv("Ambulance service.csv", [], ["Date", "Time of call", "Patient", "Clinical summary"], [
    (["12/02/2023", "21:55", "Female 85", "Fall in bathroom, hip pain, shortened rotated leg. Conveyed. Husband (88, "
      "frail) left at home: carers visit in the morning."], "E1", "2023-02-12"),
    (["14/02/2023", "14:25", "Male 88", "Long lie since the night, CK raised, dehydrated. Conveyed to ED."], "E3",
     "2023-02-14"),
])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    (["13/02/2023", "Duty", "Homecare Plus: Mrs Hill (main carer) admitted to hospital; Mr Hill alone. Extra lunch "
      "call agreed."], "E1", "2023-02-13"),
    (["15/02/2023", "Duty", "Safeguarding concern from the hospital: Mr Hill admitted after a long lie, AKI; "
      "morning call missed yesterday. S42 enquiry opened."], "E3", "2023-02-15"),
])])

R.xlsx("County Hospital.xlsx", [("Inpatient", [], [["Date", "Ward", "Entry"]], [
    (["13/02/2023", "Trauma", "Mrs Hill: fractured neck of femur, hemiarthroplasty listed."], "E1", "2023-02-13"),
    (["14/02/2023", "AMU", "Mr Hill admitted: long lie ~12 hours, AKI, rhabdomyolysis. Safeguarding concern to "
      "ASC."], "E3", "2023-02-14"),
])])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    (["06/02/2023", "Frank: home visit, frail, wife main carer. Bloods OK."], None, "2023-02-06"),
])])
R.done()
