"""A held-out review (see ../README.md): python r480.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Dennis Pope (58), a man with alcohol dependence, died after a fall at home.
# Vocabulary: "Care Act assessment", "DoLS", "capacity", "detox", "Pabrinex", "MCA". Layouts: the alcohol service's
# CSV opening with 'Report generated: 29/03/2024 10:15' above its header, dates written long with the time in
# them ('Monday 4th March 2024 at 14:30'); a hospital's sheet with an impossible date ('31/02/2024') and a date
# not known ('N/K'), each to be reported, never guessed; adult social care's; the GP's; the police's.

R.csv("Alcohol Service.csv", [["Report generated: 29/03/2024 10:15"]], ["Appointment", "Worker", "Notes"], [
    (["Monday 4th March 2024 at 14:30", "RW Obi", "Dennis attended drunk, wants a detox. Referred to the GP for "
      "bloods; home detox not safe, lives alone."], "A1", "2024-03-04"),
    (["Thursday 14th March 2024 at 10:00", "RW Obi", "Did not attend. Phoned: no answer."], "A2", "2024-03-14"),
    (["Tuesday 26th March 2024 at 09:00", "RW Obi", "Informed by adult social care that Dennis died at the "
      "weekend after a fall."], "E3", "2024-03-26"),
])

R.xlsx("Riverside Hospital.xlsx", [("ED and ward", [], [["Date", "Area", "Summary"]], [
    (["31/02/2024", "ED", "Attended intoxicated with a head laceration after a fall in the street; glued. "
      "Left before review."], "A3", None),
    (["N/K", "ED", "Letter on file: attended with a fall, no date recorded."], "A4", None),
    ([D(2024, 3, 9), "Ward 5", "Admitted after a fall at home, found by a neighbour: fractured wrist, alcohol "
      "withdrawal. Pabrinex. Self-discharged against advice 11/03, capacity assessed."], "E1", "2024-03-09"),
])])

R.xlsx("Adult Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 3, 11), "Safeguarding concern", "From Riverside Hospital: Dennis self-discharged after an "
      "admission with a fall; self-neglect, alcohol."], "E2", "2024-03-11"),
    ([D(2024, 3, 18), "Visit", "Care Act assessment at home. Declined care; has capacity for this decision."],
     "A5", "2024-03-18"),
    ([D(2024, 3, 25), "Information", "Police: Dennis found dead at home on 23/03 after a fall."], "E3",
     "2024-03-25"),
])])

R.xlsx("Riverside Hospital safeguarding.xlsx", [("Referrals", [], [["Date", "Referral to", "Reason"]], [
    ([D(2024, 3, 11), "Adult social care", "Safeguarding concern raised: self-discharge against advice after a "
      "fall, alcohol dependence, lives alone."], "E2", "2024-03-11"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Details"]], [
    ([D(2024, 3, 23), "15:10", "Sudden death: Dennis Pope found at the foot of his stairs by a neighbour. Not "
      "suspicious. Coroner informed."], "E3", "2024-03-23"),
])])
R.done()
