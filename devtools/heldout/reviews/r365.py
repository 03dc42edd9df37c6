"""A held-out review (see ../README.md): python r365.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mrs Agnes Reid (76), bed-bound after a stroke, cared for by her son and
# a home care agency; a pressure ulcer found late, refused visits, a fall, an admission with sepsis,
# her death. Each agency words the same event its own way: the district nurses' "Cat 4 PU to sacrum,
# DATIX + safeguarding raised" is the home carers' "skin broken on her bottom, told the office", social
# care's "concern re pressure damage from community nursing" and the GP's "DN: grade 4 sacral sore".
# Layouts: the home care agency's visit log (a row per call, most routine) with planned and actual
# times apart; the district nurses' .xlsx; social care's return with a 'Concern ID' column; the GP's
# Word paragraphs; the ambulance's CSV; the hospital's discharge-summary style rows.

R.csv("Homecare visit log.csv", [], ["Visit date", "Planned", "Actual in", "Actual out", "Carer", "Notes"], [
    (["03/03/2024", "08:00", "08:10", "08:40", "CW Amy", "Personal care, breakfast. Agnes in good spirits."], "A1",
     "2024-03-03"),
    (["04/03/2024", "08:00", "08:05", "08:35", "CW Amy", "Skin on her bottom red and broken, she said it's sore. "
      "Told the office, office to let the district nurse know."], "E1", "2024-03-04"),
    (["06/03/2024", "08:00", "", "", "CW Tom", "No access: son said not today, he would do it. Office informed."],
     "A2", "2024-03-06"),
    (["10/03/2024", "18:00", "18:02", "18:40", "CW Amy", "Found Agnes on the floor by the bed, son out. Rang 999, "
      "waited with her. Ambulance took her in."], "E5", "2024-03-10"),
])

R.xlsx("Community Nursing.xlsx", [("DN", [], [["Date", "Nurse", "Visit"]], [
    ([D(2024, 3, 5), "DN Okon", "Referral from home care re sacral skin. Assessed: Cat 4 PU to sacrum, necrotic, "
      "Waterlow 24. Mattress ordered. DATIX + safeguarding raised. Son says she refuses turns."], "E2",
     "2024-03-05"),
    ([D(2024, 3, 7), "DN Okon", "Dressing change; no air mattress yet. Son angry about 'all these people'."], "A3",
     "2024-03-07"),
])])

R.xlsx("Adult Social Care.xlsx", [("Safeguarding", [], [["Date", "Concern ID", "Worker", "Record"]], [
    ([D(2024, 3, 5), "SG-24-0311", "Duty", "Safeguarding concern received from community nursing re pressure "
      "damage (grade 4, sacrum) to Mrs Reid; possible neglect by carer (son)."], "E2", "2024-03-05"),
    ([D(2024, 3, 8), "SG-24-0311", "SW Kaur", "Visited with DN: son reluctant; Mrs Reid says she doesn't want to "
      "be a nuisance. Care package to increase to QDS; s42 enquiry."], "E3", "2024-03-08"),
    ([D(2024, 3, 11), "SG-24-0311", "SW Kaur", "Care agency report Mrs Reid found on floor yesterday evening by "
      "carer; admitted to hospital."], "E5", "2024-03-11"),
    ([D(2024, 3, 22), "SG-24-0311", "SW Kaur", "Hospital SW: Mrs Reid passed away on the ward this morning."],
     "E7", "2024-03-22"),
])])

R.docx_paragraphs("GP.docx", "Castle Street Surgery - Agnes Reid", [
    ("06/03/2024 Dr Mills - DN: grade 4 sacral sore, safeguarding raised; asks for abx review. Flucloxacillin "
     "prescribed.", "E2", "2024-03-06"),
    ("08/03/2024 Dr Mills - Home visit with DN and social worker: son says mum won't let them turn her. Capacity "
     "re care: has capacity, wants to stay home.", "E3", "2024-03-08"),
    ("23/03/2024 Dr Mills - Notified of death on Ward 12, 22/03: sepsis secondary to infected pressure ulcer.",
     "E7", "2024-03-23"),
])

R.csv("Ambulance.csv", [], ["Date", "Time", "Category", "Patient report"], [
    (["10/03/2024", "18:07", "Cat 2", "76F found on floor by carer, ?long lie, hypothermic 34.9, sacral wound "
      "malodorous. Conveyed. Safeguarding referral (neglect)."], "E5", "2024-03-10"),
])

R.xlsx("Northshire General.xlsx", [("Inpatient", [], [["Date", "Ward", "Entry"]], [
    ([D(2024, 3, 10), "ED/AMU", "Admitted after a fall at home with a long lie; infected grade 4 sacral pressure "
      "ulcer; sepsis. Safeguarding referral made by ambulance crew noted."], "E5", "2024-03-10"),
    ([D(2024, 3, 22), "Ward 12", "Died 06:40. Cause: sepsis, infected sacral pressure ulcer. Coroner referral "
      "(pressure ulcer acquired in the community)."], "E7", "2024-03-22"),
])])
R.done()
