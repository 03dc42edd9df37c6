"""A held-out review (see ../README.md): python r398.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Derek Fox (63), alcohol-related liver disease, living alone; falls,
# a hospital stay, discharge to assess with reablement, then a home care agency's calls, missed and
# refused; found on the floor, dies in hospital. Vocabulary: "D2A", "reablement", "POC" (package of
# care), "no reply", "key safe", "long lie", "CK" (creatine kinase), "Safe and Well", "Care Act
# assessment". Layouts: the home care agency's call log with 'Scheduled', 'Actual in', 'Actual out';
# the hospital's discharge summaries as a Word table; adult social care's CSV with start and end
# dates of its episodes; the fire service's visit record; the ambulance's; the GP's.

R.xlsx("Homecare call log.xlsx", [("Calls", [], [["Date", "Scheduled", "Actual in", "Actual out", "Carer",
                                                   "Notes"]], [
    ([D(2024, 2, 12), "08:00", "08:05", "08:35", "Tina", "First call after discharge. Derek washed and dressed, "
      "breakfast made. Key safe working."], "A1", "2024-02-12"),
    ([D(2024, 2, 14), "08:00", "08:10", "08:15", "Tina", "Derek refused personal care, smelt of alcohol. Left "
      "sandwich."], "A2", "2024-02-14"),
    ([D(2024, 2, 20), "18:00", "18:20", "18:40", "Mo", "Derek had a fall earlier, bruise on forehead, says he "
      "is fine. Office informed."], "E2", "2024-02-20"),
    ([D(2024, 2, 26), "08:00", "08:00", "08:05", "Tina", "No reply at door, key safe code changed. Office rang "
      "Derek, no answer. Office informed ASC."], "E3", "2024-02-26"),
    ([D(2024, 2, 27), "08:00", "08:15", "08:50", "Tina", "Found Derek on the kitchen floor, cold, confused; "
      "says he fell last night. 999 called, waited with him."], "E4", "2024-02-27"),
])])

R.docx_table("Hospital discharge summaries.docx", "Northgate Hospital - admissions and discharge summaries",
             ["Date", "Ward", "Summary"], [
    (["29/01/2024", "AMU", "Admitted after a fall at home with alcohol withdrawal; liver disease. Pabrinex."],
     "E1", "2024-01-29"),
    (["09/02/2024", "Ward 12", "Discharged home, D2A pathway 1: reablement four calls a day. Advised to stop "
      "alcohol."], "A3", "2024-02-09"),
    (["27/02/2024", "ED", "Brought in by ambulance after a long lie: CK 8,000, AKI, hypothermic. Admitted."],
     "E4", "2024-02-27"),
    (["04/03/2024", "Ward 12", "Died on the ward: multi-organ failure. Coroner informed."], "E5", "2024-03-04"),
])

R.csv("Adult Social Care.csv", [], ["Start date", "End date", "Worker", "Episode", "Summary"], [
    (["01/02/2024", "08/02/2024", "Hospital SW", "Hospital discharge", "D2A referral from Ward 12; reablement "
      "agreed; Care Act assessment to follow at home."], "A4", "2024-02-01"),
    (["20/02/2024", "", "Duty", "Contact", "Homecare: Derek fell today, bruise to head, declined GP."], "E2",
     "2024-02-20"),
    (["26/02/2024", "", "Duty", "Safeguarding concern", "Homecare could not get in; key safe code changed. Rang "
      "Derek, no answer. Welfare check asked of police."], "E3", "2024-02-26"),
    (["05/03/2024", "", "Team manager", "Safeguarding enquiry", "Told by the hospital Derek died yesterday; s42 "
      "enquiry opened into the missed calls."], "E5", "2024-03-05"),
])

R.xlsx("Fire and Rescue.xlsx", [("Safe and Well", [["Home fire safety visits - Derek Fox"]],
                                 [["Visit date", "Officer", "Findings"]], [
    ([D(2024, 2, 22), "FF Cole", "Safe and Well visit on ASC referral: smoking in bed, burn marks on duvet; "
      "fire-retardant bedding fitted, smoke alarms tested."], "A5", "2024-02-22"),
])])

R.xlsx("Ambulance.xlsx", [("Incidents", [], [["Date", "Time", "Call type", "Narrative"]], [
    ([D(2024, 1, 29), "06:40", "Fall", "63M fallen at home, shaking, alcohol withdrawal; conveyed to "
      "Northgate."], "E1", "2024-01-29"),
    ([D(2024, 2, 27), "08:31", "Fall - long lie", "Carer found pt on floor, on floor est 10 hrs, cold, "
      "confused. Conveyed to Northgate ED."], "E4", "2024-02-27"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Type", "Entry"]], [
    ([D(2024, 2, 13), "Letter", "Discharge summary from Northgate: alcohol withdrawal, liver disease, D2A."],
     "A3", "2024-02-13"),
    ([D(2024, 2, 21), "Telephone", "Rang Derek after the homecare agency said he fell yesterday: he says he is "
      "fine, declined a visit."], "A6", "2024-02-21"),
])])

R.csv("Police.csv", [], ["Date", "Time", "Incident"], [
    (["26/02/2024", "15:30", "Welfare check for ASC: no answer at the address, lights off; neighbours saw him "
      "yesterday. Closed."], "E3", "2024-02-26"),
])
R.done()
