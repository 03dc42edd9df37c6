"""A held-out review (see ../README.md): python r240.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Child death review: Ruby (9 months) drowned in the bath. Vocabulary: "JAR" (joint agency
# response), "SUDIC paediatrician", "ROSC", "MGM", "EDT", "CDOP". Layouts: the ambulance service's
# date cells with the time of the call apart; the ED's "08/07/2023 19:52:00"; the police's Word
# document, a day heading ("Saturday 8 July 2023") over paragraphs that start with their time;
# children's social care with a month ("Jun-23") and "early June 2023"; health visiting's
# "05/06/23"; the GP's "When" column.
R.xlsx("Ambulance Trust.xlsx", [("Incident", [], [["Incident No", "Date", "Time Call Received", "Narrative"]], [
    (["A-77102", D(2023, 7, 8), "19:41", "9 month old not breathing, found face down in the bath by mother. CPR "
      "in progress on arrival, conveyed to ED under blue lights."], "E1", "2023-07-08"),
])])

R.csv("ED attendances.csv", [], ["Arrival Date/Time", "Presenting complaint", "Clinical notes"], [
    (["08/07/2023 19:52:00", "Cardiac arrest", "Ruby, 9/12, arrived in cardiac arrest after immersion in bath. "
      "Resus: ROSC not achieved, death confirmed 20:31. SUDIC protocol started."], "E1", "2023-07-08"),
    (["09/07/2023 10:00:00", "SUDIC", "SUDIC paediatrician joint home visit with police (JAR). Bath seat in bath, "
      "water still in."], "E3", "2023-07-09"),
])

d = docx.Document()
d.add_paragraph("Police – chronology of contact (Ruby)")
police = [
    ("Saturday 8 July 2023", None, None),
    ("19:45 – Officers attended with the ambulance: baby found unresponsive in the bath, mother had left her to "
     "answer the door.", "E1", "2023-07-08"),
    ("21:30 – Strategy discussion with EDT: siblings to stay with maternal grandmother tonight.", "E2",
     "2023-07-08"),
    ("Sunday 9 July 2023", None, None),
    ("10:00 – Joint agency response home visit with the SUDIC paediatrician. Scene photographed.", "E3",
     "2023-07-09"),
]
for text, event, iso in police:
    d.add_paragraph(text)
d.save(R.folder / "Police.docx")
for i, (text, event, iso) in enumerate(police):
    if iso:
        R._note("Police.docx", None, i + 2, event, iso, text)

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Type", "Case note"]], [
    (["early June 2023", "FSW Amir", "Early help", "Family support worker visit: mum coping, bath time routine "
      "discussed."], None, None),
    (["Jun-23", "TM", "Closure", "Early help closed: family no longer wished support."], None, None),
    (["08/07/2023", "EDT", "Strategy", "Out of hours strategy discussion with police: siblings placed with MGM "
      "under a safety plan."], "E2", "2023-07-08"),
])])

R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date seen", "HV", "Contact", "Notes"]], [
    (["05/06/23", "HV Kerr", "9-12 month review", "Development on track. Safe bathing advice given (bath seat)."],
     None, "2023-06-05"),
    (["10/07/23", "HV Kerr", "Info", "Informed by GP of Ruby's death at the weekend. Bereavement visit offered."],
     "E1", "2023-07-10"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["When", "By", "Entry"]], [
    (["12/05/2023", "Dr Hale", "Ruby: viral wheeze, inhaler. Mum well."], None, "2023-05-12"),
    (["10/07/2023", "Admin", "Notified of Ruby's death on 8th July by CDOP. HV informed."], "E1", "2023-07-10"),
])])
R.done()
