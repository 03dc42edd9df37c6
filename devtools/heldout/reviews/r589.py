"""A held-out review (see ../README.md): python r589.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Max Turner (9) lives with his grandmother under a special guardianship order;
# his outbursts grow violent and the placement nearly breaks down. Each agency tells the same event in its own words:
# '999 from Mrs Turner: grandson (9) smashing windows, hit her with a chair' and 'Gran rang: police came last night
# after Max hit her with a chair'; CAMHS's assessment and the school's 'Max left at 1pm for his CAMHS appointment';
# a suspension as the school and the special guardianship support team write it; a support plan review meeting.
# Layouts: the police's sheet with date-times typed '08/03/2024 1730hrs'; the special guardianship support team's
# OpenDocument sheet; CAMHS's sheet with dates typed '14th March 2024'; the school's CSV in cp1252 with ';' between
# cells and separate 'Date' and 'Time' columns.

R.xlsx("Avon and Somerset Police.xlsx", [("Incidents", [], [["Incident Date/Time", "Log no", "Log"]], [
    (["08/03/2024 1730hrs", "5224/0308", "999 from Mrs Turner: grandson (9) smashing windows, hit her with a chair. "
      "Officers attended, child calmed; gran has a cut to her arm, declined medical help. Words of advice. Referral to "
      "CSC."], "E1", "2024-03-08"),
])])

R.ods("Special Guardianship Support Team.ods", "Case notes", ["Date", "Worker", "Note"], [
    ([D(2024, 2, 26), "SGO SW Hill", "Annual review of the special guardianship allowance; gran asks for respite."],
     "S1", "2024-02-26"),
    ([D(2024, 3, 9), "Duty", "Gran rang: police came last night after Max hit her with a chair. She is not sure she "
      "can carry on."], "E1", "2024-03-09"),
    ([D(2024, 3, 20), "SGO SW Hill", "School informed us: Max suspended for 3 days for kicking a TA."], "E3",
     "2024-03-20"),
    ([D(2024, 4, 2), "SGO SW Hill", "Support plan review at school with gran, the DSL and CAMHS: respite weekends and "
      "therapeutic parenting course."], "E4", "2024-04-02"),
])

R.xlsx("CAMHS.xlsx", [("Clinical notes", [], [["Date", "Clinician", "Note"]], [
    (["14th March 2024", "Dr Walsh", "Initial assessment with Max and his grandmother: early trauma, ADHD screen, "
      "sleep poor."], "E2", "2024-03-14"),
    (["2nd April 2024", "Dr Walsh", "Joined the special guardianship support plan review at school."], "E4",
     "2024-04-02"),
    (["22nd April 2024", "Admin", "Letter: ADHD assessment waiting list about 9 months."], "S6", "2024-04-22"),
])])

R.csv("Oak Tree Primary.csv", [], ["Date", "Time", "Note"], [
    (["14/03/2024", "13:00", "Max left at 1pm for his CAMHS appointment with gran."], "E2", "2024-03-14"),
    (["20/03/2024", "11:15", "Suspension 3 days: Max kicked Mrs Lee (TA) in the classroom. Gran and the special "
      "guardianship support team informed."], "E3", "2024-03-20"),
    (["02/04/2024", "15:30", "Support plan review meeting with gran, the SGO support worker and CAMHS."], "E4",
     "2024-04-02"),
    (["19/04/2024", "09:00", "Attendance 89% this year; Max settled since the half-term."], "S5", "2024-04-19"),
], encoding="cp1252", delimiter=";")
R.done()
