"""A held-out review (see ../README.md): python r396.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Fabricated or induced illness concerns: Maya (5) is taken to many appointments with symptoms no test
# confirms; her mother asks for a feeding tube; a paediatrician raises concerns. Vocabulary: "FII",
# "perplexing presentation", "gastrostomy", "NBM" (nil by mouth), "MDT", "school nurse", "attendance
# 62%". Layouts: the children's hospital's outpatient letters as a CSV with 'Clinic date' and
# 'Specialty'; the GP's consultations; the school's workbook with attendance notes; the ambulance's;
# social care's; the community paediatrician's Word table.

R.csv("Childrens Hospital outpatients.csv", [], ["Clinic date", "Specialty", "Letter summary"], [
    (["08/01/2024", "Gastroenterology", "Mum reports vomiting after every meal and asks for a gastrostomy. Weight "
      "on 50th centile. Tests normal. No tube indicated."], "A1", "2024-01-08"),
    (["29/01/2024", "Neurology", "Reported 'seizures' at home, none witnessed by staff; EEG normal. Mum declined "
      "video telemetry."], "A2", "2024-01-29"),
])

R.xlsx("GP surgery.xlsx", [("Consultations", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 1, 15), "Dr Reid", "Mum requesting referral for a feeding tube; 11th consultation in 3 months. "
      "Examined: well child."], "A3", "2024-01-15"),
    ([D(2024, 2, 12), "Dr Reid", "Attended the perplexing presentations MDT at the children's hospital: plan for "
      "one lead paediatrician."], "E3", "2024-02-12"),
])])

R.xlsx("Willow Primary.xlsx", [("Log", [], [["Date", "Staff", "Note"]], [
    ([D(2024, 1, 22), "Office", "Maya collected at 10:00 by mum for 'a hospital appointment'. Attendance 62%. Maya "
      "ate all her lunch last week with no sickness."], "A4", "2024-01-22"),
    ([D(2024, 2, 5), "Class teacher", "Mum rang 999 from the playground saying Maya was fitting; Maya sitting up "
      "and chatting when the ambulance came."], "E1", "2024-02-05"),
])])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date", "Time", "Narrative"]], [
    ([D(2024, 2, 5), "15:20", "Called to Willow Primary: 5F reported seizure by mother. On arrival alert, "
      "playing, obs normal. Not conveyed; advised GP."], "E1", "2024-02-05"),
])])

R.docx_table("Community Paediatrics.docx", "Community Paediatrics - chronology for Maya", ["Date", "Doctor",
                                                                                            "Entry"], [
    (["06/02/2024", "Dr Sen", "Safeguarding referral to CSC: perplexing presentation, possible FII. School and "
      "ambulance accounts differ from mum's."], "E2", "2024-02-06"),
    (["12/02/2024", "Dr Sen", "Chaired the perplexing presentations MDT (GP, hospital teams, school nurse, SW): "
      "single lead paediatrician, no further tests."], "E3", "2024-02-12"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 2, 7), "MASH", "Referral from the community paediatrician: possible fabricated or induced illness. "
      "Assessment."], "E2", "2024-02-07"),
    ([D(2024, 2, 12), "SW Doyle", "Perplexing presentations MDT: health-led plan; CSC assessment continues."],
     "E3", "2024-02-12"),
])])
R.done()
