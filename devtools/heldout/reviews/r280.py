"""A held-out review (see ../README.md): python r280.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# Domestic abuse with a 5-month-old in the home (baby Isla); a DVPN, then a breach. Vocabulary:
# "DVPN" (domestic violence protection notice), "DVPO", "breach", "IDVA", "DASH", "Op Encompass",
# "perpetrator programme". Layouts: the police's print, each occurrence over two rows (the date, the
# number and the type on one; "Remarks:" and its text on the next); the IDVA service; health
# visiting; children's social care. (A row that goes on an entry above carries no event of its own.)
R.csv("Police occurrences.csv", [], ["Date", "Occurrence", "Type"], [
    (["05/03/2024", "24/1187", "Domestic - crime"], "E1", "2024-03-05"),
    (["Remarks:", "Male pushed partner while she held the baby; she fell against the cot. Arrested. DASH high. DVPN "
      "served on release.", ""], None, "2024-03-05"),
    (["07/03/2024", "24/1240", "Court"], "E2", "2024-03-07"),
    (["Remarks:", "DVPO granted at the magistrates' court for 28 days.", ""], None, "2024-03-07"),
    (["19/03/2024", "24/1502", "Breach"], "E3", "2024-03-19"),
    (["Remarks:", "Male found at the address at 23:40 in breach of the DVPO. Arrested.", ""], None, "2024-03-19"),
])

R.xlsx("IDVA service.xlsx", [("Cases", [], [["Date", "Note"]], [
    (["06/03/2024", "High risk referral from police (DASH 17): partner pushed her holding the baby. Safety plan "
      "by phone."], "E1", "2024-03-06"),
    (["20/03/2024", "Police told us he breached the DVPO last night; MARAC referral made."], "E3", "2024-03-20"),
])])

R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "Contact"]], [
    (["06/03/2024", "Encompass-style notification from police: DA incident 05/03 with Isla present. Targeted "
      "visit booked."], "E1", "2024-03-06"),
    (["12/03/2024", "Home visit: mum and Isla well, DVPO in place, mum engaging with the IDVA."], None, "2024-03-12"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Note"]], [
    (["06/03/2024", "Police PPN: domestic incident 05/03, baby (5 months) in mother's arms. Strategy discussion; "
      "S47."], "E1", "2024-03-06"),
    (["20/03/2024", "Police notification: DVPO breached last night, male arrested."], "E3", "2024-03-20"),
])])
R.done()
