"""A held-out review (see ../README.md): python r403.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Lee (35), released from prison with nowhere to live, dies of an opioid
# overdose four days later. Vocabulary: "NFA" (no fixed abode), "duty to refer", "bridging script",
# "naloxone", "licence", "AP" (approved premises), "DNA", "ROSC", "Buvidal". Layouts: the prison's
# healthcare export with date-times '04-Mar-2024 09:15'; probation's case notes; the council's housing
# options with 'Date of approach'; the drug service's appointments with 'Attended (Y/N)'; the police's;
# the ambulance's.

R.csv("HMP healthcare.csv", [], ["Date/Time", "Clinician", "Note"], [
    (["26-Feb-2024 10:30", "Nurse Hart", "Pre-release: methadone 60 ml; naloxone kit and training given; "
      "bridging prescription sent to the community drug service."], "A1", "2024-02-26"),
    (["04-Mar-2024 07:45", "Nurse Hart", "Released today. Last methadone dose given 07:30."], "A7", "2024-03-04"),
])

R.xlsx("Probation.xlsx", [("Contacts", [], [["Contact date", "Type", "Notes"]], [
    ([D(2024, 2, 20), "Duty to refer", "Duty to refer sent to the council: Lee NFA on release 04/03."], "E0",
     "2024-02-20"),
    ([D(2024, 3, 4), "Office", "Lee reported on release as told. No AP bed; sent to housing options."], "A5",
     "2024-03-04"),
    ([D(2024, 3, 6), "Phone", "Lee missed his appointment; rang, no answer. Warning letter."], "A2", "2024-03-06"),
    ([D(2024, 3, 8), "Information", "Police told us Lee was found dead this morning."], "E4", "2024-03-08"),
])])

R.xlsx("Housing options.xlsx", [("Approaches", [], [["Date of approach", "Officer", "Outcome"]], [
    ([D(2024, 2, 21), "HO Reeves", "Duty to refer from probation received; prison release 04/03."], "E0",
      "2024-02-21"),
    ([D(2024, 3, 4), "HO Reeves", "Lee came in after seeing probation: no priority need; given a list of "
      "hostels and a night shelter."], "A6", "2024-03-04"),
])])

R.xlsx("Drug and alcohol service.xlsx", [("Appointments", [], [["Appointment date", "Attended (Y/N)",
                                                                "Worker", "Notes"]], [
    ([D(2024, 3, 5), "N", "Recovery worker Sam", "DNA for the bridging script appointment. Rang probation and "
      "the shelter; no contact."], "A3", "2024-03-05"),
    ([D(2024, 3, 7), "Y", "Nurse Ali", "Seen at the drop-in: script restarted at 30 ml, naloxone checked. Said "
      "he had used heroin since release."], "A4", "2024-03-07"),
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Incident"]], [
    ([D(2024, 3, 8), "06:50", "Sudden death: male found in a tent by the canal; drug paraphernalia. Not "
      "suspicious. Coroner informed."], "E4", "2024-03-08"),
])])

R.xlsx("Ambulance.xlsx", [("Incidents", [], [["Date", "Time", "Call type", "Narrative"]], [
    ([D(2024, 3, 8), "06:31", "Cardiac arrest", "35M in a tent by the canal, cold and stiff; recognition of life "
      "extinct. Police on scene."], "E4", "2024-03-08"),
])])
R.done()
