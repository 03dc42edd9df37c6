"""A held-out review (see ../README.md): python r432.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Kai (15), exploited through county lines, then stabbed. Vocabulary:
# "YOT" / "YJS", "F2F", "TC" (telephone contact), "FTA", "referral order", "AA" (appropriate adult), "wraps",
# "NRM", "CCE", "5x5x5", "EDT". Layouts: the youth justice service's case system export as a CSV with SQL
# date-times ('2024-03-04 00:00:00.000'), contact codes and an impossible date ('31/04/2024'); the police's
# intelligence and custody records with a '5x5x5' grading column ('B2'); the school's Word table with a week
# written 'w/c 18/03/2024'; the emergency department's; children's social care's.

R.csv("Youth Justice Service.csv", [], ["Contact Date", "Contact Type", "Contact Outcome", "Officer", "Notes"], [
    (["2024-03-04 00:00:00.000", "F2F", "Attended", "YJO Fox", "Referral order session 3. Kai quiet, new "
      "trainers and phone he would not explain."], "A1", "2024-03-04"),
    (["2024-03-11 00:00:00.000", "TC", "N/A", "YJO Fox", "Police notification: Kai arrested in Southend on "
      "09/03 with 12 wraps of crack cocaine and £400. Released under investigation."], "E1", "2024-03-11"),
    (["2024-03-13 00:00:00.000", "Meeting", "Attended", "YJO Fox", "Strategy meeting: CCE, NRM referral to be "
      "made by CSC."], "E2", "2024-03-13"),
    (["2024-03-20 00:00:00.000", "F2F", "FTA", "YJO Fox", "Failed to attend. Home visit: mum says he has not "
      "been home for two nights."], "A2", "2024-03-20"),
    (["31/04/2024", "F2F", "Attended", "YJO Fox", "Session at the YJS office. Kai has a cut on his hand he "
      "says is from football."], "A3", None),
])

R.xlsx("Police.xlsx", [("Records", [], [["Date", "Type", "Grading", "Summary"]], [
    ([D(2024, 2, 20), "Intelligence", "B2", "Kai believed to be running for a London line in Southend; seen at "
      "a known trap house."], "A4", "2024-02-20"),
    ([D(2024, 3, 9), "Custody", "", "Arrested in Southend: possession with intent to supply, 12 wraps. Appropriate "
      "adult via EDT; NRM indicators. RUI."], "E1", "2024-03-09"),
    ([D(2024, 3, 13), "Meeting", "", "Strategy meeting with CSC, YJS and school."], "E2", "2024-03-13"),
    ([D(2024, 4, 2), "Crime", "", "Section 18 wounding: Kai stabbed in the thigh in Lea Park 21:30. Attended "
      "with ambulance; scene preserved."], "E3", "2024-04-02"),
])])

R.docx_table("Lea Valley Academy.docx", "Lea Valley Academy - chronology", ["Date", "Staff", "Entry"], [
    (["11/03/2024", "DSL", "YJS told us Kai was arrested at the weekend in Essex with drugs."], "E1", "2024-03-11"),
    (["13/03/2024", "DSL", "Attended the strategy meeting at the civic centre."], "E2", "2024-03-13"),
    (["w/c 18/03/2024", "Attendance", "Kai absent all week; no answer at home."], "A5", None),
])

R.xlsx("Emergency Department.xlsx", [("ED", [], [["Arrival", "Summary"]], [
    ([D(2024, 4, 2, 22, 5), "15M, stab wound L thigh, brought by ambulance with police. To theatre. "
      "Safeguarding referral to CSC."], "E3", "2024-04-02"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 3, 9), "EDT", "Police in Essex: Kai arrested, needs an appropriate adult. EDT arranged one."], "E1",
     "2024-03-09"),
    ([D(2024, 3, 13), "Strategy meeting", "Police, YJS, school: CCE; NRM referral by CSC; s47."], "E2",
     "2024-03-13"),
    ([D(2024, 4, 3), "Referral", "ED: Kai stabbed in the leg last night, in theatre. Strategy meeting today."],
     "E3", "2024-04-03"),
])])
R.done()
