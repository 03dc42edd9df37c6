"""A held-out review (see ../README.md): python r522.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: baby Lily (5 months), faltering growth and neglect. Each agency tells
# the same event in its own words: the weight as 'faltering growth', 'dropped two centile lines', 'weight below
# the 0.4th centile', 'not gaining weight'; the admission as 'admitted for a feeding assessment', 'on the ward
# for observed feeds', 'kept in for feeding obs'; the case conference as 'ICPC', 'initial conference', 'CP
# conference'. Layouts: health visiting's sheet with weights in their own column ('Weight (kg)', 'Centile');
# the GP's sheet whose dates are typed with dots and two-figure years ('02.04.24'); the hospital's Word table;
# children's services' CSV; the dietitian's sheet.

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date", "Contact", "Weight (kg)", "Centile", "Notes"]], [
    ([D(2024, 3, 28), "Home visit", 5.1, "2nd", "Weight has dropped two centile lines since the 8 week check; "
      "feeding history vague."], "S1", "2024-03-28"),
    ([D(2024, 4, 2), "Clinic", 5.0, "<0.4th", "Faltering growth: weight below the 0.4th centile. GP appointment made "
      "for today."], "E1", "2024-04-02"),
    ([D(2024, 4, 5), "Phone", None, None, "Ward told me Lily was admitted yesterday for observed feeds."], "E2",
     "2024-04-05"),
    ([D(2024, 4, 23), "Meeting", None, None, "Initial conference attended: child protection plan (neglect)."], "E4",
     "2024-04-23"),
])])

R.xlsx("GP Practice.xlsx", [("Consultations", [], [["Date", "Clinician", "Entry"]], [
    (["02.04.24", "Dr Shah", "Seen with mum after the HV clinic: not gaining weight, 5.0kg. Referred to "
      "paediatrics."], "E1", "2024-04-02"),
    (["23.04.24", "Dr Shah", "Report sent for the CP conference (not attended)."], "S2", "2024-04-23"),
])])

R.docx_table("Hospital Paediatrics.docx", "Paediatrics - record for Lily", ["Date", "Entry"], [
    (["04/04/2024", "Admitted for a feeding assessment (weight <0.4th centile). Social care informed."], "E2",
     "2024-04-04"),
    (["09/04/2024", "Discharged: gained 210g on the ward with observed feeds; discharge planning meeting held with "
      "social care."], "E3", "2024-04-09"),
])

R.csv("Children's Services.csv", [], ["Date", "Worker", "Summary"], [
    (["04/04/2024", "Duty SW", "Referral from paediatrics: 5 month old kept in for feeding obs, faltering growth, "
      "neglect concerns."], "E2", "2024-04-04"),
    (["09/04/2024", "SW Mensah", "Discharge planning meeting on the ward before Lily went home."], "E3",
     "2024-04-09"),
    (["23/04/2024", "IRO", "ICPC: child protection plan, category neglect."], "E4", "2024-04-23"),
])

R.xlsx("Dietitian.xlsx", [("Notes", [], [["Date", "Note"]], [
    ([D(2024, 4, 8), "Ward referral: feeding plan written; mum shown how to make up feeds."], "S3", "2024-04-08"),
])])
R.done()
