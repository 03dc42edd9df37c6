"""A held-out review (see ../README.md): python r436.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Gary (41), learning disability, his flat taken over by dealers ("cuckooing"),
# then assaulted. Vocabulary: "cuckooing", "ASB" (anti-social behaviour), "CPN" (community protection notice,
# not a nurse here), "closure order", "partial closure", "LD nurse", "AIU" (adult intake), "MCA". Layouts: the
# housing ASB team's case log with 'Incident Date' and a later 'Date Reported'; the support provider's visits
# with a 'Next visit due' column of dates to come; the police's; adult social care's; the learning disability
# nurse's; the GP's.

R.xlsx("Housing ASB Team.xlsx", [("Case log", [], [["Incident Date", "Date Reported", "Reported By", "Details",
                                                    "Action"]], [
    ([D(2024, 1, 6), D(2024, 1, 8), "Neighbour", "Youths in and out of Flat 3 all weekend, cannabis smell, door "
      "kicked.", "Letter to tenant; visit booked."], "A1", "2024-01-06"),
    ([D(2024, 1, 15), D(2024, 1, 15), "Officer", "Joint visit with police to Flat 3: two males who would not "
      "give names in the flat; Gary seemed scared, said they are his friends.", "Referral to ASC."], "E1",
     "2024-01-15"),
    ([D(2024, 2, 2), D(2024, 2, 2), "Court", "Partial closure order granted for Flat 3 for 3 months: only Gary "
      "and his support staff may enter.", "Served on the door with police."], "E3", "2024-02-02"),
])])

R.xlsx("Brightpath Support.xlsx", [("Visits", [], [["Date", "Support worker", "Visit notes", "Next visit due"]], [
    ([D(2024, 1, 10), "T. Ellis", "Gary had no food, said 'Jay' has his bank card. Two men asleep on the sofa. "
      "Raised a safeguarding alert with ASC.", D(2024, 1, 12)], "E2", "2024-01-10"),
    ([D(2024, 1, 12), "T. Ellis", "Could not get in: a man answered and said Gary was out.", D(2024, 1, 15)],
     "A2", "2024-01-12"),
    ([D(2024, 2, 19), "T. Ellis", "Gary has a black eye and a cut lip, says 'Jay' came back last night. Called "
      "999 with him.", D(2024, 2, 20)], "E4", "2024-02-19"),
])])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Time", "Summary"]], [
    ([D(2024, 1, 15), "11:00", "Joint visit with the housing ASB officer to Flat 3: suspected cuckooing, two males "
      "(known to drugs intel) present. Gary vulnerable adult. PVP submitted."], "E1", "2024-01-15"),
    ([D(2024, 2, 2), "14:00", "Closure order (partial) obtained at the magistrates' court and served with "
      "housing."], "E3", "2024-02-02"),
    ([D(2024, 2, 19), "10:20", "Assault ABH on a vulnerable male in his flat by a known male (breach of the "
      "closure order). Suspect arrested later."], "E4", "2024-02-19"),
])])

R.xlsx("Adult Social Care.xlsx", [("Steps", [], [["Date", "Step", "Notes"]], [
    ([D(2024, 1, 10), "Safeguarding concern", "From Brightpath Support: financial abuse and people staying at "
      "Gary's flat."], "E2", "2024-01-10"),
    ([D(2024, 1, 16), "Safeguarding concern", "From housing ASB team after a joint visit with police yesterday: "
      "cuckooing."], "E1", "2024-01-16"),
    ([D(2024, 1, 24), "s42 enquiry", "Met Gary at the day centre. He lacks capacity about his money (MCA done); "
      "appointeeship to be sought."], "A3", "2024-01-24"),
])])

R.xlsx("Community LD Nurse.xlsx", [("Notes", [], [["Date", "Note"]], [
    ([D(2024, 1, 30), "Health action plan review at home with support worker. Flat cleaner; no visitors now."],
     "A4", "2024-01-30"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 2, 20), "ED letter: attended 19/02/2024 after an assault; facial bruising, no fracture."], "E4",
     "2024-02-20"),
])])
R.done()
