"""A held-out review (see ../README.md): python r592.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: twins born at 30 weeks; at ten weeks old one has a broken thigh bone and
# older rib fractures. Each agency tells the same event in its own words: 'Twins discharged home with neonatal
# outreach' and 'Notification of discharge of twins from NNU'; '10/52 twin (corrected 0/52), swollen L thigh, spiral
# femur #, no explanation' and 'Referral from ED: 10 week old twin with a fractured femur'; a strategy discussion;
# the interim care order hearing and the foster carers' 'Twins placed with us today'.
# Layouts: the neonatal unit's sheet with a 'Baby' column; the emergency department's Word table; the health
# visitor's CSV with dates typed '21-Feb-2024'; social care's sheet; the police's sheet with a merged title over
# two rows; the fostering agency's OpenDocument sheet; Cafcass's Word paragraphs '3 April 2024: …'.

R.xlsx("Neonatal Unit.xlsx", [("Stay", [], [["Date", "Baby", "Entry"]], [
    ([D(2024, 1, 17), "Twins", "Born at 30+2 weeks by emergency section; both to NICU on CPAP."], "S1", "2024-01-17"),
    ([D(2024, 2, 5), "Twins", "Parents visited twice in 10 days; nursing staff worried about bonding."], "S2",
      "2024-02-05"),
    ([D(2024, 2, 20), "Twins", "Twins discharged home with neonatal outreach; parents shown safe handling again."],
     "E1", "2024-02-20"),
])])

R.docx_table("Emergency Department.docx", "Emergency department - Twin 1 (Noah KING)", ["Date", "Time", "Notes"], [
    (["28/03/2024", "19:40", "10/52 twin (corrected 0/52), swollen L thigh, crying when nappy changed. X-ray: spiral "
      "femur #. No explanation from parents. Admitted; safeguarding referral."], "E2", "2024-03-28"),
    (["29/03/2024", "11:00", "Skeletal survey: three healing posterior rib fractures and a metaphyseal fracture of the "
      "R tibia."], "S4", "2024-03-29"),
])

R.csv("Health Visiting.csv", [], ["Date", "Worker", "Entry"], [
    (["21-Feb-2024", "HV Price", "Notification of discharge of twins from NNU yesterday; new birth visit booked."], "E1",
     "2024-02-21"),
    (["26-Feb-2024", "HV Price", "New birth visit: twins feeding 3 hourly, dad does nights. Mum flat; EPDS 14."], "S3",
     "2024-02-26"),
])

R.xlsx("Childrens Services.xlsx", [("Notes", [], [["Date", "Type", "Note"]], [
    ([D(2024, 3, 28), "Contact", "Referral from ED: 10 week old twin with a fractured femur, no account. Twin 2 to be "
      "examined too."], "E2", "2024-03-28"),
    ([D(2024, 3, 29), "Strategy", "Strategy discussion with police and the paediatrician: S47 both twins; parents not "
      "to be alone with them."], "E3", "2024-03-29"),
    ([D(2024, 4, 3), "Court", "Interim care orders granted for both twins; placed with foster carers tonight."], "E5",
     "2024-04-03"),
])])


def merge_title(wb):
    wb["Log"].merge_cells("A1:C2")


R.xlsx("Police.xlsx", [("Log", [["Police - child abuse investigation unit"], [None]], [["Date", "Officer", "Entry"]], [
    ([D(2024, 3, 29), "DS Lamb", "Strategy discussion: joint S47 with CSC; parents to be interviewed under caution."],
     "E3", "2024-03-29"),
    ([D(2024, 4, 1), "DS Lamb", "Parents interviewed under caution; both deny, no account of the injuries. RUI."], "S6",
     "2024-04-01"),
])], finish=merge_title)

R.ods("Fostering Agency.ods", "Log", ["Date", "Carer", "Note"], [
    ([D(2024, 4, 3), "Mr and Mrs Cole", "Twins placed with us today under an interim care order; both settled by "
      "midnight."], "E5", "2024-04-03"),
])

R.docx_paragraphs("Cafcass.docx", "Cafcass - case notes (twins King)", [
    ("3 April 2024: Attended the interim care order hearing; supported the plan for foster care.", "E5",
     "2024-04-03"),
])
R.done()
