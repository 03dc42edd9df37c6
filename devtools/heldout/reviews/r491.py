"""A held-out review (see ../README.md): python r491.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: Lily-Mae (7), a Traveller child, severe burns from a stove in a caravan. Layouts: the council's
# children missing education log 'Date referred | Referred by | Outcome | Date closed'; the health visiting
# service's 'Contact date | Location | Contact' ('Roadside, Mill Lane layby'); the council's Gypsy and Traveller
# liaison officer's notes as Word paragraphs opening with the day ('Tuesday 6 February 2024: …'); the
# burns unit's 'Adm date | Adm time | Presenting problem | Management'; the police's sheet.

R.xlsx("Children Missing Education.xlsx", [("CME", [], [["Date referred", "Referred by", "Outcome", "Date closed"]], [
    ([D(2024, 1, 9), "Brook Primary", "Family left the site on Mill Lane; no new school known. Tracing with the GRT "
      "liaison officer.", D(2024, 2, 20)], "E1", "2024-01-09"),
])])

R.xlsx("Health Visiting.xlsx", [("HV", [], [["Contact date", "Location", "Contact"]], [
    ([D(2024, 2, 6), "Roadside, Mill Lane layby", "Joint visit with the council's liaison officer to the family's "
      "caravan. Baby brother weighed; Lily-Mae not at school."], "E2", "2024-02-06"),
    ([D(2024, 3, 12), "Burns unit", "Visited on the ward: Lily-Mae burned by the wood stove in the caravan on "
      "Saturday."], "S1", "2024-03-12"),
])])

R.docx_paragraphs("GRT liaison.docx", "Gypsy and Traveller liaison - notes", [
    ("Tuesday 9 January 2024: Brook Primary told us the family has gone from the Mill Lane site; Lily-Mae off "
     "roll.", "E1", "2024-01-09"),
    ("Tuesday 6 February 2024: visited the family on the Mill Lane layby with the health visitor; mum will look "
     "for a school place.", "E2", "2024-02-06"),
    ("Monday 11 March 2024: police told me of a child burned in a caravan fire at the layby on Saturday.", "E3",
     "2024-03-11"),
])

R.xlsx("Burns Unit.xlsx", [("Admissions", [], [["Adm date", "Adm time", "Presenting problem", "Management"]], [
    ([D(2024, 3, 9), "19:40", "7 year old with 12% burns to the legs from a wood-burning stove in a caravan. "
      "Transferred from the local ED.", "Admitted to the burns unit; safeguarding referral."], "E3", "2024-03-09"),
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Incident"]], [
    ([D(2024, 3, 9), "18:20", "Caravan fire on the Mill Lane layby: child burned, taken to hospital by ambulance. "
      "Parents say she fell against the stove."], "E3", "2024-03-09"),
])])
R.done()
