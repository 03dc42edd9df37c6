"""A held-out review (see ../README.md): python r423.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review (LeDeR too): Tom (33), learning disability and dysphagia, chokes at his supported
# living home. Vocabulary: "SALT" (speech and language therapy), "IDDSI level 5" (minced and moist), "PEG",
# "aspiration pneumonia", "LeDeR", "ROLE", "CHC". Layouts: the supported living provider's daily notes with a
# column per part of the day ('Date | AM | PM | Night'); the SALT team's; the ambulance's; the hospital's
# stay as admission and discharge rows; adult social care's; the GP's.

R.xlsx("Brightwater Supported Living.xlsx", [("Daily notes", [], [["Date", "AM", "PM", "Night"]], [
    ([D(2024, 6, 3), "Tom had breakfast (level 5). Went to the day centre.", "SALT visit: plan reviewed, "
      "level 5 diet continues, staff reminded to supervise meals.", "Settled."], "A1", "2024-06-03"),
    ([D(2024, 6, 9), "Quiet morning.", "Agency worker gave Tom a sandwich; he choked, back blows given, 999 "
      "called 18:05. Ambulance took him to hospital.", "Manager informed ASC by email."], "E1", "2024-06-09"),
    ([D(2024, 6, 21), "Hospital rang: Tom died this morning.", "", ""], "E3", "2024-06-21"),
])])

R.xlsx("SALT Team.xlsx", [("Contacts", [], [["Date", "Type", "Therapist", "Notes"]], [
    ([D(2024, 6, 3), "Home visit", "SLT Grey", "Reviewed Tom's eating and drinking plan at Brightwater: IDDSI "
      "level 5, supervision at all meals. Staff signed the plan."], "A1", "2024-06-03"),
    ([D(2024, 6, 12), "Ward", "SLT Grey", "Seen on Ward 10: aspiration pneumonia after choking on 09/06. NBM; "
      "PEG discussion."], "A2", "2024-06-12"),
])])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date", "Time", "Category", "Notes"]], [
    ([D(2024, 6, 9), "18:06", "Cat 1", "Choking at supported living. Airway cleared by crew, sats 82%. Conveyed "
      "to the Royal with pre-alert."], "E1", "2024-06-09"),
])])

R.xlsx("The Royal Hospital.xlsx", [("Inpatient", [], [["Date", "Event", "Summary"]], [
    ([D(2024, 6, 9), "Admission", "Via ED after choking on food: aspiration pneumonia. Ward 10."], "E1",
     "2024-06-09"),
    ([D(2024, 6, 21), "Death", "Died on Ward 10 at 06:50. Referred to the coroner; LeDeR notified."], "E3",
     "2024-06-21"),
])])

R.xlsx("Adult Social Care.xlsx", [("Steps", [], [["Date", "Step", "Notes"]], [
    ([D(2024, 6, 10), "Safeguarding concern", "Email from Brightwater's manager: Tom choked on a sandwich "
      "yesterday against his SALT plan; in hospital."], "E1", "2024-06-10"),
    ([D(2024, 6, 14), "Section 42 enquiry", "Enquiry opened: neglect by omission (eating plan not followed)."],
     "A3", "2024-06-14"),
    ([D(2024, 6, 24), "Case note", "Notified by the hospital that Tom died on 21/06."], "E3", "2024-06-24"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 5, 20), "Annual learning disability health check: weight stable, dysphagia noted, SALT plan in "
      "place."], "A4", "2024-05-20"),
    ([D(2024, 6, 25), "Notification of death: 21/06/2024, aspiration pneumonia."], "E3", "2024-06-25"),
])])
R.done()
