"""A held-out review (see ../README.md): python r212.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# An eight-week-old's abusive head trauma; a sibling, Lily (3). Times written in the text ("2302hrs",
# "At 23:10"), an ED's arrival date-times, ISO dates in a health visiting export, GP consultation
# times with seconds, social care as a Word table.
R.xlsx("EMAS.xlsx", [("Incidents", [], [["Date", "Incident summary"]], [
    ([D(2023, 5, 3), "Call 2302hrs: 8 week old not breathing properly, mum hysterical. On scene 2309hrs, police "
      "also attended. Conveyed QMC."], "E1", "2023-05-03"),
])])
R.xlsx("Police.xlsx", [("Log", [], [["Date", "Category", "Log"]], [
    ([D(2023, 5, 3), "Child concern", "At 23:10 officers attended with ambulance: 8/52 baby unresponsive. Parents "
      "account: baby 'went floppy' after feed."], "E1", "2023-05-03"),
    ([D(2023, 5, 4), "Strategy", "Strategy meeting with CSC and paediatrics: joint S47 investigation."], "E2",
     "2023-05-04"),
    ([D(2023, 5, 4), "Arrest", "Both parents arrested on suspicion of GBH (child), interviewed, bailed."], "E4",
     "2023-05-04"),
    ([D(2023, 5, 5), "Protection", "Police protection (s46) for Lily (3); handed to CSC, placed with MGM."], "E5",
     "2023-05-05"),
])])
R.xlsx("QMC Paediatrics.xlsx", [("ED and ward", [], [["Arrival", "Presenting complaint", "Notes"]], [
    ([D(2023, 5, 3, 23, 31), "8/52 floppy ?seizure", "CT head: bilateral subdural haemorrhages. PICU. Safeguarding "
      "referral to CSC EDT."], "E1", "2023-05-03"),
    ([D(2023, 5, 4, 10, 0), "-", "Paeds reg took part in strategy discussion."], "E2", "2023-05-04"),
    ([D(2023, 5, 4, 15, 0), "-", "Skeletal survey: healing posterior rib fractures x3, metaphyseal fracture L "
      "tibia."], "E3", "2023-05-04"),
])])
R.xlsx("Health Visiting.xlsx", [("Export", [], [["Date of contact", "Contact type", "Notes"]], [
    (["2023-04-20", "New birth review", "Baby unsettled, mum tired. Small bruise on chin - mum says Lily poked "
      "him."], None, "2023-04-20"),
    (["2023-04-28", "Telephone", "Call from GP: baby seen with red mark on cheek, told Lily hit him. HV to visit "
      "Monday."], "E7", "2023-04-28"),
])])
R.csv("GP.csv", [], ["Consultation date", "Time", "Clinician", "Summary"], [
    (["26/04/2023", "11:20:00", "Dr Lee", "6 week baby check: NAD. Mum PND screen negative."], None, "2023-04-26"),
    (["28/04/2023", "16:40:00", "Dr Lee", "Mum brought baby: red mark L cheek, says sibling hit him. Safeguarding "
      "advice; HV informed."], "E7", "2023-04-28"),
])
d = docx.Document()
d.add_paragraph("Children's Social Care chronology")
t = d.add_table(rows=1, cols=2)
t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Date", "Record"
csc = [
    ("03/05/2023", "EDT: referral from QMC - 8 week old with brain bleed, no explanation.", "E1", "2023-05-03"),
    ("04/05/2023", "Strategy discussion 10:00: police, paediatrician, CSC. S47, CP medical and skeletal survey.",
     "E2", "2023-05-04"),
    ("04/05/2023", "Police advise both parents arrested this evening.", "E4", "2023-05-04"),
    ("05/05/2023", "Paediatrician update: skeletal survey shows old rib fractures and a leg fracture.", "E3",
     "2023-05-05"),
    ("05/05/2023", "Lily placed with maternal grandmother after police protection; s20 agreed.", "E5", "2023-05-05"),
]
for day, text, ev, iso in csc:
    row = t.add_row().cells
    row[0].text, row[1].text = day, text
d.save(R.folder / "Childrens Social Care.docx")
for i, (day, text, ev, iso) in enumerate(csc):
    R._note("Childrens Social Care.docx", None, i + 3, ev, iso, text)
R.done()
