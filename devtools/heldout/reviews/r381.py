"""A held-out review (see ../README.md): python r381.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Child criminal exploitation: Tyrese (15) goes missing, is found far from home with cash and phones, is
# stabbed, referred to the NRM and arrested for dealing. Vocabulary: "county lines", "BTP", "RHI",
# "NRM", "PWITS", "RUI", "appropriate adult", "CCE". Layouts: the home force's case system export as
# a tab-separated .txt with ISO date-times ("2024-03-04T21:05:00"); the school's CSV saved by Excel in
# Windows-1252 (£, curly quotes, dates "05-Mar-24"); British Transport Police's CSV; youth justice's
# workbook; the ED's "Attendance date"; social care's workbook with two sheets of different headers.

police = [
    ("2024-03-04T21:05:00", "PC 2231", "Mother reports son (15) missing since school. High risk: believed "
     "linked to county lines.", "E0", "2024-03-04"),
    ("2024-03-19T10:00:00", "DS 804", "CCE strategy meeting attended: disruption plan, intelligence on the "
     "line sharing to be shared with BTP.", "E3", "2024-03-19"),
    ("2024-04-02T23:40:00", "PC 1190", "Attended Northgate General ED: male 15 stab wound to thigh, "
     "uncooperative, says he fell on glass. Crime recorded: wounding.", "E4", "2024-04-02"),
    ("2024-04-22T16:30:00", "PC 1190", "Arrested in Eastport for PWITS class A: 14 wraps and a phone. "
     "Interviewed with appropriate adult. RUI.", "E6", "2024-04-22"),
]
lines = ["CreatedDateTime\tOfficerRef\tSummary"]
for when, who, what, _, _ in police:
    lines.append(f"{when}\t{who}\t{what}")
(R.folder / "Northshire Police export.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
for row, (when, who, what, event, iso) in enumerate(police, start=2):
    R._note("Northshire Police export.txt", None, row, event, iso, what)

R.csv("British Transport Police.csv", [], ["Date", "Location", "Officer", "Circumstances"], [
    (["05/03/2024", "Eastport station", "PC 77", "Juvenile found on the 14:10 service without a ticket: "
      "£600 cash and two phones. Shown as missing (Northshire). Returned home by officers."], "E1", "2024-03-05"),
], encoding="cp1252")

R.csv("St Anne's Academy.csv", [], ["Date", "Staff", "Concern"], [
    (["06-Mar-24", "DSL", "Tyrese back in school. Mum told us the police found him in Eastport yesterday – he "
      "had “loads of cash”. Referral to MASH."], "E1", "2024-03-06"),
    (["19-Mar-24", "DSL", "Attended the CCE strategy meeting at the civic centre."], "E3", "2024-03-19"),
    (["08-Apr-24", "Head of Year", "Tyrese limping, won’t do PE. Said he ‘got jumped’."], "A1", "2024-04-08"),
], encoding="cp1252")

R.xlsx("Youth Justice Service.xlsx", [("Interventions", [], [["Date of intervention", "Worker", "Intervention"]], [
    ([D(2024, 4, 4), "YJ Amir", "Session at home. Tyrese disclosed he was stabbed on Tuesday night and went to "
      "A&E; would not say who did it."], "E4", "2024-04-04"),
    ([D(2024, 4, 15), "YJ Amir", "NRM referral submitted today by his social worker; YJS contributed."], "E5",
     "2024-04-15"),
    ([D(2024, 4, 22), "YJ Amir", "Appropriate adult at Eastport custody for Tyrese: arrested for possession with "
      "intent to supply. Released under investigation."], "E6", "2024-04-22"),
])])

R.xlsx("Northgate General Hospital.xlsx", [("ED", [], [["Attendance date", "Presenting complaint", "Notes"]], [
    ([D(2024, 4, 2), "Stab wound", "15M, 2cm puncture wound L thigh, says fell on glass. Police in department. "
      "Safeguarding referral to CSC."], "E4", "2024-04-02"),
])])

R.xlsx("Childrens Social Care.xlsx", [
    ("Contacts", [], [["Date", "Worker", "Contact"]], [
        ([D(2024, 3, 6), "MASH", "BTP notification: Tyrese missing from home 04/03, found in Eastport yesterday "
          "with cash and two phones. Strategy meeting to be arranged."], "E1", "2024-03-06"),
        ([D(2024, 3, 12), "Missing worker", "Return home interview: Tyrese would not say how he got to "
          "Eastport."], "A2", "2024-03-12"),
        ([D(2024, 4, 3), "EDT", "Hospital safeguarding: Tyrese treated in ED last night for a stab wound to the "
          "leg."], "E4", "2024-04-03"),
        ([D(2024, 4, 23), "SW Ellis", "Police: Tyrese arrested in Eastport yesterday, PWITS, RUI."], "E6",
         "2024-04-23"),
    ]),
    ("Meetings and referrals", [], [["Meeting date", "Type", "Attendees", "Outcome"]], [
        ([D(2024, 3, 19), "Strategy meeting", "Police, school, YJS", "CCE risk high. Child exploitation "
          "plan."], "E3", "2024-03-19"),
        ([D(2024, 4, 15), "NRM", "SW Ellis", "NRM referral submitted as first responder."], "E5", "2024-04-15"),
    ]),
])
R.done()
