"""A held-out review (see ../README.md): python r595.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A child safeguarding practice review: Jay (13), adopted at four, attacks his adoptive mother and the adoption
# nearly breaks down. Each agency tells the same event in its own words: 'Adopted son (13) assaulted his adoptive
# mother with a frying pan' and 'Adoptive mum rang: Jay hit her with a pan on Sunday night'; the emergency placement
# as the out-of-hours team and the children's home write it; a placement planning meeting; CAMHS's assessment at the
# home and the home's 'CAMHS visited Jay'.
# Layouts: the police's CSV with 'Date/Time reported' typed '03/11/2024 21:40:00'; social care's sheet; the
# children's home's log 'Date | Time | Shift | Entry'; the regional adoption agency's OpenDocument sheet; CAMHS's
# Word table.

R.csv("Police.csv", [], ["Date/Time reported", "Ref", "Summary"], [
    (["03/11/2024 21:40:00", "CAD 1102", "Domestic: adopted son (13) assaulted his adoptive mother with a frying pan, "
      "threatened her with a knife. Officers attended; child would not calm. EDT asked for a placement."], "E1",
     "2024-11-03"),
])

R.xlsx("Childrens Services.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 11, 3), "EDT", "Emergency placement found for Jay (13) at The Oaks children's home; parents agreed to "
      "s20 for tonight."], "E2", "2024-11-03"),
    ([D(2024, 11, 6), "SW Ince", "Placement planning meeting at The Oaks with parents, the adoption support worker "
      "and the home's manager."], "E3", "2024-11-06"),
])])

R.xlsx("The Oaks Childrens Home.xlsx", [("Daily log", [], [["Date", "Time", "Shift", "Entry"]], [
    ([D(2024, 11, 3), T(23, 30), "Night", "Emergency admission: Jay (13) brought by police. Quiet, ate toast, in bed "
      "by 01:00."], "E2", "2024-11-03"),
    ([D(2024, 11, 6), T(14, 0), "Day", "Placement planning meeting here with his parents, the SW and the adoption "
      "support worker."], "E3", "2024-11-06"),
    ([D(2024, 11, 20), T(16, 0), "Late", "CAMHS visited Jay; he came out of the meeting smiling."], "E4", "2024-11-20"),
])])

R.ods("Regional Adoption Agency.ods", "Adoption support", ["Date", "Worker", "Note"], [
    ([D(2024, 10, 14), "ASW Khan", "Therapeutic parenting course: both parents attended; say Jay's rages are daily."],
     "S1", "2024-10-14"),
    ([D(2024, 11, 4), "ASW Khan", "Adoptive mum rang: Jay hit her with a pan on Sunday night; police came. She is "
      "bruised and frightened."], "E1", "2024-11-04"),
    ([D(2024, 11, 6), "ASW Khan", "Placement planning meeting at the children's home: adoption support fund "
      "application for therapy."], "E3", "2024-11-06"),
])

R.docx_table("CAMHS.docx", "CAMHS - Jay", ["Date", "Clinician", "Note"], [
    (["20/11/2024", "Dr Oyelaran", "Assessment at The Oaks: early neglect, attachment difficulties; no mental "
      "illness. Therapy via the adoption support fund advised."], "E4", "2024-11-20"),
])
R.done()
