"""A held-out review (see ../README.md): python r290.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 12-year-old young carer (Ruby) looking after her mother, who has MS; her mother's overdose, which
# Ruby found. Vocabulary: "young carer", "YC assessment", "carers' centre", "MS", "respite", "OD",
# "CIN meeting", "adaptation", "DFG" (disabled facilities grant). Layouts: the council's one workbook
# with a sheet per service (Education, Early Help, Social Care, Housing); the carers' centre; the
# ambulance service's CSV; the hospital.

header = [["Date", "Worker", "Details"]]
R.xlsx("Westfield Council.xlsx", [
    ("Education", [], header, [
        ([D(2023, 10, 4), "DSL", "Ruby tired and late most days; says she looks after mum. Referred to the young carers' "
          "service."], "E1", "2023-10-04"),
        ([D(2023, 11, 8), "DSL", "Ruby told DSL mum took an overdose last night and she found her and called 999."],
         "E3", "2023-11-08"),
        ([D(2023, 11, 21), "DSL", "CIN meeting attended."], "E4", "2023-11-21"),
    ]),
    ("Early Help", [], header, [
        ([D(2023, 10, 19), "EH worker", "Joint home visit with the carers' centre for Ruby's young carer's "
          "assessment."], "E2", "2023-10-19"),
    ]),
    ("Social Care", [], header, [
        ([D(2023, 11, 8), "MASH", "Hospital notification: mother's overdose, 12-year-old daughter found her. To "
          "assessment."], "E3", "2023-11-08"),
        ([D(2023, 11, 21), "SW", "Child in need meeting: school, carers' centre, adult social care. Respite for mum "
          "to be explored."], "E4", "2023-11-21"),
    ]),
    ("Housing", [], header, [
        ([D(2023, 10, 25), "OT/Housing", "DFG application for a stair lift and level-access shower."], None,
         "2023-10-25"),
    ]),
])

R.xlsx("Carers Centre.xlsx", [("Young carers", [], [["Date", "Note"]], [
    ([D(2023, 10, 5), "Referral from school: Ruby (12) cares for mum with MS."], "E1", "2023-10-05"),
    ([D(2023, 10, 19), "YC assessment at home with early help. Ruby does the shopping, cooking and mum's meds."],
     "E2", "2023-10-19"),
    ([D(2023, 11, 21), "Attended CIN meeting."], "E4", "2023-11-21"),
])])

R.csv("Ambulance.csv", [], ["Date", "Time", "Notes"], [
    (["07/11/2023", "21:40", "Caller is 12-year-old daughter: mother (MS) has taken an overdose of diazepam and "
      "tramadol. Conveyed."], "E3", "2023-11-07"),
])

R.xlsx("Hospital.xlsx", [("ED", [], [["Date", "Notes"]], [
    ([D(2023, 11, 7), "45F intentional OD diazepam and tramadol, found by 12-year-old daughter. Admitted. "
      "Safeguarding notification to children's services."], "E3", "2023-11-07"),
])])
R.done()
