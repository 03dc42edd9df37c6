"""A held-out review (see ../README.md): python r227.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A domestic homicide review: Leanne (34) and her partner Craig. Vocabulary: "DASH", "MARAC",
# "IDVA", "Clare's Law", "DVPN", "non-fatal strangulation", "coercive control", "management move".
# Layouts: the police's occurrences with the date reported and a DASH risk column; the IDVA
# service's case log; housing as a semicolon-separated CSV (a European Excel's); probation with
# dates as text with a time of midnight ("2023-05-14 00:00:00"); the GP; the MARAC's own record.
R.xlsx("Police.xlsx", [("Occurrences", [], [["Occurrence", "Date reported", "Summary", "DASH"]], [
    (["OC/1102/23", D(2023, 3, 12), "Domestic: Leanne reports Craig grabbed her by the throat during argument, "
      "non-fatal strangulation. Craig arrested.", "High"], "E1", "2023-03-12"),
    (["OC/1102/23", D(2023, 3, 13), "DVPN issued to Craig on release. Referral to IDVA and MARAC.", "High"], "E2",
     "2023-03-13"),
    (["OC/1377/23", D(2023, 4, 2), "Clare's Law (right to ask) application from Leanne about Craig's history.",
      ""], "E4", "2023-04-02"),
    (["OC/1377/23", D(2023, 4, 20), "Disclosure made to Leanne under DVDS with IDVA present: previous DA "
      "convictions.", ""], "E5", "2023-04-20"),
])])
R.xlsx("IDVA Service.xlsx", [("Case log", [], [["Date", "Method", "Notes"]], [
    ([D(2023, 3, 13), "Referral", "High risk referral from police (DASH 18). Attempted call, no answer."], "E2",
     "2023-03-13"),
    ([D(2023, 3, 14), "Phone", "Spoke to Leanne: safety plan, sanctuary scheme discussed."], None, "2023-03-14"),
    ([D(2023, 3, 29), "MARAC", "Case heard at MARAC. Actions: housing to consider management move."], "E3",
     "2023-03-29"),
    ([D(2023, 4, 20), "Joint", "With police for the DVDS disclosure; Leanne tearful, wants to stay."], "E5",
     "2023-04-20"),
])])
R.csv("Housing.csv", [], ["Date", "Officer", "Entry"], [
    (["29/03/2023", "T Ahmed", "MARAC: action for a management move, Leanne to be offered a move on urgent "
      "grounds."], "E3", "2023-03-29"),
    (["05/04/2023", "T Ahmed", "Leanne declined the management move offer; wants to stay near her mum."], None,
     "2023-04-05"),
], delimiter=";")
R.csv("Probation.csv", [], ["Contact date", "Contact type", "Record"], [
    (["2023-03-20 00:00:00", "Information", "Police notify of arrest 12/03 for a DA offence against partner "
      "Leanne; DVPN in place."], "E1", "2023-03-20"),
    (["2023-03-29 00:00:00", "MARAC", "MARAC research shared: Craig known for DA with two previous partners."],
     "E3", "2023-03-29"),
])
R.csv("GP.csv", [], ["Date", "Consultation"], [
    (["15/03/2023", "Bruising to neck, says partner grabbed her. Low mood. Signposted to DA services, IDVA already "
      "involved."], None, "2023-03-15"),
    (["30/03/2023", "MARAC flag added to record following meeting on 29/03."], "E3", "2023-03-30"),
])
R.done()
