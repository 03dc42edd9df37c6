"""A held-out review (see ../README.md): python r379.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Martin (34), a learning disability, a supported tenancy; "friends" take
# over his flat (cuckooing), take his money, and he is assaulted there. Vocabulary: "S42 enquiry",
# "cuckooing", "ASB", "LD annual health check", "respite", "appointee". Layouts: adult social care's case
# system CSV with a Status column, one entry 'Entered in error' (a call logged on Martin's file that was
# about another client: it records no event of this review, event None); the police's "Occurrence
# date/time" as one text cell; the housing association's repairs log; the day centre's Word table.

R.csv("Adult Social Care.csv", [], ["Activity Date", "Activity Type", "Worker", "Summary", "Status"], [
    (["08/04/2024", "Safeguarding concern", "Duty", "Concern from Brookside Day Centre: Martin arrived with a "
      "black eye, says he fell. Staff worried about new 'friends' at his flat.", "Complete"], "E1", "2024-04-08"),
    (["23/04/2024", "Police notification", "Duty", "PPN: officers did a welfare check at Martin's flat last night; "
      "three adults there, flat in poor state, possible cuckooing. Martin says they are his mates.",
      "Complete"], "E2", "2024-04-23"),
    (["02/05/2024", "S42 strategy meeting", "SW Dunne", "Section 42 enquiry strategy meeting with police, "
      "housing and day centre. Plan: daily checks, police to disrupt visitors, capacity assessment re finances.",
      "Complete"], "E3", "2024-05-02"),
    (["14/05/2024", "Telephone call", "SW Dunne", "Call from sister: says money has been taken from her "
      "brother's bank account, asked about appointeeship.", "Entered in error"], None, "2024-05-14"),
    (["16/05/2024", "Information received", "SW Dunne", "Police update: Martin's sister reported £2,300 "
      "withdrawn from his account by others; fraud investigation opened.", "Complete"], "E4", "2024-05-16"),
    (["03/06/2024", "Placement", "SW Dunne", "Martin moved to respite at Oak House today as an emergency; "
      "will not return to the flat until safe.", "Complete"], "E6", "2024-06-03"),
])

R.xlsx("Police.xlsx", [("Occurrences", [["Westshire Constabulary - occurrences linked to Martin"]],
                        [["Occurrence date/time", "OIC", "Occurrence summary"]], [
    (["22/04/2024 20:40", "PC Rowe", "Concern for welfare: neighbour reports people coming and going at all hours, "
      "loud music. Three adults present; vulnerable male tenant in his bedroom. Suspected cuckooing. PPN "
      "submitted."], "E2", "2024-04-22"),
    (["02/05/2024 10:00", "DC Vale", "Attended adult safeguarding strategy meeting (ASC, housing, day centre). "
      "Closure order to be considered."], "E3", "2024-05-02"),
    (["15/05/2024 13:15", "DC Vale", "Sister reports her brother's bank card used by others: £2,300 taken over "
      "three weeks. Fraud crime recorded."], "E4", "2024-05-15"),
    (["28/05/2024 02:05", "PC Rowe", "Assault at the address: male victim (34) with head wound, two males "
      "arrested at scene for GBH. Door forced."], "E5", "2024-05-28"),
])])

R.xlsx("GP.xlsx", [("Consultations", [], [["Date", "Clinician", "Consultation notes"]], [
    ([D(2024, 4, 15), "Dr Shah", "LD annual health check: weight down 6kg since last year. Bruise left eye "
      "healing, says he walked into a door."], "A1", "2024-04-15"),
    ([D(2024, 5, 30), "Dr Shah", "ED discharge letter: scalp laceration glued, head injury after assault at home "
      "28/05, CT normal."], "E5", "2024-05-30"),
])])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Incident date", "Time of call", "Chief complaint",
                                                       "Narrative"]], [
    ([D(2024, 5, 28), "01:52", "Assault", "Pt 34M assaulted in own flat, 4cm scalp lac, GCS 15. Police on scene. "
      "Conveyed to Westshire General ED."], "E5", "2024-05-28"),
])])

R.csv("Housing Association.csv", [], ["Date reported", "Job type", "Notes"], [
    (["23/04/2024", "ASB", "Neighbour at no. 12 complains of visitors to no. 14 through the night and a smell of "
      "cannabis."], "A2", "2024-04-23"),
    (["02/05/2024", "Safeguarding", "Housing officer at the adult safeguarding meeting for the tenant of no. 14: "
      "will consider a closure order."], "E3", "2024-05-02"),
    (["29/05/2024", "Emergency repair", "Front door of no. 14 boarded after it was forced; new lock fitted."],
     "A3", "2024-05-29"),
])

R.docx_table("Brookside Day Centre.docx", "Brookside Day Centre - chronology for Martin",
             ["Date", "Staff", "Observation"], [
    (["08/04/2024", "KW Lena", "Martin came in with a black eye and said he fell over at home. He told me his new "
      "friends stay over. Raised a safeguarding concern with adult social care."], "E1", "2024-04-08"),
    (["20/05/2024", "KW Lena", "Martin hungry, asked for extra lunch. Says his money has gone."], "A4",
     "2024-05-20"),
    (["04/06/2024", "KW Lena", "SW rang: Martin moved into respite at Oak House yesterday, transport arranged from "
      "there."], "E6", "2024-06-04"),
])
R.done()
