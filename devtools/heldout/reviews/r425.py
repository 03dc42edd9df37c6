"""A held-out review (see ../README.md): python r425.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Noah (12 weeks) seriously injured; his mother Leah (24) had postpartum
# psychosis. Vocabulary: "PMHT" (perinatal mental health team), "MBU" (mother and baby unit), "PN" (postnatal),
# "NBV" (new birth visit), "SVD", "EDD", "28+3" (weeks and days of pregnancy), "BP 118/76". Layouts: maternity's
# export with a 'Gestation' column ('28+3') and a 'BP' column ('118/76') beside its date-times written as text;
# the PMHT's Word table with dates like 'Wed 06.03.24'; the health visitors' OpenDocument sheet; the GP's; the
# police's CSV; children's social care's.

R.xlsx("Maternity Services.xlsx", [("BadgerNet extract", [], [["Date/Time", "Gestation", "BP", "Contact",
                                                                 "Midwife", "Notes"]], [
    (["06/11/2023 09:40", "12+2", "112/70", "Booking", "MW Hart", "Booking appt. History of bipolar disorder, "
      "stopped lithium when pregnancy confirmed. Consent to refer to PMHT later if needed."], "A5", "2023-11-06"),
    (["04/03/2024 10:20", "28+3", "118/76", "Antenatal", "MW Hart", "Leah tearful, poor sleep. Discussed her "
      "bipolar history; referral made to perinatal mental health team today."], "A1", "2024-03-04"),
    (["20/05/2024 16:05", "39+1", "124/80", "Delivery", "MW Cole", "SVD of a live male infant, 3.4kg. Mum and "
      "baby well."], "E1", "2024-05-20"),
    (["22/05/2024 11:00", "", "120/78", "PN visit", "MW Hart", "Day 2 PN home visit. Feeding well. Leah "
      "elated, talking fast, not slept since the birth. Discussed with PMHT duty."], "A6", "2024-05-22"),
])])

R.docx_table("Perinatal Mental Health Team.docx", "Perinatal Mental Health Team - chronology for Leah B",
             ["Date", "Contact", "Clinician", "Entry"], [
    (["Wed 06.03.24", "Referral", "Duty", "Referral received from community midwife: bipolar disorder, off "
      "lithium, low mood at 28 weeks. Accepted for assessment."], "A1", "2024-03-06"),
    (["Tue 19.03.24", "Home visit", "CPN Ward", "Assessment at home with partner. Relapse plan written; to "
      "review after the birth."], "A7", "2024-03-19"),
    (["Mon 03.06.24", "Admission", "Dr Amin", "Leah admitted to the MBU with Noah (informal) after an acute "
      "relapse last night: postpartum psychosis."], "E3", "2024-06-03"),
    (["Mon 15.07.24", "Discharge", "Dr Amin", "Discharged from the MBU home with Noah; PMHT follow-up weekly."],
     "E4", "2024-07-15"),
])

R.ods("Health Visiting.ods", "Contacts", ["Date", "Type", "HV", "Notes"], [
    ([D(2024, 5, 21), "Birth notification", "Admin", "Birth notification received: Noah born 20/05/2024."], "E1",
     "2024-05-21"),
    ([D(2024, 5, 30), "NBV", "HV Reid", "New birth visit. Leah very chatty, not sleeping; partner worried. "
      "Advised to contact PMHT."], "A2", "2024-05-30"),
    ([D(2024, 6, 4), "Information", "HV Reid", "PMHT rang: Leah and Noah admitted to the Mother and Baby Unit "
      "yesterday."], "E3", "2024-06-04"),
    ([D(2024, 7, 17), "Home visit", "HV Reid", "First visit after MBU discharge. Noah 8 weeks, weight on the "
      "50th centile, no marks seen."], "A3", "2024-07-17"),
])

R.xlsx("GP Surgery.xlsx", [("Journal", [], [["Date", "Entry"]], [
    ([D(2024, 5, 24), "Notification of birth of son Noah on 20/05/2024."], "E1", "2024-05-24"),
    ([D(2024, 6, 10), "Letter from PMHT: admitted to the mother and baby unit 03/06/2024 with postpartum "
      "psychosis. Lithium restarted."], "E3", "2024-06-10"),
    ([D(2024, 7, 10), "Noah 8 week check: well, no concerns. Mum in MBU, attended with MBU nurse."], "A4",
     "2024-07-10"),
])])

R.csv("Police.csv", [], ["Date", "Time", "Log", "Summary"], [
    (["02/06/2024", "22:40", "Log 1877", "Partner called: Leah not slept for days, saying the baby is not hers "
      "and has been swapped. Officers attended; mental health crisis team attended the address."], "E2",
     "2024-06-02"),
    (["09/08/2024", "14:30", "Log 0933", "Call from hospital: 12-week-old with bruising to ear and torn "
      "frenulum; parents' account does not explain it. Child protection enquiry, joint with CSC."], "E5",
     "2024-08-09"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 6, 4), "Contact", "PMHT notification: mother admitted to MBU with baby. No further action; "
      "information shared with HV."], "E3", "2024-06-04"),
    ([D(2024, 8, 9), "Referral", "Eastgate General paediatrics: Noah with bruising to his ear and a torn "
      "frenulum, unexplained."], "E5", "2024-08-09"),
    ([D(2024, 8, 10), "Strategy discussion", "With police and paediatrician: s47 enquiry, Noah to stay in "
      "hospital; skeletal survey."], "E6", "2024-08-10"),
])])
R.done()
