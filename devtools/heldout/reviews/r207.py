"""A held-out review (see ../README.md): python r207.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx
import xlwt

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A baby born with neonatal abstinence syndrome, then a bruise at five weeks. Layouts: midwifery as
# an old .xls with dates written "12.03.23" and a separate time; a trust workbook with a sheet per
# service (neonatal unit, paediatric ED) and one Date/Time column; social care as a Word table
# under a title; a drug service CSV in cp1252 with "12th March 2023" and curly apostrophes; a
# health visiting sheet under a merged title; a GP CSV with dates like 29-Mar-2023.
wb = xlwt.Workbook()
ws = wb.add_sheet("Maternity")
head = ["Date", "Time", "Midwife", "Entry"]
midwifery = [
    ("10.01.23", "11:00", "CMW Ali", "Booking 14/40. On methadone 40ml, previous child adopted 2019. Referral to CSC "
     "(pre-birth) completed.", "E1", "2023-01-10"),
    ("07.02.23", "", "SMW Hart", "Safeguarding MW took part in pre-birth strategy discussion by phone.", "E2",
     "2023-02-07"),
    ("01.03.23", "10:00", "SMW Hart", "Attended ICPC - unborn made subject to CP plan, neglect.", "E3", "2023-03-01"),
    ("12.03.23", "03:14", "MW Cole", "SVD, live girl 2.61kg. Baby to NNU for NAS observation as per birth plan.",
     "E4", "2023-03-12"),
    ("14.03.23", "", "MW Cole", "Mum discharged from postnatal ward; baby remains on NNU.", None, "2023-03-14"),
]
for c, h in enumerate(head):
    ws.write(0, c, h)
for r, (day, time, who, text, ev, iso) in enumerate(midwifery, 1):
    for c, v in enumerate((day, time, who, text)):
        ws.write(r, c, v)
    R._note("Midwifery.xls", "Maternity", r + 1, ev, iso, text)
wb.save(str(R.folder / "Midwifery.xls"))

R.xlsx("Northshire Hospitals Trust.xlsx", [
    ("Neonatal Unit", [], [["Date/Time", "Entry type", "Note"]], [
        ([D(2023, 3, 12, 5, 20), "Nursing", "Admitted from delivery suite at 2 hours old for NAS monitoring. "
          "Finnegan scoring started."], "E4", "2023-03-12"),
        ([D(2023, 3, 15, 9, 0), "Medical", "Finnegan scores consistently > 8: oral morphine started."], None,
         "2023-03-15"),
        ([D(2023, 3, 20, 14, 0), "Social", "Discharge planning meeting on the unit with parents, SW and HV. "
          "Discharge home under CP plan agreed."], "E6", "2023-03-20"),
        ([D(2023, 3, 27, 12, 30), "Nursing", "Discharged home with parents. Morphine weaned."], "E7", "2023-03-27"),
    ]),
    ("Paediatric ED", [], [["Date/Time", "Entry type", "Note"]], [
        ([D(2023, 4, 18, 16, 40), "Medical", "5/52 with bruise to left ear, sent in by HV. Safeguarding: CP "
          "medical requested, CSC aware."], "E8", "2023-04-18"),
        ([D(2023, 4, 19, 10, 15), "Medical", "CP medical: bruising to L pinna consistent with a pinch, no "
          "accidental explanation. Skeletal survey clear."], "E9", "2023-04-19"),
    ]),
])

d = docx.Document()
d.add_paragraph("Children's Social Care - chronology for Baby M")
t = d.add_table(rows=1, cols=3)
for c, h in zip(t.rows[0].cells, ["Date", "Event", "Outcome"]):
    c.text = h
csc = [
    ("10/01/2023", "Contact from community midwife: pre-birth referral, mother on methadone, previous child adopted.",
     "Pre-birth assessment", "E1", "2023-01-10"),
    ("07/02/2023", "Strategy discussion (pre-birth) with midwifery, drug service and police.", "S47 agreed", "E2",
     "2023-02-07"),
    ("01/03/2023", "Initial child protection conference (unborn).", "CP plan - neglect", "E3", "2023-03-01"),
    ("13/03/2023", "Notification from hospital: baby born yesterday, on NNU for withdrawal.", "Visit", "E4",
     "2023-03-13"),
    ("20/03/2023", "Discharge planning meeting held on NNU.", "Home with parents under CP plan", "E6", "2023-03-20"),
    ("18/04/2023", "Referral from HV: 5 week old with bruise to ear. Strategy discussion; CP medical arranged.",
     "S47", "E8", "2023-04-18"),
    ("19/04/2023", "CP medical completed - inflicted injury likely. Baby to stay with MGM under safety plan.",
     "Safety plan", "E9", "2023-04-19"),
]
for day, event, outcome, ev, iso in csc:
    row = t.add_row().cells
    row[0].text, row[1].text, row[2].text = day, event, outcome
d.save(R.folder / "Childrens Social Care.docx")
for i, (day, event, outcome, ev, iso) in enumerate(csc):
    R._note("Childrens Social Care.docx", None, i + 3, ev, iso, event)

R.csv("Drug and Alcohol Service.csv", [], ["Date", "Worker", "Note"], [
    (["7th February 2023", "KW Singh", "Keyworker joined the pre-birth strategy call. Client’s script stable."], "E2",
     "2023-02-07"),
    (["1st March 2023", "KW Singh", "Report for ICPC submitted; attended conference. Plan agreed."], "E3",
     "2023-03-01"),
    (["13th March 2023", "KW Singh", "Client’s partner rang: baby born 12/03, on the neonatal unit."], "E4",
     "2023-03-13"),
    (["29th March 2023", "KW Singh", "Home visit: both parents, baby asleep. Script collected daily."], None,
     "2023-03-29"),
], encoding="cp1252")

R.xlsx("Health Visiting.xlsx", [("HV", [["Health Visiting chronology"], ["Child: Baby M"]],
                                 [["Date", "Contact", "Summary"]], [
    ([D(2023, 3, 20), "Meeting", "Attended discharge planning meeting on NNU."], "E6", "2023-03-20"),
    ([D(2023, 3, 28), "Home visit", "New birth visit. Baby feeding well, home since yesterday."], None,
     "2023-03-28"),
    ([D(2023, 4, 18), "Home visit", "Bruise on baby's left ear, mum could not explain. Referred to CSC, sent to "
      "paediatric ED."], "E8", "2023-04-18"),
])])

R.csv("GP.csv", [], ["Date", "Consultation type", "Summary"], [
    (["10-Jan-2023", "Document", "Midwife booking letter: opiate substitution, safeguarding referral made."], "E1",
     "2023-01-10"),  # (first written None; the booking letter is the GP's news of the booking, as E7's summary is)
    (["29-Mar-2023", "Document", "NNU discharge summary: NAS, morphine weaned, discharged 27/03 under CP plan."],
     "E7", "2023-03-29"),
    (["03-Apr-2023", "Face to face", "6 week check baby: well. Mum: mood OK."], None, "2023-04-03"),
])
R.done()
