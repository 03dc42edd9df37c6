"""A held-out review (see ../README.md): python r248.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Safeguarding adults review: Peter (58), alcohol dependent and sleeping rough, died of
# hypothermia. Vocabulary: "StreetLink", "bedded down", "SWEP" (severe weather emergency
# protocol), "NFA", "housing options", "s184", "PLE". Layouts: the outreach team's shift report with
# a Location column; housing options' "Date approached | Decision date"; the hostel's CSV "When"
# with date and time together and staff initials; the police's "Date From | Date To"; the
# ambulance service's; the ED's; the alcohol service's "Contact outcome" of DNA.
R.xlsx("Outreach team.xlsx", [("Shift reports", [], [["Date", "Time", "Location", "Outcome"]], [
    ([D(2024, 1, 8), "23:30", "Car park, Mill St", "StreetLink referral from police: Peter found bedded down, "
      "verified as rough sleeping. Offered a SWEP bed, declined."], "E1", "2024-01-08"),
    ([D(2024, 1, 29), "10:00", "Office", "Informed by police that Peter died on Saturday in the Mill St car park."],
     "E5", "2024-01-29"),
])])

R.xlsx("Housing Options.xlsx", [("Cases", [], [["Date approached", "Decision date", "Notes"]], [
    (["10/01/2024", "11/01/2024", "Peter approached as homeless (NFA, sleeping rough). s184 enquiries opened; placed "
      "in emergency hostel tonight."], "E2", "2024-01-10"),
    (["22/01/2024", "", "Hostel informed us Peter was evicted on 19/01 after an assault on staff."], "E4",
     "2024-01-22"),
])])

R.csv("Hope House hostel.csv", [], ["When", "Staff", "Log"], [
    (["10/01/2024 16:00", "KB", "New resident admitted from housing options. Inducted, room 4."], "E2", "2024-01-10"),
    (["15/01/2024 22:05", "LM", "Peter intoxicated, fell in the corridor, head wound bleeding. Ambulance called."],
     "E3", "2024-01-15"),
    (["19/01/2024 13:20", "KB", "Peter punched a member of staff when asked to hand over alcohol. Police called. "
      "Evicted."], "E4", "2024-01-19"),
])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date From", "Date To", "Summary"]], [
    (["08/01/2024 21:00", "08/01/2024 21:40", "Concern for welfare: man sleeping in Mill St car park in freezing "
      "temperatures, intoxicated. Declined help. StreetLink referral made."], "E1", "2024-01-08"),
    (["19/01/2024 13:35", "19/01/2024 14:30", "Assault on hostel staff member by a resident (Peter). Victim did not "
      "support action; words of advice."], "E4", "2024-01-19"),
    (["27/01/2024 07:05", "", "Body of a man found in Mill St car park. Hypothermia suspected, not suspicious. "
      "Identified as Peter L."], "E5", "2024-01-27"),
])])

R.csv("Ambulance.csv", [], ["Date", "Time", "Summary"], [
    (["15/01/2024", "22:19", "58M fall while intoxicated at Hope House hostel, 4cm head lac. Conveyed to ED."], "E3",
     "2024-01-15"),
    (["27/01/2024", "06:58", "Male found unresponsive outdoors, cold to touch, rigor. PLE 07:10, police aware."], "E5",
     "2024-01-27"),
])

R.xlsx("Emergency Department.xlsx", [("Attendances", [], [["Arrival", "Diagnosis", "Notes"]], [
    ([D(2024, 1, 15, 22, 51), "Head laceration", "Intoxicated. Wound glued. Left before the doctor's review."], "E3",
     "2024-01-15"),
])])

R.csv("Alcohol service.csv", [], ["Contact date", "Contact outcome", "Notes"], [
    (["12/01/2024", "DNA", "Did not attend assessment. Letter to the hostel."], None, "2024-01-12"),
    (["17/01/2024", "Attended", "Assessment: drinking 3 litres of cider a day. Community detox discussed."], None,
     "2024-01-17"),
])
R.done()
