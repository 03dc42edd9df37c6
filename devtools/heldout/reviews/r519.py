"""A held-out review (see ../README.md): python r519.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Chloe (11) tells her teacher that her stepfather abuses her. Each agency
# tells the same event in its own words: the disclosure as 'told her teacher her stepdad touches her', 'disclosed
# sexual abuse at school', 'allegation of sexual abuse by stepfather'; the interview as 'ABE interview', 'video
# recorded interview', 'achieving best evidence interview'; the examination as 'paediatric forensic examination',
# 'seen at the SARC', 'forensic medical'; 'initial child protection conference', 'ICPC: child protection plan
# (sexual abuse)'. Layouts: children's social care's workflow export 'Step | Started | Completed | Worker' (no
# header says date); the school's safeguarding log with 'Category' first; the police's sheet; the SARC's Word
# table; the GP's sheet.

R.xlsx("School.xlsx", [("Safeguarding log", [], [["Category", "Date", "Record", "Action"]], [
    (["Disclosure", D(2024, 9, 17), "Chloe told her class teacher at lunch that her stepdad touches her when mum is "
      "at work.", "DSL rang the MASH at 13:20; Chloe kept in school until collected by the social worker."], "E1",
     "2024-09-17"),
    (["Meeting", D(2024, 10, 8), "DSL attended the ICPC; school to be part of the core group.", ""], "E5",
     "2024-10-08"),
])])

R.xlsx("Children's Social Care.xlsx", [("Workflow", [], [["Step", "Started", "Completed", "Worker", "Note"]], [
    (["Contact", D(2024, 9, 17), D(2024, 9, 17), "MASH", "School DSL: 11 year old disclosed sexual abuse by her "
      "stepfather today."], "E1", "2024-09-17"),
    (["Strategy discussion", D(2024, 9, 17), D(2024, 9, 17), "Team manager", "Strategy with police: joint s47, "
      "stepfather to leave the home, ABE tomorrow."], "E2", "2024-09-17"),
    (["Section 47 enquiry", D(2024, 9, 18), D(2024, 10, 1), "SW Ellis", "Video recorded interview with police; "
      "Chloe repeated her account."], "E3", "2024-09-18"),
    (["ICPC", D(2024, 10, 8), D(2024, 10, 8), "IRO", "Initial child protection conference: child protection plan "
      "(sexual abuse)."], "E5", "2024-10-08"),
])])

R.xlsx("Police.xlsx", [("Case log", [], [["Date", "Entry"]], [
    ([D(2024, 9, 17), "Strategy discussion with CSC: allegation of sexual abuse by stepfather; he agreed to stay at "
      "his brother's."], "E2", "2024-09-17"),
    ([D(2024, 9, 18), "Achieving best evidence interview of Chloe with the social worker. Referred to the SARC."],
     "E3", "2024-09-18"),
    ([D(2024, 9, 20), "Suspect arrested and interviewed; released on bail, not to contact the child."], "S1",
     "2024-09-20"),
    ([D(2024, 10, 8), "ICPC attended by DC Rowe."], "E5", "2024-10-08"),
])])

R.docx_table("SARC.docx", "Sexual assault referral centre - attendance", ["Date", "Clinician", "Entry"], [
    (["19/09/2024", "Forensic paediatrician", "Paediatric forensic examination after police referral (ABE "
      "yesterday). Mum present. Sexual health screen."], "E4", "2024-09-19"),
])

R.xlsx("GP Surgery.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 9, 23), "Letter from the SARC: forensic medical on 19/09, follow up bloods requested."], "E4",
     "2024-09-23"),
])])
R.done()
