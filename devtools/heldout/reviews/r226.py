"""A held-out review (see ../README.md): python r226.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A safeguarding adults review: Mrs Edna Shaw (89, dementia) in a care home; a fall at night, a
# fractured hip, a pressure ulcer after discharge, a section 42 enquiry. Vocabulary: "NOF",
# "hemiarthroplasty", "grade 3 pressure ulcer", "Datix", "S42", "CQC", "unwitnessed fall",
# "conveyed". Layouts: the care home's daily notes by shift ("Days", "Nights"); the ambulance
# service's incidents with the call time in its own column; the hospital's stay as admission and
# discharge columns; district nurses' visits; the safeguarding adults team newest first; the CQC's
# activity log with ISO dates.
R.xlsx("Oak Lodge Care Home.xlsx", [("Daily notes", [["Oak Lodge – resident notes: Edna S"]],
                                     [["Date", "Shift", "Note", "Staff"]], [
    ([D(2024, 1, 2), "Days", "Settled day, ate lunch, family visited.", "CA Moss"], None, "2024-01-02"),
    ([D(2024, 1, 3), "Nights", "02:10 found on bedroom floor, unwitnessed fall, pain in left hip. 999 called, "
      "conveyed to hospital 02:55.", "SC Hale"], "E1", "2024-01-03"),
    ([D(2024, 1, 19), "Days", "Returned from hospital after hip operation, discharge letter with her. Needs 2 "
      "to transfer.", "CA Moss"], "E2", "2024-01-19"),
    ([D(2024, 2, 2), "Days", "District nurse visited, dressed sore on her bottom; DN says she will raise a "
      "safeguarding.", "CA Moss"], "E3", "2024-02-02"),
    ([D(2024, 2, 9), "Days", "Manager attended safeguarding meeting about Edna's sore.", "Mgr Reid"], "E4",
     "2024-02-09"),
    ([D(2024, 2, 20), "Days", "CQC inspector on site all day (unannounced inspection).", "Mgr Reid"], "E5",
     "2024-02-20"),
])])
R.csv("Ambulance Service.csv", [], ["Incident date", "Call time", "Chief complaint", "Outcome"], [
    (["03/01/2024", "02:14", "Fall – 89F care home resident, shortening and rotation L leg, ?#NOF",
      "Conveyed to Royal Infirmary ED"], "E1", "2024-01-03"),
])
R.xlsx("Royal Infirmary.xlsx", [("Inpatient", [], [["Admitted", "Discharged", "Ward", "Summary"]], [
    ([D(2024, 1, 3), D(2024, 1, 19), "Ward 7 (Ortho)", "Fractured neck of femur after fall at care home; left "
      "hemiarthroplasty 04/01. Discharged back to Oak Lodge with DN referral for wound care."], "E1",
     "2024-01-03"),
])])
R.xlsx("Community Nursing.xlsx", [("District nursing", [], [["Visit date", "Reason", "Clinical notes"]], [
    ([D(2024, 1, 19), "Referral", "Referral from Ward 7 on discharge: wound check hip, falls risk."], "E2",
     "2024-01-19"),
    ([D(2024, 1, 23), "Wound care", "Hip wound healing, clips out. Skin intact."], None, "2024-01-23"),
    ([D(2024, 2, 2), "Wound care", "Grade 3 pressure ulcer to sacrum found. No repositioning charts. Datix "
      "completed and safeguarding concern raised with the local authority."], "E3", "2024-02-02"),
])])
R.csv("Adult Safeguarding Team.csv", [], ["Date", "Type", "Record"], [
    (["20/02/2024", "Information", "CQC told us of their inspection of Oak Lodge today; findings to follow."],
     "E5", "2024-02-20"),
    (["09/02/2024", "S42 meeting", "Section 42 enquiry planning meeting: care home manager, DN, CQC. Repositioning "
      "and records to be audited."], "E4", "2024-02-09"),
    (["02/02/2024", "Concern", "Safeguarding concern from district nurse: grade 3 pressure ulcer, possible neglect "
      "at Oak Lodge."], "E3", "2024-02-02"),
])
R.csv("CQC.csv", [], ["Date", "Activity", "Notes"], [
    (["2024-02-09", "Safeguarding meeting", "Inspector attended the LA's S42 meeting about a resident of Oak "
      "Lodge."], "E4", "2024-02-09"),
    (["2024-02-20", "Inspection", "Unannounced focused inspection of Oak Lodge: safe and well-led."], "E5",
     "2024-02-20"),
])
R.done()
