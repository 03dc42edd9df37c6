"""A held-out review (see ../README.md): python r562.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: Noah Price (18 months), left in a hot car. Each agency tells the same event in its own words:
# 'a baby alone in a locked car in the supermarket car park, 31 degrees', 'Cat 1: 18 month old found in hot car,
# hot to touch, floppy', 'ED resus: heatstroke, temp 40.1, seizure', 'mother arrested after leaving Noah in a hot
# car'; the strategy meeting as four agencies wrote it; the discharge to foster carers.
# Layouts: the police's CSV with ';' between cells and dates '18.07.2023 14:52'; the ambulance service's sheet
# 'Incident date | Call time | On scene | At hospital | Notes'; the hospital's sheet; health visiting's
# OpenDocument sheet; social care's sheet with one date typed '18/07/2023 (EDT)'; the nursery's Word paragraphs
# '12.06.23 …'.

R.csv("Police.csv", [], ["Date/Time", "Ref", "Narrative"], [
    (["18.07.2023 14:52", "CAD 0877", "Report of a baby alone in a locked car in the supermarket car park, 31 "
      "degrees. Window smashed by a member of the public. Mother returned after 40 min, arrested for child "
      "neglect."], "E1", "2023-07-18"),
    (["19.07.2023 10:00", "CAD 0877", "Strategy meeting attended; mother bailed with conditions."], "E2",
     "2023-07-19"),
    (["05.10.2023 16:30", "CAD 0877", "Mother charged with child cruelty (s1 CYPA 1933)."], "E4", "2023-10-05"),
], delimiter=";")

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Incident date", "Call time", "On scene", "At hospital",
                                                     "Notes"]], [
    ([D(2023, 7, 18), "14:54", "15:01", "15:19", "Cat 1: 18 month old found in hot car, hot to touch, floppy. "
      "Core temp 40.1. Cooled en route, conveyed to ED resus."], "E1", "2023-07-18"),
])])

R.xlsx("Hospital.xlsx", [("Record", [], [["Date", "Unit", "Note"]], [
    ([D(2023, 7, 18), "ED", "ED resus: heatstroke, temp 40.1, seizure. Intubated, to PICU."], "E1", "2023-07-18"),
    ([D(2023, 7, 19), "PICU", "PICU consultant attended the strategy meeting."], "E2", "2023-07-19"),
    ([D(2023, 7, 27), "Ward 4", "Discharged to foster carers under a s20 agreement."], "E3", "2023-07-27"),
])])

R.ods("Health Visiting.ods", "Record", ["Date", "Contact", "Notes"], [
    ([D(2023, 5, 2), "12 month review", "Review at home: strong smell of cannabis, home cluttered. Advice "
      "given."], "S3", "2023-05-02"),
    ([D(2023, 7, 19), "Meeting", "Strategy meeting by Teams."], "E2", "2023-07-19"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Entry"]], [
    (["18/07/2023 (EDT)", "Police report mother arrested after leaving Noah in a hot car; Noah in PICU."], "E1",
     "2023-07-18"),
    ([D(2023, 7, 19), "Strategy meeting: police, PICU consultant, health visitor. Section 47 enquiry."], "E2",
     "2023-07-19"),
    ([D(2023, 7, 27), "Noah discharged from hospital to foster carers (s20)."], "E3", "2023-07-27"),
    ([D(2023, 10, 6), "Police update: mother charged with child cruelty."], "E4", "2023-10-06"),
])])

R.docx_paragraphs("Little Acorns Nursery.docx", "Little Acorns Nursery - concerns log", [
    ("12.06.23 Noah arrived in dirty clothes and hungry; logged.", "S1", "2023-06-12"),
    ("14.07.23 Mum collected Noah late and smelt of cannabis; DSL spoke to mum.", "S2", "2023-07-14"),
])
R.done()
