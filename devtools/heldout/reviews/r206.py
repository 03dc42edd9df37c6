"""A held-out review (see ../README.md): python r206.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A safeguarding adults review: Dean (44), rough sleeping, died in a tent. Layouts: a street outreach
# CSV with ISO date-times and seconds; a hostel log by shift (Early/Late/Night); A&E with arrival and
# departure date-times; a drug service's appointments (Attended Y/N/DNA); a police occurrence export.
R.csv("Street Outreach.csv", [], ["Date/Time of contact", "Location", "Worker", "Outcome"], [
    (["2023-02-03 07:15:00", "Doorway, Market St", "KB", "Found D collapsed in doorway, very cold, smelling of "
      "alcohol. 999 called, stayed until ambulance arrived."], "E1", "2023-02-03"),
    (["2023-02-08 22:30:00", "Bus station", "KB/TL", "D bedded down. Offered hostel bed, accepted. Booking made "
      "for Riverside."], None, "2023-02-08"),
    (["2023-02-10 09:00:00", "Office", "KB", "Took D to Riverside Hostel, booked in."], "E2", "2023-02-10"),
    (["2023-03-03 06:50:00", "Canal towpath", "TL", "D found rough sleeping again. Said he was kicked out of "
      "Riverside yesterday after a fight."], "E5", "2023-03-03"),
    (["2023-03-21 10:00:00", "Office", "KB", "Hospital rang: D admitted after overdose yesterday, in AMU."], "E7",
     "2023-03-21"),
    (["2023-04-02 15:20:00", "Phone", "KB", "Police informed us D was found dead in his tent by the canal this "
      "morning."], "E9", "2023-04-02"),
])
R.xlsx("Riverside Hostel.xlsx", [("Log", [["Riverside Hostel - resident log: Dean"]],
                                  [["Date", "Shift", "Staff", "Log entry"]], [
    ([D(2023, 2, 10), "Early", "AM", "New resident D arrived with outreach worker. Induction done, room 12."], "E2",
     "2023-02-10"),
    ([D(2023, 2, 14), "Late", "RS", "D intoxicated on return, guest policy reminded."], None, "2023-02-14"),
    ([D(2023, 2, 17), "Early", "AM", "Escorted D to his CGL appointment, he went in."], "E3", "2023-02-17"),
    ([D(2023, 3, 1), "Night", "PJ", "23:40 D aggressive in reception, punched night worker in the face. Police "
      "called, D arrested."], "E4", "2023-03-01"),
    ([D(2023, 3, 2), "Early", "Manager", "D's licence ended following last night's assault on staff. Belongings "
      "bagged for collection."], "E5", "2023-03-02"),
])])
R.xlsx("ED attendances.xlsx", [("Attendances", [], [["Arrival", "Departure", "Presenting complaint", "Diagnosis",
                                                     "Discharge destination"]], [
    ([D(2023, 2, 3, 7, 52), D(2023, 2, 3, 13, 10), "Collapse ? cause, found outdoors", "Hypothermia, alcohol "
      "intoxication", "Home (NFA) - given outreach leaflet"], "E1", "2023-02-03"),
    ([D(2023, 3, 20, 1, 5), D(2023, 3, 20, 4, 30), "Unresponsive, ? opiate OD, naloxone x2 by police at scene",
      "Opiate overdose", "Admitted AMU"], "E7", "2023-03-20"),
    ([D(2023, 3, 24, 11, 0), D(2023, 3, 24, 11, 45), "Self-discharge from AMU against advice", "-",
      "Self discharged"], "E8", "2023-03-24"),
])])
R.xlsx("CGL drug service.xlsx", [("Appointments", [], [["Appt date", "Appt type", "Attended", "Notes"]], [
    (["Fri 17/02/23", "Assessment", "Y", "Comprehensive assessment. Heroin and alcohol. Wants script. Hostel "
      "worker came with him."], "E3", "2023-02-17"),
    (["Thu 02/03/23", "Keywork", "DNA", "Did not attend."], None, "2023-03-02"),
    (["Thu 09/03/23", "Prescriber", "DNA", "Did not attend. Tried phone, no answer."], None, "2023-03-09"),
    (["Fri 24/03/23", "Hospital liaison", "N/A", "Hospital liaison: D self discharged from AMU this morning, NFA. "
      "Naloxone kit to be given."], "E8", "2023-03-24"),
    (["Tue 04/04/23", "Admin", "N/A", "Notified of D's death on 02/04 by outreach. Case closed."], "E9",
     "2023-04-04"),
])])
R.xlsx("Police.xlsx", [("Occurrences", [], [["Occurrence date", "Ref", "Type", "Summary"]], [
    (["01/03/2023 23:45", "OCC/0301/118", "Assault ABH", "Call from Riverside Hostel: resident assaulted staff "
      "member. Suspect Dean arrested at scene."], "E4", "2023-03-01"),
    (["02/03/2023 14:00", "OCC/0301/118", "Update", "Suspect interviewed, released under investigation."], None,
     "2023-03-02"),
    (["20/03/2023 00:40", "OCC/0320/007", "Concern for welfare", "Patrol found male unresponsive in park, "
      "naloxone administered, ambulance attended and conveyed."], "E7", "2023-03-20"),
    (["02/04/2023 08:10", "OCC/0402/031", "Sudden death", "Male found deceased in tent by canal, identified as "
      "Dean. Not suspicious at this time. Outreach informed."], "E9", "2023-04-02"),
])])
R.done()
