"""A held-out review (see ../README.md): python r266.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# A 14-year-old (Aisha) privately fostered by a family friend after arriving from abroad, locked
# out at night. Vocabulary: "private fostering", "PF notification", "regulation 7 visit",
# "welfare check", "EAL", "new arrival". Layouts: the school's log with "Week" and "Day" columns
# before the date; the council's notes with long dates ("Monday 6th March 2023"); the GP's CSV with
# ISO date-times ("2023-03-14T00:00:00"); the police.
R.xlsx("Riverside School.xlsx", [("Safeguarding", [], [["Week", "Day", "Date", "Entry", "By"]], [
    (["Wk 9", "Mon", "06/03/2023", "New arrival Aisha (14, EAL) lives with a family friend, Mrs O; parents in "
      "Nigeria. Private fostering notification made to the council.", "DSL"], "E1", "2023-03-06"),
    (["Wk 10", "Tue", "14/03/2023", "SW (private fostering) met Aisha in the DSL's office.", "DSL"], "E2",
     "2023-03-14"),
    (["Wk 13", "Mon", "03/04/2023", "Aisha told the DSL she was locked out on Sunday night and the police came. "
      "Tired, hungry.", "DSL"], "E4", "2023-04-03"),
])])

R.xlsx("Council childrens services.xlsx", [("Notes", [], [["Date", "Worker", "Notes"]], [
    (["Monday 6th March 2023", "Front door", "Private fostering notification from Riverside School: Aisha (14) "
      "living with Mrs O, a family friend."], "E1", "2023-03-06"),
    (["Tuesday 14th March 2023", "SW Khan", "Saw Aisha alone at school with the DSL: happy at Mrs O's, misses her "
      "mum."], "E2", "2023-03-14"),
    (["Thursday 16th March 2023", "SW Khan", "Regulation 7 visit to Mrs O's home: room shared with two children, "
      "no concerns raised."], None, "2023-03-16"),
    (["Monday 3rd April 2023", "EDT", "Police notification: Aisha found locked out at 22:00 last night; Mrs O "
      "says she came home late."], "E4", "2023-04-03"),
])])

R.csv("GP practice.csv", [], ["Date", "Consultation"], [
    (["2023-03-20T00:00:00", "New patient check: Aisha, 14, arrived from Nigeria in February; immunisation "
      "history unknown; catch-up booked."], None, "2023-03-20"),
])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Incident"]], [
    (["02/04/2023", "22:05", "Welfare check: neighbour reported a girl crying outside; Aisha (14) locked out by "
      "her carer. Let back in after words of advice. Notification to children's services."], "E4", "2023-04-02"),
])])
R.done()
