"""A held-out review (see ../README.md): python r330.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Faltering growth: baby Lola (5 months) losing weight, twice not brought to clinic, a paediatric
# admission that found her gaining on the ward, neglect. Vocabulary: "faltering growth" (failure to
# thrive), "centile", "WNB", "dietitian", "feeding plan", "gained on the ward". Layouts: the health
# visiting system's CSV export with ISO date-times ("2024-03-12T00:00:00"); the paediatric clinic's
# letters as Word paragraphs opening "Clinic date: 12 March 2024."; the ward; the GP; social care.

R.csv("HV export.csv", [], ["ContactDateTime", "ContactType", "Outcome", "Narrative"], [
    (["2024-03-12T00:00:00", "Home visit", "Weight", "Lola 5.1kg, dropped from 25th to 2nd centile. Bottle feeds "
      "made weak to make the formula last. Referral to GP and paediatric clinic."], "E1", "2024-03-12"),
    (["2024-03-19T10:30:00", "Clinic", "WNB", "Lola was not brought to the weigh clinic."], None, "2024-03-19"),
    (["2024-04-16T00:00:00", "Professionals meeting", "Attended", "Professionals meeting at the hospital: "
      "discharge plan, daily HV visits for a week."], "E5", "2024-04-16"),
])

R.docx_paragraphs("Paediatric clinic letters.docx", "Community paediatrics – clinic letters (Lola)", [
    ("Clinic date: 26 March 2024. Lola was not brought. Second appointment offered; GP and HV informed.", "E3",
     "2024-03-26"),
    ("Clinic date: 9 April 2024. Seen with mum: weight 4.9kg, below 0.4th centile. Admitted to the children's ward "
     "for a feeding assessment. Safeguarding referral to CSC.", "E4", "2024-04-09"),
])

R.xlsx("Childrens ward.xlsx", [("Ward notes", [], [["Date", "Time", "Note"]], [
    ([D(2024, 4, 9), "14:20", "Admitted from paediatric clinic for observed feeding."], "E4", "2024-04-09"),
    ([D(2024, 4, 15), "11:00", "Gained 380g in 6 days on normal feeds. Impression: faltering growth from "
      "inadequate intake at home."], None, "2024-04-15"),
    ([D(2024, 4, 16), "12:00", "Professionals meeting on the ward (SW, HV, dietitian): discharge home tomorrow "
      "with a feeding plan."], "E5", "2024-04-16"),
    ([D(2024, 4, 17), "10:00", "Discharged home with mum."], "E6", "2024-04-17"),
])])

R.xlsx("GP.xlsx", [("Consultations", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 3, 14), "Dr Ellis", "Seen after HV referral: weight falling, formula diluted. Advice; paediatric "
      "referral (HV already made)."], "E2", "2024-03-14"),
    ([D(2024, 3, 27), "Admin", "Letter from paediatric clinic: not brought 26/03."], "E3", "2024-03-27"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Contacts", [], [["Date", "Contact", "Summary"]], [
    ([D(2024, 4, 9), "Referral", "Community paediatrician: Lola admitted, weight below 0.4th centile, not brought "
      "to clinic before."], "E4", "2024-04-09"),
    ([D(2024, 4, 16), "Meeting", "Professionals meeting at the hospital before discharge; s47 to continue."], "E5",
     "2024-04-16"),
    ([D(2024, 4, 18), "Visit", "Home visit the day after discharge: formula in date, feeds made correctly."], None,
     "2024-04-18"),
])])
R.done()
