"""A held-out review (see ../README.md): python r295.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Coercive control in a Polish-speaking family (Agnieszka and her two children), told through an
# interpreter. Vocabulary: "controlling or coercive behaviour", "CCB", "Language Line", "interpreter",
# "Right to Ask" (Clare's Law), "sanctuary scheme", "MARAC", "DASH", "EPO". Layouts: the police's
# sheet with an "Occurrence Date/Time" column written as a system exports it ("20230314 2210"); the
# IDVA service's CSV; housing; the school with Operation Encompass; the GP with an interpreter noted.

R.xlsx("Police.xlsx", [("Occurrences", [], [["Occurrence Date/Time", "Type", "Summary"]], [
    (["20230314 2210", "DA - CCB", "Female reports partner controls her money and phone, will not let her learn "
      "English, threatened to take the children to Poland. Interpreter via Language Line. DASH high. Partner "
      "arrested."], "E1", "2023-03-14"),
    (["20230316 1000", "Disclosure", "Right to Ask: Clare's Law disclosure made to victim of partner's previous DA "
      "convictions."], "E2", "2023-03-16"),
    (["20230406 0930", "MARAC", "Case heard at MARAC; police actions: marker on address."], "E4", "2023-04-06"),
])])

R.csv("IDVA Service.csv", [], ["Date", "Contact", "Notes"], [
    (["15/03/2023", "Referral", "High risk referral from police after Tuesday's arrest: coercive control, threats to "
      "take the children abroad. Interpreter booked."], "E1", "2023-03-15"),
    (["16/03/2023", "Meeting", "Went with A to the police station for her Clare's Law disclosure."], "E2",
     "2023-03-16"),
    (["21/03/2023", "Referral", "Sanctuary scheme request sent to housing."], "E3", "2023-03-21"),
    (["06/04/2023", "MARAC", "Presented at MARAC."], "E4", "2023-04-06"),
])

R.xlsx("Housing.xlsx", [("Notes", [], [["Date", "Officer", "Note"]], [
    ([D(2023, 3, 22), "Tenancy", "Sanctuary referral from the IDVA received: extra locks and a door viewer."], "E3",
     "2023-03-22"),
    ([D(2023, 4, 6), "Tenancy", "MARAC: housing action to fit sanctuary measures within 5 days."], "E4",
     "2023-04-06"),
])])

R.xlsx("St Mary's Primary.xlsx", [("CPOMS", [], [["Date", "Category", "Note"]], [
    ([D(2023, 3, 15), "Operation Encompass", "Encompass call: DA incident at home last night, children present. "
      "Both children seen by DSL, settled."], "E1", "2023-03-15"),
])])

R.xlsx("GP Surgery.xlsx", [("Journal", [], [["Date", "Clinician", "Entry"]], [
    ([D(2023, 2, 20), "Dr Nowak", "Anxiety, poor sleep. Attended with partner, who answered for her. No interpreter "
      "offered."], None, "2023-02-20"),
    ([D(2023, 4, 12), "Dr Nowak", "MARAC information: high risk DA, partner bailed. Alert added."], "E4",
     "2023-04-12"),
])])
R.done()
