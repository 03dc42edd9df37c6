"""A held-out review (see ../README.md): python r450.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Tyler (10) and Mason (6), neglect; Mason's new diabetes unmanaged.
# Vocabulary: "DKA" (diabetic ketoacidosis), "T1DM", "Encompass", "w/c", "PSN" (paediatric specialist nurse).
# Layouts: the police's table starting at column C under two blank columns, its date column's header cell
# blank; the hospital's stays ('Date of admission', 'Date of discharge', 'Ward') and a second sheet for its
# diabetes team; education's 'Child' column; a youth club's weekly notes by 'Week commencing'; social care's.


def police_table_at_c(wb):
    ws = wb["Log"]
    ws.insert_cols(1, 2)  # (the table starts at column C)


R.xlsx("Police.xlsx", [("Log", [["Westshire Police - chronology"], []], [[None, "Time", "Occurrence", "Narrative"]], [
    ([D(2024, 3, 2), "22:40", "DA 0302", "Call from Tyler (10): mum and her boyfriend fighting. Boyfriend removed; "
      "mum heavily intoxicated, two children present. Encompass to both schools."], "E1", "2024-03-02"),
    ([D(2024, 3, 26), "10:00", "Strat", "Strategy discussion re Mason's second DKA admission: s47 joint, home to be "
      "visited today."], "E5", "2024-03-26"),
])], finish=police_table_at_c)

R.xlsx("Westshire Hospital.xlsx", [
    ("Admissions", [], [["Date of admission", "Date of discharge", "Ward", "Summary"]], [
        ([D(2024, 3, 11), D(2024, 3, 13), "Ward 4 (children)", "Mason, 6: new type 1 diabetes presenting in DKA. "
          "Insulin started, mum trained. Discharged to the PSN team."], "E2", "2024-03-11"),
        ([D(2024, 3, 25), D(2024, 3, 28), "PICU then Ward 4", "Mason readmitted in severe DKA. Insulin not given for "
          "days. Safeguarding referral made."], "E4", "2024-03-25"),
    ]),
    ("Diabetes team", [], [["Date", "Nurse", "Notes"]], [
        ([D(2024, 3, 20), "PSN Hart", "Home visit: no insulin in the fridge, mum smelling of alcohol, Mason's "
          "glucose 24. Referral to children's social care."], "E3", "2024-03-20"),
        ([D(2024, 3, 26), "Safeguarding nurse", "Strategy discussion with police and CSC."], "E5", "2024-03-26"),
    ]),
])

R.xlsx("Education.xlsx", [("Chronology", [], [["Date", "Child", "Setting", "Entry"]], [
    ([D(2024, 3, 4), "Tyler and Mason", "Both schools", "Operation Encompass notification received re the incident "
      "at home on Saturday night. Both boys seen by the DSLs."], "E1", "2024-03-04"),
    ([D(2024, 3, 12), "Mason (Y2)", "Hill Street Infants", "Mason off school: mum told the office he is in hospital "
      "with diabetes."], "E2", "2024-03-12"),
    ([D(2024, 3, 18), "Tyler (Y5)", "Hill Street Juniors", "Tyler late every day this week, no lunch; said mum "
      "sleeps in."], "A1", "2024-03-18"),
])])

R.xlsx("Youth Club.xlsx", [("Weekly notes", [], [["Week commencing", "Youth worker", "Notes"]], [
    (["w/c 04/03/2024", "YW Dan", "Tyler came every night, hungry; asked for food to take home for his brother."],
     "A2", "2024-03-04"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 3, 4), "Contact", "Police DA notification: incident on 02/03, mum intoxicated, children present. "
      "NFA, letter to mum."], "E1", "2024-03-04"),
    ([D(2024, 3, 20), "Contact", "Contact from the paediatric diabetes nurse: no insulin at home, mum drinking. "
      "Assessment opened."], "E3", "2024-03-20"),
    ([D(2024, 3, 26), "Strategy", "Strategy discussion with police and hospital: s47. Boys to stay with their "
      "aunt."], "E5", "2024-03-26"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Type", "Entry"]], [
    ([D(2024, 3, 15), "Letter", "Discharge summary: Mason admitted 11/03 to 13/03, new type 1 diabetes in DKA. "
      "Repeat insulin prescribing."], "E2", "2024-03-15"),
])])
R.done()
