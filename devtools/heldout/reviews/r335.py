"""A held-out review (see ../README.md): python r335.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Chloe (15), pregnant by a 24-year-old man: the school nurse, the sexual health clinic, a referral,
# a strategy discussion, his arrest, the maternity booking. Vocabulary: "school nurse drop-in",
# "Fraser guidelines", "CSE screening tool", "unlawful sexual activity", "booking". Layouts: the
# health trust's compiled chronology of three of its services with an "Agency" column (school
# nursing, sexual health, maternity) and dates "15/01/24"; the school; children's social care; the police.

R.xlsx("Health combined chronology.xlsx", [("Chronology", [["Riverside Community Health – combined health chronology "
                                                            "(Chloe)"]],
                                            [["Date", "Agency", "Practitioner", "Entry"]], [
    (["15/01/24", "School nursing", "School nurse", "Drop-in at school: Chloe thinks she is pregnant; boyfriend is "
      "24. Positive test. Referral to MASH and sexual health clinic."], "E1", "2024-01-15"),
    (["17/01/24", "Sexual health clinic", "Nurse", "Seen alone: 9 weeks pregnant, wants to continue. CSE screening "
      "tool completed: high. Confirmed the MASH referral."], "E3", "2024-01-17"),
    (["18/01/24", "School nursing", "School nurse", "Strategy discussion by phone: shared the drop-in details."],
     "E4", "2024-01-18"),
    (["02/02/24", "Maternity", "Midwife", "Antenatal booking with mum and a family nurse: 11+ weeks."], "E6",
     "2024-02-02"),
])])

R.xlsx("Oak Park School.xlsx", [("CPOMS", [], [["Date/Time", "Student", "Concern", "Action"]], [
    (["15/01/2024 10:20", "Chloe P (Y10)", "School nurse told DSL Chloe is pregnant; partner 24.",
      "DSL agreed the MASH referral; mum told with Chloe's consent."], "E1", "2024-01-15"),
    (["18/01/2024 11:00", "Chloe P (Y10)", "Strategy discussion: school attended by phone.", "Safety plan in school."],
     "E4", "2024-01-18"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Contacts", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 1, 15), "Referral", "School nurse: Chloe (15) pregnant by a 24-year-old man. Unlawful sexual "
      "activity."], "E1", "2024-01-15"),
    ([D(2024, 1, 18), "Strategy", "Strategy discussion (police, school nurse, school): s47; police to investigate."],
     "E4", "2024-01-18"),
])])

R.xlsx("Police.xlsx", [("Crime log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 1, 18), "11:00", "Strategy discussion with CSC re 15-year-old pregnant by a 24-year-old: crime "
      "recorded (rape of a child under 16)."], "E4", "2024-01-18"),
    ([D(2024, 1, 24), "07:30", "Suspect (24) arrested at home; interviewed, bailed not to contact Chloe."], "E5",
      "2024-01-24"),
])])
R.done()
