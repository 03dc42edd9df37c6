"""A held-out review (see ../README.md): python r554.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Ms Leanne Cole (37), a woman with a learning disability and epilepsy in a care
# home, who choked and died in hospital. Each agency tells the same event in its own words: 'choking episode at
# lunch, back blows, 999', 'choked on a sandwich at the home', 'aspiration pneumonia after choking'; the meeting
# as 'best interests meeting re PEG feeding', 'BI decision: PEG not in her best interests', 'MCA best interests
# meeting on the ward'; the advocate as 'IMCA instructed', 'referral for an independent mental capacity
# advocate'. Layouts: the hospital's OpenDocument sheet; the care home's sheet with a title, a blank row and the
# header in row 3; adult social care's CSV; the advocacy service's Word paragraphs; the speech and language
# therapy team's sheet.

R.ods("Hospital.ods", "Ward notes", ["Date", "Ward", "Entry"], [
    (["11/06/2024", "AMU", "Admitted via ED: aspiration pneumonia after choking at her care home. LD liaison "
      "nurse informed."], "E1", "2024-06-11"),
    (["18/06/2024", "Ward 9", "MCA best interests meeting on the ward: PEG not in her best interests; IMCA, "
      "sister, SALT, consultant."], "E3", "2024-06-18"),
    (["25/06/2024", "Ward 9", "Died at 04:10. Family present."], "E4", "2024-06-25"),
])

R.xlsx("Care Home.xlsx", [("Daily", [["Willow House - daily record (Leanne)"], []], [["Date", "Staff",
                                                                                      "Record"]], [
    ([D(2024, 6, 11), "Senior carer", "Choking episode at lunch on a sandwich, back blows, 999 called; to "
      "hospital by ambulance with staff."], "E1", "2024-06-11"),
])])

R.csv("Adult Social Care.csv", [], ["Date", "Worker", "Case note"], [
    (["13/06/2024", "SW Holt", "Referral for an independent mental capacity advocate: no family able to "
      "represent her on the PEG decision."], "E2", "2024-06-13"),
    (["18/06/2024", "SW Holt", "BI decision: PEG not in her best interests; end of life care."], "E3",
     "2024-06-18"),
    (["25/06/2024", "SW Holt", "Hospital informed us Leanne died early this morning."], "E4", "2024-06-25"),
])

R.docx_paragraphs("Advocacy Service.docx", "Advocacy service - IMCA case notes", [
    ("13/06/2024 - IMCA instructed by adult social care for a serious medical treatment decision (PEG).", "E2",
     "2024-06-13"),
    ("18/06/2024 - Attended the best interests meeting re PEG feeding; IMCA report given.", "E3",
     "2024-06-18"),
])

R.xlsx("Speech and Language Therapy.xlsx", [("Contacts", [], [["Date", "Therapist", "Note"]], [
    ([D(2024, 5, 2), "SLT", "Care home visit: eating and drinking plan - soft diet, supervision at meals."], "S1",
     "2024-05-02"),
    ([D(2024, 6, 18), "SLT", "Best interests meeting on the ward re PEG: swallow unsafe for all textures."],
     "E3", "2024-06-18"),
])])
R.done()
