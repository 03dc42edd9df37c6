"""A held-out review (see ../README.md): python r305.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Safeguarding adults review: Mr Daniel Price (34), with a learning disability and dysphagia, in
# supported living; choking episodes, a modified diet not followed, aspiration pneumonia, death.
# Vocabulary: "SALT" (speech and language therapy), "IDDSI level 5" (minced and moist), "dysphagia",
# "choking", "back blows", "aspiration pneumonia", "LeDeR", "S42", "DoLS". Layouts: the care provider's
# daily notes, each day's date a heading row over entries with their times; the ambulance service; the
# hospital; adult social care's safeguarding log ("Date Received", "Concern Type", "Outcome"); the
# community learning disability team; the GP.

# The care provider: each day a heading in column A ("Monday 4th March 2024"), entries under it.
care = [
    ("Monday 4th March 2024", None, None, None),
    ("08:30", "Support worker", "Breakfast: toast cut up, ate too fast. Reminded to slow down.", None),
    ("18:10", "Support worker", "Choked on a piece of sausage at tea. Back blows x5, cleared. Ambulance called as "
     "Daniel still coughing; paramedics checked him and left him at home.", "E1"),
    ("Tuesday 5th March 2024", None, None, None),
    ("10:00", "Team leader", "Referral to SALT via the LD team after yesterday's choking.", "E2"),
    ("Thursday 21st March 2024", None, None, None),
    ("14:00", "Team leader", "SALT visit: dysphagia assessment, now IDDSI level 5 minced and moist. Eating plan "
     "left in the kitchen.", "E3"),
    ("Saturday 6th April 2024", None, None, None),
    ("19:45", "Agency staff", "Daniel given a burger at the takeaway by agency staff. Coughing and chesty later.",
     None),
    ("Monday 8th April 2024", None, None, None),
    ("09:20", "Support worker", "Daniel hot, breathless. 999. Taken to hospital with staff.", "E4"),
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Daily notes"
ws.append(["Time", "Staff", "Entry"])
day = None
for row, (first, staff, text, event) in enumerate(care, start=2):
    if staff is None:
        ws.append([first])
        day = dt.datetime.strptime(first.replace("th ", " ").replace("st ", " "), "%A %d %B %Y").date()
        continue
    ws.append([first, staff, text])
    R._note("Riverside Supported Living.xlsx", "Daily notes", row, event, day.isoformat(), text)
wb.save(str(R.folder / "Riverside Supported Living.xlsx"))

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Incident Date", "Time of Call", "Call category", "Crew notes"]], [
    ([D(2024, 3, 4), "18:12", "Cat 2 choking", "34M LD, choking episode at supported living, cleared with back "
      "blows by staff before arrival. Chest clear, sats 97%. Not conveyed, advice to staff."], "E1", "2024-03-04"),
    ([D(2024, 4, 8), "09:24", "Cat 2 breathing", "34M, pyrexial 39.1, RR 32, sats 88% on air. Staff report "
      "coughing since eating a burger Saturday. Conveyed to Hillcrest ED, pre-alert."], "E4", "2024-04-08"),
])])

R.xlsx("Hillcrest Hospital.xlsx", [("Inpatient", [], [["Date", "Ward / Dept", "Clinical summary"]], [
    ([D(2024, 4, 8), "ED / AMU", "Aspiration pneumonia. IV antibiotics, admitted to AMU. Dysphagia known, "
      "carers say diet not always followed. Safeguarding concern raised (neglect)."], "E4", "2024-04-08"),
    ([D(2024, 4, 8), "Safeguarding team", "Concern to ASC: provider not following SALT plan."], "E5",
     "2024-04-08"),
    ([D(2024, 4, 16), "ITU", "Deteriorated, intubated. Died 23:40 with family present. LeDeR notification."],
     "E6", "2024-04-16"),
])])

R.xlsx("Adult Social Care.xlsx", [("Safeguarding", [], [["Date Received", "Concern Type", "Source", "Outcome"]], [
    ([D(2024, 4, 9), "Neglect / acts of omission", "Hillcrest Hospital", "Concern received 08/04: modified diet "
      "not followed by provider, admitted with aspiration pneumonia. S42 enquiry opened."], "E5", "2024-04-09"),
    ([D(2024, 4, 17), "Neglect / acts of omission", "Hillcrest Hospital", "Informed Daniel died in ITU last night. "
      "S42 continues; SAR referral."], "E6", "2024-04-17"),
])])

R.xlsx("Community LD Team.xlsx", [("Contacts", [], [["Date", "Discipline", "Note"]], [
    ([D(2024, 3, 5), "Duty", "Referral from provider for SALT after a choking episode yesterday. Triaged urgent."],
     "E2", "2024-03-05"),
    ([D(2024, 3, 21), "SALT", "Swallow assessment at home: oral dysphagia. IDDSI level 5. Plan shared with "
      "staff, training offered."], "E3", "2024-03-21"),
    ([D(2024, 4, 10), "Nurse", "Heard from the provider that Daniel is in Hillcrest with a chest infection."], None,
     "2024-04-10"),
])])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    ([D(2024, 1, 15), "Annual LD health check: weight stable, epilepsy controlled."], None, "2024-01-15"),
    ([D(2024, 4, 17), "Death notification from Hillcrest: died 16/04, aspiration pneumonia."], "E6", "2024-04-17"),
])])
R.done()
