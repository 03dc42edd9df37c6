"""A held-out review (see ../README.md): python r385.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Self-harm and an eating disorder: Ruby (14) restricts food, cuts her arms, takes an overdose at school,
# and is admitted to a paediatric ward and then a specialist unit. Vocabulary: "BMI 14.8", "MARSIPAN",
# "NG feeding", "T4 bed", "CAMHS ED team", "OD of paracetamol", "Tier 4". Layouts: CAMHS's workbook
# with its text first and its date last; the school's dates written 'Tues 5 March 2024'; the GP's
# '5.3.2024'; the ambulance's dates '2024/03/05'; the hospital's workbook.

R.xlsx("CAMHS.xlsx", [("Contacts", [], [["Contact summary", "Clinician", "Contact date"]], [
    (["Choice appointment: restricting since Christmas, BMI 15.9, cutting forearms. Accepted to the eating "
      "disorder pathway.", "Dr Moss", D(2024, 2, 26)], "A1", "2024-02-26"),
    (["Urgent assessment on the paediatric ward after paracetamol OD at school: remains at risk, 1:1 "
      "observation. MARSIPAN high risk.", "Dr Moss", D(2024, 3, 6)], "E2", "2024-03-06"),
    (["Professionals meeting (ward, school, social care): Tier 4 bed requested.", "Dr Moss", D(2024, 3, 13)],
     "E3", "2024-03-13"),
    (["Ruby transferred to the Beacon Unit (T4 eating disorder bed).", "Dr Moss", D(2024, 3, 20)], "E4",
     "2024-03-20"),
])])

R.csv("Hillcrest School.csv", [], ["Date", "Staff", "Record"], [
    (["Tues 5 March 2024", "Pastoral lead", "Ruby told a friend at lunch she had taken 20 paracetamol this "
      "morning. 999 called, mum informed, ambulance took her to hospital."], "E1", "2024-03-05"),
    (["Wed 13 March 2024", "Pastoral lead", "Professionals meeting at the hospital: return to school plan on "
      "hold, Tier 4 bed being sought."], "E3", "2024-03-13"),
])

R.csv("GP Practice.csv", [], ["Date", "Author", "Note"], [
    (["19.2.2024", "Dr Hart", "Mum concerned: Ruby not eating, weight 41kg, lanugo. Bloods, urgent CAMHS "
      "referral."], "A2", "2024-02-19"),
    (["7.3.2024", "Dr Hart", "A&E letter: paracetamol overdose 05/03, NAC started, admitted to children's "
      "ward."], "E1", "2024-03-07"),
])

R.csv("Ambulance Service.csv", [], ["Incident date", "Time", "Narrative"], [
    (["2024/03/05", "13:02", "14F at school, took 20 x 500mg paracetamol approx 08:30. Alert, obs stable. "
      "Conveyed to Kingsway Hospital ED."], "E1", "2024-03-05"),
])

R.xlsx("Kingsway Hospital.xlsx", [("Paediatrics", [], [["Date", "Ward/Dept", "Entry"]], [
    ([D(2024, 3, 5), "ED", "Single OD paracetamol 10g at 08:30 (not staggered). Level above treatment line: NAC. "
      "Admitted to Ward 4."], "E1", "2024-03-05"),
    ([D(2024, 3, 6), "Ward 4", "CAMHS assessment on the ward: 1:1 RMN, BMI 14.8, NG feeding started."], "E2",
     "2024-03-06"),
    ([D(2024, 3, 13), "Ward 4", "Professionals meeting on the ward: CAMHS, school, SW. Awaiting Tier 4."], "E3",
     "2024-03-13"),
    ([D(2024, 3, 20), "Ward 4", "Discharged to the Beacon Unit by secure transport."], "E4", "2024-03-20"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 3, 6), "MASH", "Hospital safeguarding referral: Ruby (14) admitted after paracetamol OD yesterday "
      "at school. Assessment."], "E1", "2024-03-06"),
    ([D(2024, 3, 13), "SW Blake", "Professionals meeting at Kingsway: Ruby to move to a specialist unit."], "E3",
     "2024-03-13"),
])])
R.done()
