"""A held-out review (see ../README.md): python r386.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A non-accidental head injury: baby Noah (9 weeks) brought to hospital "floppy" by his parents; a
# subdural haemorrhage and old rib fractures found; police protection, then foster care. Before it, a
# bruise seen by the health visitor and a nursery-aged sibling's concerns. Vocabulary: "SDH", "RH"
# (retinal haemorrhages), "skeletal survey", "CP medical", "PPO", "s20", "ICO", "bruising protocol".
# Layouts: the hospital's "Date/time seen" as Excel date-times; the police's workbook with a title block
# (Op name, OIC) above the header; the HV's CSV; social care's; the nursery's Word table; the GP's.

R.xlsx("Royal Infirmary.xlsx", [("Safeguarding", [], [["Date/time seen", "Clinician", "Clinical summary"]], [
    ([D(2024, 1, 14, 19, 40), "ED reg", "9/52 male, parents report 'floppy after a feed'. Bulging fontanelle. CT: "
      "bilateral SDH. Transferred to PICU. Police and CSC informed."], "E2", "2024-01-14"),
    ([D(2024, 1, 16, 11, 0), "Consultant paediatrician", "Skeletal survey: healing posterior rib fractures R 5-7. "
      "Ophthalmology: bilateral RH. Findings consistent with inflicted injury."], "E3", "2024-01-16"),
    ([D(2024, 1, 17, 14, 0), "Consultant paediatrician", "Strategy meeting with police and CSC: medical opinion "
      "given."], "E4", "2024-01-17"),
])])

R.xlsx("Police.xlsx", [("Log", [["Operation Larch"], ["OIC: DS Fenwick"], []],
                        [["Date", "Time", "Entry"]], [
    ([D(2024, 1, 14), "21:15", "Referral from hospital: 9 week old with bleeding on the brain, unexplained. "
      "Attended PICU. PPO taken for Noah and his sister (3)."], "E2", "2024-01-14"),
    ([D(2024, 1, 17), "14:00", "Strategy meeting: parents to be arrested; s47 continues."], "E4", "2024-01-17"),
    ([D(2024, 1, 18), "08:00", "Both parents arrested on suspicion of GBH; interviewed; bailed."], "E5",
     "2024-01-18"),
])])

R.csv("Health Visiting.csv", [], ["Date", "HV", "Entry"], [
    (["02/01/2024", "HV Mills", "Home visit: 1cm bruise on Noah's left cheek, mum says his sister poked him. "
      "Bruising protocol not followed - not referred."], "E1", "2024-01-02"),
    (["15/01/2024", "HV Mills", "Informed by CSC that Noah admitted to PICU yesterday with head injury; "
      "police protection."], "E2", "2024-01-15"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 1, 14), "EDT", "Hospital: baby Noah with subdural bleeds, no explanation. Police protection for "
      "both children; sister placed with foster carers tonight."], "E2", "2024-01-14"),
    ([D(2024, 1, 17), "SW Grant", "Strategy meeting at the hospital: medical evidence of inflicted injury; "
      "ICO to be sought."], "E4", "2024-01-17"),
    ([D(2024, 1, 19), "SW Grant", "ICO granted for both children at the family court."], "A1", "2024-01-19"),
])])

R.docx_table("Little Acorns Nursery.docx", "Little Acorns Nursery - safeguarding log (Noah's sister)",
             ["Date", "Staff", "Concern"], [
    (["08/01/2024", "Manager", "Sister (3) said 'daddy shouted at baby and baby cried and cried'. Logged; "
      "mum said dad is stressed."], "A2", "2024-01-08"),
    (["15/01/2024", "Manager", "Sister not in. CSC rang: children in police protection since yesterday, baby in "
      "hospital."], "E2", "2024-01-15"),
])

R.xlsx("GP Surgery.xlsx", [("Journal", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 1, 2), "Dr Ali", "8 week check Noah: well, weight 25th centile. No marks noted."], "A3",
      "2024-01-02"),
])])
R.done()
