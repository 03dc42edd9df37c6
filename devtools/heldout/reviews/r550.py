"""A held-out review (see ../README.md): python r550.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Frank Hollis (81), dementia, living alone, found wandering at night and later
# dead of hypothermia in his garden. Each agency tells the same event in its own words: 'missing person with
# dementia, Herbert Protocol form used', 'Frank went missing overnight, found by police', 'reported missing by
# carers at the 07:00 call'; the finding as 'located 2 miles away in nightclothes', 'found wandering'; the death as 'sudden death: elderly male found in his garden', 'Frank found dead in the garden by
# the carer'. Layouts: the police's sheet with 'Date/Time Opened' and 'Date/Time Closed'; the care agency's CSV
# 'Visit Date | Check-in | Check-out | Notes'; adult social care's Word table; the GP's sheet; the ambulance
# service's sheet.

R.xlsx("Police.xlsx", [("Incidents", [], [["Date/Time Opened", "Date/Time Closed", "Type", "Summary"]], [
    ([D(2024, 1, 9, 7, 20), D(2024, 1, 9, 9, 5), "Missing person", "Missing person with dementia, Herbert "
      "Protocol form used. Located 2 miles away in nightclothes, cold; taken home, ambulance check."], "E1",
     "2024-01-09"),
    ([D(2024, 1, 28, 7, 40), D(2024, 1, 28, 12, 0), "Sudden death", "Sudden death: elderly male found in his "
      "garden by his carer. No suspicious circumstances; coroner informed."], "E3", "2024-01-28"),
])])

R.csv("Care Agency.csv", [], ["Visit Date", "Check-in", "Check-out", "Notes"], [
    (["09/01/2024", "07:02", "07:25", "Frank not at home at the 07:00 call, door open: reported missing to police, "
      "office informed."], "E1", "2024-01-09"),
    (["10/01/2024", "07:00", "07:30", "Frank tired, sleeping in his chair; breakfast given. Door alarm "
      "requested."], "S1", "2024-01-10"),
    (["28/01/2024", "07:05", "08:30", "Frank found dead in the garden by the carer. 999 called, stayed with "
      "police."], "E3", "2024-01-28"),
])

R.docx_table("Adult Social Care.docx", "Adult social care - case record", ["Date", "Record"], [
    (["09/01/2024", "Care agency rang: Frank went missing overnight, found by police and taken home. Review of "
      "his care needed urgently."], "E1", "2024-01-09"),
    (["15/01/2024", "Review visit with his daughter: night-time support and a move to a care home discussed; "
      "Frank declines. Rang the GP for a capacity assessment."], "E2", "2024-01-15"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 1, 15), "Social worker rang after her review visit today: Frank declines a care home; capacity "
      "assessment requested."], "E2", "2024-01-15"),
])])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date", "Time", "Incident"]], [
    ([D(2024, 1, 9), "08:40", "Welfare check for police: 81M found wandering, hypothermic 35.0, warmed at home; "
      "not conveyed."], "E1", "2024-01-09"),
    ([D(2024, 1, 28), "07:18", "81M found in garden by carer, cold, rigor mortis: recognised life extinct. Police "
      "on scene."], "E3", "2024-01-28"),
])])
R.done()
