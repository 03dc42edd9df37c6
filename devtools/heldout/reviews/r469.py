"""A held-out review (see ../README.md): python r469.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Ava (14 months), a burn from a hair straightener. Vocabulary: "NAI",
# "skeletal survey", "CP medical", "HV", "ICB". Layouts: the health return collated by the ICB, one sheet whose
# 'Service' column says which service recorded each entry (GP, health visiting, the emergency department,
# paediatrics); the police's; social care's 'Contact' and 'Assessment' sheets; a childminder's notes in a CSV
# with the date written '14th Feb' and no year anywhere (no date can be read: the truth asks for none).

R.xlsx("Health - ICB collated return.xlsx", [("Health chronology", [["Westshire ICB - collated health chronology"]],
    [["Date", "Service", "Practitioner", "Entry"]], [
    ([D(2024, 1, 30), "Health Visiting", "HV Lowe", "12 month review. Ava well, development on track. Mum tired, "
      "dad working nights."], "A1", "2024-01-30"),
    ([D(2024, 2, 14), "Emergency Department", "Dr Kay", "14 month old with a linear burn to the back of the right "
      "hand, mum says she grabbed the hair straighteners. Pattern not consistent; referred to paediatrics, CSC "
      "informed."], "E1", "2024-02-14"),
    ([D(2024, 2, 15), "Paediatrics", "Dr Osei", "CP medical: linear burn R hand, two older bruises to the left "
      "shin. Skeletal survey clear. Possible NAI."], "E2", "2024-02-15"),
    ([D(2024, 2, 16), "GP", "Dr Patel", "ED letter: attended 14/02 with a burn to the hand, safeguarding referral "
      "made."], "E1", "2024-02-16"),
    ([D(2024, 2, 19), "Health Visiting", "HV Lowe", "Informed by the social worker of the ED attendance and the CP "
      "medical. Home visit booked."], "E2", "2024-02-19"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Category", "Details"]], [
    ([D(2024, 2, 15), "09:30", "Child concern", "Strategy discussion with CSC and paediatrics re burn to a 14 month "
      "old. Joint investigation: s47."], "E3", "2024-02-15"),
])])

R.xlsx("Childrens Social Care.xlsx", [
    ("Contact", [], [["Date", "Source", "Summary"]], [
        ([D(2024, 2, 14), "Hospital", "ED: burn to Ava's hand, explanation not consistent. Referred for CP "
          "medical."], "E1", "2024-02-14"),
    ]),
    ("Assessment", [], [["Date", "Worker", "Summary"]], [
        ([D(2024, 2, 15), "SW Moore", "Strategy discussion with police and the paediatrician: s47 joint "
          "investigation."], "E3", "2024-02-15"),
        ([D(2024, 2, 16), "SW Moore", "Home visit. Straighteners left plugged in on the floor. Ava to stay with "
          "her grandmother during the enquiry."], "A2", "2024-02-16"),
    ]),
])

R.csv("Little Stars Childminder.csv", [], ["Date", "Notes"], [
    (["14th Feb", "Ava arrived with a bandaged hand; mum said a burn from the straighteners last night."], "A3",
     None),
    (["16th Feb", "Social worker called asking about Ava's bruises. Told her I had seen a bruise on her leg last "
      "week."], "A4", None),
])
R.done()
