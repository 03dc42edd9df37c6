"""A held-out review (see ../README.md): python r285.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 15-year-old (Maisie) who self-harmed, waited for CAMHS, and took her own life. Vocabulary:
# "self-harm", "cutting", "DSL", "CPOMS", "triage", "waiting list", "RAG rating", "sudden death",
# "ROLE" (recognition of life extinct). Layouts: the school's CPOMS export, its columns "Student",
# "Incident", "Categories", "Date/Time of incident", "Date added" (a later day), "Action taken";
# CAMHS's CSV with dates written month first in words ("Jan 15, 2024"); the GP; the police with
# "Date reported"; the ambulance service.

R.xlsx("CPOMS export.xlsx", [("Incidents", [], [["Student", "Incident", "Categories", "Date/Time of incident",
                                                  "Date added", "Action taken"]], [
    (["Maisie T (Y10)", "Told form tutor she has been cutting her arms for a month; fresh cuts seen.",
      "Self-harm; Mental health", "12/01/2024 08:40", "12/01/2024 15:02",
      "DSL called mum; referral to CAMHS made online."], "E1", "2024-01-12"),
    (["Maisie T (Y10)", "Mum says CAMHS rang on Friday; Maisie is on the waiting list.", "Mental health",
      "22/01/2024 09:10", "23/01/2024 08:15", "Weekly check-ins with pastoral lead."], "E2", "2024-01-22"),
    (["Maisie T (Y10)", "Absent, mum reports Maisie had a migraine.", "Attendance", "31/01/2024 09:00",
      "31/01/2024 09:30", "None"], None, "2024-01-31"),
    (["Maisie T (Y10)", "Police and mum informed us Maisie died at home yesterday evening.", "Bereavement",
      "27/02/2024 08:00", "27/02/2024 10:45", "Critical incident plan; staff and pupils told."], "E4", "2024-02-27"),
])])

R.csv("CAMHS.csv", [], ["Date", "Type", "Entry"], [
    (["Jan 15, 2024", "Referral", "Referral from school DSL: 15F cutting arms for 4 weeks. To triage."], "E1",
     "2024-01-15"),
    (["Jan 19, 2024", "Triage", "Triage call with mother: no suicidal plan, RAG amber. Waiting list for assessment "
      "(approx 14 weeks). Crisis numbers given."], "E2", "2024-01-19"),
    (["Feb 9, 2024", "Letter", "Letter from GP (seen 06/02): low mood worse, asks us to expedite. Moved up the list."],
     "E3", "2024-02-09"),
    (["Feb 27, 2024", "Case note", "School informed us Maisie died on 26/02. Serious incident reported."], "E4",
     "2024-02-27"),
])

R.xlsx("GP Practice.xlsx", [("Journal", [], [["Date", "Entry"]], [
    ([D(2024, 2, 6), "Maisie with mum. Low mood, self-harm, sleeping badly, waiting for CAMHS. No plan. Letter to CAMHS "
      "to expedite; safety net advice."], "E3", "2024-02-06"),
    ([D(2024, 2, 28), "Notification of death from coroner's officer: 26/02/2024, suspected suicide."], "E4",
     "2024-02-28"),
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date reported", "Time", "Incident", "Detail"]], [
    ([D(2024, 2, 26), "19:52", "Sudden death", "Call from ambulance: 15-year-old female found hanged at home by mother. "
      "ROLE. Not suspicious. Coroner informed."], "E4", "2024-02-26"),
])])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Category", "Notes"]], [
    ([D(2024, 2, 26), "Cat 1", "Female 15 found by mother, CPR in progress on arrival. ROLE 20:05. Police on scene."],
     "E4", "2024-02-26"),
])])
R.done()
