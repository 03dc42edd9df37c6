"""A held-out review (see ../README.md): python r584.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: Kai Doyle (2) falls from a first-floor bedroom window of a privately rented house with no window
# restrictor. Each agency tells the same event in its own words: 'Cat 1: 2yo fallen approx 4m from bedroom window
# onto patio'; '2 y/o M, fall from upstairs window ~15ft, skull #, to PHDU'; 'child fallen from window, officers
# attended'; 'Kai absent - mum rang, he is in hospital'; the strategy discussion; 'Referral from children's
# services: no window restrictors' and the email that made it; the discharge and the GP's discharge letter.
# Layouts: the ambulance service's CSV with 'Incident date | Time of call | Arrived | Notes' and dates '12-06-2024';
# the children's hospital's sheet with two title rows and dates typed 'Wed 12/06/2024'; the police's date-times;
# the health visitor's Word table with dates '12.06.24'; the nursery's CSV; social care's sheet; the council's
# private sector housing team's OpenDocument sheet; the GP's CSV in cp1252 with a 'Code' column.

R.csv("North West Ambulance Service.csv", [], ["Incident date", "Time of call", "Arrived", "Notes"], [
    (["12-06-2024", "16:41", "16:49", "Cat 1: 2yo fallen approx 4m from bedroom window onto patio. GCS 13, boggy "
      "swelling to the back of the head. Mum hysterical. Conveyed to RMCH, pre-alert."], "E1", "2024-06-12"),
])

R.xlsx("Royal Manchester Childrens Hospital.xlsx", [
    ("Safeguarding", [["Royal Manchester Children's Hospital"], ["Chronology for rapid review: Kai DOYLE"]],
     [["Attendance date", "Area", "Clinical note"]], [
        (["Wed 12/06/2024", "ED resus", "2 y/o M, fall from upstairs window ~15ft, skull #, small EDH, to PHDU. "
          "Mum says she was in the shower. Police informed."], "E1", "2024-06-12"),
        (["Thu 13/06/2024", "Safeguarding", "Strategy discussion with Manchester CSC and GMP: mechanism consistent, "
          "supervision and home safety concerns. Skeletal survey not indicated."], "E3", "2024-06-13"),
        (["Mon 17/06/2024", "Ward 84", "Discharged home to mum and gran. Neurosurgical OPD in 6/52."], "E5",
         "2024-06-17"),
    ]),
])

R.xlsx("Greater Manchester Police.xlsx", [("Occurrences", [], [["Reported", "Occurrence", "Summary"]], [
    ([D(2024, 6, 12, 16, 52), "24/771903", "Call from NWAS: toddler fallen from a first floor window at 14 Kay St. "
      "Officers attended; window wide open, no restrictor. Mum was in the shower, children left downstairs with "
      "the TV."], "E1", "2024-06-12"),
    ([D(2024, 6, 13, 10, 30), "24/771903", "Strategy discussion with CSC and the hospital: single agency police "
      "enquiries, no crime at this stage."], "E3", "2024-06-13"),
])])

R.docx_table("Health Visiting.docx", "Health visiting record - Kai Doyle (dob 03/03/2022)",
             ["Date", "Contact", "Narrative"], [
    (["04.04.24", "Home visit", "2 year review at home. Home safety discussed: stair gates in place; bedroom "
      "windows open wide, advised landlord to fit restrictors."], "S1", "2024-04-04"),
    (["13.06.24", "Notification", "Safeguarding team at RMCH: Kai admitted to PHDU after falling from a bedroom "
      "window yesterday."], "E1", "2024-06-13"),
    (["20.06.24", "Home visit", "Visit after discharge: Kai well, bruising fading. Restrictors still not fitted; "
      "gran staying."], "S6", "2024-06-20"),
])

R.csv("Little Acorns Nursery.csv", [], ["Date", "Logged by", "Note"], [
    (["13/06/2024", "Manager", "Kai absent - mum rang, he is in hospital after falling out of a window yesterday."],
     "E1", "2024-06-13"),
    (["24/06/2024", "Key person", "Kai back today, happy to be in. Scar to the back of his head."], "S7",
     "2024-06-24"),
])

R.xlsx("Manchester Childrens Services.xlsx", [("Case notes", [], [["Date", "Case note type", "Note"]], [
    ([D(2024, 6, 12), "Contact", "EDT: hospital reports Kai (2) fell from a bedroom window this afternoon; mum and "
      "gran at the bedside."], "E1", "2024-06-12"),
    ([D(2024, 6, 13), "Strategy", "Strategy discussion: GMP, RMCH paediatrician, SW Khan. Threshold for S47 not met; "
      "single assessment."], "E3", "2024-06-13"),
    ([D(2024, 6, 13), "Email", "Email to Private Sector Housing: no window restrictors at 14 Kay St, toddler fell "
      "from the first floor; please inspect."], "E4", "2024-06-13"),
    ([D(2024, 6, 26), "Visit", "Single assessment visit: windows now fitted with restrictors; mum tearful."],
     "S8", "2024-06-26"),
])])

R.ods("Private Sector Housing.ods", "Service requests", ["Received", "Officer", "Details"], [
    ([D(2024, 6, 14), "EHO Reid", "Referral from children's services: no window restrictors at 14 Kay St after a "
      "child's fall."], "E4", "2024-06-14"),
    ([D(2024, 6, 19), "EHO Reid", "HHSRS inspection: Category 1 falls hazard (windows). Improvement notice served "
      "on landlord."], "S9", "2024-06-19"),
])

R.csv("Cornbrook Medical Practice.csv", [], ["Consultation date", "Code", "Text"], [
    (["19/06/2024", "Letter", "Discharge letter from RMCH: Kai discharged 17/06 after his head injury; "
      "neurosurgical follow-up in 6 weeks."], "E5", "2024-06-19"),
    (["21/06/2024", "Consultation", "Mum seen with Kai: wound check, sleeping poorly. Reassured."], "S10",
     "2024-06-21"),
], encoding="cp1252")
R.done()
