"""A held-out review (see ../README.md): python r309.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A baby (unborn, then Leo) of a mother with a learning disability and a violent partner: a pre-birth
# assessment, a pre-birth conference, the birth, a discharge planning meeting, a parent and baby foster
# placement. Vocabulary: "pre-birth", "PBA", "ICPC", "discharge planning meeting", "parent and baby
# placement", "PAMS" (a parenting assessment for parents with learning disabilities), "perinatal",
# "EDD", "SCBU". Layouts: midwifery's OpenDocument sheet with a "Gestation" column beside the date; the
# perinatal mental health team with dates written "23rd of May 2023"; the family hub with "Session" and
# "Attended" columns; children's social care; the police.

R.ods("Midwifery.ods", "Maternity", ["Date", "Gestation", "Entry"], [
    ([D(2023, 3, 14), "12+1", "Booking: mother 19, mild LD, partner (24) known to police for DA. Referral to "
      "CSC for pre-birth assessment and to perinatal MH."], "E1", "2023-03-14"),
    ([D(2023, 6, 20), "26+1", "Pre-birth strategy meeting attended with SW, police and perinatal: s47."], "E2",
     "2023-06-20"),
    ([D(2023, 8, 1), "32+1", "Pre-birth ICPC: unborn on a CP plan (emotional abuse). Birth plan: baby not to leave "
      "without SW agreement."], "E3", "2023-08-01"),
    ([D(2023, 9, 12), "38+1", "SVD, baby boy 2.9 kg. CSC informed, alert on ward."], "E4", "2023-09-12"),
    ([D(2023, 9, 14), "PN day 2", "Discharge planning meeting on the ward: mother and Leo to a parent and baby "
      "foster placement on 15/09."], "E5", "2023-09-14"),
])

R.xlsx("Perinatal Mental Health.xlsx", [("Notes", [], [["Date", "Clinician", "Note"]], [
    (["23rd of May 2023", "CPN", "Referral from the midwife at booking accepted; assessment: anxiety, low mood, "
      "no psychosis."], None, "2023-05-23"),
    (["20th of June 2023", "CPN", "Pre-birth strategy meeting: shared assessment."], "E2", "2023-06-20"),
    (["1st of August 2023", "CPN", "ICPC attended, CP plan for unborn."], "E3", "2023-08-01"),
])])

R.xlsx("Family Hub.xlsx", [("Sessions", [], [["Date", "Session", "Attended", "Worker notes"]], [
    ([D(2023, 7, 4), "Bump to Baby group", "Yes", "Came alone, quiet, engaged with bathing demo."], None,
     "2023-07-04"),
    ([D(2023, 7, 11), "Bump to Baby group", "No", "Did not come; text sent."], None, "2023-07-11"),
    ([D(2023, 8, 1), "Conference", "Yes", "Family support worker at the pre-birth conference: CP plan."], "E3",
     "2023-08-01"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Type", "Note"]], [
    ([D(2023, 3, 16), "Contact", "Referral from midwife (booking 14/03): pre-birth assessment requested."], "E1",
     "2023-03-16"),
    ([D(2023, 6, 20), "Strategy", "Pre-birth strategy discussion: s47, PAMS assessment commissioned."], "E2",
     "2023-06-20"),
    ([D(2023, 8, 1), "ICPC", "Unborn made subject of a CP plan (emotional abuse)."], "E3", "2023-08-01"),
    ([D(2023, 9, 12), "Notification", "Ward rang: Leo born this morning, well."], "E4", "2023-09-12"),
    ([D(2023, 9, 14), "Meeting", "Discharge planning meeting at the hospital; parent and baby placement agreed."],
     "E5", "2023-09-14"),
    ([D(2023, 9, 15), "Placement", "Mother and Leo moved to the parent and baby placement with Mrs Doyle."], None,
     "2023-09-15"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Detail"]], [
    ([D(2023, 5, 2), "Domestic: partner of pregnant 19F shouted and punched a door. No offences disclosed. DASH "
      "medium. PPN."], None, "2023-05-02"),
    ([D(2023, 6, 20), "Pre-birth strategy: police checks shared, partner's DA history."], "E2", "2023-06-20"),
])])
R.done()
