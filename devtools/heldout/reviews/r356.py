"""A held-out review (see ../README.md): python r356.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A teenager's suicide: Jayden (15), bullied online, self-harming, known to CAMHS and school. Social
# care's and CAMHS's entries are long case notes (a hundred words and more, the event in the middle);
# the police's and the ambulance's are terse shorthand ("RTC", "S/H", "CAD 0412", "ROLE 0627").
# Vocabulary: "S/H", "TAF", "CAMHS crisis", "safety plan", "concern for welfare", "Kooth".

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Case note"]], [
    ([D(2024, 1, 17), "SW Adeyemi", "I visited the family home this afternoon following the referral from the "
      "school. Jayden's mother let me in and we spoke in the kitchen for about forty minutes; Jayden came down "
      "after a while. He said that the messages on Snapchat had stopped but he did not want to go back to school "
      "yet. He showed me the cuts on his left forearm, which are healing. Mum says she removes the blades she "
      "finds. We agreed a Team Around the Family and that I would speak to CAMHS about the waiting time. Jayden "
      "was polite but flat and avoided eye contact."], "E2", "2024-01-17"),
    ([D(2024, 2, 7), "SW Adeyemi", "TAF meeting held at school today with the head of year, the school nurse and "
      "the CAMHS practitioner. Mum attended; Jayden did not want to come. Attendance is now 61%. CAMHS confirmed "
      "he has been seen twice and a safety plan is in place. The plan is for a reduced timetable and weekly "
      "check-ins with the school nurse. I will close to social care if the TAF continues to work."], "E4",
     "2024-02-07"),
    ([D(2024, 3, 12), "Team manager", "Telephone call from the police this morning to tell us that Jayden died "
      "in the early hours at home. His mother found him. The police are treating the death as unexpected but not "
      "suspicious. I have informed the school and CAMHS. A rapid review will be convened."], "E6", "2024-03-12"),
])])

R.xlsx("CAMHS.xlsx", [("Clinical notes", [], [["Date of contact", "Clinician", "Note"]], [
    ([D(2024, 1, 24), "Crisis practitioner", "Seen in clinic with his mother following the school's referral and a "
      "call from the social worker. Jayden describes low mood for about six months, worse since a group chat "
      "shared pictures of him. He has cut his arms most nights; no suicide plan, though he has thought about it. "
      "Protective factors: his dog, his gran. We completed a safety plan together and he agreed to try Kooth. "
      "Follow-up in a week."], "E3", "2024-01-24"),
    ([D(2024, 2, 7), "Crisis practitioner", "Attended the team around the family meeting at school: safety plan "
      "shared with the head of year."], "E4", "2024-02-07"),
])])

R.xlsx("Hillside Academy.xlsx", [("CPOMS", [], [["Date", "Category", "Incident", "Action"]], [
    ([D(2024, 1, 15), "Self-harm", "Jayden's friend told Mr Cole that Jayden is cutting and is being sent "
      "horrible messages.", "DSL spoke to Jayden: cuts seen. Referral to MASH and CAMHS."], "E1", "2024-01-15"),
    ([D(2024, 2, 7), "Meeting", "TAF at school (SW, CAMHS, school nurse, mum).", "Reduced timetable."], "E4",
     "2024-02-07"),
    ([D(2024, 3, 12), "Bereavement", "SW rang: Jayden died last night at home.", "Critical incident plan; "
      "counsellors in."], "E6", "2024-03-12"),
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Log"]], [
    ([D(2024, 2, 24), "22:50", "CAD 2281: concern for welfare, 15yo M msg to friend re S/H. Attended, J safe at "
      "home, mum present. Info to MASH."], "E5", "2024-02-24"),
    ([D(2024, 3, 12), "06:20", "CAD 0412: sudden death 15yo M at home address. Found by mother. Not suspicious. "
      "CDOP notified."], "E6", "2024-03-12"),
])])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Notes"]], [
    ([D(2024, 3, 12), "06:12", "Cat 1 - hanging. ROLE 0627. Police on scene."], "E6", "2024-03-12"),
])])
R.done()
