"""A held-out review (see ../README.md): python r276.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import xlwt
from lib import Review

R = Review(sys.argv[1])
# A 16-year-old mother (Chloe) and her baby; her 19-year-old partner's abuse. Vocabulary: "FNP"
# (family nurse partnership), "booking", "EDD", "DASH", "PPN", "Clare's Law", "strangulation".
# Layouts: maternity's old Excel .xls with dates written "04-May-2023"; the family nurse's export
# with date-times written out as text ("2023-05-04 00:00:00", as a program saves them); the police;
# children's social care; the college.
book = xlwt.Workbook()
sheet = book.add_sheet("Maternity")
maternity = [("Date", "Clinician", "Entry", None, None),
             ("04-May-2023", "MW Ellis", "Booking at 11 weeks: 16 yrs, partner 19. Routine enquiry: denies DA. FNP "
              "referral.", None, "2023-05-04"),
             ("19-Nov-2023", "Labour ward", "SVD, baby boy 3.2 kg. Bruise noted to mother's neck; said it was a "
              "love bite. Safeguarding referral.", "E3", "2023-11-19")]
for r, (date, who, text, event, iso) in enumerate(maternity):
    sheet.write(r, 0, date)
    sheet.write(r, 1, who)
    sheet.write(r, 2, text)
    if r:
        R._note("Maternity.xls", "Maternity", r + 1, event, iso, text)
book.save(str(R.folder / "Maternity.xls"))

R.xlsx("Family Nurse Partnership.xlsx", [("Visits", [], [["Visit date", "Visit type", "Notes"]], [
    (["2023-05-30 00:00:00", "First visit", "Chloe at her mum's; partner Kai present throughout, answered for her."],
     None, "2023-05-30"),
    (["2023-08-14 00:00:00", "Antenatal", "Chloe disclosed Kai grabbed her by the throat last week. DASH high; "
      "consented to police and MARAC referral."], "E1", "2023-08-14"),
    (["2023-11-21 00:00:00", "Postnatal", "Visit on the ward: feeding well. Chloe quiet; Kai visiting."], None,
     "2023-11-21"),
])])

R.csv("Police.csv", [], ["Date", "Time", "Occurrence"], [
    (["14/08/2023", "16:30", "Referral from the family nurse: 16 yr old pregnant female disclosed non-fatal "
      "strangulation by partner (19). Crime recorded; DASH high; Clare's Law right to know considered."], "E1",
     "2023-08-14"),
    (["22/08/2023", "10:00", "Chloe declined to make a statement. Suspect interviewed, no comment, NFA."], None,
     "2023-08-22"),
])

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Note"]], [
    (["15/08/2023", "PPN from police: Chloe (16, pregnant) strangled by partner. Strategy discussion; pre-birth "
      "assessment."], "E1", "2023-08-15"),
    (["20/11/2023", "Referral from the labour ward: bruising to Chloe's neck after birth. Strategy discussion."],
     "E3", "2023-11-20"),
])])

R.xlsx("College.xlsx", [("Log", [], [["Date", "Note"]], [
    (["11/09/2023", "Chloe withdrawn from the course (pregnancy); partner waiting outside every day."], None,
     "2023-09-11"),
])])
R.done()
