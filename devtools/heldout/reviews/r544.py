"""A held-out review (see ../README.md): python r544.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Alan Price (84), discharged home from hospital and found on the floor two
# days later. Each agency tells the same event in its own words: 'discharged home via D2A pathway 1', 'discharge
# to assess'; the missed call as 'first call missed, no carer available', 'reablement could not staff the first
# calls'; the finding as 'found Mr Price on the floor, cold', 'elderly male found on floor by carers, long lie',
# 'readmitted via ED: hypothermia after long lie', 'safeguarding concern raised by the reablement provider'.
# Layouts: the hospital's sheet with dates 'Wed 02/10/24'; the reablement provider's CSV with 'Visit date',
# 'Planned', 'Actual' and 'Carer notes'; the ambulance service's sheet; adult social care's OpenDocument sheet;
# the GP's sheet.

R.xlsx("Hospital.xlsx", [("Record", [], [["Date", "Ward", "Entry"]], [
    (["Wed 02/10/24", "Elm ward", "Medically optimised; discharged home via D2A pathway 1, reablement package "
      "four calls a day from tomorrow. TTOs given."], "E1", "2024-10-02"),
    (["Fri 04/10/24", "ED", "Readmitted via ED: hypothermia 34.1, AKI and sacral pressure damage after a long "
      "lie at home; discharged two days ago."], "E3", "2024-10-04"),
])])

R.csv("Reablement Provider.csv", [], ["Visit date", "Planned", "Actual", "Carer notes"], [
    (["03/10/2024", "08:00", "", "First call missed - no carer available (staff sickness). Office informed "
      "adult social care."], "E2", "2024-10-03"),
    (["04/10/2024", "08:00", "08:10", "Found Mr Price on the floor, cold and soiled, confused. 999 called; "
      "stayed with him until the crew came."], "E3", "2024-10-04"),
])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date", "Time", "Incident"]], [
    ([D(2024, 10, 4), "08:14", "Elderly male found on floor by carers, long lie approx 24 hrs, hypothermic. "
      "Conveyed to ED."], "E3", "2024-10-04"),
])])

R.ods("Adult Social Care.ods", "Case notes", ["Date", "Worker", "Note"], [
    (["03/10/2024", "Brokerage", "Reablement could not staff the first calls today; daughter asked to check on "
      "him this evening, she lives 40 miles away."], "E2", "2024-10-03"),
    (["04/10/2024", "Safeguarding", "Safeguarding concern raised by the reablement provider: Mr Price found on "
      "the floor after missed calls; s42 enquiry opened."], "E3", "2024-10-04"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 9, 20), "Home visit: chest infection, antibiotics. Lives alone, daughter visits weekly."], "S1",
     "2024-09-20"),
])])
R.done()
