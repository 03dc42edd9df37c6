"""A held-out review (see ../README.md): python r435.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Priya (29), pregnant, killed by her husband. Vocabulary: "IDVA", "MARAC",
# "DASH 17/27", "RIC" (risk identification checklist), "CAADA", "routine enquiry", "Clare's Law" (DVDS),
# "bail conditions", "NFA", "EDD". Layouts: the midwives' return with the date over two columns, 'Month'
# ('March 2024') and 'Day' (4); the MARAC coordinator's log, each row a meeting or a referral, its decisions
# under 'Actions agreed'; the IDVA service's CSV; the police's; the GP's.

R.xlsx("Community Midwifery.xlsx", [("Contacts", [], [["Month", "Day", "Contact", "Notes"]], [
    (["February 2024", 12, "Booking", "Booking at 10 weeks. Routine enquiry: Priya said no, husband present and "
      "answered for her."], "A1", "2024-02-12"),
    (["March 2024", 18, "Antenatal", "Seen alone for once: disclosed husband hits her and controls money. DASH "
      "17/27. Referred to MARAC and IDVA with her consent."], "E1", "2024-03-18"),
    (["April 2024", 4, "Meeting", "Attended MARAC: safety plan; flag on maternity record."], "E3", "2024-04-04"),
    (["April 2024", 29, "Antenatal", "DNA. Husband rang to cancel: 'she's not well'."], "A2", "2024-04-29"),
])])

R.xlsx("MARAC.xlsx", [("Log", [["Westshire MARAC - case log"]], [["Date", "Item", "Agencies", "Actions agreed"]], [
    ([D(2024, 3, 19), "Referral", "Maternity", "Referral received from the community midwife: DASH 17, pregnant, "
      "strangulation. Listed for 4 April."], "E1", "2024-03-19"),
    ([D(2024, 4, 4), "Meeting", "Police, IDVA, Maternity, GP (info only), CSC", "Police to seek a Clare's Law "
      "disclosure; IDVA to support; CSC pre-birth assessment; flags on records."], "E3", "2024-04-04"),
])])

R.csv("Safe Haven IDVA Service.csv", [], ["Date", "Type", "Worker", "Notes"], [
    (["20/03/2024", "Call", "IDVA Noor", "Called Priya on the safe number after the midwife's referral. Talked "
      "through a safety plan; she does not want police involved yet."], "A3", "2024-03-20"),
    (["04/04/2024", "MARAC", "IDVA Noor", "At MARAC. Priya's views given: scared of him, wants to stay for now."],
     "E3", "2024-04-04"),
    (["10/05/2024", "Information", "IDVA Noor", "Police: Priya was killed at home last night. Husband arrested."],
     "E4", "2024-05-10"),
])

R.xlsx("Police.xlsx", [("Records", [], [["Date", "Time", "Summary"]], [
    ([D(2024, 4, 4), "10:00", "MARAC attended. Action: DVDS (Clare's Law) right to know disclosure to be made."],
     "E3", "2024-04-04"),
    ([D(2024, 4, 11), "15:00", "DVDS disclosure made to Priya at the maternity unit: husband's previous partner's "
      "assault conviction."], "A4", "2024-04-11"),
    ([D(2024, 5, 9), "23:50", "999 from a neighbour: woman screaming. Attended: female deceased with stab "
      "wounds. Husband arrested for murder at the scene."], "E4", "2024-05-09"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 3, 25), "Seen with husband: headaches. Husband answered most questions."], "A5", "2024-03-25"),
    ([D(2024, 4, 3), "MARAC research form completed and returned (information only; not attending)."], "A6",
     "2024-04-03"),
    ([D(2024, 5, 13), "Notification of death, 09/05/2024. Coroner."], "E4", "2024-05-13"),
])])
R.done()
