"""A held-out review (see ../README.md): python r254.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
# A 13-year-old (Amira) taken off the school roll for home education, then missing from education.
# Vocabulary: "EHE" (elective home education), "CME" (child missing education), "EWO", "off
# roll", "deducted" (from a GP's list). Layouts: the school's MIS export, "Date | Time | Category |
# Description"; the EHE team's CSV with lines inside a quoted cell; the education welfare
# officer's Word paragraphs; the CME officer's "Action date | Outcome"; social care's; the police's
# ISO date-times "2023-03-16T11:20:00"; the GP's.
R.csv("Westfield School MIS.csv", [], ["Date", "Time", "Category", "Description"], [
    (["10/01/2023", "09:00", "Attendance", "Attendance 62% this term; EWO involved."], None, "2023-01-10"),
    (["20/01/2023", "14:00", "Admissions", "Letter from mum: Amira to be electively home educated. Removed from "
      "roll today; EHE team notified."], "E1", "2023-01-20"),
])

R.csv("EHE team.csv", [], ["Date", "Officer", "Record"], [
    (["20/01/2023", "EHE officer", "Notification from Westfield School:\nAmira removed from roll for EHE."], "E1",
     "2023-01-20"),
    (["08/02/2023", "EHE officer", "Visit with the EWO: no answer, card left.\nLetter to follow."], "E2",
     "2023-02-08"),
])

d = docx.Document()
d.add_paragraph("Education Welfare Service – Amira")
ewo = [("08/02/2023 – Joint visit with the EHE officer: no answer at the address.", "E2", "2023-02-08"),
       ("01/03/2023 – Phone call to mum: no reply; voicemail left.", None, "2023-03-01")]
for text, event, iso in ewo:
    d.add_paragraph(text)
d.save(R.folder / "Education Welfare.docx")
for i, (text, event, iso) in enumerate(ewo):
    R._note("Education Welfare.docx", None, i + 2, event, iso, text)

R.xlsx("CME officer.xlsx", [("Cases", [], [["Action date", "Action", "Outcome"]], [
    (["14/03/2023", "Referral", "Referral to children's social care: whereabouts of Amira unknown, no EHE "
      "provision seen."], "E3", "2023-03-14"),
    (["21/03/2023", "Check", "GP surgery confirmed the family registered with a Birmingham practice."], "E5",
     "2023-03-21"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Note"]], [
    (["14/03/2023", "Contact from the CME officer: family may have left the area; no sight of Amira since January."],
     "E3", "2023-03-14"),
    (["16/03/2023", "11:20 joint visit with police: property empty, neighbours say they moved to Birmingham."], "E4",
     "2023-03-16"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["DateTime", "Detail"]], [
    (["2023-03-16T11:20:00", "Welfare check with the social worker at the address: family gone."], "E4",
     "2023-03-16"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    (["20/03/2023", "Patient deducted: registered at a Birmingham practice."], "E5", "2023-03-20"),
])])
R.done()
