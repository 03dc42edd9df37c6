"""A held-out review (see ../README.md): python r220.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Two siblings, Alfie (7) and Brooke (13), at two schools; domestic abuse at home. Layouts: the GP
# as a file per child ("GP - Alfie.csv", "GP - Brooke.csv"); social care with a Child column
# ("Alfie", "Brooke", "Both"); the primary's CPOMS with a Student column; the secondary's
# safeguarding log. Records of one event about different children (both schools told of one
# incident, both at one meeting) are one event; a GP's consultations of each child are not.
R.xlsx("Police.xlsx", [("Sheet1", [], [["Date", "Time", "Incident"]], [
    ([D(2022, 11, 6), "22:30", "Domestic: father assaulted mother in kitchen, Alfie and Brooke upstairs. Father "
      "arrested. DASH high, MARAC referral, Encompass to both schools."], "E1", "2022-11-06"),
    ([D(2022, 11, 21), "10:00", "Strategy discussion re both children: S47 for each."], "E3", "2022-11-21"),
    ([D(2022, 12, 5), "13:30", "ICPC attended by DC Lowe: both children subject to CP plans."], "E4", "2022-12-05"),
])])
R.xlsx("Oakfield Primary.xlsx", [("CPOMS", [], [["Date", "Student", "Categories", "Details", "Action taken"]], [
    ([D(2022, 11, 7), "Alfie", "Operation Encompass", "Encompass call: DA at home last night, Alfie present. "
      "Seemed tired, ate breakfast club.", "Class teacher aware"], "E1", "2022-11-07"),
    ([D(2022, 11, 10), "Alfie", "Academic", "Reading age assessment: above expected."], None, "2022-11-10"),
    ([D(2022, 11, 21), "Alfie", "Safeguarding", "DSL in strategy discussion (Teams)."], "E3", "2022-11-21"),
    ([D(2022, 12, 5), "Alfie", "Safeguarding", "DSL at ICPC: CP plan, neglect and emotional."], "E4", "2022-12-05"),
])])
R.xlsx("Highfield Academy.xlsx", [("Safeguarding log", [], [["Date", "Incident", "Action", "Staff"]], [
    ([D(2022, 11, 7), "Operation Encompass notification re incident 06/11, Brooke in the house.",
      "Head of year to check in", "DSL"], "E1", "2022-11-07"),
    ([D(2022, 11, 14), "Brooke showed cuts on forearm to friend; first aid; mum informed, to see GP.",
      "Referral to MHST", "DDSL"], None, "2022-11-14"),
    ([D(2022, 11, 21), "Strategy meeting attended by DSL.", "S47 agreed", "DSL"], "E3", "2022-11-21"),
    ([D(2022, 12, 5), "Initial CP conference.", "CP plan", "DSL"], "E4", "2022-12-05"),
])])
R.csv("GP - Alfie.csv", [], ["Date", "Consultation"], [
    (["15/11/2022", "Asthma review: inhaler technique ok."], None, "2022-11-15"),
])
R.csv("GP - Brooke.csv", [], ["Date", "Consultation"], [
    (["15/11/2022", "Self-harm: superficial cuts L forearm, low mood since incident at home. Referred to CAMHS."],
     "E2", "2022-11-15"),
])
R.csv("CAMHS.csv", [], ["Date", "Note"], [
    (["17/11/2022", "Referral received from GP for Brooke: self-harm, low mood. Triage: routine."], "E2",
     "2022-11-17"),
])
R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Child", "Event", "Outcome"]], [
    ([D(2022, 11, 7), "Both", "Police DA notification (06/11): father arrested, children present.",
      "Strategy discussion"], "E1", "2022-11-07"),
    ([D(2022, 11, 21), "Both", "Strategy discussion with police and both schools.", "S47 on each child"], "E3",
     "2022-11-21"),
    ([D(2022, 12, 5), "Alfie", "ICPC: CP plan.", "CP plan"], "E4", "2022-12-05"),
    ([D(2022, 12, 5), "Brooke", "ICPC: CP plan.", "CP plan"], None, "2022-12-05"),
])])
R.done()
