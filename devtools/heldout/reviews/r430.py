"""A held-out review (see ../README.md): python r430.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Ava (4 months) dies while sharing a sofa with her father after he had
# been drinking. Vocabulary: "SUDI", "JAR" (joint agency response), "co-sleeping", "ROSC", "AUDIT score",
# "units/wk", "NBV", "MASH", "DA". Layouts: the health visitors' workbook with a cover sheet (a title and a
# version history table with its dates) before the chronology sheet; the police's date-times written
# '04.05.24 23.10'; the drug and alcohol service's CSV with number columns ('Units/wk', 'AUDIT'); the
# hospital's Word table of date-times; maternity's; children's social care's; the GP's.


def cover(book):
    sheet = book["Cover"]
    sheet.column_dimensions["A"].width = 30


R.xlsx("Health Visiting Service.xlsx", [
    ("Cover", [["Health Visiting Service - agency chronology (CSPR 'Ava')"], [],
               ["Version", "Date", "Author", "Changes"],
               ["0.1", D(2024, 7, 1), "HV Team Leader", "First draft"],
               ["0.2", D(2024, 7, 15), "Named Nurse", "Added analysis column"],
               ["1.0", D(2024, 8, 2), "Named Nurse", "Final for panel"]], [], []),
    ("Chronology", [], [["Date", "Contact", "HV", "Details", "Analysis"]], [
        ([D(2024, 2, 12), "Birth notification", "Admin", "Birth notification: Ava born 10/02/2024, 3.1kg.", ""],
         "E1", "2024-02-12"),
        ([D(2024, 2, 22), "NBV", "HV Lowe", "New birth visit. Safe sleep advice given: Moses basket in parents' "
          "room. Dad drinks 'a few cans' at weekends.", "Alcohol not explored further."], "A2", "2024-02-22"),
        ([D(2024, 5, 8), "MASH notification", "HV Lowe", "Notification of a DA incident at the home on 04/05: "
          "argument, father intoxicated. Ava present.", ""], "E2", "2024-05-08"),
        ([D(2024, 6, 18), "Information", "HV Lowe", "Informed by the paediatrician that Ava died yesterday "
          "(SUDI). Records secured.", ""], "E3", "2024-06-18"),
        ([D(2024, 6, 19), "Meeting", "HV Lowe", "Attended the JAR meeting: police, CSC, paediatrician.", ""],
         "E4", "2024-06-19"),
    ]),
], finish=cover)

R.xlsx("Police.xlsx", [("Log", [], [["Date/Time", "Ref", "Summary"]], [
    (["04.05.24 23.10", "L-4471", "Domestic: neighbours heard shouting. Father intoxicated, verbal argument "
      "only; baby asleep upstairs. DASH standard. Notification to MASH."], "E2", "2024-05-04"),
    (["17.06.24 03.20", "L-6102", "Sudden death of 4-month-old: found not breathing on the sofa with father. "
      "JAR started; scene preserved."], "E3", "2024-06-17"),
    (["19.06.24 10.00", "L-6102", "JAR strategy meeting chaired by police: CSC, paediatrician, HV."], "E4",
     "2024-06-19"),
])])

R.csv("Change Grow Live.csv", [], ["Session date", "Worker", "Units/wk", "AUDIT", "Session notes"], [
    (["20/03/2024", "R. Khan", "40", "22", "Assessment (dad, self-referred). Drinks 8 cans a night Thu-Sun. Has "
      "a baby of 5 weeks; talked about safe sleep and alcohol."], "A3", "2024-03-20"),
    (["17/04/2024", "R. Khan", "28", "", "Reduced drinking; wants detox."], "A4", "2024-04-17"),
    (["19/06/2024", "R. Khan", "", "", "Told by his partner on the phone that their baby died on Monday."],
     "E3", "2024-06-19"),
])

R.docx_table("Northern General Hospital.docx", "Northern General - ED and paediatrics", ["Date & time", "Entry"], [
    (["17/06/2024 03:48", "Brought in by ambulance in cardiac arrest, 4-month-old. Resuscitation stopped at "
      "04:20. SUDI protocol; police and on-call paediatrician informed."], "E3", "2024-06-17"),
    (["19/06/2024 10:00", "Consultant paediatrician at the JAR meeting at the police station."], "E4",
     "2024-06-19"),
])

R.xlsx("Maternity.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 2, 10), "SVD 08:55, girl 3.1kg. Skin to skin, breastfeeding."], "E1", "2024-02-10"),
    ([D(2024, 2, 11), "Discharged home. Safe sleep leaflet given; no smoking in the home."], "A5", "2024-02-11"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 5, 6), "Contact", "Police notification (DA, standard risk): verbal argument on 04/05, father drunk, "
      "baby in the house. NFA; letter to mother."], "E2", "2024-05-06"),
    ([D(2024, 6, 17), "Contact", "Police: sudden unexpected death of Ava (4 months) overnight."], "E3",
     "2024-06-17"),
    ([D(2024, 6, 19), "Strategy meeting", "JAR meeting at the police station; s47 for the older sibling."],
     "E4", "2024-06-19"),
])])

R.xlsx("GP Surgery.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 4, 2), "8 week baby check: well. Immunisations given."], "A6", "2024-04-02"),
    ([D(2024, 6, 18), "Notification of death 17/06/2024: SUDI. Coroner informed."], "E3", "2024-06-18"),
])])
R.done()
