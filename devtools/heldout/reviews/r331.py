"""A held-out review (see ../README.md): python r331.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Abdul (says he is 16), an unaccompanied asylum-seeking child placed in an adult asylum hotel by the
# Home Office, referred to children's services, age-assessed, placed, missing, found working in a car
# wash. Vocabulary: "UASC", "age dispute", "Merton-compliant age assessment", "NTS" (national transfer
# scheme), "asylum hotel", "IHA", "missing", "trafficking". Layouts: the hotel's safeguarding log whose
# newest entry is first; children's social care with "Date of event" and "Date recorded" (recorded days
# later); the police's time as a number ("1430"); the GP; the refugee charity's notes in one cell a day
# over several lines.

R.xlsx("Asylum hotel safeguarding log.xlsx", [("Log", [], [["Date", "Staff", "Concern"]], [
    ([D(2024, 2, 10), "Welfare officer", "Abdul back at the hotel visiting two adult residents; told his SW by "
      "phone."], None, "2024-02-10"),
    ([D(2024, 1, 12), "Welfare officer", "Abdul moved out to a foster placement with his SW."], "E4", "2024-01-12"),
    ([D(2024, 1, 3), "Welfare officer", "Resident (DOB given 01/01/2008) looks young, says he is 16. Referred to "
      "children's services as an age dispute."], "E1", "2024-01-03"),
])])

R.xlsx("Childrens Social Care.xlsx", [("UASC chronology", [], [["Date of event", "Date recorded", "Event", "Worker"]], [
    ([D(2024, 1, 3), D(2024, 1, 5), "Referral from the asylum hotel: young person says he is 16 (age dispute).",
      "Duty"], "E1", "2024-01-03"),
    ([D(2024, 1, 9), D(2024, 1, 9), "Age assessment (two SWs, interpreter, appropriate adult): assessed as 16.",
      "SW Patel"], "E2", "2024-01-09"),
    ([D(2024, 1, 12), D(2024, 1, 15), "Placed with foster carers (s20); Home Office told of the age decision.",
      "SW Patel"], "E4", "2024-01-12"),
    ([D(2024, 2, 20), D(2024, 2, 20), "Foster carers report Abdul gone since the evening of 19/02. MFH with "
      "police; strategy discussion tomorrow.", "SW Patel"], "E6", "2024-02-20"),
    ([D(2024, 2, 21), D(2024, 2, 21), "Strategy discussion (police): trafficking risk; NRM referral.", "SW Patel"],
     "E7", "2024-02-21"),
])])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Time", "Summary"]], [
    ([D(2024, 2, 20), 1430, "MFH: Abdul (16) missing from foster placement since 19/02. Medium risk."], "E6",
     "2024-02-20"),
    ([D(2024, 2, 21), 1000, "Strategy discussion with CSC: NRM to be made by CSC; markers on PNC."], "E7",
     "2024-02-21"),
    ([D(2024, 3, 4), 1615, "Abdul found working at a car wash in Leicester during a modern slavery operation; "
      "returned to placement."], "E8", "2024-03-04"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 1, 18), "New patient registration, Abdul (16), with foster carer; IHA booked."], None, "2024-01-18"),
    ([D(2024, 1, 25), "Initial health assessment with interpreter: scabies, latent TB screen."], "E5", "2024-01-25"),
])])

# The refugee charity writes a day's notes in one cell, a line each.
R.xlsx("Refugee charity.xlsx", [("Casework", [], [["Date", "Notes"]], [
    ([D(2024, 1, 9), "Attended the age assessment as appropriate adult.\nAbdul anxious; explained the process."],
     "E2", "2024-01-09"),
    ([D(2024, 1, 25), "Went with Abdul to the GP for his health assessment.\nInterpreter by phone."], "E5",
     "2024-01-25"),
])])
R.done()
