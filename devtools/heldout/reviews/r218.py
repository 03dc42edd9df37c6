"""A held-out review (see ../README.md): python r218.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Ellie (16), two detentions under section 136 of the Mental Health Act; the second ends in an
# admission under section 2. Wording: "s136 MHA", "place of safety", "HBPoS", "MHA assessment",
# "s12 doctor", "not detainable", "HTT"; the school writes "at the weekend". Layouts: an AMHP
# service's log (Date of referral, Referred by, Location, Outcome of assessment); the school as Word
# paragraphs starting "3rd March 2023 –"; CAMHS crisis with a contact type column.
R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Log number", "Incident summary"]], [
    (["02/03/2023", "21:40", "LOG 1122", "Call from friend: Ellie (16) on Castle Bridge sending goodbye messages. "
      "Officers attended, Ellie detained under s136 MHA and taken to NGH ED as place of safety."], "E1",
     "2023-03-02"),
    (["25/03/2023", "02:10", "LOG 0087", "Ellie found on railway embankment near Station Rd. s136 detention, "
      "conveyed to the Oaks HBPoS. MHA assessment arranged."], "E5", "2023-03-25"),
])])
R.xlsx("NGH Emergency Department.xlsx", [("ED", [], [["Arrival date", "Arrival time", "Triage", "Notes"]], [
    ([D(2023, 3, 2), "22:25", "Mental health", "16F brought by police on s136. Superficial lacerations L wrist, "
      "cleaned. Awaiting MHA assessment; CAMHS crisis informed."], "E1", "2023-03-02"),
    ([D(2023, 3, 17), "15:00", "Minor injury", "Sprained ankle at netball."], None, "2023-03-17"),
])])
R.xlsx("AMHP Service.xlsx", [("AMHP log", [], [["Date of referral", "Referred by", "Location",
                                                "Outcome of assessment"]], [
    # (E1b first written E1, the detention's: but the assessment after a detention is an event of its own,
    # as the earlier r193's truth reads it, written independently; mended to agree with it)
    ([D(2023, 3, 3), "Police s136", "NGH ED", "MHA assessment with Dr Rao (s12) and CAMHS: not detained, home "
      "with mum and crisis plan."], "E1b", "2023-03-03"),
    ([D(2023, 3, 25), "Police s136", "The Oaks HBPoS", "Assessed: detained under s2 MHA. Bed at Hillview "
      "adolescent unit. EDT informed."], "E5", "2023-03-25"),
])])
R.csv("CAMHS Crisis.csv", [], ["Contact Date", "Contact Type", "Clinical note"], [
    (["03/03/2023", "Face to face", "Crisis assessment in ED alongside AMHP following s136. Not detainable. Crisis "
      "plan, HTT to visit Monday."], "E1b", "2023-03-03"),
    (["06/03/2023", "Home visit", "HTT visit: Ellie and mum seen. Low mood, no current plans."], None,
     "2023-03-06"),
    (["14/03/2023", "Meeting", "Attended professionals meeting at Greenfield Academy with DSL and early help."],
     "E4", "2023-03-14"),
    (["25/03/2023", "Inpatient", "Admitted to Hillview adolescent unit under s2."], "E5", "2023-03-25"),
])
d = docx.Document()
d.add_paragraph("Greenfield Academy – safeguarding chronology for Ellie")
school = [
    ("3rd March 2023 – Mum rang: Ellie at hospital last night after police found her on bridge. Absent today. "
     "DSL informed; early help referral made.", "E1", "2023-03-03"),
    ("14th March 2023 – Professionals meeting in school (DSL, CAMHS HTT, early help worker). Safety plan and reduced "
     "timetable agreed.", "E4", "2023-03-14"),
    ("27th March 2023 – Mum informed school Ellie admitted to Hillview unit at the weekend.", "E5", "2023-03-27"),
]
for i, (text, ev, iso) in enumerate(school):
    d.add_paragraph(text)
    R._note("Greenfield Academy.docx", None, i + 2, ev, iso, text)  # (the title paragraph is row 1)
d.save(R.folder / "Greenfield Academy.docx")
R.xlsx("Childrens Social Care.xlsx", [("Early help", [], [["Date", "Worker", "Contact type", "Notes"]], [
    ([D(2023, 3, 3), "Duty", "Referral", "Early help referral from Greenfield Academy following s136 on 02/03."],
     "E1", "2023-03-03"),
    ([D(2023, 3, 14), "EH worker Amy", "Meeting", "Professionals meeting at school: safety plan agreed."], "E4",
     "2023-03-14"),
    ([D(2023, 3, 25), "EDT", "Notification", "AMHP: Ellie detained s2 overnight, admitted Hillview."], "E5",
     "2023-03-25"),
])])
R.done()
