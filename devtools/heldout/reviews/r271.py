"""A held-out review (see ../README.md): python r271.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# A 16-year-old (Samira) at risk of forced marriage and honour-based abuse: a disclosure at
# college, a police protection order, a refuge. Vocabulary: "FMPO" (forced marriage protection
# order), "HBA", "FMU" (the Forced Marriage Unit), "one chance rule", "refuge", "passport
# surrendered". Layouts: the police's sheet with the weekday, date and time in one cell ("Sat
# 14/10/2023 02:10"); the college's safeguarding log; children's social care; the Forced Marriage
# Unit's CSV; the refuge.
R.xlsx("Police.xlsx", [("Log", [], [["When", "Occurrence"]], [
    (["Thu 12/10/2023 15:20", "College DSL reports 16 yr old female fears being taken to Pakistan to marry at "
      "half term. One chance rule applied: strategy with CSC, FMU informed."], "E1", "2023-10-12"),
    (["Fri 13/10/2023 10:00", "FMPO applied for and granted ex parte at the family court; passports to be "
      "surrendered."], "E2", "2023-10-13"),
    (["Sat 14/10/2023 02:10", "Samira called 999 from a neighbour's: father assaulted her after the order was "
      "served. Father arrested. Samira to a refuge."], "E3", "2023-10-14"),
])])

R.xlsx("Riverside College.xlsx", [("Safeguarding log", [], [["Date", "Time", "Concern", "Action"]], [
    (["12/10/2023", "14:45", "Samira disclosed to her tutor that her family plan to marry her to a cousin in "
      "Pakistan at half term; scared.", "DSL rang police and CSC"], "E1", "2023-10-12"),
    (["16/10/2023", "09:00", "Samira not in; CSC say she is safe in a refuge after an incident at the weekend.",
      "Attendance marked"], "E3", "2023-10-16"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    (["12/10/2023", "Strategy discussion with police after disclosure at college of a planned forced marriage. "
      "S47; Samira to stay with a friend's family tonight."], "E1", "2023-10-12"),
    (["14/10/2023", "EDT: police called - Samira assaulted by father, now in a refuge."], "E3", "2023-10-14"),
])])

R.csv("Forced Marriage Unit.csv", [], ["Date", "Case note"], [
    (["12/10/2023", "Call from police: 16 yr old at risk of forced marriage overseas. Advice on FMPO; alert on "
      "passport."], "E1", "2023-10-12"),
])

R.xlsx("Refuge.xlsx", [("Support", [], [["Date", "Note"]], [
    (["14/10/2023", "Young woman (16) arrived at 04:30 with police after an assault at home."], "E3", "2023-10-14"),
    (["17/10/2023", "Key work: safety plan, college by taxi."], None, "2023-10-17"),
])])
R.done()
