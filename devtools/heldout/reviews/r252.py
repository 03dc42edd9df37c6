"""A held-out review (see ../README.md): python r252.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A disabled child (Noah, 11, cerebral palsy, fed by a PEG): a review of care at home and in respite.
# Vocabulary: "EHCP annual review", "CCN" (community children's nursing), "DCT" (disabled children's
# team), "PEG site", "respite", "double-handed call". Layouts: the care agency's CSV with "Visit
# start" and "Visit end" date-times; the respite unit's stays, "Arrival date | Departure date"; the
# school's; community nursing's; the disabled children's team's; the GP's.
R.csv("Care agency visits.csv", [], ["Visit start", "Visit end", "Carers", "Notes"], [
    (["2023-03-19 07:30:00", "2023-03-19 08:20:00", "2", "Double-handed call: washed, dressed, PEG feed set up."],
     None, "2023-03-19"),
    (["2023-03-20 07:30:00", "", "0", "Carer did not attend: staff sickness, no cover found. Mum informed 07:10."],
     "E4", "2023-03-20"),
])

R.xlsx("Respite unit.xlsx", [("Stays", [], [["Arrival date", "Departure date", "Notes"]], [
    (["10/03/2023", "12/03/2023", "Weekend stay. PEG site red on arrival; photographed, mum told at collection."],
     "E2", "2023-03-10"),
])])

R.xlsx("Brookfield Special School.xlsx", [("Log", [], [["Date", "Staff", "Entry"]], [
    (["06/03/2023", "SENCo", "EHCP annual review held: mum, CCN and social worker attended. Outcomes updated."],
     "E1", "2023-03-06"),
    (["15/03/2023", "Class teacher", "Noah tired, feeds tolerated."], None, "2023-03-15"),
])])

R.xlsx("Community Childrens Nursing.xlsx", [("CCN", [], [["Date", "Nurse", "Contact"]], [
    (["06/03/2023", "CCN Ali", "Attended Noah's EHCP annual review at school."], "E1", "2023-03-06"),
    (["13/03/2023", "CCN Ali", "Joint home visit with the GP: PEG site infected. Antibiotics started."], "E3",
     "2023-03-13"),
])])

R.xlsx("Disabled Childrens Team.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    (["06/03/2023", "SW Reid", "Attended the EHCP annual review."], "E1", "2023-03-06"),
    (["10/03/2023", "SW Reid", "Noah to respite for the weekend (short breaks plan)."], "E2", "2023-03-10"),
    (["20/03/2023", "Duty", "Mum rang: no carer this morning, she had to lift Noah alone. Agency contacted."],
     "E4", "2023-03-20"),
])])

R.xlsx("GP.xlsx", [("Consultations", [], [["Date", "Clinician", "Notes"]], [
    (["13/03/2023", "Dr Iqbal", "Home visit with the CCN: cellulitis around the PEG site. Flucloxacillin."], "E3",
     "2023-03-13"),
])])
R.done()
