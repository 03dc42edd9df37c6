"""A held-out review (see ../README.md): python r216.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Ruby (6): fabricated or induced illness, seizures reported at two hospitals of different trusts.
# Layouts: a school's attendance export (Date, Session AM/PM, Mark, Comment: a morning and an
# afternoon row for one day); the second trust's ED as a semicolon CSV in cp1252 with "Arrival
# Time" and "Disposal"; the first trust's workbook with an ED sheet and an Outpatients sheet under
# a title; a GP export with Read codes; police with occurrence references.
R.xlsx("Riverside Trust.xlsx", [
    ("ED", [["Riverside University Hospitals NHS Trust – Emergency Department attendances"]],
     [["Arrival", "Presenting complaint", "Clinician notes", "Outcome"]], [
        ([D(2022, 1, 10, 19, 40), "Seizure (reported)", "Mum reports 3 seizures at home today, each 2-3 mins. "
          "Ruby alert, playing, neuro exam normal.", "Discharged, GP f/u, open access"], "E1", "2022-01-10"),
        ([D(2022, 3, 2, 10, 5), "Minor head injury", "Fell in playground at school, small bump forehead. No LOC.",
          "Discharged"], "E8", "2022-03-02"),
    ]),
    ("Outpatients", [["Riverside – paediatric outpatient letters"]], [["Clinic Date", "Clinic", "Letter summary"]], [
        ([D(2022, 2, 15), "Paediatric neurology", "Mum describes daily seizures; none witnessed by staff. "
          "Home video requested. EEG booked."], "E3", "2022-02-15"),
        ([D(2022, 3, 23), "Safeguarding", "Dr Okafor attended strategy discussion: FII concerns shared, "
          "discrepancies between history and findings."], "E6", "2022-03-23"),
        ([D(2022, 4, 12), "Safeguarding", "Dr Okafor attended ICPC. Report provided."], "E7", "2022-04-12"),
    ]),
])
R.csv("Northgate Hospital ED.csv", [], ["Attendance Date", "Arrival Time", "Presenting Complaint", "Diagnosis",
                                        "Disposal"], [
    (["24/01/2022", "21:10", "Fitting – mum says 10 min seizure at home", "? epilepsy", "Admitted to Ward 4 "
      "(paeds) overnight – EEG next day normal"], "E2", "2022-01-24"),
    (["21/03/2022", "08:45", "Prolonged seizure – mum gave buccal midazolam at home", "Seizure reported, none "
      "observed; child alert", "Discharged; paediatrician Dr Shah concerned re FII, rang Riverside consultant and "
      "made referral to children’s social care"], "E5", "2022-03-21"),
], encoding="cp1252", delimiter=";")
R.xlsx("St Peters CE Primary.xlsx", [("Attendance", [], [["Date", "Session", "Mark", "Comment"]], [
    (["25/01/2022", "AM", "M", "Mum phoned: Ruby kept in hospital overnight after a fit"], "E2", "2022-01-25"),
    # (the afternoon's row of the same absence: one school row of E2 is enough, as one agency's rows never link)
    (["25/01/2022", "PM", "M", "Still at Northgate"], None, "2022-01-25"),
    (["02/03/2022", "PM", "/", "Bumped head in playground, first aid then mum took her to A&E"], "E8",
     "2022-03-02"),
    (["07/03/2022", "AM", "/", "Mum asked for 1:1 and a wheelchair for trips; no seizure ever seen in school. "
      "Logged on CPOMS"], "E4", "2022-03-07"),
    (["23/03/2022", "AM", "/", "Head attended strategy discussion (Teams) re FII concerns"], "E6", "2022-03-23"),
    (["12/04/2022", "PM", "/", "DSL at initial child protection conference"], "E7", "2022-04-12"),
])])
R.csv("GP Surgery.csv", [["Parkside Medical Centre"], []], ["Date of entry", "Read code", "Free text"], [
    (["12/01/2022", "9b8", "ED discharge letter Riverside: attended 10/01 with reported seizures, exam normal."],
     "E1", "2022-01-12"),
    (["26/01/2022", "9b8", "Northgate discharge summary: admitted 24/01 ?seizure, EEG normal."], "E2", "2022-01-26"),
    (["21/02/2022", "9N3", "Clinic letter Riverside neurology 15/02: daily seizures reported, EEG booked."], "E3",
     "2022-02-21"),
    (["09/03/2022", "1B6", "Mum requesting letter for blue badge, says Ruby cannot walk far. Declined pending "
      "neurology."], None, "2022-03-09"),
])
R.xlsx("Police.xlsx", [("Sheet1", [], [["Occurrence date", "Ref", "Details"]], [
    ([D(2022, 3, 23), "OCC/22/1187", "Strategy discussion - FII concerns, Riverside and Northgate paediatricians. "
      "No criminal investigation at present, single agency S47 by CSC."], "E6", "2022-03-23"),
    ([D(2022, 4, 12), "OCC/22/1187", "ICPC attended by DS Hale. Plan: CP, neglect category."], "E7",
      "2022-04-12"),
])])
R.xlsx("Childrens Services.xlsx", [("Chronology", [], [["Date", "Worker", "Episode", "Summary"]], [
    ([D(2022, 3, 21), "Duty", "Contact", "Referral from Northgate Hospital paediatrician: suspected fabricated "
      "illness, seizures reported at 2 hospitals never observed."], "E5", "2022-03-21"),
    ([D(2022, 3, 23), "TM", "Strategy discussion", "Police, Riverside, Northgate (apologies), school. S47 "
      "single agency."], "E6", "2022-03-23"),
    ([D(2022, 4, 12), "SW Jones", "ICPC", "Ruby made subject of a CP plan under neglect."], "E7", "2022-04-12"),
])])
R.done()
