"""A held-out review (see ../README.md): python r498.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Mia (11 months) drowned in the bath. Each agency tells it in its own
# words: 'found face down in the bath', 'submersion', 'cardiac arrest', 'sudden death', 'died'. Layouts: the
# paediatric intensive care unit's 'Admitted | Discharged / died | Summary'; the police's 'Date/Time of report |
# Incident type | Log'; the child death review team's 'Notification date | Notifier | Summary'; the health
# visitor's CSV; the ambulance service's 'Date | Time | Narrative' with times written '18.42'.

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Narrative"]], [
    ([D(2024, 4, 16), "18.42", "11 month old found face down in the bath by mum, not breathing. CPR by crew, ROSC "
      "after 14 minutes. Conveyed to the ED with a pre-alert."], "E1", "2024-04-16"),
])])

R.xlsx("PICU.xlsx", [("Admissions", [], [["Admitted", "Discharged / died", "Summary"]], [
    ([D(2024, 4, 16, 21, 30), D(2024, 4, 18, 11, 5), "Submersion injury with hypoxic brain injury. Retrieved from the "
      "local ED. Redirection of care on 18/04 with parents present; died 11:05."], "E1", "2024-04-16"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date/Time of report", "Incident type", "Log"]], [
    ([D(2024, 4, 16, 18, 50), "Concern for welfare", "Ambulance request: baby in cardiac arrest at home after being "
      "left in the bath. Officers to the ED; mum says she left her for two minutes to answer the door."], "E1",
     "2024-04-16"),
    ([D(2024, 4, 18, 11, 30), "Sudden death", "PICU informed police of Mia's death. Joint agency response: home "
      "visit with the paediatrician this afternoon."], "E2", "2024-04-18"),
])])

R.xlsx("Child Death Review.xlsx", [("Notifications", [], [["Notification date", "Notifier", "Summary"]], [
    ([D(2024, 4, 18), "PICU consultant", "Death of an 11 month old after a submersion at home on 16/04. Joint agency "
      "response started."], "E2", "2024-04-18"),
])])

R.csv("Health Visiting.csv", [], ["Date", "Contact type", "Notes"], [
    (["09/04/2024", "Home visit", "Mia 11 months: crawling, pulling to stand. Bath safety discussed - mum uses a "
      "bath seat."], "S1", "2024-04-09"),
    (["17/04/2024", "Information", "ED told us Mia is on PICU after a drowning at home yesterday."], "E1",
     "2024-04-17"),
    (["18/04/2024", "Information", "Mia died on PICU this morning."], "E2", "2024-04-18"),
])
R.done()
