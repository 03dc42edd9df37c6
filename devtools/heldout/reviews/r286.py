"""A held-out review (see ../README.md): python r286.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Safeguarding adults review: Mrs Joan P (79), financially abused by her grandson and carer, and neglected
# (a pressure ulcer); doorstep crime; sepsis. Vocabulary: "banking protocol", "vulnerable customer team",
# "LPA", "doorstep crime", "rogue trader", "DN" (district nurse), "grade 3 pressure ulcer", "S42",
# "urosepsis". Layouts: the bank's CSV with timestamps "14-Mar-2024 11:32"; the district nurses' Word
# table with a "Date/Time" column ("22/03/2024 09:40"); trading standards' sheet newest first; the police;
# adult social care; the GP.

R.csv("Bank vulnerable customer team.csv", [], ["Timestamp", "Branch", "Case note"], [
    (["14-Mar-2024 11:32", "Market St", "Customer (79) asked to withdraw £8,000 cash, grandson waiting outside and "
      "prompting by phone. Banking protocol invoked, 999 call made; police attended branch. Withdrawal stopped."],
     "E1", "2024-03-14"),
    (["02-Apr-2024 10:05", "Phone", "Grandson rang asking to be added to the account; declined, no LPA held."], None,
     "2024-04-02"),
])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Ref", "Summary"]], [
    ([D(2024, 3, 14), "OCC 5521", "Banking protocol call from bank, Market St. Elderly female withdrawing £8k; grandson "
      "present, evasive. Money kept in bank. Adult safeguarding concern submitted."], "E1", "2024-03-14"),
    ([D(2024, 4, 3), "", "S42 strategy meeting: DC attended. Financial abuse investigation."], "E4", "2024-04-03"),
])])

R.docx_table("District Nursing.docx", "District Nursing – Joan P", ["Date/Time", "Staff", "Visit notes"], [
    (["22/03/2024 09:40", "DN Clarke", "Grade 3 pressure ulcer to sacrum. Joan in soiled bedding, no food in fridge, "
      "grandson (carer) not present. Safeguarding concern raised with ASC."], "E3", "2024-03-22"),
    (["26/03/2024 10:15", "HCA Bibi", "Dressing changed. Grandson present, reluctant to let us in."], None,
     "2024-03-26"),
    (["03/04/2024 14:00", "DN Clarke", "Attended safeguarding meeting at Civic Centre."], "E4", "2024-04-03"),
    (["25/04/2024 09:20", "DN Clarke", "Joan drowsy, hot and confused. 999 called; conveyed to hospital."], "E6",
     "2024-04-25"),
])

# Newest first, as the system lists them.
R.xlsx("Trading Standards.xlsx", [("Cases", [], [["Date", "Officer", "Notes"]], [
    ([D(2024, 4, 16), "TSO Reid", "Letter to Joan: no cold calling zone sticker, call blocker offered."], None,
     "2024-04-16"),
    ([D(2024, 4, 10), "TSO Reid", "Visit: roofers cold-called in February, took £12,000 for work not done. Doorstep "
      "crime investigation opened; report to ASC."], "E5", "2024-04-10"),
])])

R.xlsx("Adult Social Care.xlsx", [("Notes", [], [["Date", "Note type", "Note"]], [
    ([D(2024, 3, 15), "Safeguarding concern", "Concern from police: banking protocol call yesterday, grandson "
      "pressuring Joan to withdraw £8,000."], "E1", "2024-03-15"),
    ([D(2024, 3, 22), "Safeguarding concern", "DN team: grade 3 pressure ulcer, Joan left unwashed by carer "
      "(grandson). Neglect and acts of omission."], "E3", "2024-03-22"),
    ([D(2024, 4, 3), "Strategy meeting", "S42 strategy meeting: police, DN, GP. Plan: capacity assessment, care "
      "agency to replace grandson's care."], "E4", "2024-04-03"),
    ([D(2024, 4, 11), "Safeguarding concern", "Trading standards: roofing scam, £12,000 taken by doorstep "
      "callers."], "E5", "2024-04-11"),
    ([D(2024, 4, 26), "Case note", "Hospital social worker: Joan admitted yesterday with sepsis."], "E6",
     "2024-04-26"),
])])

R.csv("GP.csv", [], ["Date", "Entry"], [
    (["25/03/2024", "DN update: grade 3 PU sacrum, safeguarding raised by DN."], "E3", "2024-03-25"),
    (["03/04/2024", "Dr Moss attended S42 strategy meeting."], "E4", "2024-04-03"),
    (["26/04/2024", "ED letter: admitted 25/04 with urosepsis, delirium."], "E6", "2024-04-26"),
])
R.done()
