"""A held-out review (see ../README.md): python r360.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Online sexual exploitation: Mia (13) groomed by a man she met on a game; the CEOP report, a police
# warrant, her school and CAMHS. Vocabulary: "CEOP", "sextortion", "IIOC" (indecent images), "s47",
# "Section 18", "Achieving Best Evidence". Layouts: the police's return with the date in the text
# column's first line ("12/02/2024 - 14:20\nCEOP report received …") and no date column; the school's
# CSV with "Date Logged" and "Date of Incident" (the entry dated by the incident); CAMHS; social care.

R.xlsx("Police.xlsx", [("Chronology", [["Northshire Police - chronology: Mia"]], [["Entry", "Officer"]], [
    (["12/02/2024 - 14:20\nCEOP report received: adult male in Leeds sending sexual messages to a 13-year-old on "
      "a gaming app, asking for images.", "DC Ward"], "E2", "2024-02-12"),
    (["13/02/2024 - 10:00\nStrategy discussion with CSC and school: s47; ABE interview tomorrow.", "DC Ward"], "E3",
     "2024-02-13"),
    (["14/02/2024 - 10:30\nABE interview of Mia with her social worker: she describes sending images after "
      "threats (sextortion).", "DC Ward"], "E4", "2024-02-14"),
    (["20/02/2024 - 06:00\nSearch warrant executed at the suspect's address in Leeds; male arrested, devices "
      "seized (IIOC).", "DC Ward"], "E5", "2024-02-20"),
])])

R.csv("Ashdown Academy.csv", [], ["Date Logged", "Date of Incident", "Logged by", "Details"], [
    (["09/02/2024", "08/02/2024", "Form tutor", "Mia tearful in registration; a friend says a man online is "
      "threatening to share pictures of her. Passed to DSL."], "E1", "2024-02-08"),
    (["13/02/2024", "13/02/2024", "DSL", "Strategy discussion (police, CSC): Mia not to be told before the "
      "interview; extra support in school."], "E3", "2024-02-13"),
])

R.xlsx("Childrens Social Care.xlsx", [("Mia", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 2, 9), "MASH", "Contact from Ashdown Academy: Mia (13) being threatened online by an adult male "
      "over images."], "E1", "2024-02-09"),
    ([D(2024, 2, 13), "SW Price", "Strategy discussion with police and school: s47, ABE tomorrow."], "E3",
     "2024-02-13"),
    ([D(2024, 2, 14), "SW Price", "Joint ABE interview with DC Ward: Mia's account of sextortion."], "E4",
     "2024-02-14"),
])])

R.xlsx("CAMHS.xlsx", [("Notes", [], [["Date", "Clinician", "Note"]], [
    ([D(2024, 3, 6), "Therapist", "First session after the online abuse: shame, poor sleep, not self-harming."],
     "E6", "2024-03-06"),
])])
R.done()
