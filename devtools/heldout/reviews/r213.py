"""A held-out review (see ../README.md): python r213.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Kai (15), criminally exploited: missing overnight, found in Birmingham, a return home interview,
# a strategy meeting, an arrest for supply. Layouts: a youth justice case system export (Contact
# Date, Contact Type, Outcome Attended / Failed to attend); police "Date/Time of Report" text with a
# crime reference column; a charity's return in .ods; CAMHS appointments; social care with EDT rows.
R.xlsx("Youth Justice Service.xlsx", [("ChildView export", [], [["Contact Date", "Contact Type", "Outcome",
                                                                  "Notes"]], [
    ([D(2023, 9, 4), "Supervision", "Attended", "Reparation plan reviewed. Kai quiet, new trainers and phone."], None,
     "2023-09-04"),
    ([D(2023, 9, 11), "Supervision", "Attended", "Kai was missing Friday night, found in Birmingham on Saturday. "
      "Would not talk about it. RHI to be arranged."], "E2", "2023-09-11"),
    ([D(2023, 9, 20), "Meeting", "Attended", "Strategy meeting (CCE): YJS worker attended. NRM discussed."], "E4",
     "2023-09-20"),
    ([D(2023, 10, 3), "Phone", "N/A", "Police advised Kai arrested yesterday for PWITS, released under "
      "investigation."], "E5", "2023-10-03"),
    ([D(2023, 10, 9), "Supervision", "Failed to attend", "Did not attend. Home visit: mum says he is asleep."], None,
     "2023-10-09"),
])])
R.csv("West Midlands Police.csv", [], ["Date/Time of Report", "Crime/Incident Ref", "Summary"], [
    (["08/09/2023 21:30", "MISPER 2201", "Missing person report: Kai (15) not returned home, last seen 16:00 near "
      "the bus station. Medium risk."], "E1", "2023-09-08"),
    (["09/09/2023 03:10", "MISPER 2201", "Kai located at an address in Birmingham with two adult males; cash and "
      "two phones. Returned home 05:00."], "E2", "2023-09-09"),
    (["20/09/2023 10:00", "-", "Strategy meeting re CCE: police attended. Intelligence shared."], "E4", "2023-09-20"),
    (["02/10/2023 15:20", "CR 8841/23", "Kai arrested for possession with intent to supply (crack, heroin) in "
      "Walsall town centre. Interviewed with AA, RUI."], "E5", "2023-10-02"),
])
rows = [["Date", "Worker", "Record"],
        ["12/09/2023", "Barnardo's worker", "Return home interview with Kai at school. Would not say who he was with; "
         "said he 'owes' someone."],
        ["26/09/2023", "Barnardo's worker", "1:1 session at school: talked about grooming."]]
pd.DataFrame(rows[1:], columns=rows[0]).to_excel(R.folder / "Barnardos.ods", engine="odf", index=False)
for i, (ev, iso) in enumerate([("E3", "2023-09-12"), (None, "2023-09-26")]):
    R._note("Barnardos.ods", "Sheet1", i + 2, ev, iso, rows[i + 1][2])
R.xlsx("Walsall Academy.xlsx", [("Safeguarding", [], [["Date", "Staff", "Entry"]], [
    ([D(2023, 9, 11), "Attendance officer", "Kai absent Friday afternoon and not in this morning; mum says he was "
      "missing."], None, "2023-09-11"),
    ([D(2023, 9, 12), "DSL", "Kai taken out of period 3 for his RHI with the Barnardo's worker."], "E3",
     "2023-09-12"),
    ([D(2023, 9, 20), "DSL", "DSL attended strategy meeting re exploitation."], "E4", "2023-09-20"),
])])
R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Team", "Note"]], [
    ([D(2023, 9, 8), "EDT", "Police notification: Kai reported missing tonight, not known to have gone before."],
     "E1", "2023-09-08"),
    ([D(2023, 9, 20), "Exploitation team", "Strategy meeting (CCE): police, YJS, school, Barnardo's sent apologies. "
      "S47 not met; CIN and NRM referral."], "E4", "2023-09-20"),
    ([D(2023, 10, 2), "EDT", "Custody requested an appropriate adult for Kai (arrested); EDT worker attended."], "E5",
     "2023-10-02"),
    ([D(2023, 10, 10), "Exploitation team", "NRM referral submitted as first responder."], None, "2023-10-10"),
])])
R.csv("CAMHS.csv", [], ["Appointment", "Attended", "Clinician note"], [
    (["16/10/2023 14:00", "DNA", "Initial assessment: did not attend. Letter to mum and GP."], None, "2023-10-16"),
])
R.done()
