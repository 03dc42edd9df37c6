"""A held-out review (see ../README.md): python r292.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 17-year-old (Callum) thrown out by his mother, sofa-surfing, then in supported lodgings; assaulted.
# Vocabulary: "16/17 protocol", "joint housing assessment", "s20" (accommodated by children's services),
# "Southwark judgment", "sofa surfing", "supported lodgings", "NFA" (no fixed abode), "PDP". Layouts:
# housing options' CSV with times as four figures ("1430") in a column of their own; the supported
# lodgings provider's workbook with a summary sheet of figures first and its log second; the police;
# children's services; the hospital's minor injuries unit.

R.csv("Housing Options.csv", [], ["Date", "Time", "Officer", "Notes"], [
    (["06/11/2023", "1430", "HO Patel", "Callum (17) presented homeless: mum asked him to leave after a row. Sofa "
      "surfing. 16/17 protocol: referred to children's services for a joint assessment."], "E1", "2023-11-06"),
    (["09/11/2023", "1000", "HO Patel", "Joint housing assessment with SW. Callum declines s20; wants his own "
      "place."], "E2", "2023-11-09"),
])

R.xlsx("Supported Lodgings.xlsx", [
    ("Summary", [], [["Placement", "Nights", "Incidents"]], []),
    ("Log", [], [["Date", "Worker", "Entry"]], [
        ([D(2023, 11, 20), "Placement officer", "Callum moved in with host Mrs K. Licence signed."], "E3",
         "2023-11-20"),
        ([D(2023, 12, 2), "Host", "Callum came home at 02:30 with his eye glued at the MIU, says he was jumped in the park."], "E4",
         "2023-12-02"),
        ([D(2023, 12, 5), "Placement officer", "Visit: Callum quiet; rent paid."], None, "2023-12-05"),
    ]),
])

R.xlsx("Childrens Services.xlsx", [("Case notes", [], [["Date", "Note"]], [
    ([D(2023, 11, 6), "Housing options: Callum 17 homeless after mum asked him to leave. Southwark duties: "
      "assessment opened."], "E1", "2023-11-06"),
    ([D(2023, 11, 9), "Joint housing assessment at the civic centre. s20 explained; Callum does not want to be "
      "looked after. Supported lodgings referral."], "E2", "2023-11-09"),
    ([D(2023, 11, 20), "Callum moved into supported lodgings (host Mrs K)."], "E3", "2023-11-20"),
    ([D(2023, 12, 4), "Lodgings provider: Callum assaulted in the park on Friday night, cut eye, seen at the MIU."],
     "E4", "2023-12-04"),
])])

R.xlsx("Police.xlsx", [("Crimes", [], [["Date", "Crime no", "Summary"]], [
    ([D(2023, 12, 1), "CR/4471/23", "Assault ABH: male 17 punched by two unknown males in Victoria Park at 23:30. "
      "Cut to eyebrow. Victim not supporting."], "E4", "2023-12-01"),
])])

R.xlsx("Minor Injuries Unit.xlsx", [("Attendances", [], [["Date", "Complaint", "Treatment"]], [
    ([D(2023, 12, 2), "Laceration L eyebrow after assault", "Arrived 00:40. Steri-strips. Head injury advice. Safeguarding: "
      "17, in supported lodgings."], "E4", "2023-12-02"),
])])
R.done()
