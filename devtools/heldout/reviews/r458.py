"""A held-out review (see ../README.md): python r458.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review after a sudden unexpected death in infancy: Zara (5 months), found unresponsive in her parents'
# bed. Vocabulary: "SUDI", "co-sleeping", "safe sleep", "ROLE", "JAR" (joint agency response), "bronchiolitis".
# Layouts: the police's Word table with each date and time in one cell on two lines ('14/07/2024' above '06:58');
# the ambulance service's CSV ending in a total row; the emergency department's entries newest first; the
# health visitors'; the GP's; the mother's drug service's; social care's.

R.docx_table("Police.docx", "Westshire Police - chronology", ["Date/Time", "Contact", "Details"], [
    (["14/07/2024\n06:58", "999 call", "Call from ambulance control: 5 month old baby not breathing, found in the "
      "parents' bed. Officers attended; JAR started. Drug paraphernalia in the bedroom."], "E1", "2024-07-14"),
])

R.csv("Ambulance Service.csv", [], ["Date", "Time", "Category", "Notes"], [
    (["14/07/2024", "06:52", "Cat 1", "5 month old female in cardiac arrest, found by mother in the parents' bed. CPR "
      "en route, conveyed to ED."], "E1", "2024-07-14"),
    (["24/06/2024", "22:10", "Cat 3", "5 month old with cough and fast breathing. Conveyed to ED for "
      "assessment."], "E3", "2024-06-24"),
])
with open(os.path.join(sys.argv[1], "Ambulance Service.csv"), "a", encoding="utf-8", newline="") as fh:
    fh.write("\r\nTotal records: 2,,,\r\n")

R.xlsx("Emergency Department.xlsx", [("Attendances (newest first)", [], [["Arrival", "Summary"]], [
    ([D(2024, 7, 14, 7, 12), "Infant 5/12 in arrest on arrival, resuscitation unsuccessful, ROLE 07:45. SUDI "
      "protocol, paediatrician informed police and CSC."], "E1", "2024-07-14"),
    ([D(2024, 6, 24, 22, 40), "Infant 5/12 bronchiolitis, sats 95%. Discharged home with advice."], "E3",
     "2024-06-24"),
])])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 6, 10), "Home visit", "Safe sleep advice repeated: Zara sleeping in the parents' bed. Mum disclosed "
      "her partner uses cannabis."], "A1", "2024-06-10"),
    ([D(2024, 6, 25), "Telephone", "Mum rang: Zara was at A&E last night with a cough, home now."], "E3",
     "2024-06-25"),
    ([D(2024, 7, 15), "Information", "Informed by the GP of Zara's death on Sunday."], "E1", "2024-07-15"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Clinician", "Notes"]], [
    ([D(2024, 6, 27), "Admin", "ED letter: attended 24/06 with bronchiolitis, discharged."], "E3", "2024-06-27"),
    ([D(2024, 7, 15), "Admin", "Notification of death: SUDI 14/07/2024. HV informed."], "E1", "2024-07-15"),
])])

R.xlsx("Drug and Alcohol Service.xlsx", [("Contacts", [], [["Date", "Worker", "Notes"]], [
    ([D(2024, 7, 1), "Keyworker", "Mum says she has cut down her methadone top-up; baby well."], "A2", "2024-07-01"),
    ([D(2024, 7, 16), "Keyworker", "Client's baby died at the weekend - informed by police."], "E1", "2024-07-16"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 7, 14), "EDT", "Police and ED: sudden unexpected death of Zara, 5 months, in the parents' bed. Joint "
      "agency response; sibling (3) to stay with grandmother."], "E1", "2024-07-14"),
])])
R.done()
