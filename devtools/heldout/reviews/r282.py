"""A held-out review (see ../README.md): python r282.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Criminal exploitation: a 15-year-old (Tyrese) missing, found 120 miles away in a cuckooed flat, later
# stabbed. Vocabulary: "county lines", "CCE", "cuckooing", "trap house", "wraps", "NRM" (national
# referral mechanism), "reasonable grounds", "RHI", "YOT", "MFH" (missing from home). Layouts: two
# police forces, one a CSV separated by semicolons with dates "2023/09/02"; the youth offending
# team's Word document, one paragraph per entry starting "02.09.23 –"; the school's workbook with a
# separate time column ("3:45pm"); children's social care; the hospital's emergency department.

R.csv("Met Police.csv", [], ["Date", "Time", "Ref", "Summary"], [
    (["2023/09/02", "22:30", "CAD 8812", "MFH report from mother: Tyrese (15) not home since school, phone off."],
     "E1", "2023-09-02"),
    (["2023/09/05", "16:00", "CAD 1190", "Tyrese located by Norfolk Police in Norwich; MFH closed. Arrested there for "
      "PWITS."], "E2", "2023-09-05"),
    (["2023/09/12", "10:00", "", "Exploitation strategy meeting: DS Okafor attended."], "E4", "2023-09-12"),
    (["2023/10/03", "21:15", "CAD 4473", "Stabbing, Lewisham High St. Victim Tyrese (15), stab wound to thigh. "
      "Uncooperative. Crime report raised."], "E5", "2023-10-03"),
], delimiter=";")

R.xlsx("Norfolk Constabulary.xlsx", [("Log", [], [["Date", "Occurrence summary"]], [
    ([D(2023, 9, 5), "Warrant at flat, Norwich (vulnerable adult's address, cuckooed). Male 15 from London found with "
      "£600 and 40 wraps. Arrested, NRM referral, returned to Met area."], "E2", "2023-09-05"),
])])

R.docx_paragraphs("YOT.docx", "Youth Offending Team – chronology (Tyrese B)", [
    ("02.09.23 – EDT email: Tyrese reported missing by mother last night.", "E1", "2023-09-02"),
    ("06.09.23 – Police notification: Tyrese arrested 05/09 in a Norwich trap house with drugs and cash. County lines "
     "concerns. NRM referral made by Norfolk.", "E2", "2023-09-06"),
    ("12.09.23 – Strategy meeting (CCE). YOT worker attended. Safety plan.", "E4", "2023-09-12"),
    ("20.10.23 – NRM: positive reasonable grounds decision received.", "E6", "2023-10-20"),
])

R.xlsx("Riverside Academy.xlsx", [("Safeguarding", [], [["Date", "Time", "Recorded by", "Details"]], [
    ([D(2023, 9, 4), "8:50am", "Attendance", "Tyrese absent; mum says he is missing, police involved."], "E1",
     "2023-09-04"),
    ([D(2023, 9, 8), "3:45pm", "DSL", "Tyrese back in school. Quiet, new phone and trainers."], None, "2023-09-08"),
    ([D(2023, 9, 12), "10:00am", "DSL", "Attended strategy meeting."], "E4", "2023-09-12"),
])])

R.xlsx("Childrens Services.xlsx", [("Notes", [], [["Date", "Type", "Note"]], [
    ([D(2023, 9, 2), "EDT", "Mother called EDT: Tyrese missing. Police informed."], "E1", "2023-09-02"),
    ([D(2023, 9, 5), "Contact", "Norfolk Police: Tyrese found in a cuckooed flat with drugs, arrested. To be collected."],
     "E2", "2023-09-05"),
    ([D(2023, 9, 7), "RHI", "Return home interview: Tyrese would not say who took him to Norwich."], None,
     "2023-09-07"),
    ([D(2023, 9, 12), "Meeting", "Strategy meeting (exploitation): police, YOT, school. S47 not met; CIN plan."], "E4",
     "2023-09-12"),
    ([D(2023, 10, 4), "Contact", "Hospital: Tyrese admitted last night with a stab wound to the leg."], "E5",
     "2023-10-04"),
    ([D(2023, 10, 20), "Case note", "NRM reasonable grounds decision: positive."], "E6", "2023-10-20"),
])])

R.xlsx("Lewisham Hospital ED.xlsx", [("ED", [], [["Arrival", "Presenting complaint", "Notes"]], [
    ([D(2023, 10, 3, 21, 48), "Stab wound L thigh", "15M brought by LAS with police. Wound explored, sutured. Admitted "
      "overnight. Safeguarding referral to CSC."], "E5", "2023-10-03"),
])])
R.done()
