"""A held-out review (see ../README.md): python r277.py OUT_FOLDER writes its returns and truth.json."""

import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# A 3-year-old (Amelia) and her father's heroin use; an ingestion of methadone. Vocabulary:
# "methadone", "naloxone", "supervised consumption", "lockbox", "take-home doses", "ingestion",
# "PICU". Layouts: the drug service's CSV with every cell quoted, dates "Tue 03 Jan 2023" and notes
# over several lines in one cell; the ambulance service; the hospital; the nursery; social care.
rows = [["Date", "Keyworker", "Session notes"],
        ["Tue 03 Jan 2023", "KW Shah", "Script review.\nDad on 60 ml methadone, 3 take-home doses a week.\nLockbox "
         "discussed; says it is kept on top of the fridge."],
        ["Mon 16 Jan 2023", "KW Shah", "Dad rang in distress: Amelia drank from his methadone bottle this "
         "morning.\nAmbulance called.\nSafeguarding referral to CSC."],
        ["Wed 18 Jan 2023", "KW Shah", "Back to daily supervised consumption; no take-home doses."]]
with open(R.folder / "Drug and alcohol service.csv", "w", encoding="utf-8", newline="") as fh:
    csv.writer(fh, quoting=csv.QUOTE_ALL).writerows(rows)
line = 2
for row, (event, iso) in zip(rows[1:], [(None, "2023-01-03"), ("E1", "2023-01-16"), (None, "2023-01-18")]):
    R._note("Drug and alcohol service.csv", None, line, event, iso, row[2])
    line += 1 + row[2].count("\n")

R.csv("Ambulance.csv", [], ["Date", "Time", "Notes"], [
    (["16/01/2023", "08:12", "3 yr old possible methadone ingestion, drowsy, pinpoint pupils. Naloxone given. "
      "Conveyed to Children's ED."], "E1", "2023-01-16"),
])

R.xlsx("Childrens Hospital.xlsx", [("ED and PICU", [], [["Date", "Time", "Note"]], [
    (["16/01/2023", "08:40", "Methadone ingestion, 3 yrs: naloxone infusion, admitted to PICU. Police and CSC "
      "informed."], "E1", "2023-01-16"),
    (["18/01/2023", "12:00", "Discharged to maternal grandmother under a safety plan."], "E2", "2023-01-18"),
])])

R.xlsx("Little Acorns Nursery.xlsx", [("Log", [], [["Date", "Note"]], [
    (["16/01/2023", "Amelia not in; grandma rang at 9:30 to say she is in hospital after swallowing dad's "
      "medicine."], "E1", "2023-01-16"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    (["16/01/2023", "Referral from the drug service and the hospital: Amelia (3) drank methadone at home, on "
      "PICU. Strategy discussion."], "E1", "2023-01-16"),
    (["18/01/2023", "Amelia discharged to her grandmother under a safety plan; dad to leave the home."], "E2",
     "2023-01-18"),
])])
R.done()
