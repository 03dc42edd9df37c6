"""A held-out review (see ../README.md): python r215.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Maisie (13), groomed online, then self-harm. Police (a child abuse investigation team) as a Word
# document of paragraphs, each date on a line of its own with the entry's text below; CAMHS with
# "Appt date" and "Seen/DNA"; a school's CPOMS; a GP; social care.
d = docx.Document()
d.add_paragraph("Police - Child Abuse Investigation Team - involvement with Maisie")
police = [
    ("Friday 3 March 2023", "Report from school DSL: Maisie (13) disclosed an adult man online has been sending "
     "her sexual messages and asked to meet. Crime recorded.", "E1", "2023-03-03"),
    ("Monday 6 March 2023", "Strategy discussion with CSC and school. S47 joint investigation. Devices to be "
     "seized.", "E2", "2023-03-06"),
    ("Wednesday 8 March 2023", "ABE interview of Maisie with social worker. Phone seized.", "E3", "2023-03-08"),
]
line = 2
for day, text, ev, iso in police:
    d.add_paragraph(day)
    d.add_paragraph(text)
    R._note("Police CAIT.docx", None, line, ev, iso, text)
    line += 2
d.save(R.folder / "Police CAIT.docx")
R.xlsx("Hillside School.xlsx", [("CPOMS", [], [["Date/Time", "Student", "Incident", "Action"]], [
    (["03/03/2023 11:15", "Maisie", "Maisie told her form tutor a man she met on Snapchat wants to meet her. "
      "Screenshots seen.", "DSL rang police 101 and MASH"], "E1", "2023-03-03"),
    (["06/03/2023 14:00", "Maisie", "DSL joined strategy discussion by Teams.", "S47"], "E2", "2023-03-06"),
    (["20/03/2023 09:30", "Maisie", "Maisie showed friend cuts on her arm. First aid. Mum called.", "GP advised"],
     "E4", "2023-03-20"),
])])
R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Event", "Outcome"]], [
    ([D(2023, 3, 3), "MASH contact from Hillside School: online grooming concern, police informed.", "Strategy"],
     "E1", "2023-03-03"),
    ([D(2023, 3, 6), "Strategy discussion: police, school, health. S47 joint.", "S47"], "E2", "2023-03-06"),
    ([D(2023, 3, 8), "Joint ABE interview with police: Maisie gave an account.", "Continue S47"], "E3",
     "2023-03-08"),
])])
R.csv("GP.csv", [], ["Date", "Entry"], [
    (["20/03/2023", "Mum brought Maisie: superficial cuts L forearm, done at school today. Referral to CAMHS."],
     "E4", "2023-03-20"),
])
R.csv("CAMHS.csv", [], ["Appt date", "Seen/DNA", "Summary"], [
    # (first written "E5", an event of its own; it is the receipt of the GP's referral in the GP's E4 record)
    (["22/03/2023", "Referral", "Urgent referral received from GP re self-harm; triaged for 2 week appt."], "E4",
     "2023-03-22"),
    (["05/04/2023", "Seen", "Choice appointment with Maisie and mum. Low mood since the online abuse."], None,
     "2023-04-05"),
])
R.done()
