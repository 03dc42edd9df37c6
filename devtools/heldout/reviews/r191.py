"""A held-out review (see ../README.md): python r191.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A baby with faltering growth, then a femur fracture: clinicians' shorthand throughout, dates as
# "03.03.22" and "11-Mar-22".
R.xlsx("Health Visiting - SystmOne extract.xlsx", [("Extract", [], [["Date", "Staff", "Type", "Entry"]], [
    (["03.03.22", "HV Grant", "NBV", "NBV. Mat hx PND, on sertraline. Wt 3.1kg. Feeding: formula. Plan r/v 1/52."], None,
     "2022-03-03"),
    (["10.03.22", "HV Grant", "Clinic", "Wt check. Wt 3.05kg (<0.4th). Advised GP r/v re FTT."], None, "2022-03-10"),
    (["22.03.22", "HV Grant", "Tel", "Tel call from paeds ward: Mia admitted 21/3 via ED with # L) femur, ?NAI."], "E1",
     "2022-03-22"),
    (["22.03.22", "HV Grant", "Meeting", "HV attended strat disc (Teams)."], "E2", "2022-03-22"),
    (["01.04.22", "HV Grant", "Tel", "Transfer-in: Mia placed with FC since d/c yesterday. HV visit booked."], "E5",
     "2022-04-01"),
])])
R.csv("GP record.csv", [], ["Date", "Clinician", "Consultation"], [
    (["11-Mar-22", "Dr Shah", "Seen with mum at HV request. Wt loss since birth. O/E alert, no dysmorphism. Plan: urgent "
      "paeds referral."], None, "2022-03-11"),
    (["23-Mar-22", "Admin", "Letter from CSC: strategy discussion held 22/03, S47 initiated."], "E2", "2022-03-23"),
])
R.xlsx("Paediatrics - Royal Infirmary.xlsx", [("Notes", [], [["Date", "Time", "Location", "Note"]], [
    ([D(2022, 3, 14), "11:00", "OPD", "Seen in general paeds clinic (FTT). Bloods, plan dietitian."], None, "2022-03-14"),
    ([D(2022, 3, 21), "19:20", "ED", "11/52 baby, not moving L leg after 'getting it caught in cot bars'. XR: spiral # "
      "L femur. Admitted, paeds + safeguarding team informed."], "E1", "2022-03-21"),
    ([D(2022, 3, 22), "10:00", "Ward 7", "Strategy discussion: CSC, police, HV, consultant. CP medical and skeletal "
      "survey agreed."], "E2", "2022-03-22"),
    ([D(2022, 3, 23), "14:00", "Ward 7", "Skeletal survey (CP medical): healing posterior rib #s R 5-7."], "E3",
     "2022-03-23"),
    ([D(2022, 3, 31), "12:00", "Ward 7", "Discharged to foster carers under ICO."], "E5", "2022-03-31"),
])])
R.xlsx("Childrens Services.xlsx", [("Chronology", [["CHRONOLOGY - MIA (DOB 30/12/2021)"], []],
    [["Date", "Type", "Detail"]], [
    ([D(2022, 3, 21), "Contact", "Call from hospital safeguarding team: Mia (11 wks) with spiral femur #, explanation "
      "cot bars."], "E1", "2022-03-21"),
    ([D(2022, 3, 22), "Strategy", "Strat held on ward: S47 + police joint."], "E2", "2022-03-22"),
    ([D(2022, 3, 24), "Info", "Consultant informed SW: skeletal survey yesterday showed old rib fractures."], "E3",
     "2022-03-24"),
    ([D(2022, 3, 25), "Legal", "Legal planning meeting: threshold met, ICO application."], None, "2022-03-25"),
    ([D(2022, 3, 31), "Placement", "Mia discharged to foster carers."], "E5", "2022-03-31"),
])])
R.xlsx("Police.xlsx", [("Sheet1", [], [["Date", "Details"]], [
    ([D(2022, 3, 22), "Strategy discussion - joint S47; PPU to investigate. Parents to be interviewed."], "E2",
     "2022-03-22"),
    ([D(2022, 3, 28), "Father arrested on suspicion of GBH (child) and interviewed; RUI."], None, "2022-03-28"),
])])
R.done()
