"""A held-out review (see ../README.md): python r334.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 2-year-old (Zain) with asthma in a housing association flat with damp and mould: repairs raised and
# closed without a fix, the health visitor's and GP's letters, an environmental health inspection,
# an admission with respiratory failure, his death. Vocabulary: "damp and mould", "repairs job",
# "mould wash", "HHSRS", "category 1 hazard", "environmental health", "respiratory failure", "PICU".
# Layouts: the housing association's repairs log with "Job raised" and "Job completed" dates and a job
# number; environmental health with dates "05 Dec 23"; the hospital's PICU notes; health visiting; the GP.

R.xlsx("Pennine Homes repairs.xlsx", [("Repairs", [], [["Job no", "Job raised", "Job completed", "Description",
                                                         "Notes"]], [
    (["J55120", D(2023, 10, 2), D(2023, 10, 20), "Damp and mould - bedroom", "Tenant reports black mould in the "
      "child's bedroom. Mould wash done; advised to ventilate."], "E1", "2023-10-02"),
    (["J56877", D(2023, 11, 15), D(2023, 12, 5), "Damp and mould - HV letter", "Letter from the health visitor: "
      "child with asthma, mould worse. Surveyor inspection with EH booked."], "E2", "2023-11-15"),
    (["J57302", D(2023, 12, 5), None, "Survey - damp", "Surveyor visited with environmental health: rising damp, "
      "works order to follow."], "E3", "2023-12-05"),
    (["J58001", D(2024, 1, 12), None, "Management move request", "GP letter supports a move on medical grounds."],
     "E4", "2024-01-12"),
])])

R.xlsx("Environmental Health.xlsx", [("Inspections", [], [["Date", "Officer", "Finding"]], [
    (["05 Dec 23", "EHO Walsh", "HHSRS inspection with the landlord's surveyor: category 1 hazard (damp and mould "
      "growth). Improvement notice to follow."], "E3", "2023-12-05"),
    (["19 Jan 24", "EHO Walsh", "Improvement notice served on Pennine Homes."], None, "2024-01-19"),
])])

R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "Contact", "Notes"]], [
    ([D(2023, 11, 14), "Home visit", "Black mould on walls of Zain's room; wheezy. Letter to the landlord and GP."],
     "E2", "2023-11-14"),
    ([D(2024, 2, 21), "Information", "Told by mum Zain was admitted to PICU yesterday."], "E5", "2024-02-21"),
    ([D(2024, 2, 26), "Information", "Notification of Zain's death on 25/02 from the CDOP team."], "E6", "2024-02-26"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 1, 10), "Dr Shah", "Asthma exacerbation, 3rd this winter; prednisolone. Letter to Pennine Homes "
      "supporting a move (damp and mould)."], "E4", "2024-01-10"),
    ([D(2024, 2, 22), "Admin", "Letter: admitted to PICU 20/02 with respiratory failure."], "E5", "2024-02-22"),
])])

R.xlsx("Royal Manchester Childrens Hospital.xlsx", [("PICU", [], [["Date", "Time", "Note"]], [
    ([D(2024, 2, 20), "03:40", "Retrieved from Oldham ED in respiratory failure; ventilated on PICU."], "E5",
      "2024-02-20"),
    ([D(2024, 2, 25), "14:10", "Died on PICU with his family present. CDOP notified."], "E6", "2024-02-25"),
])])
R.done()
