"""A held-out review (see ../README.md): python r197.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Two of everything, days apart: two emergency attendances, two strategy meetings, a home visit and a
# call to the same mother on one day, and a hospital letter three weeks late.
R.csv("Childrens ED.csv", [], ["Arrival", "Presenting complaint", "Notes"], [
    (["02/02/2022 17:20", "Head injury", "3yo fell from kitchen table, bump to forehead, no LOC. Discharged with head "
      "injury advice."], "E1", "2022-02-02"),
    (["05/02/2022 11:05", "Ingestion", "Ingested 2 x sertraline tablets (mum's). Observed 6 hours, discharged. "
      "Safeguarding referral: second attendance this week."], "E2", "2022-02-05"),
])
R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "Contact", "Entry"]], [
    ([D(2022, 2, 4), "Notification", "ED attendance 02/02 - head injury, fell from table."], "E1", "2022-02-04"),
    ([D(2022, 2, 6), "Notification", "ED notification: ingestion of medication 05/02."], "E2", "2022-02-06"),
    ([D(2022, 2, 7), "Meeting", "Strategy discussion by phone with SW and police."], "E3", "2022-02-07"),
    ([D(2022, 2, 10), "Telephone", "Telephone call to mum: reports Amir well; advised re medicines storage."], None,
     "2022-02-10"),
    ([D(2022, 2, 14), "Meeting", "Strategy meeting review: HV attended."], "E4", "2022-02-14"),
    ([D(2022, 2, 28), "Meeting", "ICPC attended, report shared."], "E6", "2022-02-28"),
])])
R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Type", "Note"]], [
    ([D(2022, 2, 5), "Contact", "Hospital referral: Amir attended ED today having swallowed mum's tablets; second "
      "attendance this week."], "E2", "2022-02-05"),
    ([D(2022, 2, 7), "Strategy", "Strategy discussion (police, health): S47 agreed."], "E3", "2022-02-07"),
    ([D(2022, 2, 10), "Visit", "Home visit: Amir well, tablets now locked away. Mum tearful."], None, "2022-02-10"),
    ([D(2022, 2, 14), "Strategy", "Strategy meeting (review): S47 outcome, ICPC to be convened."], "E4", "2022-02-14"),
    ([D(2022, 2, 28), "ICPC", "ICPC: CP plan, neglect."], "E6", "2022-02-28"),
])])
R.xlsx("Police.xlsx", [("Log", [], [["Date", "Summary"]], [
    ([D(2022, 2, 7), "Strategy discussion re 3yo ingestion, second ED attendance. Joint S47 not required, single agency."],
     "E3", "2022-02-07"),
    ([D(2022, 2, 14), "Strategy meeting: no criminal investigation."], "E4", "2022-02-14"),
    ([D(2022, 2, 28), "ICPC - DC attended."], "E6", "2022-02-28"),
])])
R.xlsx("GP.xlsx", [("GP", [], [["Date", "Entry"]], [
    ([D(2022, 2, 23), "A&E letter: attended 02/02/22 with minor head injury, discharged."], "E1", "2022-02-23"),
    ([D(2022, 2, 24), "Report for child protection conference completed and sent."], None, "2022-02-24"),
])])
R.done()
