"""A held-out review (see ../README.md): python r581.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review: Mia (11), a disabled girl whose wheelchair no longer fitted. The wheelchair service and a
# short breaks service are among the agencies. Each agency tells the same event in its own words: 'Was not brought
# to the wheelchair assessment (third time)' and 'Letter from the wheelchair service: Mia not brought to three
# appointments'; 'arrived with a pressure sore … her chair no longer fits' and 'Referral from Oak Tree Special
# School'; a joint home visit with the physiotherapist; the first overnight short break; the urgent wheelchair
# clinic as the service and the physiotherapist write it.
# Layouts: the wheelchair service's CSV 'Appointment date | Clinic | Attendance outcome | Notes'; the special
# school's OpenDocument sheet; the physiotherapist's Word table; social care's sheet with a 'Team' column; the short
# breaks service's 'Stay start | Stay end | Notes'; the GP's and community paediatrics' sheets.

R.csv("Wheelchair Service.csv", [], ["Appointment date", "Clinic", "Attendance outcome", "Notes"], [
    (["10/01/2024", "Assessment", "WNB", "Was not brought to the wheelchair assessment (third time); letter to the GP "
      "and school."], "E1", "2024-01-10"),
    (["14/02/2024", "Urgent", "Attended", "Urgent assessment: new tilt-in-space chair ordered; seen with the "
      "physio."], "E5", "2024-02-14"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 1, 12), "Letter from the wheelchair service: Mia not brought to three appointments."], "E1",
     "2024-01-12"),
])])

R.ods("Oak Tree Special School.ods", "Log", ["Date", "Staff", "Concern"], [
    ([D(2024, 1, 18), "School nurse", "Mia arrived with a pressure sore on her sacrum; her chair no longer fits. "
      "Referral to the disabled children's team."], "E2", "2024-01-18"),
])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Team", "Note"]], [
    ([D(2024, 1, 18), "Disabled Children's Team", "Referral from Oak Tree Special School: pressure sore, chair too "
      "small, missed appointments."], "E2", "2024-01-18"),
    ([D(2024, 1, 24), "Disabled Children's Team", "Joint visit with the community physio: Mia in bed all day, chair "
      "unusable; mum exhausted."], "E3", "2024-01-24"),
    ([D(2024, 2, 5), "Disabled Children's Team", "Short breaks package started: first overnight stay tonight."],
     "E4", "2024-02-05"),
])])

R.docx_table("Community Physiotherapy.docx", "Community physiotherapy - contacts", ["Date", "Contact"], [
    (["24/01/2024", "Home visit with the social worker: chair outgrown, hoist broken; urgent wheelchair referral."],
     "E3", "2024-01-24"),
    (["14/02/2024", "Attended the wheelchair clinic with Mia and mum: new chair ordered."], "E5", "2024-02-14"),
])

R.xlsx("Short Breaks Service.xlsx", [("Stays", [], [["Stay start", "Stay end", "Notes"]], [
    ([D(2024, 2, 5), D(2024, 2, 6), "First overnight short break: Mia settled well."], "E4", "2024-02-05"),
])])

R.xlsx("Community Paediatrics.xlsx", [("Clinic", [], [["Date", "Entry"]], [
    ([D(2024, 2, 20), "Review: weight gain, pressure sore healing."], "S1", "2024-02-20"),
])])
R.done()
