"""A held-out review (see ../README.md): python r278.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A 17-year-old in care (Jordan) with type 1 diabetes, in a semi-independent placement: missed
# insulin, two admissions with DKA. Vocabulary: "DKA" (diabetic ketoacidosis), "T1DM", "HbA1c",
# "insulin pen", "PA" (personal adviser), "pathway plan", "semi-independent". Layouts: the
# placement provider's log with the date in its last column ("Entry | Recorded by | When"); the
# diabetes team; the hospital; the leaving care team; the GP.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Daily log"
ws.append(["Entry", "Recorded by", "When"])
provider = [("Jordan vomiting and drowsy, says he has not taken insulin for two days. 999 called.", "Support worker",
             D(2023, 6, 10), "E1", "2023-06-10"),
            ("Jordan back from hospital; staff to prompt insulin at meals.", "Support worker", D(2023, 6, 14), "E2",
             "2023-06-14"),
            ("Found Jordan confused in his room at 07:30; ambulance called again.", "Night worker",
             D(2023, 7, 22), "E3", "2023-07-22")]
for text, who, when, event, iso in provider:
    ws.append([text, who, when])
    ws.cell(ws.max_row, 3).number_format = "DD/MM/YYYY"
    R._note("Brook House supported living.xlsx", "Daily log", ws.max_row, event, iso, text)
wb.save(R.folder / "Brook House supported living.xlsx")

R.xlsx("City Hospital.xlsx", [("Admissions", [], [["Date", "Time", "Note"]], [
    (["10/06/2023", "15:20", "17M T1DM, DKA (pH 7.1) after missed insulin. Admitted to HDU. Lives in a "
      "semi-independent placement."], "E1", "2023-06-10"),
    (["14/06/2023", "11:00", "Discharged to placement; diabetes nurse to follow up."], "E2", "2023-06-14"),
    (["22/07/2023", "08:15", "DKA again, second admission in 6 weeks; safeguarding referral for neglect of "
      "care."], "E3", "2023-07-22"),
])])

R.xlsx("Paediatric diabetes team.xlsx", [("Contacts", [], [["Date", "Contact"]], [
    (["20/06/2023", "Clinic DNA after the DKA admission. Letter to the PA."], None, "2023-06-20"),
    (["24/07/2023", "Ward review after the second DKA admission: Jordan says no one checks his insulin."], "E3",
     "2023-07-24"),
])])

R.xlsx("Leaving care team.xlsx", [("Case notes", [], [["Date", "Note"]], [
    (["12/06/2023", "Brook House told me Jordan was admitted with DKA on Saturday."], "E1", "2023-06-12"),
    (["23/07/2023", "Hospital safeguarding referral: Jordan readmitted with DKA yesterday. Placement review "
      "requested."], "E3", "2023-07-23"),
])])
R.done()
