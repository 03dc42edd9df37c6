"""A held-out review (see ../README.md): python r187.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A domestic homicide review: the victim's and the perpetrator's agencies.
R.xlsx("Police DHR return.xlsx", [("Occurrences", [["DOMESTIC HOMICIDE REVIEW - 'SARAH'"], []],
    [["Occurrence No", "Date/Time Reported", "Summary"]], [
    (["21/0412/3", D(2021, 4, 12, 22, 13), "Domestic - verbal argument at home address, Sarah reports Mark threw a mug. "
      "DASH: medium. No offences disclosed."], "E1", "2021-04-12"),
    (["21/0603/1", D(2021, 6, 3, 1, 40), "Domestic assault: Sarah states Mark strangled her. Mark arrested for ABH/NFS. "
      "DASH high, referred to MARAC."], "E2", "2021-06-03"),
    (["MARAC", D(2021, 6, 17, 10, 0), "MARAC - case heard. Actions: flag address, IDVA to contact."], "E3", "2021-06-17"),
    (["21/0820/7", D(2021, 8, 20, 19, 5), "Mark found at Sarah's address in breach of bail conditions, arrested. Charged "
      "with ABH."], "E4", "2021-08-20"),
    (["21/1114/2", D(2021, 11, 14, 3, 22), "Call from neighbour reporting screaming. Officers attended, Sarah found "
      "deceased. Mark arrested for murder."], "E5", "2021-11-14"),
])])
R.csv("IDVA service.csv", [], ["Date", "Contact", "Notes"], [
    (["04/06/2021", "Referral", "Referral received from police (high risk DASH) following incident on 03/06."], "E2",
     "2021-06-04"),
    (["07/06/2021", "Phone", "Phone call with Sarah. Safety planning. Declined refuge."], None, "2021-06-07"),
    (["17/06/2021", "MARAC", "IDVA presented case at MARAC."], "E3", "2021-06-17"),
    (["21/08/2021", "Phone", "Police informed IDVA that Mark was arrested yesterday for breach of bail."], "E4",
     "2021-08-21"),
    (["15/11/2021", "Email", "Informed by police of Sarah's death."], "E5", "2021-11-15"),
])
R.xlsx("GP - Sarah.xlsx", [("GP", [], [["Date", "Type", "Entry"]], [
    ([D(2021, 4, 22), "Face to face", "Low mood, poor sleep. Asked about relationships - says 'fine'. Started sertraline."],
     None, "2021-04-22"),
    ([D(2021, 6, 5), "Face to face", "Bruising to neck, says partner grabbed her 2 days ago. Has reported to police. "
      "Advised re support."], "E2", "2021-06-05"),
    ([D(2021, 6, 18), "Admin", "MARAC notification received - high risk DA. Alert added."], "E3", "2021-06-18"),
    ([D(2021, 11, 16), "Admin", "Notified patient deceased."], "E5", "2021-11-16"),
])])
R.xlsx("Mental health trust - Mark.xlsx", [("Contacts", [], [["Date of Contact", "Clinician", "Contact Notes"]], [
    ([D(2021, 5, 10), "CPN", "Assessment: anger, alcohol use 40 units/week. Referred to alcohol service."], None,
     "2021-05-10"),
    ([D(2021, 7, 15), "CPN", "Mark did not attend appointment."], None, "2021-07-15"),
    ([D(2021, 8, 23), "CPN", "Mark says he was arrested on Friday for seeing his partner, 'stitched up'."], "E4",
     "2021-08-23"),
])])
R.csv("Housing.csv", [], ["Date", "Officer", "Note"], [
    (["10/06/2021", "HO Patel", "Sarah applied as homeless fleeing DA, offered temporary accommodation - declined."],
     None, "2021-06-10"),
    (["18/06/2021", "HO Patel", "MARAC action: flag added to address."], "E3", "2021-06-18"),
])
R.done()
