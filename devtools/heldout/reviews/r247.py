"""A held-out review (see ../README.md): python r247.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
# Non-accidental injury of a 4-month-old (Baby L): a bruise to the ear, then rib fractures.
# Vocabulary: "NMB" (non-mobile baby), "pinna", "CAIT", "skeletal survey", "s47", "ICPC",
# "suspicion of GBH". Layouts: the GP's Vision export with Read codes; health visiting's SystmOne
# "Event date" "02 May 2023 10:14"; the paediatrician's Word letter, paragraphs "On 03/05/2023 I
# examined …"; the police's "Date/Time" as "02/05/23 1530"; children's social care's Liquidlogic
# steps, "Step | Start date | End date | Outcome".
R.csv("GP Vision export.csv", [], ["Date", "Read code", "Text"], [
    (["20/04/2023", "65E..", "16 week immunisations given. Mum well."], None, "2023-04-20"),
    (["02/05/2023", "9NNd.", "HV telephoned: bruise to left ear on NMB, referred to MASH by HV."], "E1",
     "2023-05-02"),
])

R.xlsx("Health Visiting SystmOne.xlsx", [("Events", [], [["Event date", "Event details"]], [
    (["20 Mar 2023 09:30", "12-week contact: feeding well, weight on the 50th centile."], None, "2023-03-20"),
    (["02 May 2023 10:14", "Home visit: 1cm bruise to left pinna on a non-mobile baby, no explanation from mum. "
      "Referral made to MASH under the NMB bruising protocol."], "E1", "2023-05-02"),
    (["15 May 2023 10:00", "Attended ICPC: baby subject to a CP plan, category physical abuse."], "E6",
     "2023-05-15"),
])])

d = docx.Document()
d.add_paragraph("Department of Paediatrics – report for the review")
paeds = [
    ("On 03/05/2023 I examined Baby L at the request of children's services, with the social worker and a "
     "police officer present: bruise to the left pinna, no explanation. Skeletal survey requested.", "E3",
     "2023-05-03"),
    ("On 05/05/2023 the skeletal survey showed healing fractures of the posterior 6th and 7th ribs on the left.",
     "E4", "2023-05-05"),
]
for text, event, iso in paeds:
    d.add_paragraph(text)
d.save(R.folder / "Paediatrics.docx")
for i, (text, event, iso) in enumerate(paeds):
    R._note("Paediatrics.docx", None, i + 2, event, iso, text)

R.xlsx("Police CAIT.xlsx", [("Log", [], [["Date/Time", "Officer", "Entry"]], [
    (["02/05/23 1530", "DS Kerr", "Strategy meeting (virtual) with children's services and health: joint s47 "
      "investigation agreed."], "E2", "2023-05-02"),
    (["03/05/23 1400", "DC Amin", "Attended the CP medical with the social worker."], "E3", "2023-05-03"),
    (["05/05/23 1800", "DC Amin", "Both parents arrested on suspicion of GBH (rib fractures), interviewed and "
      "bailed."], "E5", "2023-05-05"),
    (["15/05/23 1000", "DC Amin", "ICPC attended."], "E6", "2023-05-15"),
])])

R.xlsx("Childrens Services Liquidlogic.xlsx", [("Steps", [], [["Step", "Start date", "End date", "Outcome"]], [
    (["Contact", "02/05/2023", "02/05/2023", "Contact from HV: bruise to left ear, 4 month old, NMB protocol."],
     "E1", "2023-05-02"),
    (["Strategy discussion", "02/05/2023", "02/05/2023", "With police CAIT and the paediatrician: s47, CP medical "
      "tomorrow."], "E2", "2023-05-02"),
    (["S47 enquiry", "03/05/2023", "12/05/2023", "CP medical at the hospital: bruising unexplained, skeletal survey "
      "to follow."], "E3", "2023-05-03"),
    (["Case note", "05/05/2023", "05/05/2023", "Skeletal survey result: 2 healing rib fractures. Baby to foster care "
      "under s20."], "E4", "2023-05-05"),
    (["Case note", "05/05/2023", "05/05/2023", "Police arrested both parents today."], "E5", "2023-05-05"),
    (["ICPC", "15/05/2023", "15/05/2023", "Initial child protection conference: CP plan, physical abuse."], "E6",
     "2023-05-15"),
])])
R.done()
