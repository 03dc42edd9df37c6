"""A held-out review (see ../README.md): python r245.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# Neglect of two children (Mia 7, Jay 3): head lice, weight, tooth decay, soiling. Vocabulary:
# "TAF" (team around the family), "drop-in", "GA" (general anaesthetic), "centile", "DSL".
# Layouts: the health trust's one workbook with a sheet per service (health visiting, school
# nursing, CAMHS); the school's CSV with the date in Day, Month and Year columns; the GP's
# export with its dates month first ("03/21/2023").
R.xlsx("Community Health Trust.xlsx", [
    ("Health Visiting", [], [["Date", "Child", "Contact", "Notes"]], [
        (["20/03/2023", "Jay", "Meeting", "Attended TAF at Mia's school re Jay and Mia: dental registration, "
          "routines."], "E2", "2023-03-20"),
        (["03/04/2023", "Jay", "Phone", "Mum phoned: Jay had 8 teeth out under GA at the dental hospital today."],
         "E3", "2023-04-03"),
    ]),
    ("School Nursing", [], [["Date", "Child", "Contact", "Notes"]], [
        (["13/03/2023", "Mia", "Drop-in", "Drop-in at school: Mia seen, head lice, weight on the 2nd centile. Advice "
          "to mum by phone."], "E1", "2023-03-13"),
        (["20/03/2023", "Mia", "Meeting", "Attended the TAF at school."], "E2", "2023-03-20"),
    ]),
    ("CAMHS", [], [["Date", "Child", "Contact", "Notes"]], [
        (["17/04/2023", "Mia", "Appointment", "Initial appointment, Mia with mum: anxiety, soiling at school."], "E4",
         "2023-04-17"),
    ]),
])

R.csv("Brook Primary.csv", [], ["Day", "Month", "Year", "Staff", "Concern"], [
    (["13", "3", "2023", "Class teacher", "School nurse saw Mia today re head lice and her weight."], "E1",
     "2023-03-13"),
    (["20", "3", "2023", "DSL", "TAF meeting held in school: mum, school nurse, health visitor."], "E2",
     "2023-03-20"),
    (["17", "4", "2023", "Office", "Mia left at 10am for a CAMHS appointment with mum."], "E4", "2023-04-17"),
    (["9", "5", "2023", "DSL", "Referral to children's social care (neglect)."], None, "2023-05-09"),
])

R.xlsx("GP practice.xlsx", [("Export", [], [["Date", "Patient", "Entry"]], [
    (["03/06/2023", "Mia", "Constipation with overflow; laxatives."], None, "2023-03-06"),
    (["03/21/2023", "Jay", "Dental pain, advised to register with a dentist; referred to the dental hospital."], None,
     "2023-03-21"),
    (["04/11/2023", "Jay", "Letter from the dental hospital: 8 teeth extracted under GA on 03/04."], "E3",
     "2023-04-11"),
])])
R.done()
