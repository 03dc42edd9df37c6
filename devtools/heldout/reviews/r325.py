"""A held-out review (see ../README.md): python r325.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Theo (18 months), hurt at his registered childminder's: a bump on the head written in her accident
# book, vomiting next day, a skull fracture and bleed on CT, a strategy discussion, the LADO, Ofsted
# suspending her registration, a child protection medical. Vocabulary: "registered childminder",
# "accident book", "Ofsted", "suspension of registration", "LADO", "CT head", "subdural", "skeletal
# survey", "CP medical". Layouts: the childminder's accident book as a form (a "Label: value" block
# for each entry); Ofsted's case log with dates as "16 Sept 2024"; the hospital's "13/09/2024 @
# 07:40"; children's social care; the police; the LADO with dates "16/9/24".

# The childminder's accident book, copied into a workbook as a form: one block of labels a record.
R.rows.append({"file": "Childminder accident book.xlsx", "sheet": "Accident book", "row": 1, "event": None,
               "date": None, "text": "Accident and incident record – K Walsh, registered childminder"})
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Accident book"
blocks = [
    ([("Date", "12/09/2024"), ("Time", "15:10"), ("Child", "Theo"),
      ("What happened", "Theo climbed on the sofa and fell, hit his head on the coffee table. Small red mark "
                        "above left ear. Cold compress, settled."),
      ("Parent informed", "Mum at collection 17:30, signed.")], "E1", "2024-09-12"),
    ([("Date", "13/09/2024"), ("Time", "08:15"), ("Child", "Theo"),
      ("What happened", "Mum texted: Theo sick in the night, taking him to A&E. Not attending today."),
      ("Parent informed", "n/a")], "E2", "2024-09-13"),
]
sheet.cell(1, 1, "Accident and incident record – K Walsh, registered childminder")
row = 3
for labels, event, iso in blocks:
    first = row
    for label, value in labels:
        sheet.cell(row, 1, label + ":")
        sheet.cell(row, 2, value)
        R.rows.append({"file": "Childminder accident book.xlsx", "sheet": "Accident book", "row": row,
                       "event": event if row == first else None, "date": iso if row == first else None,
                       "text": value[:90]})
        row += 1
    row += 1  # a blank row between records
book.save(R.folder / "Childminder accident book.xlsx")

R.xlsx("Royal Preston Hospital.xlsx", [("Paediatrics", [], [["Date/time", "Clinician", "Note"]], [
    (["13/09/2024 @ 07:40", "ED registrar", "18/12 boy, vomiting x4 overnight, boggy swelling L parietal. History: "
      "fall at childminder's yesterday. CT head: L parietal skull fracture, small subdural."], "E2", "2024-09-13"),
    (["13/09/2024 @ 11:30", "Paediatric consultant", "Safeguarding referral to CSC: injury and history need "
      "explaining. Admitted to the children's ward."], "E3", "2024-09-13"),
    (["14/09/2024 @ 10:00", "Paediatric consultant", "Strategy discussion (police, CSC): CP medical and skeletal "
      "survey."], "E4", "2024-09-14"),
    (["16/09/2024 @ 09:30", "Paediatric consultant", "CP medical: skeletal survey clear, bloods normal. Injury "
      "could be from the fall described if the table was high; opinion deferred to neurosurgery."], "E7",
     "2024-09-16"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Category", "Entry"]], [
    ([D(2024, 9, 13), "Referral", "From the paediatric consultant: Theo (18/12) skull fracture, fall at the "
      "childminder's. Parents cooperative."], "E3", "2024-09-13"),
    ([D(2024, 9, 14), "Strategy", "Strategy discussion (police, paediatrician): s47; injury happened in a "
      "registered setting, LADO to be informed."], "E4", "2024-09-14"),
    ([D(2024, 9, 16), "LADO", "Referral to the LADO re the childminder (K Walsh)."], "E5", "2024-09-16"),
])])

R.xlsx("Lancashire Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 9, 14), "10:00", "Strat with CSC and paed: investigate, childminder to be interviewed."], "E4",
     "2024-09-14"),
    ([D(2024, 9, 19), "14:00", "Childminder interviewed voluntarily: account matches the accident book."], "E8",
     "2024-09-19"),
])])

R.xlsx("LADO.xlsx", [("LADO", [], [["Date", "Note"]], [
    (["16/9/24", "Referral from CSC: registered childminder (K Walsh), child with a skull fracture after a fall in "
      "her care. Ofsted informed by phone."], "E5", "2024-09-16"),
    (["18/9/24", "Ofsted confirm her registration is suspended for 6 weeks."], "E6", "2024-09-18"),
])])

R.xlsx("Ofsted.xlsx", [("Case log", [], [["Date", "Inspector", "Action"]], [
    (["16 Sept 2024", "Regulatory inspector", "Notification from the LADO: child injured at a registered "
      "childminder's (EY123456)."], "E5", "2024-09-16"),
    (["17 Sept 2024", "Regulatory inspector", "Registration suspended (risk of harm) pending enquiries; "
      "notice served."], "E6", "2024-09-17"),
])])
R.done()
