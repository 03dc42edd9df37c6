"""A held-out review (see ../README.md): python r210.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Neglect of Leo (5) and Mia (2), mother Kerry. Records naming weekdays and "last night"; social
# care's export newest first with dates "Mon 16 Jan 2023"; health visiting dates "16.1.23"; a
# nursery CSV with "16/1/23" and "10am"; police date-time cells; early help typed as paragraphs
# in Word, each starting with its date.
R.xlsx("Oak Primary School.xlsx", [("Safeguarding log", [], [["Date", "Pupil", "Concern / action", "By"]], [
    ([D(2023, 1, 16), "Leo", "Arrived 9:40, hungry, same clothes as Friday. Told TA mum was asleep. DSL referred to "
      "MASH.", "DSL"], "E1", "2023-01-16"),
    ([D(2023, 1, 23), "Leo", "Leo absent, no call. Office rang mum x2, no answer.", "Office"], None, "2023-01-23"),
    ([D(2023, 2, 6), "Leo", "TAF meeting in school: mum, HV, early help worker, class teacher. Plan: breakfast "
      "club, uniform.", "DSL"], "E4", "2023-02-06"),
    ([D(2023, 2, 14), "Leo", "Leo told teacher the police came to his house last night and 'mummy was shouting'.",
      "CT"], "E5", "2023-02-14"),
    ([D(2023, 3, 1), "Leo", "DSL took part in strategy discussion by phone.", "DSL"], "E7", "2023-03-01"),
])])
R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Type", "Note"]], [
    (["Wed 1 Mar 2023", "Strategy", "Strategy discussion: police, school, HV. Threshold met, S47 (neglect) agreed."],
     "E7", "2023-03-01"),
    (["Tue 14 Feb 2023", "EDT", "EDT report: police attended last night, Leo and Mia left home alone while mum at "
      "the shop."], "E5", "2023-02-14"),
    (["Wed 18 Jan 2023", "Visit", "Unannounced home visit: home conditions poor, no food in the fridge, Mia in a "
      "soiled nappy. Mum tearful."], "E2", "2023-01-18"),
    (["Mon 16 Jan 2023", "Contact", "Contact from Oak Primary DSL: Leo hungry, unkempt, late; mum asleep. To "
      "assessment."], "E1", "2023-01-16"),
])])
R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "Contact", "Entry"]], [
    (["20.1.23", "Phone", "Spoke to SW about Wednesday's visit: home conditions poor. HV to visit Mia next week."],
     "E2", "2023-01-20"),
    (["25.1.23", "Home visit", "Mia weighed: 9th centile (was 25th). Mum low. Advice on routines."], None,
     "2023-01-25"),
    (["6.2.23", "Meeting", "Attended TAF at Oak Primary."], "E4", "2023-02-06"),
    (["1.3.23", "Phone", "Strategy discussion - HV contributed by phone."], "E7", "2023-03-01"),
])])
R.csv("Little Acorns Nursery.csv", [], ["Date", "Time", "Record"], [
    (["24/1/23", "10am", "Mia not brought. Mum rang to say Mia poorly."], None, "2023-01-24"),
    (["14/2/23", "9am", "Mia in same clothes as Friday, very hungry at breakfast."], None, "2023-02-14"),
])
R.xlsx("Police.xlsx", [("Occurrences", [], [["Occurred", "Type", "Details"]], [
    ([D(2023, 2, 13, 19, 40), "Concern for welfare", "Neighbour reports two young children alone in the flat. "
      "Officers attended: children alone 40 mins, mother returned from shop. Words of advice, PPN."], "E5",
     "2023-02-13"),
    ([D(2023, 3, 1, 11, 0), "Strategy", "Strategy meeting attended re Leo and Mia: joint S47 not required, single "
      "agency."], "E7", "2023-03-01"),
])])
d = docx.Document()
d.add_paragraph("Early Help Service - involvement")
early_help = [
    ("30/01/2023 - Allocated to early help worker following step down from MASH. Letter to mum.", None, "2023-01-30"),
    ("06/02/2023 - TAF 1 held at school. Mum engaged. Actions: breakfast club, nursery hours increased.", "E4",
     "2023-02-06"),
    ("15/02/2023 - Informed by school of police attending Monday night; step up to CSC discussed with manager.", "E5",
     "2023-02-15"),
]
for text, ev, iso in early_help:
    d.add_paragraph(text)
d.save(R.folder / "Early Help.docx")
for i, (text, ev, iso) in enumerate(early_help):
    R._note("Early Help.docx", None, i + 2, ev, iso, text)
R.done()
