"""A held-out review (see ../README.md): python r456.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Jayden (7) and his brother, neglect; teeth extracted under general
# anaesthetic. Vocabulary: "GA", "dental neglect", "home alone", "PCSO", "welfare check", "head lice".
# Layouts: the police's export whose system cut each narrative into pieces of 100 characters, one column each
# ('Narrative 1', 'Narrative 2', 'Narrative 3'), a piece ending mid-word; the community dental service's
# 'Treatment' column; the school nurse's; the school's; social care's; the GP's.


def pieces(text, size=100, count=3):
    return [text[i:i + size] or None for i in range(0, size * count, size)]


welfare = ("Anonymous caller reported two young children left home alone at the flat. Officers attended 19:55, "
           "Jayden (7) and his brother (5) alone, no food in the house, mother returned at 21:10 saying she had "
           "been at a friend's. Child concern notification to CSC.")
assert len(welfare) <= 300
R.xlsx("Police.xlsx", [("Export", [], [["Date", "Time", "Narrative 1", "Narrative 2", "Narrative 3"]], [
    ([D(2024, 1, 22), "19:40", *pieces(welfare)], "E1", "2024-01-22"),
])])

R.xlsx("Community Dental Service.xlsx", [("Treatment", [], [["Date", "Treatment", "Notes"]], [
    ([D(2024, 2, 6), "GA extractions x7", "Jayden, 7: seven decayed teeth extracted under general anaesthetic at "
      "the hospital day unit. Two missed appointments before. Dental neglect: referral to children's social care."],
     "E2", "2024-02-06"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 1, 23), "Contact", "Police child concern notification: Jayden and his brother found home alone last "
      "night, no food."], "E1", "2024-01-23"),
    ([D(2024, 2, 7), "Contact", "Contact from the community dental service: dental neglect, seven teeth taken out "
      "yesterday under GA."], "E2", "2024-02-07"),
    ([D(2024, 2, 20), "Home visit", "Child and family assessment visit. Mum accepts she is struggling; fridge "
      "empty."], "A1", "2024-02-20"),
])])

R.xlsx("Oakfield Primary School.xlsx", [("Log", [], [["Date", "Staff", "Concern"]], [
    ([D(2024, 1, 23), "DSL", "PCSO told us the boys were found home alone last night. Both in school, hungry; "
      "breakfast club offered."], "E1", "2024-01-23"),
    ([D(2024, 3, 4), "DSL", "School nurse saw Jayden in school with the DSL: head lice, weight dropped. Letter to "
      "mum."], "E4", "2024-03-04"),
])])

R.xlsx("School Nursing.xlsx", [("Contacts", [], [["Date", "Nurse", "Notes"]], [
    ([D(2024, 3, 4), "SN Green", "Saw Jayden at Oakfield with the DSL: head lice, weight below the 2nd centile. GP "
      "review advised."], "E4", "2024-03-04"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 2, 12), "Letter", "Dental letter: seven extractions under GA on 06/02; dental neglect, social care "
      "informed."], "E2", "2024-02-12"),
])])
R.done()
