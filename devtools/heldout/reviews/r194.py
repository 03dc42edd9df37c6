"""A held-out review (see ../README.md): python r194.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A family losing its home; a dog bite. Housing association, the council's homelessness service, a nursery.
R.xlsx("Housing association.xlsx", [("Tenancy", [["Tenancy chronology"]], [["Date", "Officer", "Action"]], [
    ([D(2022, 9, 5), "IO Shah", "S21 notice served on tenant, rent arrears GBP 2,340."], "E1", "2022-09-05"),
    ([D(2022, 11, 1), "IO Shah", "Possession order executed, bailiffs attended, family evicted."], "E3", "2022-11-01"),
])])
R.csv("Council homelessness.csv", [], ["Date", "Case note"], [
    (["01/11/2022", "Family presented as homeless following eviction today, placed in B&B (Travelodge)."], "E3",
     "2022-11-01"),
    (["15/11/2022", "Housing officer attended Team Around the Family meeting."], "E4", "2022-11-15"),
])
R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2022, 9, 8), "Visit", "Mum disclosed she has been served a section 21 by her landlord on Monday."], "E1",
     "2022-09-08"),
    ([D(2022, 10, 13), "Notification", "Notification from ED: Kai bitten on face by dog yesterday."], "E2", "2022-10-13"),
    ([D(2022, 11, 2), "Phone", "Mum rang, evicted yesterday, now in B&B."], "E3", "2022-11-02"),
])])
R.csv("ED.csv", [], ["Attendance", "Time", "Triage note"], [
    (["12/10/2022", "18:40", "4yo, dog bite to face (family dog, XL bully), sutured, police informed."], "E2",
     "2022-10-12"),
])
R.xlsx("Police.xlsx", [("Sheet1", [], [["Date", "Occurrence"]], [
    ([D(2022, 10, 12), "Dangerous dog: child bitten at home address by family dog, dog seized."], "E2", "2022-10-12"),
])])
R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "Entry"]], [
    ([D(2022, 10, 14), "ED notification - dog bite to face 12/10, home visit arranged."], "E2", "2022-10-14"),
    ([D(2022, 11, 15), "Attended TAF at nursery."], "E4", "2022-11-15"),
])])
R.xlsx("Little Acorns Nursery.xlsx", [("Log", [], [["Date", "Note"]], [
    ([D(2022, 10, 13), "Kai absent - mum says he was bitten by dog yesterday, has stitches."], "E2", "2022-10-13"),
    ([D(2022, 11, 15), "TAF meeting held at nursery, attended by HV, housing."], "E4", "2022-11-15"),
])])
R.done()
