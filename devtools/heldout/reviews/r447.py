"""A held-out review (see ../README.md): python r447.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A learning review after a suicide: Ellie (20), a university student. Vocabulary: "s136", "place of safety",
# "AMHP", "MHA assessment", "CRHT" (crisis resolution and home treatment), "halls", "wellbeing". Layouts: the
# mental health trust's CSV of '03-Mar-2024 23:30' date-times and notes in headed sections over several lines;
# the AMHP service's 'Date of assessment' and 'Outcome'; the university's Word table under a title naming its
# academic year ('2023/24') over days written 'Mon 4 Mar'; the police's; the GP's.

R.csv("Mental Health Trust.csv", [], ["Event Date", "Event Type", "Team", "Note"], [
    (["03-Mar-2024 23:30", "Assessment", "Place of Safety", "Presentation: brought by police under s136 from the "
      "bridge.\nRisk: high, impulsive.\nPlan: not detained after MHA assessment; CRHT to visit tomorrow."], "E1",
     "2024-03-03"),
    (["04-Mar-2024 15:00", "Home visit", "CRHT", "Presentation: tearful, ashamed.\nRisk: reduced, protective "
      "factor her mum.\nPlan: daily visits for 3 days."], "A1", "2024-03-04"),
    (["28-Mar-2024 16:20", "Admin", "CRHT", "Informed by police that Ellie has died. Serious incident "
      "reported."], "E5", "2024-03-28"),
])

R.xlsx("AMHP Service.xlsx", [("Assessments", [], [["Date of assessment", "AMHP", "Outcome", "Notes"]], [
    ([D(2024, 3, 3), "AMHP Ross", "Not detained", "s136 suite: assessed with two doctors. Agreed to crisis team "
      "follow up; mum to stay with her."], "E1", "2024-03-03"),
])])

R.docx_table("Northshire University.docx", "Student Wellbeing Service - contacts 2023/24",
             ["Date", "Staff", "Summary"], [
    (["Mon 4 Mar", "Adviser Kaur", "Flatmate reported Ellie was taken away by police last night from the bridge. "
      "Emailed Ellie offering an appointment."], "E1", "2024-03-04"),
    (["Tue 12 Mar", "Security", "Welfare check at halls after missed meetings: Ellie in her room, said she was "
      "fine."], "A2", "2024-03-12"),
    (["Thu 28 Mar", "Head of Wellbeing", "Police informed the university that Ellie had died. Flatmates "
      "supported."], "E5", "2024-03-28"),
])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Incident", "Summary"]], [
    ([D(2024, 3, 3), "22:10", "Concern for safety", "Female 20 on the wrong side of the railings on Castle Bridge. "
      "Talked back by officers, detained under s136, taken to the place of safety."], "E1", "2024-03-03"),
    ([D(2024, 3, 28), "07:55", "Sudden death", "Body of a female recovered from the river below Castle Bridge, "
      "identified as Ellie. Not suspicious. Family and university informed."], "E5", "2024-03-28"),
])])

R.xlsx("GP.xlsx", [("Consultations", [], [["Date", "Clinician", "Notes"]], [
    ([D(2024, 3, 20), "Dr Evans", "Low mood, sertraline increased to 100mg. Safety plan reviewed; CRHT "
      "discharged her last week."], "A3", "2024-03-20"),
    ([D(2024, 4, 2), "Admin", "Notification of death received from police (28/03/2024)."], "E5", "2024-04-02"),
])])
R.done()
