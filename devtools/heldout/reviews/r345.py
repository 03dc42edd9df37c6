"""A held-out review (see ../README.md): python r345.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Arthur (79), living alone with diabetes, hoarding and refusing care,
# found dead at home. Vocabulary: "HFSV", "CIR" (clutter image rating), "s42 enquiry", "self-neglect",
# "blister packs", "concern for welfare", "ROLE". Layouts: adult social care's case list with "Date
# opened" and "Date closed" and no other date; a fire service's visits in a cp1252 CSV; district
# nurses' visits in a Word table dated "Wednesday, 20 December 2023"; a pharmacy's notes as a text
# file, one dated line per note under a title line.

R.xlsx("Adult Social Care.xlsx", [("Case history", [], [["Date opened", "Date closed", "Type", "Summary"]], [
    ([D(2023, 11, 15), D(2023, 11, 16), "Safeguarding concern", "Concern from fire service after home safety "
      "visit: hoarding, CIR 8, no working smoke alarm. Self-neglect."], "E2", "2023-11-15"),
    ([D(2023, 12, 1), D(2024, 1, 12), "S42 enquiry", "Section 42 enquiry (self-neglect). Arthur has capacity "
      "and declines a care package."], "E3", "2023-12-01"),
    ([D(2024, 1, 10), D(2024, 1, 10), "Contact", "NWAS referral: Arthur fell at home on 09/01, no injury, "
      "refused to go to hospital."], "E5", "2024-01-10"),
    ([D(2024, 2, 6), D(2024, 2, 6), "Meeting", "Multi-agency meeting (ASC, DN, GP, fire service): risk "
      "enablement plan; weekly DN visits."], "E7", "2024-02-06"),
    ([D(2024, 2, 20), None, "Contact", "Police informed ASC that Arthur was found deceased at home yesterday."],
     "E8", "2024-02-20"),
])])

R.csv("Fire and Rescue - HFSV.csv", [], ["Visit Date", "Crew", "Clutter Image Rating", "Outcome", "Referral made to"], [
    (["15/11/2023", "Blue watch", "8", "Home fire safety visit: hoarding in every room, gas fire blocked, smoke "
      "alarm fitted. Arthur says he is fine.", "Adult Social Care (safeguarding)"], "E2", "2023-11-15"),
    (["06/02/2024", "Prevention officer", "", "Attended multi-agency meeting about Arthur: fire risk "
      "explained; second visit offered.", ""], "E7", "2024-02-06"),
], encoding="cp1252")

R.docx_table("District Nursing.docx", "District nursing - Arthur (leg ulcer)", ["Visit date", "Nurse", "Entry"], [
    (["Wednesday, 20 December 2023", "RN Brookes", "Leg ulcer redressed. House very cold, no heating; "
      "piles of newspapers. Arthur declined a referral."], "E4", "2023-12-20"),
    (["Wednesday, 10 January 2024", "RN Brookes", "Arthur says he fell last night, did not want an "
      "ambulance but a neighbour called one. Bruise to hip."], "E5", "2024-01-10"),
    (["Tuesday, 6 February 2024", "RN Brookes", "MDT meeting with social care, GP and fire: weekly visits "
      "agreed."], "E7", "2024-02-06"),
])

R.xlsx("Ambulance service.xlsx", [("Incidents", [], [["Incident date/time", "Nature", "Narrative", "Disposition"]], [
    ([D(2024, 1, 9, 21, 50), "Fall", "79M fall at home, on floor ~2 hrs, no injury found. Has capacity, refused "
      "conveyance. Referral to ASC.", "Non-conveyed"], "E5", "2024-01-09"),
    ([D(2024, 2, 19, 10, 42), "Concern for welfare", "Police forced entry: patient found deceased. ROLE 10:42.",
      "ROLE"], "E8", "2024-02-19"),
])])

R.xlsx("GP practice.xlsx", [("Consultations", [], [["Date", "Clinician", "Notes"]], [
    ([D(2023, 10, 4), "Practice nurse", "Diabetic annual review: DNA. Letter sent."], "E1", "2023-10-04"),
    ([D(2024, 1, 24), "Reception", "Pharmacy rang: Arthur has not collected his blister packs for 2 weeks. GP "
      "to call him."], "E6", "2024-01-24"),
    ([D(2024, 2, 6), "Dr Lamb", "Attended MDT re self-neglect."], "E7", "2024-02-06"),
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date/Time reported", "Incident type", "Details"]], [
    ([D(2024, 2, 19, 9, 55), "Concern for welfare", "Neighbour reports no sign of Arthur for 3 days. Entry "
      "forced 10:35: Arthur found deceased in the living room. Not suspicious."], "E8", "2024-02-19"),
])])

# The pharmacy's notes: a plain text file, a title line, then a line a note.
pharmacy_lines = [
    ("Boots, Market Street - notes for Arthur Pike", None, None),
    ("24/01/2024 - Blister packs for weeks 3 and 4 not collected. Rang GP surgery.", "E6", "2024-01-24"),
    ("13/02/2024 - Packs for this week collected by neighbour.", "E9", "2024-02-13"),
]
(R.folder / "Pharmacy notes.txt").write_text("\n".join(line for line, _, _ in pharmacy_lines) + "\n")
for row, (line, event, iso) in enumerate(pharmacy_lines, start=1):
    if event:
        R._note("Pharmacy notes.txt", None, row, event, iso, line)
R.done()
