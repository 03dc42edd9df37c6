"""A held-out review (see ../README.md): python r297.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 7-year-old with cystic fibrosis (Ava) twice not brought to clinic, her enzymes not sent to school,
# her weight falling; an admission for IV antibiotics. Vocabulary: "CF", "WNB", "no access visit",
# "Creon" (enzymes), "tune-up", "IVs", "PICC line", "medical neglect", "professionals meeting".
# Layouts: the children's hospital's appointments CSV ("Appt Date", "Clinic", "Attendance" with codes
# ATT / WNB / NA, "Comments"); the GP; children's services; the school nurse's Word notes, one
# paragraph each starting "5th October 2023:"; the school.

R.csv("Childrens Hospital appointments.csv", [], ["Appt Date", "Clinic", "Attendance", "Comments"], [
    (["12/09/2023", "CF clinic", "WNB", "Ava not brought. Letter to GP and parents. CF nurse to visit."], "E1",
     "2023-09-12"),
    (["20/09/2023", "CF nurse home visit", "NA", "No access visit: no answer, curtains closed. Card left."], None,
     "2023-09-20"),
    (["03/10/2023", "CF clinic", "WNB", "Second WNB, last weight down 1.2kg. Safeguarding team referral to children's "
      "services (medical neglect)."], "E3", "2023-10-03"),
    (["10/10/2023", "Safeguarding", "ATT", "Professionals meeting chaired by Dr Hale (CF consultant): CSC, school "
      "nurse, GP."], "E5", "2023-10-10"),
    (["16/10/2023", "Ward 4", "ATT", "Admitted for 14 days of IV antibiotics (tune-up), PICC line."], "E6",
     "2023-10-16"),
])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2023, 9, 15), "Letter from children's hospital: Ava not brought to CF clinic 12/09."], "E1", "2023-09-15"),
    ([D(2023, 10, 10), "Attended professionals meeting re Ava's CF care."], "E5", "2023-10-10"),
])])

R.xlsx("Childrens Services.xlsx", [("Notes", [], [["Date", "Type", "Note"]], [
    ([D(2023, 10, 3), "Contact", "Referral from the children's hospital safeguarding team: Ava (7, CF) not brought "
      "twice, weight falling."], "E3", "2023-10-03"),
    ([D(2023, 10, 10), "Meeting", "Professionals meeting at the hospital. Plan: SW and CF nurse joint visit."], "E5",
     "2023-10-10"),
    ([D(2023, 10, 17), "Case note", "Ava admitted yesterday for two weeks of IVs."], "E6", "2023-10-17"),
])])

R.docx_paragraphs("School Nursing.docx", "School Nursing – Ava", [
    ("5th October 2023: Visited school. Ava coughing, no Creon in school since September; mum not answering. Told "
     "the DSL.", "E4", "2023-10-05"),
    ("10th October 2023: Professionals meeting at the children's hospital.", "E5", "2023-10-10"),
])

R.xlsx("Brook Primary.xlsx", [("Log", [], [["Date", "Entry"]], [
    ([D(2023, 10, 5), "School nurse in re Ava's enzymes: none in school since September. Mum phoned, no answer."],
     "E4", "2023-10-05"),
    ([D(2023, 10, 16), "Mum rang: Ava admitted to hospital for two weeks of IVs."], "E6", "2023-10-16"),
])])
R.done()
