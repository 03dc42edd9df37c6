"""A held-out review (see ../README.md): python r390.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Faltering growth and neglect: Leo (2), whose parents both have learning disabilities; missed dietitian
# appointments, a hospital admission for weight gain, a police call about a row, a pre-birth assessment
# for a new baby. Vocabulary: "faltering growth", "0.4th centile", "was not brought", "PAMS assessment",
# "pre-birth", "dietetics", "feeding plan". Layouts: the police's narrative IMR in Word, each paragraph
# opening "On 12th March 2024 ..." or "In early April 2024 ..."; the health visitor's workbook; the
# hospital's dietetics letters as a CSV; the nursery's; the GP's; social care's.

R.docx_paragraphs("Police IMR.docx", "Northshire Police - chronology of involvement", [
    ("On 12th March 2024 officers attended the family home after a neighbour reported shouting. Both parents "
     "were calm on arrival; a toddler was asleep upstairs. No offences disclosed. A PPN was submitted.", "E2",
     "2024-03-12"),
    ("On the 2nd April 2024, a strategy discussion was held with children's social care about Leo's weight loss "
     "and the parents' ability to meet his needs.", "E4", "2024-04-02"),
    ("In May 2024 the neighbourhood team made several patrols of the street after reports of youths gathering; "
     "the family were not involved.", "A1", "2024-05-01"),
])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date", "HV", "Contact", "Notes"]], [
    ([D(2024, 2, 20), "HV Ames", "Clinic", "Leo weighed: dropped from 9th to 0.4th centile. Referred to the "
      "paediatric dietitian; feeding plan given."], "A2", "2024-02-20"),
    ([D(2024, 3, 14), "HV Ames", "Information", "PPN from police: row between the parents on 12/03, Leo asleep. "
      "Will visit."], "E2", "2024-03-14"),
    ([D(2024, 3, 25), "HV Ames", "Home visit", "Leo listless, little food in the flat. Discussed with GP, who "
      "arranged admission today."], "A7", "2024-03-25"),  # (its own visit: the admission followed it)
    ([D(2024, 4, 2), "HV Ames", "Meeting", "Strategy discussion: s47. PAMS assessment of the parents "
      "agreed."], "E4", "2024-04-02"),
])])

R.csv("Riverside Hospital Dietetics.csv", [], ["Appointment date", "Outcome", "Letter summary"], [
    (["06/03/2024", "Was not brought", "Leo was not brought to his dietetic appointment. Rebooked; HV "
      "informed."], "A3", "2024-03-06"),
    (["25/03/2024", "Admitted", "Admitted to the children's ward for a supervised feeding trial: weight 9.1kg, "
      "gained well on ward diet."], "E3", "2024-03-25"),
])

R.csv("GP surgery.csv", [], ["Date", "Clinician", "Entry"], [
    (["25/03/2024", "Dr Finch", "HV call: Leo lethargic, weight loss. Seen same day: dehydrated, sent to the "
      "children's ward."], "E3", "2024-03-25"),
    (["15/04/2024", "Dr Finch", "Mum 12 weeks pregnant. Booking with midwife arranged."], "A4", "2024-04-15"),
])

R.xlsx("Little Stars Nursery.xlsx", [("Log", [], [["Date", "Staff", "Observation"]], [
    ([D(2024, 3, 11), "Room leader", "Leo very hungry, ate three portions at lunch. Nappy not changed from "
      "home."], "A5", "2024-03-11"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 3, 13), "MASH", "PPN: police at the home on 12/03 after shouting reported; child asleep. Shared with "
      "HV."], "E2", "2024-03-13"),
    ([D(2024, 4, 2), "SW Okoro", "Strategy discussion with police and HV: s47 for Leo (faltering growth); PAMS "
      "parenting assessment to be commissioned."], "E4", "2024-04-02"),
    ([D(2024, 4, 22), "SW Okoro", "Pre-birth assessment opened for the unborn baby."], "A6", "2024-04-22"),
])])
R.done()
