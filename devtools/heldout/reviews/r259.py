"""A held-out review (see ../README.md): python r259.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import pandas as pd
from lib import Review

R = Review(sys.argv[1])
# A 16-year-old (Reece): stabbed, then arrested with a knife, then a referral order. Vocabulary:
# "YJS" (youth justice service), "AA" (appropriate adult), "bladed article", "referral order",
# "panel", "A&E navigator", "RUI", "OOCD". Layouts: the youth justice service's ChildView export
# with dates written with dots ("15.03.2022") and times "4.45pm"; the police custody record's
# one date-time cell; the hospital; the youth charity's OpenDocument sheet with approximate dates
# ("early March 2022", "w/c 11/04/2022"); the school's attendance notes.
R.xlsx("YJS ChildView export.xlsx", [("Contacts", [], [["Contact Date", "Start", "Contact Type", "Worker",
                                                        "Contact Notes"]], [
    (["07.03.2022", "10.00am", "Information", "YJS officer", "Police notification: Reece stabbed in the leg on "
      "Friday night in the park, treated at A&E. Not known to us before."], "E1", "2022-03-07"),
    (["15.03.2022", "4.45pm", "Custody", "AA worker", "Appropriate adult for Reece in custody: arrested for "
      "possession of a bladed article in the town centre. Interviewed, charged, bailed to court."], "E2",
     "2022-03-15"),
    (["30.03.2022", "9.30am", "Court", "Court officer", "Youth court: pleaded guilty to possession of a bladed "
      "article. 6 month referral order."], "E3", "2022-03-30"),
    (["12.04.2022", "5.00pm", "Panel", "YJS officer", "Initial referral order panel with mum: contract agreed "
      "(reparation, knife crime awareness, 2 sessions a week)."], "E4", "2022-04-12"),
])])

R.csv("Police custody and crime.csv", [], ["Date/time recorded", "Record", "Summary"], [
    (["04/03/2022 22:50", "Crime", "Section 18 wounding: male aged 16 stabbed in the thigh in Victoria Park. "
      "Victim uncooperative. Taken to A&E by ambulance."], "E1", "2022-03-04"),
    (["15/03/2022 16:20", "Custody", "Detained: possession of bladed article (kitchen knife in waistband), High "
      "Street. Appropriate adult requested from YJS."], "E2", "2022-03-15"),
])

R.xlsx("County Hospital.xlsx", [("ED", [], [["Date", "Time", "Presentation"]], [
    (["04/03/2022", "23:10", "16M stab wound R thigh, brought by ambulance, police present. Wound closed, "
      "discharged to mother 03:00. Seen by A&E youth navigator."], "E1", "2022-03-04"),
])])

charity = [["early March 2022", "Met Reece on the ward through the A&E navigator scheme after his stabbing; "
            "agreed to meet again.", None, "2022-03-01"],
           ["w/c 11/04/2022", "Mum said Reece has his referral order panel this week and is nervous.", None,
            "2022-04-11"],
           ["21/04/2022", "Mentoring session at the gym: Reece says older boys in the park told him to carry.",
            None, "2022-04-21"]]
with pd.ExcelWriter(R.folder / "Youth charity.ods", engine="odf") as writer:
    pd.DataFrame([r[:2] for r in charity], columns=["Date", "Session notes"]).to_excel(writer, sheet_name="Reece",
                                                                                        index=False)
for i, (date, text, event, iso) in enumerate(charity):
    R._note("Youth charity.ods", "Reece", i + 2, event, iso, text)

R.xlsx("Northgate High School.xlsx", [("Attendance notes", [], [["Date", "Code", "Note"]], [
    (["07/03/2022", "M", "Mum phoned: Reece off, injured his leg at the weekend (says he fell)."], "E1",
     "2022-03-07"),
    (["30/03/2022", "C", "Authorised absence: attending youth court."], "E3", "2022-03-30"),
])])
R.done()
