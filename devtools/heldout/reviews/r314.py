"""A held-out review (see ../README.md): python r314.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A looked after 15-year-old (Kayden) in a children's home out of his home area, missing often, who
# took his own life. Vocabulary: "out of area placement", "placing authority", "host authority",
# "notification of placement", "Reg 44", "missing from care", "RHI", "ligature", "CAMHS tier 3".
# Layouts: the children's home's log with a "Shift" column ("Early", "Late", "Night") and no times;
# the placing authority's case notes; the host authority's notifications; the host police; CAMHS; the
# ambulance service.

R.xlsx("Oak Lodge Childrens Home.xlsx", [("Log", [], [["Date", "Shift", "Staff", "Entry"]], [
    ([D(2024, 1, 8), "Late", "RSW Ali", "Kayden arrived from Hartshire with his SW. Settled, quiet."], "E1",
     "2024-01-08"),
    ([D(2024, 1, 20), "Night", "Night RSW", "Kayden not back by 22:00. Reported missing to police 23:15."],
     "E2", "2024-01-20"),
    ([D(2024, 1, 21), "Early", "RSW Ali", "Kayden returned by police 06:30, cold, would not say where he was."],
     "E2", "2024-01-21"),
    ([D(2024, 2, 2), "Late", "RSW Ali", "Self-harm: scratches to forearm. Shared with CAMHS and SW."], "E4",
     "2024-02-02"),
    ([D(2024, 2, 16), "Night", "Night RSW", "Found Kayden in his room with a ligature, unresponsive. CPR, 999. "
      "Paramedics took over 02:20."], "E3", "2024-02-16"),
])])

R.xlsx("Hartshire Childrens Services.xlsx", [("Case notes", [["Hartshire – placing authority"]],
                                              [["Date", "Worker", "Entry"]], [
    ([D(2024, 1, 8), "SW Moss", "Kayden moved to Oak Lodge (out of area, 90 miles). Notification of placement "
      "sent to the host authority."], "E1", "2024-01-08"),
    ([D(2024, 1, 22), "SW Moss", "Oak Lodge: Kayden missing Saturday night, returned by police Sunday morning. "
      "RHI requested from the host authority."], "E2", "2024-01-22"),
    ([D(2024, 2, 16), "Team manager", "Oak Lodge rang at 03:00: Kayden found hanging, taken to hospital, died. "
      "Parents informed in person."], "E3", "2024-02-16"),
])])

R.xlsx("Host Authority.xlsx", [("Notifications", [], [["Date received", "From", "Notification"]], [
    ([D(2024, 1, 9), "Hartshire", "Notification of a looked after child placed in our area: Oak Lodge, 08/01."],
     "E1", "2024-01-09"),
    ([D(2024, 1, 23), "Hartshire", "Request for a return home interview after missing 20-21/01. Allocated."],
     None, "2024-01-23"),
])])

R.xlsx("Host Police.xlsx", [("Missing", [], [["Reported", "Found", "Summary"]], [
    ([D(2024, 1, 20, 23, 15), D(2024, 1, 21, 6, 10), "Kayden (15, LAC) missing from Oak Lodge. Found at a bus "
      "station in the town centre and returned."], "E2", "2024-01-20"),
    ([D(2024, 2, 16, 2, 30), None, "Sudden death of a 15-year-old at Oak Lodge children's home, ligature. Not "
      "suspicious. Coroner."], "E3", "2024-02-16"),
])])

R.xlsx("CAMHS.xlsx", [("Notes", [], [["Date", "Clinician", "Note"]], [
    ([D(2024, 2, 5), "CAMHS nurse", "Referral from Oak Lodge (self-harm 02/02) triaged: routine, 12-week wait."],
     "E4", "2024-02-05"),
])])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Incident Date", "Time of Call", "Notes"]], [
    ([D(2024, 2, 16), "02:12", "15M hanging at a children's home, CPR by staff. ROSC not achieved, ROLE 02:58."],
     "E3", "2024-02-16"),
])])
R.done()
