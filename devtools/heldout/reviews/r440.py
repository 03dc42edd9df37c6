"""A held-out review (see ../README.md): python r440.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Grace (15), anorexia nervosa, admitted to a paediatric ward and then a
# specialist unit. Vocabulary: "CEDS" (community eating disorder service), "%mBMI", "NG feeding", "refeeding",
# "Tier 4", "MARSIPAN" / "MEED", "s3 MHA", "bradycardia". Layouts: the eating disorder service's clinic log with
# number columns beside the notes ('Weight (kg)' 38.2, 'BMI' 13.5, '%mBMI' 71, 'HR' 42); the school's; the
# paediatric ward's; the Tier 4 unit's; children's social care's; the GP's.

R.xlsx("Community Eating Disorder Service.xlsx", [("Clinic log", [], [["Date", "Clinician", "Weight (kg)", "BMI",
                                                                        "%mBMI", "HR", "Notes"]], [
    ([D(2024, 1, 9), "Dr Ncube", 41.0, 14.6, 78, 55, "Assessment with mum after GP referral. Restricting to one "
      "meal a day, running at night. Meal plan agreed."], "A1", "2024-01-09"),
    ([D(2024, 1, 30), "Dietitian Bell", 39.1, 13.9, 74, 48, "Weight falling. MEED amber. Weekly review."], "A2",
     "2024-01-30"),
    ([D(2024, 2, 13), "Dr Ncube", 38.2, 13.5, 71, 42, "Bradycardic, dizzy. MEED red: sent to the paediatric ward "
      "for admission today; ward informed."], "E1", "2024-02-13"),
])])

R.xlsx("Kingsmead School.xlsx", [("Safeguarding", [], [["Date", "Concern", "Action"]], [
    ([D(2023, 12, 5), "Friends worried Grace is not eating lunch; very thin, cold all the time.", "DSL spoke to mum; "
      "advised GP."], "A3", "2023-12-05"),
    ([D(2024, 2, 14), "Mum emailed: Grace admitted to hospital yesterday, not in school.", "Attendance coded."],
     "E1", "2024-02-14"),
])])

R.xlsx("Childrens Ward.xlsx", [("Admissions", [], [["Admission date", "Discharge date", "Summary"]], [
    ([D(2024, 2, 13), D(2024, 3, 6), "Admitted from CEDS: HR 40, BMI 13.5. NG feeding under the refeeding "
      "protocol; detained under s3 MHA on 20/02 after removing her tube. Transferred to a Tier 4 unit."], "E1",
     "2024-02-13"),
])])

R.xlsx("Meadowview Tier 4 Unit.xlsx", [("Notes", [], [["Date", "Entry"]], [
    ([D(2024, 3, 6), "Admitted from the paediatric ward under s3. Settled; NG feeds continued."], "E2",
      "2024-03-06"),
    ([D(2024, 4, 17), "CPA review: weight restoring; leave with parents at weekends."], "A4", "2024-04-17"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 2, 21), "Contact", "Ward social worker: Grace (15) detained under the MHA yesterday on the children's "
      "ward. Information only."], "E3", "2024-02-21"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2023, 12, 12), "Seen with mum: weight loss 8kg in 3 months, amenorrhoea. BMI 15. Urgent referral to "
      "CEDS."], "A5", "2023-12-12"),
    ([D(2024, 3, 11), "Discharge summary: children's ward 13/02 to 06/03/2024; s3 MHA; transferred to Tier 4."],
     "E2", "2024-03-11"),
])])
R.done()
