"""A held-out review (see ../README.md): python r299.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Stalking by an ex-partner (of Hannah, 29, mother of a 4-year-old): a report, an arrest, a breach of
# bail, a stalking protection order. Vocabulary: "S2A" (stalking), "ISAC" (independent stalking
# advocacy caseworker), "SPO" (stalking protection order), "bail conditions", "breach", "RUI".
# Layouts: the police's Niche export with "Occ Date" as dates and "Occ Time" as Excel times; the
# stalking advocacy service's CSV with a contact method column ("Tel (out)", "F2F"); the nursery; the GP.

R.xlsx("Police Niche export.xlsx", [("Occurrences", [], [["Occ Date", "Occ Time", "Class", "Summary"]], [
    ([D(2024, 2, 3), dt.time(19, 20), "S2A Stalking", "Victim reports ex-partner following her to work and nursery, "
      "40 messages a day. DASH medium. Referral to ISAC service."], "E1", "2024-02-03"),
    ([D(2024, 2, 14), dt.time(8, 5), "Arrest", "Suspect arrested for S2A stalking, interviewed, charged; bailed not "
      "to contact victim or attend her workplace."], "E2", "2024-02-14"),
    ([D(2024, 3, 1), dt.time(17, 40), "Breach of bail", "Suspect found outside victim's workplace. Arrested for breach "
      "of bail, remanded to court."], "E3", "2024-03-01"),
    ([D(2024, 3, 20), dt.time(10, 0), "Court", "Stalking protection order granted at the magistrates' court, 2 "
      "years."], "E4", "2024-03-20"),
])])

R.csv("Stalking Advocacy Service.csv", [], ["Date", "Method", "Note"], [
    (["05/02/2024", "Tel (out)", "New referral from police: ex-partner stalking since January. Safety plan, "
      "screenshots kept."], "E1", "2024-02-05"),
    (["15/02/2024", "Tel (out)", "Police update: he was arrested yesterday and bailed not to contact her."], "E2",
     "2024-02-15"),
    (["01/03/2024", "Tel (in)", "Client called: he was outside her work again; police called, he was arrested."], "E3",
     "2024-03-01"),
    (["20/03/2024", "F2F", "Attended the magistrates' court with client: SPO granted for 2 years."], "E4",
     "2024-03-20"),
])

R.xlsx("Little Owls Nursery.xlsx", [("Log", [], [["Date", "Note"]], [
    ([D(2024, 2, 5), "Mum told us her ex is following her; password for collection set, photo of him shared with "
      "staff."], None, "2024-02-05"),
])])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    ([D(2024, 2, 20), "Anxiety and poor sleep since being stalked by ex. Talking therapies self-referral."], None,
     "2024-02-20"),
    ([D(2024, 3, 22), "Letter from the stalking advocacy service: SPO granted 20/03."], "E4", "2024-03-22"),
])])
R.done()
