"""A held-out review (see ../README.md): python r351.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Perplexing presentations: Amelia (9), whose mother reports seizures no one else sees; then a
# meeting on fabricated or induced illness and a strategy discussion. Vocabulary: "PP meeting"
# (perplexing presentations: no police protection), "FII", "EEG", "midazolam", "SENCO". Layouts: the
# hospital's workbook with a sheet of clinic letters and one of ED attendances, headed differently;
# a school's dates, one "approx 05/10/2023"; social care's Word table dated "10 Jan 2024"; police with
# the incident number first and "Date reported".

R.xlsx("Hospital.xlsx", [
    ("Clinic letters", [], [["Clinic date", "Consultant", "Letter"]], [
        ([D(2023, 9, 12), "Dr Fox", "Neurology clinic: mum reports daily seizures. EEG normal. Examination "
          "normal. Rescue midazolam plan continued."], "E1", "2023-09-12"),
        ([D(2024, 1, 10), "Dr Fox", "Chaired the perplexing presentations meeting with school, GP and CSC: no "
          "seizure ever witnessed by a professional."], "E6", "2024-01-10"),
        ([D(2024, 1, 24), "Dr Fox", "Strategy discussion with police and CSC: concerns of FII."], "E7", "2024-01-24"),
    ]),
    ("ED attendances", [], [["Attended", "Triage category", "Presenting complaint", "Outcome"]], [
        ([D(2023, 11, 20, 18, 5), "Yellow", "Mother reports 3 seizures at home today. Amelia alert, playing on "
          "the ward; no seizure seen.", "Discharged"], "E3", "2023-11-20"),
    ]),
])

R.xlsx("Oakwood Primary.xlsx", [("Welfare log", [], [["Date", "By", "Note"]], [
    (["approx 05/10/2023", "Class teacher", "Amelia's attendance 72%: mum keeps her off after 'seizures' at "
      "home. None ever seen in school."], "E2", "2023-10-05"),
    ([D(2024, 1, 10), "SENCO", "PP meeting at the hospital (perplexing presentations): school's attendance and "
      "observations shared."], "E6", "2024-01-10"),
])])

R.xlsx("GP.xlsx", [("Consultations", [], [["Date", "Clinician", "Notes"]], [
    ([D(2023, 12, 4), "Dr Ward", "Mum requests more buccal midazolam: 4th request this month. Discussed with the "
      "neurology team."], "E4", "2023-12-04"),
    ([D(2024, 1, 10), "Dr Ward", "PP meeting attended (Dr Fox): prescriptions history shared."], "E6",
     "2024-01-10"),
])])

R.docx_table("Childrens Social Care.docx", "Children's Services - Amelia", ["Date", "Action", "By whom"], [
    (["10 Jan 2024", "Perplexing presentations meeting at the hospital: agencies agree the threshold for a "
      "strategy discussion may be met.", "SW Carr"], "E6", "2024-01-10"),
    (["24 Jan 2024", "Strategy discussion (police, paediatrician): s47 enquiry, FII.", "SW Carr"], "E7",
     "2024-01-24"),
])

R.xlsx("Police.xlsx", [("Incidents", [], [["Incident no", "Date reported", "Summary"]], [
    (["INC-24-0192", D(2024, 1, 24), "Strategy discussion with CSC and the paediatrician: possible fabricated "
      "or induced illness. Joint investigation."], "E7", "2024-01-24"),
])])
R.done()
