"""A held-out review (see ../README.md): python r249.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# A young carer (Jake, 12) and his mother's psychosis: a warrant, a detention, a ward, a
# discharge. Vocabulary: "S135 warrant", "s2", "AMHP", "care coordinator", "CPA", "depot", "young
# carers service". Layouts: the school's OpenDocument workbook with a sheet per year ("2022",
# "2023") and dates without the year ("21 Nov"); the community mental health team's "Date | Type |
# Note"; the young carers service's CSV; children's social care; the police; the GP.
school = {
    "2022": [["21 Nov", "Jake said he does the shopping and cooking for mum. Referral to the young carers service.",
              "E5", "2022-11-21"]],
    "2023": [["9 Jan", "Jake late three times this week.", None, "2023-01-09"],
             ["15 Feb", "Young carers worker told us mum was taken to hospital yesterday; Jake staying with his "
              "aunt.", "E1", "2023-02-15"]],
}
with pd.ExcelWriter(R.folder / "Castle Academy.ods", engine="odf") as writer:
    for sheet, rows in school.items():
        pd.DataFrame([r[:2] for r in rows], columns=["Date", "Note"]).to_excel(writer, sheet_name=sheet, index=False)
        for i, (date, text, event, iso) in enumerate(rows):
            R._note("Castle Academy.ods", sheet, i + 2, event, iso, text)

R.xlsx("Community Mental Health Team.xlsx", [("Notes", [], [["Date", "Type", "Note"]], [
    (["05/12/2022", "Clinic", "Depot injection given. Mum says Jake helps a lot at home."], None, "2022-12-05"),
    (["14/02/2023", "MHA", "MHA assessment at home under an s135 warrant with police: detained under s2, admitted "
      "to Oak ward."], "E1", "2023-02-14"),
    (["06/03/2023", "Ward", "Discharge planning meeting on Oak ward with the young carers worker and the social "
      "worker."], "E3", "2023-03-06"),
    (["10/03/2023", "Ward", "Discharged from Oak ward. Care coordinator to visit within 7 days."], "E4",
     "2023-03-10"),
])])

R.csv("Young Carers Service.csv", [], ["Date", "Worker", "Notes"], [
    (["21/11/2022", "YC worker", "Referral received from Castle Academy: Jake caring for mum (mental health)."],
     "E5", "2022-11-21"),
    (["06/03/2023", "YC worker", "Attended the ward meeting about mum's discharge."], "E3", "2023-03-06"),
    (["10/03/2023", "YC worker", "Mum home today; Jake back home from his aunt's."], "E4", "2023-03-10"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    (["14/02/2023", "EDT", "Jake placed with his maternal aunt overnight while mum is in hospital (police "
      "assisted)."], "E2", "2023-02-14"),
    (["06/03/2023", "SW Hale", "Attended the discharge planning meeting on the ward."], "E3", "2023-03-06"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Narrative"]], [
    (["14/02/2023", "10:30", "Executed s135 warrant with the AMHP at the home address: mother detained and "
      "conveyed to Oak ward."], "E1", "2023-02-14"),
    (["14/02/2023", "12:15", "Officers took Jake (12) to his aunt's address at the request of EDT."], "E2",
     "2023-02-14"),
])])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    (["13/03/2023", "Discharge summary: admitted 14/02 under s2, discharged 10/03 on oral antipsychotic."], "E4",
     "2023-03-13"),
])])
R.done()
