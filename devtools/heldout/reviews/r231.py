"""A held-out review (see ../README.md): python r231.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A sudden unexpected death in infancy (baby L, 11 weeks), co-sleeping. Vocabulary: "NBV" (new
# birth visit), "ICON", "BRUE" (brief resolved unexplained event), "SUDI", "JAR" (joint agency
# response), "DASH standard". Layouts: maternity's date cells with times in a column of their own;
# the health visitors' SystmOne print with a preamble and text going on below its entry; the GP's
# entries under month headings, dated "17th"; the ambulance service's ISO date-times with seconds;
# the emergency department's Word table "Date & time"; children's social care's "Date of
# contact/referral".
R.xlsx("Maternity.xlsx", [("Maternity", [], [["Date of contact", "Time", "Staff", "Location", "Summary"]], [
    ([D(2024, 1, 14), "03:12", "MW Ahmed", "Delivery suite", "Baby girl born SVD, 3.1kg. Mum and baby well."], "E1",
     "2024-01-14"),
    ([D(2024, 1, 20), "11:00", "CMW Price", "Home", "Day 5 visit: feeding well, weight 3.0kg. Safe sleep leaflet "
      "given; Moses basket in parents' room."], None, "2024-01-20"),
    ([D(2024, 1, 24), "10:15", "CMW Price", "Home", "Discharged from midwifery care to health visitor."], None,
     "2024-01-24"),
])])

rows = [
    ["Patient: Baby L"], ["Printed: 01/05/2024 by records team"], [],
    ["Date", "Time", "Staff member", "Event details"],
]
hv = [
    (["15 Jan 2024", "09:40", "HV admin", "Birth notification received from maternity: baby girl born 14/01."], "E1",
     "2024-01-15"),
    (["26 Jan 2024", "14:00", "HV Collins", "NBV completed at home. Safe sleep advice given, ICON discussed."], None,
     "2024-01-26"),
    (["", "", "", "Mum says baby sometimes sleeps in the parents' bed after night feeds."], None, None),
    (["12 Feb 2024", "10:05", "HV Collins", "Notified by ED liaison of attendance on 10/02 (BRUE). Phone call to "
      "mum: baby well."], "E4", "2024-02-12"),
    (["21 Feb 2024", "15:30", "HV Collins", "Domestic abuse notification received: police attended on 18/02, "
      "baby present."], "E5", "2024-02-21"),
    (["07 Mar 2024", "10:00", "HV Collins", "6-8 week contact at clinic. Weight 4.6kg. Safe sleep revisited."],
     None, "2024-03-07"),
    (["02 Apr 2024", "12:20", "HV Collins", "Informed by the rapid response nurse that baby L died this morning."],
     "E7", "2024-04-02"),
    (["03 Apr 2024", "11:00", "HV Collins", "Strategy discussion by phone with police and children's social care."],
     "E8", "2024-04-03"),
]
import csv  # noqa: E402

with open(R.folder / "Health Visiting SystmOne.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    for line in rows:
        w.writerow(line)
    r = len(rows) + 1
    for cells, event, iso in hv:
        w.writerow(cells)
        if cells[0]:
            R._note("Health Visiting SystmOne.csv", None, r, event, iso, cells[3])
        r += 1

R.xlsx("GP practice.xlsx", [("Journal", [], [["Date", "Clinician", "Entry"]], [
    (["January 2024"], None, None),
    (["17th", "Admin", "New baby registered with the practice, born 14/01/2024 at City Hospital."], None,
     "2024-01-17"),
    (["February 2024"], None, None),
    (["13th", "Dr Okafor", "ED letter: attended 10/02 with a brief resolved unexplained event, discharged 11/02."],
     "E4", "2024-02-13"),
    (["March 2024"], None, None),
    (["5th", "Dr Okafor", "6-8 week baby check: well, hips normal. Immunisations given."], None, "2024-03-05"),
    (["April 2024"], None, None),
    (["3rd", "Admin", "Notification of death received from the hospital: baby L died 02/04/2024."], "E7",
     "2024-04-03"),
])])

R.xlsx("Police.xlsx", [("Police", [["Police return – Child Safeguarding Practice Review, Baby L"], []],
                        [["Date", "Time", "Occurrence ref", "Details"]], [
    (["18/02/2024", "23:10:00", "OCC 24/3310", "Verbal domestic at home address, baby present and asleep. DASH "
      "standard. Notification to children's social care and health."], "E5", "2024-02-18"),
    (["02/04/2024", "07:05:00", "OCC 24/5121", "Sudden unexpected death of an infant. Officers attended the home "
      "and the hospital; JAR started with the rapid response nurse."], "E7", "2024-04-02"),
    (["03/04/2024", "10:30:00", "OCC 24/5121", "Strategy discussion with children's social care and health: no "
      "S47, the JAR continues."], "E8", "2024-04-03"),
])])

R.csv("Ambulance.csv", [], ["Date/Time of call", "Call category", "Notes"], [
    (["2024-02-10 21:30:12", "Cat 2", "4 week old, parents report baby stopped breathing and went floppy, now "
      "crying. Conveyed to paediatric ED."], "E4", "2024-02-10"),
    (["2024-04-02 06:41:55", "Cat 1", "Infant in cardiac arrest, found unresponsive in parents' bed. CPR, "
      "conveyed to ED."], "E7", "2024-04-02"),
])

d = docx.Document()
d.add_paragraph("City Hospital – Paediatric Emergency Department")
t = d.add_table(rows=1, cols=2)
t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Date & time", "Attendance details"
ed = [
    ("10/02/2024 21:58", "Brought in by ambulance: brief resolved unexplained event at home. Observed overnight, "
     "discharged 11/02 with open access.", "E4", "2024-02-10"),
    ("02/04/2024 07:02", "Arrived in cardiac arrest. Resuscitation stopped 07:40. Rapid response nurse and police "
     "informed (SUDI).", "E7", "2024-04-02"),
]
for when, text, event, iso in ed:
    row = t.add_row().cells
    row[0].text, row[1].text = when, text
d.save(R.folder / "ED.docx")
for i, (when, text, event, iso) in enumerate(ed):
    R._note("ED.docx", None, i + 3, event, iso, text)

R.xlsx("Childrens Social Care.xlsx", [("Contacts", [], [["Date of contact/referral", "Contact type", "Summary",
                                                          "Outcome"]], [
    (["20/02/2024", "Police notification", "Domestic incident 18/02, verbal only, baby present.", "NFA, advice "
      "letter to parents"], "E5", "2024-02-20"),
    (["02/04/2024", "Police notification", "SUDI: baby L died this morning.", "Strategy discussion arranged"],
     "E7", "2024-04-02"),
    (["03/04/2024", "Strategy discussion", "With police and health (HV, rapid response nurse).", "No S47; JAR "
      "continues, family support offered"], "E8", "2024-04-03"),
])])
R.done()
