"""A held-out review (see ../README.md): python r236.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A child of 3 (Mia) and her mother's psychosis. Vocabulary: "s136", "place of safety", "informal
# admission", "CPA", "discharge planning", "crisis team". Layouts: the police's date-time cells; the
# mental health trust's ISO date-times ("2023-06-03T23:40"); children's social care's case notes
# with a subject line; health visiting's bilingual headers ("Dyddiad / Date"); the nursery's Word
# paragraphs dated "05/06/23 –"; the GP's "04-07-2023".
R.xlsx("Police.xlsx", [("Incidents", [], [["Date/Time of Incident", "Incident Type", "Summary"]], [
    ([D(2023, 6, 3, 21, 30), "Concern for welfare", "Female (32) shouting at passers-by in the town centre with a "
      "3 year old. Detained under s136, taken to the place of safety. Child handed to her grandmother."], "E1",
     "2023-06-03"),
    ([D(2023, 6, 7, 11, 0), "Strategy", "Strategy discussion with children's social care, mental health and HV: "
      "single agency (CSC) assessment."], "E2", "2023-06-07"),
])])

R.csv("Mental Health Trust.csv", [], ["Contact Date", "Contact Type", "Outcome"], [
    (["2023-06-03T23:40", "s136 assessment", "Assessed at the place of safety: acute psychosis. Admitted informally "
      "to Willow ward. Daughter with maternal grandmother."], "E1", "2023-06-03"),
    (["2023-06-07T11:00", "Strategy discussion", "Ward manager joined the strategy discussion by phone."], "E2",
     "2023-06-07"),
    (["2023-06-20T14:00", "CPA meeting", "Discharge planning meeting on Willow ward. Social worker attended. Leave "
      "at home planned."], "E4", "2023-06-20"),
    (["2023-06-26T10:00", "Discharge", "Discharged home; crisis team to visit daily for a week."], "E5",
     "2023-06-26"),
])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Case note type", "Subject", "Case note"]], [
    (["05/06/2023", "Contact", "Police notification", "Mum detained under s136 on Saturday night with Mia present. "
      "Mia staying with maternal grandmother."], "E1", "2023-06-05"),
    (["07/06/2023", "Strategy discussion", "Strategy", "With police, mental health ward manager and HV: CSC single "
      "agency assessment."], "E2", "2023-06-07"),
    (["14/06/2023", "Home visit", "Visit to grandmother", "Joint visit with HV to gran's home. Mia well and settled."],
     "E3", "2023-06-14"),
    (["20/06/2023", "Meeting", "Discharge planning", "Attended discharge planning meeting on Willow ward."], "E4",
     "2023-06-20"),
])])

R.xlsx("Health Visiting.xlsx", [("Cofnod", [], [["Dyddiad / Date", "Manylion / Details"]], [
    (["07/06/2023", "Strategy discussion (phone): shared HV history, mum's postnatal depression after Mia's birth."],
     "E2", "2023-06-07"),
    (["14/06/2023", "Joint home visit with the social worker at grandmother's: Mia's development on track."], "E3",
     "2023-06-14"),
])])

d = docx.Document()
d.add_paragraph("Little Acorns Nursery – record of concerns, Mia")
nursery = [
    ("05/06/23 – Gran dropped Mia off; said mum is unwell and has been in hospital since the weekend.", None,
     "2023-06-05"),
    ("04/07/23 – Mia collected at 9.45 by gran, taken to GP appointment at 10am (cough).", "E6", "2023-07-04"),
]
for text, event, iso in nursery:
    d.add_paragraph(text)
d.save(R.folder / "Little Acorns Nursery.docx")
for i, (text, event, iso) in enumerate(nursery):
    R._note("Little Acorns Nursery.docx", None, i + 2, event, iso, text)

R.csv("GP.csv", [], ["Date", "Entry"], [
    (["28-06-2023", "Discharge summary received (mum): informal admission 03/06 to 26/06, acute psychosis."], "E5",
     "2023-06-28"),
    (["04-07-2023", "Mia seen with grandmother: cough for a week, chest clear. Safety net advice."], "E6",
     "2023-07-04"),
])
R.done()
