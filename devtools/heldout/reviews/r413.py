"""A held-out review (see ../README.md): python r413.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Amira (34) is killed by her ex-partner Lee, on licence from prison. Vocabulary:
# "DASH", "MARAC", "IDVA", "nDelius", "licence", "recall", "RiO", "FTA" (failed to attend), "non-mol"
# (non-molestation order), "DVPN". Layouts: probation's nDelius contacts with 'Contact Type' and
# 'Outcome'; the mental health trust's RiO notes, one note over several rows under its date; the IDVA
# service's CSV with semicolons and pandas's date-times ('2024-03-12 00:00:00'); the police's occurrences
# with a 'DASH risk' column; the ED's Word table; the GP's.

R.xlsx("Probation - nDelius contacts.xlsx", [("Contacts", [], [["Contact Date", "Contact Type", "Outcome",
                                                                 "Officer", "Notes"]], [
    ([D(2024, 2, 6), "Office appointment", "Attended - complied", "PO Grant", "Lee says he has no contact with "
      "Amira. Licence conditions reread: no contact, exclusion zone."], "A1", "2024-02-06"),
    ([D(2024, 2, 20), "Office appointment", "Failed to attend", "PO Grant", "FTA. Warning letter issued."], "A2",
     "2024-02-20"),
    ([D(2024, 3, 5), "Police information", "Information received", "PO Grant", "Police: Lee arrested yesterday "
      "after attending Amira's address in breach of the non-mol. Recall being considered."], "E1", "2024-03-05"),
    ([D(2024, 3, 14), "MARAC", "Attended", "PO Grant", "Amira heard at MARAC. Recall request submitted to PPCS "
      "the same day."], "E3", "2024-03-14"),
])])

R.xlsx("Mental Health Trust - RiO.xlsx", [("Progress notes", [], [["Event Date", "Event Type", "Staff",
                                                                   "Clinical Note"]], [
    ([D(2024, 2, 12), "Outpatient", "Dr Iqbal", "Amira seen in clinic for low mood and anxiety."], "A3",
     "2024-02-12"),
    ([None, None, None, "Discloses that her ex-partner is out of prison and has been seen outside her flat."],
     None, None),
    ([None, None, None, "Plan: sertraline 50mg; DASH completed - high risk; referral to IDVA service."], None,
     None),
    ([D(2024, 3, 14), "MARAC", "Safeguarding lead", "MARAC attended for Amira. Actions: flag on RiO, CMHT to "
      "share crisis plan with IDVA."], "E3", "2024-03-14"),
    ([D(2024, 3, 29), "Telephone", "CPN Ross", "Amira did not answer for her planned call. Voicemail left."],
     "A4", "2024-03-29"),
])])

R.csv("IDVA Service.csv", [], ["Date", "Contact method", "Summary"], [
    (["2024-02-13 00:00:00", "Referral", "Referral from the CMHT (Dr Iqbal): high risk DASH, ex-partner on "
      "licence."], "A3", "2024-02-13"),
    (["2024-02-15 00:00:00", "Phone", "Spoke to Amira: safety plan, target hardening requested, non-mol "
      "discussed."], "A5", "2024-02-15"),
    (["2024-03-14 00:00:00", "MARAC", "Case heard at MARAC; IDVA presented. Sanctuary scheme and police "
      "markers agreed."], "E3", "2024-03-14"),
    (["2024-04-02 00:00:00", "Notification", "Informed by police that Amira was killed on 31/03. Case closed."],
     "E4", "2024-04-02"),
], delimiter=";")

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Time", "Reference", "Type", "DASH risk", "Details"]], [
    ([D(2024, 3, 4), "22:15", "OC-24-5531", "Domestic - breach", "High", "999 from Amira: Lee banging on her door. "
      "Lee arrested nearby for breach of non-molestation order. Charged, bailed to court."], "E1", "2024-03-04"),
    ([D(2024, 3, 14), "10:00", "OC-24-5531", "MARAC", "High", "MARAC: DV officer presented. Markers on the "
      "address."], "E3", "2024-03-14"),
    ([D(2024, 3, 31), "03:40", "OC-24-6902", "Homicide", "", "Neighbours reported screaming. Officers forced "
      "entry; female found with stab wounds, pronounced dead. Ex-partner arrested at the scene."], "E4",
     "2024-03-31"),
])])

R.docx_table("Emergency Department.docx", "City Hospital ED \u2013 attendances for Amira", ["Date", "Time",
                                                                                            "Attendance"], [
    (["05/03/2024", "01:10", "Self-presented with bruised wrist after ex-partner grabbed her at the door this "
      "evening. X-ray NAD. Police already aware. DA leaflet."], "E2", "2024-03-05"),
])

R.xlsx("GP Practice.xlsx", [("Journal", [], [["Date", "Read code", "Entry"]], [
    ([D(2024, 1, 29), "Depressed mood", "Amira: low mood, poor sleep, says 'worried about someone coming "
      "back'. Referred to the CMHT."], "A6", "2024-01-29"),
    ([D(2024, 3, 7), "Letter", "ED letter: attended 05/03 with a bruised wrist after an assault by her "
      "ex-partner."], "E2", "2024-03-07"),
    ([D(2024, 4, 3), "Death", "Coroner's office: patient died 31/03/2024."], "E4", "2024-04-03"),
])])
R.done()
