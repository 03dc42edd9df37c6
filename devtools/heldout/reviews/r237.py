"""A held-out review (see ../README.md): python r237.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Cuckooing of a 28-year-old with a learning disability (Ben). Vocabulary: "cuckooing", "LD",
# "intel", "closure order", "S42 planning meeting", "support worker". Layouts: the housing
# association's contacts; the police's CSV with a log number; adult social care's "Date of contact |
# Contact with | Summary" under title rows; the day centre's Word paragraphs dated "2 May 2023:"; the
# ambulance service's "Date/Time"; the GP's consultations.
R.xlsx("Riverside Homes.xlsx", [("Contacts", [], [["Date", "Officer", "Contact type", "Notes"]], [
    (["09/05/2023", "HO Patel", "Visit", "Joint visit with PCSO: three unknown males in the flat, Ben says they are "
      "friends. Suspected cuckooing."], "E2", "2023-05-09"),
    (["09/05/2023", "HO Patel", "Referral", "Safeguarding concern raised with adult social care (cuckooing)."], "E3",
     "2023-05-09"),
    (["16/05/2023", "HO Patel", "Meeting", "Attended S42 planning meeting: police to seek a closure order."], "E4",
     "2023-05-16"),
    (["01/06/2023", "HO Patel", "Court", "Attended the magistrates' court: partial closure order granted on Ben's "
      "flat."], "E6", "2023-06-01"),
])])

R.csv("Police.csv", [], ["Date", "Time", "Log", "Details"], [
    (["09/05/2023", "11:00", "L-2210", "PCSO joint visit with housing officer to Ben's flat: 3 males present, intel "
      "submitted (cuckooing)."], "E2", "2023-05-09"),
    (["16/05/2023", "14:00", "", "Adult safeguarding planning meeting: closure order application agreed."], "E4",
     "2023-05-16"),
    (["20/05/2023", "02:30", "L-2514", "Assault at Ben's flat: Ben (LD) with a head injury, two males arrested. "
      "Ambulance attended."], "E5", "2023-05-20"),
    (["01/06/2023", "10:00", "", "Partial closure order granted at the magistrates' court."], "E6", "2023-06-01"),
])

R.xlsx("Adult Social Care LD team.xlsx", [("Chronology", [["Adult Social Care – Learning Disability Team"],
                                                           ["SAR chronology: Ben"], []],
                                           [["Date of contact", "Contact with", "Summary"]], [
    (["10/05/2023", "Riverside Homes", "Safeguarding concern from housing: suspected cuckooing at Ben's flat. S42 "
      "enquiry opened."], "E3", "2023-05-10"),
    (["16/05/2023", "Police, housing", "S42 planning meeting chaired: closure order, daily welfare calls."], "E4",
     "2023-05-16"),
    (["22/05/2023", "Police", "Police informed us Ben was assaulted at the weekend and is in hospital."], "E5",
     "2023-05-22"),
])])

d = docx.Document()
d.add_paragraph("Oak Tree Day Centre – Ben")
centre = [
    ("2 May 2023: Ben did not attend. Staff rang; a man answered and said Ben was asleep.", None, "2023-05-02"),
    ("22 May 2023: Mum rang: Ben is in hospital after being attacked on Saturday.", "E5", "2023-05-22"),
    ("5 June 2023: Staff took Ben to his GP appointment at 2pm.", "E7", "2023-06-05"),
]
for text, event, iso in centre:
    d.add_paragraph(text)
d.save(R.folder / "Oak Tree Day Centre.docx")
for i, (text, event, iso) in enumerate(centre):
    R._note("Oak Tree Day Centre.docx", None, i + 2, event, iso, text)

R.csv("Ambulance.csv", [], ["Date/Time", "Category", "Notes"], [
    (["20/05/2023 02:41", "Cat 2", "28M head injury after assault by visitors to his flat, police on scene. "
      "Conveyed to ED."], "E5", "2023-05-20"),
])

R.xlsx("GP surgery.xlsx", [("Consultations", [], [["Consultation date", "Clinician", "Notes"]], [
    (["05/06/2023", "Dr Rees", "Seen with his day centre support worker: head wound healing well, low mood, "
      "sleeping poorly."], "E7", "2023-06-05"),
])])
R.done()
