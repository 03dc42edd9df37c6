"""A held-out review (see ../README.md): python r261.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# The sudden unexpected death of a 10-week-old (baby Zara) in a one-room B&B: a homeless family
# in temporary accommodation, bed-sharing. Vocabulary: "TA" (temporary accommodation), "B&B",
# "NBV", "safe sleep", "Moses basket", "SUDI", "JAR", "ROSC", "life extinct". Layouts: housing's
# notes dated "06/02/2023 @ 14:10"; health visiting's return under a title block with a "Contact
# Type" column; the ambulance's two-digit years ("14/03/23"); the police; the hospital's ED
# record; maternity.
R.xlsx("Housing - temporary accommodation.xlsx", [("Case notes", [["Homelessness case notes"],
                                                                  ["Household: Ms K and baby"]],
                                                   [["Date & time", "Officer", "Note"]], [
    (["06/02/2023 @ 14:10", "TA officer", "Household placed in a one-room B&B (Station Road) as an emergency: no "
      "space for a cot; to be reviewed in 6 weeks."], "E3", "2023-02-06"),
    (["20/02/2023 @ 10:00", "TA officer", "Ms K asked for a move; nothing suitable yet. Bidding explained."], None,
     "2023-02-20"),
    (["14/03/2023 @ 09:30", "TA officer", "Police informed us the baby died at the B&B overnight. Ms K moved to "
      "her sister's."], "E4", "2023-03-14"),
])])

R.xlsx("Health Visiting.xlsx", [("HV return", [["Health Visiting Service – agency chronology"],
                                               ["Child: Zara K"], ["Period: 01/01/2023 – 14/03/2023"], []],
                                 [["Date of Contact", "Contact Type", "Practitioner", "Details"]], [
    (["04/01/2023", "Admin", "HV admin", "Birth notification received from maternity: born 03/01, 3.1 kg."],
     "E1", "2023-01-04"),
    (["16/01/2023", "NBV", "HV Adams", "New birth visit at the flat: safe sleep discussed, Moses basket seen. Mum "
      "says eviction notice served."], None, "2023-01-16"),
    (["08/02/2023", "Phone", "HV Adams", "Mum rang: moved to a B&B on Monday, no cot; baby sleeping in the bed with "
      "her. Safe sleep advice repeated; travel cot to be sourced."], "E3", "2023-02-08"),
    (["14/03/2023", "JAR", "HV Adams", "Informed of the sudden death of baby Zara overnight; attended the joint "
      "agency response meeting."], "E4", "2023-03-14"),
])])

R.csv("Ambulance service.csv", [], ["Call received", "Category", "Clinical notes"], [
    (["14/03/23 03:42", "Cat 1", "10 week old not breathing, mother woke to find baby unresponsive in adult bed. "
      "CPR in progress on arrival, no ROSC, conveyed to ED."], "E4", "2023-03-14"),
])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Incident"]], [
    (["14/03/2023", "04:10", "Sudden unexpected death of an infant (SUDI): 10-week-old female, Station Road B&B. "
      "Scene preserved; JAR with the paediatrician."], "E4", "2023-03-14"),
])])

R.xlsx("Acute Trust ED.xlsx", [("ED", [], [["Date", "Time", "Note"]], [
    (["14/03/2023", "04:05", "Infant brought in by ambulance in cardiac arrest. Resuscitation stopped 04:40, "
      "life extinct. SUDI protocol; police informed."], "E4", "2023-03-14"),
])])

R.xlsx("Maternity.xlsx", [("Postnatal", [], [["Date", "Note"]], [
    (["03/01/2023", "SVD at 39 weeks, female 3.1 kg. Mother of no fixed abode (sofa surfing) – housing "
      "referral made."], "E1", "2023-01-03"),
    (["06/01/2023", "Community midwife visit: feeding well; mum staying at a friend's flat."], None, "2023-01-06"),
])])
R.done()
