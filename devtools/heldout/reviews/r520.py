"""A held-out review (see ../README.md): python r520.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Edna (88) in a nursing home, a pressure ulcer missed until it was grade 4, a
# hospital admission and her death. Each agency tells the same event in its own words: the ulcer as 'category 4
# pressure damage to sacrum', 'grade 4 sacral PU', 'deep sore on her bottom', 'unstageable wound'; her
# admission as 'admitted with sepsis', 'conveyed to hospital, septic', 'sent in by ambulance'; the concern as
# 'safeguarding concern raised', 'adult safeguarding referral', 'section 42 enquiry started'. Layouts: the
# nursing home's daily notes with each day a heading above its timed entries; the district nursing team's CSV
# 'Visit date | Visit type | Wound notes'; the hospital's sheet; adult social care's Word table; the family's
# complaint to the home, quoted in the home's log.

def daily_notes(workbook):
    sheet = workbook["Daily notes"]
    sheet.merge_cells("A2:C2")
    sheet.merge_cells("A5:C5")


R.xlsx("Nursing Home.xlsx", [("Daily notes", [], [["Time", "Entry", "Staff"]], [
    (["Monday 4 March 2024", None, None], None, None),
    (["10:30", "District nurse visited: sacral wound now grade 4, photographs taken. Repositioning 2 hourly.", "RN"],
     "E1", "2024-03-04"),
    (["15:00", "Daughter upset about the sore on her mum's bottom; complaint made.", "Manager"], "S1", "2024-03-04"),
    (["Wednesday 6 March 2024", None, None], None, None),
    (["07:40", "Edna hot, confused, BP low. 999 called, sent in by ambulance.", "Night RN"], "E3", "2024-03-06"),
])], finish=daily_notes)
# (the day headings are no entries: chron-merge lists them, with their rows, in one note on the sheet)
R.rows = [row for row in R.rows if not (row["file"] == "Nursing Home.xlsx" and row["event"] is None)]

R.csv("District Nursing.csv", [], ["Visit date", "Visit type", "Wound notes"], [
    (["04/03/2024", "Wound care", "Category 4 pressure damage to sacrum (previously cat 2). Safeguarding concern "
      "raised with adult social care; Datix."], "E1", "2024-03-04"),
])

R.xlsx("Hospital Trust.xlsx", [("Admissions", [], [["Date", "Ward", "Clinical summary"]], [
    ([D(2024, 3, 6), "AMU", "Admitted with sepsis from an unstageable sacral ulcer; family aware. Safeguarding team "
      "informed."], "E3", "2024-03-06"),
    ([D(2024, 3, 14), "Ward 22", "Died on the ward; end of life care. Referred to the coroner."], "E4",
     "2024-03-14"),
])])

R.docx_table("Adult Social Care.docx", "Adult social care - chronology (Edna)", ["Date", "Worker", "Record"], [
    (["05/03/2024", "Duty", "Adult safeguarding referral from the district nurses: grade 4 sacral PU at the nursing "
      "home."], "E1", "2024-03-05"),
    (["07/03/2024", "SW Grant", "Section 42 enquiry started. Hospital told us Edna was admitted yesterday, "
      "septic."], "E3", "2024-03-07"),
    (["15/03/2024", "SW Grant", "Ward rang: Edna died yesterday."], "E4", "2024-03-15"),
])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Notes"]], [
    ([D(2024, 3, 6), "07:52", "88F nursing home resident, febrile, hypotensive, confused. Deep sore on her bottom. "
      "Conveyed to hospital, septic."], "E3", "2024-03-06"),
])])
R.done()
