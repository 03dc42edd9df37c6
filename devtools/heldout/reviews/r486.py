"""A held-out review (see ../README.md): python r486.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Isla (4), fabricated or induced illness. Layouts: the paediatric team's
# letters ('Clinic date | Letter to | Letter summary'); the GP's 'Date entered | Type | Entry' where letters are
# filed days after the clinic; the pharmacy's 'Dispensed | Item | Qty | Prescriber'; the community nursing team's
# CSV with dates written '4th March 2024'; the police's 'Date | Officer | Log'.

R.xlsx("Paediatrics.xlsx", [("Letters", [], [["Clinic date", "Letter to", "Letter summary"]], [
    ([D(2024, 1, 8), "GP", "Seen in clinic with mum: reported seizures at home, none witnessed by staff. EEG "
      "normal. Mum asking for a feeding tube."], "E1", "2024-01-08"),
    ([D(2024, 2, 19), "GP, school nurse", "Professionals meeting: concerns that reported symptoms are not seen in "
      "school or on the ward. Mum's accounts inconsistent. Referral to social care under FII guidance."], "E3",
     "2024-02-19"),
    ([D(2024, 3, 4), "GP", "Admitted for observation: no seizures in 5 days on the ward; eating normally."], "E4",
     "2024-03-04"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date entered", "Type", "Entry"]], [
    ([D(2024, 1, 15), "Letter", "Paediatric clinic letter (seen 08/01): seizures reported by mum, not witnessed, EEG "
      "normal."], "E1", "2024-01-15"),
    ([D(2024, 1, 29), "Consultation", "Mum requests more melatonin and a second anti-seizure medicine; declined "
      "pending paediatric review."], "S1", "2024-01-29"),
    ([D(2024, 2, 19), "Meeting", "Attended the professionals meeting at the hospital: GP records show 14 "
      "attendances in 6 months, none with a seizure seen."], "E3", "2024-02-19"),
])])

R.xlsx("Pharmacy.xlsx", [("PMR", [], [["Dispensed", "Item", "Qty", "Prescriber"]], [
    ([D(2024, 1, 30), "Melatonin 1mg/ml oral solution", "100ml", "Dr Carr (GP)"], "S2", "2024-01-30"),
    ([D(2024, 2, 2), "Request for early supply - declined", "", "Mum said the bottle was spilt"], "S3", "2024-02-02"),
])])

R.csv("Community Children's Nursing.csv", [], ["Date of visit", "Nurse", "Visit notes"], [
    (["4th February 2024", "CCN", "Home visit: mum demonstrated how she gives medicines. Isla running about, "
      "eating a biscuit. Mum says she has 'had no appetite for weeks'."], "S4", "2024-02-04"),
    (["19th February 2024", "CCN", "Professionals meeting at the hospital: shared that Isla eats at home visits."],
     "E3", "2024-02-19"),
    (["7th March 2024", "CCN", "Told by the ward that Isla was admitted on Monday for observation."], "E4",
     "2024-03-07"),
], encoding="cp1252")

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Officer", "Log"]], [
    ([D(2024, 2, 22), "DC Hart", "Strategy meeting with CSC and paediatrics regarding possible FII. Agreed "
      "admission for observation; mum not to be told of the concerns."], "E3b", "2024-02-22"),
])])
R.done()
