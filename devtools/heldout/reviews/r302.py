"""A held-out review (see ../README.md): python r302.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 9-year-old with an EHCP (Amelia), withdrawn from school to elective home education after absence
# fines, then not seen by any agency for months. Vocabulary: "EHE" (elective home education),
# "off-rolled", "deregistration", "EHCP", "annual review", "EWO" (education welfare officer), "penalty
# notice", "CME" (child missing education), "SALT", "persistent absence". Layouts: the school's
# attendance notes with dates after a short weekday ("Mon 04/09/23"); the council's EHE team with dates
# in words ("4th Sept 2023"); the SEN team; children's social care with a sheet per year ("2023",
# "2024"); the GP; the community paediatrician.

R.xlsx("Oakfield Primary.xlsx", [("Attendance notes", [["Oakfield Primary School – attendance and "
                                                        "safeguarding notes"]], [["Date", "Staff", "Note"]], [
    (["Mon 04/09/23", "Office", "First day of term: Amelia absent, no call. Mum texted later: ill."], None,
      "2023-09-04"),
    (["Thu 21/09/23", "EWO", "Attendance meeting with mum: 62% last year. Penalty notice warning."], "E1",
     "2023-09-21"),
    (["Mon 02/10/23", "Head", "Letter from mum: withdrawing Amelia to educate her at home. Removed from roll, "
      "EHE team and SEN team told."], "E2", "2023-10-02"),
])])

R.xlsx("EHE Team.xlsx", [("Contacts", [], [["Date", "Type", "Notes"]], [
    (["21st Sept 2023", "Meeting", "EWO attended school attendance meeting; mum angry about fines."], "E1",
     "2023-09-21"),
    (["3rd Oct 2023", "Notification", "Deregistration notice from Oakfield Primary: Amelia now home educated. "
      "Child has an EHCP so consent of LA not needed (mainstream) – SEN informed."], "E2", "2023-10-03"),
    (["17th Oct 2023", "Letter", "Initial EHE letter sent asking for a plan of education."], None, "2023-10-17"),
    (["28th Nov 2023", "Visit", "Home visit: no answer. Card left."], "E3", "2023-11-28"),
    (["15th Jan 2024", "Visit", "Second home visit refused at the door by mum; no sight of Amelia. Referral to "
      "children's social care."], "E4", "2024-01-15"),
])])

R.xlsx("SEN Team.xlsx", [("Log", [], [["Date", "Officer", "Entry"]], [
    ([D(2023, 7, 5), "Case officer", "EHCP annual review at school: SALT and OT provision continues."], None,
      "2023-07-05"),
    ([D(2023, 10, 4), "Case officer", "Told by school that Amelia came off roll on 02/10 for EHE."], "E2",
     "2023-10-04"),
])])

R.xlsx("Childrens Social Care.xlsx", [
    ("2023", [], [["Date", "Worker", "Case note"]], [
        ([D(2023, 11, 29), "Duty", "Contact from EHE team: no answer at a home visit yesterday. Advice given; "
          "NFA at this stage."], "E3", "2023-11-29"),
    ]),
    ("2024", [], [["Date", "Worker", "Case note"]], [
        ([D(2024, 1, 16), "MASH", "Referral from EHE officer: mum refused a visit, Amelia not seen since July, "
          "EHCP needs unmet. Strategy discussion requested."], "E4", "2024-01-16"),
        ([D(2024, 1, 18), "SW Grey", "Strategy discussion (police, health, education): s47 agreed."], "E5",
         "2024-01-18"),
        ([D(2024, 1, 19), "SW Grey", "Home visit with PC Lowe: Amelia seen, very underweight, home in poor "
          "condition. Medical arranged."], "E6", "2024-01-19"),
    ]),
])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    ([D(2023, 6, 2), "Missed immunisation reminder sent."], None, "2023-06-02"),
    ([D(2024, 1, 18), "Strategy meeting, GP info shared by practice nurse: no contact since 2022."], "E5",
      "2024-01-18"),
])])

R.xlsx("Community Paediatrics.xlsx", [("Clinic", [], [["Date seen", "Clinician", "Letter summary"]], [
    ([D(2024, 1, 22), "Dr Olu", "Child protection medical: weight below 0.4th centile, dental decay, head lice. "
      "Neglect likely."], None, "2024-01-22"),
])])
R.done()
