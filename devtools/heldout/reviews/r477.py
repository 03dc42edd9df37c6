"""A held-out review (see ../README.md): python r477.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Carl Hughes (41), released from prison, died of an overdose nine days later.
# Vocabulary: "NOMIS", "ACCT", "CSIP", "seg", "HDC", "OASys", "AP", "naloxone", "release on licence". Layouts: the
# prison's case notes with 'Occurrence Date', 'Type', 'Sub Type', 'Text' and 'Staff'; prison healthcare's
# SystmOne notes with 'Consultation type'; probation's; the approved premises'; the ambulance service's.

R.xlsx("HMP Ashfield.xlsx", [("NOMIS case notes", [], [["Occurrence Date", "Type", "Sub Type", "Text", "Staff"]], [
    ([D(2024, 5, 2, 10, 15), "ACCT", "Opened", "ACCT opened after Carl said he had nothing to live for; "
      "cuts to forearm."], "E1", "2024-05-02"),
    ([D(2024, 5, 20, 8, 0), "Release", "Licence", "Released on licence to Brook House approved premises. Travel "
      "warrant issued."], "E2", "2024-05-20"),
])])

R.xlsx("Prison Healthcare.xlsx", [("SystmOne", [], [["Date", "Consultation type", "Clinician", "Notes"]], [
    ([D(2024, 5, 2), "Urgent", "Nurse Tay", "Seen following self-harm: superficial cuts L forearm, dressed. ACCT "
      "opened by wing staff."], "E1", "2024-05-02"),
    ([D(2024, 5, 17), "Pre-release", "Nurse Tay", "Pre-release: naloxone kit and overdose advice declined. "
      "Methadone 60ml to continue, community script arranged."], "A1", "2024-05-17"),
])])

R.xlsx("Probation.xlsx", [("Contacts", [], [["Date", "Contact type", "Officer", "Notes"]], [
    ([D(2024, 5, 20), "Release", "PP Noor", "Released today to the AP. Induction at the office, licence "
      "conditions explained."], "E2", "2024-05-20"),
    ([D(2024, 5, 29), "Information", "PP Noor", "AP report Carl found dead in his room this morning, suspected "
      "overdose."], "E3", "2024-05-29"),
])])

R.xlsx("Brook House AP.xlsx", [("Log", [], [["Date", "Shift", "Entry"]], [
    ([D(2024, 5, 20), "Late", "Carl arrived from HMP Ashfield 14:00. Inducted; room 6."], "E2", "2024-05-20"),
    ([D(2024, 5, 29), "Early", "Carl found unresponsive in room 6 at 07:30, CPR, ambulance called. Pronounced "
      "dead by paramedics. Police attended."], "E3", "2024-05-29"),
])])

R.csv("Ambulance.csv", [], ["Incident date", "Time", "Complaint", "Notes"], [
    (["29/05/2024", "07:36", "Cardiac arrest", "41M in arrest at an approved premises, suspected opiate overdose. "
      "ROLE 08:05."], "E3", "2024-05-29"),
])
R.done()
