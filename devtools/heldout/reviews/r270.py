"""A held-out review (see ../README.md): python r270.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# A looked-after 14-year-old (Kayden) placed in a children's home 80 miles from home: two councils'
# children's services (the one responsible, the one where he lives), the virtual school, the home,
# the local police. Vocabulary: "out of area", "Reg 44", "LAC review", "IRO", "PEP", "virtual
# school", "notification of placement". Layouts: the two councils' returns named much alike; the
# home's CSV; the virtual school's workbook with its PEPs; the police.
R.xlsx("Northshire Childrens Services.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    (["01/09/2023", "SW Grant", "Kayden moved to Hillcrest children's home (Westford). Notification of placement "
      "sent to Westford Council."], "E1", "2023-09-01"),
    (["12/09/2023", "SW Grant", "Statutory visit at Hillcrest: settling, wants to see his mum."], "E2",
     "2023-09-12"),
    (["28/09/2023", "IRO", "LAC review at Hillcrest: school place still not found."], "E3", "2023-09-28"),
])])

R.xlsx("Westford Childrens Services.xlsx", [("Contacts", [], [["Date", "Note"]], [
    (["04/09/2023", "Notification from Northshire: Kayden (14) placed at Hillcrest children's home in our area."],
     "E1", "2023-09-04"),
    (["16/10/2023", "Police notification: Kayden arrested in Westford town centre with cannabis."], "E5",
     "2023-10-16"),
])])

R.csv("Hillcrest childrens home.csv", [], ["Date", "Shift", "Log"], [
    (["01/09/2023", "Late", "Kayden arrived with his SW at 16:00. Shown his room."], "E1", "2023-09-01"),
    (["12/09/2023", "Early", "SW visit; saw Kayden alone in his room."], "E2", "2023-09-12"),
    (["28/09/2023", "Early", "LAC review held here (IRO, SW, key worker); Kayden attended part."], "E3",
     "2023-09-28"),
    (["15/10/2023", "Late", "Kayden out past curfew; returned by police 23:30 after being arrested in town."],
     "E5", "2023-10-15"),
])

R.xlsx("Virtual School.xlsx", [("PEPs", [], [["Date", "Activity"]], [
    (["28/09/2023", "Sent PEP update to the LAC review: no school place; tuition 5 hours a week."], None,
     "2023-09-28"),
    (["09/10/2023", "PEP meeting: place offered at Westford Academy from 30/10."], None, "2023-10-09"),
])])

R.xlsx("Westford Police.xlsx", [("Custody", [], [["Date", "Time", "Record"]], [
    (["15/10/2023", "21:10", "Arrest: male 14, possession of cannabis with intent, Westford town centre. Released "
      "to the care of the children's home staff 23:15."], "E5", "2023-10-15"),
])])
R.done()
