"""A held-out review (see ../README.md): python r391.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Three children, two schools, one family: Operation Encompass notifications reach both schools after
# each domestic incident; the eldest (14) at the secondary, the younger two at the primary. Vocabulary:
# "Operation Encompass", "key adult", "DA notification", "Clare's Law", "CIN plan". Layouts: the
# secondary's CPOMS export (a category column, date-times 'dd/mm/yyyy hh:mm'); the primary's workbook;
# the police's CSV with a crime number column; the HV's workbook (the youngest's sibling, a baby);
# social care's workbook.

R.csv("Police.csv", [], ["Crime no", "Occurrence date", "Officer", "Summary"], [
    (["NS/24/1102", "09-02-2024", "PC Lyle", "DA at the family address: Tom (partner) threw a mug at Sarah, "
      "cut to her forehead. Three children and a baby present. Arrested. Encompass sent to both schools."], "E1",
     "2024-02-09"),
    (["NS/24/1877", "08-03-2024", "PC Lyle", "Second DA call: verbal argument, Tom breached bail by attending. "
      "Arrested for breach. Encompass notifications sent."], "E3", "2024-03-08"),
    (["-", "20-03-2024", "DS Webb", "Clare's Law disclosure made to Sarah about Tom's previous convictions."],
     "A1", "2024-03-20"),
])

R.csv("Northfield High CPOMS.csv", [], ["Date/time", "Category", "Incident"], [
    (["10/02/2024 08:40", "Operation Encompass", "Notification for Maisie (Y9): DA at home last night, mum "
      "injured, partner arrested. Key adult checked in with Maisie at registration."], "E1", "2024-02-10"),
    (["09/03/2024 08:35", "Operation Encompass", "Second notification: argument at home last night, partner "
      "arrested for breach of bail. Maisie upset."], "E3", "2024-03-09"),
    (["14/03/2024 15:30", "Meeting", "CIN meeting at the primary school: attended by the DSL."], "E4",
     "2024-03-14"),
])

R.xlsx("Riverside Primary.xlsx", [("Safeguarding", [], [["Date", "Staff", "Note"]], [
    ([D(2024, 2, 10), "DSL", "Encompass call re Leo (Y4) and Ava (Y1): mum assaulted by partner last night, "
      "children present. Class teachers told."], "E1", "2024-02-10"),
    ([D(2024, 2, 27), "DSL", "Ava said 'Tom is not allowed at our house'. Logged."], "A2", "2024-02-27"),
    ([D(2024, 3, 9), "DSL", "Encompass: police at the house again last night; Tom arrested."], "E3",
     "2024-03-09"),
    ([D(2024, 3, 14), "DSL", "Hosted the CIN review meeting: SW, HV, Northfield High, mum."], "E4", "2024-03-14"),
])])

R.xlsx("Health Visiting.xlsx", [("Notes", [], [["Date", "HV", "Entry"]], [
    ([D(2024, 2, 12), "HV Rose", "DA notification: incident 09/02, baby Finn (4 months) in the house. "
      "Routine enquiry at next visit."], "E1", "2024-02-12"),
    ([D(2024, 3, 14), "HV Rose", "CIN meeting at Riverside Primary: Finn's development on track."], "E4",
     "2024-03-14"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 2, 12), "MASH", "PPN 09/02: DA, mum cut to the forehead by a thrown mug, four children in the "
      "house. Assessment; strategy not needed."], "E1", "2024-02-12"),
    ([D(2024, 2, 26), "SW Hart", "Assessment complete: CIN plan for all four children."], "A3", "2024-02-26"),
    ([D(2024, 3, 11), "SW Hart", "PPN: Tom at the house on 08/03 in breach of bail, arrested."], "E3",
     "2024-03-11"),
    ([D(2024, 3, 14), "SW Hart", "CIN review at Riverside Primary with both schools and HV."], "E4", "2024-03-14"),
])])
R.done()
