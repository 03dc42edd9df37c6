"""A held-out review (see ../README.md): python r445.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Child J (4 months), a subdural haemorrhage and healing rib fractures.
# Vocabulary: "SDH", "skeletal survey", "PICU", "EDT", "strategy", "baby massage", "pinna". Layouts: files named
# as they arrive ('CSPR Child J - Westshire Police chronology v2 FINAL.xlsx', 'Copy of Chronology template
# (2).xlsx' with its agency in an 'Agency:' cell, 'ChildJ_UHW_ED_Paeds.csv' in cp1252 with curly quotes); the
# police's date-times in one column beside a 'Source (e.g. Niche, PNC)' column; the HV's "Professional's analysis
# at the time".

R.xlsx("CSPR Child J - Westshire Police chronology v2 FINAL.xlsx", [("Chronology", [["OFFICIAL-SENSITIVE"]],
                                                                     [["Date/Time", "Source (e.g. Niche, PNC)",
                                                                       "Entry", "Officer"]], [
    ([D(2024, 2, 3, 5, 10), "Niche", "Referral via EDT from UHW: 4 month old with a bleed on the brain, no "
      "explanation. Officers attended the hospital.", "PS 2231"], "E4", "2024-02-03"),
    ([D(2024, 2, 3, 9, 0), "Niche", "Strategy discussion: s47 joint, skeletal survey, parents not to be alone "
      "with J or his sister.", "DS Young"], "E5", "2024-02-03"),
    ([D(2024, 2, 6, 7, 30), "Niche", "Both parents arrested at home on suspicion of GBH.", "DS Young"], "E7",
     "2024-02-06"),
])])

R.xlsx("Child J chronology - HV (Westshire Community Health) draft 3.xlsx", [("Sheet1", [], [[
    "Date", "Contact type", "Summary of contact", "Professional's analysis at the time"]], [
    ([D(2023, 12, 14), "New birth visit", "J 11 days, feeding well, mum coping. Sister (3) at home.", "Universal"],
     "A1", "2023-12-14"),
    ([D(2024, 1, 8), "Telephone", "Call from Maple Tree CC: small bruise to J's left ear seen at baby massage. "
      "Will visit tomorrow.", "Bruising in a non-mobile baby: to be seen."], "E1", "2024-01-08"),
    ([D(2024, 1, 9), "Home visit", "Bruise to left ear fading; mum says his sister poked him with a toy. Advised "
      "GP review today.", "Explanation plausible."], "A2", "2024-01-09"),
    ([D(2024, 2, 3), "Telephone", "Strategy discussion by phone with CSC, police and UHW: J in PICU with a brain "
      "bleed. HV records shared.", ""], "E5", "2024-02-03"),
])])

R.csv("ChildJ_UHW_ED_Paeds.csv", [], ["Attendance date", "Attendance time", "Department", "Notes"], [
    (["03/02/2024", "02:40", "Paediatric ED", "4/12 M brought in by parents: floppy, vomiting. Parents say he "
      "\u2018rolled off the sofa\u2019. CT: acute SDH. To PICU. Safeguarding referral to EDT."], "E4", "2024-02-03"),
    (["03/02/2024", "09:00", "Safeguarding team", "Strategy discussion attended by Dr Khan (named doctor). "
      "Skeletal survey booked."], "E5", "2024-02-03"),
    (["05/02/2024", "14:00", "Radiology", "Skeletal survey: two healing posterior rib fractures, 2-3 weeks old. "
      "Opinion: inflicted injury. Social worker informed \u2013 cost of taxi for grandparents \u00a312 "
      "reimbursed."], "E6", "2024-02-05"),
], encoding="cp1252")

R.xlsx("Copy of Chronology template (2).xlsx", [("Chronology", [["Agency:", "Maple Tree Children's Centre"],
                                                                 ["Completed by:", "Centre manager"]],
                                                  [["Date", "Time", "Details", "Outcome"]], [
    ([D(2023, 12, 11), "10:00", "Mum came to stay and play with J and his sister.", "Registered."], "A3",
     "2023-12-11"),
    ([D(2024, 1, 8), "10:30", "Baby massage: small bruise seen behind J's left ear. Mum said his sister did it.",
      "Called HV at 11:15."], "E1", "2024-01-08"),
])])

R.xlsx("J - GP records extract (Oakwood Medical Practice).xlsx", [("Extract", [], [["Date", "Clinician",
                                                                                       "Entry"]], [
    ([D(2023, 12, 5), "Dr Lowe", "Mum's 6 week postnatal check; baby J 8 week check normal."], "A4",
     "2023-12-05"),
    ([D(2024, 1, 9), "Dr Lowe", "Seen with mum, HV asked for review of a mark: 5mm bruise L pinna. Sibling "
      "explanation accepted. No referral."], "E3", "2024-01-09"),
])])

R.xlsx("CSC - Child J - chronology.xlsx", [("Chronology", [], [["Date", "Type", "Worker", "Narrative"]], [
    ([D(2024, 2, 3), "Contact", "EDT", "UHW paediatric registrar: J (4m) admitted with subdural haemorrhage, "
      "explanation of a fall from the sofa. Strategy at 9am."], "E4", "2024-02-03"),
    ([D(2024, 2, 3), "Strategy Discussion", "TM Ellis", "Police, UHW, HV by phone. Joint s47, skeletal survey. "
      "Sister to stay with maternal grandparents."], "E5", "2024-02-03"),
    ([D(2024, 2, 5), "S47", "SW Diaz", "Paediatrician: skeletal survey shows old rib fractures. Paid taxi fare for "
      "grandparents."], "E6", "2024-02-05"),
    ([D(2024, 2, 6), "S47", "SW Diaz", "Police arrested both parents this morning. Sister stays with "
      "grandparents."], "E7", "2024-02-06"),
])])
R.done()
