"""A held-out review (see ../README.md): python r428.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Maya (14), groomed online, then self-harm. Vocabulary: "CPOMS", "DSL",
# "IIOC" (indecent images of children), "CEOP", "sextortion", "WNB" (was not brought), "DFU" (digital forensics
# unit), "RUI" (released under investigation). Layouts: the school's CPOMS export as a CSV ('Student',
# 'Incident', 'Categories', 'Date/Time' written '05/03/2024 at 13:20', 'Action Taken', 'Status'); the police's
# Word document with each occurrence as one paragraph of labelled fields apart by bars ('Date: 06/03/2024 |
# Time: 10:00 | Ref: …'); CAMHS appointments with an 'Attended?' column; social care's; the GP's.

R.csv("Oakfield School CPOMS.csv", [], ["Student", "Incident", "Categories", "Date/Time", "Action Taken",
                                        "Status"], [
    (["Maya P", "Maya told DSL a man she met on Snapchat pressured her into sending nude images and now "
      "threatens to share them unless she sends more.", "Online Safety, Sexual Exploitation",
      "05/03/2024 at 13:20", "Referred to CSC front door and police (101) 13:45. Mum informed.", "Closed"],
     "E1", "2024-03-05"),
    (["Maya P", "DSL joined strategy discussion by Teams.", "Safeguarding", "06/03/2024 at 10:00",
      "Safety plan in school agreed.", "Closed"], "E2", "2024-03-06"),
    (["Maya P", "Found by a friend in the toilets with cuts to her forearm. First aid given.", "Self Harm",
      "02/04/2024 at 11:05", "Mum collected her; advised to see GP. CAMHS informed.", "Closed"], "E3",
     "2024-04-02"),
])

R.docx_paragraphs("Police.docx", "Police chronology: Maya P (DOB 2009)", [
    ("Date: 05/03/2024 | Time: 14:10 | Ref: 24/1190 | Summary: Report from Oakfield School DSL: 14-year-old "
     "sextortion via Snapchat, IIOC sent. Crime recorded; CSC informed.", "E1", "2024-03-05"),
    ("Date: 06/03/2024 | Time: 10:00 | Ref: 24/1190 | Summary: Strategy discussion with CSC and school: s47, "
     "phone to be seized for the DFU.", "E2", "2024-03-06"),
    ("Date: 12/03/2024 | Time: 16:30 | Ref: 24/1190 | Summary: Visited Maya and mum at home; phone seized with "
     "consent. CEOP advice leaflet given.", "A1", "2024-03-12"),
    ("Date: 20/05/2024 | Time: 06:00 | Ref: 24/1190 | Summary: Suspect (23) arrested at his home address in "
     "Leeds for sexual communication with a child and blackmail; released under investigation (RUI).", "E4",
     "2024-05-20"),
])

R.xlsx("CAMHS.xlsx", [("Appointments", [], [["Appointment Date", "Clinic", "Attended?", "Clinical note"]], [
    ([D(2024, 4, 10), "Choice", "WNB", "Maya was not brought. Letter to mum and school nurse."], "A3",
     "2024-04-10"),
    ([D(2024, 4, 17), "Choice", "Attended", "Seen with mum. Low mood since the online abuse, cutting twice a "
      "week. Safety plan."], "A4", "2024-04-17"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 3, 5), "Contact", "Oakfield School DSL: Maya (14) sent nude images to an adult man online who is "
      "now blackmailing her. Police informed by school."], "E1", "2024-03-05"),
    ([D(2024, 3, 6), "Strategy discussion", "Police, school, CSC: s47 single agency; police lead on the "
      "offence."], "E2", "2024-03-06"),
    ([D(2024, 5, 21), "Information", "Police update: the suspect was arrested yesterday and released under "
      "investigation."], "E4", "2024-05-21"),
])])

R.xlsx("GP Surgery.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 4, 3), "Seen with mum: superficial cuts L forearm, done at school yesterday. Dressed. Referred to "
      "CAMHS (urgent)."], "A2", "2024-04-03"),
])])
R.done()
