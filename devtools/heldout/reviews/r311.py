"""A held-out review (see ../README.md): python r311.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Two sisters (Poppy, 6, and Rose, 3) in a neglected home: a review of both, whose returns carry a
# column naming the child, two schools, a head lice and dental neglect pattern, then a fire. Vocabulary:
# "Child A/Child B", "home conditions", "graded care profile", "safe and well visit" (the fire
# service's), "hoarding", "CIN", "PLO". Layouts: children's social care with a "Child" column and two
# dates, "Date recorded" and "Date of event" (the event's is the one to read); the infant school's and
# the nursery's returns; the fire service with dates "04.03.2024" and times "14.20"; health visiting
# with a "Child" column too; the police.

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date recorded", "Date of event", "Child", "Type",
                                                           "Note"]], [
    ([D(2023, 10, 3), D(2023, 10, 2), "Poppy & Rose", "Contact", "School referral: Poppy hungry, head lice, same "
      "clothes all week. Rose's nursery shares concerns."], "E1", "2023-10-02"),
    ([D(2023, 10, 20), D(2023, 10, 17), "Poppy & Rose", "Visit", "Home visit with HV: rubbish bags in hall, no "
      "beds for the girls (mattress on floor). GCP2 to be completed."], "E2", "2023-10-17"),
    ([D(2023, 11, 14), D(2023, 11, 14), "Poppy & Rose", "Meeting", "Initial CIN meeting: school, nursery, HV. "
      "Plan: beds, dentist, lice treatment."], "E3", "2023-11-14"),
    ([D(2024, 1, 9), D(2024, 1, 8), "Poppy & Rose", "Contact", "Fire service: small fire in the kitchen last "
      "night, hoarded rubbish. Family out safely."], "E4", "2024-01-08"),
    ([D(2024, 1, 26), D(2024, 1, 26), "Poppy & Rose", "Meeting", "Legal gateway: PLO agreed."], None,
     "2024-01-26"),
])])

R.xlsx("Westfield Infant School.xlsx", [("CPOMS", [], [["Date", "Category", "Incident"]], [
    ([D(2023, 10, 2), "Neglect", "Poppy hungry, took food from other children's lunch boxes, head lice. DSL "
      "referral to MASH."], "E1", "2023-10-02"),
    ([D(2023, 11, 14), "Meeting", "DSL attended CIN meeting for Poppy and Rose."], "E3", "2023-11-14"),
    ([D(2024, 1, 8), "Attendance", "Poppy absent; mum says there was a fire last night."], "E4", "2024-01-08"),
])])

R.xlsx("Little Acorns Nursery.xlsx", [("Log", [], [["Date", "Note"]], [
    ([D(2023, 10, 2), "Rose: nappy not changed overnight, sore. Shared with Poppy's school DSL, who is referring."],
     None, "2023-10-02"),
    ([D(2023, 11, 14), "CIN meeting attended (Rose and her sister)."], "E3", "2023-11-14"),
])])

R.xlsx("Fire and Rescue.xlsx", [("Incidents", [], [["Date", "Time", "Type", "Narrative"]], [
    (["04.10.2023", "14.20", "Safe and well visit", "Requested by HV: smoke alarms fitted; excessive clutter in "
      "hallway, advice."], None, "2023-10-04"),
    (["07.01.2024", "23.35", "Dwelling fire", "Kitchen fire, cooker, heavy fire loading from rubbish. Mother and "
      "two girls self-evacuated. Referral to CSC."], "E4", "2024-01-07"),
])])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date", "Child", "Contact", "Note"]], [
    ([D(2023, 10, 17), "Rose", "Joint visit", "Joint home visit with SW: home conditions very poor. Referred to "
      "fire service for a safe and well visit."], "E2", "2023-10-17"),
    ([D(2023, 11, 14), "Rose", "Meeting", "CIN meeting: dental referral for Rose made."], "E3", "2023-11-14"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Note"]], [
    ([D(2024, 1, 8), "Attended with fire service 00:05: kitchen fire, no crime. Children safe with mother at "
      "neighbour's. Notification to CSC."], "E4", "2024-01-08"),
])])
R.done()
