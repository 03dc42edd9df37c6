"""A held-out review (see ../README.md): python r543.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Callum (15), violent towards his mother. Each agency tells the same event
# in its own words: 'son assaulted mother, punched her, kicked the door in', 'mother assaulted by her son at home
# last night', 'got arrested at the weekend for hitting mum'; the out of court disposal as 'OOCD panel: YCC
# agreed', 'Youth Conditional Caution agreed at the joint decision panel'. Layouts: the police's sheet with
# 'Date/Time Reported' typed '03/02/2024 22:14'; the youth justice service's export 'Contact Date | Contact Type
# | Outcome | Notes'; children's social care's sheet newest first; the school's sheet; early help's Word
# paragraphs; the GP's sheet.

R.xlsx("Police.xlsx", [("Incidents", [], [["Date/Time Reported", "Occurrence type", "Summary"]], [
    (["03/02/2024 22:14", "Domestic (child to parent)", "Son (15) assaulted mother, punched her and kicked the "
      "bedroom door in. Arrested for ABH, interviewed, bailed to his aunt's."], "E1", "2024-02-03"),
    (["20/02/2024 10:00", "Youth justice", "OOCD panel: YCC agreed for the ABH on his mother."], "E2",
     "2024-02-20"),
])])

R.xlsx("Youth Justice Service.xlsx", [("Contacts", [], [["Contact Date", "Contact Type", "Outcome", "Notes"]], [
    ([D(2024, 2, 20), "Joint decision panel", "Youth Conditional Caution", "Youth Conditional Caution agreed at "
      "the joint decision panel with police."], "E2", "2024-02-20"),
    ([D(2024, 2, 27), "Assessment", "AssetPlus started", "First meeting with Callum and mum at home."], "S1",
     "2024-02-27"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 2, 7), "SW Green", "Home visit to mum and Callum: he says he loses his temper when told no; mum "
      "frightened. Early help for a parenting group."], "E3", "2024-02-07"),
    ([D(2024, 2, 4), "MASH", "Police notification: mother assaulted by her son at home last night, son "
      "arrested."], "E1", "2024-02-04"),
])])

R.xlsx("School.xlsx", [("Pastoral", [], [["Date", "Note"]], [
    ([D(2024, 2, 5), "Callum told his head of year he got arrested at the weekend for hitting mum. DSL "
      "informed."], "E1", "2024-02-05"),
])])

R.docx_paragraphs("Early Help.docx", "Early help - family support record", [
    ("01/03/2024 - Non-violent resistance (NVR) parenting group started: mum attended the first session.", "S2",
     "2024-03-01"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 2, 6), "Mum seen: bruised ribs after being assaulted by her son; feels unsafe at home. DA advice, "
      "IDVA details given."], "S3", "2024-02-06"),
])])
R.done()
