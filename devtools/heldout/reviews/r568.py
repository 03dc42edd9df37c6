"""A held-out review (see ../README.md): python r568.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review: Leah Brooks (12), a young carer for her mother, who has multiple sclerosis. Each agency
# tells the same event in its own words: the school's referral and 'Referral from school: Leah (12) caring for mum
# with MS'; the mother's fall as 'fall at home, long lie overnight, daughter (12) called 999', 'Admitted: fall, UTI,
# MS relapse' and 'mum taken to hospital by ambulance this morning after a fall'; 'Referral from the hospital: Leah
# alone at home'; the discharge with a care package; a TAF meeting.
# Layouts: the school's CSV with dates '03.10.2023'; the young carers service's two sheets; the ambulance service's
# Word paragraphs '14/11/2023 07:45 …'; the hospital's sheet with a date merged down over two entries; children's
# and adult social care's sheets.

R.csv("Hillcrest School.csv", [], ["Date", "Staff", "Note"], [
    (["03.10.2023", "HoY", "Leah late again, tired; says she helps mum in the mornings. Referral to Young Carers "
      "made."], "E1", "2023-10-03"),
    (["14.11.2023", "Office", "Leah arrived at 10:30 upset: mum taken to hospital by ambulance this morning after a "
      "fall."], "E2", "2023-11-14"),
    (["16.01.2024", "DSL", "TAF meeting at school with Young Carers and mum: respite breaks agreed."], "E5",
     "2024-01-16"),
])

R.xlsx("Young Carers Service.xlsx", [
    ("Assessment", [], [["Date", "Worker", "Note"]], [
        ([D(2023, 10, 5), "Intake", "Referral from school: Leah (12) caring for mum with MS."], "E1", "2023-10-05"),
        ([D(2023, 10, 19), "KW Jones", "Young carer's assessment at home: Leah does personal care for mum, misses "
          "clubs."], "S2", "2023-10-19"),
    ]),
    ("Sessions", [], [["Date", "Worker", "Note"]], [
        ([D(2023, 12, 7), "KW Jones", "Young carers group: Leah attended and enjoyed it."], "S3", "2023-12-07"),
        ([D(2024, 1, 16), "KW Jones", "Attended the TAF at school; Leah to get 2 breaks a month."], "E5",
         "2024-01-16"),
    ]),
])

R.docx_paragraphs("Ambulance Service.docx", "Ambulance service - incident (Mrs K Brooks)", [
    ("14/11/2023 07:45 Cat 2: female 44 with MS, fall at home, long lie overnight; daughter (12) called 999 before "
     "school. Conveyed.", "E2", "2023-11-14"),
])


def merge_date(wb):
    wb["Record"].merge_cells("A2:A3")


R.xlsx("Hospital.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2023, 11, 14), "Admitted: fall, UTI, MS relapse."], "E2", "2023-11-14"),
    ([None, "Safeguarding: 12 year old daughter is the only other person at home; referral to children's services."],
     "E3", "2023-11-14"),
    ([D(2023, 11, 28), "Discharged home with a package of care (4 calls a day)."], "E4", "2023-11-28"),
])], finish=merge_date)

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Note"]], [
    ([D(2023, 11, 14), "Referral from the hospital: Leah (12) alone at home while mum is in hospital; aunt to stay."],
     "E3", "2023-11-14"),
])])

R.xlsx("Adult Social Care.xlsx", [("Notes", [], [["Date", "Contact type", "Note"]], [
    ([D(2023, 11, 28), "Discharge", "Discharge to assess: care package of 4 calls a day arranged with the ward for "
      "discharge today."], "E4", "2023-11-28"),
])])
R.done()
