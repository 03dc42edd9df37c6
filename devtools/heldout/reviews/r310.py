"""A held-out review (see ../README.md): python r310.py OUT_FOLDER writes its returns and truth.json."""

import csv
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 14-year-old (Ellie) with anorexia: a GP referral to the CAMHS eating disorder service, a paediatric
# admission for refeeding, a Mental Health Act assessment on the ward, a tier 4 bed. Vocabulary: "ED"
# (here: eating disorder), "BMI centile", "refeeding", "NG feeding", "MEED" (medical emergencies in
# eating disorders), "tier 4", "AMHP", "s2". Layouts: the school's weekly log, a "Week commencing"
# column and a "Day" column ("Wed"); CAMHS's CSV with ISO date-times ("2024-03-04 14:20:00"); the GP's
# SystmOne export as tab-separated text ("04 Mar 2024"); the hospital's admissions with the stay as one
# period ("04/03/2024 - 08/03/2024") beside its day-by-day notes; adult social care's AMHP service.

R.xlsx("Northfield School.xlsx", [("Pastoral log", [], [["Week commencing", "Day", "Staff", "Note"]], [
    ([D(2024, 1, 15), "Tue", "Form tutor", "Ellie not eating lunch, very thin, friends worried. Mum phoned."],
     None, "2024-01-16"),
    ([D(2024, 1, 22), "Thu", "DSL", "Meeting with mum and school nurse: GP appointment booked."], None,
     "2024-01-25"),
    ([D(2024, 3, 4), "Mon", "DSL", "Mum rang: Ellie admitted to the children's ward last night (low heart rate). "
      "Work to be sent."], "E3", "2024-03-04"),
])])

# CAMHS: date-times written as ISO text.
R.csv("CAMHS Eating Disorders.csv", [], ["Contact start", "Clinician", "Type", "Summary"], [
    (["2024-02-01 09:30:00", "Dr Shah", "Referral", "Urgent referral from GP: weight loss 8 kg, BMI 2nd centile. "
      "Seen within 1 week."], "E1", "2024-02-01"),
    (["2024-02-07 14:00:00", "Dr Shah", "Assessment", "Assessment: restrictive anorexia. Meal plan, weekly "
      "weights."], None, "2024-02-07"),
    (["2024-03-04 10:15:00", "Dr Shah", "Liaison", "Ward phoned: Ellie admitted overnight, HR 38. MEED "
      "guidance."], "E3", "2024-03-04"),
    (["2024-03-07 15:00:00", "Dr Shah", "MHA", "Mental Health Act assessment on the ward with AMHP and "
      "paediatrician: detained under s2 pending a tier 4 bed."], "E4", "2024-03-07"),
])

# The GP: tab-separated text from SystmOne.
with open(R.folder / "GP SystmOne export.txt", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, delimiter="\t")
    w.writerow(["Date", "Recorded by", "Entry"])
    gp = [
        (["26 Jan 2024", "Dr Lowe", "Weight loss, amenorrhoea, BMI 2nd centile. Urgent referral to CAMHS eating "
          "disorder service. Bloods."], "E1", "2024-01-26"),
        (["05 Mar 2024", "Dr Lowe", "Hospital notification: admitted 03/03 bradycardia, anorexia."], "E3",
         "2024-03-05"),
    ]
    for row, (cells, event, iso) in enumerate(gp, start=2):
        w.writerow(cells)
        R._note("GP SystmOne export.txt", None, row, event, iso, cells[2])

R.xlsx("Children's Hospital.xlsx", [("Ward 4", [], [["Date", "Admission", "Note"]], [
    (["03/03/2024", "03/03/2024 - 12/03/2024", "Admitted from ED 23:10: HR 38, BMI 13.2. NG refeeding, cardiac "
      "monitoring."], "E3", "2024-03-03"),
    (["07/03/2024", "03/03/2024 - 12/03/2024", "MHA assessment: AMHP, Dr Shah (CAMHS) and consultant "
      "paediatrician. Detained under s2."], "E4", "2024-03-07"),
    (["12/03/2024", "03/03/2024 - 12/03/2024", "Transferred to the tier 4 eating disorder unit by secure "
      "ambulance."], "E5", "2024-03-12"),
])])

R.xlsx("AMHP Service.xlsx", [("Assessments", [], [["Date", "AMHP", "Outcome"]], [
    ([D(2024, 3, 7), "AMHP Byrne", "Assessment on the children's ward with CAMHS consultant and paediatrician. "
      "s2 applied for; tier 4 bed to be sourced."], "E4", "2024-03-07"),
])])
R.done()
