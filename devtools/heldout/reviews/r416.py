"""A held-out review (see ../README.md): python r416.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review in Wales: Osian (3), neglect and a parent's drug use, then a scald. Vocabulary:
# "CPR" (child practice review), "IAA" (information, advice and assistance), "CPRC" (child protection
# register conference), "Flying Start", "MASH", "HV". Layouts: bilingual headers ('Dyddiad / Date',
# 'Manylion / Details'); headers in Welsh alone ('Dyddiad', 'Amser', 'Manylion'); a case system's CSV with
# notes over several lines in a quoted cell and dates written 'Tue 12-Mar-2024'; a health board's return
# with 'Time' as '9.15am'.

R.xlsx("Heddlu Dyfed-Powys Police.xlsx", [("Cronoleg", [], [["Dyddiad / Date", "Amser / Time",
                                                             "Manylion / Details"]], [
    ([D(2024, 3, 2), "23:10", "Concern for welfare: neighbour reports child crying for hours, adults shouting. "
      "Officers attended: mother under the influence, flat dirty. PPN submitted to social services."], "E1",
     "2024-03-02"),
    ([D(2024, 3, 21), "15:30", "Attended Ysbyty Glangwili: 3yo with scalds to his chest. Mother says he pulled "
      "a kettle over. Joint investigation with social services."], "E5", "2024-03-21"),
])])

R.csv("Gwasanaethau Cymdeithasol - Social Services.csv", [], ["Date", "Type", "Case note"], [
    (["Mon 04-Mar-2024", "Contact", "PPN from Dyfed-Powys Police re incident Sat night: child crying, mum "
      "intoxicated.\nIAA: checks with HV and nursery."], "E1", "2024-03-04"),
    (["Tue 12-Mar-2024", "Strategy discussion", "With police and HV by phone. s47 enquiry agreed."], "E2",
     "2024-03-12"),
    (["Thu 21-Mar-2024", "Hospital", "Joint visit to the ward with police: Osian has scalds to his chest; "
      "mother's account is that he pulled a kettle over."], "E5", "2024-03-21"),
    (["Wed 03-Apr-2024", "CPRC", "Initial child protection conference: Osian's name placed on the child "
      "protection register (neglect, physical)."], "E4", "2024-04-03"),
])

R.xlsx("Bwrdd Iechyd Hywel Dda - Health Visiting.xlsx", [("Sheet1", [], [["Dyddiad", "Amser", "Manylion"]], [
    ([D(2024, 2, 19), "9.15am", "Flying Start HV home visit: Osian's speech delayed; mum tired, says she "
      "is 'off everything'. Nursery place agreed."], "A1", "2024-02-19"),
    ([D(2024, 3, 12), "2.00pm", "Strategy discussion by telephone with social services and police. HV to "
      "visit weekly."], "E2", "2024-03-12"),
    ([D(2024, 3, 22), "10.30am", "Informed by the ward: Osian admitted yesterday with scalds. HV records "
      "shared."], "E3", "2024-03-22"),
    ([D(2024, 4, 3), "10.00am", "Attended CPRC. Registered. Core group set."], "E4", "2024-04-03"),
])])

R.xlsx("Ysbyty Glangwili.xlsx", [("Paediatrics", [], [["Date", "Time", "Ward / area", "Entry"]], [
    ([D(2024, 3, 21), "12:40", "Paediatric ED", "3yo scalds to chest and upper arm, 4% TBSA. History of a "
      "kettle pulled over; delay of 3 hours before coming. Safeguarding referral to social services."], "E3",
     "2024-03-21"),
    ([D(2024, 3, 25), "11:00", "Ward 5", "Discharged to maternal grandmother under a safety plan."], "A2",
     "2024-03-25"),
])])

R.xlsx("Meithrinfa Nursery.xlsx", [("Log", [], [["Dyddiad", "Manylion"]], [
    ([D(2024, 3, 5), "Osian arrived hungry; breakfast given. Attendance 60% this term."], "A4", "2024-03-05"),
    ([D(2024, 3, 20), "Osian not collected until 6.15pm; mum slurring. Reported to social services."], "A3",
     "2024-03-20"),
])])
R.done()
