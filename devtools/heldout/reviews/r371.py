"""A held-out review (see ../README.md): python r371.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Noah (9) dies after a car crash; his father, Lee, was driving over the limit with Noah unbelted in the
# front. Earlier: a drink-driving arrest, Noah late and smelling of smoke at school, a referral about
# Lee's drinking. Vocabulary: "RTC", "collision", "FCIU" (forensic collision investigation unit),
# "HEMS" (the air ambulance), "MTC" (major trauma centre), "drink drive", "CDOP", "rapid review".
# Layouts: the police's return with a 'Day/Date' column ('Thu 14/03/2024'); the air ambulance's CSV
# with 'Mission date' and 'Tasked'; the major trauma centre's arrival date-times; the school's Word
# paragraphs dated '14.03.24 – …'; social care's .xlsx.

R.xlsx("Police.xlsx", [("Chronology", [], [["Day/Date", "Time", "Officer", "Details"]], [
    (["Sat 20/01/2024", "23:40", "PC Rowe", "Lee TURNER stopped on the A41: 2x over the limit, arrested drink drive. "
      "Child (9) asleep in the back; taken home to his mother. PPN."], "E1", "2024-01-20"),
    (["Thu 14/03/2024", "16:25", "Roads policing", "RTC on Mill Road: car left the road and hit a tree. Driver (Lee "
      "TURNER) and child passenger (front seat, no belt) injured. HEMS landed. Driver breath test positive; "
      "arrested. FCIU attended."], "E3", "2024-03-14"),
    (["Fri 15/03/2024", "09:00", "DS Hall", "Child passenger Noah TURNER died overnight at the MTC. Investigation "
      "now causing death by careless driving under the influence."], "E4", "2024-03-15"),
])])

R.csv("Air Ambulance.csv", [], ["Mission date", "Tasked", "Incident", "Clinical notes", "Destination"], [
    (["14/03/2024", "16:31", "RTC - car v tree", "9M front seat passenger, unrestrained, GCS 6, head injury. RSI on "
      "scene.", "Major trauma centre by air"], "E3", "2024-03-14"),
])

R.xlsx("Major Trauma Centre.xlsx", [("Trauma", [], [["Arrival date/time", "Area", "Summary"]], [
    ([D(2024, 3, 14, 17, 20), "Resus / PICU", "9M by HEMS after RTC: severe TBI. Transferred to PICU. Father "
      "(driver) in adult ED under police guard."], "E3", "2024-03-14"),
    ([D(2024, 3, 15, 3, 50), "PICU", "Noah died 03:50 after withdrawal of treatment with his mother present. "
      "Police and coroner informed; JAR."], "E4", "2024-03-15"),
])])

R.docx_paragraphs("Meadow Primary.docx", "Meadow Primary School - Noah Turner", [
    ("05.02.24 – Noah late again (4th time this half term), smelled of smoke and said dad 'sleeps a lot'. "
     "DSL spoke to mum.", "A1", "2024-02-05"),
    ("06.02.24 – Referral to MASH re dad's drinking (mum told us of his arrest for drink driving in January).",
     "E2", "2024-02-06"),
    ("15.03.24 – Police and head of social care told us Noah died in hospital this morning after a car crash "
     "yesterday. Critical incident plan.", "E4", "2024-03-15"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 1, 22), "MASH", "PPN from police: father arrested for drink driving with Noah in the car on "
      "20/01. Information only; letter to mum."], "E1", "2024-01-22"),
    ([D(2024, 2, 6), "MASH", "Referral from Meadow Primary: father's drinking, Noah late and tired. Early help "
      "offered; mum declined."], "E2", "2024-02-06"),
    ([D(2024, 3, 15), "Head of service", "Police: Noah (9) died in PICU overnight after a crash on 14/03; father "
      "arrested. Rapid review to be convened; CDOP notified."], "E4", "2024-03-15"),
])])
R.done()
