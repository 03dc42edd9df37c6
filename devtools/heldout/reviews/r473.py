"""A held-out review (see ../README.md): python r473.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Freya (13), groomed online, then abused by a man she met. Vocabulary:
# "CEOP", "indecent images", "sextortion", "Snapchat", "ABE interview", "SARC", "POLIT". Layouts: the school's
# pastoral log with a 'Year group' column; the police's child abuse team with 'Date', 'Action', 'Officer';
# the SARC's CSV of 'Attendance date' and 'Forensic window'; CAMHS's letters as Word paragraphs; the mother's
# GP's record.

R.xlsx("St Anne's Academy.xlsx", [("Pastoral", [], [["Date", "Year group", "Staff", "Concern"]], [
    ([D(2024, 1, 17), "Y8", "Head of Year", "Friend reports Freya is sending pictures to an older boy on Snapchat "
      "who asks for more. DSL informed, mum called in."], "A3", "2024-01-17"),
    ([D(2024, 1, 17), "Y8", "DSL", "Met mum: phone handed to police by mum tonight. Referral to the front door."],
     "E1b", "2024-01-17"),
    ([D(2024, 3, 6), "Y8", "DSL", "Freya disclosed she met a man from the internet at the weekend and he had sex "
      "with her. Police and CSC called; mum informed."], "E3", "2024-03-06"),
])])

R.xlsx("Police - CAIT.xlsx", [("Actions", [], [["Date", "Action", "Officer", "Detail"]], [
    ([D(2024, 1, 17), "Crime report", "DC Ames", "Online grooming reported by school and mother: 13 year old sent "
      "indecent images to an adult posing as a teenager. Phone seized."], "E1b", "2024-01-17"),
    ([D(2024, 3, 6), "Crime report", "DC Ames", "Sexual activity with a child: disclosure at school of sexual "
      "assault by an adult male met online on 02/03. Strategy discussion requested."], "E3", "2024-03-06"),
    ([D(2024, 3, 7), "ABE", "DC Ames", "ABE interview with Freya at the suite. SARC booked for today."], "A1",
     "2024-03-07"),
    ([D(2024, 3, 7), "SARC", "DC Ames", "Freya and mum taken to the SARC for a forensic examination."], "E4",
     "2024-03-07"),
])])

R.csv("SARC.csv", [], ["Attendance date", "Forensic window", "Referred by", "Summary"], [
    (["07/03/2024", "Yes - within 7 days", "Police", "13F. Forensic medical examination after sexual assault on "
      "02/03. Emergency contraception and STI screen. ISVA referral."], "E4", "2024-03-07"),
])

R.docx_paragraphs("CAMHS letters.docx", "CAMHS - letters about Freya", [
    ("15/04/2024 - Letter to GP: Freya seen for assessment after a sexual assault; low mood, self-harm by cutting. "
     "Offered trauma-focused work.", "A2", "2024-04-15"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 1, 18), "Contact", "School: Freya sending images to an adult online. Police investigating. NFA for "
      "CSC - mum protective."], "E1b", "2024-01-18"),
    ([D(2024, 3, 6), "Referral", "From school: Freya disclosed a sexual assault by a man she met online. Police "
      "informed."], "E3", "2024-03-06"),
])])
R.done()
