"""A held-out review (see ../README.md): python r604.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A child safeguarding practice review: Jess (19), a care leaver living in a bed and breakfast, and her baby, removed
# at birth. Each agency tells the same event in its own words: the initial child protection conference for the
# unborn baby; the birth as the maternity ward writes it and social care's 'Maternity rang: Jess gave birth to a boy
# at 04:12'; the police's 'Police protection used on the ward' and the ward's 'Baby discharged to foster carers
# under police protection'; the legal planning meeting and the personal adviser's 'PLO letter given to Jess'.
# Layouts: social care's sheet; the leaving care team's CSV with dates typed '5 Feb 24'; the maternity service's
# Word table 'Date | Time | Midwife | Entry'; the police's OpenDocument sheet; the B&B manager's sheet.

R.xlsx("Childrens Services.xlsx", [("Case notes", [], [["Date", "Type", "Note"]], [
    ([D(2024, 1, 22), "Meeting", "Legal planning meeting: threshold met, pre-proceedings (PLO) for the unborn baby."],
     "E1", "2024-01-22"),
    ([D(2024, 2, 5), "ICPC", "Initial child protection conference (unborn): CP plan, category neglect."], "E2",
     "2024-02-05"),
    ([D(2024, 3, 14), "Contact", "Maternity rang: Jess gave birth to a boy at 04:12. Police protection to be sought "
      "if she tries to leave with him."], "E3", "2024-03-14"),
    ([D(2024, 3, 15), "Placement", "Baby placed with foster carers from the ward under police protection; EPO "
      "hearing Monday."], "E4", "2024-03-15"),
])])

R.csv("Leaving Care Team.csv", [], ["Date", "PA", "Note"], [
    (["24 Jan 24", "PA Morris", "PLO letter given to Jess at the B&B with her solicitor's details; she cried and left."],
     "S1", "2024-01-24"),
    (["5 Feb 24", "PA Morris", "Went with Jess to the conference for her baby: CP plan, neglect."], "E2",
     "2024-02-05"),
])

R.docx_table("Maternity.docx", "Maternity - vulnerable women's team", ["Date", "Time", "Midwife", "Entry"], [
    (["05/02/2024", "10:00", "MW Owusu", "ICPC (unborn baby): plan agreed; birth plan with alerts."], "E2",
     "2024-02-05"),
    (["14/03/2024", "04:12", "MW Davies", "SVD, live male 3.1kg, Apgars 9/10. Safeguarding alert on: CSC informed."],
     "E3", "2024-03-14"),
    (["15/03/2024", "16:30", "MW Davies", "Baby discharged to foster carers under police protection; mum distraught, "
      "self-discharged."], "E4", "2024-03-15"),
])

R.ods("Police.ods", "Log", ["Date", "Officer", "Entry"], [
    ([D(2024, 3, 15), "PC Hart", "Police protection used on the ward at CSC's request: mother trying to leave with "
      "the baby. Baby handed to foster carers."], "E4", "2024-03-15"),
])

R.xlsx("Kings Road BnB.xlsx", [("Guests", [], [["Date", "Note"]], [
    ([D(2024, 3, 16), "Jess back from hospital without the baby; very low, stayed in her room."], "S5", "2024-03-16"),
])])
R.done()
