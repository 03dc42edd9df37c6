"""A held-out review (see ../README.md): python r320.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 9-year-old (Maya) who told her teacher that her uncle touched her: an ABE interview, a SARC
# examination, the uncle bailed to live away. Vocabulary: "disclosure", "ABE" (achieving best evidence)
# interview, "SARC", "ISVA", "CHISVA", "bail conditions", "s47", "safety plan". Layouts: children's
# social care with the text first ("Narrative | Date | Worker"); the police's .xlsm; the school's sheet
# of days without a year under a year heading row ("2024"); the SARC's CSV; the GP.

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Narrative", "Date", "Worker"]], [
    (["Referral from school: Maya disclosed that her uncle touched her private parts. Strategy discussion "
      "arranged today.", D(2024, 3, 11), "MASH"], "E1", "2024-03-11"),
    (["Strategy discussion with police, school and paediatrician: s47 joint; ABE and SARC.", D(2024, 3, 11),
      "SW Ahmed"], "E2", "2024-03-11"),
    (["ABE interview at the suite with DC Price: Maya repeated her account.", D(2024, 3, 12), "SW Ahmed"], "E3",
     "2024-03-12"),
    (["Safety plan agreed with mum: uncle not to visit.", D(2024, 3, 13), "SW Ahmed"], None, "2024-03-13"),
])])

# The police: a macro-enabled workbook (.xlsm) as their system saves it.
R.xlsx("Police.xlsm", [("Investigation log", [], [["Date", "Officer", "Action"]], [
    ([D(2024, 3, 11), "DS Lane", "Strategy discussion (CSC, school): joint s47. ABE tomorrow, SARC booked."], "E2",
     "2024-03-11"),
    ([D(2024, 3, 12), "DC Price", "ABE interview of Maya (9) with SW: clear account of touching by uncle."], "E3",
     "2024-03-12"),
    ([D(2024, 3, 14), "DC Price", "Uncle arrested, interviewed, bailed not to contact Maya or attend her "
      "address."], "E5", "2024-03-14"),
])])

# The school: a year heading row under the header, then days without a year.
R.xlsx("Brookfield Primary.xlsx", [("Safeguarding log", [], [["Date", "Staff", "Concern"], ["2024"]], [
    (["11th March", "Class teacher", "Maya told me her uncle touches her when he babysits. DSL informed at "
      "once; referral to MASH."], "E1", "2024-03-11"),
    (["11th March", "DSL", "Strategy discussion by phone with SW and police."], "E2", "2024-03-11"),
    (["18th March", "DSL", "Maya back in class, quiet; ISVA to visit school."], None, "2024-03-18"),
])])

R.csv("SARC.csv", [], ["Examination date", "Examiner", "Findings"], [
    (["13/03/2024", "Dr Moss (paediatric FME)", "Paediatric forensic examination at the SARC with mum: no "
      "injuries, normal findings do not exclude abuse. CHISVA referral."], "E4", "2024-03-13"),
])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    ([D(2024, 3, 20), "Letter from the SARC: examined 13/03, no injuries; CHISVA involved."], "E4", "2024-03-20"),
])])
R.done()
