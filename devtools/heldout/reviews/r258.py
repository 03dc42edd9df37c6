"""A held-out review (see ../README.md): python r258.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import openpyxl
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A 15-year-old (Zak) drawn into extreme right-wing material online: a Prevent referral, a
# Channel panel, then an arrest. Vocabulary: "Prevent", "Channel", "CTP" (counter terrorism
# policing), "gateway assessment", "intervention provider", "Pursue", "XRW". Layouts: the
# school's workbook with a two-row header ("Contact" over "Date" and "Time") and dates written
# "Tues 4th Oct 22"; the police's CSV with ISO date-times; the council's Prevent log with date
# cells under "When"; the Channel panel's minutes list.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Safeguarding log"
ws["A1"], ws["C1"], ws["D1"] = "Contact", "Details", "Staff"
ws.merge_cells("A1:B1")
ws["A2"], ws["B2"] = "Date", "Time"
school = [
    ("Tues 4th Oct 22", "11:20", "IT technician reported Zak watching extremist (XRW) videos in IT lesson and "
     "sharing them with two boys. DSL spoke to Zak; Prevent referral made.", "DSL", "E1", "2022-10-04"),
    ("Thurs 20th Oct 22", "14:00", "DSL attended Channel panel: Zak adopted as a Channel case, mentor to be "
     "allocated.", "DSL", "E2", "2022-10-20"),
    ("Mon 7th Nov 22", "", "Zak isolated at lunchtimes, head down on his phone. Form tutor to check in weekly.",
     "Form tutor", None, "2022-11-07"),
    ("Thu 12th Jan 23", "10:30", "Two plain clothes officers attended and arrested Zak in the head's office. Mum "
     "informed.", "Head", "E5", "2023-01-12"),
]
for r, (date, time, text, who, event, iso) in enumerate(school, start=3):
    ws.append([date, time, text, who])
    R._note("Oakfield Academy.xlsx", "Safeguarding log", r, event, iso, text)
wb.save(R.folder / "Oakfield Academy.xlsx")

R.csv("Counter Terrorism Policing.csv", [], ["Occurrence DateTime", "Type", "Summary"], [
    (["2022-10-05T09:12:00", "Prevent", "Prevent referral received from Oakfield Academy: 15 yr old male viewing "
      "and sharing XRW material. Gateway assessment opened."], "E1", "2022-10-05"),
    (["2022-10-20T14:00:00", "Channel", "Channel panel: case accepted, intervention provider to be commissioned."],
     "E2", "2022-10-20"),
    (["2023-01-12T10:25:00", "Arrest", "Male (15) arrested at school for possession of material likely to be "
      "useful to a terrorist (s58 TA 2000). Devices seized."], "E5", "2023-01-12"),
])

R.xlsx("Council Prevent team.xlsx", [("Prevent log", [], [["When", "What happened", "Officer"]], [
    ([D(2022, 10, 5), "Referral passed to us by CTP after gateway assessment: school concern about online XRW "
      "content.", "Prevent coordinator"], "E1", "2022-10-05"),
    ([D(2022, 11, 2), "Intervention provider met Zak and mum at home: first mentoring session.",
      "Prevent coordinator"], "E3", "2022-11-02"),
    ([D(2023, 1, 13), "CTP told us Zak was arrested at school yesterday; Channel case closed, managed under Pursue.",
      "Prevent coordinator"], "E5", "2023-01-13"),
])])

R.xlsx("Channel panel.xlsx", [("Minutes", [["Channel panel – minutes (OFFICIAL-SENSITIVE)"]],
                              [["Panel date", "Attendees", "Discussion", "Outcome"]], [
    ([D(2022, 10, 20), "Chair, CTP, school DSL, CSC", "Zak (15): viewing and sharing XRW videos, isolated, low "
      "mood. Vulnerability assessment framework completed.", "Adopted; ideological mentor"], "E2", "2022-10-20"),
    ([D(2022, 12, 15), "Chair, CTP, school DSL", "Review: engaging with mentor, fewer concerns in school.",
      "Continue"], None, "2022-12-15"),
])])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Notes"]], [
    (["15/11/2022", "Mother attended alone: worried about son's isolation and time online, poor sleep. Advised "
      "to book appointment for him."], None, "2022-11-15"),
])])
R.done()
