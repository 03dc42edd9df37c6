"""A held-out review (see ../README.md): python r588.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A child safeguarding practice review: Chloe Hart (17) gives birth at home to a baby nobody knew she was expecting.
# Each agency tells the same event in its own words: '17F, BBA at home, unexpected; baby born 05:20, floppy,
# responded to stimulation' and 'Admitted via ambulance after birth before arrival: concealed pregnancy ~37/40';
# 'Email from mum: Chloe had a baby yesterday!'; the safeguarding midwife's referral and social care's 'Contact from
# Royal Bolton safeguarding midwife'; a discharge planning meeting on the postnatal ward.
# Layouts: the ambulance service's sheet with a 'Time' column of Excel times; the maternity service's CSV with
# 'Date/Time of entry' in one cell; social care's sheet; the college's OpenDocument sheet; the family nurse
# partnership's Word table; the GP's two sheets.

R.xlsx("North West Ambulance Service.xlsx", [("Incidents", [], [["Date", "Time", "Crew notes"]], [
    ([D(2024, 9, 3), T(5, 40), "17F, BBA at home, unexpected - says she did not know she was pregnant. Baby born "
      "05:20, floppy, responded to stimulation. Both conveyed to Royal Bolton."], "E1", "2024-09-03"),
])])

R.csv("Royal Bolton Maternity.csv", [], ["Date/Time of entry", "Staff", "Entry"], [
    (["03/09/2024 06:15", "Midwife Cole", "Admitted via ambulance after birth before arrival: concealed pregnancy "
      "~37/40, no antenatal care. Baby girl to NNU for observation."], "E1", "2024-09-03"),
    (["03/09/2024 11:30", "Safeguarding MW", "Referral to children's social care: concealed pregnancy, mother 17, "
      "lives with her mum."], "E2", "2024-09-03"),
    (["06/09/2024 14:00", "Safeguarding MW", "Discharge planning meeting on the postnatal ward with the social worker "
      "and the family nurse: home with grandmother's support."], "E4", "2024-09-06"),
])

R.xlsx("Bolton Childrens Social Care.xlsx", [("Contacts and case notes", [], [["Date", "Worker", "Case note"]], [
    ([D(2024, 9, 3), "Front door", "Contact from Royal Bolton safeguarding midwife: 17 year old gave birth at home "
      "this morning, pregnancy concealed. Allocated for assessment."], "E2", "2024-09-03"),
    ([D(2024, 9, 6), "SW Brennan", "Discharge planning meeting at the hospital: Chloe and baby to go home to "
      "maternal grandmother; FNP to visit."], "E4", "2024-09-06"),
    ([D(2024, 9, 12), "SW Brennan", "Home visit: Chloe caring well for baby; grandmother supportive."], "S6",
     "2024-09-12"),
])])

R.ods("Bolton College.ods", "Student support", ["Date logged", "Category", "Detail"], [
    ([D(2024, 5, 14), "Attendance", "Chloe absent 3 days, says stomach pains; mum aware."], "S1", "2024-05-14"),
    ([D(2024, 9, 4), "Welfare", "Email from mum: Chloe had a baby yesterday! No one knew. Will not start the new term "
      "yet."], "E1", "2024-09-04"),
])

R.docx_table("Family Nurse Partnership.docx", "Family Nurse Partnership - Chloe Hart",
             ["Date of contact", "Type", "Summary"], [
    (["06/09/2024", "Meeting", "Attended the discharge planning meeting on the ward; Chloe agreed to join FNP."], "E4",
     "2024-09-06"),
    (["10/09/2024", "Home visit", "First visit: feeding going well; talked about how Chloe hid the pregnancy."], "S5",
     "2024-09-10"),
])

R.xlsx("Deane Road Surgery.xlsx", [
    ("Consultations", [], [["Date", "Clinician", "Entry"]], [
        ([D(2024, 5, 16), "Dr Ahmed", "17F lower abdominal pain on and off for weeks. ?IBS. Not sexually active "
          "she says."], "S2", "2024-05-16"),
    ]),
    ("Registrations", [], [["Date", "Entry"]], [
        ([D(2024, 9, 17), "New baby registered: Hart, Ava (born 03/09/2024)."], "S7", "2024-09-17"),
    ]),
])
R.done()
