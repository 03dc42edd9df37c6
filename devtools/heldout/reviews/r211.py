"""A held-out review (see ../README.md): python r211.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A safeguarding adults review: Mrs Edna Shaw (89), dementia, in a nursing home; a pressure ulcer
# found late, weight loss, a fall, a safeguarding concern from her daughter. Many records naming
# each other on the same days (the home's daily notes, district nurses, the GP's ward rounds): a
# test of false links among records that each name the other.
home_rows = []
for day in range(1, 29):
    if day in (3, 7, 10, 14, 17, 21, 24):
        continue
    home_rows.append(([D(2023, 9, day), "Day", "Edna ate half of her breakfast, fluids encouraged. Settled in lounge."],
                      None, f"2023-09-{day:02d}"))
home_rows += [
    ([D(2023, 9, 3), "Day", "DN visited re sacral area: category 2 pressure ulcer, dressing applied. Air mattress "
      "requested."], "E1", "2023-09-03"),
    ([D(2023, 9, 7), "Day", "Weekly GP round: Dr Khan saw Edna, weight down 3kg in a month, fortisip started."],
     "E2", "2023-09-07"),
    ([D(2023, 9, 10), "Night", "02:15 Edna found on the floor beside her bed. No obvious injury, obs stable. GP "
      "informed in the morning."], "E3", "2023-09-10"),
    ([D(2023, 9, 14), "Day", "Daughter complained about Edna's weight and the sore; manager met her."], "E4",
     "2023-09-14"),
    ([D(2023, 9, 17), "Day", "DN visit: sacral ulcer now category 3, slough. Photographs taken. Referral to tissue "
      "viability."], "E5", "2023-09-17"),
    ([D(2023, 9, 21), "Day", "ASC safeguarding worker visited re daughter's concern; records reviewed."], "E6",
     "2023-09-21"),
    ([D(2023, 9, 24), "Day", "Edna drowsy, temp 38.6. GP OOH called, ambulance to Royal Derby."], "E7",
     "2023-09-24"),
]
home_rows.sort(key=lambda r: r[0][0])
R.xlsx("Meadowbank Nursing Home.xlsx", [("Daily notes", [], [["Date", "Shift", "Entry"]], home_rows)])
R.csv("District Nursing.csv", [], ["Date", "Visit", "Note"], [
    (["03/09/2023", "Visit", "Meadowbank: Mrs Shaw, cat 2 PU sacrum, Allevyn applied. Home to order air mattress."],
     "E1", "2023-09-03"),
    (["10/09/2023", "Visit", "Meadowbank: dressing change sacrum. Staff report unwitnessed fall overnight."], None,
     "2023-09-10"),
    (["17/09/2023", "Visit", "Meadowbank: sacral PU deteriorated to category 3. TVN referral. Datix."], "E5",
     "2023-09-17"),
    (["20/09/2023", "Visit", "Meadowbank: dressing change, TVN plan followed."], None, "2023-09-20"),
])
R.xlsx("GP Surgery.xlsx", [("Consultations", [], [["Date", "Clinician", "Summary"]], [
    ([D(2023, 9, 7), "Dr Khan", "Care home ward round: Mrs Shaw, weight 41kg (-3kg). Oral nutritional supplements "
      "prescribed. Bloods."], "E2", "2023-09-07"),
    ([D(2023, 9, 10), "Dr Khan", "Call from care home: fall overnight, no injury found. Advised neuro obs."], "E3",
     "2023-09-10"),
    ([D(2023, 9, 21), "Dr Khan", "ASC safeguarding enquiry: request for records, sent."], None, "2023-09-21"),
    ([D(2023, 9, 25), "Admin", "Royal Derby ED letter: admitted 24/09 urosepsis."], "E7", "2023-09-25"),
])])
R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Type", "Note"]], [
    ([D(2023, 9, 15), "Safeguarding concern", "Daughter reports weight loss and a pressure sore at Meadowbank; "
      "says she complained to the manager yesterday."], "E4", "2023-09-15"),
    ([D(2023, 9, 21), "Visit", "S42 enquiry: visit to Meadowbank, met manager, reviewed care plans and charts."],
     "E6", "2023-09-21"),
])])
R.xlsx("Royal Derby Hospital.xlsx", [("ED", [], [["Arrival", "Complaint", "Outcome"]], [
    ([D(2023, 9, 24, 16, 5), "Drowsy, pyrexial, from nursing home", "Urosepsis. Cat 3 sacral PU noted. Admitted, "
      "safeguarding referral re PU."], "E7", "2023-09-24"),
])])
R.done()
