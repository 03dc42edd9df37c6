"""A held-out review (see ../README.md): python r560.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Ella Sharma (14), bullied online, who took an overdose. Each agency tells
# the same event in its own words: 'a video of her posted on Snapchat by Year 10 girls', 'malicious
# communications'; the overdose as 'Paracetamol overdose, approx 20 tablets', 'admitted after an overdose of
# paracetamol', 'Mum told us Ella took an overdose on Monday'; the police's word with the girls as 'spoken to in
# school by the school's PCSO' and 'PCSO visited: the two Year 10 girls spoken to'.
# Layouts: the school's CPOMS export 'Student | Incident | Categories | Date/Time | Action taken | Assigned to';
# CAMHS's 'Episode | Contact date | Clinician | Contact outcome | Notes'; the GP's dates typed '20-Nov-2023';
# the hospital's sheet; the police's Word table 'Date/Time | Officer | Details'; social care's two sheets.

R.csv("Oakwood School CPOMS.csv", [], ["Student", "Incident", "Categories", "Date/Time", "Action taken",
                                        "Assigned to"], [
    (["Ella Sharma", "Ella reported a video of her being posted on Snapchat by Year 10 girls; upset in tutor time.",
      "Bullying, Online safety", "07/11/2023 12:45", "Parents informed; perpetrators sanctioned.", "DSL"], "E1",
     "2023-11-07"),
    (["Ella Sharma", "Attendance officer home visit: Ella not in school since 20/11, anxious about the girls.",
      "Attendance", "04/12/2023 10:30", "Part-time timetable offered.", "Attendance"], "S1", "2023-12-04"),
    (["Ella Sharma", "Mum told us Ella took an overdose on Monday and was in hospital.", "Self-harm",
      "17/01/2024 08:50", "Safety plan meeting booked.", "DSL"], "E4", "2024-01-17"),
    (["Ella Sharma", "PCSO visited: the two Year 10 girls spoken to about the messages.", "Bullying",
      "25/01/2024 13:10", "Restorative meeting offered.", "DSL"], "E6", "2024-01-25"),
])

R.xlsx("CAMHS.xlsx", [("Contacts", [], [["Episode", "Contact date", "Clinician", "Contact outcome", "Notes"]], [
    (["EP-2231", D(2023, 11, 22), "Triage", "Referral accepted", "Referral from GP: low mood linked to bullying; "
      "triaged routine."], "E2", "2023-11-22"),
    (["EP-2231", D(2024, 1, 16), "Liaison", "Assessed", "Paediatric liaison: assessment on the ward after "
      "overdose; no ongoing intent, safety plan."], "E5", "2024-01-16"),
    (["EP-2231", D(2024, 2, 5), "Dr Okafor", "Attended", "Choice appointment: CBT offered, Ella keen."], "S2",
     "2024-02-05"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Summary"]], [
    (["20-Nov-2023", "Low mood, not sleeping, being bullied at school. Refer to CAMHS."], "E2", "2023-11-20"),
])])

R.xlsx("Hospital.xlsx", [("Chronology", [], [["Date", "Ward", "Note"]], [
    ([D(2024, 1, 15), "ED", "Paracetamol overdose, approx 20 tablets, intentional after online messages. Parvolex "
      "started; admitted to the paediatric ward."], "E4", "2024-01-15"),
    ([D(2024, 1, 16), "Ward 7", "Seen by CAMHS liaison on the ward; medically fit, discharged with a safety plan."],
     "E5", "2024-01-16"),
])])

R.docx_table("Police.docx", "Police - occurrences (Ella Sharma)", ["Date/Time", "Officer", "Details"], [
    (["07/11/2023 19:20", "PC 2231", "Mother reports a video of her daughter posted on Snapchat by pupils; "
      "malicious communications. School liaison officer informed."], "E1", "2023-11-07"),
    (["25/01/2024 14:00", "PCSO 7781", "Two pupils spoken to in school by the school's PCSO about the Snapchat "
      "messages; community resolution."], "E6", "2024-01-25"),
])

R.xlsx("Childrens Social Care.xlsx", [
    ("Contacts", [], [["Date", "Source", "Contact"]], [
        ([D(2024, 1, 16), "Hospital", "Hospital referral: 14-year-old admitted after an overdose of paracetamol; "
          "bullying at school."], "E4", "2024-01-16"),
    ]),
    ("Assessment", [], [["Date", "Worker", "Note"]], [
        ([D(2024, 1, 19), "SW Grant", "Single assessment started: home visit, Ella and mum seen."], "S3",
         "2024-01-19"),
    ]),
])
R.done()
