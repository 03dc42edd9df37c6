"""A held-out review (see ../README.md): python r359.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# An unaccompanied asylum-seeking child: Yonas (says he is 15) arrives by small boat, is transferred to
# another authority, goes missing from supported accommodation and is found working at a car wash.
# Vocabulary: "UASC", "NTS" (National Transfer Scheme), "Merton age assessment", "s20", "SCA",
# "reasonable grounds", "Border Force". Layouts: the Home Office's case events as a CSV ("Event Date",
# "Event Type"); the arrival authority's OpenDocument sheet; the receiving authority's workbook with a
# sheet of case notes and one of placements; the provider's log as Word paragraphs "10.10.2023 - 23:00 …";
# police.

R.csv("Home Office.csv", [], ["Event Date", "Event Type", "Event Notes"], [
    (["02/08/2023", "Arrival", "Small boat arrival at Dover. Screening at Western Jet Foil: claims DOB 01/01/2008, "
      "Eritrean. Referred to Kent as UASC."], "E1", "2023-08-02"),
    (["15/08/2023", "Transfer", "NTS transfer to Northshire County Council completed."], "E2", "2023-08-15"),
    (["20/11/2023", "Decision", "SCA: positive reasonable grounds decision (trafficking for labour "
      "exploitation)."], "E7", "2023-11-20"),
])

R.ods("Kent Childrens Services.ods", "UASC", ["Date", "Team", "Note"], [
    ([D(2023, 8, 2), "Intake", "Yonas arrived by small boat today, brought by Border Force. Accommodated (s20) at "
      "the reception centre."], "E1", "2023-08-02"),
    ([D(2023, 8, 15), "Intake", "Transferred to Northshire under the NTS; escorted by our worker."], "E2",
     "2023-08-15"),
])

R.xlsx("Northshire Childrens Services.xlsx", [
    ("Case notes", [], [["Date", "Worker", "Case note"]], [
        ([D(2023, 8, 15), "SW Okoro", "Yonas received from Kent via the National Transfer Scheme. Placed at "
          "Brook House supported accommodation."], "E2", "2023-08-15"),
        ([D(2023, 9, 4), "SW Okoro", "Merton-compliant age assessment started with an interpreter (Tigrinya)."],
         "E3", "2023-09-04"),
        ([D(2023, 10, 11), "SW Okoro", "Brook House: Yonas reported missing last night. Police have him as high "
          "risk."], "E4", "2023-10-11"),
        ([D(2023, 10, 13), "SW Okoro", "Strategy discussion with police: labour exploitation; NRM referral by "
          "police."], "E6", "2023-10-13"),
    ]),
    ("Placements", [], [["Start", "End", "Placement"]], [
        ([D(2023, 8, 15), D(2023, 12, 1), "Brook House supported accommodation (16+ provision)"], "E2",
         "2023-08-15"),
    ]),
])

R.docx_paragraphs("Brook House log.docx", "Brook House supported accommodation - log for Yonas", [
    ("10.10.2023 - 23:00 Yonas did not return for curfew; phone off. Reported missing to police.", "E4",
     "2023-10-10"),
    ("12.10.2023 - 14:00 Yonas returned by police from Birmingham, tired and hungry. Would not talk about where he "
     "was.", "E5", "2023-10-12"),
])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Details"]], [
    ([D(2023, 10, 10), "23:10", "Missing from Brook House: Yonas (15, UASC). Graded high risk."], "E4",
     "2023-10-10"),
    ([D(2023, 10, 12), "11:30", "Yonas located working at a car wash in Birmingham; two adults arrested (modern "
      "slavery). Returned to Brook House 14:00."], "E5", "2023-10-12"),
    ([D(2023, 10, 13), "10:00", "Strategy discussion with Northshire CSC. NRM referral submitted."], "E6",
     "2023-10-13"),
])])
R.done()
