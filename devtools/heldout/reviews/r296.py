"""A held-out review (see ../README.md): python r296.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 12-year-old (Nathan) taken out of school for home education after his child protection plan ended,
# later found underweight. Vocabulary: "EHE" (elective home education), "CME" (children missing
# education), "deregistration", "off-rolling", "EHE officer", "faltering growth", "ICPC", "CP plan
# ended", "step down". Layouts: the EHE team's workbook with weeks written "w/c 09/01/2023" for
# visits arranged by the week; the school's deregistration letter among its log; the GP; the
# community paediatrician; children's social care with its header in row 3 under a title and a blank row.

R.xlsx("Oakwood Academy.xlsx", [("Log", [], [["Date", "Entry"]], [
    ([D(2022, 12, 5), "Letter from parents: withdrawing Nathan to home educate from today. Removed from roll; EHE "
      "team notified."], "E1", "2022-12-05"),
])])

R.xlsx("EHE Team.xlsx", [("Visits", [], [["Date", "Officer", "Notes"]], [
    (["06/12/2022", "EHE officer", "Deregistration notice from Oakwood Academy: Nathan (12) now home educated."], "E1",
     "2022-12-06"),
    (["w/c 09/01/2023", "EHE officer", "Visit arranged this week: parents refused, sent a written plan by email."],
     None, "2023-01-09"),
    (["14/03/2023", "EHE officer", "Home visit: Nathan thin and pale; no sign of learning. Concern raised with "
      "children's services."], "E2", "2023-03-14"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [["Children's Social Care – Nathan P"], []],
                                       [["Date", "Type", "Summary"]], [
    ([D(2022, 11, 28), "CP review", "Review conference: CP plan ended; step down to CIN."], None, "2022-11-28"),
    ([D(2023, 3, 14), "Contact", "EHE officer: Nathan very thin at home visit today, no education seen."], "E2",
     "2023-03-14"),
    ([D(2023, 3, 16), "Strategy", "Strategy discussion (neglect): police, health. S47; medical."], "E3",
     "2023-03-16"),
    ([D(2023, 3, 20), "S47", "Paediatric assessment: weight below 0.4th centile, faltering growth."], "E4",
     "2023-03-20"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2022, 9, 14), "Nathan: no concerns recorded; weight 38kg."], None, "2022-09-14"),
    ([D(2023, 3, 16), "Strategy discussion by phone with CSC: Nathan's last weight 38kg (Sept 2022)."], "E3",
     "2023-03-16"),
])])

R.xlsx("Community Paediatrics.xlsx", [("Clinic", [], [["Date", "Clinician", "Letter summary"]], [
    ([D(2023, 3, 20), "Dr Iqbal", "Seen at CSC request: 12y, weight 29kg (<0.4th centile), down from 38kg. Faltering "
      "growth with neglect. Admit for refeeding considered; dietitian."], "E4", "2023-03-20"),
])])
R.done()
