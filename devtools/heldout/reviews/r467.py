"""A held-out review (see ../README.md): python r467.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Peter Voss (67), self-neglect and hoarding, a fire at his flat, found collapsed.
# Vocabulary: "HFSC", "clutter rating", "forced entry", "s42", "EH". Layouts: housing's case log of 'Date Opened'
# and 'Date Closed' (its one date of the case being when it was opened); environmental health's dates written
# "12th Feb '24"; the police's workbook of two sheets, 'Incidents' and 'Crimes'; the fire service's 'Visit Date'
# beside a 'Risk score' of 1 to 5; adult social care's 'Date Received' and 'Date Actioned'.

R.xlsx("Greenway Housing.xlsx", [("ASB and tenancy", [], [["Date Opened", "Date Closed", "Case Type", "Officer",
                                                           "Summary"]], [
    ([D(2023, 11, 20), D(2023, 12, 1), "Tenancy audit", "HO Kaur", "Audit visit: extensive clutter in every room, "
      "clutter rating 7. Referred to EH."], "A1", "2023-11-20"),
    ([D(2024, 2, 13), D(2024, 2, 20), "Fire", "HO Kaur", "Fire service told us of a fire in Mr Voss's kitchen "
      "last night; flat smoke damaged."], "E1", "2024-02-13"),
    ([D(2024, 3, 4), D(2024, 3, 4), "Joint visit", "HO Kaur", "Joint visit with environmental health. Hoard "
      "blocking the hallway. Notice to be served."], "E2", "2024-03-04"),
])])

R.xlsx("Environmental Health.xlsx", [("Case", [], [["Date", "Officer", "Action"]], [
    (["21st Nov '23", "EHO Marsh", "Referral from housing: hoarding, risk of fire and pests."], "A1", "2023-11-21"),
    (["4th Mar '24", "EHO Marsh", "Visit with the housing officer. Rat droppings in kitchen, cooker unusable. "
      "Prevention of Damage by Pests Act notice to follow."], "E2", "2024-03-04"),
])])

R.xlsx("Police.xlsx", [
    ("Incidents", [], [["Date", "Time", "Incident", "Details"]], [
        ([D(2024, 2, 12), "22:30", "Fire", "Attended with fire service: fire in the kitchen of a flat, occupant "
          "Peter Voss refused to leave at first. No injuries."], "E1", "2024-02-12"),
        ([D(2024, 4, 15), "11:05", "Concern for welfare", "Neighbour not seen Mr Voss for a week. Forced entry: found "
          "on the floor among the hoard, conscious but cold. Ambulance took him to hospital."], "E3", "2024-04-15"),
    ]),
    ("Crimes", [], [["Date", "Crime", "Details"]], [
        ([D(2024, 1, 28), "Theft", "Mr Voss reports his bank card stolen by a man who helps him with shopping."],
         "A2", "2024-01-28"),
    ]),
])

R.xlsx("Fire and Rescue.xlsx", [("Incidents and HFSC", [], [["Visit Date", "Type", "Risk score", "Notes"]], [
    ([D(2024, 2, 12), "Incident", 5, "Kitchen fire, pan left on cooker. Severe hoarding hampered access. Police "
      "attended. Safeguarding referral to ASC."], "E1", "2024-02-12"),
    ([D(2024, 2, 27), "HFSC", 4, "Home fire safety check: smoke alarms fitted, hoard remains, advice given."],
     "A3", "2024-02-27"),
])])

R.xlsx("Adult Social Care.xlsx", [("Chronology", [], [["Date Received", "Date Actioned", "Source", "Summary"]], [
    ([D(2024, 2, 13), D(2024, 2, 14), "Fire service", "Safeguarding concern: kitchen fire at Mr Voss's flat, "
      "severe hoarding."], "E1", "2024-02-13"),
    ([D(2024, 4, 16), D(2024, 4, 16), "Police", "Concern: Mr Voss found collapsed at home yesterday after forced "
      "entry, admitted to hospital. S42 enquiry opened."], "E3", "2024-04-16"),
])])
R.done()
