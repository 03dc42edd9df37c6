"""A held-out review (see ../README.md): python r198.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A police export in capitals, a health visitor's shorthand, records naming only a weekday.
R.xlsx("Police - Niche extract.xlsx", [("Extract", [], [["Date/Time", "Occurrence type", "Summary"]], [
    ([D(2023, 3, 3, 23, 50), "DOMESTIC - VERBAL", "CALLER (NEIGHBOUR) REPORTS SHOUTING AND SCREAMING FROM FLAT 4. "
      "OFFICERS ATTENDED, ALL PARTIES DENY ANY ASSAULT. CHILD (4) ASLEEP. DASH STANDARD. PPN SUBMITTED."], "E1",
     "2023-03-03"),
    ([D(2023, 3, 11, 14, 20), "CONCERN FOR SAFETY", "MOTHER ATTENDED FRONT COUNTER STATING PARTNER HAS TAKEN CHILD AND "
      "REFUSING TO RETURN HIM. CHILD LOCATED SAFE AT PATERNAL GRANDMOTHER'S. RETURNED TO MOTHER."], "E2", "2023-03-11"),
    ([D(2023, 3, 20, 10, 0), "S47 STRATEGY", "STRATEGY MEETING - POLICE REP DS KHAN."], "E3", "2023-03-20"),
])])
R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Record"]], [
    ([D(2023, 3, 6), "PPN received re domestic on Friday night, Flat 4. Screening: NFA, letter to mum."], "E1",
     "2023-03-06"),
    ([D(2023, 3, 12), "EDT: mum reported dad took L from home yesterday, police located him at PGM's."], "E2",
     "2023-03-12"),
    ([D(2023, 3, 20), "Strategy meeting: police, HV, nursery. S47 agreed."], "E3", "2023-03-20"),
])])
R.csv("Health Visiting.csv", [], ["Date", "Entry"], [
    (["07/03/2023", "PPN rec'd (DV). TC mum - declined HV."], "E1", "2023-03-07"),
    (["20/03/2023", "Strat mtg attended."], "E3", "2023-03-20"),
])
R.xlsx("Rainbow Nursery.xlsx", [("Log", [], [["Date", "Observation"]], [
    ([D(2023, 3, 13), "L quiet today. Mum says weekend was 'a nightmare', dad took him on Saturday."], "E2",
     "2023-03-13"),
    ([D(2023, 3, 20), "Manager at strategy meeting."], "E3", "2023-03-20"),
])])
R.done()
