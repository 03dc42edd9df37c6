"""A held-out review (see ../README.md): python r400.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Bruising in a non-mobile baby: Oliver (4 months) is seen with a bruise by the health visitor, then at
# the emergency department; the bruising protocol, a CP medical, a skeletal survey that finds healing
# rib fractures, a strategy meeting, a placement with grandparents. Vocabulary: "NMB" (non-mobile
# baby), "bruising protocol", "skeletal survey", "CT head", "ophthalmology", "ICPC", "kinship carers".
# Layouts: the hospital's emergency department system with 'Arrival', 'Triage', 'Presenting complaint',
# 'Diagnosis', 'Disposal'; the health visitors' SystmOne export with a 'Template' column; the GP's with
# a 'Consultation type'; social care's; the police's; the midwife's.

R.xlsx("ED attendances.xlsx", [("Attendances", [], [["Arrival", "Triage", "Presenting complaint", "Diagnosis",
                                                     "Disposal"]], [
    ([D(2024, 6, 10, 19, 42), "Yellow", "4/12 old, bruise L cheek, mum says brother's toy hit him",
      "NMB bruising - protocol followed; paeds review; CSC EDT rang", "Admitted to Ward 4 (paediatrics)"],
     "E2", "2024-06-10"),
])])

R.xlsx("Paediatrics.xlsx", [("Inpatient", [], [["Date", "Doctor", "Entry"]], [
    ([D(2024, 6, 11), "Dr Kaur", "CP medical: 2 cm bruise L cheek and fingertip bruises on the chest. Skeletal "
      "survey, CT head, ophthalmology requested."], "E3", "2024-06-11"),
    ([D(2024, 6, 12), "Dr Kaur", "Skeletal survey: healing fractures of 3 left ribs, about 2-3 weeks old. CT head "
      "normal. Told parents; police and CSC informed."], "E4", "2024-06-12"),
    ([D(2024, 6, 13), "Dr Kaur", "Strategy meeting on the ward (police, CSC, HV): Oliver not to go home."], "E5",
     "2024-06-13"),
    ([D(2024, 6, 17), "Dr Kaur", "Discharged to maternal grandparents (kinship carers) under a safety plan."],
     "E6", "2024-06-17"),
])])

R.csv("Health Visiting SystmOne.csv", [], ["Date", "Time", "Template", "Entry text"], [
    (["05/04/2024", "10:00", "New Birth Visit", "Oliver 12 days, feeding well; mum's EPDS 6. Dad present."],
     "A1", "2024-04-05"),
    (["10/06/2024", "11:15", "Contact - Home", "Bruise seen on Oliver's L cheek; mum says his brother (3) hit "
      "him with a toy. NMB: advised ED; I rang ahead."], "E1", "2024-06-10"),
    (["13/06/2024", "14:00", "Safeguarding - Meeting", "Strategy meeting at the hospital: Oliver to kinship "
      "carers on discharge."], "E5", "2024-06-13"),
])

R.xlsx("GP Practice.xlsx", [("Consultations", [], [["Date", "Consultation type", "Clinician", "Text"]], [
    ([D(2024, 5, 20), "Face to face", "Dr Webb", "8 week check: well baby; immunisations given."], "A2",
      "2024-05-20"),
    ([D(2024, 6, 14), "Letter", "Admin", "From paediatrics: NMB bruising, healing rib fractures on skeletal "
      "survey; strategy meeting held."], "E4", "2024-06-14"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 6, 10), "EDT", "Call from ED: 4-month-old with a bruise to the cheek; bruising protocol; he stays "
      "on the ward overnight."], "E2", "2024-06-10"),
    ([D(2024, 6, 12), "SW Lowe", "Paediatrician rang: skeletal survey shows healing rib fractures. Strategy "
      "meeting tomorrow."], "E4", "2024-06-12"),
    ([D(2024, 6, 13), "SW Lowe", "Strategy meeting at the hospital: s47, police investigation, kinship carers on "
      "discharge."], "E5", "2024-06-13"),
    ([D(2024, 7, 2), "SW Lowe", "ICPC: child protection plan, physical abuse."], "A3", "2024-07-02"),
])])

R.xlsx("Police.xlsx", [("Investigation", [], [["Date", "Officer", "Entry"]], [
    ([D(2024, 6, 12), "DC Firth", "Referral from the hospital: non-accidental injury, rib fractures. Crime "
      "recorded."], "E4", "2024-06-12"),
    ([D(2024, 6, 13), "DC Firth", "Strategy meeting: both parents to be interviewed."], "E5", "2024-06-13"),
    ([D(2024, 6, 20), "DC Firth", "Both parents interviewed under caution; released under investigation."], "A4",
     "2024-06-20"),
])])

R.xlsx("Midwifery.xlsx", [("Notes", [], [["Date", "Midwife", "Note"]], [
    ([D(2024, 3, 24), "MW Price", "Normal delivery, boy, 3.4 kg. Mum's anxiety noted."], "A5", "2024-03-24"),
])])
R.done()
