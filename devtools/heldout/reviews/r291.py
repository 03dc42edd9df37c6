"""A held-out review (see ../README.md): python r291.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 13-year-old (Oscar) drawn to extremist material online: a Prevent referral, a Channel panel, an
# intervention provider, a CAMHS assessment. Vocabulary: "Prevent", "Channel", "CTP" (counter terrorism
# policing), "VAF", "IP" (intervention provider), "extreme right-wing", "ASD". Layouts: the school's
# safeguarding system export with US-style date-times nobody declared ("3/14/2024 2:30 PM"); the
# Prevent team's Word table whose date cell also names the author on a second line; the council's
# Channel workbook with its table starting in column B under a title in row 1; CAMHS.

R.csv("MyConcern export.csv", [], ["Reported", "Category", "Concern", "Action"], [
    (["3/14/2024 2:30 PM", "Radicalisation", "Oscar watching extreme right-wing videos in IT, drew symbols on his "
      "planner.", "DSL made a Prevent referral."], "E1", "2024-03-14"),
    (["3/20/2024 8:45 AM", "Behaviour", "Oscar refused to sit next to a Muslim classmate.", "Parents called."], None,
     "2024-03-20"),
    (["4/9/2024 9:00 AM", "Radicalisation", "DSL attended Channel panel at the civic centre.", "Support plan."],
     "E3", "2024-04-09"),
    (["5/3/2024 8:40 AM", "Wellbeing", "Mum says the CAMHS assessment yesterday went well.", "None."], "E5",
     "2024-05-03"),
])

R.docx_table("CTP Prevent.docx", "Counter Terrorism Policing – Prevent – case record", ["Date", "Record"], [
    (["15/03/2024\nPS Ahmed", "Prevent referral received from the school: 13-year-old viewing extremist material. "
      "Gateway assessment opened."], "E1", "2024-03-15"),
    (["21/03/2024\nPS Ahmed", "Home visit with mum. Oscar spends nights on Telegram channels. VAF completed; for "
      "Channel."], "E2", "2024-03-21"),
    (["09/04/2024\nPS Ahmed", "Channel panel: case adopted, intervention provider to be appointed."], "E3",
     "2024-04-09"),
])

R.xlsx("Council Channel.xlsx", [("Channel", [["", "Channel panel – case O"], [""]],
                                  [["", "Date", "Entry"]], [
    (["", D(2024, 4, 9), "Panel (chair: Channel coordinator; CTP, school DSL, CAMHS). Case adopted."], "E3",
     "2024-04-09"),
    (["", D(2024, 4, 23), "Intervention provider session 1 with Oscar at school."], "E4", "2024-04-23"),
])])

R.xlsx("CAMHS.xlsx", [("Notes", [], [["Date", "Note"]], [
    ([D(2024, 4, 9), "Attended Channel panel."], "E3", "2024-04-09"),
    ([D(2024, 5, 2), "Neurodevelopmental assessment (ASD query) with Oscar and mum."], "E5", "2024-05-02"),
])])
R.done()
