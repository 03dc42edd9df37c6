"""A held-out review (see ../README.md): python r353.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A family in bed and breakfast: Maisie (5 months) with a skull fracture after a reported fall from a
# sofa, seen through NHS 111, an urgent treatment centre and the emergency department that night.
# Vocabulary: "111", "UTC", "disposition", "TA", "B&B", "reduced timetable", "ICPC". Layouts: NHS 111's
# CSV with "Call start" as "03/02/2024 21:15:33" and a "Disposition"; the UTC's "Arrival" and
# "Departure" date-times; housing options; a school's log of the older brother; social care; police.

R.csv("NHS 111.csv", [], ["Call start", "Caller", "Symptoms", "Disposition"], [
    (["03/02/2024 21:15:33", "Mother", "5 month old fell from the sofa about an hour ago, has vomited twice.",
      "Attend UTC within 1 hour"], "E1", "2024-02-03"),
])

R.xlsx("Urgent Treatment Centre.xlsx", [("Attendances", [], [["Arrival", "Departure", "Diagnosis", "Notes"]], [
    ([D(2024, 2, 3, 22, 5), D(2024, 2, 3, 22, 40), "Head injury", "Fall from sofa per mum; boggy swelling right "
      "parietal. Transferred to ED by ambulance."], "E1", "2024-02-03"),
])])

R.xlsx("Hospital.xlsx", [("ED and ward", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 2, 3), "23:30", "Transfer from UTC. CT: right parietal skull fracture. Admitted to the children's "
      "ward. Safeguarding referral."], "E1", "2024-02-03"),
    ([D(2024, 2, 4), "11:00", "Strategy discussion (CSC, police): skeletal survey today; Maisie stays on the ward."],
     "E2", "2024-02-04"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Officer", "Details"]], [
    ([D(2024, 2, 4), "DS Khan", "Strategy discussion with CSC and the ward: s47 joint; parents to be interviewed."],
     "E2", "2024-02-04"),
    ([D(2024, 2, 12), "DS Khan", "ICPC attended: parents' accounts consistent; investigation continues."], "E6",
     "2024-02-12"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 2, 4), "EDT", "Referral from the children's ward: 5 month old with a skull fracture after a fall "
      "from a sofa last night."], "E1", "2024-02-04"),
    ([D(2024, 2, 4), "SW Dunn", "Strategy discussion with police and the ward: s47."], "E2", "2024-02-04"),
    ([D(2024, 2, 12), "SW Dunn", "ICPC: Maisie and Leo subject to CP plans (physical abuse, neglect)."], "E6",
     "2024-02-12"),
])])

R.xlsx("Housing Options.xlsx", [("Case notes", [], [["Date", "Officer", "Note"]], [
    ([D(2024, 1, 15), "HO Price", "Homeless application taken; family placed in TA (B&B, one room, shared "
      "kitchen)."], "E3", "2024-01-15"),
    ([D(2024, 2, 12), "HO Price", "Attended ICPC: move to self-contained TA prioritised."], "E6", "2024-02-12"),
])])

R.xlsx("St Marks Primary.xlsx", [("Leo", [], [["Date", "Staff", "Concern / note"]], [
    ([D(2024, 2, 6), "DSL", "Mum told us Maisie is in hospital with a head injury from falling off the sofa."],
     "E1", "2024-02-06"),
    ([D(2024, 2, 9), "Head", "Reduced timetable (mornings) agreed with mum while the family is in the B&B."],
     "E5", "2024-02-09"),
    ([D(2024, 2, 12), "DSL", "ICPC attended: school report shared."], "E6", "2024-02-12"),
])])
R.done()
