"""A held-out review (see ../README.md): python r219.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Ava, a sudden unexpected death in infancy at three months, co-sleeping on a sofa. Written tersely,
# as practitioners write for themselves: "3/12 F", "NBV", "JV", "C&F", "SSS", "ROLE", "SVD 38/40",
# police in capitals. Layouts: police date and time in one cell; health visiting dates "14-Sep-21";
# social care as a Word table headed Date | Source | Detail; housing's "Date raised | Category".
R.xlsx("Maternity.xlsx", [("Sheet1", [], [["Date", "Detail"]], [
    ([D(2021, 9, 14), "SVD 38/40, girl 3.1kg. Mum smoker. Discharged home 15/09."], "E1", "2021-09-14"),
])])
R.csv("Health Visiting.csv", [], ["Date", "Entry"], [
    (["16-Sep-21", "Birth notif recd - SVD 14/09."], "E1", "2021-09-16"),
    (["24-Sep-21", "NBV: mum, dad, Ava seen. Co-sleeping discussed, SSS advice given. Mum smoking."], None,
     "2021-09-24"),
    (["22-Oct-21", "Notified by MASH of DA incident 19/10 (verbal), baby present."], "E3", "2021-10-22"),
    (["02-Nov-21", "JV with SW for C&F. Home cluttered, cot full of clothes, Ava sleeping in bouncer."], "E4",
     "2021-11-02"),
    (["20-Dec-21", "Informed by CDOP of Ava's death on Sat. Case closed."], "E6", "2021-12-20"),
])
R.xlsx("GP.xlsx", [("Consultations", [], [["Date", "Type", "Summary"]], [
    ([D(2021, 9, 17), "Correspondence", "Birth notif. NB registered."], "E1", "2021-09-17"),
    ([D(2021, 10, 26), "Face to face", "6/52 check mum and baby. Baby thriving. Mum low mood, PHQ9 14."], None,
      "2021-10-26"),
    ([D(2021, 12, 20), "Correspondence", "RMH: notification of death of Ava 18/12/21, SUDI."], "E6", "2021-12-20"),
])])
R.xlsx("Police.xlsx", [("EXPORT", [], [["DATE/TIME", "TYPE", "DETAILS"]], [
    (["19/10/2021 23:05", "DOMESTIC", "VERBAL ARG BETWEEN PARENTS, BABY PRESENT IN HOUSE. NO ASSAULTS. DASH MED. "
      "PPN SUBMITTED."], "E3", "2021-10-19"),
    (["18/12/2021 07:20", "SUDDEN DEATH", "SUDI - 3 MTH OLD FEMALE, CO-SLEEPING WITH PARENTS ON SOFA. CID ATTENDED, "
      "JOINT AGENCY RESPONSE."], "E6", "2021-12-18"),
])])
R.xlsx("Ambulance.xlsx", [("Incidents", [], [["Date", "Time", "Call reason", "Clinical summary"]], [
    ([D(2021, 12, 18), "07:12", "CAT 1", "3/12 F not breathing, CPR by dad, continued by crew. Conveyed to RMH "
      "resus."], "E6", "2021-12-18"),
])])
R.xlsx("RMH.xlsx", [("ED", [], [["Date", "Time", "Notes"]], [
    ([D(2021, 12, 18), "07:41", "Infant BIBA in cardiac arrest. Resus, pronounced 07:58. SUDI protocol, police "
      "informed."], "E6", "2021-12-18"),
])])
d = docx.Document()
t = d.add_table(rows=1, cols=3)
for c, h in zip(t.rows[0].cells, ["Date", "Source", "Detail"]):
    c.text = h
csc = [
    ("20/10/2021", "Police", "PPN recd re DA 19/10: verbal argument, baby present. NFA, info to HV.", "E3",
     "2021-10-20"),
    ("02/11/2021", "SW", "HV - joint with HV Sarah. Conditions poor, cot unusable, safer sleep advice.", "E4",
     "2021-11-02"),
    ("18/12/2021", "EDT", "Police notified EDT of SUDI of Ava this am. No siblings.", "E6", "2021-12-18"),
]
for a, b, c, ev, iso in csc:
    row = t.add_row().cells
    row[0].text, row[1].text, row[2].text = a, b, c
d.save(R.folder / "Childrens Social Care.docx")
for i, (a, b, c, ev, iso) in enumerate(csc):
    R._note("Childrens Social Care.docx", None, i + 2, ev, iso, c)  # (the table's header is row 1)
R.csv("Housing.csv", [], ["Date raised", "Category", "Notes"], [
    (["06/12/2021", "Disrepair", "TA - damp and mould in bedroom reported by mum. Env health ref."], None,
     "2021-12-06"),
])
R.done()
