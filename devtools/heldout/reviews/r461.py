"""A held-out review (see ../README.md): python r461.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Owen (34), a man with a learning disability in supported living, died of
# aspiration pneumonia. Vocabulary: "LD", "PBS", "SALT", "STORM", "found on floor". Layouts: the provider's daily
# notes with a day's date only on its first entry and a time on each; a day centre's Word paragraphs as bullets
# ('• 20/03/2024 - …'); the GP's consultations in History, Examination and Plan columns; the LD nurse's dates
# written long as text ('Tuesday 5th March 2024'); the police's STORM log of 'Opened' and 'Closed' date-times.

R.xlsx("Ashgrove Supported Living.xlsx", [("Daily notes", [], [["Date", "Time", "Staff", "Note"]], [
    ([D(2024, 3, 5), "07:40", "RW Jones", "Owen found on his bedroom floor, bruise and swelling above his left eye. "
      "Says he fell getting up. 111 called, advised GP today."], "E1", "2024-03-05"),
    ([None, "13:10", "RW Jones", "Took Owen to the GP, see GP notes. Head injury advice sheet given."], "E5",
     "2024-03-05"),
    ([None, "21:30", "RW Khan", "Settled evening. Ate all his tea."], "A2", "2024-03-05"),
    ([D(2024, 4, 10), "16:20", "RW Khan", "Police attended for a welfare check after a call from Owen's sister, "
      "who says he told her staff shout at him. Officers spoke to Owen alone and left."], "E3", "2024-04-10"),
    ([D(2024, 4, 28), "18:05", "RW Jones", "Owen coughing after tea, breathing fast, temp 38.9. 999 called, "
      "taken to hospital by ambulance."], "E4", "2024-04-28"),
])])

R.docx_paragraphs("Brookside Day Centre.docx", "Brookside Day Centre - record of contact with Owen", [
    ("• 06/03/2024 - Owen arrived with a bruised eye; quiet all day, ate little at lunch.", "A3", "2024-03-06"),
    ("• 20/03/2024 - New bruising to both upper arms seen when he changed for swimming. Safeguarding concern "
     "raised with adult social care by phone.", "E2", "2024-03-20"),
    ("• 29/04/2024 - Support provider rang: Owen in hospital with a chest infection, will not attend this week.",
     "E4", "2024-04-29"),
])

R.xlsx("Cwm Taf Surgery.xlsx", [("Consultations", [], [["Date", "Clinician", "History", "Examination", "Plan"]], [
    ([D(2024, 3, 5), "Dr Evans", "Fall at home this morning, brought by support worker. No LOC reported.",
      "Haematoma L brow, GCS 15, neuro obs normal.", "Head injury advice. Review if drowsy."], "E5", "2024-03-05"),
    ([D(2024, 5, 3), "Dr Evans", "Discharge summary received: admitted 28/04 with aspiration pneumonia, IV "
      "antibiotics, SALT review: modified diet.", "", "Medication reconciled."], "E4", "2024-05-03"),
])])

R.xlsx("Community LD Nursing.xlsx", [("Contacts", [], [["Contact date", "Nurse", "Details"]], [
    (["Tuesday 5th March 2024", "LDN Price", "Provider emailed: Owen had a fall this morning, seen by GP. Falls "
      "risk assessment to be reviewed."], "E1", "2024-03-05"),
    (["Thursday 21st March 2024", "LDN Price", "ASC informed me of a safeguarding concern from the day centre "
      "(bruises to arms). Will attend the strategy meeting."], "E2", "2024-03-21"),
    (["Monday 29th April 2024", "LDN Price", "Informed by the provider that Owen was admitted yesterday with a "
      "chest infection."], "E4", "2024-04-29"),
])])

R.xlsx("Police STORM.xlsx", [("Logs", [], [["Log No", "Opened", "Closed", "Category", "Remarks"]], [
    (["STORM 411", D(2024, 4, 10, 15, 2), D(2024, 4, 10, 17, 45), "Concern for welfare", "Caller says her brother, "
      "who has a learning disability, is being shouted at by staff at his supported flat. Officers attended, "
      "spoke with Owen, no offences disclosed. Referral to ASC."], "E3", "2024-04-10"),
])])

R.xlsx("Adult Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 3, 20), "Safeguarding concern", "Concern from Brookside Day Centre: bruising to both arms, "
      "explanation unclear."], "E2", "2024-03-20"),
    ([D(2024, 4, 11), "Safeguarding concern", "Police referral after yesterday's welfare check: sister alleges "
      "staff shout at Owen."], "E3", "2024-04-11"),
    ([D(2024, 5, 14), "Information", "Hospital informed us Owen died today on the ward."], "A6", "2024-05-14"),
])])
R.done()
