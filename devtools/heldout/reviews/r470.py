"""A held-out review (see ../README.md): python r470.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: Leo (3), a head injury, mother's partner recently moved in. Vocabulary: "CT head", "subdural",
# "unexplained", "partner not known to services", "Clare's law". Layouts: the police's CSV with its system's
# field names (OCCURRENCE_DATE, OCC_TIME, MO_TEXT) and dates written year first with dots ('2024.03.12'); the
# GP's sheet whose dates were pasted as values (Excel's day numbers, 45363); a Welsh school's header over two rows,
# Welsh above English; the hospital's sheet named by the year.


def pasted_as_numbers(wb):
    """The GP's dates pasted as values: the cells hold Excel's day numbers, shown as plain numbers."""
    ws = wb["Consultations"]
    for row in range(2, ws.max_row + 1):
        value = ws.cell(row, 1).value
        if isinstance(value, dt.datetime):
            ws.cell(row, 1).value = (value - D(1899, 12, 30)).days
            ws.cell(row, 1).number_format = "General"


R.csv("Police - Niche export.csv", [], ["OCCURRENCE_REF", "OCCURRENCE_DATE", "OCC_TIME", "OCC_TYPE", "MO_TEXT"], [
    (["NP/24/1102", "2024.02.20", "19:40", "DOMESTIC", "Mother of Leo (3) disclosed under Clare's law request: "
      "new partner Kyle has a history of violence to a previous partner's child. Disclosure made."], "E1",
     "2024-02-20"),
    (["NP/24/1377", "2024.03.12", "04:15", "CHILD CONCERN", "Call from hospital: 3 year old with a subdural bleed, "
      "explanation of a fall from the sofa not consistent. Officers to hospital. Kyle and mother spoken to."],
     "E2", "2024-03-12"),
    (["NP/24/1390", "2024.03.12", "11:00", "STRATEGY", "Strategy discussion with CSC and the paediatrician. Joint "
      "s47, Kyle to be arrested."], "E3", "2024-03-12"),
])

R.xlsx("GP.xlsx", [("Consultations", [], [["Date", "Clinician", "Consultation"]], [
    ([D(2024, 1, 15), "Dr Rees", "Leo, bruise to forehead, mum says he walked into a door. Development normal."],
     "A1", "2024-01-15"),
    ([D(2024, 3, 14), "Dr Rees", "Letter from the children's hospital: admitted 12/03 with a subdural "
      "haemorrhage, unexplained. Child protection enquiry."], "E2", "2024-03-14"),
])], pasted_as_numbers)

R.xlsx("Ysgol Gynradd Bryn.xlsx", [("Cofnod", [], [["Dyddiad", "Aelod o staff", "Pryder"],
                                                   ["Date", "Staff member", "Concern"]], [
    ([D(2024, 2, 27), "DSL", "Leo (nursery class) has a bruise on his cheek; mum says fell in the park. Logged."],
     "A2", "2024-02-27"),
    ([D(2024, 3, 12), "DSL", "Social worker rang: Leo in hospital with a head injury since last night. Not in "
      "school."], "E2", "2024-03-12"),
])])

R.xlsx("Childrens Hospital.xlsx", [("2024", [], [["Date", "Time", "Area", "Note"]], [
    ([D(2024, 3, 12), "02:30", "ED", "3 year old brought by mother and partner: vomiting, drowsy after a fall from a "
      "sofa. CT head: acute subdural. Admitted to PICU. Police and CSC informed."], "E2", "2024-03-12"),
    ([D(2024, 3, 12), "10:30", "PICU", "Strategy meeting by phone with police and CSC; skeletal survey "
      "requested."], "E3", "2024-03-12"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Details"]], [
    ([D(2024, 2, 21), "Contact", "Police: Clare's law disclosure to Leo's mother re her new partner."], "E1",
     "2024-02-21"),
    ([D(2024, 3, 12), "EDT", "Hospital: Leo (3) admitted to PICU with a subdural, unexplained."], "E2",
     "2024-03-12"),
    ([D(2024, 3, 12), "Strategy discussion", "With police and hospital. S47, Leo to go to his grandmother on "
      "discharge."], "E3", "2024-03-12"),
])])
R.done()
