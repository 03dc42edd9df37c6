"""A held-out review (see ../README.md): python r493.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Margaret (84), killed by her son, who lived with her and was her carer. Each agency
# tells the same event in its own words: a fall as 'found on the floor', 'long lie', 'mechanical fall'; money taken
# as 'financial abuse', 'taking her pension', 'bank concerned'; a pressure sore as 'grade 3 sacral ulcer', 'skin
# breakdown on her bottom'. Layouts: the bank's letter as Word paragraphs; the district nurses' 'Visit date |
# Visit type | Findings | Care given'; the ambulance service's 'Incident date | Incident time | Presenting
# complaint | Conveyed Y/N'; adult social care's sheet with a 'Date of referral / contact' header; the GP's CSV.

R.xlsx("Ambulance.xlsx", [("Incidents", [], [["Incident date", "Incident time", "Presenting complaint",
                                              "Conveyed Y/N"]], [
    ([D(2024, 1, 14), "07:45", "84F long lie - on the floor approx 10 hours after a mechanical fall in the night. "
      "Son says he did not hear her. Skin damage to sacrum noted.", "N"], "E1", "2024-01-14"),
])])

R.csv("GP.csv", [], ["Date", "Author", "Entry"], [
    (["15/01/2024", "Dr Hale", "Ambulance report: found on the floor yesterday morning after a fall overnight, not "
      "conveyed. Request DN review of skin."], "E1", "2024-01-15"),
    (["12/02/2024", "Dr Hale", "Home visit: low weight, withdrawn. Son does all the talking. Grade 3 sacral pressure "
      "ulcer."], "S1", "2024-02-12"),
])

R.xlsx("District Nursing.xlsx", [("Visits", [], [["Visit date", "Visit type", "Findings", "Care given"]], [
    ([D(2024, 1, 17), "New patient", "Skin breakdown on her bottom, category 2. Son reluctant to let us in.",
      "Dressing; pressure cushion ordered."], "S2", "2024-01-17"),
    ([D(2024, 2, 7), "Wound review", "Sacral wound now category 3. No cushion in use. Son says she refuses to be "
      "turned.", "Safeguarding concern raised with adult social care."], "E3", "2024-02-07"),
])])

R.xlsx("Adult Social Care.xlsx", [("ASC", [], [["Date of referral / contact", "Source of referral", "Details",
                                               "Outcome"]], [
    ([D(2024, 1, 30), "Bank", "Bank concerned about large cash withdrawals from Margaret's account by her son, "
      "who holds her card.", "Section 42 enquiry opened (financial abuse)."], "E2", "2024-01-30"),
    ([D(2024, 2, 8), "District nursing", "Category 3 pressure ulcer, care neglect by son suspected.",
      "Added to the s42 enquiry; visit planned."], "E3", "2024-02-08"),
    ([D(2024, 2, 20), "Social worker", "Visit: Margaret said 'he takes my pension, I don't mind'. Son hostile.",
      "Capacity assessment planned."], "S3", "2024-02-20"),
])])

R.docx_paragraphs("Bank.docx", "Northern Bank - vulnerable customers team", [
    ("29/01/2024 - Branch reported a male withdrawing £2,000 in cash for the third week running with an elderly "
     "customer's card. Safeguarding referral sent to adult social care.", "E2", "2024-01-29"),
])
R.done()
