"""A held-out review (see ../README.md): python r512.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Noah (4 months), a bruise in a baby who is not yet mobile, then old rib
# fractures. Each agency tells the same event in its own words: 'bruise to left cheek noted at drop off', 'a 4
# month old with a bruise on his face', 'bruising in a non-mobile infant'; 'CP medical', 'child protection
# medical', 'seen by the paediatrician'; 'posterior rib fractures of different ages', 'old rib fractures',
# 'healing fractures on the skeletal survey'. Layouts: the nursery's existing injury log 'Date | Time |
# Description | Parent's explanation | Staff'; the hospital's Word table 'Date & time'; the police's CSV with
# dates typed '10-06-2024'; health visiting's sheet with two header rows (group headings over the columns);
# children's services' sheet.

R.xlsx("Little Acorns Nursery.xlsx", [("Existing injuries", [], [["Date", "Time", "Description",
                                                                 "Parent's explanation", "Staff"]], [
    ([D(2024, 6, 10), "08:05", "Bruise to left cheek noted at drop off, about the size of a 5p coin.",
      "Mum says his brother hit him with a toy car.", "Room leader; DSL rang the front door"], "E1", "2024-06-10"),
])])

R.xlsx("Children's Services.xlsx", [("Chronology", [], [["Date", "Worker", "Type", "Details"]], [
    ([D(2024, 6, 10), "Front door", "Contact", "Nursery DSL: 4 month old with a bruise on his face, sibling "
      "blamed."], "E1", "2024-06-10"),
    ([D(2024, 6, 10), "Team manager", "Strategy", "Strategy discussion under the bruising in non-mobile babies "
      "protocol: s47 (joint), CP medical today."], "E2", "2024-06-10"),
    ([D(2024, 6, 10), "SW Hussain", "Hospital", "Went with mum and Noah to the child protection medical; Noah kept "
      "in for further tests."], "E3", "2024-06-10"),
    ([D(2024, 6, 12), "SW Hussain", "Phone", "Paediatrician rang: the skeletal survey shows old rib fractures. "
      "Police informed; safety plan - parents not to be alone with Noah."], "E4", "2024-06-12"),
    ([D(2024, 6, 13), "SW Hussain", "Court", "Emergency protection order granted at the Family Court."], "S3",
     "2024-06-13"),
])])

R.docx_table("Hospital - Paediatrics.docx", "Paediatric department - entries for Noah",
             ["Date & time", "Clinician", "Entry"], [
    (["10/06/2024 15:20", "Consultant paediatrician", "CP medical: 1.5 cm bruise left cheek, TEN-4 positive. Admitted "
      "for skeletal survey and bloods; social worker present."], "E3", "2024-06-10"),
    (["12/06/2024 11:00", "Consultant paediatrician", "Skeletal survey: posterior rib fractures of different ages. "
      "Social care and police told."], "E4", "2024-06-12"),
    (["14/06/2024 10:00", "Ward sister", "Discharged to foster carers under the EPO."], "S4", "2024-06-14"),
])

R.csv("Police.csv", [], ["Reported", "Category", "Log"], [
    (["10-06-2024", "Child protection", "Strategy discussion with children's social care: bruising to a 4 month old. "
      "Joint s47 agreed."], "E2", "2024-06-10"),
    (["12-06-2024", "Child protection", "Informed by the paediatrician of healing fractures on the skeletal survey; "
      "both parents arrested on suspicion of GBH."], "E4", "2024-06-12"),
])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Contact", "", "Record"], ["Date", "Type", "Note"]], [
    ([D(2024, 5, 28), "Clinic", "Weighed; small red mark on forehead, mum says he rolled into the cot bars."], "S2",
     "2024-05-28"),
    ([D(2024, 6, 12), "Phone", "Social worker told me Noah has been found to have rib fractures; he is on the "
      "ward."], "E4", "2024-06-12"),
])])
R.done()
