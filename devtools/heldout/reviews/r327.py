"""A held-out review (see ../README.md): python r327.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Paul (52), killed by his partner Tracey, who had stabbed him before. A
# male victim reluctant to be seen as one: a call to the police, a hand wound in the emergency
# department, a MARAC, the IDVA, the GP. Vocabulary: "CAD", "DASH high", "MARAC", "IDVA", "Respect"
# (the men's advice line), "Clare's Law". Layouts: the police's call log as a CSV whose notes run over
# several lines in one cell, dates with seconds ("12/03/2024 23:41:07"); the IDVA's work as periods
# ("Date from", "Date to"); the emergency department's CSV; the GP; the coroner's officer.

R.csv("Police CAD log.csv", [], ["CAD", "Date/Time", "Log"], [
    (["CAD 2211", "12/03/2024 23:41:07", "Male caller: partner has cut his hand with a knife during an argument.\n"
      "Officers attended 23:58. Male declined to make a complaint, says it was an accident.\n"
      "DASH: high. Female arrested for s47 assault, later NFA (victim not supporting)."], "E1", "2024-03-12"),
    (["CAD 0417", "30/03/2024 02:10:55", "Neighbour reports shouting at the address. Officers attended: both "
      "intoxicated, no injuries seen. Words of advice."], "E5", "2024-03-30"),
    (["CAD 1902", "14/04/2024 19:02:31", "Ambulance request: male stabbed at the address, unresponsive. Female "
      "arrested for murder."], "E6", "2024-04-14"),
])

R.csv("ED attendances.csv", [], ["Arrival", "Presenting complaint", "Notes", "Discharge"], [
    (["13/03/2024 00:35", "Laceration L hand", "52M, says cut himself cooking. Police present. Wound closed, 6 sutures.",
      "Home with GP follow-up"], "E1", "2024-03-13"),
    (["14/04/2024 19:40", "Stab wound chest (BIBA)", "Cardiac arrest in resus. ROLE 20:05.", "Died"], "E6",
     "2024-04-14"),
])

R.xlsx("IDVA service.xlsx", [("Case work", [["Domestic abuse service – case record"]],
                              [["Date from", "Date to", "Work"]], [
    ([D(2024, 3, 14), D(2024, 3, 14), "Referral from police (DASH high). Phoned Paul: declined support, says he can "
      "handle it. Respect line number given."], "E2", "2024-03-14"),
    ([D(2024, 3, 21), D(2024, 3, 21), "MARAC: Paul discussed; IDVA to keep trying, police marker on the address."],
     "E3", "2024-03-21"),
    ([D(2024, 3, 22), D(2024, 4, 5), "Three calls and a letter to Paul: no reply. Case closed 05/04."], None,
     "2024-03-22"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 3, 18), "Dr Hale", "Suture removal, L hand healed. Says partner did it; does not want anything done. "
      "Gave domestic abuse leaflet."], "E4", "2024-03-18"),
    ([D(2024, 3, 21), "Admin", "MARAC research form returned: last seen 18/03."], None, "2024-03-21"),
    ([D(2024, 4, 15), "Admin", "Notified by the coroner's officer of Paul's death on 14/04."], "E6", "2024-04-15"),
])])

R.xlsx("Police MARAC.xlsx", [("MARAC", [], [["Meeting date", "Case", "Actions"]], [
    ([D(2024, 3, 21), "Paul (V) / Tracey (P)", "Heard at MARAC: flag on the address, IDVA to contact, GP to be "
      "alert, housing to check the tenancy."], "E3", "2024-03-21"),
])])
R.done()
