"""A held-out review (see ../README.md): python r548.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Grace (15), anorexia, admitted for refeeding; her mother's hostility
# to services. Each agency tells the same event in its own words: 'BMI 13.9, bradycardic, admitted for
# refeeding', 'admitted to the paediatric ward with anorexia', 'in hospital with her eating disorder'; the meeting
# as 'CPA review', 'care programme approach meeting'; the discharge as 'discharged home against advice', 'mum
# took her home against medical advice'. Layouts: CAMHS's export with 'Appt date' and a 'Seen?' column; the
# hospital's sheet; the GP's CSV with 'Consultation date' as '04-Mar-2024'; the school's Word paragraphs;
# children's social care's sheet.

R.xlsx("CAMHS.xlsx", [("Appointments", [], [["Appt date", "Seen?", "Clinician", "Outcome"]], [
    ([D(2024, 3, 1), "Y", "ED nurse", "Weight 38kg, BMI 13.9, HR 42: bradycardic. Paediatric admission for "
      "refeeding arranged today."], "E1", "2024-03-01"),
    ([D(2024, 3, 20), "Y", "Consultant", "CPA review on the ward with mum and the paediatrician: discharge plan "
      "not agreed by mum."], "E2", "2024-03-20"),
    ([D(2024, 4, 2), "N", "ED nurse", "Not brought; mum says she is 'fine now'."], "S1", "2024-04-02"),
])])

R.xlsx("Hospital.xlsx", [("Paediatric ward", [], [["Date", "Note"]], [
    ([D(2024, 3, 1), "Admitted to the paediatric ward with anorexia from CAMHS clinic: refeeding protocol, cardiac "
      "monitoring."], "E1", "2024-03-01"),
    ([D(2024, 3, 20), "Care programme approach meeting: mum wants her home."], "E2", "2024-03-20"),
    ([D(2024, 3, 22), "Mum took her home against medical advice at 16:00; safeguarding referral made."], "E3",
     "2024-03-22"),
])])

R.csv("GP Practice.csv", [], ["Consultation date", "Clinician", "Notes"], [
    (["12-Feb-2024", "Dr Shah", "Weight loss 7kg, amenorrhoea; referred to CAMHS eating disorder team "
      "(urgent)."], "S2", "2024-02-12"),
    (["25-Mar-2024", "Dr Shah", "Discharge letter: discharged home against advice on 22/03; CAMHS to follow "
      "up."], "E3", "2024-03-25"),
])

R.docx_paragraphs("School.docx", "School - pastoral record (Grace)", [
    ("04/03/2024 - Mum emailed: Grace in hospital with her eating disorder, off for some weeks.", "E1",
     "2024-03-04"),
])

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 3, 22), "MASH", "Hospital referral: 15 year old with anorexia taken home by mother against medical "
      "advice."], "E3", "2024-03-22"),
])])
R.done()
