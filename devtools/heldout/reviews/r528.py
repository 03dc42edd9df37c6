"""A held-out review (see ../README.md): python r528.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Poppy (6) and Jack (3), domestic abuse at home. Each agency tells the
# same incident in its own words: 'argument turned physical', 'he grabbed her by the throat', 'non-fatal
# strangulation', 'NFS', 'a domestic at the address, children present', 'CYP witnessed'; the school's
# notification as 'Operation Encompass call', 'Encompass notification', 'police let us know before school';
# the MARAC as 'case discussed at MARAC', 'MARAC held'. Layouts: the police's sheet with an 'Incident No.'
# first; the school's sheet with 'Date' written '16-Sep-24'; children's social care's CSV; health visiting's
# Word table; the IDVA service's OpenDocument sheet.

R.xlsx("Police.xlsx", [("Incidents", [], [["Incident No.", "Date", "Time", "Summary"]], [
    (["INC-0912", D(2024, 9, 15), "22:40", "Domestic at the address, children present (CYP 6 and 3 asleep upstairs "
      "then on the landing). Argument turned physical: he grabbed her by the throat. NFS. Male arrested. DASH "
      "high."], "E1", "2024-09-15"),
    (["INC-0912", D(2024, 9, 26), "10:00", "MARAC: case discussed; actions for police - flag the address."], "E3",
     "2024-09-26"),
])])

R.xlsx("Primary School.xlsx", [("Log", [], [["Date", "Staff", "Record"]], [
    (["16-Sep-24", "DSL", "Operation Encompass call before school: police at Poppy's home last night, domestic "
      "incident. Poppy in, quiet; seen by the learning mentor."], "E1", "2024-09-16"),
])])

R.csv("Children's Social Care.csv", [], ["Date", "Team", "Note"], [
    (["16/09/2024", "MASH", "PPN: domestic, mum strangled by partner, children (6, 3) in the house. Strategy "
      "discussion held."], "E1", "2024-09-16"),
    (["17/09/2024", "Assessment", "Home visit with mum: partner on bail not to return. Children seen."], "E2",
     "2024-09-17"),
    (["26/09/2024", "Assessment", "MARAC held: safety plan, sanctuary scheme."], "E3", "2024-09-26"),
])

R.docx_table("Health Visiting.docx", "Health visiting - family record", ["Date", "HV", "Entry"], [
    (["18/09/2024", "HV Grant", "Police notification (DA): mum assaulted by partner on Sunday night, Jack "
      "present. Phoned mum: she is staying with her sister."], "E1", "2024-09-18"),
])

R.ods("IDVA Service.ods", "Case notes", ["Date", "Note"], [
    (["17/09/2024", "High risk referral from police after Sunday's strangulation. First contact with mum: safety "
      "plan."], "E1", "2024-09-17"),
    (["26/09/2024", "Presented the case at MARAC."], "E3", "2024-09-26"),
])
R.done()
