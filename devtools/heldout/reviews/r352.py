"""A held-out review (see ../README.md): python r352.py OUT_FOLDER writes its returns and truth.json."""

import csv
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review in Wales: Osian (6 weeks), a bruise to his ear, then a fall from a changing
# table. Vocabulary: "IAA" (information, advice and assistance: social services' front door), "CP
# medical", "skeletal survey", "WAST", "ICPC", "care and support". Layouts: a health board's health
# visiting return headed in Welsh and English ("Dyddiad / Date", "Manylion / Details"); a police CSV
# saved with old Mac line endings (a carriage return alone); the ambulance trust's date and time in
# one cell, "14/03/2024 @ 14:30"; social services; a hospital; a GP.

R.xlsx("Health Board - Health Visiting.xlsx", [("Cofnod", [["Bwrdd Iechyd - Ymwelwyr Iechyd / Health Visiting"]],
                                                  [["Dyddiad / Date", "Cyswllt / Contact", "Manylion / Details"]], [
    ([D(2024, 1, 8), "Ymweliad cartref / Home visit", "Primary birth visit: Osian feeding well, no marks. Dad "
      "works nights."], "E1", "2024-01-08"),
    ([D(2024, 3, 20), "Cynhadledd / Conference", "Attended ICPC: Osian placed on the child protection register "
      "(physical abuse)."], "E6", "2024-03-20"),
])])

police = "Police.csv"
police_rows = [
    (["Date", "Time", "Log"], None, None),
    (["19/02/2024", "16:00", "Strategy discussion with social services: 6 week old with a bruise to his ear. Joint "
      "investigation, CP medical tomorrow."], "E3", "2024-02-19"),
    (["20/03/2024", "10:00", "DC Rees attended the ICPC: investigation ongoing."], "E6", "2024-03-20"),
]
with open(R.folder / police, "w", newline="", encoding="utf-8") as fh:
    csv.writer(fh, lineterminator="\r").writerows(cells for cells, _, _ in police_rows)
for row, (cells, event, iso) in enumerate(police_rows, start=1):
    if event:
        R._note(police, None, row, event, iso, cells[2])

R.xlsx("WAST.xlsx", [("Incidents", [], [["Call date/time", "Chief complaint", "Notes"]], [
    (["14/03/2024 @ 14:30", "Fall", "Baby 9/52 fell from a changing table onto a carpeted floor per mum. Alert, "
      "small swelling to head. Conveyed."], "E5", "2024-03-14"),
])])

R.xlsx("Social Services.xlsx", [("Osian", [], [["Date", "Team", "Record"]], [
    ([D(2024, 2, 19), "IAA", "Referral from the GP: bruise to the ear of a 6 week old, not mobile."], "E2",
     "2024-02-19"),
    ([D(2024, 2, 19), "IAA", "Strategy discussion with police: s47 joint, CP medical tomorrow."], "E3", "2024-02-19"),
    ([D(2024, 2, 20), "Child protection", "CP medical: bruise consistent with a pinch; skeletal survey normal. "
      "Osian home with a safety plan."], "E4", "2024-02-20"),
    ([D(2024, 3, 15), "Child protection", "Hospital rang: Osian seen in ED yesterday after a fall from a "
      "changing table."], "E5", "2024-03-15"),
    ([D(2024, 3, 20), "Child protection", "ICPC: Osian's name placed on the child protection register."], "E6",
     "2024-03-20"),
])])

R.xlsx("Hospital.xlsx", [("Paediatrics", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 2, 20), "10:30", "Child protection medical: 1 cm bruise left ear, consistent with a pinch. Skeletal "
      "survey and bloods normal."], "E4", "2024-02-20"),
    ([D(2024, 3, 14), "15:05", "ED: 9 week old after a reported fall from a changing table. CT head normal. "
      "Social services informed."], "E5", "2024-03-14"),
])])

R.xlsx("GP Practice.xlsx", [("Osian", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 2, 19), "Dr Hughes", "6 week check: bruise to left ear, mum unsure how. Referred to social services "
      "(IAA) as a non-mobile baby with a bruise."], "E2", "2024-02-19"),
])])
R.done()
