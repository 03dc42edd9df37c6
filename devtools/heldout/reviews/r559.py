"""A held-out review (see ../README.md): python r559.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: Lily-Mae Hart (2), who swallowed a button battery. Each agency tells the same event in its own
# words: 'swallowed a button battery from a remote control', 'X-ray: coin-shaped object in the oesophagus, double
# halo sign'; the hospital's referral as 'referral to children's social care: 6 hour delay in presenting' and
# 'Referral from the Children's Hospital: button battery swallowed'; the discharge as 'Discharged home;
# oesophageal burn healing' and 'Notification of discharge … after button battery ingestion'.
# Layouts: the ambulance service's CSV 'CAD number | Date | Time of call | Category | Clinical notes' with dates
# '03-Jun-24'; the hospital's Word paragraphs '3 June 2024 – …'; health visiting's OpenDocument sheet; social
# care's sheet with dates typed 'Jun 4, 2024'; the police's sheet with times typed '1432'; the GP's sheet.

R.csv("Ambulance Service.csv", [], ["CAD number", "Date", "Time of call", "Category", "Clinical notes"], [
    (["CAD240603-0412", "03-Jun-24", "17:05", "C2", "2 y/o swallowed a button battery from a remote control about "
      "6 hours ago; drooling, refusing drinks. Conveyed to Children's ED with pre-alert."], "E1", "2024-06-03"),
])

R.docx_paragraphs("Childrens Hospital.docx", "Children's Hospital - safeguarding chronology (Lily-Mae Hart)", [
    ("3 June 2024 – ED: X-ray shows a coin-shaped object in the oesophagus, double halo sign. To theatre for "
     "endoscopic removal; oesophageal burn seen.", "E1", "2024-06-03"),
    ("4 June 2024 – Safeguarding: referral to children's social care; 6 hour delay in presenting, battery cover "
     "of the remote missing for weeks.", "E2", "2024-06-04"),
    ("6 June 2024 – Named nurse took part in the strategy discussion by phone.", "E3", "2024-06-06"),
    ("10 June 2024 – Discharged home; oesophageal burn healing. Soft diet, gastro clinic in 4 weeks.", "E4",
     "2024-06-10"),
    ("8 July 2024 – Gastro clinic: healing well, no stricture on contrast swallow.", "S1", "2024-07-08"),
])

R.ods("Health Visiting.ods", "Contacts", ["Contact date", "Contact type", "Venue", "Notes"], [
    ([D(2024, 4, 15), "2 year review", "Clinic", "ASQ-3 2 year review: development on track."], "S2",
     "2024-04-15"),
    ([D(2024, 6, 11), "Notification", "Office", "Notification of discharge from the Children's Hospital after "
      "button battery ingestion."], "E4", "2024-06-11"),
    ([D(2024, 6, 12), "Home visit", "Home", "Joint visit with the social worker: home safety check, loose "
      "batteries removed, safety catches given."], "E5", "2024-06-12"),
])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Case note"]], [
    (["Jun 4, 2024", "MASH", "Referral from the Children's Hospital: button battery swallowed, delay in seeking "
      "help."], "E2", "2024-06-04"),
    (["Jun 6, 2024", "SW Achebe", "Strategy discussion with police and the hospital: section 47 enquiry agreed."],
     "E3", "2024-06-06"),
    (["Jun 12, 2024", "SW Achebe", "Joint home visit with the health visitor: home conditions poor, several loose "
      "batteries on the floor."], "E5", "2024-06-12"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 6, 6), "1432", "Strategy discussion: single agency section 47 by CSC, no police investigation."],
     "E3", "2024-06-06"),
])])

R.xlsx("GP Surgery.xlsx", [("Consultations", [], [["Date", "Clinician", "Summary"]], [
    ([D(2024, 5, 20), "Dr Price", "Cough for 3 days, chest clear. Safety netting advice."], "S3", "2024-05-20"),
    ([D(2024, 7, 9), "Dr Price", "Post-discharge review: eating soft foods, weight 11.2 kg."], "S4", "2024-07-09"),
])])
R.done()
