"""A held-out review (see ../README.md): python r304.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Child sexual exploitation of a 14-year-old (Jade): older men, a hotel, missing nights, a sexual health
# clinic. Vocabulary: "CSE", "CE screening tool", "MACE" (multi-agency child exploitation meeting),
# "EHC" (emergency hormonal contraception), "Brook", "return home interview", "hotel watch", "missing
# from care". Layouts: the council's collated workbook with an "Agency" column (education, early help,
# social care) and dates that are approximate or partial ("?/06/2023", "June 2023 (approx)",
# "w/c 12/06/2023"); the sexual health clinic's CSV; the police with ISO date-times
# ("2023-06-14T21:30:00"); the children's home.

R.xlsx("Council collated chronology.xlsx", [("Chronology", [["Jade – collated return (education, early help, "
                                                             "children's social care)"]],
                                             [["Date", "Agency", "Source", "Event"]], [
    (["June 2023 (approx)", "Education", "Pastoral", "Friends say Jade has an older 'boyfriend' who picks her up "
      "from the gates in a car."], None, "2023-06-01"),
    (["w/c 12/06/2023", "Early Help", "Family worker", "Mum says Jade stays out late, new phone and clothes."],
     None, "2023-06-12"),
    (["15/06/2023", "Children's Social Care", "MASH", "Police referral: Jade found in a hotel room with two adult "
      "men last night. CE screening: high risk. Strategy discussion today."], "E1", "2023-06-15"),
    (["15/06/2023", "Children's Social Care", "SW", "Strategy discussion with police and health: s47."], "E2",
     "2023-06-15"),
    (["?/06/2023", "Education", "DSL", "DSL told by social worker of the hotel incident."], None, "2023-06-01"),
    (["02/07/2023", "Children's Social Care", "EDT", "Jade reported missing from home overnight; returned 09:00."],
     "E3", "2023-07-02"),
    (["04/07/2023", "Children's Social Care", "RHI worker", "Return home interview for missing 01-02/07: Jade "
      "would not say where she was."], None, "2023-07-04"),
    (["19/07/2023", "Children's Social Care", "SW", "MACE: Jade discussed; disruption notices for two men "
      "agreed."], "E5", "2023-07-19"),
    (["31/07/2023", "Children's Social Care", "SW", "Jade moved to Larchwood children's home (s20)."], "E6",
     "2023-07-31"),
])])

R.csv("Sexual Health Clinic.csv", [], ["Visit date", "Clinic", "Clinician notes"], [
    (["16/06/2023", "Brook walk-in", "14F requesting EHC after sex 'with a friend's cousin' (21). Fraser not "
      "applicable – under 16 with adult, safeguarding proforma, CSE concern shared with MASH."], "E4",
     "2023-06-16"),
    (["30/08/2023", "Brook walk-in", "Attended with keyworker from Larchwood for STI screen. Negative."], None,
     "2023-08-30"),
])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Occurred", "Category", "Summary"]], [
    (["2023-06-14T21:30:00", "CSE", "Hotel watch call from Premier Inn: girl looking young with two men in room "
      "212. Jade (14) removed, men arrested for child abduction warnings. Referral to MASH."], "E1",
     "2023-06-14"),
    (["2023-06-15T11:00:00", "Strategy", "Strategy discussion with CSC: police to seek CAWNs."], "E2",
     "2023-06-15"),
    (["2023-07-01T23:20:00", "Missing", "Jade reported missing by mum; found 08:40 at an address in Hillside "
      "Road, returned home."], "E3", "2023-07-01"),
    (["2023-07-19T10:00:00", "MACE", "MACE: CAWNs served on both men 18/07."], "E5", "2023-07-19"),
])])

R.xlsx("Larchwood Childrens Home.xlsx", [("Daily log", [], [["Date", "Time", "Staff", "Log"]], [
    ([D(2023, 7, 31), "16:00", "RM", "Jade arrived with her social worker; settled into her room."], "E6",
     "2023-07-31"),
    ([D(2023, 8, 12), "22:30", "Night staff", "Jade not back by curfew; reported missing to police 23:00. "
      "Returned by taxi 01:10 with no explanation."], None, "2023-08-12"),
])])

R.xlsx("School nursing.xlsx", [("Notes", [], [["Date", "Nurse", "Entry"]], [
    ([D(2023, 6, 16), "SN Ahmed", "Told by Brook that Jade attended today for EHC; CSE concern, MASH informed."],
     "E4", "2023-06-16"),
])])
R.done()
