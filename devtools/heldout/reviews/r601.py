"""A held-out review (see ../README.md): python r601.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A safeguarding adults review: Paul (34), who has a profound learning disability and is fed through a tube (PEG),
# dies after feed is given into a displaced tube. Each agency tells the same event in its own words: the provider's
# 'Paul coughing and grey during his feed; 999'; the ambulance's '34M LD, PEG feed, aspiration ?'; the hospital's
# 'Aspiration pneumonia; PEG displaced'; the provider's CQC notification; the section 42 enquiry's meeting.
# Layouts: the supported living provider's sheet 'Date | Shift | Support notes'; the district nurses' CSV with dates
# '2024-05-02'; the ambulance service's sheet 'Incident date | Time of call'; the hospital's Word table; adult social
# care's OpenDocument sheet; the CQC's CSV.

R.xlsx("Willow Supported Living.xlsx", [("Notes", [], [["Date", "Shift", "Support notes"]], [
    ([D(2024, 4, 29), "Day", "PEG site red and leaking; district nurse asked to visit."], "S1", "2024-04-29"),
    ([D(2024, 5, 2), "Late", "Paul coughing and grey during his evening feed, feed stopped, 999 called 18:40. "
      "Ambulance took him to the Royal."], "E2", "2024-05-02"),
    ([D(2024, 5, 3), "Day", "Statutory notification sent to the CQC: serious injury, feed given into a displaced "
      "PEG."], "E3", "2024-05-03"),
])])

R.csv("District Nursing.csv", [], ["Date", "Nurse", "Visit"], [
    (["2024-04-30", "DN Moss", "PEG site inflamed, tube looser than usual; staff told to check the position before "
      "each feed."], "S4", "2024-04-30"),
])

R.xlsx("Ambulance Service.xlsx", [("Calls", [], [["Incident date", "Time of call", "Notes"]], [
    ([D(2024, 5, 2), T(18, 41), "34M LD, PEG feed, coughing, SpO2 84%, ?aspiration. Conveyed."], "E2", "2024-05-02"),
])])

R.docx_table("Royal Hospital.docx", "Royal Hospital - Paul", ["Date", "Ward", "Entry"], [
    (["02/05/2024", "Resus", "Aspiration pneumonia; PEG displaced, feed in the peritoneum. ICU."], "E2", "2024-05-02"),
    (["09/05/2024", "ICU", "Paul died on ICU with his mother present. Coroner informed."], "E5", "2024-05-09"),
])

R.ods("Adult Social Care.ods", "Enquiry", ["Date", "Worker", "Note"], [
    ([D(2024, 5, 3), "Safeguarding", "Concern from the hospital: feed given into a displaced PEG at Willow. S42 "
      "enquiry opened."], "S6", "2024-05-03"),
    ([D(2024, 5, 10), "Safeguarding", "Told by the hospital that Paul died yesterday; enquiry continues."], "E5",
     "2024-05-10"),
])

R.csv("CQC.csv", [], ["Received", "Type", "Summary"], [
    (["03/05/2024", "Notification", "Notification from Willow Supported Living: a resident fed through a displaced "
      "PEG, in intensive care."], "E3", "2024-05-03"),
])
R.done()
