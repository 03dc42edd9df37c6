"""A held-out review (see ../README.md): python r566.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review in Wales: Alfie Morgan (11), crushed under a quad bike on the family farm. Each agency
# tells the same event in its own words: 'a child trapped under an overturned quad bike', 'Cat Red: 11M crushed
# under quad bike', 'Trauma call: 11 year old, quad bike rollover, rib fractures'; the police's referral and
# social care's 'Police referral: Alfie seriously injured driving a quad bike'; the strategy discussion; the
# discharge and 'Mum emailed: Alfie discharged from hospital yesterday'.
# Layouts: Welsh agency names; the ambulance service's CSV with bilingual headers 'Dyddiad / Date | Amser / Time |
# Nodiadau / Notes'; the police's sheet; the health board's sheet; the school's Word table; social care's sheet;
# the GP's sheet.

R.xlsx("Heddlu Dyfed-Powys Police.xlsx", [("Log", [], [["Date", "Time", "Log entry"]], [
    ([D(2024, 4, 6), "15:12", "Report of a child trapped under an overturned quad bike at Tyddyn farm; air ambulance "
      "on scene. HSE informed."], "E1", "2024-04-06"),
    ([D(2024, 4, 8), "10:30", "Referral to children's services: child driving farm vehicles, second incident known."],
     "E2", "2024-04-08"),
    ([D(2024, 4, 11), "14:00", "Strategy discussion: NFA for police; HSE investigating."], "E3", "2024-04-11"),
])])

R.csv("Welsh Ambulance Service.csv", [], ["Dyddiad / Date", "Amser / Time", "Nodiadau / Notes"], [
    (["06/04/2024", "15:09", "Cat Red: 11M crushed under a quad bike, chest injury, GCS 14."], "E1", "2024-04-06"),
])

R.xlsx("Hywel Dda UHB.xlsx", [("Chronology", [], [["Date", "Department", "Entry"]], [
    ([D(2024, 4, 6), "ED", "Trauma call: 11 year old, quad bike rollover, rib fractures, pneumothorax. Chest drain, "
      "admitted to PICU."], "E1", "2024-04-06"),
    ([D(2024, 4, 11), "Safeguarding", "Named doctor contributed to the strategy discussion."], "E3", "2024-04-11"),
    ([D(2024, 4, 16), "Ward", "Discharged home; no contact sports for 6 weeks."], "E4", "2024-04-16"),
])])

R.docx_table("Ysgol Gynradd Llan.docx", "Ysgol Gynradd Llan - safeguarding record", ["Date", "Concern"], [
    (["20/09/2023", "Alfie told the class he drives the tractor on the farm; logged, parents spoken to."], "S1",
     "2023-09-20"),
    (["17/04/2024", "Mum emailed: Alfie discharged from hospital yesterday, back next week."], "E4", "2024-04-17"),
])

R.xlsx("Cyngor Sir Childrens Services.xlsx", [("Case notes", [], [["Date", "Note"]], [
    ([D(2024, 4, 8), "Police referral: Alfie (11) seriously injured driving a quad bike on the farm; previous "
      "concern of him driving the tractor."], "E2", "2024-04-08"),
    ([D(2024, 4, 11), "Strategy discussion with police and the hospital: section 47 threshold not met; single "
      "assessment."], "E3", "2024-04-11"),
    ([D(2024, 5, 2), "Home visit to the farm: quad bike sold, farm safety plan agreed."], "S2", "2024-05-02"),
])])

R.xlsx("Meddygfa Teifi.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 4, 25), "Post-discharge review, chest clear."], "S3", "2024-04-25"),
])])
R.done()
