"""A held-out review (see ../README.md): python r525.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Amina (7), whose mother had been cut as a girl; a planned summer trip
# abroad. Each agency tells the same event in its own words: 'FGM identified at booking', 'type 2 FGM noted by
# the midwife'; the mandatory report as 'FGM mandatory report made to police', 'report under the FGM duty',
# 'police received a mandatory FGM report'; the order as 'FGM protection order granted', 'FGMPO made by the
# court', 'court made an order to stop the trip'. Layouts: maternity's sheet with the gestation in its own
# column; the GP's coded record 'Date | Code | Text'; the police's sheet; children's social care's tab-separated
# file (.tsv); the school's Word table.

R.xlsx("Maternity.xlsx", [("Antenatal", [], [["Date", "Gestation", "Contact", "Note"]], [
    ([D(2024, 5, 2), "10+3", "Booking", "FGM identified at booking (type 2, as a child in her home country). Has a "
      "daughter aged 7: FGM safeguarding risk assessment done, referral to children's social care."], "E1",
     "2024-05-02"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Code", "Text"]], [
    ([D(2024, 5, 3), "FGM - risk to child", "Letter from the midwife: mum has type 2 FGM; risk to Amina noted on her "
      "record."], "E1", "2024-05-03"),
    ([D(2024, 6, 20), "Travel advice", "Mum asking for vaccinations for Amina for a summer trip to see family; "
      "concerns shared with social care."], "E2", "2024-06-20"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Entry"]], [
    ([D(2024, 6, 21), "Strategy discussion with CSC: planned trip abroad, risk of FGM to a 7 year old. Application "
      "for an FGM protection order."], "E3", "2024-06-21"),
    ([D(2024, 6, 26), "FGMPO made by the family court: passports surrendered at the station."], "E4", "2024-06-26"),
])])

tsv = R.folder / "Children's Social Care.tsv"
rows = [
    ("03/05/2024", "Referral from maternity: mother has FGM, daughter aged 7. Assessment: parents against FGM, "
     "advice given.", "E1", "2024-05-03"),
    ("20/06/2024", "GP phoned: mum is planning to take Amina abroad this summer; the GP is worried about FGM.", "E2",
     "2024-06-20"),
    ("21/06/2024", "Strategy discussion with police about the trip: s47, application to court.", "E3", "2024-06-21"),
    ("26/06/2024", "Court made an order to stop the trip (FGM protection order). Parents upset.", "E4", "2024-06-26"),
]
with open(tsv, "w", encoding="utf-8") as fh:
    fh.write("Date\tRecord\n")
    for row, (day, text, event, iso) in enumerate(rows, start=2):
        fh.write(f"{day}\t{text}\n")
        R._note(tsv.name, None, row, event, iso, text)

R.docx_table("School.docx", "Primary school - safeguarding record (Amina)", ["Date", "Staff", "Record"], [
    (["27/06/2024", "DSL", "Social worker told us an FGM protection order was granted yesterday; Amina will not "
      "travel."], "E4", "2024-06-27"),
])
R.done()
