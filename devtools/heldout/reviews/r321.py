"""A held-out review (see ../README.md): python r321.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A concealed pregnancy: Keira (16), at college, gives birth alone at home in the night; the
# ambulance, the maternity unit, a referral, a strategy discussion, a discharge to her grandmother,
# a conference. Vocabulary: "concealed pregnancy", "BBA" (born before arrival), "unassisted
# birth", "NNU", "safeguarding midwife", "ICPC". Layouts: the ambulance service's CSV in cp1252 with
# date and time in one text cell; the maternity unit's dates as "06-May-2024 03:58" text under a
# two-row title; children's social care with one date cell merged over two entries; the police's
# time as "0330hrs" in a column of its own; the college's "29.04.24"; the GP's earlier consultation.

R.csv("NWAS incidents.csv", [], ["Incident date/time", "Incident no", "Chief complaint", "Crew notes", "Outcome"], [
    (["06/05/2024 03:12", "NW-448120", "Maternity – BBA", "999 call from grandmother: 16yo female has given birth "
      "in the bathroom, unaware she was pregnant. Baby crying, cord intact. Cord clamped and cut on scene.",
      "Conveyed mother and baby to Royal Oldham maternity"], "E3", "2024-05-06"),
], encoding="cp1252")

R.xlsx("Maternity (ROH).xlsx", [("Maternity record", [["Northern Care Alliance – Maternity"], ["Chronology for CSPR"]],
                                 [["Date/Time", "Staff", "Record"]], [
    (["06-May-2024 03:58", "Midwife K. Ashworth", "Arrived by ambulance with baby boy (BBA at home, unassisted "
      "birth). Concealed pregnancy, no antenatal care. Baby 2.4 kg, to NNU for observation."], "E3", "2024-05-06"),
    (["06-May-2024 09:20", "Safeguarding midwife", "Referral to children's social care (MASH) completed re concealed "
      "pregnancy, mother 16."], "E4", "2024-05-06"),
    (["07-May-2024 14:00", "Safeguarding midwife", "Attended strategy discussion (CSC, police): s47 agreed; baby not "
      "to be discharged until plan in place."], "E5", "2024-05-07"),
    (["09-May-2024 16:30", "Midwife K. Ashworth", "Mother and baby discharged to maternal grandmother's address "
      "under safety plan. HV and community midwife informed."], "E6", "2024-05-09"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [["Oldham Children's Services"]],
                                       [["Date", "Event", "Outcome"]], [
    ([D(2024, 5, 6), "Referral from the safeguarding midwife: Keira (16) gave birth at home overnight, concealed "
      "pregnancy.", "Strategy discussion to be convened"], "E4", "2024-05-06"),
    ([None, "Checks with police and GP: no previous involvement, Keira known to college only.", "NFA on checks"], None,
     "2024-05-06"),
    ([D(2024, 5, 7), "Strategy discussion (police, safeguarding midwife, SW): s47 joint enquiry.",
      "Section 47 enquiry"], "E5", "2024-05-07"),
    ([D(2024, 5, 9), "Keira and baby discharged to maternal grandmother; safety plan signed.", "Safety plan"], "E6",
     "2024-05-09"),
    ([D(2024, 5, 14), "Joint home visit with the health visitor at grandmother's home: baby seen, feeding well.",
      "Assessment continues"], "E7", "2024-05-14"),
    ([D(2024, 5, 28), "Initial child protection conference: baby subject to CP plan (neglect).", "CP plan"], "E8",
     "2024-05-28"),
])],
       # The two entries of 6 May share one date cell, merged over both rows (rows 3 and 4).
       finish=lambda workbook: workbook["Chronology"].merge_cells("A3:A4"))

R.xlsx("GMP.xlsx", [("Occurrences", [], [["Date", "Time", "Ref", "Summary"]], [
    ([D(2024, 5, 6), "0330hrs", "OL/2204", "Ambulance request: birth at home of 16yo, baby conveyed. No police "
      "attendance required."], "E3", "2024-05-06"),
    ([D(2024, 5, 7), "1400hrs", "OL/2204", "Strategy discussion with CSC and hospital: joint s47."], "E5",
     "2024-05-07"),
    ([D(2024, 5, 28), "1000hrs", "OL/2204", "ICPC: police report submitted, did not attend."], None, "2024-05-28"),
])])

R.xlsx("Oldham College.xlsx", [("Student services", [], [["Date", "Staff", "Note"]], [
    (["29.04.24", "Tutor", "Keira unwell in class, stomach pains, sent home. Mum informed by phone."], "E2",
      "2024-04-29"),
    (["13.05.24", "DSL", "Informed by SW that Keira gave birth on 06/05. Support plan for return to college."], "E3",
     "2024-05-13"),
])])

R.xlsx("GP.xlsx", [("Consultations", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 2, 12), "Dr Rahman", "Lower abdominal pain for 2 weeks, ?UTI. Urine dip NAD. Advised fluids; review if "
      "persists."], "E1", "2024-02-12"),
    ([D(2024, 5, 8), "Dr Rahman", "Discharge info from ROH: BBA 06/05 at home, concealed pregnancy; CSC involved."],
     "E3", "2024-05-08"),
])])

R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "Contact", "Notes"]], [
    ([D(2024, 5, 10), "Birth notification", "Discharge notification received from ROH (discharged 09/05 to "
      "grandmother)."], "E6", "2024-05-10"),
    ([D(2024, 5, 14), "New birth visit", "Joint with SW at grandmother's. Baby weighed, feeding well. Keira "
      "quiet."], "E7", "2024-05-14"),
    ([D(2024, 5, 28), "ICPC", "Attended initial child protection conference; report shared."], "E8", "2024-05-28"),
])])
R.done()
