"""A held-out review (see ../README.md): python r429.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Tommy (11), from a Traveller family, taken off a school roll for elective
# home education, then badly hurt. Vocabulary: "EHE", "CME" (children missing education), "EWO", "off roll",
# "deregistered", "unauthorised encampment", "s61 direction", "TES" (Traveller education service). Layouts: the
# education welfare service's return with a sheet per school year ('2022-23', '2023-24') and days written
# without their year ('14 Sept', 'Tues 5th Sept'); the EHE team's; the primary school's; the police's; social
# care's; the GP's.

R.xlsx("Education Welfare Service.xlsx", [
    ("2022-23", [], [["Date", "Officer", "Contact", "Notes"]], [
        (["20 Sept", "EWO Dale", "Home visit", "Visited the family's pitch at Lane End. Tommy's attendance 61%. "
          "Dad says he is needed to help with work."], "A2", "2022-09-20"),
        (["15 Nov", "EWO Dale", "Information", "School rang: parents' letter received, Tommy deregistered for "
          "elective home education from today."], "E1", "2022-11-15"),
        (["Tues 10th Jan", "EWO Dale", "Joint visit", "With the EHE adviser at Lane End. Dad would not let us "
          "see any work; refused a further visit."], "A3", "2023-01-10"),
    ]),
    ("2023-24", [], [["Date", "Officer", "Contact", "Notes"]], [
        (["Tues 5th Sept", "EWO Dale", "Information", "Family moved off the Lane End encampment today by police "
          "(s61 direction). New location unknown: CME referral opened."], "E2", "2023-09-05"),
        (["12 Oct", "EWO Dale", "Information", "Heard from CSC: Tommy in hospital after being hit by a car on "
          "the A61 this afternoon."], "E3", "2023-10-12"),
    ]),
])

R.xlsx("EHE Team.xlsx", [("Log", [], [["Date", "Action", "Notes"]], [
    ([D(2022, 11, 16), "Notification", "From Meadow Lane Primary: Tommy removed from roll 15/11/2022, parents "
      "electing to home educate."], "E1", "2022-11-16"),
    ([D(2023, 1, 10), "Visit", "Joint visit with the EWO. No evidence of a suitable education; father refused "
      "further contact. Informal enquiry begun."], "A3", "2023-01-10"),
    ([D(2023, 3, 2), "Letter", "School attendance order warning letter sent."], "A4", "2023-03-02"),
])])

R.xlsx("Meadow Lane Primary.xlsx", [("Safeguarding log 2022-23", [], [["Date", "Staff", "Concern", "Action"]], [
    ([D(2022, 9, 14), "DSL", "Tommy's attendance 61% this term; often tired and hungry.", "Referred to the "
      "EWO."], "A1", "2022-09-14"),
    ([D(2022, 11, 15), "Head", "Letter from parents: they will home educate Tommy from today.", "Removed from "
      "roll; EWS and EHE team told."], "E1", "2022-11-15"),
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Summary"]], [
    ([D(2023, 9, 5), "08:00", "Supported the council with a s61 direction at the Lane End unauthorised "
      "encampment. 6 caravans left peacefully."], "E2", "2023-09-05"),
    ([D(2023, 10, 12), "15:40", "RTC on the A61: 11-year-old boy on a quad bike struck by a van. Air ambulance "
      "to the Northern General. Driver breath tested, negative."], "E3", "2023-10-12"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2023, 10, 12), "Contact", "Northern General ED: Tommy (11) with serious head injury after a road "
      "collision while riding a quad bike on the road. Not in school (EHE)."], "E3", "2023-10-12"),
    ([D(2023, 10, 20), "Assessment visit", "Visited parents at the hospital; Tommy in PICU. Child and family "
      "assessment begun."], "A5", "2023-10-20"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2022, 6, 7), "Temporary resident registration. Immunisations incomplete."], "A6", "2022-06-07"),
    ([D(2023, 10, 19), "Discharge letter awaited. Hospital informs: admitted 12/10/2023 after an RTC, skull "
      "fracture, in PICU."], "E3", "2023-10-19"),
])])
R.done()
