"""A held-out review (see ../README.md): python r576.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review: Ben (13), groomed by a volunteer leader of his scout group. The scouts' safeguarding
# team is among the agencies. Each agency tells the same event in its own words: the mother's report to the group
# as 'Parent reported messages from a leader asking Ben to keep secrets' and to the police as 'Mother reports her
# son (13) receiving sexualised messages from his scout leader'; the leader's suspension; his arrest as 'leader
# arrested on suspicion of causing a child to look at sexual images' and 'Police notification: the scout leader
# was arrested today'; the school's and CAMHS's records of what Ben told them.
# Layouts: the scouts' safeguarding CSV 'Case ref | Date reported | Action'; the police's sheet with dates typed
# '2024-04-03'; the school's Word paragraphs; social care's sheet; CAMHS's sheet.

R.csv("Scouts Safeguarding Team.csv", [], ["Case ref", "Date reported", "Action"], [
    (["SG-2291", "03/04/2024", "Parent reported messages from a leader asking Ben to keep secrets. Police advised; "
      "leader suspended from all scouting pending investigation."], "E1", "2024-04-03"),
    (["SG-2291", "18/04/2024", "Police confirmed the leader's arrest; membership cancelled, DBS referral made."], "E3",
     "2024-04-18"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    (["2024-04-03", "19:15", "Mother reports her son (13) receiving sexualised messages from his scout leader on "
      "Snapchat; phone seized for download."], "E1", "2024-04-03"),
    (["2024-04-05", "10:00", "Strategy discussion with children's services: section 47, ABE interview planned."], "E2",
     "2024-04-05"),
    (["2024-04-17", "07:00", "Leader arrested on suspicion of causing a child to look at sexual images; devices "
      "seized; bailed."], "E3", "2024-04-17"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    ([D(2024, 4, 4), "Police referral received: mother reported yesterday that Ben (13) was groomed online by a "
      "scout leader; mother protective."], "E1", "2024-04-04"),
    ([D(2024, 4, 5), "Strategy discussion with police: section 47 enquiry, ABE interview next week."], "E2",
     "2024-04-05"),
    ([D(2024, 4, 17), "Police notification: the scout leader was arrested today."], "E3", "2024-04-17"),
])])

R.docx_paragraphs("Westbrook School.docx", "Westbrook School - safeguarding notes (Ben)", [
    ("08/04/2024 Ben told his form tutor he feels guilty about a scout leader; DSL spoke to mum, police aware.", "S2",
     "2024-04-08"),
])

R.xlsx("CAMHS.xlsx", [("Contacts", [], [["Date", "Clinician", "Note"]], [
    ([D(2024, 5, 2), "Dr Ellis", "Assessment: Ben anxious and not sleeping since the scout leader's messages came to "
      "light."], "S3", "2024-05-02"),
])])
R.done()
