"""A held-out review (see ../README.md): python r274.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
from lib import Review

R = Review(sys.argv[1])
# A 6-month-old (Grace) with a skull fracture after a reported fall from a sofa. Vocabulary:
# "NAI", "CT head", "skull fracture", "ophthalmology", "s47", "ICPC", "safety plan", "HV". Layouts:
# the police's return under a form block ("Agency:", "Author:", "Date completed: 01/12/2023") with
# the header in row 8; the hospital's CSV with "Printed on …" and "End of report" lines after the
# entries; children's social care; health visiting; the GP.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Chronology"
ws["A1"] = "Child Safeguarding Practice Review – agency chronology"
ws["A3"], ws["B3"] = "Agency:", "Eastshire Police"
ws["A4"], ws["B4"] = "Author:", "DS 4471 Price"
ws["A5"], ws["B5"] = "Date completed:", "01/12/2023"
ws["A6"], ws["B6"] = "Period covered:", "01/06/2023 to 30/09/2023"
ws.append([])
ws.append(["Date", "Time", "Source", "Information"])
police = [("18/08/2023", "21:30", "Call", "Hospital reports 6 month old with a skull fracture; parents say she rolled "
           "off the sofa. Strategy discussion requested.", "E1", "2023-08-18"),
          ("19/08/2023", "10:00", "Strategy", "Strategy discussion: S47 joint investigation; safety plan with "
           "grandparents supervising.", "E2", "2023-08-19"),
          ("07/09/2023", "14:00", "Interview", "Both parents interviewed voluntarily; accounts consistent.", None,
           "2023-09-07")]
for date, time, source, info, event, iso in police:
    ws.append([date, time, source, info])
    R._note("Eastshire Police.xlsx", "Chronology", ws.max_row, event, iso, info)
wb.save(R.folder / "Eastshire Police.xlsx")

hospital = [["Date", "Time", "Entry"],
            ["18/08/2023", "19:10", "ED: 6/12 female, fall from sofa onto laminate per mother. Boggy swelling R "
             "parietal. CT head: linear skull fracture. Admitted; safeguarding referral to CSC and police."],
            ["19/08/2023", "11:30", "Ophthalmology: no retinal haemorrhages. Skeletal survey normal."],
            ["21/08/2023", "12:00", "Discharged to grandparents' care under the safety plan."],
            [],
            ["Printed on 01/12/2023 10:22 by records clerk"],
            ["End of report"]]
with open(R.folder / "Hospital.csv", "w", encoding="utf-8", newline="") as fh:
    import csv
    csv.writer(fh).writerows(hospital)
for row, (event, iso) in enumerate([("E1", "2023-08-18"), (None, "2023-08-19"), ("E3", "2023-08-21")], start=2):
    R._note("Hospital.csv", None, row, event, iso, hospital[row - 1][2])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    (["18/08/2023", "EDT: referral from the hospital - Grace (6 months) skull fracture, explanation a fall from "
      "the sofa."], "E1", "2023-08-18"),
    (["19/08/2023", "Strategy discussion with police and the paediatrician: S47; safety plan agreed."], "E2",
     "2023-08-19"),
    (["21/08/2023", "Grace discharged to maternal grandparents under the safety plan."], "E3", "2023-08-21"),
])])

R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "Contact"]], [
    (["04/08/2023", "6 month review at home: rolling both ways, sofa safety discussed."], None, "2023-08-04"),
    (["22/08/2023", "Informed by CSC of Grace's skull fracture on 18/08; visit to grandparents booked."], "E1",
     "2023-08-22"),
])])
R.done()
