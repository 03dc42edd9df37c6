"""A held-out review (see ../README.md): python r192.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A fifteen-year-old criminally exploited (county lines): youth justice, two police forces, a school.
R.xlsx("Thames Valley Police.xlsx", [("TVP", [], [["Date", "Time", "Summary"]], [
    ([D(2023, 1, 15), "21:40", "Arrested at Reading station in possession of 20 wraps of crack cocaine. Treated as "
      "potential victim of CE. Released to mum's care 02:00."], "E1", "2023-01-15"),
])])
R.xlsx("Met Police.xlsx", [("Sheet1", [], [["Date", "Details"]], [
    ([D(2023, 1, 16), "Notification from Thames Valley Police: Jayden arrested yesterday in Reading, county lines."],
     "E1", "2023-01-16"),
    ([D(2023, 1, 20), "Exploitation strategy meeting attended by MASH DC."], "E3", "2023-01-20"),
    ([D(2023, 2, 6), "Section 18 wounding - Jayden victim, stab wound to leg, uncooperative with officers."], "E4",
     "2023-02-06"),
    ([D(2023, 3, 14), "Court result: Referral order 9 months (PWITS)."], "E5", "2023-03-14"),
    ([D(2023, 4, 2), "Missing person report - Jayden, high risk (CE). Located 04/04 in Southend by Essex Police."], "E7",
     "2023-04-02"),
])])
R.xlsx("Childrens Social Care.xlsx", [("Case notes", [["Chronology: Jayden"]], [["Date", "Type", "Note"]], [
    ([D(2023, 1, 16), "EDT", "EDT: TVP arrest notification, Jayden found in Reading with drugs, mum collected."], "E1",
     "2023-01-16"),
    ([D(2023, 1, 17), "NRM", "NRM referral submitted as first responder."], None, "2023-01-17"),
    ([D(2023, 1, 20), "Strategy", "CE strat: police, YOS, school, SW. Plan: disruption, NRM, safety plan."], "E3",
     "2023-01-20"),
    ([D(2023, 2, 7), "Police", "Police notification: J stabbed last night, in hospital."], "E4", "2023-02-07"),
    ([D(2023, 3, 15), "YOS", "YOS informed of referral order made at court yesterday."], "E5", "2023-03-15"),
    ([D(2023, 3, 21), "Education", "School informed of permanent exclusion (knife)."], "E6", "2023-03-21"),
    ([D(2023, 4, 3), "Missing", "J missing since yesterday, high risk, strategy to be held."], "E7", "2023-04-03"),
])])
R.csv("Youth Justice Service.csv", [["YJS chronology"]], ["Date", "Officer", "Entry"], [
    (["20/01/2023", "YJ officer", "Contextual safeguarding strategy meeting attended."], "E3", "2023-01-20"),
    (["07/02/2023", "YJ officer", "Informed by CSC that Jayden was stabbed yesterday evening."], "E4", "2023-02-07"),
    (["14/03/2023", "Court officer", "Youth court: pleaded guilty PWITS, 9 month referral order."], "E5", "2023-03-14"),
    (["22/03/2023", "YJ officer", "Jayden PEX yesterday - knife in school."], "E6", "2023-03-22"),
    (["05/04/2023", "YJ officer", "J returned home yesterday after being missing 2 days."], "E7", "2023-04-05"),
])
R.xlsx("Riverside Academy.xlsx", [("CPOMS", [], [["Date", "Category", "Incident", "Action taken"]], [
    ([D(2023, 1, 20), "Safeguarding", "DSL attended strategy meeting re exploitation.", "Safety plan in school"], "E3",
     "2023-01-20"),
    ([D(2023, 2, 8), "Attendance", "Mum rang: J in hospital after being stabbed Monday night.", "Work sent home"], "E4",
     "2023-02-08"),
    ([D(2023, 3, 21), "Exclusion", "Permanently excluded following possession of a knife in school.",
      "LA informed, CSC informed"], "E6", "2023-03-21"),
])])
R.csv("St Thomas ED.csv", [], ["Arrival date/time", "Complaint", "Notes"], [
    (["06/02/2023 23:10", "Stab wound", "Stab wound L thigh, 15M, brought by friends, police informed."], "E4",
     "2023-02-06"),
])
R.done()
