"""A held-out review (see ../README.md): python r585.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Leo Barnes (8) swallows high-powered magnetic balls and is brought to hospital
# six days later. Each agency tells the same event in its own words: 'Laparotomy: 7 magnetic balls, 4 enteric
# perforations repaired', the school's 'had an operation to remove magnets he swallowed' and the operation note the
# GP receives; the hospital's referral to social care; the surgeon's report of the product to Trading Standards.
# Layouts: the school's sheet with 'Date & time' typed '29/01/2024 - 10:15'; the GP's sheet; the hospital's three
# sheets, 'Arrival' date-times and 'Op date' typed '6th Feb 2024'; social care's Word paragraphs '07/02/2024 - …';
# Trading Standards' CSV in cp1252 with a pound sign.

R.xlsx("St Marys CE Primary.xlsx", [("Log", [], [["Date & time", "Logged by", "Incident"]], [
    (["29/01/2024 - 10:15", "Mrs Pike (Y3)", "Magnetic balls confiscated in Year 3 after children seen putting them "
      "in their mouths. Letter home to all parents about the danger."], "S1", "2024-01-29"),
    (["06/02/2024 - 08:50", "Office", "Mum rang: Leo in the Royal Alex, had an operation to remove magnets he "
      "swallowed. Off for at least 2 weeks."], "E2", "2024-02-06"),
    (["21/02/2024 - 09:00", "DSL", "Leo back on a part-time timetable; school nurse to do a care plan for his "
      "diet."], "S2", "2024-02-21"),
])])

R.xlsx("Bellevue Surgery.xlsx", [("Consultations", [], [["Date", "Clinician", "Type", "Entry"]], [
    ([D(2024, 2, 1), "Dr Rao", "Telephone", "Tummy pain and vomiting 2 days, tolerating fluids. ?viral. Safety-netted "
      "to ring back if worse."], "S3", "2024-02-01"),
    ([D(2024, 2, 10), "Admin", "Letter", "Operation note from the Royal Alexandra: laparotomy 06/02 for multiple "
      "magnet ingestion, small bowel repair."], "E2", "2024-02-10"),
])])

R.xlsx("Royal Alexandra Childrens Hospital.xlsx", [
    ("ED", [], [["Arrival", "Clinician", "Notes"]], [
        ([D(2024, 2, 5, 19, 20), "ST4 Green", "8M, 6/7 abdominal pain and vomiting, GP phone consult. AXR: ring of "
          "?magnets in RIF. Surgical referral, NBM, IV fluids."], "E1", "2024-02-05"),
    ]),
    ("Surgery", [], [["Op date", "Surgeon", "Procedure and findings"]], [
        (["6th Feb 2024", "Mr Fenton", "Laparotomy: 7 magnetic balls removed, 4 enteric perforations repaired. To "
          "PICU post-op."], "E2", "2024-02-06"),
        (["8th Feb 2024", "Mr Fenton", "Reported the magnet product to Trading Standards (sold as a toy, no warning)."],
         "E4", "2024-02-08"),
    ]),
    ("Safeguarding", [], [["Date", "Staff", "Note"]], [
        ([D(2024, 2, 7), "Named nurse", "Referral to children's social care: six days' delay in presentation; mum "
          "bought the magnets online after the school's letter."], "E3", "2024-02-07"),
    ]),
])

R.docx_paragraphs("Childrens Social Care.docx", "Children's social care - case record for Leo Barnes", [
    ("07/02/2024 - Referral from the Royal Alexandra: Leo (8) swallowed magnets, presented after six days, bowel "
     "surgery. Assessment opened.", "E3", "2024-02-07"),
    ("12/02/2024 - Home visit: mum says Leo hid the pain; magnets thrown away. Siblings seen.", "S5",
     "2024-02-12"),
])

R.csv("Trading Standards.csv", [], ["Date received", "Source", "Complaint"], [
    (["08/02/2024", "Hospital consultant", "High-powered magnet set (£14.99) sold as a children's toy on an online "
      "marketplace; an 8 year old needed bowel surgery. Product safety investigation."], "E4", "2024-02-08"),
], encoding="cp1252")
R.done()
