"""A held-out review (see ../README.md): python r596.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Glyn Davies (81), who has dementia, walks out of his care home on a winter evening
# and is found in woodland six hours later. Each agency tells the same event in its own words: 'Not in his room at
# the 20:00 check; grounds searched; police called' and 'Missing person: 81M with dementia, Herbert Protocol form
# received'; 'Search dog located a male in woodland 800m from the home', '81M found by the search team, temp 33.1',
# 'MISPER found safe by lowland rescue', 'Hypothermia after being missing overnight' and 'Police rang: Mr Davies
# found'; the police's safeguarding concern; the home's statutory notification to the CQC.
# Layouts: the care home's sheet with times typed '20.15'; the police's Word table; the lowland search and rescue
# team's Word paragraphs '11/02/2024 02:30 …'; the ambulance service's CSV; the hospital's sheet; adult social care's
# OpenDocument sheet; the CQC's CSV 'Received | Type | Summary'.

R.xlsx("Oakdene Care Home.xlsx", [("Daily notes", [], [["Date", "Time", "Staff", "Entry"]], [
    ([D(2024, 2, 10), "20.15", "Night senior", "Glyn not in his room at the 20:00 check; fire door alarm off. Grounds "
      "searched; police called 20:15, Herbert Protocol form given."], "E1", "2024-02-10"),
    ([D(2024, 2, 11), "02.45", "Night senior", "Police rang: Glyn found in the woods by a search team, cold; taken to "
      "hospital."], "E2", "2024-02-11"),
    ([D(2024, 2, 15), "10.00", "Manager", "Statutory notification to the CQC: missing resident, fire door alarm had "
      "been switched off."], "E4", "2024-02-15"),
])])

R.docx_table("Dyfed Powys Police.docx", "Police - missing person investigation (Glyn DAVIES)", ["Date", "Time", "Entry"], [
    (["10/02/2024", "20:20", "Missing person: 81M with dementia from Oakdene care home, high risk. Herbert Protocol form "
      "received. Search started; NPAS and lowland rescue requested."], "E1", "2024-02-10"),
    (["11/02/2024", "02:35", "MISPER found safe by lowland rescue in Coed Mawr woods; with ambulance."], "E2",
     "2024-02-11"),
    (["12/02/2024", "11:00", "Adult safeguarding concern sent to ASC: the home's supervision and the door alarm."],
     "E3", "2024-02-12"),
])

R.docx_paragraphs("Lowland Search and Rescue.docx", "Lowland search and rescue - callout log", [
    ("11/02/2024 02:30 Search dog located a male in woodland 800m from the home, conscious, very cold. Handed to the "
     "ambulance crew at 02:40.", "E2", "2024-02-11"),
])

R.csv("Welsh Ambulance Service.csv", [], ["Date", "Time", "Notes"], [
    (["11/02/2024", "02:41", "81M found by the search team in woods, temp 33.1, confused (dementia). Warmed, "
      "conveyed to Glangwili."], "E2", "2024-02-11"),
])

R.xlsx("Glangwili Hospital.xlsx", [("Admissions", [], [["Date", "Ward", "Entry"]], [
    ([D(2024, 2, 11), "AMU", "Hypothermia (33.1) after being missing overnight from his care home; rewarmed. Admitted "
      "to AMU."], "E2", "2024-02-11"),
    ([D(2024, 2, 16), "Ward 5", "Discharged back to Oakdene; the home has a new door sensor."], "S5", "2024-02-16"),
])])

R.ods("Adult Social Care.ods", "Safeguarding", ["Date", "Worker", "Note"], [
    ([D(2024, 2, 12), "Safeguarding", "Safeguarding concern from the police: Mr Davies left his care home unnoticed, "
      "door alarm switched off. S42 enquiry to start."], "E3", "2024-02-12"),
])

R.csv("CQC.csv", [], ["Received", "Type", "Summary"], [
    (["15/02/2024", "Notification", "Notification from Oakdene Care Home: resident missing for 6 hours, found "
      "hypothermic. Inspector to follow up."], "E4", "2024-02-15"),
])
R.done()
