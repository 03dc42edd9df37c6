"""A held-out review (see ../README.md): python r298.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Safeguarding adults review: Liam (19), detained by the police on a bridge under section 136, assessed
# and not admitted, who took his own life two weeks later. Vocabulary: "S136", "place of safety", "AMHP",
# "MHA assessment", "not detained", "CRHT" (crisis resolution home treatment), "concern for welfare",
# "sudden death". Layouts: the crisis line's CSV with call start times to the second
# ("2023-06-14 22:41:07"); the police; the mental health trust's notes (the S136 suite after midnight,
# "15/06/2023 00:35"); the AMHP service; the GP.

R.csv("Crisis Line.csv", [], ["Call start", "Call type", "Summary"], [
    (["2023-06-14 22:41:07", "Inbound", "Caller Liam (19) on the Station Road bridge, says he will jump. Kept talking; "
      "999 called, police attended 22:58."], "E1", "2023-06-14"),
])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Log"]], [
    ([D(2023, 6, 14), "22:50", "Concern for welfare: male on Station Road bridge threatening to jump (call via crisis "
      "line). Detained S136, conveyed to the place of safety."], "E1", "2023-06-14"),
    ([D(2023, 6, 28), "07:15", "Sudden death: male 19 found at the foot of the railway embankment. Not suspicious. "
      "Coroner informed."], "E4", "2023-06-28"),
])])

R.xlsx("Mental Health Trust.xlsx", [("RiO notes", [], [["Date/time", "Team", "Note"]], [
    (["15/06/2023 00:35", "S136 suite", "Arrived with police under S136 from the bridge. Calm, tearful."], "E1",
     "2023-06-15"),
    (["15/06/2023 10:30", "S136 suite", "MHA assessment (AMHP and two doctors): not detained. Discharged to CRHT."],
     "E2", "2023-06-15"),
    (["16/06/2023 14:00", "CRHT", "Home visit: low mood, denies plans. Safety plan reviewed."], None, "2023-06-16"),
    (["29/06/2023 09:00", "CRHT", "Informed by police that Liam died yesterday. Serious incident."], "E4",
     "2023-06-29"),
])])

R.xlsx("AMHP Service.xlsx", [("Assessments", [], [["Date", "AMHP", "Outcome"]], [
    ([D(2023, 6, 15), "J Rowe", "MHA assessment at the S136 suite: does not meet criteria for detention; CRHT "
      "follow-up agreed."], "E2", "2023-06-15"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2023, 6, 19), "Letter from MH trust: MHA assessment 15/06 after a S136, not detained, under CRHT."], "E2", "2023-06-19"),
    ([D(2023, 6, 30), "Notification of death from coroner's officer: 28/06/2023."], "E4", "2023-06-30"),
])])
R.done()
