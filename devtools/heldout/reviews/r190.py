"""A held-out review (see ../README.md): python r190.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A fourteen-year-old in a children's home: exploitation, a missing episode, an overdose. The home's
# case system exports a semicolon CSV with a byte-order mark and from/to dates.
R.csv("Oak Lodge childrens home.csv", [], ["Date from", "Date to", "Type", "Notes"], [
    (["02/05/2023", "03/05/2023", "Missing", "Ayla missing from 22:00 until returned by police 03:10."], "E1",
     "2023-05-02"),
    (["08/05/2023", "", "Meeting", "Return home interview completed by Catch-22 worker at the home."], "E2",
     "2023-05-08"),
    (["15/05/2023", "19/05/2023", "Other", "Ayla on a school trip to Wales."], None, "2023-05-15"),
    (["early June 2023", "", "Health", "Ayla says she has been to the sexual health clinic."], None, None),
    (["12/06/2023", "", "Meeting", "Strategy meeting (CSE) attended by key worker."], "E3", "2023-06-12"),
    (["25/06/2023", "", "Incident", "Ayla told staff she had taken tablets; ambulance called, to A&E."], "E4",
     "2023-06-25"),
], encoding="utf-8-sig", delimiter=";")
R.xlsx("GMP.xlsx", [("Sheet1", [], [["Date", "Time", "Log"]], [
    ([D(2023, 5, 2), "22:40", "Missing person report (medium risk) - Ayla, 14, from children's home. Found 03:00 at an "
      "address in Hulme, returned."], "E1", "2023-05-02"),
    ([D(2023, 6, 12), "10:00", "Strategy meeting re CE/CSE concerns, Ayla."], "E3", "2023-06-12"),
])])
R.xlsx("Return home interviews.xlsx", [("RHI", [], [["Date", "Notes"]], [
    ([D(2023, 5, 8), "RHI completed at placement, Ayla disclosed older males giving her lifts."], "E2", "2023-05-08"),
])])
R.xlsx("Manchester CSC.xlsx", [("Chronology", [["Chronology - Ayla"]], [["Date", "Entry"]], [
    ([D(2023, 5, 3), "Notified by Oak Lodge that Ayla was missing overnight, returned by police."], "E1", "2023-05-03"),
    ([D(2023, 6, 12), "Strategy meeting convened - exploitation. Attended by police, home, school, CAMHS."], "E3",
     "2023-06-12"),
    ([D(2023, 6, 26), "EDT notification: Ayla attended A&E yesterday following overdose."], "E4", "2023-06-26"),
])])
R.xlsx("CAMHS.xlsx", [("Contacts", [], [["Appt date", "Outcome", "Clinician note"]], [
    ([D(2023, 5, 10), "Attended", "Initial assessment, low mood, self-harm (cutting) 2 weeks ago."], None, "2023-05-10"),
    ([D(2023, 6, 12), "n/a", "Sent report to strategy meeting, not attended."], "E3", "2023-06-12"),
    ([D(2023, 6, 27), "Attended", "Ayla took 20 paracetamol on Sunday, seen in A&E, medically cleared."], "E4",
     "2023-06-27"),
])])
R.csv("Hospital ED.csv", [], ["Arrival", "Presenting complaint", "Notes"], [
    (["25/06/2023 21:40", "Overdose", "20 x paracetamol, levels below treatment line, CAMHS liaison to see next day."],
     "E4", "2023-06-25"),
])
R.done()
