"""A held-out review (see ../README.md): python r586.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: Ava Price (3) eats her father's cannabis sweets. Each agency tells the same event in its own words:
# '3F drowsy and ataxic, urine tox THC positive; mum found an open packet of gummies' and 'Notified by ED: Ava
# attended after eating cannabis sweets'; the police's search of the house; a strategy meeting on
# Teams that the nursery attended; a child protection conference.
# Layouts: the emergency department's Word table with 'Date/Time' in one cell '12/03/2024 14:05'; the police's CSV
# with 'Date', 'Time' and 'Crime ref'; the health visitor's OpenDocument sheet; social care's sheet with its header
# in row 3 under a merged title; the nursery's sheet.

R.docx_table("Emergency Department.docx", "ED attendances - Ava PRICE", ["Date/Time", "Clinician", "Notes"], [
    (["12/03/2024 14:05", "Dr Osei", "3F drowsy and ataxic after lunch at home. Urine tox THC positive; mum found an "
      "open packet of 'gummies' on the sofa. Obs overnight, police and CSC informed."], "E1", "2024-03-12"),
    (["13/03/2024 09:30", "Dr Osei", "Well this morning, eating and drinking. Discharged to maternal grandmother "
      "as agreed with CSC."], "E3", "2024-03-13"),
])

R.csv("Thames Valley Police.csv", [], ["Date", "Time", "Crime ref", "Details"], [
    (["12/03/2024", "16:20", "TV-24-33019", "Officers attended the home address after a 3 year old ate cannabis edibles: "
      "14 packets of THC sweets found in the kitchen, father arrested for possession with intent to supply."], "E2", "2024-03-12"),
    (["13/03/2024", "11:00", "TV-24-33019", "Strategy meeting (Teams) with CSC, ED consultant and nursery: s47 "
      "agreed; father bailed not to return to the address."], "E4", "2024-03-13"),
])

R.ods("Health Visiting.ods", "Contacts", ["Date", "HV", "Entry"], [
    ([D(2024, 2, 20), "HV Lane", "Ad hoc home visit: strong smell of cannabis in the flat; dad says he smokes "
      "outside. Advice given."], "S1", "2024-02-20"),
    ([D(2024, 3, 14), "HV Lane", "Notified by ED: Ava attended on 12/03 after eating cannabis sweets; now with "
      "maternal grandmother."], "E1", "2024-03-14"),
])

R.xlsx("Social Care.xlsx", [("Chronology", [["Children's Services - chronology for Ava Price (DOB 02/01/2021)"], []],
                              [["Date", "Recorded by", "Event"]], [
    ([D(2024, 3, 12), "EDT", "Call from ED: Ava (3) admitted after eating cannabis gummies, mum at the "
      "bedside."], "E1", "2024-03-12"),
    ([D(2024, 3, 13), "SW Mensah", "Ava discharged to maternal grandmother under a safety plan."], "E3",
     "2024-03-13"),
    ([D(2024, 3, 13), "SW Mensah", "Strategy meeting on Teams: police, ED, nursery. S47 enquiry agreed."], "E4",
     "2024-03-13"),
    ([D(2024, 4, 3), "SW Mensah", "Initial child protection conference: CP plan, category neglect."], "E5",
     "2024-04-03"),
])], finish=lambda wb: wb["Chronology"].merge_cells("A1:C1"))

R.xlsx("Sunflowers Nursery.xlsx", [("Safeguarding log", [], [["Date", "Note"]], [
    ([D(2024, 3, 13), "Manager attended the strategy meeting on Teams about Ava. Shared that she has seemed tired "
      "on Mondays."], "E4", "2024-03-13"),
    ([D(2024, 4, 3), "Manager attended the ICPC: Ava on a child protection plan; nursery on the core group."],
     "E5", "2024-04-03"),
])])
R.done()
