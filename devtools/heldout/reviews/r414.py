"""A held-out review (see ../README.md): python r414.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Edith (91), with dementia, in a nursing home, develops grade 4 pressure
# ulcers and dies in hospital. Vocabulary: "PU" (pressure ulcer), "cat 3"/"grade 4", "SSKIN", "waterlow",
# "TVN" (tissue viability nurse), "DN" (district nurse), "DoLS", "RESPECT form", "s42". Layouts: the
# home's care notes with 'Date/Time' written 'Mon 12 Feb 2024 08:15'; the community nurses' visits with
# 'Visit Date', 'Visit Type' and 'Wound Category'; the hospital's stay as one row with 'Admission Date'
# and 'Discharge Date'; the GP's entries; adult social care's steps; the regulator's log.

R.xlsx("Willow Court Nursing Home.xlsx", [("Care notes", [["Resident: Edith P.  Room 14"]],
                                           [["Date/Time", "Staff", "Note"]], [
    (["Mon 12 Feb 2024 08:15", "RGN Bello", "Red area on sacrum noted at wash. Repositioning 4-hourly; cream "
      "applied."], "A1", "2024-02-12"),
    (["Wed 21 Feb 2024 14:30", "RGN Bello", "DN visited: sacral wound now category 3. Dressing and air mattress "
      "ordered."], "E1", "2024-02-21"),
    (["Tue 05 Mar 2024 11:00", "Manager", "TVN visit with the district nurse: grade 4 sacral PU, heels "
      "deteriorating. Safeguarding referral made to ASC."], "E2", "2024-03-05"),
    (["Sat 16 Mar 2024 06:20", "Night nurse", "Edith hot, drowsy, not eating. 999 called; taken to the RSH by "
      "ambulance."], "E4", "2024-03-16"),
])])

R.xlsx("Community Nursing.xlsx", [("Visits", [], [["Visit Date", "Visit Type", "Wound Category", "Nurse",
                                                   "Narrative"]], [
    ([D(2024, 2, 21), "First visit", "Cat 3", "DN Hughes", "Referred by Willow Court. Sacral PU 4x3cm, slough. "
      "Waterlow 24. SSKIN bundle advised; dynamic mattress requested."], "E1", "2024-02-21"),
    ([D(2024, 2, 28), "Review", "Cat 3", "DN Hughes", "Wound larger. Repositioning charts incomplete for 3 days. "
      "Raised with the nurse in charge."], "A2", "2024-02-28"),
    ([D(2024, 3, 5), "Joint visit TVN", "Cat 4", "DN Hughes / TVN Ali", "Unstageable then cat 4 after "
      "debridement; bone palpable. Bilateral heel damage. Safeguarding concern supported."], "E2", "2024-03-05"),
])])

R.xlsx("Adult Social Care.xlsx", [("Steps", [], [["Date", "Step", "Notes"]], [
    ([D(2024, 3, 5), "Safeguarding concern", "Concern from Willow Court and the community nurses: grade 4 "
      "pressure ulcer, possible neglect by omission."], "E2", "2024-03-05"),
    ([D(2024, 3, 8), "S42 enquiry", "Enquiry opened; caused enquiry delegated to the home with the ICB "
      "quality team. Large scale enquiry not needed."], "A3", "2024-03-08"),
    ([D(2024, 3, 19), "Case note", "Hospital social worker: Edith admitted 16/03 with sepsis from the wound; end of "
      "life care."], "E4", "2024-03-19"),
])])

R.xlsx("Royal Shrewsbury Hospital.xlsx", [("Inpatient", [], [["Admission Date", "Discharge Date", "Ward",
                                                               "Summary"]], [
    ([D(2024, 3, 16), D(2024, 3, 24), "Ward 22", "Admitted via ED with sepsis from an infected grade 4 sacral "
      "ulcer. Antibiotics; palliative from 20/03. Died on the ward 24/03."], "E4", "2024-03-16"),
])])

R.xlsx("GP Surgery.xlsx", [("Entries", [], [["Date", "Entry"]], [
    ([D(2024, 2, 14), "Home visit to Willow Court (ward round): Edith; RESPECT form reviewed, DoLS in place. "
      "Sacrum not examined."], "A4", "2024-02-14"),
    ([D(2024, 3, 6), "Email from the DN: grade 4 sacral ulcer; ASC informed."], "E2", "2024-03-06"),
    ([D(2024, 3, 26), "Death notification from RSH: died 24/03/2024, sepsis, infected pressure ulcer."], "E5",
     "2024-03-26"),
])])

R.xlsx("CQC.xlsx", [("Enquiries", [], [["Received", "Source", "Summary"]], [
    ([D(2024, 3, 8), "Local authority", "Notification: s42 enquiry opened for a resident of Willow Court with a "
      "grade 4 pressure ulcer."], "A3", "2024-03-08"),
])])
R.done()
