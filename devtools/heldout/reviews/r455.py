"""A held-out review (see ../README.md): python r455.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Doris (88), pushed over by her grandson Kyle, a broken hip. Vocabulary: a police
# command-and-control log's capitals and shorthand ("IP" injured party, "REQ AMB", "SUSP", "OBO"), "#NOF"
# (fractured neck of femur), "S42", "strat mtg". Layouts: the police's CAD log as a CSV all in capitals with
# 'DATE/TIME CREATED' and 'OPENING CODE'; the hospital's stay ('Date admitted', 'Date discharged', 'Ward') and the
# ward's notes on a second sheet; the ambulance service's; adult social care's; the GP's.

R.csv("POLICE CAD LOG.csv", [], ["CAD NO", "DATE/TIME CREATED", "OPENING CODE", "LOG"], [
    (["CAD 2219", "03/03/2024 22:10", "ASSAULT", "CALLER (DAUGHTER) STATES HER SON KYLE HAS PUSHED HIS GRAN OVER "
      "IN THE KITCHEN. IP ON FLOOR, CANNOT GET UP. REQ AMB. SUSP LEFT ADDRESS."], "E1", "2024-03-03"),
    (["CAD 0577", "12/03/2024 10:00", "ADMIN", "STRAT MTG ATTENDED OBO DS REID RE DORIS. KYLE TO BE "
      "INTERVIEWED."], "E3", "2024-03-12"),
])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Incident date", "Time", "Notes"]], [
    ([D(2024, 3, 3), "22:21", "88F on kitchen floor, shortened and rotated left leg, ? #NOF. Daughter says grandson "
      "pushed her. Police on scene. Conveyed to ED."], "E1", "2024-03-03"),
])])

R.xlsx("County Hospital.xlsx", [
    ("Stay", [], [["Date admitted", "Date discharged", "Ward", "Summary"]], [
        ([D(2024, 3, 3), D(2024, 3, 20), "Ward 12", "Left #NOF after a fall at home, hemiarthroplasty 04/03. "
          "Discharged to her daughter's."], "E1", "2024-03-03"),
    ]),
    ("Ward notes", [], [["Date", "Staff", "Note"]], [
        ([D(2024, 3, 5), "Staff nurse", "Doris tearful, disclosed her grandson pushed her and takes her pension. "
          "Safeguarding referral made to adult social care."], "E2", "2024-03-05"),
    ]),
])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 3, 5), "Safeguarding concern", "Concern from Ward 12: Doris says her grandson pushed her over and "
      "takes her money. S42 enquiry opened."], "E2", "2024-03-05"),
    ([D(2024, 3, 12), "Strategy meeting", "Strategy meeting with police: Kyle to be interviewed; Doris to go to her "
      "daughter's on discharge."], "E3", "2024-03-12"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 2, 20), "Home visit", "Doris frail, grandson Kyle living with her; she says he helps."], "A1",
     "2024-02-20"),
    ([D(2024, 3, 6), "Letter", "ED letter: attended 03/03 with a fractured neck of femur after a fall at home; "
      "admitted to Ward 12."], "E1", "2024-03-06"),
])])
R.done()
