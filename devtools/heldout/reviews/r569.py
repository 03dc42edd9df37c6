"""A held-out review (see ../README.md): python r569.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review: Oscar Reid (13), autistic, at a residential special school out of his home area,
# restrained by staff. Each agency tells the same event in its own words: 'Physical intervention (two-person hold,
# 12 min) … carpet burn to face', 'Carpet burn to left cheek and bruised wrist after a restraint at school', 'Reg
# 40 notification from the school: Oscar restrained by two staff'; the referral to the host authority's LADO; an
# allegations management meeting three agencies attended; the LADO's outcome.
# Layouts: the school's 'Notification date | Regulation | Details'; the LADO's Word table; the placing authority's
# CSV with dates typed 'Fri 10 May 2024'; the police's sheet; the minor injuries unit's OpenDocument sheet.

R.xlsx("Meadowview Residential School.xlsx", [("Notifications", [], [["Notification date", "Regulation",
                                                                     "Details"]], [
    ([D(2024, 5, 9), "Reg 40", "Physical intervention (two-person hold, 12 min) after Oscar hit staff; carpet burn to "
      "face. Taken to the MIU. Ofsted and the placing authority notified."], "E1", "2024-05-09"),
    ([D(2024, 5, 20), "-", "Principal attended the LADO meeting; staff member remains suspended."], "E3",
     "2024-05-20"),
    ([D(2024, 6, 3), "Reg 44", "Independent visitor's report: restraint records incomplete."], "S1", "2024-06-03"),
    ([D(2024, 6, 14), "-", "LADO outcome received: substantiated."], "E5", "2024-06-14"),
])])

R.ods("Minor Injuries Unit.ods", "Attendances", ["Date", "Triage", "Notes"], [
    ([D(2024, 5, 9), "Green", "Carpet burn to left cheek and bruised wrist after a restraint at school, per staff."],
     "E1", "2024-05-09"),
])

R.csv("Placing Authority Childrens Services.csv", [], ["Date", "Worker", "Note"], [
    (["Mon 22 Apr 2024", "SW Boateng", "Statutory LAC visit to Oscar at the school: settled, likes the swimming "
      "pool."], "S2", "2024-04-22"),
    (["Fri 10 May 2024", "SW Boateng", "Reg 40 notification from the school: Oscar restrained by two staff, carpet "
      "burn."], "E1", "2024-05-10"),
    (["Mon 13 May 2024", "SW Boateng", "Referral made to the host LADO about the restraint."], "E2", "2024-05-13"),
])

R.docx_table("Host LADO.docx", "Local authority designated officer - allegation record", ["Date", "Action"], [
    (["13/05/2024", "Referral from the placing authority's social worker: restraint of Oscar, injury; staff member "
      "named."], "E2", "2024-05-13"),
    (["20/05/2024", "Allegations management meeting: police NFA, school to investigate; staff member suspended "
      "pending."], "E3", "2024-05-20"),
    (["14/06/2024", "Outcome: allegation substantiated; referral to the DBS considered."], "E5", "2024-06-14"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Entry"]], [
    ([D(2024, 5, 20), "Attended the LADO meeting: no criminal investigation."], "E3", "2024-05-20"),
])])
R.done()
