"""A held-out review (see ../README.md): python r492.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Chloe (19), a care leaver, self-harm and homelessness. Each agency tells the same
# event in its own words: an overdose as 'intentional ingestion', 'deliberate self-poisoning', 'DSH', 'taken
# tablets'; being put out by her mother as 'parental eviction' and 'asked to leave'; a detention as 's136' and
# 'place of safety'. Layouts: the ambulance service's 'Date | Time of call | Category | Clinical summary';
# the emergency department's 'Attendance | Diagnosis | Plan'; a hostel's 'Date | Staff | Incident / note';
# the council's housing options 'Approach date | Reason for homelessness | Outcome'; the leaving care team's
# 'Date | PA | Contact'; the police's sheet; the mental health trust's 'Date | Team | Entry'.

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time of call", "Category", "Clinical summary"]], [
    ([D(2024, 2, 2), "21:14", "Cat 2", "19F intentional ingestion 30 x 500mg paracetamol approx 2 hrs ago at a "
      "hostel. Alert, tearful. Conveyed to ED."], "E1", "2024-02-02"),
])])

R.xlsx("Emergency Department.xlsx", [("ED", [], [["Attendance", "Diagnosis", "Plan"]], [
    ([D(2024, 2, 2, 21, 58), "Deliberate self-poisoning (paracetamol), level above treatment line.",
      "IV acetylcysteine. Psychiatric liaison review once medically fit."], "E1", "2024-02-02"),
])])

R.xlsx("Hostel.xlsx", [("Log", [], [["Date", "Staff", "Incident / note"]], [
    ([D(2024, 2, 2), "Night worker", "Chloe came to the office drowsy and said she had taken tablets. 999 called, "
      "paramedics took her to hospital."], "E1", "2024-02-02"),
    ([D(2024, 2, 26), "Key worker", "Chloe moved in today from the council's emergency placement."], "E4",
     "2024-02-26"),
])])

R.xlsx("Housing Options.xlsx", [("Approaches", [], [["Approach date", "Reason for homelessness", "Outcome"]], [
    ([D(2024, 1, 22), "Parental eviction - mother no longer willing to accommodate",
      "Emergency B&B placement; referral to supported housing."], "E0", "2024-01-22"),
    ([D(2024, 2, 26), "Move on from B&B", "Placed at the hostel (supported housing)."], "E4", "2024-02-26"),
])])

R.csv("Leaving Care.csv", [], ["Date", "PA", "Contact"], [
    (["22/01/2024", "PA Osei", "Chloe rang: mum asked her to leave last night after a row about money. Went with "
      "her to housing options."], "E0", "2024-01-22"),
    (["05/02/2024", "PA Osei", "Hospital told me Chloe took an overdose on Friday; medically fit now, seen by "
      "psychiatric liaison."], "E1", "2024-02-05"),
    (["20/02/2024", "PA Osei", "Police rang: Chloe held on a 136 overnight after being found on the bridge. "
      "Not detained further."], "E3", "2024-02-20"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 2, 19), "23:35", "Female on the wrong side of the railings on Victoria Bridge. Talked back by officers, "
      "detained under s136 MHA and taken to the place of safety."], "E3", "2024-02-19"),
])])

R.xlsx("Mental Health Trust.xlsx", [("Record", [], [["Date", "Team", "Entry"]], [
    ([D(2024, 2, 5), "Psychiatric liaison", "Seen on the medical ward after paracetamol OD on 02/02. Says it was "
      "impulsive after the eviction. Referred to the crisis team."], "S1", "2024-02-05"),
    ([D(2024, 2, 20), "S136 suite", "MHA assessment 02:10 following police detention on the bridge. Not detained "
      "further; home treatment team to follow up."], "E3", "2024-02-20"),
])])
R.done()
