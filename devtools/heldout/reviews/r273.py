"""A held-out review (see ../README.md): python r273.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# A 9-year-old (Leo) with poor school attendance, a mother with depression, and a fire at home.
# Vocabulary: "EWO" (education welfare officer), "persistent absence", "fixed penalty notice",
# "attendance panel", "HFSV", "house fire", "smoke alarm". Layouts: the health trust's one workbook
# for three services, each entry's service a code in a "Service" column (HV, SN, CAMHS) beside a
# key; the education welfare service's return with its date in Day, Month and Year columns; the
# fire service; the police; adult mental health.
R.xlsx("Health trust.xlsx", [("Contacts", [["Service codes: HV = health visiting, SN = school nursing, "
                                            "CAMHS = child and adolescent mental health"]],
                              [["Date", "Service", "Practitioner", "Contact details"]], [
    (["14/03/2023", "SN", "School nurse", "Attendance clinic at school with the EWO: Leo tired, tummy aches most "
      "mornings."], "E1", "2023-03-14"),
    (["02/05/2023", "SN", "School nurse", "Notified by the school: house fire at Leo's home last night, family "
      "safe."], "E2", "2023-05-02"),
    (["22/05/2023", "CAMHS", "CAMHS practitioner", "Choice appointment: Leo anxious about leaving mum; worry "
      "work offered."], None, "2023-05-22"),
])])

R.xlsx("Education welfare.xlsx", [("EWS", [], [["Day", "Month", "Year", "Action"]], [
    (["14", "March", "2023", "Attendance clinic with the school nurse: Leo 78% this term. Parenting contract "
      "offered."], "E1", "2023-03-14"),
    (["18", "April", "2023", "Attendance panel: mum did not attend. Fixed penalty notice warning."], None,
     "2023-04-18"),
    (["3", "May", "2023", "Home visit after the fire: family staying with grandmother."], None, "2023-05-03"),
])])

R.csv("Fire and rescue.csv", [], ["Incident date", "Time of call", "Incident type", "Narrative"], [
    (["01/05/2023", "23:48", "Dwelling fire", "Kitchen fire, chip pan. Mother and child (9) out before arrival. "
      "No working smoke alarm."], "E2", "2023-05-01"),
    (["03/05/2023", "10:00", "HFSV", "Home fire safety visit at the grandmother's: alarms fitted, advice to "
      "mother."], None, "2023-05-03"),
])

R.csv("Police.csv", [], ["Date", "Time", "Incident"], [
    (["01/05/2023", "23:55", "Attended house fire with fire service: no suspicious circumstances. Child (9) and "
      "mother to grandmother's."], "E2", "2023-05-01"),
])

R.xlsx("Adult mental health.xlsx", [("Notes", [], [["Date", "Note"]], [
    (["10/05/2023", "Ms K reviewed: low mood worse since the house fire last week; sertraline increased."], None,
     "2023-05-10"),
])])
R.done()
