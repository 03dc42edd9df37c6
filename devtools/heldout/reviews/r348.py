"""A held-out review (see ../README.md): python r348.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A sudden unexpected death in infancy: Noah (10 weeks) found not breathing after sleeping on the sofa
# with his father, who had been drinking. Vocabulary: "SUDI", "JAR" (joint agency response), "CDR
# nurse", "AUDIT", "co-sleeping", "NBV", "resus". Layouts: the health visitor's workbook with a sheet
# for the mother and one for the baby; the housing team's dates typed "2024/02/02"; the GP's "09 Feb 24";
# a police return headed "When" and "What happened"; an ambulance service's "Time of call" and "Crew
# narrative"; a drug and alcohol service's sessions with the score in its own column.

R.xlsx("Health Visiting.xlsx", [
    ("Mum - Chloe", [], [["Date", "Contact", "Notes"]], [
        ([D(2024, 1, 5), "NBV", "New birth visit: Chloe tired, Liam drinks 'a few cans'. Safe sleep advice given, "
          "Moses basket seen."], "E1", "2024-01-05"),
    ]),
    ("Baby - Noah", [], [["Date", "Contact", "Notes"]], [
        ([D(2024, 3, 4), "Notification", "Informed by the CDR nurse that Noah died yesterday (SUDI)."], "E5",
         "2024-03-04"),
        ([D(2024, 3, 5), "Meeting", "JAR meeting at the hospital: HV record shared, safe sleep advice given at "
          "NBV."], "E6", "2024-03-05"),
    ]),
])

R.xlsx("Drug and Alcohol Service.xlsx", [("Sessions", [], [["Session date", "Worker", "AUDIT", "Summary"]], [
    ([D(2024, 1, 18), "Keyworker Amir", 22, "Liam's assessment: drinks 8-10 cans most nights; new baby at home. "
      "Agreed to cut down."], "E2", "2024-01-18"),
    ([D(2024, 3, 5), "Keyworker Amir", None, "Chloe rang: the baby died on Sunday. Liam not answering his phone."],
     "E5", "2024-03-05"),
])])

R.csv("Housing.csv", [["Tenancy services - contact log"]], ["Date", "Officer", "Contact"], [
    (["2024/02/02", "HO Clarke", "Chloe reports damp in the back bedroom: family all sleeping in the front room. "
      "Surveyor booked."], "E3", "2024-02-02"),
])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "GP", "Consultation"]], [
    (["09 Feb 24", "Dr Moss", "6-8 week check Noah: well, thriving. Mum's postnatal check: mood ok."], "E4",
     "2024-02-09"),
    (["04 Mar 24", "Admin", "Notification of death received from the hospital: Noah, 03/03/2024, SUDI."], "E5",
     "2024-03-04"),
])])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Time of call", "Category", "Crew narrative"]], [
    ([D(2024, 3, 3, 7, 12), "Cat 1", "10/52 infant not breathing, found by father on the sofa where they slept. "
      "CPR in progress on arrival; conveyed to ED under blue lights."], "E5", "2024-03-03"),
])])

R.xlsx("Hospital.xlsx", [("Paediatric ED", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 3, 3), "07:35", "Infant in resus after out of hospital cardiac arrest. Resuscitation stopped 08:05. "
      "SUDI protocol; police and CDR nurse informed."], "E5", "2024-03-03"),
    ([D(2024, 3, 5), "10:00", "CDR nurse: JAR meeting with police, HV and social care."], "E6", "2024-03-05"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["When", "Officer", "What happened"]], [
    ([D(2024, 3, 3, 7, 30), "DS Grant", "Sudden death of a baby: Noah (10 weeks). Father says they fell asleep on "
      "the sofa after he had been drinking. Home visit with the CDR nurse."], "E5", "2024-03-03"),
    ([D(2024, 3, 5, 10, 0), "DS Grant", "Joint agency response meeting (health, CSC): enquiries continue."], "E6",
     "2024-03-05"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 3, 3), "EDT", "Police notification: sudden unexpected death of Noah, 10 weeks, at home."], "E5",
     "2024-03-03"),
    ([D(2024, 3, 5), "SW Lee", "JAR meeting: no other children in the home; bereavement support offered."], "E6",
     "2024-03-05"),
    ([D(2024, 3, 12), "SW Lee", "Home visit to Chloe and Liam: grief, Liam drinking more."], "E7", "2024-03-12"),
])])
R.done()
