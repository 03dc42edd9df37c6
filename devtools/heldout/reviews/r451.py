"""A held-out review (see ../README.md): python r451.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Sarah (34), killed by her husband Mark (37). Vocabulary: "RAR" (rehabilitation
# activity requirement), "keyworker", "relapse", "malicious communications", "threats to kill", an employer's
# "phoned in sick", "line manager", "HR". Layouts: the victim's employer's return as Word paragraphs that open
# 'On 15 February 2024, …' (and one 'In early April 2024, …'); probation's CSV of ISO dates ('2024-02-19');
# the alcohol service's; the IDVA service's; the police's; the GP's.

R.docx_paragraphs("Northway Logistics HR.docx", "Northway Logistics - information for the DHR panel", [
    ("On 15 February 2024, Sarah phoned in sick with a migraine. Her manager recorded a short-term absence.", "A1",
     "2024-02-15"),
    ("On 4 March 2024, Sarah's line manager noticed bruising to her wrist; Sarah said she had shut it in a car "
     "door. No concern was recorded.", "A2", "2024-03-04"),
    ("In early April 2024, Sarah asked HR about moving to the night shift 'to get away from home'.", "A3",
     "2024-04-01"),
    ("On 2 May 2024, HR were informed by police that Sarah had died. Colleagues were offered support.", "E4",
     "2024-05-02"),
])

R.csv("Probation.csv", [], ["ContactDate", "ContactType", "Outcome", "Notes"], [
    (["2024-02-19", "Office appointment", "Attended", "Mark disclosed his arrest on 14/02 for assaulting his wife; "
      "police confirmed NFA. Risk of serious harm to a partner raised to medium."], "E1", "2024-02-19"),
    (["2024-03-25", "RAR session", "Attended", "Alcohol and relationships work. Mark minimises."], "A4",
     "2024-03-25"),
    (["2024-05-02", "Information", "", "Police informed us Mark was arrested for the murder of his wife last "
      "night."], "E4", "2024-05-02"),
])

R.xlsx("Turning Point Alcohol Service.xlsx", [("Contacts", [], [["Date", "Keyworker", "Session notes"]], [
    ([D(2024, 2, 16), "KW Adams", "Mark says he relapsed after a row with his wife on Valentine's night and spent "
      "a night in the cells."], "E1", "2024-02-16"),
    ([D(2024, 5, 2), "KW Adams", "Informed by probation that Mark has been arrested for murder. Case closed."],
     "E4", "2024-05-02"),
])])

R.xlsx("IDVA Service.xlsx", [("Log", [], [["Date", "IDVA", "Notes"]], [
    ([D(2024, 2, 15), "IDVA Rees", "Referral from police: assault by husband 14/02, DASH medium. Called Sarah: "
      "she declined support."], "E1", "2024-02-15"),
    ([D(2024, 4, 19), "IDVA Rees", "Police referral re threats to kill by text, reported yesterday. Voicemail "
      "left."], "E3", "2024-04-19"),
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Crime type", "Summary"]], [
    ([D(2024, 2, 14), "23:50", "Assault (DA)", "Sarah called: husband Mark punched her in the face after drinking. "
      "Mark arrested. Sarah withdrew her statement next day: NFA."], "E1", "2024-02-14"),
    ([D(2024, 4, 18), "17:20", "Malicious communications", "Sarah reported texts from Mark threatening to kill "
      "her. Crime recorded; Mark to be interviewed. Referral to IDVA."], "E3", "2024-04-18"),
    ([D(2024, 5, 1), "23:05", "Murder", "Neighbour called 999: screaming at the address. Sarah found with stab "
      "wounds, died at scene. Mark arrested."], "E4", "2024-05-01"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Patient", "Entry"]], [
    ([D(2024, 3, 5), "Sarah", "Wrist pain after catching it in a car door yesterday. X-ray requested."], "A5",
     "2024-03-05"),
    ([D(2024, 5, 3), "Sarah", "Notification of death from police. Record closed."], "E4", "2024-05-03"),
])])
R.done()
