"""A held-out review (see ../README.md): python r256.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
# Safeguarding adults review: Mr D (40), in mental health crisis: street triage, a Mental Health
# Act assessment at home, a section 2 admission, discharge. Vocabulary: "street triage", "CRHT"
# (crisis resolution and home treatment), "AMHP", "s2", "talked down", "conveyed". Layouts: the
# mental health trust's RiO export "Date/Time | Note type | Originator | Note text"; the police's
# STORM CSV; the ambulance service's "14-Mar-2024 21:40"; the AMHP service's; housing's Word
# paragraphs; the GP's.
R.xlsx("Mental Health Trust RiO.xlsx", [("Progress notes", [], [["Date/Time", "Note type", "Originator",
                                                                   "Note text"]], [
    (["14/03/2024 21:55", "Street triage", "MH nurse", "Street triage with PC 2211: Mr D on the bridge parapet, "
      "talked down. Home with his brother; CRHT to call tomorrow."], "E1", "2024-03-14"),
    (["15/03/2024 11:00", "CRHT", "CRHT", "Telephone contact: denies plans, agrees to daily calls."], None,
     "2024-03-15"),
    (["22/03/2024 14:00", "MHA", "Dr Fern", "MHA assessment at home with the AMHP: detained under s2, admitted to Elm "
      "ward."], "E3", "2024-03-22"),
    (["05/04/2024 12:00", "Discharge", "Elm ward", "Discharged from Elm ward to his brother's address; CMHT follow up "
      "within 72 hours."], "E4", "2024-04-05"),
])])

R.csv("Police STORM.csv", [], ["Date", "Time", "Log"], [
    (["14/03/2024", "21:40", "Street triage car attended with the MH nurse: male on the bridge parapet talked down, "
      "taken home to his brother."], "E1", "2024-03-14"),
    (["22/03/2024", "13:30", "Assisted the AMHP with a MHA assessment at the address; male conveyed by ambulance."],
     "E3", "2024-03-22"),
])

R.csv("Ambulance.csv", [], ["Incident Date/Time", "Category", "Notes"], [
    (["22-Mar-2024 15:10", "MHA", "Conveyance under s2 from home to Elm ward, police escort."], "E3", "2024-03-22"),
])

R.xlsx("AMHP service.xlsx", [("Assessments", [], [["Date", "Outcome"]], [
    (["22/03/2024", "MHA assessment with two doctors: s2 applied for, police assisted. Bed on Elm ward."], "E3",
     "2024-03-22"),
])])

d = docx.Document()
d.add_paragraph("Housing – Mr D")
housing = [("08/04/2024: His brother told us Mr D has been out of hospital since Friday.", "E4", "2024-04-08"),
           ("10/04/2024: Tenancy visit: flat cold, no food; referral to adult social care.", None, "2024-04-10")]
for text, event, iso in housing:
    d.add_paragraph(text)
d.save(R.folder / "Housing.docx")
for i, (text, event, iso) in enumerate(housing):
    R._note("Housing.docx", None, i + 2, event, iso, text)

R.xlsx("GP.xlsx", [("EMIS", [], [["Date", "Entry"]], [
    (["15/03/2024", "Crisis team letter: street triage contact last night on the bridge."], "E1", "2024-03-15"),
    (["09/04/2024", "Discharge summary: admitted under s2 on 22/03, discharged 05/04."], "E4", "2024-04-09"),
])])
R.done()
