"""A held-out review (see ../README.md): python r342.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Chantelle (17), with a learning disability, at a residential specialist college: an older student
# taking photos of her, money, a night away, a report to the police, a strategy discussion, her
# return home. Vocabulary: "specialist college", "EHCP", "CSE", "intimate images", "residential",
# "MASH". Layouts: the college's log with the entry in two columns ("Summary" and "Analysis / actions")
# and two dates typed as Excel serial numbers that show as numbers (45361, 45368: a date column
# formatted General); the police; her home council's social care; the SENCO's EHCP team.

R.xlsx("Riverside College.xlsx", [("Residential log", [], [["Date", "Summary", "Analysis / actions"]], [
    ([D(2024, 3, 4), "Staff saw an older student (19) filming Chantelle in the common room.", "Phones checked; "
      "images deleted. DSL informed."], "E1", "2024-03-04"),
    ([45361, "Chantelle not in her room at the 23:00 check; back at 07:00 with the same student.", "Reported to "
      "police as missing overnight; parents told."], "E2", "2024-03-10"),
    ([45368, "Strategy discussion (home LA SW, police, DSL).", "Safety plan: 1:1 in the evenings."], "E4",
     "2024-03-17"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 3, 10), "23:20", "MFH from Riverside College: 17F with LD not returned to residence. Medium risk."],
     "E2", "2024-03-10"),
    ([D(2024, 3, 11), "07:30", "College report she is back. Return interview to be arranged."], "E3", "2024-03-11"),
    ([D(2024, 3, 17), "10:00", "Strategy discussion: CSE, intimate images; student to be interviewed."], "E4",
     "2024-03-17"),
])])

R.xlsx("Home LA Childrens Services.xlsx", [("Chantelle", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 3, 11), "SW Ojo", "College rang: Chantelle missing overnight with an older student, back this "
      "morning."], "E3", "2024-03-11"),
    ([D(2024, 3, 17), "SW Ojo", "Strategy discussion by Teams: s47; college safety plan."], "E4", "2024-03-17"),
])])
R.done()
