"""A held-out review (see ../README.md): python r515.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Mia (9) and Leo (7), neglect. Each agency tells the same event in its own
# words: 'early help assessment started with mum', 'EHA initiated by the DSL'; 'was not brought', 'WNB', 'missed
# three dental appointments'; children left alone as 'home alone overnight', 'left at home without an adult',
# 'no adult in the house'; 'team around the family meeting', 'TAF review'. Layouts: the school's workbook a sheet
# per school year ('2022-23', '2023-24'), a 'No.' column first, dates typed '3rd Feb 24'; the early help team's
# CSV; the dental service's sheet 'Appt date | Outcome'; the police's sheet; the school nursing team's Word table.

R.xlsx("Primary School.xlsx", [
    ("2022-23", [], [["No.", "Date", "Concern / action"]], [
        ([1, "14th Jun 23", "Leo came in wearing the same clothes all week, smelling of urine; spare uniform given."],
         "S1", "2023-06-14"),
    ]),
    ("2023-24", [], [["No.", "Date", "Concern / action"]], [
        ([1, "14th Nov 23", "Early Help Assessment started in school with mum (DSL); head lice and hunger "
          "discussed."], "E1", "2023-11-14"),
        ([2, "5th Feb 24", "Social care told the DSL that both children were left alone at home on Saturday "
          "night."], "E3", "2024-02-05"),
        ([3, "8th Feb 24", "TAF meeting in school: mum, school nurse, early help worker. Plan: breakfast club, "
          "nit treatment, dental appointment."], "E4", "2024-02-08"),
    ]),
])

R.csv("Early Help.csv", [], ["Date", "Practitioner", "Activity", "Notes"], [
    (["14/11/2023", "EH worker", "EHA", "EHA initiated by the school DSL with mum - hygiene, lice, food. Early help "
      "worker allocated."], "E1", "2023-11-14"),
    (["08/02/2024", "EH worker", "TAF review", "Team around the family review at school after the police "
      "report; mum engaged."], "E4", "2024-02-08"),
])

R.xlsx("Community Dental Service.xlsx", [("Appointments", [], [["Appt date", "Outcome", "Comment"]], [
    ([D(2023, 10, 4), "WNB", "Mia - 1st appointment, not brought."], "S2", "2023-10-04"),
    ([D(2024, 1, 10), "WNB", "Mia - third appointment not brought; letter to GP and school nurse, was not brought "
      "policy."], "E2", "2024-01-10"),
])])

R.xlsx("GP Practice.xlsx", [("Entries", [], [["Date", "Entry"]], [
    ([D(2024, 1, 12), "Letter from community dental: Mia has missed three dental appointments. Noted."], "E2",
     "2024-01-12"),
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Incident"]], [
    ([D(2024, 2, 3), "23:15", "Concern for welfare: two children aged 7 and 9 at home with no adult in the house. "
      "Mum returned 01:30. PPN submitted."], "E3", "2024-02-03"),
])])

R.docx_table("School Nursing.docx", "School nursing record - Mia and Leo", ["Date", "Nurse", "Entry"], [
    (["10/01/2024", "School nurse", "Dental letter: Mia was not brought to her third appointment."], "E2",
     "2024-01-10"),
    (["08/02/2024", "School nurse", "Attended the TAF at school; health plan for lice and dental care."], "E4",
     "2024-02-08"),
])

R.xlsx("Children's Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 2, 5), "Contact", "Police PPN: children (7, 9) left at home without an adult on Saturday night. "
      "Step down to early help with a TAF this week."], "E3", "2024-02-05"),
])])
R.done()
