"""A held-out review (see ../README.md): python r449.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: baby Noah (8 weeks) and his mother Kayla (22), after a domestic incident and her overdose.
# Vocabulary, in other words than the earlier reviews': "verbal altercation", "DA incident", "PPN", "ingested",
# "POD" (paracetamol overdose), "NAC" (its antidote), "psych liaison", "salmon patch". Layouts: ordinary, so that
# the wording is what is tested.

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Type", "Summary"]], [
    ([D(2024, 5, 2), "23:15", "DA", "Call from neighbour: verbal altercation between a couple, male left prior to "
      "police arrival. Infant present. DASH medium. PPN to CSC."], "E1", "2024-05-02"),
])])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Presenting complaint", "Clinical notes"]], [
    ([D(2024, 5, 10), "19:40", "Poisoning/ingestion", "22F ingested approx 20 x paracetamol 500mg 2 hrs ago after "
      "an argument. Alert, GCS 15. Conveyed to ED."], "E2", "2024-05-10"),
])])

R.xlsx("Royal Infirmary ED.xlsx", [("Attendances", [], [["Arrival", "Complaint", "Notes"]], [
    ([D(2024, 5, 10, 20, 5), "Overdose", "Paracetamol OD 2.5 hrs pre-arrival, 10g. Levels above the line: NAC "
      "started. 8 week old son at home with grandmother. Psych liaison in the morning."], "E2", "2024-05-10"),
])])

R.xlsx("Perinatal Mental Health.xlsx", [("Contacts", [], [["Date", "Clinician", "Notes"]], [
    ([D(2024, 5, 11), "CPN Obi", "Referral from psych liaison following paracetamol overdose yesterday. Urgent "
      "assessment booked."], "E2", "2024-05-11"),
    ([D(2024, 5, 14), "CPN Obi", "Home visit: low mood since the birth, relationship volatile. Care plan agreed."],
     "A1", "2024-05-14"),
])])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date", "Contact", "Notes"]], [
    ([D(2024, 5, 5), "Home visit", "Mum disclosed police were called out to the flat on Thursday night after a row "
      "with partner. Routine enquiry done; DA leaflet given."], "E1", "2024-05-05"),
    ([D(2024, 5, 20), "Clinic", "Red mark to Noah's left cheek, 2cm. Mum unsure how. Discussed with safeguarding "
      "team; referral to CSC."], "E4", "2024-05-20"),
])])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 4, 26), "Dr Patel", "Noah 6-8 week check: well. Mum's postnatal check: tearful, EPDS 14."], "A2",
     "2024-04-26"),
    ([D(2024, 5, 14), "Admin", "A&E letter: POD 10/05, treated with NAC, discharged to perinatal team."], "E2",
     "2024-05-14"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 5, 3), "Contact", "PPN received: DA incident at the address 02/05, baby present. Information to "
      "HV."], "E1", "2024-05-03"),
    ([D(2024, 5, 20), "Contact", "Contact from HV: unexplained mark to Noah's cheek. Strategy discussion: CP "
      "medical tomorrow."], "E4", "2024-05-20"),
    ([D(2024, 5, 21), "S47", "CP medical: no concerns, the mark is a salmon patch (birthmark). NFA on s47; "
      "early help offered."], "E5", "2024-05-21"),
])])

R.xlsx("Paediatrics.xlsx", [("Clinic", [], [["Date", "Doctor", "Notes"]], [
    ([D(2024, 5, 21), "Dr Green", "Child protection medical: 2cm pink macule left cheek, blanching, a salmon "
      "patch. No injury seen. Not non-accidental."], "E5", "2024-05-21"),
])])
R.done()
