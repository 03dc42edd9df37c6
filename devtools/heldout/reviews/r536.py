"""A held-out review (see ../README.md): python r536.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Daniel (24), autistic, living with his parents, in crisis. Each agency tells the
# same event in its own words: 'meltdown at home, damaged property', 'son smashing the house up', 'violent
# outburst, father injured'; the police as 'restrained by officers', 'handcuffed for his safety'; the crisis
# team as 'home treatment team assessment', 'crisis team visit', 'seen by crisis at home'; the respite as
# 'emergency respite bed found', 'short stay at Willow Lodge'. Layouts: the police's sheet with a 'Call type'
# column; the mental health crisis team's CSV with 'Contact date/time'; adult social care's sheet with 'Date
# received' and 'Date completed'; the respite service's Word paragraphs; the GP's sheet.

R.xlsx("Police.xlsx", [("Calls", [], [["Date", "Time", "Call type", "Log"]], [
    ([D(2024, 8, 3), "19:20", "Domestic - parent/child", "Father reports his autistic son smashing the house up; "
      "father's hand cut. Son restrained by officers for his safety, calmed; crisis team called."], "E1",
     "2024-08-03"),
])])

R.csv("Crisis Team.csv", [], ["Contact date/time", "Clinician", "Note"], [
    (["03/08/2024 21:10", "Crisis nurse", "Seen by crisis at home after police attended a meltdown: no mental "
      "illness, needs autism support; asked ASC for emergency respite."], "E2", "2024-08-03"),
])

R.xlsx("Adult Social Care.xlsx", [("Work", [], [["Date received", "Date completed", "Worker", "Record"]], [
    ([D(2024, 8, 3), D(2024, 8, 3), "EDT", "Crisis team request: emergency respite for an autistic man after a "
      "violent outburst at home, father injured."], "E2", "2024-08-03"),
    ([D(2024, 8, 5), D(2024, 8, 5), "SW Lewis", "Emergency respite bed found at Willow Lodge; Daniel moved there "
      "today with his dad."], "E3", "2024-08-05"),
])])

R.docx_paragraphs("Respite Service.docx", "Willow Lodge - short stay record (Daniel)", [
    ("05/08/2024 - Short stay started: arrived with his father at 14:00, anxious; visual timetable used.", "E3",
     "2024-08-05"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 8, 5), "Father seen: laceration to the hand from the incident with Daniel on Saturday, steri-strips; "
      "carer strain."], "S1", "2024-08-05"),
])])
R.done()
