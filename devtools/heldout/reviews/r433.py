"""A held-out review (see ../README.md): python r433.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Zac (14), drawn into extreme right-wing material online, brings a knife to
# school. Vocabulary: "Prevent", "Channel panel", "VAF" (vulnerability assessment framework), "CTP" (counter
# terrorism policing), "XRW", "FTE" (fixed term exclusion, now suspension), "ASD". Layouts: the school's export
# from an American-made safeguarding system, its date-times month-first ('3/14/2024 2:30 PM'); counter terrorism
# policing's Prevent case log; the local authority's Channel panel minutes log; CAMHS's; children's social care's.

R.csv("Northgate School - safeguarding export.csv", [], ["Reported", "Student", "Category", "Description",
                                                          "Action Taken"], [
    (["3/14/2024 2:30 PM", "Zac M", "Radicalisation", "Zac drew swastikas in his exercise book and showed friends "
      "a video praising a mass shooter.", "DSL made a Prevent referral to the police by email 3:15 PM. Parents "
      "informed."], "E1", "2024-03-14"),
    (["3/28/2024 10:00 AM", "Zac M", "Radicalisation", "DSL attended the Channel panel.", "School to run weekly "
      "mentoring."], "E2", "2024-03-28"),
    (["5/2/2024 11:45 AM", "Zac M", "Weapons", "Kitchen knife found in Zac's bag after a student told a teacher. "
      "He said it was 'for protection'.", "Police called (999). Suspended for 5 days. CSC informed."], "E3",
     "2024-05-02"),
])

R.xlsx("Counter Terrorism Policing - Prevent.xlsx", [("Case log", [], [["Date", "Officer", "Entry"]], [
    ([D(2024, 3, 14), "PEO Hunt", "Prevent referral received from Northgate School: XRW material, 14 years. "
      "Gateway assessment started."], "E1", "2024-03-14"),
    ([D(2024, 3, 28), "PEO Hunt", "Presented to Channel panel; case adopted. VAF completed."], "E2", "2024-03-28"),
    ([D(2024, 4, 3), "PEO Hunt", "Home visit with parents and Zac. Parental controls advice."], "A1", "2024-04-03"),
    ([D(2024, 5, 9), "PEO Hunt", "Channel review after the knife incident: remain in Channel."], "E4", "2024-05-09"),
])])

R.xlsx("Channel Panel.xlsx", [("Meetings", [], [["Meeting date", "Attendees", "Decision"]], [
    ([D(2024, 3, 28), "Chair (LA), CTP, Northgate School, CAMHS", "Case adopted. Intervention provider to be "
      "commissioned; CAMHS assessment to be expedited."], "E2", "2024-03-28"),
    ([D(2024, 5, 9), "Chair (LA), CTP, Northgate School, CAMHS, CSC", "Knife in school on 02/05 reviewed. Stays "
      "in Channel; referral to CSC for early help."], "E4", "2024-05-09"),
])])

R.xlsx("CAMHS.xlsx", [("Notes", [], [["Date", "Type", "Clinician", "Note"]], [
    ([D(2024, 3, 28), "Meeting", "Dr Yeo", "Channel panel attended. Referral accepted for an ASD assessment."],
     "E2", "2024-03-28"),
    ([D(2024, 4, 10), "Appointment", "Dr Yeo", "Initial assessment with mum. Social communication difficulties, "
      "isolated, online all night."], "A2", "2024-04-10"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 5, 2), "Contact", "Northgate School: Zac brought a kitchen knife into school today; police "
      "attended. Known to Prevent."], "E3", "2024-05-02"),
    ([D(2024, 5, 10), "Contact", "Channel panel referral for early help. Passed to the Early Help hub."], "E4",
     "2024-05-10"),
])])
R.done()
