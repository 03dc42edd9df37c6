"""A held-out review (see ../README.md): python r363.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# Ellie (22 months) found face down in a paddling pool at her registered childminder's: resuscitated,
# intensive care, home; the LADO's process, Ofsted's suspension of the childminder, a police interview.
# Vocabulary: "submersion", "ROSC", "PICU", "step-down", "LADO", "initial consideration", "suspension of
# registration", "CM" (childminder), "IUC" (interview under caution). Layouts: the ambulance's time of
# call an Excel time in its own column; the hospital's Word notes by day of admission ('Day 2
# (15/06/2024): …'); the LADO's CSV with 'Date referral received'; Ofsted's Word table.

R.xlsx("Ambulance.xlsx", [("Incidents", [], [["Date", "Time of call", "Nature", "Clinical summary"]], [
    ([D(2024, 6, 14), T(15, 42), "Paediatric arrest", "22/12 F submersion in garden paddling pool, CPR by "
      "childminder on our arrival; ROSC after 6 min. Pre-alert, conveyed Northshire General ED."], "E1",
     "2024-06-14"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Officer", "Entry"]], [
    ([D(2024, 6, 14), "PC Hunt", "Attended childminder's address with ambulance: toddler pulled from paddling pool, "
      "unsupervised for approx 10 min per CM. Scene photographed. CID informed, MASH notified."], "E1",
     "2024-06-14"),
    ([D(2024, 6, 15), "DS Moore", "Strategy discussion with CSC and PICU consultant: injury accidental? Neglect by "
      "the childminder to be investigated; LADO referral made."], "E2", "2024-06-15"),
    ([D(2024, 7, 10), "DS Moore", "IUC of childminder (Karen BELL) re s1 CYPA 1933 child neglect. Released under "
      "investigation."], "E7", "2024-07-10"),
])])

R.docx_paragraphs("Northshire General.docx", "Northshire General Hospital - Ellie Turner (ED and PICU)", [
    ("14/06/2024 16:05 ED resus: arrived by ambulance after near-drowning at childminder's; ROSC on scene. "
     "Intubated, transferred to PICU. Police present.", "E1", "2024-06-14"),
    ("Day 2 (15/06/2024): Extubated this morning. Neuro obs satisfactory. Parents at bedside.", "A1", "2024-06-15"),
    ("Day 7 (20/06/2024): Stepped down from PICU to Ward 4 (children's ward).", "E5", "2024-06-20"),
    ("27/06/2024: Discharged home with parents. GP and health visitor informed by letter.", "E6", "2024-06-27"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 6, 14), "MASH", "Call from police: Ellie (22 months) in intensive care after being found in a "
      "paddling pool at her childminder's house this afternoon."], "E1", "2024-06-14"),
    ([D(2024, 6, 15), "SW Hale", "Strategy discussion (police, PICU consultant): no concerns about the parents; "
      "concerns about the childminder's supervision: LADO."], "E2", "2024-06-15"),
    ([D(2024, 6, 27), "SW Hale", "Hospital confirm Ellie discharged home today. No concerns about parents: closed "
      "to CSC (LADO process continues)."], "E6", "2024-06-27"),
])])

R.csv("LADO.csv", [], ["Date referral received", "Referrer", "Allegation", "Outcome / next steps"], [
    (["14/06/2024", "Police", "Child (22 months) found unresponsive in a pool in the garden of a registered "
      "childminder; possible neglect.", "Initial consideration to be arranged."], "E1", "2024-06-14"),
    (["17/06/2024", "LADO", "Initial consideration meeting (police, Ofsted, CSC): threshold met for harm.",
      "Police investigation; Ofsted to consider suspension."], "E3", "2024-06-17"),
    (["18/06/2024", "Ofsted", "Ofsted confirm the childminder's registration is suspended.", "Noted."], "E4",
     "2024-06-18"),
    (["10/07/2024", "Police", "Police update: CM interviewed under caution today.", "Await outcome."], "E7",
     "2024-07-10"),
])

R.docx_table("Ofsted.docx", "Ofsted - registered childminder EY512345: events", ["Date received", "Type", "Summary"], [
    (["14/06/2024", "Notification (serious accident)", "Childminder notified a serious accident: a minded child "
      "found in the garden pool, taken to hospital by ambulance."], "E1", "2024-06-14"),
    (["17/06/2024", "LADO meeting", "Inspector attended the LADO initial consideration meeting."], "E3",
     "2024-06-17"),
    (["18/06/2024", "Enforcement", "Suspension of registration for 6 weeks (risk of harm)."], "E4", "2024-06-18"),
])

R.csv("Health Visiting.csv", [], ["Date", "HV", "Entry"], [
    (["21/06/2024", "HV Jones", "Information from Ward 4: Ellie stepped down from PICU yesterday; mum staying on "
      "the ward."], "E5", "2024-06-21"),
    (["01/07/2024", "HV Jones", "Home visit after discharge: Ellie walking and babbling as before; parents "
      "shaken. Next review at 2 years."], "A2", "2024-07-01"),
])
R.done()
