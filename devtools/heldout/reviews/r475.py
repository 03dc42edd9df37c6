"""A held-out review (see ../README.md): python r475.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import xlwt

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child death review: baby Isla (7 weeks), a sudden unexpected death while co-sleeping on a sofa after her
# parents had been drinking. Vocabulary: "SUDI", "JAR" (joint agency response), "safer sleep", "co-sleeping",
# "rapid response", "CDOP", "Moses basket". Layouts: the maternity system's old Excel file (.xls) with dates as
# real dates formatted dd/mm/yyyy and times as day fractions; the health visitors' OpenDocument sheet; the police's
# CSV saved by Excel with a byte order mark; the ambulance service's; the paediatrician's rapid response notes.

wb = xlwt.Workbook()
ws = wb.add_sheet("Postnatal")
date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
time_style = xlwt.easyxf(num_format_str="HH:MM")
for c, h in enumerate(["Date", "Time", "Midwife", "Notes"]):
    ws.write(0, c, h)
maternity = [
    (D(2024, 1, 4), dt.time(9, 30), "MW Green", "Isla born 38+2 by SVD, 3.1kg. Safer sleep discussed; parents have a "
     "Moses basket.", "E1", "2024-01-04"),
    (D(2024, 1, 14), dt.time(14, 0), "MW Green", "Day 10 visit, discharged to the health visitor. Dad smoking "
     "outside.", "E2", "2024-01-14"),
]
for r, (day, time, who, text, ev, iso) in enumerate(maternity, 1):
    ws.write(r, 0, day, date_style)
    ws.write(r, 1, (time.hour * 60 + time.minute) / 1440, time_style)
    ws.write(r, 2, who)
    ws.write(r, 3, text)
    R._note("Maternity.xls", "Postnatal", r + 1, ev, iso, text)
wb.save(str(R.folder / "Maternity.xls"))

R.ods("Health Visiting.ods", "Isla", ["Date", "Health visitor", "Contact", "Record"], [
    (["15/01/2024", "HV Price", "Transfer", "Handover from the midwife: Isla well, feeding well."], "E2",
     "2024-01-15"),
    (["18/01/2024", "HV Price", "NBV", "New birth visit. Isla sleeping in the Moses basket. Mum says dad sometimes "
      "falls asleep with her on the sofa; safer sleep advice given again."], "A1", "2024-01-18"),
    (["26/02/2024", "HV Price", "Information", "Informed by the rapid response paediatrician that Isla died "
      "yesterday (SUDI)."], "E3", "2024-02-26"),
])

R.csv("Police.csv", [], ["Date", "Time", "Incident", "Summary"], [
    (["25/02/2024", "07:12", "Sudden death - child", "Baby found unresponsive on the sofa next to father. Both "
      "parents had been drinking. JAR with the paediatrician; home visited."], "E3", "2024-02-25"),
], encoding="utf-8-sig")

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date", "Time of call", "Complaint", "Narrative"]], [
    ([D(2024, 2, 25), "07:01", "Cardiac arrest - infant", "7 week old not breathing, found on sofa by father. CPR "
      "in progress on arrival, conveyed to Royal Infirmary ED."], "E3", "2024-02-25"),
])])

R.xlsx("Rapid Response Paediatrician.xlsx", [("JAR", [], [["Date", "Clinician", "Notes"]], [
    ([D(2024, 2, 25), "Dr Nwosu", "Isla pronounced dead in ED 07:48. Joint home visit with police 11:00: sofa, "
      "empty wine bottles, Moses basket unused."], "E3", "2024-02-25"),
    ([D(2024, 3, 4), "Dr Nwosu", "Initial JAR meeting: GP, HV, police, CSC. Post mortem awaited."], "A2",
     "2024-03-04"),
])])
R.done()
