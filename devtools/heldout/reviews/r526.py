"""A held-out review (see ../README.md): python r526.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Oscar (14), after harmful sexual behaviour towards a younger pupil and
# then his own attempt on his life. Each agency tells the same event in its own words: the incident as 'harmful
# sexual behaviour', 'HSB incident in the toilets', 'touched a Year 8 pupil', 'sexual assault reported by the
# school'; the assessment as 'AIM assessment', 'assessment of his sexual behaviour'; his overdose as 'took 20
# paracetamol', 'intentional overdose', 'attempted suicide'. Layouts: the school's sheet with a 'Time' column
# written '1.15pm'; the police's CSV; the youth justice service's sheet; the hospital's Word paragraphs; CAMHS's
# OpenDocument sheet.

R.xlsx("Secondary School.xlsx", [("Incidents", [], [["Date", "Time", "Staff", "Incident", "Action"]], [
    ([D(2024, 11, 4), "1.15pm", "DSL", "HSB incident in the toilets: Oscar touched a Year 8 pupil.", "Police and "
      "children's social care called; Oscar sent home; both families told."], "E1", "2024-11-04"),
    ([D(2024, 11, 26), "8.40am", "Head of year", "Mum rang: Oscar took an overdose last night and is in "
      "hospital.", "Welfare call to mum daily."], "E3", "2024-11-26"),
])])

R.csv("Police.csv", [], ["Date", "Offence", "Notes"], [
    (["04/11/2024", "Sexual assault (under 13 victim)", "Reported by the school: 14 year old boy touched a younger "
      "pupil in the toilets. Voluntary interview to follow; referral to YJS."], "E1", "2024-11-04"),
])

R.xlsx("Youth Justice Service.xlsx", [("Contacts", [], [["Date", "Worker", "Notes"]], [
    ([D(2024, 11, 18), "YJ officer", "AIM assessment started with Oscar and his mum (assessment of his sexual "
      "behaviour)."], "E2", "2024-11-18"),
    ([D(2024, 11, 27), "YJ officer", "Told by CAMHS that Oscar attempted suicide on Monday; AIM sessions paused."],
     "E3", "2024-11-27"),
])])

R.docx_paragraphs("Hospital.docx", "Children's ward - Oscar", [
    ("25/11/2024 - Intentional overdose of 20 paracetamol at home; NAC started. Admitted to the children's ward; "
     "CAMHS referral.", "E3", "2024-11-25"),
])

R.ods("CAMHS.ods", "Notes", ["Date", "Clinician", "Note"], [
    (["18/11/2024", "Clinical psychologist", "Joint AIM assessment session with the YJS worker."], "E2",
     "2024-11-18"),
    (["26/11/2024", "Liaison nurse", "Seen on the ward after he took 20 paracetamol last night; low mood since the "
      "school incident."], "S1", "2024-11-26"),
])
R.done()
