"""A held-out review (see ../README.md): python r457.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Wayne (45), with a learning disability, whose flat was taken over by drug
# dealers. Vocabulary: "cuckooing", "warrant", "MARM" (multi-agency risk management meeting), "appointee",
# "BF57" (the DWP's appointee form), "PIP", "supported living", "floating support". Layouts: the supported
# living provider's notes by 'Shift' ('Early', 'Late', 'Waking night'); the DWP's 'Date received' and 'Form';
# the housing association's ASB log; adult social care's; the police's; the GP's.

R.xlsx("Supported Living.xlsx", [("Daily notes", [], [["Date", "Shift", "Staff", "Notes"]], [
    ([D(2024, 4, 2), "Late", "Support worker", "Wayne told me the police came to his flat this morning with a "
      "warrant and took away the men who had been staying. Very frightened."], "E1", "2024-04-02"),
    ([D(2024, 4, 10), "Early", "Support worker", "Helped Wayne with shopping; he has no money left until "
      "Friday."], "A1", "2024-04-10"),
    ([D(2024, 4, 30), "Early", "Team leader", "Attended the MARM for Wayne: extra visits, new door entry "
      "system."], "E4", "2024-04-30"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Occurrence", "Details"]], [
    ([D(2024, 4, 2), "06:00", "Warrant", "Misuse of drugs warrant at Wayne's flat: three males arrested, crack "
      "cocaine and cash seized. Wayne, the tenant, a vulnerable adult exploited by them (cuckooing)."], "E1",
     "2024-04-02"),
    ([D(2024, 4, 16), "15:30", "Assault", "Wayne assaulted at the bus station by two males he says were "
      "'friends' of those arrested. Facial injuries; declined hospital."], "E3", "2024-04-16"),
    ([D(2024, 4, 30), "10:00", "Meeting", "MARM attended: disruption of the associates, welfare visits."], "E4",
     "2024-04-30"),
])])

R.xlsx("Riverside Housing.xlsx", [("ASB log", [], [["Report date", "Category", "Officer", "Notes"]], [
    ([D(2024, 3, 18), "Drugs", "HO Grant", "Neighbours report callers to Wayne's flat day and night."], "A2",
     "2024-03-18"),
    ([D(2024, 4, 3), "Drugs", "HO Grant", "Police executed a warrant at the property yesterday; drugs found. "
      "Tenant believed to be a victim of cuckooing."], "E1", "2024-04-03"),
    ([D(2024, 4, 30), "Meeting", "HO Grant", "MARM: housing to fit a new door entry system and consider a "
      "management move."], "E4", "2024-04-30"),
])])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Type", "Worker", "Notes"]], [
    ([D(2024, 4, 3), "Safeguarding concern", "Duty", "Police: Wayne's flat taken over by dealers; warrant executed "
      "yesterday. S42 enquiry opened."], "E1", "2024-04-03"),
    ([D(2024, 4, 5), "Finance", "SW Hale", "Application for DWP appointeeship sent (BF57) so his benefits can be "
      "managed safely."], "E2", "2024-04-05"),
    ([D(2024, 4, 30), "Meeting", "SW Hale", "MARM chaired: plan agreed with police, housing and the provider."],
     "E4", "2024-04-30"),
])])

R.xlsx("DWP.xlsx", [("Actions", [], [["Date received", "Form", "Action"]], [
    ([D(2024, 4, 9), "BF57", "Appointee application received from adult social care for Wayne's PIP and "
      "Universal Credit. Visit to be arranged."], "E2", "2024-04-09"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Clinician", "Notes"]], [
    ([D(2024, 4, 17), "Dr Ngu", "Seen with his support worker after an assault yesterday: bruising to the left "
      "cheek, no fracture. Low mood."], "A3", "2024-04-17"),
])])
R.done()
