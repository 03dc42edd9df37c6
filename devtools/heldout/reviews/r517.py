"""A held-out review (see ../README.md): python r517.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import xlwt

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: a man released from prison on licence forms a relationship with a mother
# of two (Ruby 6, Alfie 4). Each agency tells the same event in its own words: 'released on licence', 'arrival
# from HMP Altcourse', 'out of prison today'; 'MAPPA level 2 meeting', 'MAPPA L2'; the Clare's Law disclosure as
# 'right to know disclosure', 'DVDS disclosure to mum'; 'failed to return by his curfew', 'curfew breach', 'did
# not come back to the AP'; 'recall executed', 'arrested on recall', 'back in custody'. Layouts: probation's
# case notes pasted into a text file, each line opening with its date and time; the police's semicolon CSV with
# a byte order mark (as Excel in some settings saves it); the approved premises' old Excel (.xls) log;
# children's services' sheet.

lines = [
    ("07/05/2024 09:30 Released on licence from HMP Altcourse; reported to the approved premises by 15:00 as "
     "directed.", "E1", "2024-05-07"),
    ("15/05/2024 14:00 MAPPA level 2 meeting: he disclosed a new relationship with a mother of two. Police to "
     "consider a DVDS disclosure.", "E2", "2024-05-15"),
    ("03/06/2024 08:50 AP reported he did not come back last night. Recall requested from PPCS.", "E4",
     "2024-06-03"),
    ("04/06/2024 16:20 Recall executed: arrested at his partner's address, back in custody at HMP Altcourse.",
     "E5", "2024-06-04"),
]
with open(R.folder / "Probation case notes.txt", "w", encoding="utf-8") as fh:
    for row, (text, event, iso) in enumerate(lines, start=1):
        fh.write(text + "\n")
        R._note("Probation case notes.txt", None, row, event, iso, text)

R.csv("Police.csv", [], ["Date", "Time", "Type", "Narrative"], [
    (["07/05/2024", "11:00", "Offender management", "Out of prison today on licence (violence against a former "
      "partner); living at the approved premises."], "E1", "2024-05-07"),
    (["15/05/2024", "14:00", "MAPPA", "MAPPA L2 attended. New partner has two young children."], "E2", "2024-05-15"),
    (["20/05/2024", "10:30", "DVDS", "Right to know disclosure made to the new partner under Clare's Law, jointly "
      "with the social worker."], "E3", "2024-05-20"),
    (["02/06/2024", "23:40", "Licence", "AP resident failed to return by his 23:00 curfew; probation out of hours "
      "informed."], "E4", "2024-06-02"),
    (["04/06/2024", "15:05", "Arrest", "Arrested on recall at the partner's address; children present, conveyed to "
      "custody then HMP."], "E5", "2024-06-04"),
], encoding="utf-8-sig", delimiter=";")

book = xlwt.Workbook()
sheet = book.add_sheet("Resident log")
date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
for col, header in enumerate(["Date", "Staff", "Log entry"]):
    sheet.write(0, col, header)
ap_rows = [
    (D(2024, 5, 7), "AP staff", "Arrival from HMP Altcourse: induction done, curfew 23:00 to 07:00 explained.",
     "E1", "2024-05-07"),
    (D(2024, 6, 2), "Night staff", "Curfew breach: not back by 23:00. Police and probation informed.", "E4",
     "2024-06-02"),
]
for row, (day, staff, text, event, iso) in enumerate(ap_rows, start=1):
    sheet.write(row, 0, day, date_style)
    sheet.write(row, 1, staff)
    sheet.write(row, 2, text)
    R._note("Approved Premises.xls", "Resident log", row + 1, event, iso, text)
book.save(str(R.folder / "Approved Premises.xls"))

R.xlsx("Children's Services.xlsx", [("Chronology", [], [["Date", "Worker", "Contact", "Summary"]], [
    ([D(2024, 5, 15), "SW Hale", "Meeting", "MAPPA meeting attended: a high risk offender now in a relationship "
      "with Ruby and Alfie's mum."], "E2", "2024-05-15"),
    ([D(2024, 5, 20), "SW Hale", "Joint visit", "Joint visit with police to deliver the DVDS disclosure to mum; she "
      "agreed to a safety plan."], "E3", "2024-05-20"),
    ([D(2024, 6, 5), "SW Hale", "Phone", "Police: he was recalled to prison yesterday after being found at mum's "
      "house with the children."], "E5", "2024-06-05"),
])])
R.done()
