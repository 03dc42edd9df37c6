"""A held-out review (see ../README.md): python r341.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 10-year-old (Sophie) with repeated urine infections and soiling, seen by the GP, the school nurse
# and a paediatrician, who later told a teacher that her stepfather abused her. Vocabulary:
# "encopresis", "UTI", "enuresis clinic", "disclosure", "ABE", "section 47". Layouts: the school
# nurse's Word table whose date cell holds the date and time on two lines ("12/03/2024\n14:30"); the
# GP's record; the paediatric clinic; the school; children's social care; the police.

R.docx_table("School Nursing.docx", "School nursing – Sophie (Y5)", ["Date / time", "Contact", "Notes"], [
    (["16/01/2024\n10:15", "Drop-in", "Sophie sent by teacher: soiling again. Says it 'hurts down there'. Advised GP; "
      "mum phoned."], "E1", "2024-01-16"),
    (["04/03/2024\n13:30", "Strategy", "Strategy discussion by phone after Sophie's disclosure at school."], "E5",
     "2024-03-04"),
])

R.xlsx("GP.xlsx", [("Consultations", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 1, 18), "Dr Ali", "Dysuria, soiling; 3rd UTI since Sept. Trimethoprim. Referral to paediatrics "
      "(recurrent UTI, encopresis)."], "E2", "2024-01-18"),
])])

R.xlsx("Paediatric clinic.xlsx", [("Clinic", [], [["Clinic date", "Clinician", "Letter summary"]], [
    ([D(2024, 2, 20), "Dr Kerr", "Recurrent UTI and encopresis: constipation plan. Sophie quiet, would not be "
      "examined. Review 3 months."], "E3", "2024-02-20"),
])])

R.xlsx("Meadow Primary.xlsx", [("Safeguarding", [], [["Date", "Staff", "Concern", "Action"]], [
    ([D(2024, 3, 4), "Class teacher", "Sophie told me her stepdad 'does things' to her at night when mum is at "
      "work.", "DSL referral to MASH at once."], "E4", "2024-03-04"),
    ([D(2024, 3, 4), "DSL", "Strategy discussion by phone (police, CSC, school nurse).", "Sophie to go to her "
      "nan's tonight."], "E5", "2024-03-04"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Details"]], [
    ([D(2024, 3, 4), "Referral", "From Meadow Primary: Sophie (10) disclosed sexual abuse by her stepfather."], "E4",
     "2024-03-04"),
    ([D(2024, 3, 4), "Strategy", "Strategy discussion: s47 joint; ABE tomorrow; Sophie to her grandmother's."], "E5",
     "2024-03-04"),
    ([D(2024, 3, 5), "ABE", "ABE interview with DC Shaw: Sophie repeated her account."], "E6", "2024-03-05"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 3, 4), "13:30", "Strategy discussion: joint s47; stepfather not to be told before the ABE."], "E5",
     "2024-03-04"),
    ([D(2024, 3, 5), "10:00", "ABE interview of Sophie (10) with SW: clear disclosure. Stepfather arrested "
      "14:00."], "E6", "2024-03-05"),
])])
R.done()
