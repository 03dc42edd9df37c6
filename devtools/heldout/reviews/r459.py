"""A held-out review (see ../README.md): python r459.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child death review: Kai (16), reported missing, found drowned in a quarry lake the next afternoon.
# Vocabulary: "MFH", "water rescue", "body recovered", "DNA", "CDOP". Layouts: the police's dates written long
# with a comma ('Thursday, 4 July 2024') and times on the twelve-hour clock ('10:45 pm'); the fire service's
# 'Incident date' date-times; CAMHS's 'Contact' column ('DNA'); the school's; social care's.

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Incident", "Summary"]], [
    (["Thursday, 4 July 2024", "10:45 pm", "MFH", "Mother reports Kai (16) missing: left at 6pm to meet friends, "
      "phone off. Medium risk; last seen near the quarry."], "E1", "2024-07-04"),
    (["Friday, 5 July 2024", "2:20 pm", "Sudden death", "Body of Kai recovered from the quarry lake by fire service "
      "divers. Family informed. Not suspicious at this stage."], "E2", "2024-07-05"),
])])

R.xlsx("Fire and Rescue.xlsx", [("Incidents", [], [["Incident date", "Type", "Notes"]], [
    ([D(2024, 7, 5, 13, 5), "Water rescue", "Search of the quarry lake for a missing 16 year old at police request. "
      "Body recovered 14:10 and handed to police."], "E2", "2024-07-05"),
])])

R.xlsx("CAMHS.xlsx", [("Contacts", [], [["Date", "Clinician", "Contact", "Notes"]], [
    ([D(2024, 6, 20), "Dr Pike", "DNA", "Kai not brought to his appointment. Letter sent offering another."], "A1",
     "2024-06-20"),
    ([D(2024, 7, 8), "Dr Pike", "Information", "Informed by the school that Kai died on Friday. Case closed; CDOP "
      "notified."], "E2", "2024-07-08"),
])])

R.xlsx("Westfield Academy.xlsx", [("Log", [], [["Date", "Staff", "Concern"]], [
    ([D(2024, 6, 28), "Tutor", "Kai talking about swimming at the quarry with older friends; told it is "
      "dangerous."], "A2", "2024-06-28"),
    ([D(2024, 7, 8), "Head", "Police informed the school that Kai died on Friday. Support for his year group."],
     "E2", "2024-07-08"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 7, 5), "EDT", "Police: Kai missing since last night, known to CAMHS."], "E1", "2024-07-05"),
    ([D(2024, 7, 5), "EDT", "Police: Kai found dead in the quarry lake this afternoon."], "E2", "2024-07-05"),
])])
R.done()
