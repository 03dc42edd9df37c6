"""A held-out review (see ../README.md): python r507.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Kieran (16), homeless, then exploited. Each agency tells the same event
# in its own words: 'presented as homeless', 'sofa surfing', 'put out by his stepdad'; the joint assessment as
# 'joint protocol assessment', 'assessment with housing under the 16/17 protocol'; 'section 20 offered',
# 'declined to be accommodated'. Layouts: the council's housing options CSV with 'Approach date' written
# '12-Mar-24'; children's services' sheet of 'Date | Worker | Contact | Outcome'; a youth homelessness charity's
# Word table; the police's sheet; the college's sheet with 'Week' and 'Date' columns.

R.csv("Housing Options.csv", [], ["Approach date", "Officer", "Reason", "Notes"], [
    (["12-Mar-24", "Youth housing officer", "Family exclusion", "16 year old presented as homeless: put out by his "
      "stepdad after an argument. Referred to children's services under the 16/17 protocol."], "E1",
     "2024-03-12"),
    (["14-Mar-24", "Youth housing officer", "Joint assessment", "Joint protocol assessment with the social worker "
      "at the civic centre. Kieran declined section 20; emergency supported lodgings found."], "E2",
     "2024-03-14"),
])

R.xlsx("Children's Services.xlsx", [("Contacts", [], [["Date", "Worker", "Contact", "Outcome"]], [
    ([D(2024, 3, 12), "Duty SW", "Referral from housing: 16 year old homeless after being asked to leave by his "
      "stepfather.", "Assessment with housing under the 16/17 protocol on Thursday."], "E1", "2024-03-12"),
    ([D(2024, 3, 14), "SW Grant", "Assessment with housing: Kieran wants his own place, declined to be accommodated "
      "under s20 after the implications were explained.", "Child in need plan; supported lodgings."], "E2",
     "2024-03-14"),
])])

R.docx_table("Youth Homelessness Charity.docx", "Supported lodgings - key work notes", ["Date", "Worker", "Note"], [
    (["15/03/2024", "Key worker", "First key work session at the host family's: Kieran settled, house rules "
      "agreed."], "S2", "2024-03-15"),
    (["02/04/2024", "Key worker", "Host reports Kieran out all night twice this week, new trainers and a second "
      "phone."], "S1", "2024-04-02"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 3, 10), "23:20", "Disturbance at the family home: 16 year old and his stepfather arguing, the boy told "
      "to leave. Words of advice; he went to a friend's."], "E0", "2024-03-10"),
    ([D(2024, 4, 12), "03:10", "Kieran stopped in a car in a known drug area with two adults; cash and two phones. "
      "Intelligence submitted (CCE)."], "E3", "2024-04-12"),
])])

R.xlsx("College.xlsx", [("Pastoral", [], [["Week", "Date", "Record"]], [
    (["Wk 28", D(2024, 3, 11), "Kieran says he is sofa surfing after his stepdad kicked him out at the weekend."],
     "E0", "2024-03-11"),
    (["Wk 33", D(2024, 4, 15), "Police told us Kieran was stopped in a car with adults in the early hours on "
      "Friday."], "E3", "2024-04-15"),
])])
R.done()
