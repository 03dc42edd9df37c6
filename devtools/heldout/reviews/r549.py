"""A held-out review (see ../README.md): python r549.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Lee Carter (23), who died in prison after self-harm. Each agency tells the
# same event in its own words: 'ACCT opened', 'placed on an ACCT (self-harm risk)'; the self-harm as 'cuts to
# forearm, treated by healthcare', 'self-harmed in his cell'; the emergency as 'Code blue: found unresponsive with
# a ligature', 'ambulance called to HMP Ashfield, male hanging', 'died in hospital after being found hanging in
# his cell'. Layouts: the prison's case notes export 'Occurrence Date Time | Case Note Type | Sub Type | Text';
# prison healthcare's CSV; the ambulance service's sheet; probation's Word paragraphs; the hospital's sheet.

R.xlsx("HMP Ashfield.xlsx", [("Case notes", [], [["Occurrence Date Time", "Case Note Type", "Sub Type", "Text"]], [
    (["05/02/2024 18:40", "Safer custody", "ACCT opened", "Told officer he wants to end it after a call with his "
      "girlfriend. ACCT opened, hourly obs."], "E1", "2024-02-05"),
    (["09/02/2024 07:55", "Incident", "Self-harm", "Self-harmed in his cell overnight, cuts to forearm; healthcare "
      "attended."], "E2", "2024-02-09"),
    (["16/02/2024 02:10", "Incident", "Code blue", "Code blue: found unresponsive with a ligature on the 02:00 "
      "check. CPR by staff, ambulance called."], "E3", "2024-02-16"),
])])

R.csv("Prison Healthcare.csv", [], ["Date", "Time", "Clinician", "Entry"], [
    (["05/02/2024", "19:30", "MH nurse", "Wing staff told us he was placed on an ACCT (self-harm risk) this evening. "
      "MH in-reach referral made."], "E1", "2024-02-05"),
    (["09/02/2024", "08:10", "Nurse", "Superficial cuts to L forearm, cleaned and steri-stripped."], "E2",
     "2024-02-09"),
    (["16/02/2024", "02:12", "Nurse", "Emergency response to cell: CPR continued until the paramedics took over."],
     "E3", "2024-02-16"),
])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date", "Time", "Incident"]], [
    ([D(2024, 2, 16), "02:16", "Ambulance called to HMP Ashfield, 23M hanging, in cardiac arrest; ROSC after 20 "
      "minutes, conveyed."], "E3", "2024-02-16"),
])])

R.docx_paragraphs("Probation Service.docx", "Probation - case record (Lee Carter)", [
    ("06/02/2024 - Prison OMU email: Lee on an ACCT since last night after a phone call with his girlfriend.",
     "E1", "2024-02-06"),
    ("20/02/2024 - Informed by the prison that Lee died in hospital this morning.", "E4", "2024-02-20"),
])

R.xlsx("Hospital.xlsx", [("ICU", [], [["Date", "Note"]], [
    ([D(2024, 2, 16), "ICU admission after hanging in prison, out of hospital cardiac arrest; hypoxic brain "
      "injury."], "E3", "2024-02-16"),
    ([D(2024, 2, 20), "Died at 06:40 on ICU after withdrawal of treatment; prison officers present, family "
      "informed."], "E4", "2024-02-20"),
])])
R.done()
