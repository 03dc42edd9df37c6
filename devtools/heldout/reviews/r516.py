"""A held-out review (see ../README.md): python r516.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Ryan (41), detained under the Mental Health Act, discharged, then died by
# suicide. Each agency tells the same event in its own words: 'detained under section 136 on the bridge',
# 'received on a 136 from police', 'brought to the place of safety'; 'MHA assessment: detained s2', 'assessed
# by the AMHP and two doctors, sectioned'; 'discharged from Ward 3 to the home treatment team', 'discharge
# summary: s2 ended'; his death as 'found hanging', 'sudden death, suspected suicide', 'died by suspected
# suicide', 'coroner notification'. Layouts: the mental health trust's clinical system export (a CSV 'Date of
# Event | Event Type | Clinical Note' with date-times and seconds, notes opening 'Progress Note - '); the
# ambulance service's sheet 'Call received | Chief complaint | Clinical narrative'; the police's OpenDocument
# sheet; the AMHP service's Word paragraphs '12.03.2024 - ...'; the GP's sheet.

R.csv("Mental Health Trust.csv", [], ["Date of Event", "Event Type", "Clinical Note"], [
    (["12/03/2024 16:05:00", "Place of safety", "Progress Note - Received on a 136 from police, agitated, "
      "voicing suicidal thoughts. Seen by the S12 doctor."], "E1", "2024-03-12"),
    (["12/03/2024 21:30:00", "MHA", "Progress Note - Assessed by the AMHP and two doctors: sectioned (s2), admitted "
      "to Ward 3."], "E2", "2024-03-12"),
    (["02/04/2024 11:00:00", "Discharge", "Progress Note - S2 ended. Discharged from Ward 3 to the home treatment "
      "team; S117 aftercare."], "E3", "2024-04-02"),
    (["03/04/2024 14:00:00", "HTT visit", "Progress Note - HTT home visit: low mood, denies plans, medication "
      "supervised."], "S1", "2024-04-03"),
    (["22/04/2024 09:15:00", "Incident", "Progress Note - Informed by police that Ryan died by suspected suicide on "
      "Saturday. Datix completed."], "E5", "2024-04-22"),
])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Call received", "Chief complaint", "Clinical narrative"]], [
    ([D(2024, 4, 20, 7, 48), "Hanging", "Male found hanging by partner at home. ROLE. Police in attendance."], "E5",
     "2024-04-20"),
])])

R.ods("Police.ods", "Log", ["Date", "Type", "Details"], [
    (["12/03/2024", "S136", "Male detained under section 136 on the Wye bridge after threatening to jump; taken to "
      "the place of safety at the mental health unit."], "E1", "2024-03-12"),
    (["20/04/2024", "Sudden death", "Sudden death of a 41 year old male at home, non-suspicious, suspected suicide. "
      "Coroner informed; mental health trust to be told."], "E5", "2024-04-20"),
])

R.docx_paragraphs("AMHP Service.docx", "Approved Mental Health Professional service - record (Ryan)", [
    ("12.03.2024 - MHA assessment at the 136 suite with two doctors: detained under section 2, bed on Ward 3.",
     "E2", "2024-03-12"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 4, 5), "Discharge summary from Ward 3: s2 ended, discharged 02/04 to the home treatment team."], "E3",
     "2024-04-05"),
    ([D(2024, 4, 23), "Coroner notification: Ryan died 20/04/2024."], "E5", "2024-04-23"),
])])
R.done()
