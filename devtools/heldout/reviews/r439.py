"""A held-out review (see ../README.md): python r439.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Lily (9), sexually abused by her mother's partner. Vocabulary: "SARC"
# (sexual assault referral centre), "ABE" (achieving best evidence interview), "CP medical", "s47", "ISVA",
# "RUI", "bail conditions". Layouts: the school's Word table in a file named only 'Chronology.docx', the school
# named only in the document's page header; the SARC's; the police's; children's social care's; the GP's.
# (The teacher's record of the disclosure is the school's own, A3: the DSL's referral is its record of E1, one
# record an agency an event. Corrected after the first run, which had both as E1.)


def school(folder):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "St Bede's RC Primary School - Designated Safeguarding Lead"
    document.add_paragraph("Chronology")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Date", "Staff", "Record")):
        cell.text = text
    rows = [("11/03/2024", "Class teacher", "Lily told her teacher that mummy's boyfriend 'does rude things' to her at "
             "night. DSL informed 10:40.", "A3", "2024-03-11"),
            ("11/03/2024", "DSL", "Referral to CSC by phone 11:00; police informed by CSC. Lily kept in school; mum not "
             "told, as advised.", "E1", "2024-03-11"),
            ("12/03/2024", "DSL", "Attended the strategy meeting (Teams).", "E2", "2024-03-12")]
    for row, (date, staff, record, event, iso) in enumerate(rows, start=3):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = date, staff, record
        R._note("Chronology.docx", None, row, event, iso, record)
    document.save(str(folder / "Chronology.docx"))


school(R.folder)

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 3, 11), "Contact", "St Bede's DSL: Lily (9) disclosed sexual abuse by mum's partner. Police informed; "
      "strategy discussion tomorrow."], "E1", "2024-03-11"),
    ([D(2024, 3, 12), "Strategy meeting", "Police, school, paediatrics: s47 joint; ABE interview and CP medical at "
      "the SARC; partner to leave the home."], "E2", "2024-03-12"),
    ([D(2024, 3, 13), "ABE interview", "Joint ABE interview with police at the SARC: Lily repeated her account."],
     "E3", "2024-03-13"),
])])

R.xlsx("Police.xlsx", [("PVP and crime", [], [["Date", "Time", "Summary"]], [
    ([D(2024, 3, 11), "11:30", "CSC referral: 9-year-old disclosure of sexual abuse by mother's partner at school. "
      "Crime recorded (rape of a child under 13)."], "E1", "2024-03-11"),
    ([D(2024, 3, 12), "09:30", "Strategy meeting: joint investigation."], "E2", "2024-03-12"),
    ([D(2024, 3, 13), "10:00", "ABE interview at the SARC (DC Hale with the social worker)."], "E3", "2024-03-13"),
    ([D(2024, 3, 14), "07:00", "Suspect arrested at his workplace; interviewed, no comment. Bailed with conditions "
      "not to contact the child or enter the address."], "E4", "2024-03-14"),
])])

R.xlsx("Sunflower SARC.xlsx", [("Attendances", [], [["Date", "Clinician", "Notes"]], [
    ([D(2024, 3, 13), "Dr Ives", "Paediatric forensic medical after the ABE interview: findings consistent with "
      "the disclosure. ISVA referral."], "A1", "2024-03-13"),
])])

R.xlsx("GP Surgery.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2023, 11, 6), "Recurrent UTI symptoms, 3rd episode this year; urine clear. Mum present."], "A2",
     "2023-11-06"),
    ([D(2024, 3, 19), "Letter from SARC: seen 13/03/2024 following disclosure of sexual abuse. Safeguarding flag."],
     "A1", "2024-03-19"),
])])
R.done()
