"""A held-out review (see ../README.md): python r337.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Owen (12), with cerebral palsy and no speech, at a residential special school: bruises after being
# held by staff, a Regulation 40 notification to Ofsted, the LADO, a strategy discussion, a member of
# staff suspended, a broken arm. Vocabulary: "physical intervention", "restraint", "Reg 40", "body map",
# "LADO", "AMM", "residential special school". Layouts: the school's incident log saved from Excel as
# "Unicode text" (a .txt, tab-separated, UTF-16) with dates "12.03.2024"; Ofsted's case log; the LADO;
# the home local authority's social care; the hospital.

rows = [
    (["12.03.2024", "16:40", "Physical intervention (two staff, seated hold) when Owen hit out at dinner. Body map: "
      "two bruises to the upper arm. Parents told. Reg 40 notification to Ofsted."], "E1", "2024-03-12"),
    (["13.03.2024", "09:30", "LADO referral made by the head of care re the hold on 12/03."], "E2", "2024-03-13"),
    (["20.03.2024", "19:10", "Owen screaming, holding his left arm after bath time with one member of staff. "
      "Taken to A&E."], "E4", "2024-03-20"),
    (["21.03.2024", "08:00", "Member of staff (bath time 20/03) suspended pending LADO enquiries."], "E5",
     "2024-03-21"),
]
name = "Fairfield School incident log.txt"
with open(R.folder / name, "w", encoding="utf-16", newline="") as handle:
    handle.write("Date\tTime\tIncident\r\n")
    for row_number, (cells, event, iso) in enumerate(rows, start=2):
        handle.write("\t".join(cells) + "\r\n")
        R._note(name, None, row_number, event, iso, cells[2])

R.xlsx("Ofsted.xlsx", [("Notifications", [], [["Date received", "Type", "Action"]], [
    ([D(2024, 3, 12), "Regulation 40", "Notification from Fairfield School: restraint of a child, bruising. Inspector "
      "to review."], "E1", "2024-03-12"),
    ([D(2024, 3, 21), "Regulation 40", "Notification: child with a fractured arm after bath time; staff member "
      "suspended."], "E4", "2024-03-21"),
])])

R.xlsx("LADO.xlsx", [("Allegations", [], [["Date", "Note"]], [
    ([D(2024, 3, 13), "Referral from Fairfield School head of care: bruising after a restraint of a disabled "
      "pupil."], "E2", "2024-03-13"),
    ([D(2024, 3, 15), "Allegations management meeting: school, home LA social worker, police, Ofsted. Restraint "
      "within policy; training needs."], "E3", "2024-03-15"),
    ([D(2024, 3, 21), "Second referral from the school: Owen's fractured arm. AMM tomorrow."], "E4", "2024-03-21"),
])])

R.xlsx("Home LA Childrens Services.xlsx", [("Owen", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 3, 15), "SW Grant", "Attended the LADO's meeting about the restraint on 12/03."], "E3", "2024-03-15"),
    ([D(2024, 3, 21), "SW Grant", "School rang: Owen has a fractured left arm; staff member suspended."], "E4",
     "2024-03-21"),
])])

R.xlsx("Hospital.xlsx", [("ED", [], [["Arrival", "Notes"]], [
    (["20/03/2024 20:05", "12M, CP, non-verbal; carer reports pain after bath. X-ray: spiral fracture L humerus. "
      "Safeguarding referral."], "E4", "2024-03-20"),
])])
R.done()
