"""A held-out review (see ../README.md): python r262.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import xlwt
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# An 8-year-old (Mia) discloses sexual abuse by her mother's partner at school. Vocabulary:
# "disclosure", "MASH", "strategy discussion", "ABE" (achieving best evidence interview), "SARC"
# (sexual assault referral centre), "bail conditions", "safety plan". Layouts: the school's CPOMS
# export with an "Incident date" and a later "Date added"; the MASH's workbook with "Contact
# received" date-times; the police's CSV; the SARC's old Excel .xls; the GP.
R.csv("CPOMS export.csv", [], ["Student", "Incident date", "Date added", "Categories", "Incident",
                               "Actions"], [
    (["Mia R", "07/11/2022 11:15", "07/11/2022 13:02", "Disclosure; Safeguarding", "Mia told Miss Cole in "
      "reading group that 'Dan' (mum's boyfriend) touches her private parts at bedtime.", "DSL rang MASH 14:30"],
     "E1", "2022-11-07"),
    (["Mia R", "08/11/2022 09:00", "09/11/2022 16:40", "Safeguarding", "DSL joined the strategy discussion by "
      "phone; Mia to stay in school as normal.", ""], "E2", "2022-11-08"),
    (["Mia R", "21/11/2022 10:00", "21/11/2022 10:20", "Wellbeing", "Mia quiet, drawing alone at break.",
      "Class teacher to monitor"], None, "2022-11-21"),
])

R.xlsx("MASH.xlsx", [("Contacts", [], [["Contact received", "From", "Summary", "Decision"]], [
    ([D(2022, 11, 7, 14, 35), "School DSL", "Disclosure by Mia (8) of sexual touching by mother's partner.",
      "Strategy discussion; police informed"], "E1", "2022-11-07"),
    ([D(2022, 11, 8, 9, 0), "CSC", "Strategy discussion (police, school, health): S47 joint investigation; "
      "partner to leave the home.", "S47"], "E2", "2022-11-08"),
    ([D(2022, 11, 10, 10, 0), "CSC", "ABE interview with police: Mia repeated her account.", "S47 ongoing"], "E3",
     "2022-11-10"),
    ([D(2022, 11, 15, 13, 0), "CSC", "SARC examination today with mum; no injuries seen.", "S47 ongoing"], "E4",
     "2022-11-15"),
])])

R.csv("Police.csv", [], ["Date reported", "Summary"], [
    (["07/11/2022", "Referral from MASH: child disclosed sexual touching by mother's partner at school. Crime "
      "recorded (sexual assault of a child under 13)."], "E1", "2022-11-07"),
    (["08/11/2022", "Strategy discussion: joint S47. Suspect to be arrested."], "E2", "2022-11-08"),
    (["10/11/2022", "ABE interview of victim (8) at the suite, with CSC."], "E3", "2022-11-10"),
    (["11/11/2022", "Suspect arrested and interviewed: denies. Released on bail, not to contact the child."], None,
     "2022-11-11"),
])

book = xlwt.Workbook()
sheet = book.add_sheet("SARC")
datefmt = xlwt.easyxf(num_format_str="DD/MM/YYYY")
for c, h in enumerate(["Date", "Clinician", "Notes"]):
    sheet.write(0, c, h)
sheet.write(1, 0, D(2022, 11, 15), datefmt)
sheet.write(1, 1, "FME")
sheet.write(1, 2, "Paediatric forensic examination of 8-year-old girl, referred by police/CSC. No injuries. "
                  "GP letter sent.")
book.save(str(R.folder / "SARC.xls"))
R._note("SARC.xls", "SARC", 2, "E4", "2022-11-15", "Paediatric forensic examination")

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    (["21/11/2022", "Letter from the SARC: examined 15/11, no injuries found. Safeguarding flag added."], "E4",
     "2022-11-21"),
])])
R.done()
