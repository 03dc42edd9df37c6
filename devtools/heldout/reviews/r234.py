"""A held-out review (see ../README.md): python r234.py OUT_FOLDER writes its returns and truth.json."""

import csv
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# The suicide of a 15-year-old (A). Vocabulary: "OD", "NAC", "choice appointment", "CAMHS
# liaison", "ROLE", "malicious communications". Layouts: the school's CPOMS export (an incident, its
# categories, a "Date/Time" and actions with their own times in one cell); CAMHS's date-time cells;
# the GP's consultations over several rows ("History", "Plan" below the dated row); the police's
# times as numbers (2340); the hospital's ED and ward sheets.
school = [
    (["A (Y10)", "A disclosed to her tutor that she has been cutting her arms.", "Self-harm",
      "10/01/2023 11:05", "10/01/2023 11:30 - DSL spoke to A and rang mum\n10/01/2023 15:00 - mum advised to see GP",
      "DSL"], None, "2023-01-10"),
    (["A (Y10)", "A left at 2pm for her CAMHS appointment; mum collected.", "Attendance", "20/02/2023 14:00", "",
      "Attendance officer"], "E3", "2023-02-20"),
    (["A (Y10)", "Mum phoned: A is in hospital after taking an overdose on Saturday.", "Self-harm; Medical",
      "20/03/2023 08:45", "20/03/2023 09:00 - work sent home", "DSL"], "E4", "2023-03-20"),
    (["A (Y10)", "PC Hughes informed school that A's mum reported online harassment (Snapchat) yesterday.",
      "Online safety", "05/04/2023 10:20", "05/04/2023 - A spoken to; safety plan updated", "DSL"], "E6",
     "2023-04-05"),
    (["A (Y10)", "Headteacher informed by police of A's death over the weekend.", "Bereavement", "24/04/2023 08:10",
      "24/04/2023 - critical incident plan started", "Headteacher"], "E7", "2023-04-24"),
]
with open(R.folder / "School CPOMS export.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["Student", "Incident", "Categories", "Date/Time", "Action Taken", "Assigned to"])
    r = 2
    for cells, event, iso in school:
        w.writerow(cells)
        R._note("School CPOMS export.csv", None, r, event, iso, cells[1])
        r += 1 + sum(str(c).count("\n") for c in cells)

R.xlsx("CAMHS.xlsx", [("RiO events", [], [["Event date", "Event type", "Clinician", "Notes"]], [
    ([D(2023, 1, 16, 9, 30), "Referral", "Triage team", "Referral received from GP (seen 12/01): self-harm, low mood. "
      "Triaged as routine, choice appointment offered."], "E2", "2023-01-16"),
    ([D(2023, 2, 20, 14, 30), "Choice appointment", "Dr Flynn", "Seen with mum. Low mood, cutting, no suicidal plan. "
      "For CBT waiting list."], "E3", "2023-02-20"),
    ([D(2023, 3, 20, 9, 0), "Notification", "CAMHS liaison", "ED liaison notified us of A's overdose on 18/03; "
      "admitted to the children's ward."], "E4", "2023-03-20"),
    ([D(2023, 3, 21, 11, 0), "Liaison assessment", "CAMHS liaison", "Seen on the ward: regrets the overdose. Safety "
      "plan with A and mum. Urgent follow-up in 7 days."], "E5", "2023-03-21"),
    ([D(2023, 4, 24, 10, 0), "Notification", "Team manager", "Informed by police that A died on Saturday 22/04."],
     "E7", "2023-04-24"),
])])

gp = [
    (["12/01/2023", "Consultation", "Seen with mum: self-harm (superficial cuts, forearms) disclosed at school on "
      "10/01. Low mood for 3 months."], "E2", "2023-01-12"),
    (["", "Plan", "Referral to CAMHS. Safety netting advice. Review 2 weeks."], None, None),
    (["25/04/2023", "Admin", "Notification of death received: A, 22/04/2023."], "E7", "2023-04-25"),
]
with open(R.folder / "GP practice.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["Date", "Type", "Details"])
    for r, (cells, event, iso) in enumerate(gp, start=2):
        w.writerow(cells)
        if cells[0]:
            R._note("GP practice.csv", None, r, event, iso, cells[2])

R.xlsx("Police.xlsx", [("Incidents", [], [["Incident date", "Incident time", "Log no", "Summary"]], [
    ([D(2023, 4, 4), 1830, "L-1290", "Mother reports A (15) being harassed on Snapchat by her ex-boyfriend. Crime "
      "recorded: malicious communications."], "E6", "2023-04-04"),
    ([D(2023, 4, 22), 210, "L-0044", "Sudden death: A (15) found by her father, suspected suicide. Coroner "
      "informed; school and CAMHS to be told."], "E7", "2023-04-22"),
])])

R.csv("Ambulance.csv", [], ["Date", "Time", "Chief complaint", "Outcome"], [
    (["18/03/2023", "23:40", "15F overdose, paracetamol 16 tablets about 21:00.", "Conveyed to ED"], "E4",
     "2023-03-18"),
    (["22/04/2023", "02:15", "Cardiac arrest, hanging. ROLE at 02:31.", "Police on scene"], "E7", "2023-04-22"),
])

R.xlsx("Hospital.xlsx", [
    ("ED", [], [["Arrival date/time", "Diagnosis", "Outcome"]], [
        (["19/03/2023 00:20", "Paracetamol overdose (staggered?). Level at 4 hours above the line: NAC started.",
          "Admitted, children's ward"], "E4", "2023-03-19"),
    ]),
    ("Ward", [], [["Date", "Entry"]], [
        (["21/03/2023", "Seen by CAMHS liaison. Medically fit; discharged home with mum and a safety plan."], "E5",
         "2023-03-21"),
    ]),
])
R.done()
