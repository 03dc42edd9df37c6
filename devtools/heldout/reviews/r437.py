"""A held-out review (see ../README.md): python r437.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Ellie (2), neglect and a scald. Vocabulary: "HV", "ASQ" (ages and stages
# questionnaire), "ISOS" (was not brought), "CIN", "TAF" (team around the family), "EH" (early help), "MIU"
# (minor injuries unit), "NAI". Layouts: the health visitors' Word document: a title, a table of abbreviations,
# then the chronology as one table a year under headings '2023' and '2024', its days written without a year
# ('14/11'); the nursery's Word table; the minor injuries unit's; early help's; the police's; the GP's.


def health_visiting(folder):
    """Rows with text, in order: the title (1), 'Key' (2), the key's table (3-6), '2023' (7), the first
    table's header (8) and entries (9-10), '2024' (11), the second table's header (12) and entries (13-15)."""
    document = docx.Document()
    document.add_paragraph("Health Visiting Service - chronology for Ellie M (DOB 03/2022)")
    document.add_paragraph("Key")
    key = document.add_table(rows=0, cols=2)
    for short, meaning in (("ASQ", "Ages and Stages Questionnaire"), ("ISOS", "Was not brought"),
                           ("TAF", "Team Around the Family"), ("HV", "Health Visitor")):
        cells = key.add_row().cells
        cells[0].text, cells[1].text = short, meaning
    entries = {
        "2023": [("14/11", "Home visit", "2 year review not done: ASQ not completed, flat cold, Ellie in a dirty "
                  "nappy, bottle of cold tea. Discussed with EH; referral agreed with mum.", "A1", "2023-11-14"),
                 ("28/11", "Meeting", "HV attended the first TAF meeting at the nursery.", "E1", "2023-11-28")],
        "2024": [("09/01", "Clinic", "ISOS - Ellie not brought to clinic for the 2 year review.", "A2", "2024-01-09"),
                 ("23/01", "Information", "MIU notified us: Ellie seen on Sunday with a scald to her forearm, mum "
                  "says from a cup of tea.", "E2", "2024-01-23"),
                 ("30/01", "Joint visit", "Joint home visit with the EH worker after the scald. Fireguard and "
                  "kettle advice.", "A3", "2024-01-30")],
    }
    row = 7
    for year, rows in entries.items():
        document.add_paragraph(year)
        table = document.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ("Date", "Contact", "Notes")):
            cell.text = text
        row += 2  # the heading, then the table's header
        for date, contact, notes, event, iso in rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = date, contact, notes
            R._note("Health Visiting.docx", None, row, event, iso, notes)
            row += 1
    document.save(str(folder / "Health Visiting.docx"))


health_visiting(R.folder)

R.docx_table("Little Acorns Nursery.docx", "Little Acorns Nursery - safeguarding record",
             ["Date", "Recorded by", "Concern / action"], [
    (["28/11/2023", "Manager", "Hosted the TAF meeting: mum, HV, EH worker. Plan: attendance, dental check, "
      "parenting course."], "E1", "2023-11-28"),
    (["22/01/2024", "Key person", "Ellie arrived with a dressing on her left forearm; mum said she pulled a cup "
      "of tea over yesterday and was seen at the MIU."], "E2", "2024-01-22"),
])

R.xlsx("Minor Injuries Unit.xlsx", [("Attendances", [], [["Arrival", "Presenting complaint", "Outcome"]], [
    ([D(2024, 1, 21, 18, 40), "Scald L forearm 2%, partial thickness. Mum says cup of tea pulled off a table. "
      "Delay of 4 hours in seeking care.", "Dressed. Safeguarding: notification to HV and GP; NAI not "
      "suspected."], "E2", "2024-01-21"),
])])

R.xlsx("Early Help.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    ([D(2023, 11, 20), "EH Grant", "Referral from the health visitor accepted: neglect, home conditions."],
     "A1", "2023-11-20"),
    ([D(2023, 11, 28), "EH Grant", "TAF meeting at the nursery with mum and HV. Plan agreed."], "E1",
     "2023-11-28"),
    ([D(2024, 1, 30), "EH Grant", "Joint visit with HV after Ellie's scald. Home cold, no fireguard."], "A3",
     "2024-01-30"),
])])

R.xlsx("GP Surgery.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 1, 24), "MIU attendance 21/01/2024: scald L forearm. Safeguarding flag added."], "E2", "2024-01-24"),
])])
R.done()
