"""A held-out review (see ../README.md): python r448.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Aisha (14), in a children's home, sexually exploited. Vocabulary: "CSE",
# "RHI" (return home interview), "MFH", "curfew", "strategy meeting", "EDT", "sexual health". Layouts: the
# police's missing episodes as a CSV exported for Excel in Europe (its first line "sep=;", which Excel reads as
# the separator and does not show: the header is the row Excel numbers 1), one row an episode with 'Reported
# Missing' and 'Located'; the children's home's daily log by 'Shift'; the school's columns in another order
# (Details, Staff, Date); the missing service's; the sexual health clinic's; social care's.

police = [
    ("Reported Missing", "Located", "Risk", "Circumstances"),
    ("05/04/2024 21:30", "06/04/2024 03:10", "High", "Aisha (14) not back at Oakview by curfew. Located in a car in "
     "Blackburn with two adult males; intelligence submitted re CSE. Returned to the home."),
    ("20/04/2024 22:05", "21/04/2024 12:40", "High", "Missing again from Oakview. Found at a flat in Accrington "
     "known for drug supply. Males arrested."),
]
with open(os.path.join(sys.argv[1], "Police missing episodes.csv"), "w", encoding="cp1252", newline="") as fh:
    fh.write("sep=;\r\n")
    for row in police:
        fh.write(";".join(f'"{cell}"' for cell in row) + "\r\n")
# (rows as Excel shows them: the "sep=;" line is not shown)
R._note("Police missing episodes.csv", None, 2, "E1", "2024-04-05", police[1][3])
R._note("Police missing episodes.csv", None, 3, "E5", "2024-04-20", police[2][3])

R.xlsx("Oakview Childrens Home.xlsx", [("Daily log", [], [["Date", "Shift", "Staff", "Log entry"]], [
    ([D(2024, 4, 5), "Night", "RSW Lee", "Aisha not back by curfew (21:00), phone off. Reported missing to police "
      "21:30 and EDT informed."], "E1", "2024-04-05"),
    ([D(2024, 4, 6), "Night", "RSW Lee", "03:40 Aisha returned by police. Smelt of alcohol, would not talk. Went to "
      "bed."], "E2", "2024-04-06"),
    ([D(2024, 4, 9), "AM", "Manager", "Manager attended the strategy meeting about CSE. Safety plan: no phone after "
      "10pm, staff to collect from school."], "E3", "2024-04-09"),
    ([D(2024, 4, 20), "PM", "RSW Khan", "Aisha left at 19:00 saying she was going to the shop, did not return. "
      "Reported missing 22:05."], "E5", "2024-04-20"),
])])

R.xlsx("Riverside High School.xlsx", [("Safeguarding", [], [["Details", "Staff", "Date"]], [
    (["Aisha in school but exhausted; has a new iPhone she says her cousin gave her.", "DSL", D(2024, 4, 8)], "A1",
     "2024-04-08"),
    (["DSL attended the CSE strategy meeting. School to monitor lateness and who collects her.", "DSL",
      D(2024, 4, 9)], "E3", "2024-04-09"),
])])

R.xlsx("Missing Service.xlsx", [("RHIs", [], [["Date", "Worker", "Notes"]], [
    ([D(2024, 4, 8), "RHI worker", "Return home interview at Oakview: Aisha says she was with friends, refused to "
      "name them."], "A2", "2024-04-08"),
])])

R.xlsx("Sexual Health Clinic.xlsx", [("Visits", [], [["Visit date", "Clinician", "Notes"]], [
    ([D(2024, 4, 15), "Nurse Ali", "14 yr old attended with a male in his 20s she called her cousin, requesting "
      "emergency contraception. Fraser competent; safeguarding referral to children's social care."], "E4",
     "2024-04-15"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Type", "Note"]], [
    ([D(2024, 4, 5), "EDT", "Oakview: Aisha missing since 21:00, police informed."], "E1", "2024-04-05"),
    ([D(2024, 4, 6), "Case note", "Aisha returned by police at 03:40, found in a car with adult males."], "E2",
     "2024-04-06"),
    ([D(2024, 4, 9), "Strategy meeting", "CSE strategy meeting with police, school and Oakview: s47, CSE risk "
      "assessment, disruption of the males."], "E3", "2024-04-09"),
    ([D(2024, 4, 15), "Contact", "Contact from the sexual health clinic: Aisha attended with a man in his 20s "
      "asking for emergency contraception."], "E4", "2024-04-15"),
    ([D(2024, 4, 20), "EDT", "Aisha missing again from Oakview."], "E5", "2024-04-20"),
])])
R.done()
