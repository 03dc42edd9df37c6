"""A held-out review (see ../README.md): python r328.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Neglect of a 6-year-old (Jack) by a mother who drinks: late collections, head lice, hunger, his
# mother drunk at the school gate, the police, his grandmother. Vocabulary: "late collection",
# "uncollected", "early help", "TAF", "welfare check", "section 20", "kinship". Layouts: the school's
# log with days and months but no years ("Tues 12th Sept", "Mon 15 Jan") under a title naming the
# academic year ("Safeguarding log 2023-24"); early help with dates "12/09/23"; the police; social care.

R.xlsx("St Anne's Primary.xlsx", [("Log", [["St Anne's CE Primary – safeguarding log 2023-24"]],
                                   [["Date", "Staff", "Concern / action"]], [
    (["Tues 12th Sept", "Class teacher", "Jack not collected until 16:10; mum smelt of alcohol. Head lice again."],
     "E1", "2023-09-12"),
    (["Thurs 14th Sept", "DSL", "Early help assessment started with mum; TAF to be set up."], "E2", "2023-09-14"),
    (["Wed 11th Oct", "DSL", "TAF meeting: mum, school nurse, early help. Plan for morning routines."], "E3",
     "2023-10-11"),
    (["Fri 1st Dec", "Class teacher", "Jack hungry, took food from other children's lunchboxes."], None, "2023-12-01"),
    (["Mon 15th Jan", "Head", "Mum drunk at the gate at 15:15, fell over. Police called; Jack kept in school. "
      "MASH referral."], "E4", "2024-01-15"),
    (["Mon 15th Jan", "DSL", "Grandmother collected Jack 17:30 with police agreement."], "E5", "2024-01-15"),
    (["Tues 23rd Jan", "DSL", "Strategy discussion: school gave information by phone."], "E6", "2024-01-23"),
])])

R.xlsx("Early Help.xlsx", [("EH", [], [["Date", "Practitioner", "Note"]], [
    (["14/09/23", "EH worker", "Request for support from St Anne's: EHA started at school with mum."], "E2",
     "2023-09-14"),
    (["11/10/23", "EH worker", "TAF at school: routines plan; mum says she has cut down."], "E3", "2023-10-11"),
    (["08/11/23", "EH worker", "Home visit: fridge empty, empty cans; food bank voucher."], None, "2023-11-08"),
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Incident"]], [
    ([D(2024, 1, 15), "15:25", "Call from school: mother intoxicated at the school gates, fell. Officers "
      "attended; mother taken home. Child kept at school, then to MGM. PPN."], "E4", "2024-01-15"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 1, 15), "Contact", "Referral from school: mother drunk at the school gate; Jack with his grandmother "
      "tonight."], "E4", "2024-01-15"),
    ([D(2024, 1, 16), "Contact", "PPN from police re 15/01."], "E4", "2024-01-16"),
    ([D(2024, 1, 23), "Strategy", "Strategy discussion (police, school, health): s47; Jack to stay with grandmother "
      "(kinship, s20)."], "E6", "2024-01-23"),
])])
R.done()
