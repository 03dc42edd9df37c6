"""A held-out review (see ../README.md): python r315.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 2-year-old (Alfie) who swallowed his mother's methadone; before it, missed health appointments
# and a drug-using household. Vocabulary: "methadone", "ingestion", "naloxone", "PICU", "safe storage",
# "lockable box", "WNB", "ICB", "designated nurse". Layouts: the integrated care board's collated
# health return, an "Organisation" column naming GP, health visiting and the acute trust, the text
# spread over "Presenting issue", "Action" and "Outcome"; the drug service; children's social care;
# the police; the ambulance service.

R.xlsx("ICB collated health return.xlsx", [("Health", [["Collated by the designated nurse (ICB)"]],
                                            [["Date", "Organisation", "Presenting issue", "Action", "Outcome"]], [
    ([D(2023, 5, 10), "Health visiting", "2-year review: WNB", "Letter sent", "Second appointment offered"],
     None, "2023-05-10"),
    ([D(2023, 6, 7), "Health visiting", "2-year review at home", "Safe storage of methadone discussed; mother "
      "says it is kept in a lockable box", "Universal plus"], None, "2023-06-07"),
    ([D(2023, 8, 19), "Acute trust (ED)", "Drowsy toddler, pinpoint pupils", "Naloxone infusion, PICU",
      "Methadone ingestion; safeguarding referral to CSC"], "E1", "2023-08-19"),
    ([D(2023, 8, 21), "GP", "Notification of ED attendance", "Read by GP", "Alert added; HV informed"], "E1",
     "2023-08-21"),
    ([D(2023, 8, 22), "Health visiting", "Strategy discussion", "Attended (HV)", "s47; CP medical not needed "
      "(PICU findings)"], "E2", "2023-08-22"),
])])

R.xlsx("Drug and Alcohol Service.xlsx", [("Client notes", [], [["Date", "Keyworker", "Note"]], [
    ([D(2023, 6, 1), "KW Hart", "Methadone 60 ml, take-home doses weekly. Lockbox given; children's safety "
      "discussed."], None, "2023-06-01"),
    ([D(2023, 8, 21), "KW Hart", "Police told us Alfie swallowed methadone on Saturday, in PICU. Script "
      "changed to supervised daily."], "E1", "2023-08-21"),
    ([D(2023, 8, 22), "KW Hart", "Strategy meeting: drug service information shared."], "E2", "2023-08-22"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Type", "Note"]], [
    ([D(2023, 8, 19), "EDT", "Hospital referral: 2-year-old in PICU after methadone ingestion at home. Police "
      "informed; child to remain in hospital."], "E1", "2023-08-19"),
    ([D(2023, 8, 22), "Strategy", "Strategy discussion (police, HV, drug service, PICU consultant): s47 "
      "joint."], "E2", "2023-08-22"),
    ([D(2023, 8, 25), "Placement", "Alfie discharged to maternal grandmother's care (s20)."], None, "2023-08-25"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Summary"]], [
    ([D(2023, 8, 19), "16:40", "Hospital call: child poisoned with methadone at home. Mother arrested (child "
      "neglect), bailed. House searched: methadone bottle on a low shelf."], "E1", "2023-08-19"),
    ([D(2023, 8, 22), "10:00", "Strategy discussion: joint s47."], "E2", "2023-08-22"),
])])

R.xlsx("Ambulance.xlsx", [("Incidents", [], [["Incident Date", "Time of Call", "Notes"]], [
    ([D(2023, 8, 19), "14:05", "2YO drowsy, GCS 10, pinpoint pupils; mother found him with her methadone bottle. "
      "Naloxone IN, conveyed."], "E1", "2023-08-19"),
])])
R.done()
