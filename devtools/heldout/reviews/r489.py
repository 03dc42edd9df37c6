"""A held-out review (see ../README.md): python r489.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Marcus (16), stabbed. Layouts: the police's workbook of a 'Stop search'
# sheet ('Date/time | Grounds | Object of search | Outcome') and a 'Crime' sheet; the major trauma centre's
# 'Date of attendance | Mechanism of injury | Injuries | Safeguarding'; the school's exclusions ('Date | Exclusion
# type | Days | Reason'); a youth charity's 'Where | Date | Notes', the date in the second column; the youth
# justice service's CSV with dates '16th Jan 24'.

R.xlsx("Police.xlsx", [
    ("Stop search", [], [["Date/time", "Grounds", "Object of search", "Outcome"]], [
        ([D(2024, 1, 12, 21, 30), "Seen passing a package to another youth outside the chicken shop", "Drugs",
          "Nothing found. Marcus said he 'had to' be there. Intel submitted."], "S1", "2024-01-12"),
        ([D(2024, 2, 9, 16, 10), "Information from school that he had a knife in his bag", "Offensive weapon",
          "Lock knife found in his bag at the school gate. Arrested; interviewed with mum; charged."], "E2",
         "2024-02-09"),
    ]),
    ("Crime", [], [["Date/time", "Crime", "Summary"]], [
        ([D(2024, 3, 22, 23, 50), "Section 18 wounding", "16 year old male stabbed in the thigh in the park. "
          "Not cooperating with officers. Taken to the major trauma centre."], "E4", "2024-03-22"),
    ]),
])

R.xlsx("Major Trauma Centre.xlsx", [("MTC", [], [["Date of attendance", "Mechanism of injury", "Injuries",
                                                 "Safeguarding"]], [
    ([D(2024, 3, 23, 0, 25), "Stab wound (assault)", "Single stab wound to the left thigh, femoral vessels intact. "
      "To theatre for washout.", "Police present. Referral to children's social care; youth worker (hospital "
      "navigator) seen him on the ward."], "E4", "2024-03-23"),
])])

R.xlsx("Hillside Academy.xlsx", [("Exclusions", [], [["Date", "Exclusion type", "Days", "Reason"]], [
    ([D(2024, 2, 9), "Suspension", 5, "Knife found in bag at the gate after a tip-off from a pupil; police called."],
     "E2", "2024-02-09"),
    ([D(2024, 3, 4), "Permanent", "", "Persistent disruption and the knife incident; governors' panel."], "S2",
     "2024-03-04"),
])])

R.xlsx("Youth charity.xlsx", [("Sessions", [], [["Where", "Date", "Notes"]], [
    (["Hospital", D(2024, 3, 23), "Navigator met Marcus on the ward after the stabbing. He wants out of the group "
      "but owes money."], "S6", "2024-03-23"),
    (["Youth centre", D(2024, 4, 2), "First session after discharge. Talked about moving away."], "S3", "2024-04-02"),
])])

R.csv("Youth Justice.csv", [], ["Date", "Worker", "Contact"], [
    (["16th Jan 24", "YJ officer", "Out of court disposal meeting re cannabis possession: youth caution."], "S4",
     "2024-01-16"),
    (["12th Feb 24", "YJ officer", "Police notified YJS of the knife charge from Friday; court date 4 March."], "E2",
     "2024-02-12"),
    (["25th Mar 24", "YJ officer", "Heard from the police that Marcus was stabbed on Friday night; he is in "
      "hospital."], "E4", "2024-03-25"),
])
R.done()
