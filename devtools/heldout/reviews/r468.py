"""A held-out review (see ../README.md): python r468.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Kerry (29), killed by her ex-partner Jordan on licence. Vocabulary: "licence", "recall",
# "AP" (approved premises), "MAPPA", "breach", "DVPN". Layouts: probation's record converted from a PDF, each page
# opening with the protective marking 'OFFICIAL - SENSITIVE' and the header again, and closing with 'Page 1 of 2';
# the police's dates written '12-Mar-2024'; a GP's shorthand ('Pt', 'c/o', 'O/E', 'Imp:'); CAMHS's dates with
# '(DNA)' written after them; an approved premises' log by shift.

P = "Probation.xlsx"
R.xlsx(P, [("Contacts", [["OFFICIAL - SENSITIVE"]], [["Date", "Officer", "Contact type", "Notes"]], [
    ([D(2024, 2, 1), "PP Grant", "Release", "Jordan released on licence to the approved premises. Licence "
      "conditions: not to contact Kerry, exclusion zone."], "A1", "2024-02-01"),
    ([D(2024, 2, 20), "PP Grant", "Office", "Reported as required. Denies any contact with Kerry."], "A2",
     "2024-02-20"),
    (["Page 1 of 2", None, None, None], None, None),
    (["OFFICIAL - SENSITIVE", None, None, None], None, None),
    (["Date", "Officer", "Contact type", "Notes"], None, None),
    ([D(2024, 3, 12), "PP Grant", "Information", "Police tell us Jordan was seen outside Kerry's flat last night in "
      "breach of his exclusion zone. Recall considered."], "E2", "2024-03-12"),
    ([D(2024, 3, 13), "PP Grant", "Recall", "Licence revoked; Jordan recalled to custody. Whereabouts unknown."],
     "A3", "2024-03-13"),
    (["Page 2 of 2", None, None, None], None, None),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Type", "Details"]], [
    (["11-Mar-2024", "23:05", "Domestic", "Kerry reports her ex Jordan outside her flat shouting. Gone on arrival. "
      "He is on licence with an exclusion zone: probation informed."], "E2", "2024-03-11"),
    (["18-Mar-2024", "02:40", "Murder", "Call from a neighbour: woman screaming. Kerry found with stab wounds, "
      "pronounced dead at scene. Jordan arrested nearby."], "E3", "2024-03-18"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 2, 26), "Pt c/o anxiety, poor sleep since ex released from prison. O/E tearful. Imp: anxiety. "
      "Rx propranolol. Advised to contact police if he approaches."], "A4", "2024-02-26"),
    ([D(2024, 3, 19), "Notification from police: pt deceased 18/03/2024."], "E3", "2024-03-19"),
])])

R.xlsx("CAMHS.xlsx", [("Appointments", [], [["Appointment", "Clinician", "Notes"]], [
    (["05/03/2024 (DNA)", "Dr Ho", "Kerry's son (8) not brought. Mum rang later, had forgotten."], "A5",
     "2024-03-05"),
    (["19/03/2024", "Dr Ho", "Informed by school that the boy's mother died at the weekend. Urgent appointment "
      "offered to grandmother."], "E3", "2024-03-19"),
])])

R.xlsx("Approved Premises.xlsx", [("Log", [], [["Date", "Shift", "Staff", "Entry"]], [
    ([D(2024, 3, 11), "Late", "AP Worker Finch", "Jordan signed out at 20:00, due back 23:00. Returned 23:45, "
      "agitated. Warning given."], "A6", "2024-03-11"),
    ([D(2024, 3, 13), "Early", "AP Worker Finch", "Probation: Jordan recalled. He has not returned to the AP since "
      "yesterday. Police informed."], "A3", "2024-03-13"),
])])
R.done()
