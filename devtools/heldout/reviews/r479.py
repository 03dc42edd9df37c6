"""A held-out review (see ../README.md): python r479.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: baby Ruby (4 months), a bruise to the face. Written in shorthand throughout: the ED's clinical
# headings ('PC:', 'HPC:', 'O/E:', 'Plan:'), the police's log in capitals, social care's 'Strat held w/ police &
# paeds', the health visitor's 'adm'd', the GP's 'Rec'd d/c summary', 'SS NAD', 'mat GM'.

R.xlsx("Emergency Department.xlsx", [("ED", [], [["Arrival", "Clinician", "Notes"]], [
    ([D(2024, 4, 3, 18, 40), "Dr Lamb", "PC: ?NAI. HPC: 4/12 old, bruise L cheek, mum states rolled off sofa. O/E: "
      "2cm bruise L zygoma, no other marks. Plan: paeds r/v, SS, CT head, SW informed."], "E1", "2024-04-03"),
])])

R.xlsx("Police.xlsx", [("STORM", [], [["Date", "Time", "Log"]], [
    ([D(2024, 4, 3), "19:55", "CALL FROM HOSPITAL SW: 4 MONTH OLD BABY WITH BRUISE TO FACE, EXPLANATION NOT "
      "CONSISTENT. OFFICERS TO ATTEND HOSPITAL. PARENTS AT BEDSIDE."], "E1", "2024-04-03"),
    ([D(2024, 4, 4), "10:00", "STRAT DISCUSSION WITH CSC AND PAEDS. S47 JOINT. CP MEDICAL TODAY."], "E2",
     "2024-04-04"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 4, 3), "EDT", "Ref from hosp SW: 4mo w/ bruise to face, mum's expl not consistent. Police aware."],
     "E1", "2024-04-03"),
    ([D(2024, 4, 4), "SW Hale", "Strat held w/ police & paeds re 4mo bruise to face; s47 + CP med."], "E2",
     "2024-04-04"),
])])

R.xlsx("Health Visiting.xlsx", [("Record", [], [["Date", "HV", "Entry"]], [
    ([D(2024, 4, 4), "HV Joy", "Tel call from paeds SpR - baby adm'd last night w/ facial bruising, skeletal "
      "survey pending. Strat today."], "E1", "2024-04-04"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 4, 9), "Rec'd d/c summary: 4/12 adm'd 03/04 bruising L cheek; CP med & SS NAD; d/c to mat GM."], "E1",
     "2024-04-09"),
])])
R.done()
