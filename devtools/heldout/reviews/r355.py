"""A held-out review (see ../README.md): python r355.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Neglect of a toddler, Ruby (2): a family supported by a health visitor, a Home-Start volunteer and a
# food bank, then a nursery's referral. Vocabulary: "WNB", "Home-Start", "food bank voucher", "2 year
# funded place", "unkempt", "joint visit". Layouts: a GP's hand-typed return whose dates are in every
# style ("3/7/23", "14th Sept 2023", "02.10.2023"); a health visitor's dates with weekdays ("Weds
# 05/09/23"); a Home-Start log with "Summer 2023 (approx)" for its first contact; a nursery's
# OpenDocument sheet; social care.

R.xlsx("GP.xlsx", [("Ruby", [["Meadow Surgery - chronology for Ruby (DOB 01/06/2022)"]], [["Date", "Entry"]], [
    (["3/7/23", "Seen with mum: severe nappy rash, not changed often. Advice; HV informed."], "E2", "2023-07-03"),
    (["14th Sept 2023", "Immunisations: DNA."], "E8", "2023-09-14"),
    (["02.10.2023", "Letter from HV: family referred to Home-Start."], "E9", "2023-10-02"),
])])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date", "Type", "Notes"]], [
    (["Wed 14/06/23", "1 year review", "Ruby was not brought. Letter sent."], "E1", "2023-06-14"),
    (["Tues 05/09/23", "Home visit", "Home cluttered, little food. Referral to Home-Start for family support, mum "
      "agrees."], "E3", "2023-09-05"),
    (["Tues 28/11/23", "Joint visit", "Joint home visit with the social worker: Ruby's cot has no bedding."], "E6",
     "2023-11-28"),
])])

R.xlsx("Home-Start.xlsx", [("Family log", [], [["Date", "Volunteer / coordinator", "Note"]], [
    (["Summer 2023 (approx)", "Coordinator", "Mum asked about us at the children's centre stay and play."], None, None),
    (["05.09.2023", "Coordinator", "Referral received from the health visitor: mum isolated, struggling."], "E3",
     "2023-09-05"),
    (["07.12.2023", "Volunteer Jan", "Food bank voucher given; helped mum with a shop."], "E7", "2023-12-07"),
])])

R.ods("Little Stars Nursery.ods", "Log", ["Date", "Key person", "Observation", "Action"], [
    ([D(2023, 10, 12), "Amy", "Ruby's first session (2 year funded place). Settled well.", "-"], "E4", "2023-10-12"),
    ([D(2023, 11, 20), "Amy", "Ruby arrived hungry, same clothes three days running, strong smell of urine.",
      "Manager rang the MASH: referral."], "E5", "2023-11-20"),
])

R.xlsx("Childrens Social Care.xlsx", [("Ruby", [], [["Date", "Worker", "Entry"]], [
    ([D(2023, 11, 20), "MASH", "Contact from Little Stars: Ruby hungry and unkempt, smells of urine."], "E5",
     "2023-11-20"),
    ([D(2023, 11, 28), "SW Boateng", "Home visit with the HV: poor home conditions; child and family assessment."],
     "E6", "2023-11-28"),
])])
R.done()
