"""A held-out review (see ../README.md): python r510.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: baby Isla (9 weeks), a sudden unexpected death in infancy after sleeping
# with her parents on a sofa. Each agency tells the death in its own words: 'found unresponsive', 'not breathing,
# CPR in progress', 'brought in in cardiac arrest', 'SUDI', 'cot death', 'died this morning'; the home visit as
# 'JAR home visit', 'SUDIC home visit with police', 'scene visit with the on-call paediatrician'; the meeting as
# 'rapid response meeting', 'joint agency response meeting', 'initial JAR meeting'. Layouts: the ambulance
# service's CSV with ISO date-times ('2024-05-03T06:12:00'); the hospital's sheet under a merged title with
# 'Date seen | Time | Clinician | Entry'; health visiting's sheet with dates typed '03.05.2024'; the GP's Word
# table; the police's and children's services' sheets.

R.csv("Ambulance Service.csv", [], ["Incident datetime", "Category", "Narrative"], [
    (["2024-05-03T06:12:00", "Cat 1", "9 week old not breathing, CPR in progress by father on arrival. Baby had been "
      "asleep on the sofa with parents. Conveyed to ED under blue lights, pre-alert given."], "E1", "2024-05-03"),
])


def merge_title(workbook):
    workbook["Paediatrics"].merge_cells("A1:D1")


R.xlsx("Hospital Trust.xlsx", [("Paediatrics", [["Royal Infirmary - Paediatric and ED records (Isla)"]],
                                [["Date seen", "Time", "Clinician", "Entry"]], [
    ([D(2024, 5, 3), "06:41", "ED consultant", "Infant brought in in cardiac arrest. Resuscitation stopped 07:05, "
      "life pronounced extinct. Police and on-call paediatrician informed; SUDI protocol started."], "E1",
     "2024-05-03"),
    ([D(2024, 5, 3), "11:30", "On-call paediatrician", "SUDIC home visit with DS Ahmed: sofa, empty cans, ashtray. "
      "History taken from both parents."], "E2", "2024-05-03"),
    ([D(2024, 5, 7), "14:00", "Designated doctor", "Chaired the rapid response meeting: police, GP, health visiting "
      "and social care present."], "E3", "2024-05-07"),
])], finish=merge_title)

R.xlsx("Police.xlsx", [("Occurrence", [], [["Date", "Occurrence"]], [
    ([D(2024, 5, 3), "Sudden unexpected death of a 9 week old: co-sleeping on a sofa after parents had been "
      "drinking. Scene secured, CID attended."], "E1", "2024-05-03"),
    ([D(2024, 5, 3), "Joint home visit with the paediatrician (scene visit with the on-call consultant)."], "E2",
     "2024-05-03"),
    ([D(2024, 5, 7), "Initial JAR meeting held at the hospital."], "E3", "2024-05-07"),
    ([D(2024, 5, 10), "Strategy discussion re the surviving sibling (3): no s47, single agency support."], "E4",
     "2024-05-10"),
])])

R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "HV", "Contact", "Record"]], [
    (["20.04.2024", "HV Patel", "New birth visit", "Safe sleep discussed; mum smokes. Parents say baby sleeps in a "
      "Moses basket."], "S1", "2024-04-20"),
    (["03.05.2024", "HV Patel", "Phone", "Informed by the GP: baby died this morning, a suspected cot death."], "E1",
     "2024-05-03"),
    (["07.05.2024", "HV Patel", "Meeting", "Joint agency response meeting attended; history of our contacts "
      "shared."], "E3", "2024-05-07"),
    (["14.05.2024", "HV Patel", "Home visit", "Bereavement visit: parents and sibling seen; referred to the "
      "Lullaby Trust."], "S2", "2024-05-14"),
])])

R.docx_table("GP Practice.docx", "Castle Street Surgery - chronology", ["Date", "Clinician", "Entry"], [
    (["03/05/2024", "GP", "Notified by the hospital of Isla's SUDI this morning. HV informed."], "E1", "2024-05-03"),
    (["07/05/2024", "GP", "Rapid response meeting: GP records shared (no concerns at the 6 week check)."], "E3",
     "2024-05-07"),
])

R.xlsx("Children's Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Details"]], [
    ([D(2024, 5, 3), "Notification", "Police notification: 9 week old died this morning at home; 3 year old sibling "
      "in the household."], "E1", "2024-05-03"),
    ([D(2024, 5, 10), "Strategy", "Strategy discussion with police about the sibling: threshold for s47 not met; "
      "early help offered."], "E4", "2024-05-10"),
])])
R.done()
