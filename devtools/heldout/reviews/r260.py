"""A held-out review (see ../README.md): python r260.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A 14-year-old (Ellie) with anorexia: a GP visit, an admission for bradycardia, the CAMHS eating
# disorder team, discharge, then self-harm disclosed at school. Vocabulary: "BMI", "HR 44",
# "bradycardia", "refeeding", "MEED", "NG", "CEDS" (community eating disorder service), "meal
# plan". Layouts: CAMHS's ePR export, each note over several rows with its date on the first; the
# hospital's ISO dates and times; the GP's "Date | Problem | Notes"; the school nursing team's date
# cells shown month-first (a US-set machine); a dietitian's UTF-8 CSV with a byte order mark.
R.csv("CAMHS ePR.csv", [], ["Entry date", "Author", "Narrative"], [
    (["10/05/2023", "CEDS nurse", "Assessment on the children's ward (admitted yesterday, HR 44)."], "E2",
     "2023-05-10"),
    (["", "", "Restricting since January; BMI 15.2; MEED guidance shared with ward."], None, "2023-05-10"),
    (["24/05/2023", "CEDS nurse", "Discharged home today on a meal plan; weekly weights with CEDS."], "E3",
     "2023-05-24"),
    (["31/05/2023", "CEDS psychologist", "Family therapy session 1: Ellie silent, mum tearful."], None,
     "2023-05-31"),
    (["13/06/2023", "CEDS nurse", "School nurse rang: Ellie disclosed cutting her forearm yesterday; seen in "
      "school."], "E4", "2023-06-13"),
    (["", "", "Risk assessment updated; extra appointment offered 15/06."], None, "2023-06-13"),
])

R.xlsx("Children's Hospital.xlsx", [("Ward notes", [], [["Date", "Time", "Ward", "Note"]], [
    (["2023-05-09", "18:30", "Ward 4", "Admitted via GP: 14F, weight loss, HR 44 lying, postural drop. "
      "Medical stabilisation, refeeding bloods."], "E1", "2023-05-09"),
    (["2023-05-10", "11:00", "Ward 4", "Reviewed by the CAMHS eating disorder team; NG feed not needed."], "E2",
     "2023-05-10"),
    (["2023-05-24", "15:00", "Ward 4", "Discharged home with mum; HR 58. CEDS to follow up."], "E3", "2023-05-24"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Problem", "Notes"]], [
    (["09/05/2023", "Weight loss", "Mum brought Ellie: 6 kg lost since Christmas, HR 44, dizzy. Phoned paeds "
      "on call: admit today."], "E1", "2023-05-09"),
    (["26/05/2023", "Discharge summary", "Children's Hospital 09/05-24/05: anorexia nervosa, bradycardia, "
      "refeeding. CEDS follow up."], "E3", "2023-05-26"),
])])

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "School nursing"
ws.append(["Date seen", "Nurse", "Contact"])
nursing = [(D(2023, 3, 2), "SN Lowe", "Drop-in: Ellie asked about healthy eating, looked thin. Mum to be "
            "contacted.", None, "2023-03-02"),
           (D(2023, 6, 12), "SN Lowe", "Ellie found crying in the toilets, disclosed cutting her forearm. Wounds "
            "superficial; CEDS informed, DSL informed.", "E4", "2023-06-12")]
for r, (date, nurse, text, event, iso) in enumerate(nursing, start=2):
    ws.append([date, nurse, text])
    ws.cell(r, 1).number_format = "MM/DD/YYYY"
    R._note("School nursing.xlsx", "School nursing", r, event, iso, text)
wb.save(R.folder / "School nursing.xlsx")

R.csv("Dietitian.csv", [], ["Appointment", "Notes"], [
    (["01/06/2023", "Outpatient: weight up 0.8 kg since discharge; meal plan adjusted."], None, "2023-06-01"),
], encoding="utf-8-sig")
R.done()
