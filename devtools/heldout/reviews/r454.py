"""A held-out review (see ../README.md): python r454.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Ryan (15), stabbed, then arrested carrying a knife. Vocabulary: "MACE"
# (multi-agency child exploitation panel), "contextual safeguarding", "PRU", "detached youth work", "beef", "Cat 1".
# Layouts: the police's records of two rows each, the date and type above and the narrative below merged
# across the row (as a printed report lays them out: the text sits in the date's column); the youth offending
# team's ISO date-times written as text ('2024-06-03T10:00:00'); the PRU's attendance marks beside its notes;
# the emergency department's 'Arrival date/time' and 'Triage category'; detached youth work's sessions.

police_rows = [
    (D(2024, 6, 1), "22:34", "Section 18 wounding", "Ryan (15) stabbed in the thigh in Lowfield Park by a group "
     "of youths. Ambulance attended, conveyed to hospital. Ryan will not give names.", "E1", "2024-06-01"),
    (D(2024, 6, 12), "10:00", "MACE", "MACE panel: Ryan discussed, linked to the Lowfield group. Disruption "
     "plan agreed.", "E2", "2024-06-12"),
    (D(2024, 6, 20), "16:45", "Possession of a bladed article", "Ryan stopped and searched on Station Road: "
     "kitchen knife found in his waistband. Arrested, interviewed with an appropriate adult, released under "
     "investigation.", "E3", "2024-06-20"),
]


def police_report(wb):
    ws = wb.create_sheet("Police report")
    ws.append(["Date", "Time", "Occurrence type", None])
    row = 2
    for when, time, kind, text, event, iso in police_rows:
        ws.cell(row, 1, when)
        ws.cell(row, 2, time)
        ws.cell(row, 3, kind)
        ws.cell(row + 1, 1, text)
        ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=4)
        R._note("Police.xlsx", "Police report", row, event, iso, text)
        row += 2


R.xlsx("Police.xlsx", [], finish=police_report)

R.csv("Youth Offending Team.csv", [], ["ContactDateTime", "ContactType", "Worker", "Notes"], [
    (["2024-06-03T10:00:00", "Information", "YOT Officer Ames", "Informed Ryan was stabbed on Saturday night; he is "
      "in hospital. Visit when discharged."], "E1", "2024-06-03"),
    (["2024-06-12T10:00:00", "Meeting", "YOT Officer Ames", "Attended MACE for Ryan: YOT to do knife crime "
      "awareness sessions."], "E2", "2024-06-12"),
    (["2024-06-21T09:30:00", "Information", "YOT Officer Ames", "Police: Ryan arrested yesterday with a knife, "
      "released under investigation."], "E3", "2024-06-21"),
])

R.xlsx("Eastside PRU.xlsx", [("Log", [], [["Date", "Session", "Mark", "Notes"]], [
    ([D(2024, 5, 28), "AM", "O", "Ryan absent, no call from home. Seen at the park by staff at lunchtime."], "A1",
     "2024-05-28"),
    ([D(2024, 6, 3), "AM", "M", "Mum rang: Ryan in hospital after being stabbed at the weekend."], "E1",
     "2024-06-03"),
    ([D(2024, 6, 12), "AM", "/", "Head of centre attended MACE. PRU to offer a later start and a mentor."], "E2",
     "2024-06-12"),
])])

R.xlsx("Emergency Department.xlsx", [("Attendances", [], [["Arrival date/time", "Triage category",
                                                             "Presenting complaint", "Discharge outcome"]], [
    ([D(2024, 6, 1, 23, 2), "Cat 1", "15M stab wound right thigh, brought by ambulance with police. Bleeding "
      "controlled, to theatre.", "Admitted under surgeons"], "E1", "2024-06-01"),
])])

R.xlsx("Ambulance Service.xlsx", [("Calls", [], [["Date", "Time", "Notes"]], [
    ([D(2024, 6, 1), "22:38", "Male 15 stabbed in the right thigh in Lowfield Park, tourniquet applied, conveyed "
      "to ED with police escort."], "E1", "2024-06-01"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Notes"]], [
    ([D(2024, 6, 2), "EDT", "Police: Ryan stabbed last night in the park, in hospital after surgery. Mum with "
      "him."], "E1", "2024-06-02"),
    ([D(2024, 6, 12), "MACE", "MACE panel: contextual safeguarding plan for Lowfield Park."], "E2", "2024-06-12"),
    ([D(2024, 6, 20), "EDT", "Police: Ryan arrested for carrying a knife; appropriate adult needed."], "E3",
     "2024-06-20"),
])])

R.xlsx("Detached Youth Work.xlsx", [("Sessions", [], [["Session date", "Location", "Young people seen", "Notes"]], [
    ([D(2024, 5, 24), "Lowfield Park", 8, "Group including Ryan; talk of 'beef' with the Marsh estate."], "A2",
     "2024-05-24"),
])])
R.done()
