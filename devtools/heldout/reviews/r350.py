"""A held-out review (see ../README.md): python r350.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Child criminal exploitation: Kai (16), excluded to a pupil referral unit, arrested for dealing, then
# stabbed. Vocabulary: "YJS", "PWITS", "RUI", "NRM", "PRU", "CCE", "county lines", "semi-independent".
# Layouts: the youth justice service's return on the review's template, its guidance and an example row
# ("01/01/2023 | EXAMPLE: home visit …") above the real entries (the example is no entry: it is in
# no truth, and checked by hand); police dates as text "20/10/2023 16:45:00"; the PRU's times "2.30pm";
# social care's "Date from" and "Date to" with a placement over weeks; an emergency department.

R.xlsx("Youth Justice Service.xlsx", [("Chronology", [
    ["Rapid review - agency chronology template"],
    ["Please list every contact in date order. Use DD/MM/YYYY. Do not include names of staff below team manager."],
    [],
], [["Date", "Contact / event", "Worker", "Outcome"]], [
    (["01/01/2023", "EXAMPLE: Home visit - met with young person and parent to discuss order.", "J Bloggs",
      "e.g. next visit booked"], None, None),
    (["23/10/2023", "Notified by police of Kai's arrest on 20/10 for PWITS; released under investigation.",
      "YJ officer", "Out of court disposal panel to consider."], "E2", "2023-10-23"),
    (["06/11/2023", "NRM referral submitted (county lines, CCE).", "YJ officer", "Awaiting reasonable grounds "
      "decision."], "E3", "2023-11-06"),
    (["15/01/2024", "Police called: Kai stabbed last night in Brook Park, in hospital.", "YJ officer",
      "Visited Kai on the ward."], "E5", "2024-01-15"),
    (["16/01/2024", "Strategy meeting (CSC, police, PRU).", "Team manager", "Safety plan; relocation "
      "considered."], "E6", "2024-01-16"),
])])

R.xlsx("Police.xlsx", [("Niche", [], [["Date/time", "Occurrence", "Summary"]], [
    (["20/10/2023 16:45:00", "Drugs", "Kai (16) stopped in Station Road: 14 wraps of crack cocaine and £340. "
      "Arrested PWITS, interviewed with appropriate adult, RUI. Referral to YJS."], "E2", "2023-10-20"),
    (["14/01/2024 22:40:00", "Wounding", "Stabbing in Brook Park: Kai (16) with a stab wound to his thigh. "
      "Taken to ED by ambulance. Suspects made off."], "E5", "2024-01-14"),
    (["16/01/2024 10:00:00", "Strategy", "Strategy meeting with CSC, YJS and the PRU: Kai at risk of further "
      "harm; NRM already made."], "E6", "2024-01-16"),
])])

R.xlsx("Emergency Department.xlsx", [("Attendances", [], [["Arrival date", "Arrival time", "Complaint",
                                                            "Clinical summary"]], [
    ([D(2024, 1, 14), "23:10", "Stab wound", "16M stab wound left thigh, brought by ambulance with police. "
      "Wound explored and closed. Admitted overnight."], "E5", "2024-01-14"),
])])

R.xlsx("Riverside PRU.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2023, 10, 2), "9.15am", "Kai started at the PRU after his permanent exclusion from Hillcrest."], "E1",
     "2023-10-02"),
    ([D(2024, 1, 15), "8.50am", "Kai not in. Heard from another student he was stabbed last night."], "E5",
     "2024-01-15"),
    ([D(2024, 1, 16), "2.30pm", "Head of centre attended the strategy meeting."], "E6", "2024-01-16"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Kai", [], [["Date from", "Date to", "Type", "Summary"]], [
    ([D(2023, 11, 6), None, "Contact", "NRM referral made by the YJS: CSC copied in."], "E3", "2023-11-06"),
    ([D(2023, 12, 1), D(2024, 1, 15), "Placement", "Semi-independent placement in Northtown, away from the "
      "dealers."], "E4", "2023-12-01"),
    ([D(2024, 1, 15), None, "Contact", "Police notification: Kai stabbed in Brook Park last night; in hospital."],
     "E5", "2024-01-15"),
    ([D(2024, 1, 16), None, "Strategy", "Strategy meeting: police, YJS, PRU. s47 enquiry."], "E6", "2024-01-16"),
])])
R.done()
