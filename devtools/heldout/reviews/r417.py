"""A held-out review (see ../README.md): python r417.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Jess (18), a care leaver, and her baby Poppy; domestic abuse at her
# supported flat. Vocabulary: "pre-birth", "PA" (personal adviser), "STORM" (the police's command and
# control log), "grade I2", "PPN", "ICPC", "new birth visit". Layouts: the supported housing's incident
# reports from Microsoft Forms (a CSV with 'Start time' and 'Completion time' in the form's month-first
# style, then questions as headers: 'Date of the incident', 'What happened?', 'What did you do?'); the
# police's STORM log with 'Incident Created' and 'Grade'; midwifery's; the leaving care team's; social
# care's; health visiting's.

R.csv("Brightside Supported Housing - incident reports.csv", [],
      ["ID", "Start time", "Completion time", "Email", "Name", "Date of the incident", "Which resident?",
       "What happened?", "What did you do?"], [
    (["14", "7/10/24 9:02:11", "7/10/24 9:15:40", "night.staff@brightside.example", "Night staff",
      "09/07/2024", "Jess (flat 2)", "Loud argument in flat 2 at about 22:30, a man shouting and the baby "
      "crying. Jess's boyfriend refused to leave.", "Called the police at 22:40. Officers removed him. Told "
      "Jess's PA in the morning."], "E3", "2024-07-09"),
    (["15", "7/18/24 14:20:05", "7/18/24 14:31:12", "support.worker@brightside.example", "Key worker",
      "18/07/2024", "Jess (flat 2)", "Jess's boyfriend seen in the car park despite the safety plan.",
      "Reminded Jess of the plan; logged."], "A1", "2024-07-18"),
])

R.xlsx("Police - STORM log.xlsx", [("STORM", [], [["Incident Created", "Incident No", "Grade", "Opening code",
                                                   "Log summary", "Closing code"]], [
    ([D(2024, 7, 9, 22, 41), "1342-09072024", "I2", "Domestic incident", "Staff at Brightside report a male "
      "shouting in flat 2, baby present. Officers attended: male removed and warned. DASH standard. PPN to "
      "CSC.", "Domestic - no offences"], "E3", "2024-07-09"),
])])

R.xlsx("Maternity.xlsx", [("Midwifery", [], [["Date", "Time", "Midwife", "Entry"]], [
    ([D(2024, 5, 20), "10:00", "CMW Patel", "Antenatal at 32 weeks. Jess lives in supported housing; says the "
      "baby's father is 'not around'."], "A2", "2024-05-20"),
    ([D(2024, 6, 3), "14:00", "Safeguarding MW", "Pre-birth strategy discussion with CSC and Jess's PA. "
      "Pre-birth assessment to start."], "E1", "2024-06-03"),
    ([D(2024, 6, 20), "04:12", "Labour ward", "SVD: baby girl Poppy, 3.1kg. Birth plan followed: CSC "
      "informed of the birth."], "E2", "2024-06-20"),
])])

R.xlsx("Leaving Care Team.xlsx", [("PA contacts", [], [["Date", "Contact", "Notes"]], [
    ([D(2024, 6, 3), "Meeting", "Joined the pre-birth strategy discussion by phone."], "E1", "2024-06-03"),
    ([D(2024, 6, 10), "Home visit", "Visited Jess at Brightside: cot and pram bought, she is anxious about "
      "the assessment."], "A3", "2024-06-10"),
    ([D(2024, 6, 21), "Text", "Jess texted: Poppy born yesterday morning, both well."], "E2", "2024-06-21"),
    ([D(2024, 7, 10), "Phone", "Brightside told me police were called to Jess's flat last night: boyfriend "
      "shouting, baby there."], "E3", "2024-07-10"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 6, 3), "Strategy discussion", "Pre-birth strategy discussion with midwifery and the leaving care "
      "PA: threshold for a pre-birth assessment met."], "E1", "2024-06-03"),
    ([D(2024, 6, 21), "Notification", "Birth notification: Poppy born 20/06 at 04:12."], "E2", "2024-06-21"),
    ([D(2024, 7, 10), "PPN", "PPN from police: domestic incident at Jess's flat on 09/07, baby present."],
     "E3", "2024-07-10"),
    ([D(2024, 7, 15), "ICPC", "Initial child protection conference: Poppy subject to a CP plan (emotional "
      "harm)."], "E4", "2024-07-15"),
])])

R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "Contact type", "Details"]], [
    ([D(2024, 7, 2), "New birth visit", "Poppy feeding well. Jess tired; supported housing staff helpful."],
     "A4", "2024-07-02"),
    ([D(2024, 7, 15), "Conference", "Attended the ICPC for Poppy. Report shared."], "E4", "2024-07-15"),
])])
R.done()
