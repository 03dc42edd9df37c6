"""A held-out review (see ../README.md): python r349.py OUT_FOLDER writes its returns and truth.json."""

import csv
import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A young carer: Ellie (12) looks after her mother Karen, who has MS and drinks. Vocabulary: "young
# carer", "Care Act assessment", "MS", "999", "late marks". Layouts: a school's pastoral log printed to
# CSV from its MIS, the header repeated on each page and a "Printed … by …" line and "Page 1 of 2" at
# each page's foot (the printing date is no event); the young carers service's Word notes, a date as a
# heading line with its note in the paragraph under it; adult social care; an ambulance service; a
# GP; children's social care.

school = "Ashfield Academy pastoral log.csv"
school_rows = [
    (["Pastoral log - Ellie Ward (Y7)", "", ""], None, None),
    (["Date", "Staff", "Entry"], None, None),
    (["10/01/2024", "Mr Hale (HoY)", "Ellie late every day this week, very tired. Says she gets mum's tablets "
      "ready before school."], "E1", "2024-01-10"),
    (["17/01/2024", "Mrs Ince (DSL)", "Referral to the young carers service with Ellie's consent."], "E2",
     "2024-01-17"),
    (["Printed 15/04/2024 10:32 by admin", "", "Page 1 of 2"], None, None),
    (["Date", "Staff", "Entry"], None, None),
    (["13/02/2024", "Mr Hale (HoY)", "Ellie upset in tutor time: mum fell last night and Ellie rang 999."], "E4",
     "2024-02-13"),
    (["Printed 15/04/2024 10:32 by admin", "", "Page 2 of 2"], None, None),
]
with open(R.folder / school, "w", newline="", encoding="utf-8") as fh:
    writer = csv.writer(fh)
    for row, (cells, event, iso) in enumerate(school_rows, start=1):
        writer.writerow(cells)
        if event:
            R._note(school, None, row, event, iso, cells[2])

# The young carers service's notes: a title, then for each note its date on a line and the note under it.
young_carers = "Young Carers Service.docx"
notes = [
    ("Wednesday 17 January 2024", "Referral received from Ashfield Academy: Ellie (12) cares for her mum "
     "(MS, alcohol). Consent given.", "E2", "2024-01-17"),
    ("Thursday 1 February 2024", "Young carer's assessment at home: Ellie does the shopping, meds and "
     "mum's personal care. Mum drinks in the evenings.", "E3", "2024-02-01"),
    ("Tuesday 20 February 2024", "Joined ASC's Care Act assessment at home to speak for Ellie.", "E5",
     "2024-02-20"),
    ("Thursday 14 March 2024", "Referral to children's social care: Ellie's caring role is too much, mum "
     "drinking daily.", "E7", "2024-03-14"),
]
document = docx.Document()
document.add_paragraph("Young Carers Service - case notes: Ellie Ward")
row = 1
for heading, note, event, iso in notes:
    document.add_paragraph(heading)
    document.add_paragraph(note)
    R._note(young_carers, None, row + 1, event, iso, note)  # (the entry's row is its date's, as a form block's is its first)
    row += 2
document.save(str(R.folder / young_carers))

R.xlsx("Adult Social Care.xlsx", [("Karen", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 2, 13), "Duty", "Safeguarding referral from the ambulance service: Karen fell at home last night "
      "(alcohol); her 12 year old daughter is her carer."], "E4", "2024-02-13"),
    ([D(2024, 2, 20), "OT Simms", "Care Act assessment at home with the young carers worker: package of care "
      "offered, Karen declined."], "E5", "2024-02-20"),
])])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date", "Time", "Call", "Notes"]], [
    ([D(2024, 2, 12), "19:40", "Fall", "Female 44, MS, fell in the kitchen; smelled of alcohol. Daughter (12) "
      "called 999 and is her carer. Not conveyed. Safeguarding referral to ASC."], "E4", "2024-02-12"),
])])

R.xlsx("GP Surgery.xlsx", [("Karen", [], [["Date", "Clinician", "Consultation"]], [
    ([D(2024, 3, 5), "Dr Rowe", "MS review: mobility worse. Drinking a bottle of wine a night. Daughter helps at "
      "home. Alcohol service details given."], "E6", "2024-03-05"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Ellie", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 3, 14), "Front door", "Referral from the young carers service: Ellie caring for mum, who drinks "
      "daily. To assessment."], "E7", "2024-03-14"),
])])
R.done()
