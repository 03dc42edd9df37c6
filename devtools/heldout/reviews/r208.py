"""A held-out review (see ../README.md): python r208.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Domestic abuse: Kacper (8) and Zofia (4), mother Agnieszka, ex-partner Tomasz. A MASH whose
# records name every agency on the same days (a test of false links); a police CAD export in
# capitals; a school's CPOMS export (date-time text not first, Student and Categories columns);
# a GP export with Read codes; an IDVA writing at length; housing as a semicolon CSV.
R.xlsx("Police CAD.xlsx", [("Export", [], [["Date/Time Created", "CAD Ref", "Incident Type", "Log narrative"]], [
    (["12/04/2023 22:14", "CAD 4471", "DOMESTIC", "CALLER FEMALE STATES EX PARTNER PUSHED HER INTO WALL, CHILDREN "
      "PRESENT. OFFICERS ATT, SUSP LEFT PRIOR. DASH MEDIUM. PPN SUBMITTED."], "E1", "2023-04-12"),
    (["13/04/2023 09:30", "CAD 4471", "UPDATE", "PPN REVIEWED BY MASH POLICE, SHARED WITH SCHOOL VIA ENCOMPASS."],
     None, "2023-04-13"),
    (["10/05/2023 10:00", "-", "MARAC", "MARAC: CASE HEARD, ADDRESS FLAGGED, SUSPECT TO BE ARRESTED IF SEEN."], "E5",
     "2023-05-10"),
    (["28/05/2023 02:31", "CAD 6032", "BREACH NMO", "EX PARTNER AT ADDRESS BANGING DOOR IN BREACH OF NMO. ARRESTED "
      "AT SCENE, REMANDED."], "E6", "2023-05-28"),
])])
R.xlsx("MASH.xlsx", [("Contacts", [], [["Date of contact", "Source", "Summary", "Decision"]], [
    ([D(2023, 4, 13), "Police", "PPN re DA incident 12/04: mother pushed by ex-partner, children present.",
      "MASH enquiry opened"], "E1", "2023-04-13"),
    ([D(2023, 4, 14), "MASH", "Checks: school - K quiet, attendance good; health - HV no concerns for Z; GP - no "
      "recent contacts.", "Information gathered"], None, "2023-04-14"),
    ([D(2023, 4, 17), "MASH", "Manager decision: Early Help, DA support via IDVA offered.", "Step down to Early Help"],
     None, "2023-04-17"),
    ([D(2023, 5, 10), "CSC", "MARAC attended by team manager. Actions noted.", "Actions"], "E5", "2023-05-10"),
])])
R.xlsx("School CPOMS.xlsx", [("Incidents", [], [["Student", "Incident", "Date/Time", "Categories",
                                                 "Action taken"]], [
    (["Kacper W", "Operation Encompass notification: DA incident at home last night. K seen by DSL, quiet but OK.",
      "13/04/2023 08:50", "Domestic abuse; Op Encompass", "Monitor"], "E1", "2023-04-13"),
    (["Zofia W", "Nursery class: Z said 'tata shouted at mama'.", "19/04/2023 11:20", "Disclosure", "Logged, DSL"],
     None, "2023-04-19"),
    (["Kacper W", "Op Encompass: police called to home over the weekend. K tired, says he didn't sleep.",
      "30/05/2023 08:45", "Domestic abuse; Op Encompass", "Check-in daily"], "E6", "2023-05-30"),
])])
R.csv("GP.csv", [], ["Date", "Type", "Summary"], [
    (["24/04/2023", "Face to face", "Mother: bruising L upper arm. Disclosed ex-partner grabbed her 4 days ago. "
      "Domestic abuse [14X3.]. Consent to IDVA referral, referral sent."], "E3", "2023-04-24"),
    (["10/05/2023", "Admin", "MARAC information request completed and returned."], None, "2023-05-10"),
])
R.csv("IDVA.csv", [], ["Date", "Note"], [
    (["25/04/2023", "I received a referral from her GP today following her disclosure of being grabbed by her ex. "
      "I called her and we arranged to meet at the children's centre."], "E3", "2023-04-25"),
    (["02/05/2023", "I went with A to the housing options appointment; homeless application taken as she cannot "
      "return to the flat he knows."], "E4", "2023-05-02"),
    (["10/05/2023", "Case heard at MARAC. I presented; actions for police and housing."], "E5", "2023-05-10"),
    (["30/05/2023", "Police update: Tomasz arrested on Sunday for breach of the non-mol. A shaken but safe."],
     "E6", "2023-05-30"),
])
R.csv("Housing Options.csv", [], ["Date", "Officer", "Notes"], [
    (["02/05/2023", "HO Price", "Homeless application (fleeing DA), attended with IDVA. TA offered."], "E4",
     "2023-05-02"),
    (["03/05/2023", "HO Price", "Moved into temporary accommodation, Flat 2 Elm Court."], None, "2023-05-03"),
    (["10/05/2023", "HO Price", "MARAC action: priority banding for move-on."], "E5", "2023-05-10"),
], delimiter=";")
R.done()
