"""A held-out review (see ../README.md): python r558.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Jayden Cole (14), who set fires. Each agency tells the same event in its
# own words: 'Refuse fire in communal bin store … cause deliberate', 'report from FRS of a deliberate fire',
# 'residents reported a fire in the bin store'; the arrest as 'arrested on suspicion of arson', 'Police
# notification: Jayden arrested for arson'; the school's fire as 'setting light to paper towels in the boys'
# toilets' and the fire service's 'Automatic fire alarm actuation … paper towels alight'.
# Layouts: the fire service's CSV 'Incident No | Call received | Incident type | Address | Narrative' with the date
# and time in one text cell; the police's 'Occurrence ref | Reported date/time | Offence | Summary' with dates as
# text; the school's Word table 'Date | Staff | Concern | Action'; social care's sheet under a title and a blank
# row; the youth justice service's sheet; the hospital's ED sheet; housing's sheet.

R.csv("Fire and Rescue Service.csv", [], ["Incident No", "Call received", "Incident type", "Address", "Narrative"], [
    (["FRS-24-01187", "14/02/2024 21:37", "Secondary fire - refuse", "Elm Court", "Refuse fire in communal bin "
      "store. Crew extinguished with hose reel. Youths seen running off. Cause: deliberate."], "E1", "2024-02-14"),
    (["FRS-24-01702", "04/03/2024 15:00", "Home safety - firesetter", "12 Elm Court", "Firesetter intervention: "
      "home visit to Jayden and his mother with the youth justice worker; fire safety education, smoke alarms "
      "tested."], "E3", "2024-03-04"),
    (["FRS-24-01933", "12/03/2024 10:52", "AFA - school", "Oakfield Academy", "Automatic fire alarm actuation: "
      "paper towels alight in toilets, out on arrival. School evacuated."], "E4", "2024-03-12"),
    (["FRS-24-02410", "02/04/2024 19:41", "Primary fire - dwelling", "12 Elm Court", "Fire in a first floor flat, "
      "bedroom. One female rescued by crew in BA, smoke inhalation, handed to ambulance."], "E6", "2024-04-02"),
])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Occurrence ref", "Reported date/time", "Offence", "Summary"]], [
    (["OCC/24/3391", "14/02/2024 22:05", "Arson", "Report from FRS of deliberate fire at Elm Court bin store; CCTV "
      "requested from the housing association."], "E1", "2024-02-14"),
    (["OCC/24/3391", "20/02/2024 10:15", "Arson", "Jayden COLE (14) arrested on suspicion of arson re the bin store "
      "fire, identified on CCTV. Interviewed with appropriate adult; released under investigation."], "E2",
     "2024-02-20"),
    (["OCC/24/5120", "02/04/2024 19:55", "Arson - reckless", "Attended with FRS: bedroom fire at 12 Elm Court. "
      "Son (14) says he started it with a lighter."], "E6", "2024-04-02"),
])])

R.docx_table("Oakfield Academy.docx", "Oakfield Academy - safeguarding log: Jayden Cole",
             ["Date", "Staff", "Concern", "Action"], [
    (["12/03/2024", "Head of Year", "Jayden found setting light to paper towels in the boys' toilets; fire alarm "
      "activated and building evacuated.", "Suspended for 3 days."], "E4", "2024-03-12"),
    (["18/03/2024", "DSL", "Child in need meeting at home attended.", "Reintegration plan agreed."], "E5",
     "2024-03-18"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [["Jayden Cole - chronology of involvement"], []],
                                       [["Date", "Type", "Entry"]], [
    ([D(2024, 2, 21), "Notification", "Police notification: Jayden arrested for arson (bin store fire), RUI."], "E2",
     "2024-02-21"),
    ([D(2024, 3, 12), "Phone call", "School called: Jayden suspended for setting a fire in the toilets."], "E4",
     "2024-03-12"),
    ([D(2024, 3, 18), "Meeting", "Child in need meeting: school, YJS and the fire service present; plan agreed."],
     "E5", "2024-03-18"),
    ([D(2024, 4, 2), "EDT", "EDT: police report a fire at the family home this evening, started by Jayden; mum "
      "taken to hospital."], "E6", "2024-04-02"),
])])

R.xlsx("Youth Justice Service.xlsx", [("Contacts", [], [["Date", "Contact", "Notes"]], [
    ([D(2024, 3, 4), "Home visit", "Joint home visit with the fire service's firesetter advocate; Jayden engaged "
      "well."], "E3", "2024-03-04"),
    ([D(2024, 3, 18), "Meeting", "CIN meeting attended."], "E5", "2024-03-18"),
    ([D(2024, 4, 25), "Court", "Youth court: pleaded guilty to arson (bin store); referral order 9 months."], "S1",
     "2024-04-25"),
])])

R.xlsx("Hospital ED.xlsx", [("Attendances", [], [["Arrival", "Presenting complaint", "Outcome"]], [
    ([D(2024, 4, 2, 20, 30), "Smoke inhalation after a house fire. Observations stable, sats 97%.",
      "Discharged home with advice."], "E6", "2024-04-02"),
])])

R.xlsx("Housing Association.xlsx", [("Log", [], [["Date", "Officer", "Note"]], [
    ([D(2024, 2, 15), "NO", "Residents reported a fire in the bin store at Elm Court last night."], "E1",
      "2024-02-15"),
    ([D(2024, 4, 3), "NO", "Emergency decant: family moved to a void flat at Birch Court, fire damage to 12 Elm "
      "Court."], "S2", "2024-04-03"),
])])
R.done()
