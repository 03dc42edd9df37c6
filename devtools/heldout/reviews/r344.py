"""A held-out review (see ../README.md): python r344.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Dental neglect: Lily (6), not brought to the community dental service, eight teeth out under a
# general anaesthetic, then a child protection conference. Vocabulary: "WNB", "GA", "caries", "CDS",
# "ICPC", "2 year review". Layouts: a school's CPOMS export (CSV; "Date/Time" as "22/01/2024 09:12",
# "Categories" as "Safeguarding, Medical", the student's name in its own column); the dental service's
# appointments with an "Attendance" column; the GP's record with "23 Jan 2024" and the time apart;
# the health visitor's OpenDocument sheet about the younger sister.

R.csv("CPOMS export.csv", [], ["Student", "Incident", "Categories", "Date/Time", "Action Taken", "Reported by"], [
    (["Lily Hart", "Lily crying in class holding her jaw, left side of face swollen. Says her tooth has hurt "
      "for days.", "Safeguarding, Medical", "22/01/2024 09:12", "Mum phoned: says she will get an appointment.",
      "Miss Dean"], "E3", "2024-01-22"),
    (["Lily Hart", "Mum rang: Lily absent yesterday, she had teeth taken out at the hospital.", "Attendance",
      "06/03/2024 08:40", "Absence authorised.", "Office"], "E6", "2024-03-06"),
    (["Lily Hart", "DSL attended ICPC. School report shared: attendance 88%, toothache episodes.",
      "Safeguarding", "02/04/2024 13:00", "Core group dates in diary.", "Mrs Kaur (DSL)"], "E9", "2024-04-02"),
])

R.xlsx("Community Dental Service.xlsx", [("Appointments", [], [["Appt date", "Clinic", "Attendance", "Comments"]], [
    ([D(2023, 11, 7), "Northgate CDS", "WNB", "Lily not brought. Letter sent to mum."], "E1", "2023-11-07"),
    ([D(2023, 12, 12), "Northgate CDS", "WNB", "Second was not brought. Reappointed; health visitor told."],
     "E2", "2023-12-12"),
    ([D(2024, 2, 14), "Northgate CDS", "Attended", "Emergency appt: caries in 8 teeth, abscess LL. Referred for "
      "extractions under GA."], "E5", "2024-02-14"),
    ([D(2024, 4, 2), "-", "-", "Dentist attended the child protection conference: GA extractions and 2 WNB "
      "described."], "E9", "2024-04-02"),
])])

R.xlsx("GP record.xlsx", [("Journal", [], [["Date", "Time", "User", "Record entry"]], [
    (["23 Jan 2024", "15:40", "Dr Price", "History: toothache 3/7, swollen face. Examination: dental abscess. "
      "Plan: amoxicillin; see dentist urgently."], "E4", "2024-01-23"),
])])

R.xlsx("Hospital - maxillofacial.xlsx", [("Day cases", [], [["Date of admission", "Procedure", "Notes"]], [
    ([D(2024, 3, 5), "Dental extractions under GA", "Day case: 8 carious teeth extracted. Safeguarding referral "
      "to children's social care for dental neglect."], "E6", "2024-03-05"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Event"]], [
    ([D(2024, 3, 5), "MASH", "Referral from hospital: 8 teeth extracted under GA, dental neglect, missed dental "
      "appointments."], "E6", "2024-03-05"),
    ([D(2024, 3, 12), "SW Obi", "Home visit: Lily, Ava and mum seen. Little food in the house."], "E7",
     "2024-03-12"),
    ([D(2024, 4, 2), "SW Obi", "ICPC: Lily and Ava made subject to CP plans (neglect)."], "E9", "2024-04-02"),
])])

R.ods("Health Visiting - Ava.ods", "Contacts", ["Date", "Contact", "Note"], [
    ([D(2024, 3, 19), "2 year review", "Ava's 2 year review at home: ASQ fine. Home cluttered. Lily's front "
      "teeth black."], "E8", "2024-03-19"),
    ([D(2024, 4, 2), "Conference", "HV attended ICPC for Ava and Lily."], "E9", "2024-04-02"),
])
R.done()
