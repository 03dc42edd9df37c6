"""A held-out review (see ../README.md): python r369.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Karen (46) killed by her ex-partner Darren (49), released on licence
# three months before. Probation sent its chronology and, a week later, an addendum that repeats its
# last three entries before adding four more (exact copies: listed as duplicates, never linked as two
# agencies); one entry of the police's return was pasted twice. Vocabulary: "licence conditions",
# "exclusion zone", "recall", "OM", "AP" (approved premises), "PNC", "DVDS", "breach". A duplicate
# row's truth event is None, so that its copies make no pair (whichever copy chron-merge keeps).

R.xlsx("Probation chronology.xlsx", [("Darren L", [["Probation Service - chronology: Darren L (PoP)"]],
                                      [["Date", "Officer", "Entry"]], [
    ([D(2023, 10, 2), "OM Grey", "Released on licence from HMP Northgate to Oak House AP. Licence conditions: no "
      "contact with Karen L, exclusion zone around her address."], "E1", "2023-10-02"),
    ([D(2023, 10, 9), "OM Grey", "Supervision at the office: compliant, says he has moved on from Karen."], "A1",
     "2023-10-09"),
    ([D(2023, 11, 6), "OM Grey", "Police inform: Darren seen in the exclusion zone on 04/11 by Karen's neighbour. "
      "Warning letter to be issued."], "E2", "2023-11-06"),
    ([D(2023, 11, 8), "OM Grey", "Final warning issued for breach of exclusion zone."], "A2", "2023-11-08"),
])])

# The addendum: its first three rows repeat the chronology's last three, word for word.
R.csv("Probation chronology addendum.csv", [], ["Date", "Officer", "Entry"], [
    (["09/10/2023", "OM Grey", "Supervision at the office: compliant, says he has moved on from Karen."], None,
     "2023-10-09"),
    (["06/11/2023", "OM Grey", "Police inform: Darren seen in the exclusion zone on 04/11 by Karen's neighbour. "
      "Warning letter to be issued."], None, "2023-11-06"),
    (["08/11/2023", "OM Grey", "Final warning issued for breach of exclusion zone."], None, "2023-11-08"),
    (["04/12/2023", "OM Grey", "Missed supervision. Phone off."], "A3", "2023-12-04"),
    (["05/12/2023", "OM Grey", "Left the AP overnight without permission: recall requested."], "E5", "2023-12-05"),
    (["06/12/2023", "OM Grey", "Recall approved (standard). Police asked to arrest; PNC circulated."], "E6",
     "2023-12-06"),
    (["08/12/2023", "OM Grey", "Police notify that Darren was arrested at Karen's address after she was found "
      "with fatal injuries."], "E7", "2023-12-08"),
])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Officer", "Details"]], [
    ([D(2023, 11, 4), "19:30", "PC Lane", "Neighbour of Karen L reports ex-partner (on licence) walking past her "
      "house twice. Karen not home. Probation informed."], "E2", "2023-11-04"),
    ([D(2023, 11, 4), "19:30", "PC Lane", "Neighbour of Karen L reports ex-partner (on licence) walking past her "
      "house twice. Karen not home. Probation informed."], None, "2023-11-04"),
    ([D(2023, 11, 10), "14:00", "DC Ward", "DVDS (right to know) disclosure to Karen of Darren's previous "
      "violence; safety advice given."], "E4", "2023-11-10"),
    ([D(2023, 12, 6), "11:00", "PNC", "Recall circulated on PNC: Darren L unlawfully at large."], "E6",
     "2023-12-06"),
    ([D(2023, 12, 7), "22:40", "Response", "Call from Karen's daughter: Karen found unresponsive at home with head "
      "injuries. Life extinct 23:10. Darren L arrested nearby for murder."], "E7", "2023-12-07"),
])])

R.xlsx("IDVA.xlsx", [("Notes", [], [["Date", "IDVA", "Note"]], [
    ([D(2023, 11, 10), "IDVA Khan", "Joint visit with DC Ward for the DVDS disclosure; Karen shaken, agreed "
      "a safety plan and a panic alarm."], "E4", "2023-11-10"),
    ([D(2023, 12, 8), "IDVA Khan", "Police told us Karen died last night. Devastated."], "E7", "2023-12-08"),
])])
R.done()
