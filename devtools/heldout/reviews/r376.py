"""A held-out review (see ../README.md): python r376.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Fabricated or induced illness suspected, then a fracture: Leo (3) with many GP and ED visits; his
# mother reports fits nobody sees. The GP's return is a Word table whose consultations run over several
# rows (the date only on the first; continuation rows carry no event of their own). Vocabulary: "FII",
# "perplexing presentations", "?seizure", "EEG normal", "safeguarding lead", "toddler's fracture".
# Layouts: the GP's Word table with continuation rows; the hospital's ED list; the health visitor's CSV;
# social care's .xlsx.

R.docx_table("GP.docx", "Elm Surgery - Leo", ["Date", "Clinician", "Consultation"], [
    (["05/02/2024", "Dr Wood", "Mum reports 3 'fits' this week, none witnessed by others; video not taken."],
     "E1", "2024-02-05"),
    (["", "", "Examination normal. Referred to paediatrics (first fit clinic)."], None, None),
    (["26/02/2024", "Dr Wood", "Letter from paediatrics: EEG normal, no seizures seen on the ward; perplexing "
      "presentation, professionals meeting planned."], "E2", "2024-02-26"),
    (["11/03/2024", "Dr Wood", "Professionals meeting (paediatrics, HV, GP, CSC): FII concerns; safeguarding "
      "plan, one named paediatrician."], "E3", "2024-03-11"),
    (["", "", "GP to code, no new referrals without discussion."], None, None),
])

R.xlsx("Northshire Hospital ED.xlsx", [("Attendances", [], [["Arrival", "Complaint", "Notes"]], [
    ([D(2024, 2, 20, 10, 5), "?Seizure", "3yo, mum says seizure at home 20 min. Well on arrival. Admitted for "
      "observation and EEG."], "E2", "2024-02-20"),
    ([D(2024, 3, 20, 18, 40), "Leg injury", "Not weight bearing R leg since yesterday; X-ray: spiral fracture R "
      "tibia. Mum says he fell off the sofa. Safeguarding referral."], "E4", "2024-03-20"),
])])

R.csv("Health Visiting.csv", [], ["Date", "HV", "Note"], [
    (["11/03/2024", "HV Price", "Professionals meeting at the hospital re FII: HV to see Leo fortnightly."], "E3",
     "2024-03-11"),
    (["21/03/2024", "HV Price", "Info from hospital: Leo admitted with a spiral fracture of the tibia last "
      "night; strategy discussion today."], "E4", "2024-03-21"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 3, 11), "SW Hart", "Professionals meeting (perplexing presentations) at the hospital: FII "
      "pathway; no strategy discussion yet."], "E3", "2024-03-11"),
    ([D(2024, 3, 20), "EDT", "Referral from ED: Leo (3) with a spiral tibial fracture, explanation fell off the "
      "sofa."], "E4", "2024-03-20"),
])])
R.done()
