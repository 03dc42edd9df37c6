"""A held-out review (see ../README.md): python r500.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: Poppy (3), left alone and found wandering. Each agency tells it in its own words: 'not
# collected', 'left at nursery', 'no one came for her'; 'found wandering', 'lost child', 'toddler alone in the
# street'. Layouts: the nursery's accident and incident book ('Date of incident | Time | What happened | Parent
# informed (time)'); the emergency duty team's log of calls under a heading for each day ('Monday 11 March
# 2024', merged across), its rows 'Time | Caller | Details'; the police's 'Occurrence | Date | Summary'; the
# health visitor's sheet.

R.xlsx("Little Acorns Nursery.xlsx", [("Incident book", [], [["Date of incident", "Time", "What happened",
                                                              "Parent informed (time)"]], [
    ([D(2024, 3, 11), "18:00", "Poppy not collected at closing. No answer from mum's phone. Manager stayed with "
      "her; rang the out of hours social work line at 18:45.", "No answer"], "E1", "2024-03-11"),
    ([D(2024, 3, 25), "10:30", "Bruise on Poppy's forehead, mum says she fell on the stairs at home.",
      "Mum told at drop off"], "S1", "2024-03-25"),
])])

# The emergency duty team's log, written here (not with R.xlsx): a heading row for each day above its calls.
edt = openpyxl.Workbook()
log = edt.active
log.title = "EDT log"
log.append(["Emergency Duty Team - call log"])
log.append(["Time", "Caller", "Details"])
days = [("Monday 11 March 2024", [
            (["18:47", "Nursery manager", "3 year old left at nursery, mum not answering. Police asked to check the "
              "home address."], "E1", "2024-03-11"),
            (["21:30", "Police", "Mum found at home intoxicated; Poppy collected by grandmother under a safety "
              "plan."], "E2", "2024-03-11")]),
        ("Saturday 16 March 2024", [
            (["07:55", "Police", "Toddler found alone in the street at 07:20 by a neighbour; mum asleep. Poppy taken "
              "into police protection and placed with grandmother."], "E3", "2024-03-16")])]
for heading, calls in days:
    log.append([heading])
    log.merge_cells(start_row=log.max_row, start_column=1, end_row=log.max_row, end_column=3)
    for cells, event, iso in calls:
        log.append(cells)
        R._note("Emergency Duty Team.xlsx", "EDT log", log.max_row, event, iso, cells[-1])
edt.save(R.folder / "Emergency Duty Team.xlsx")

R.xlsx("Police.xlsx", [("Occurrences", [], [["Occurrence", "Date", "Summary"]], [
    (["OCC-5521", D(2024, 3, 11, 19, 40), "Welfare check at mum's address at EDT's request: mum drunk, had forgotten "
      "to collect her daughter. Grandmother collected the child from nursery."], "E2", "2024-03-11"),
    (["OCC-5790", D(2024, 3, 16, 7, 25), "Lost child: 3 year old found wandering in her pyjamas on Elm Road. Mum "
      "found asleep at home. Child taken into police protection (s46)."], "E3", "2024-03-16"),
])])

R.xlsx("Health Visiting.xlsx", [("Record", [], [["Date", "Type", "Entry"]], [
    ([D(2024, 3, 18), "Information", "Police protection notice: Poppy found alone in the street on Saturday "
      "morning, now with maternal grandmother."], "E3", "2024-03-18"),
    ([D(2024, 3, 20), "Home visit", "Visit to grandmother's: Poppy settled, speech delay noted."], "S2",
     "2024-03-20"),
])])
R.done()
