"""A held-out review (see ../README.md): python r482.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Aiden (15), radicalisation and then missing episodes. Layouts: a school's
# 'Ref | Date | Time | Logged by | Concern | Action taken | Outcome' log with a numbered reference; the police's
# Prevent team's 'Date referral received | Source | Summary | Decision'; the local authority's Channel return as
# Word paragraphs opening 'On 12 February 2024, …'; CAMHS as a cp1252 CSV of 'Appt date | Appt type |
# Clinician | Attended? | Summary'; the missing person team's sheet of 'Reported missing | Found | Circumstances'.

R.xlsx("Northfield Academy.xlsx", [("Safeguarding log", [["Northfield Academy - safeguarding chronology"],
                                                        ["Pupil: A.B.  DOB 03/2009"], []],
                                    [["Ref", "Date", "Time", "Logged by", "Concern", "Action taken", "Outcome"]], [
    ([1, D(2024, 1, 15), "13:10", "IT teacher", "Aiden watching videos of an extreme right-wing group in the IT suite; "
      "said the group was 'only telling the truth'.", "DSL informed; Prevent referral made online.",
      "Referral acknowledged by Prevent."], "E1", "2024-01-15"),
    ([2, D(2024, 2, 12), "10:00", "DSL", "Channel panel.", "DSL attended and shared attendance and behaviour record.",
      "Mentor to be offered."], "E3", "2024-02-12"),
    ([3, D(2024, 3, 4), "08:45", "Attendance officer", "Aiden absent, mum rang to say he had not come home last night "
      "and police know.", "First day calling; DSL told.", ""], "E5", "2024-03-04"),
    ([4, D(2024, 3, 6), "09:00", "DSL", "Aiden back in school, quiet and tired.", "Check-in with pastoral lead.",
      ""], "S1", "2024-03-06"),
])])

R.xlsx("Police - Prevent.xlsx", [("Prevent", [], [["Date referral received", "Source", "Summary", "Decision"]], [
    ([D(2024, 1, 15), "Education", "15 year old male viewing extreme right-wing material in school, expressing support "
      "for the group.", "Gateway assessment opened."], "E1", "2024-01-15"),
    ([D(2024, 1, 29), "CTP", "Gateway assessment completed: vulnerability and ideology present, no offences.",
      "Referred to Channel (local authority)."], "E2", "2024-01-29"),
    ([D(2024, 2, 12), "CTP", "Channel panel: case adopted, intervention provider to be assigned.",
      "Police case officer to remain on panel."], "E3", "2024-02-12"),
])])

R.docx_paragraphs("Local Authority Channel.docx", "Channel - chronology of involvement", [
    ("On 29 January 2024, the Channel coordinator received a referral from Counter Terrorism Policing following a "
     "gateway assessment of Aiden.", "E2", "2024-01-29"),
    ("On 12 February 2024, the Channel panel met and adopted the case; school, police and CAMHS attended. An "
     "intervention provider was commissioned.", "E3", "2024-02-12"),
    ("On 26 February 2024, the intervention provider met Aiden for a first session at school.", "S2", "2024-02-26"),
    ("On 4 March 2024, police told the coordinator Aiden had been reported missing overnight.", "E5", "2024-03-04"),
])

R.csv("CAMHS.csv", [], ["Appt date", "Appt type", "Clinician", "Attended?", "Summary"], [
    (["01/02/2024", "Choice appt", "Clinical psychologist", "Yes", "Low mood, isolation, spends nights online. "
      "Mum worried about what he is watching."], "S3", "2024-02-01"),
    (["12/02/2024", "Professionals meeting", "Clinical psychologist", "Yes", "Attended Channel panel; shared "
      "CAMHS involvement with consent."], "E3", "2024-02-12"),
    (["20/02/2024", "Partnership appt", "Clinical psychologist", "No", "Was not brought; mum rang to say Aiden "
      "refused to get up."], "S4", "2024-02-20"),
], encoding="cp1252")

R.xlsx("Police - Missing.xlsx", [("Missing", [], [["Reported missing", "Found", "Circumstances"]], [
    ([D(2024, 3, 3, 23, 40), D(2024, 3, 5, 7, 15), "Mum reported Aiden missing after he left home at 8pm after "
      "an argument. Graded medium risk given Prevent involvement.  Found at a friend's flat in Leeds."], "E5",
     "2024-03-03"),
])])
R.done()
