"""A held-out review (see ../README.md): python r514.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Leanne (29), stalked and then killed by her ex-partner. Each agency tells the same
# event in its own words: the first incident as 'ex turned up at her door', 'harassment - ex-partner banging on
# the door', 'high risk referral after Saturday's incident'; 'case heard at MARAC', 'MARAC: address flagged';
# 'sanctuary measures fitted', 'target hardening', 'housing fitted the sanctuary scheme'; stalking as 'S2A',
# 'waited outside her workplace', 'arrested for stalking'; her death as 'murder', 'killed last night',
# 'notification of death'. Layouts: the police's sheet 'Occ No | Reported Date/Time | Occ Type | Summary' with
# date-times; the IDVA service's case management export 'Case Note Date | Note Type | Case Note' (a CSV with
# dates typed '2024-02-05'); the GP's sheet 'Date | Problem | Comments'; housing's Word table.

R.xlsx("Police.xlsx", [("Occurrences", [], [["Occ No", "Reported Date/Time", "Occ Type", "Summary"]], [
    (["OCC-24-1187", D(2024, 2, 3, 23, 40), "Harassment", "Ex-partner banging on the door of the victim's flat and "
      "shouting threats. Gone on arrival. DASH: high risk. MARAC referral to follow."], "E1", "2024-02-03"),
    (["OCC-24-1187", D(2024, 2, 15, 10, 0), "MARAC", "MARAC: address flagged (urgent response), tagged for "
      "the neighbourhood team."], "E3", "2024-02-15"),
    (["OCC-24-2011", D(2024, 3, 10, 8, 5), "Stalking (S2A)", "Suspect waited outside the victim's workplace at "
      "07:30 despite warnings. Arrested, charged, remanded to court."], "E5", "2024-03-10"),
    (["OCC-24-2498", D(2024, 3, 25, 22, 51), "Murder", "Female found with stab wounds at her home address; pronounced "
      "dead at the scene. Ex-partner arrested nearby."], "E7", "2024-03-25"),
])])

R.csv("IDVA Service.csv", [], ["Case Note Date", "Note Type", "Case Note"], [
    (["2024-02-05", "Referral", "High risk referral from police after Saturday's incident: her ex came to the flat "
      "and threatened her. Contact made, safety plan started."], "E1", "2024-02-05"),
    (["2024-02-15", "MARAC", "Case heard at MARAC. Actions: sanctuary scheme (housing), flag (police), GP "
      "alert."], "E3", "2024-02-15"),
    (["2024-02-20", "Phone", "Housing fitted the sanctuary scheme today - Leanne feels safer."], "E4", "2024-02-20"),
    (["2024-03-11", "Phone", "Police update: ex arrested yesterday for stalking her at work."], "E5", "2024-03-11"),
    (["2024-03-26", "Phone", "Police told us Leanne was killed at her flat last night."], "E7", "2024-03-26"),
])

R.xlsx("GP Surgery.xlsx", [("Record", [], [["Date", "Problem", "Comments"]], [
    ([D(2024, 3, 12), "Anxiety", "Not sleeping since her ex started following her; sertraline started, IDVA "
      "details given."], "S1", "2024-03-12"),
    ([D(2024, 3, 27), "Death", "Notification from the coroner's office: patient died 25/03/2024."], "E7", "2024-03-27"),
])])

R.docx_table("Housing Association.docx", "Tenancy file - extracts", ["Date", "Officer", "Entry"], [
    (["15/02/2024", "Tenancy officer", "MARAC action for us: target hardening at the flat."], "E3", "2024-02-15"),
    (["20/02/2024", "Contractor", "Sanctuary measures fitted: door bar, window locks, letterbox guard."], "E4",
     "2024-02-20"),
    (["26/03/2024", "Tenancy officer", "Informed by police of the tenant's death; property secured."], "E7",
     "2024-03-26"),
])
R.done()
