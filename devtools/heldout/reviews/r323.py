"""A held-out review (see ../README.md): python r323.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Harry (12), whose football coach groomed him by messages: his mother tells the club's welfare
# officer; referrals to the LADO and the FA; an allegations management meeting; the coach suspended,
# arrested; the outcome "substantiated". Vocabulary: "CWO" (club welfare officer), "LADO",
# "position of trust", "AMM" (allegations management meeting), "interim suspension order",
# "DBS referral", "CPOMS". Layouts: the club's CSV separated by semicolons, in cp1252, dates "3.4.24";
# the LADO's log under a title; the police's date and time columns; the school's CPOMS export
# (student, incident, categories, date and time, actions); the FA's case log with ISO dates.

R.csv("Club welfare log.csv", [], ["Date", "Reported by", "Details"], [
    (["3.4.24", "Mum (Mrs Cole)", "Harry's mum rang me: coach Dean has been messaging Harry on Snapchat late at "
      "night, gifts of boots (£90), told him to keep it secret. Advised her not to confront him."], "E1", "2024-04-03"),
    (["4.4.24", "CWO", "Referred to the LADO and the FA safeguarding team by phone and e-mail."], "E2",
     "2024-04-04"),
    (["5.4.24", "CWO", "Coach Dean suspended from all club activity (letter from the FA)."], "E4", "2024-04-05"),
    (["21.6.24", "CWO", "LADO rang: allegation substantiated. Club to review its code of conduct."], "E7",
     "2024-06-21"),
], encoding="cp1252", delimiter=";")

R.xlsx("LADO.xlsx", [("Allegation log", [["Local Authority Designated Officer"], ["Ref: LADO/24/117 – D. Hart "
                                                                                  "(football coach)"]],
                      [["Date", "Action", "By"]], [
    ([D(2024, 4, 4), "Referral from the club welfare officer: coach (D. Hart) sending messages and gifts to a 12-year-"
      "old player. Position of trust.", "LADO"], "E2", "2024-04-04"),
    ([D(2024, 4, 5), "Allegations management meeting: police, FA, CSC, LADO. Police to investigate; FA to "
      "suspend.", "LADO"], "E3", "2024-04-05"),
    ([D(2024, 4, 11), "Police update: D. Hart arrested yesterday, phones seized.", "LADO"], "E5", "2024-04-11"),
    ([D(2024, 6, 20), "Outcome meeting: allegation substantiated. DBS referral to be made by the FA.", "LADO"], "E7",
     "2024-06-20"),
])])

R.xlsx("Police.xlsx", [("Crime report", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 4, 5), "10:00", "AMM with LADO, CSC and FA: investigate online grooming of a child (s15A SOA)."], "E3",
     "2024-04-05"),
    ([D(2024, 4, 10), "07:05", "Suspect D. Hart arrested at home; two phones and a laptop seized. Released under "
      "investigation."], "E5", "2024-04-10"),
])])

R.csv("CPOMS export.csv", [], ["Student", "Incident", "Categories", "Date/Time", "Status", "Actions"], [
    (["Harry Cole (7B)", "Harry upset at break, said his football coach 'got arrested because of me'.",
      "Emotional wellbeing", "15/04/2024 10:45", "Closed", "DSL spoke to Harry; mum informed; school counsellor "
      "offered."], "E6", "2024-04-15"),
])

R.xlsx("FA Safeguarding.xlsx", [("Case log", [], [["Date", "Case officer", "Update"]], [
    (["2024-04-04", "FA case officer", "Referral from the CWO: coach at an U13 side messaging a player."], "E2",
     "2024-04-04"),
    (["2024-04-05", "FA case officer", "Interim suspension order issued to D. Hart."], "E4", "2024-04-05"),
    (["2024-04-05", "FA case officer", "Attended the LADO's AMM."], "E3", "2024-04-05"),
    (["2024-06-20", "FA case officer", "LADO outcome: substantiated. DBS referral submitted."], "E7", "2024-06-20"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 4, 5), "Team manager", "AMM (LADO): Harry's parents protective; single agency police investigation, "
      "no s47."], "E3", "2024-04-05"),
])])
R.done()
