"""A held-out review (see ../README.md): python r577.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Craig Dobson (34), a man with a learning disability targeted by local youths and
# by 'friends' who took his money. Each agency tells the same event in its own words: 'Hate incident: … eggs thrown
# at his window by youths' and 'Tenant reported youths throwing eggs at his window last night'; a joint visit of
# the PCSO and the housing officer; 'his new friends take his money on benefit day' and 'Safeguarding concern from
# the day centre: friends taking Craig's money'; a section 42 planning meeting four agencies attended; a partial
# closure order as the housing association, the police and social care write it.
# Layouts: the police's sheet 'Date | Occurrence type | Summary'; the housing association's CSV 'Date | Officer |
# Contact method | Notes'; the day centre's Word table; adult social care's sheet; the GP's OpenDocument sheet.

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Occurrence type", "Summary"]], [
    ([D(2024, 1, 20), "Hate incident", "34M with a learning disability had eggs thrown at his window by youths; "
      "third report this month. PCSO to visit."], "E1", "2024-01-20"),
    ([D(2024, 1, 23), "Visit", "PCSO and the housing officer visited Craig: fearful, wants to move."], "E2",
     "2024-01-23"),
    ([D(2024, 2, 8), "Meeting", "Attended the s42 planning meeting for Craig."], "E4", "2024-02-08"),
    ([D(2024, 2, 26), "Court", "Closure order granted at court; flat added to patrols."], "E5", "2024-02-26"),
])])

R.csv("Riverside Housing Association.csv", [], ["Date", "Officer", "Contact method", "Notes"], [
    (["21/01/2024", "HO Grant", "Phone", "Tenant reported youths throwing eggs at his window last night; CCTV "
      "requested."], "E1", "2024-01-21"),
    (["23/01/2024", "HO Grant", "Visit", "Joint visit with the PCSO: Craig frightened, management transfer "
      "discussed."], "E2", "2024-01-23"),
    (["08/02/2024", "HO Grant", "Meeting", "S42 meeting attended: partial closure order application agreed."], "E4",
     "2024-02-08"),
    (["26/02/2024", "HO Grant", "Court", "Magistrates granted a partial closure order: only Craig and his support "
      "worker may enter."], "E5", "2024-02-26"),
])

R.docx_table("Oakleaf Day Centre.docx", "Oakleaf Day Centre - concerns log", ["Date", "Staff", "Concern"], [
    (["02/02/2024", "Key worker", "Craig says his new friends take his money on benefit day and stay at his flat."],
     "E3", "2024-02-02"),
    (["08/02/2024", "Key worker", "Key worker attended the safeguarding meeting."], "E4", "2024-02-08"),
])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    ([D(2024, 2, 2), "Safeguarding concern from the day centre: 'friends' taking Craig's money, possible cuckooing."],
     "E3", "2024-02-02"),
    ([D(2024, 2, 8), "Section 42 planning meeting: police, housing, day centre; closure order considered."], "E4",
     "2024-02-08"),
    ([D(2024, 2, 27), "Housing told us the closure order was granted yesterday."], "E5", "2024-02-27"),
])])

R.ods("GP Surgery.ods", "Record", ["Date", "Entry"], [
    ([D(2024, 1, 8), "Annual health check: anxious about people hanging around near his flat."], "S1", "2024-01-08"),
])
R.done()
