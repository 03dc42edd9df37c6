"""A held-out review (see ../README.md): python r301.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Safeguarding adults review: Mr Lee Barton (44), sleeping rough, using heroin and crack, who died in
# his tent. Vocabulary: "bedded down", "CHAIN", "LWBS" (left without being seen), "naloxone", "relief
# duty", "s184", "No Second Night Out", "rough sleeper panel", "SWEP" (severe weather emergency
# protocol), "OST" (opiate substitution treatment), "self-discharged". Layouts: the street outreach
# team's CHAIN export (a CSV, "Contact Date" and "Contact Type", the outcome in a column of its own);
# the hospital's sheet with the date and a time as text "14:35:00" apart; housing options' workbook of
# two sheets, "Case notes" and "Decisions"; the police's OpenDocument sheet; the drug service's Word
# table with dates "12.01.24"; the ambulance service.

R.csv("Street Outreach CHAIN export.csv", [], ["Contact Date", "Contact Type", "Outcome", "Notes"], [
    (["04/01/2024", "Street shift", "Bedded down – seen", "Lee in doorway of Boots, Market St. Using, thin. "
      "Offered NSNO, declined."], None, "2024-01-04"),
    (["09/01/2024", "Street shift", "Bedded down – seen", "Lee said the ambulance took him in last night after "
      "he collapsed but he walked out of A&E before being seen."], "E1", "2024-01-09"),
    (["15/01/2024", "Appointment", "Attended", "Accompanied Lee to housing options for his homeless "
      "application. Relief duty accepted, no offer yet."], "E2", "2024-01-15"),
    (["02/02/2024", "Street shift", "Overdose", "Found Lee unresponsive in tent behind the library, "
      "2x naloxone given by outreach worker, 999 called. He came round and refused to go with the crew."],
     "E3", "2024-02-02"),
    (["12/02/2024", "Meeting", "Panel", "Rough sleeper panel: Lee discussed (outreach, housing, drug service). "
      "SWEP bed offered; self-neglect referral to ASC agreed."], "E5", "2024-02-12"),
    (["05/03/2024", "Notification", "Deceased", "Police told us Lee was found dead in his tent yesterday "
      "morning."], "E6", "2024-03-05"),
])

R.xlsx("St Luke's Hospital.xlsx", [("Attendances", [], [["Attendance date", "Time", "Complaint", "Discharge",
                                                          "Comments"]], [
    ([D(2024, 1, 8), "23:41:00", "Collapse", "LWBS", "Brought by ambulance, found collapsed on Market St, "
      "?intoxicated. Left before being seen 00:30."], "E1", "2024-01-08"),
    ([D(2024, 2, 20), "02:15:00", "Assault", "Self-discharged", "Head laceration after assault in a doorway, "
      "police present. Sutured. Self-discharged before CT against advice."], "E4", "2024-02-20"),
])])

housing_notes = [
    ([D(2024, 1, 15), "Homeless application taken, accompanied by outreach worker. Rough sleeping 8 months. "
      "Relief duty owed; s184 enquiries opened."], "E2", "2024-01-15"),
    ([D(2024, 2, 12), "Attended rough sleeper panel for Lee. No supported housing vacancy; SWEP bed offered."],
     "E5", "2024-02-12"),
]
R.xlsx("Housing Options.xlsx", [
    ("Case notes", [], [["Date", "Note"]], housing_notes),
    ("Decisions", [], [["Decision date", "Decision", "Officer"]], [
        ([D(2024, 1, 15), "Relief duty accepted (s189B)", "HO Patel"], "E2", "2024-01-15"),
    ]),
])

R.ods("Police.ods", "Incidents", ["Reported", "Incident type", "Details"], [
    (["20/02/2024 01:50", "Assault – ABH", "Male rough sleeper assaulted by unknown male in doorway of Market St, "
      "head injury, conveyed to St Luke's. No complaint made."], "E4", "2024-02-20"),
    (["04/03/2024 08:10", "Sudden death", "Lee BARTON found deceased in tent behind library by member of public. "
      "Not suspicious; drug paraphernalia. Coroner informed."], "E6", "2024-03-04"),
])

R.docx_table("Drug and Alcohol Service.docx", "Turning Point – chronology for SAR (L Barton)",
             ["Date", "Worker", "Note"], [
    (["12.01.24", "RM", "Re-engaged: OST script restarted, methadone 40 ml daily supervised."], None, "2024-01-12"),
    (["05.02.24", "RM", "Outreach told us Lee overdosed on Friday in his tent, naloxone given. Naloxone kit "
      "issued to him."], "E3", "2024-02-05"),
    (["12.02.24", "RM", "Rough sleeper panel attended. Script at risk, missed pick-ups."], "E5", "2024-02-12"),
    (["04.03.24", "Manager", "Informed by police of Lee's death today."], "E6", "2024-03-04"),
])

R.xlsx("Ambulance.xlsx", [("Incidents", [], [["Incident Date", "Time of Call", "Outcome", "Notes"]], [
    ([D(2024, 1, 8), "23:02", "Conveyed", "Male found collapsed on Market St by passer-by, GCS 13, smelt of "
      "alcohol. Conveyed to St Luke's."], "E1", "2024-01-08"),
    ([D(2024, 2, 2), "16:48", "Non-conveyance", "Suspected opiate overdose in tent, naloxone given by outreach "
      "before arrival. Alert, refused conveyance, capacity assessed."], "E3", "2024-02-02"),
    ([D(2024, 3, 4), "08:05", "ROLE", "Male in tent, cold, rigor. ROLE, police on scene."], "E6", "2024-03-04"),
])])
R.done()
