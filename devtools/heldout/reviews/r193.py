"""A held-out review (see ../README.md): python r193.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A mother's postpartum psychosis: perinatal mental health, an AMHP, a mother and baby unit;
# records written in the first person.
R.xlsx("Maternity.xlsx", [("Maternity", [], [["Date", "Time", "Entry"]], [
    ([D(2022, 5, 10), "03:12", "Baby boy born by emergency LSCS, 2.9kg. Mum tearful, poor sleep."], "E1", "2022-05-10"),
    ([D(2022, 5, 12), "11:00", "Mum and baby discharged home to community midwife."], None, "2022-05-12"),
])])
R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "Entry"]], [
    ([D(2022, 5, 11), "Birth notification received: baby born 10/05 at St Mary's by LSCS."], "E1", "2022-05-11"),
    ([D(2022, 5, 23), "I was informed by the perinatal team that mum and baby were admitted to the MBU yesterday."],
     "E4", "2022-05-23"),
    ([D(2022, 6, 16), "Home visit following discharge from MBU yesterday, baby thriving, mum calm."], None,
     "2022-06-16"),
])])
R.csv("GP.csv", [], ["Date", "Entry"], [
    (["12/05/2022", "Birth notification: male infant, DOB 10/05/2022."], "E1", "2022-05-12"),
    (["17/06/2022", "Discharge summary from MBU received: d/c 15/06, postpartum psychosis, on olanzapine."], "E5",
     "2022-06-17"),
])
R.xlsx("GMP.xlsx", [("Police", [], [["Date", "Time", "Log"]], [
    ([D(2022, 5, 20), "22:15", "Concern for safety: female on bridge over M60, detained S136 and taken to place of "
      "safety (Laureate House)."], "E2", "2022-05-20"),
])])
R.xlsx("Perinatal mental health.xlsx", [("Notes", [], [["Date", "Clinician", "Note"]], [
    ([D(2022, 5, 21), "CPN Bright", "We were told by the 136 suite that Ms K was brought in by police last night."],
     "E2", "2022-05-21"),
    ([D(2022, 5, 21), "Dr Osei", "MHA assessment: detained under Section 2, admission to Mother and Baby Unit arranged "
      "for tomorrow."], "E3", "2022-05-21"),
    ([D(2022, 5, 22), "MBU", "Admitted to MBU with baby."], "E4", "2022-05-22"),
    ([D(2022, 6, 15), "MBU", "Discharged home from MBU, care coordinated by perinatal CPN."], "E5", "2022-06-15"),
])])
R.xlsx("Adult Social Care (AMHP).xlsx", [("AMHP", [], [["Date", "Record"]], [
    ([D(2022, 5, 21), "AMHP: MHA assessment completed at Laureate House, Section 2 application made."], "E3",
     "2022-05-21"),
])])
R.xlsx("Childrens Social Care.xlsx", [("CSC", [], [["Date", "Worker", "Case note"]], [
    ([D(2022, 5, 21), "EDT", "Police notification: mother detained under s136 last night; baby with father."], "E2",
     "2022-05-21"),
    ([D(2022, 5, 22), "SW Lee", "I agreed with the MBU that baby is admitted with mother today."], "E4", "2022-05-22"),
    ([D(2022, 6, 15), "SW Lee", "Notified of discharge from MBU today, CIN plan continues."], "E5", "2022-06-15"),
])])
R.done()
