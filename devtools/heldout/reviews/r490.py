"""A held-out review (see ../README.md): python r490.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: baby Noah (10 weeks), a skull fracture; both parents Deaf, BSL their first
# language. Layouts: maternity's 'Date | Gestation | Contact | Notes' with a date cell carrying the gestation
# ('12/02/2024 (34/40)'); the GP's 'Date | Type | Interpreter | Details' ('BSL booked', 'Not booked'); children's
# social care's CSV of 'Date | Contact Type | Summary' with a byte order mark; the police's sheet; a Deaf charity's
# Word table.

R.xlsx("Maternity.xlsx", [("Antenatal and postnatal", [["Maternity - chronology for CSPR"]],
                           [["Date", "Gestation", "Contact", "Notes"]], [
    (["12/02/2024 (34/40)", "34/40", "Community midwife", "Antenatal check. No interpreter booked; mum wrote notes. "
      "Dad's temper mentioned by mum in writing."], "S1", "2024-02-12"),
    (["18/03/2024", "Term", "Delivery suite", "Normal delivery of a boy, 3.4kg."], "S2", "2024-03-18"),
    (["28/03/2024", "Day 10", "Community midwife", "Discharged to the health visitor; BSL interpreter present."],
     "S3", "2024-03-28"),
])])

R.xlsx("GP.xlsx", [("Consultations", [], [["Date", "Type", "Interpreter", "Details"]], [
    ([D(2024, 4, 22), "Face to face", "Not booked", "Baby's 6-8 week check. Bruise on the left cheek, mum explained "
      "by writing that the baby's brother hit him with a toy. Not followed up."], "E1", "2024-04-22"),
    ([D(2024, 5, 27), "Letter", "", "ED letter: skull fracture, admitted to the children's ward, safeguarding "
      "referral made."], "E3", "2024-05-27"),
])])

R.csv("Children's Social Care.csv", [], ["Date", "Contact Type", "Summary"], [
    (["25/05/2024", "Referral", "ED: 10 week old with a skull fracture, parents say he rolled off the sofa. "
      "Strategy discussion to be held."], "E3", "2024-05-25"),
    (["26/05/2024", "Strategy discussion", "With police and the paediatrician: s47 enquiry, child protection "
      "medical, BSL interpreter needed for all contacts with parents."], "E4", "2024-05-26"),
    (["29/05/2024", "Home visit", "Interpreter arranged through the Deaf charity. Parents told of the s47 "
      "enquiry."], "E5", "2024-05-29"),
], encoding="utf-8-sig")

R.xlsx("Police.xlsx", [("Police", [], [["Date", "Time", "Officer", "Log"]], [
    ([D(2024, 5, 26), "11:00", "DS Ross", "Strategy with CSC and paediatrics: joint s47, parents to be interviewed "
      "with BSL interpreters."], "E4", "2024-05-26"),
    ([D(2024, 5, 31), "10:00", "DS Ross", "Both parents interviewed voluntarily through BSL interpreters. Father "
      "admits dropping the baby when angry."], "S4", "2024-05-31"),
])])

R.docx_table("Deaf charity.docx", "Deaf Community Services - involvement", ["Date", "Worker", "What happened"], [
    (["29/05/2024", "BSL interpreter", "Interpreted at a social work home visit about an enquiry into the baby's "
      "injury."], "E5", "2024-05-29"),
])
R.done()
