"""A held-out review (see ../README.md): python r573.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child death review: Josh (15), lost in the sea off a beach; the coastguard and the lifeboat are among the
# agencies. Each agency tells the same event in its own words: 'two teenagers in difficulty off North Beach;
# lifeboat and helicopter tasked', 'Report of a 15 year old boy missing in the sea', 'Launched 17:42 to North
# Beach: one casualty recovered', 'Teenage girl recovered from the sea by the lifeboat, hypothermic'; the body
# found the next day as 'body of a male recovered near the pier', 'Body of Josh recovered from the sea', 'Josh's
# body was found yesterday', 'Notification of the death of Josh'; a rapid response meeting.
# Layouts: the coastguard's CSV 'Incident Opened | Incident Type | Log' with date-times typed '20/07/2024 16:31';
# the lifeboat station's Word paragraphs '20 July 2024 - …'; the police's sheet; the ambulance service's sheet;
# the school's Word table; social care's sheet.

R.csv("HM Coastguard.csv", [], ["Incident Opened", "Incident Type", "Log"], [
    (["20/07/2024 16:31", "Person in water", "999: two teenagers in difficulty off North Beach; lifeboat and helicopter "
      "tasked. One recovered, one (male 15) missing."], "E1", "2024-07-20"),
    (["21/07/2024 05:10", "Search", "Search resumed at first light; body of a male recovered near the pier 07:20, "
      "handed to police."], "E2", "2024-07-21"),
])

R.docx_paragraphs("RNLI Lifeboat Station.docx", "Lifeboat station - service returns", [
    ("20 July 2024 - Launched 17:42 to North Beach: one casualty recovered to the beach, search for a second "
     "continuing until dark.", "E1", "2024-07-20"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Log"]], [
    ([D(2024, 7, 20), "16:40", "Report of a 15 year old boy missing in the sea at North Beach; coastguard "
      "searching."], "E1", "2024-07-20"),
    ([D(2024, 7, 21), "07:45", "Body of Josh (15) recovered from the sea near the pier; identified by family. Sudden "
      "death, not suspicious."], "E2", "2024-07-21"),
    ([D(2024, 7, 24), "10:00", "Rapid response meeting (child death): police, paediatrician, school, early help."],
     "E3", "2024-07-24"),
])])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date", "Call time", "Notes"]], [
    ([D(2024, 7, 20), "16:52", "Teenage girl recovered from the sea by the lifeboat, hypothermic. Conveyed."], "E1",
     "2024-07-20"),
])])

R.docx_table("Seaview Academy.docx", "Seaview Academy - safeguarding log (Josh)", ["Date", "Entry"], [
    (["03/07/2024", "Josh suspended for 1 day after a fight at lunch."], "S2", "2024-07-03"),
    (["22/07/2024", "Police informed the head that Josh's body was found yesterday."], "E2", "2024-07-22"),
    (["24/07/2024", "Head attended the rapid response meeting."], "E3", "2024-07-24"),
])

R.xlsx("Childrens Social Care.xlsx", [("Early help", [], [["Date", "Note"]], [
    ([D(2024, 6, 12), "Early help review: Josh attending, mum coping better."], "S1", "2024-06-12"),
    ([D(2024, 7, 22), "Notification of the death of Josh (15), known to early help."], "E2", "2024-07-22"),
    ([D(2024, 7, 24), "Rapid response meeting attended (early help)."], "E3", "2024-07-24"),
])])
R.done()
