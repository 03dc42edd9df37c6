"""A held-out review (see ../README.md): python r343.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Domestic abuse: Kayleigh (31) assaulted by her partner Dean in front of her son Mason (4). Vocabulary:
# "DASH", "PPN", "MARAC", "IDVA", "ABH", "breach of bail", "C&F assessment". Layouts: an ambulance
# service's CAD export (CSV, two title lines, "14-Mar-2024" with the time in its own column); the
# emergency department's attendances, arrival as text "14/03/2024 03:05"; the IDVA's notes as Word
# paragraphs, each opening "15 March 2024 –"; a MARAC's minutes with one row per case; a nursery's
# log with dates typed "02.02.24".

R.csv("NWAS CAD export.csv", [["North West Ambulance Service - CAD incidents"], ["Patient: Kayleigh [surname redacted]"]],
      ["Incident Date", "Call Received", "Chief Complaint", "Clinical Notes", "Outcome"], [
    (["14-Mar-2024", "02:17", "Assault", "F31 assaulted by partner, facial swelling, ?# nose. Police on scene. "
      "Child asleep upstairs.", "Conveyed to ED"], "E2", "2024-03-14"),
])

R.xlsx("ED attendances.xlsx", [("ED", [], [["Arrival", "Presenting complaint", "Triage", "Disposal"]], [
    (["14/03/2024 03:05", "Assault by partner. Facial injuries, nasal bone fracture on x-ray. Safeguarding "
      "questions asked: 1 child at home (4).", "Cat 3", "Discharged, DA leaflet, referral to IDVA service"],
     "E2", "2024-03-14"),
])])

R.xlsx("Police - Niche.xlsx", [("Occurrences", [], [["Occurrence date", "OEL ref", "Summary"]], [
    ([D(2024, 3, 14), "OEL/24/1187", "DA: Kayleigh assaulted by partner Dean at home, child Mason (4) present in "
      "the house. Dean arrested for ABH. DASH completed - HIGH. PPN submitted to MASH. Referred to MARAC."],
     "E2", "2024-03-14"),
    ([D(2024, 3, 28), "OEL/24/1187", "MARAC: DS Webb attended. Actions: marker on address, bail conditions "
      "checked."], "E5", "2024-03-28"),
    ([D(2024, 4, 9), "OEL/24/1402", "Neighbour called 999: Dean at the address in breach of bail. Arrested. "
      "Kayleigh no new injuries."], "E6", "2024-04-09"),
])])

R.docx_paragraphs("IDVA service notes.docx", "Independent Domestic Violence Advocacy - case notes (Kayleigh)", [
    ("15 March 2024 – Telephone contact with Kayleigh following ED referral. Safety planning; she wants "
     "Dean to stay away. Explained MARAC.", "E4", "2024-03-15"),
    ("28 March 2024 – Attended MARAC. Kayleigh's views shared. Actions: sanctuary scheme referral.", "E5",
     "2024-03-28"),
    ("11 April 2024 – Kayleigh rang: Dean came to the house on 9th, police arrested him. She is frightened "
     "he will be released.", "E6", "2024-04-11"),
])

R.xlsx("MARAC minutes.xlsx", [("March 2024", [["MARAC - 28/03/2024"]], [["Case ref", "Date", "Agencies present",
                                                                        "Actions agreed"]], [
    (["M24-031", "28/03/2024", "Police, IDVA, CSC, Health, Housing", "Kayleigh and Mason: high risk DA. "
      "Sanctuary scheme; CSC to complete C&F assessment; flag on GP record."], "E5", "2024-03-28"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Activity", "Notes"]], [
    ([D(2024, 3, 15), "PPN", "PPN from police re DA incident 14/03 (Dean arrested for ABH), Mason present. "
      "Child and family assessment to start."], "E2", "2024-03-15"),
    ([D(2024, 3, 28), "MARAC", "SW attended MARAC: CSC to complete the C&F assessment."], "E5", "2024-03-28"),
    ([D(2024, 4, 10), "Contact", "Referral from Little Acorns nursery: Mason said 'daddy hurt mummy again'."],
     "E7", "2024-04-10"),
    ([D(2024, 4, 12), "Home visit", "Home visit: Kayleigh and Mason seen. Dean remanded. Mason's room seen."],
     "E8", "2024-04-12"),
    ([D(2024, 4, 22), "Assessment", "C&F assessment completed: Child in Need plan."], "E9", "2024-04-22"),
])])

R.xlsx("Little Acorns nursery.xlsx", [("Concerns", [["Little Acorns Day Nursery - welfare concerns"]],
                                       [["Date", "Staff", "Observed", "Action"]], [
    (["02.02.24", "Key worker", "Mason came in with a bruise on his left cheek. Mum said he fell off the sofa.",
      "Body map. Logged."], "E1", "2024-02-02"),
    (["10.04.24", "Manager", "Mason said 'daddy hurt mummy again' while playing with the dolls' house.",
      "Phoned MASH and made a referral."], "E7", "2024-04-10"),
])])
R.done()
