"""A held-out review (see ../README.md): python r407.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Tyler (13), ADHD, on a reduced timetable, then a managed move
# and alternative provision; seen with older boys, found with a knife, a stabbing of a friend he
# witnessed. Vocabulary: "WNB" (was not brought), "reduced timetable", "managed move", "AP"
# (alternative provision), "NRM", "CCE", "s.139" (bladed article), "RUI", "TAF". Layouts: CAMHS's
# appointments with an 'Attended?' column ('Attended', 'WNB', 'Cancelled by parent'); the school's
# behaviour log with points; the police's; the youth justice service's; social care's; the AP's CSV.

R.xlsx("CAMHS appointments.xlsx", [("Appointments", [], [["Appt date", "Clinician", "Attended?", "Outcome"]], [
    ([D(2023, 10, 3), "Dr Amin", "Attended", "ADHD medication review: dose up. Mum says he is out late with "
      "older boys."], "A1", "2023-10-03"),
    ([D(2023, 11, 14), "Dr Amin", "WNB", "Was not brought. Letter to mum and GP; school nurse told."], "A2",
     "2023-11-14"),
    ([D(2024, 1, 9), "Dr Amin", "Cancelled by parent", "Mum cancelled: 'he won't come'. Discussed at TAF."], "E3",
     "2024-01-09"),
])])

R.xlsx("Kingsway Academy.xlsx", [("Behaviour log", [], [["Date", "Points", "Staff", "Incident", "Action"]], [
    ([D(2023, 11, 20), -5, "Mr Reece", "Tyler threatened a Year 7 in the toilets; said his 'brothers' would "
      "sort him out.", "Internal exclusion 1 day."], "A3", "2023-11-20"),
    ([D(2023, 12, 4), -10, "DSL", "Tyler found with a kitchen knife in his bag at the gate.", "Police called; "
      "suspended 5 days; referral to CSC."], "E1", "2023-12-04"),
    ([D(2024, 1, 9), 0, "SENCO", "TAF meeting with mum, CAMHS (by phone) and YJS: reduced timetable, managed "
      "move to consider.", "Plan sent to all."], "E3", "2024-01-09"),
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Incident"]], [
    ([D(2023, 12, 4), "08:50", "Call from Kingsway Academy: 13-year-old with a knife at the school gate. "
      "Arrested s.139, interviewed with appropriate adult, RUI. CCE concerns: NRM considered."], "E1",
     "2023-12-04"),
    ([D(2024, 2, 17), "22:30", "Stabbing in Victoria Park: 15-year-old male injured (not life-threatening). "
      "Witnesses include Tyler (13); he ran from officers."], "E4", "2024-02-17"),
])])

R.xlsx("Youth Justice Service.xlsx", [("Contacts", [], [["Date", "Worker", "Contact"]], [
    ([D(2023, 12, 5), "YJS Kerr", "Police told us of Tyler's arrest for a knife at school yesterday; "
      "out of court disposal to be considered."], "E1", "2023-12-05"),
    ([D(2024, 1, 9), "YJS Kerr", "Attended the team around the family meeting at school."], "E3", "2024-01-09"),
    ([D(2024, 2, 19), "YJS Kerr", "Police say Tyler was at the park stabbing on Saturday night; he denies it."],
     "E4", "2024-02-19"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2023, 12, 4), "MASH", "School referral: Tyler with a knife at the gate, arrested. CCE screening tool "
      "completed: medium."], "E1", "2023-12-04"),
    ([D(2024, 2, 20), "SW Ellis", "Strategy discussion with police and YJS after Saturday's stabbing in the "
      "park: s47, Tyler a potential victim of exploitation."], "A4", "2024-02-20"),
])])

R.csv("Alternative provision.csv", [], ["Date", "Tutor", "Note"], [
    (["26/02/2024", "Tutor Baines", "First day at the AP after the managed move. Quiet, says he is 'done with "
      "the park'."], "A5", "2024-02-26"),
])
R.done()
