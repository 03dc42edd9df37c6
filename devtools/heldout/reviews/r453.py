"""A held-out review (see ../README.md): python r453.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: a baby born at home to a mother on methadone who had concealed her pregnancy. Vocabulary:
# "BBA" (born before arrival), "unbooked", "concealed pregnancy", "NAS" (neonatal abstinence syndrome), "script",
# "pre-discharge planning meeting", "birth notification". Layouts: maternity's export of date-times written as
# text to the second ('14/06/2024 03:22:00') under 'Date/Time of event'; the ambulance service's; a pharmacy's
# dispensing log; the drug service's; the health visitors'; the GP's; social care's.

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date", "Time of call", "Nature", "Notes"]], [
    ([D(2024, 6, 14), "03:05", "Maternity", "Female in labour at home; baby born before arrival. Unbooked, says she "
      "did not know she was pregnant. Mother and baby conveyed to the maternity unit."], "E1", "2024-06-14"),
])])

R.xlsx("Maternity.xlsx", [("BadgerNet", [], [["Date/Time of event", "Event", "Details"]], [
    (["14/06/2024 03:22:00", "Admission", "Admitted by ambulance after a BBA at 02:50. Unbooked, no antenatal care. "
      "On methadone 60ml: baby to be observed for NAS. Safeguarding referral made."], "E1", "2024-06-14"),
    (["17/06/2024 11:00:00", "Meeting", "Pre-discharge planning meeting with CSC and HV: baby to stay on the ward "
      "for NAS scoring; mum to room in."], "E2", "2024-06-17"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 6, 14), "Contact", "Contact from maternity: concealed pregnancy, baby born at home overnight, mother "
      "on a methadone script. Strategy discussion today."], "E1", "2024-06-14"),
    ([D(2024, 6, 17), "Meeting", "Pre-discharge planning meeting at the hospital: plan agreed, s47 continues."],
     "E2", "2024-06-17"),
])])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date", "HV", "Notes"]], [
    ([D(2024, 6, 17), "HV Lane", "Birth notification received: BBA 14/06, unbooked. Attended the pre-discharge "
      "meeting on the ward today."], "E2", "2024-06-17"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 6, 18), "Admin", "Birth notification: baby boy born 14/06/2024 at home before arrival of the "
      "ambulance. Mother not known to be pregnant by the practice."], "E1", "2024-06-18"),
])])

R.xlsx("Drug and Alcohol Service.xlsx", [("Contacts", [], [["Date", "Worker", "Notes"]], [
    ([D(2024, 6, 3), "Prescriber", "Methadone 60ml daily continued. Urine screen positive for cocaine. No mention "
      "of pregnancy."], "A1", "2024-06-03"),
    ([D(2024, 6, 15), "Keyworker", "Informed by maternity that the client gave birth yesterday; methadone now "
      "given on the ward."], "E1", "2024-06-15"),
])])

R.xlsx("Riverside Pharmacy.xlsx", [("Dispensing", [], [["Date", "Item", "Notes"]], [
    ([D(2024, 6, 19), "Methadone 1mg/ml", "Not collected 14/06 to 18/06. Called the drug service: patient in "
      "hospital, supply there."], "A2", "2024-06-19"),
])])
R.done()
