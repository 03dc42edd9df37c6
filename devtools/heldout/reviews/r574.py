"""A held-out review (see ../README.md): python r574.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review: Linh (says 17), found working in a nail bar, missing from foster care days later.
# Immigration Enforcement and an independent fostering agency are among the agencies. Each agency tells the same
# event in its own words: 'Visit to Glamour Nails under warrant: … one female claims 17' and 'Joint operation with
# Immigration Enforcement at a nail bar'; the missing episode from three agencies; 'located at a nail bar in
# Birmingham; returned', 'returned by police at 21:00', 'found yesterday in Birmingham'; the NRM referral and its
# reasonable grounds decision as the Home Office and social care write them.
# Layouts: Immigration Enforcement's CSV 'Encounter Date | Operation | Notes'; the fostering agency's Word table;
# the Home Office's sheet; the police's and social care's sheets.

R.csv("Immigration Enforcement.csv", [], ["Encounter Date", "Operation", "Notes"], [
    (["14/05/2024", "Op Lacquer", "Visit to Glamour Nails under warrant: 3 workers, one female claims 17, no "
      "documents; referred to police as a potential victim of trafficking."], "E1", "2024-05-14"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Log"]], [
    ([D(2024, 5, 14), "15:20", "Joint operation with Immigration Enforcement at a nail bar: a girl who says she is 17 "
      "found working; taken to a place of safety."], "E1", "2024-05-14"),
    ([D(2024, 5, 16), "07:10", "Missing person: Linh (17), UASC, from her foster placement. High risk of "
      "re-trafficking."], "E3", "2024-05-16"),
    ([D(2024, 5, 19), "20:30", "Linh located at a nail bar in Birmingham; returned to the placement."], "E4",
     "2024-05-19"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    ([D(2024, 5, 14), "EDT: police report a Vietnamese girl (says 17) found working in a nail bar, to be placed "
      "tonight."], "E1", "2024-05-14"),
    ([D(2024, 5, 15), "NRM referral submitted (first responder) for Linh."], "E2", "2024-05-15"),
    ([D(2024, 5, 16), "Linh missing from her foster placement this morning; strategy meeting tomorrow."], "E3",
     "2024-05-16"),
    ([D(2024, 5, 20), "Linh was found yesterday in Birmingham and returned."], "E4", "2024-05-20"),
    ([D(2024, 5, 31), "Positive RG decision received from the SCA."], "E5", "2024-05-31"),
])])

R.docx_table("Horizon Fostering.docx", "Horizon Fostering - placement log (Linh)", ["Date", "Carer", "Entry"], [
    (["16/05/2024", "Mrs Obi", "Linh missing from the placement since 06:00; reported to police."], "E3",
     "2024-05-16"),
    (["19/05/2024", "Mrs Obi", "Linh returned by police at 21:00, tired and hungry."], "E4", "2024-05-19"),
])

R.xlsx("Home Office.xlsx", [("NRM", [], [["Date", "Team", "Entry"]], [
    ([D(2024, 5, 20), "SCA", "NRM referral received from the local authority on 15/05/2024; reasonable grounds "
      "decision due."], "E2", "2024-05-20"),
    ([D(2024, 5, 29), "SCA", "Positive reasonable grounds decision; letter to the first responder."], "E5",
     "2024-05-29"),
])])
R.done()
