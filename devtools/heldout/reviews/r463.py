"""A held-out review (see ../README.md): python r463.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: Tyler (15), exploited through county lines, stabbed. Vocabulary: "CCE", "county lines",
# "plugging", "trap house", "NRM", "RHI", "Op Encompass", "s18". Layouts: the youth justice service's dates
# written with dots and two-digit years ('03.02.24') and times with a dot ('14.30') as text; the police's CSV of
# 'Date Reported' with the time in it; the return home interview provider's table in Word; the hospital's ED
# sheet newest first; a school's CSV of 'Date Logged' with the logger's initials.

R.xlsx("Youth Justice Service.xlsx", [("Contacts", [], [["Date", "Time", "Officer", "Contact", "Notes"]], [
    (["03.02.24", "14.30", "YJO Ward", "Office", "Tyler seen for referral order session. Has new trainers and two "
      "phones; denies selling."], "A1", "2024-02-03"),
    (["12.02.24", "10.00", "YJO Ward", "Meeting", "Strategy meeting (CCE) with police and social care. NRM "
      "referral to be made."], "E2", "2024-02-12"),
    (["04.03.24", "09.15", "YJO Ward", "Phone", "Police told me Tyler was stabbed on Saturday night and is in "
      "hospital."], "E4", "2024-03-04"),
])])

R.csv("Police.csv", [], ["Date Reported", "Occurrence", "Officer", "Details"], [
    (["07/02/2024 23:10", "Missing person", "PC Lowe", "Mother reports Tyler missing since school. Believed to be "
      "in Coastford, linked to a county line."], "E1", "2024-02-07"),
    (["09/02/2024 06:40", "Found", "PC Lowe", "Tyler found in a trap house in Coastford during a drugs warrant; "
      "drugs plugged, taken to hospital for x-ray. Returned home."], "E5", "2024-02-09"),
    (["12/02/2024 10:00", "Strategy", "DS Moss", "CCE strategy meeting: YJS, social care, police. Tyler "
      "assessed as high risk of exploitation."], "E2", "2024-02-12"),
    (["02/03/2024 22:50", "Wounding", "PC Grant", "s18 wounding: Tyler stabbed in the thigh outside the chip "
      "shop on Kings Road. Taken to hospital by ambulance. Suspects unknown."], "E4", "2024-03-02"),
])

R.docx_table("Return Home Interviews.docx", "Safe Return Service - interviews", ["Date", "Worker", "Interview"], [
    (["13/02/2024", "RHI Cole", "RHI after the missing episode of 7-9 February. Tyler would not say where he "
      "was; said he owes someone money."], "A2", "2024-02-13"),
])

R.xlsx("Coastford General ED.xlsx", [("Attendances", [], [["Arrival", "Complaint", "Summary", "Disposal"]], [
    ([D(2024, 3, 2, 23, 25), "Stab wound", "15M stab wound R thigh, arrived by ambulance with police. To theatre "
      "for washout.", "Admitted"], "E4", "2024-03-02"),
    ([D(2024, 2, 9, 8, 5), "Police request", "Brought by police for x-ray: suspected internal concealment of "
      "drugs. X-ray clear. Safeguarding referral to CSC.", "Discharged"], "E5", "2024-02-09"),
])])

R.csv("Hillside Academy.csv", [], ["Date Logged", "By", "Concern"], [
    (["06/02/2024", "KT", "Tyler late again and asleep in lessons; mum informed at 15:30."], "A3",
     "2024-02-06"),
    (["08/02/2024", "DSL", "Op Encompass: police tell us Tyler was reported missing last night."], "E1",
     "2024-02-08"),
    (["04/03/2024", "DSL", "Social worker rang: Tyler stabbed at the weekend, in hospital."], "E4",
     "2024-03-04"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 2, 8), "Missing notification", "Police: Tyler missing since yesterday, believed in Coastford."],
     "E1", "2024-02-08"),
    ([D(2024, 2, 9), "Referral", "Hospital safeguarding referral: Tyler brought in by police for x-ray, "
      "suspected plugging."], "E5", "2024-02-09"),
    ([D(2024, 2, 12), "Strategy meeting", "CCE strategy meeting with police and YJS; NRM referral agreed."],
     "E2", "2024-02-12"),
    ([D(2024, 3, 3), "EDT", "Police: Tyler stabbed last night, admitted to Coastford General."], "E4",
     "2024-03-03"),
])])
R.done()
