"""A held-out review (see ../README.md): python r214.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A domestic homicide review: Emma (29) killed by her ex-partner Ryan, on licence. Dates in every
# style: "Tues 3rd Oct" under a "2023" heading row, "03-Oct-23", "2023/10/03", "3.10.2023"; times "3pm"
# and "15:00hrs". Probation with Approved Premises; the victim's GP and IDVA; police; housing.
R.xlsx("Probation Service.xlsx", [("Contacts", [["Probation Service - Ryan T - DHR chronology"]],
                                   [["Date", "Time", "Contact", "Record"]], [
    (["2023", None, None, None], None, None),
    (["Mon 2nd Oct", "3pm", "Release", "Released from HMP Nottingham on licence to Approved Premises. Licence "
      "conditions: no contact with Emma, exclusion zone."], "E1", "2023-10-02"),
    (["Tues 3rd Oct", "10am", "Office", "Induction appointment. Victim liaison officer informed of release."], None,
     "2023-10-03"),
    (["Fri 13th Oct", "9pm", "AP report", "AP staff report Ryan returned 2 hours after curfew, smelling of "
      "alcohol."], "E3", "2023-10-13"),
    (["Mon 16th Oct", "11am", "Office", "Police intelligence: Ryan seen in Emma's road on Saturday. Warning letter. "
      "Recall considered, not pursued."], "E4", "2023-10-16"),
    (["Sun 22nd Oct", None, "Recall", "Emergency recall following arrest for murder of Emma."], "E6",
     "2023-10-22"),
])])
R.csv("Approved Premises.csv", [], ["Date", "Time", "Staff", "Log"], [
    (["02/10/2023", "15:40", "RW", "New resident Ryan T arrived from HMP Nottingham. Rules explained."], "E1",
     "2023-10-02"),
    (["13/10/2023", "23:05", "Night", "Resident returned 23:05, curfew 21:00. Smelt of alcohol. OM emailed."], "E3",
     "2023-10-13"),
    (["21/10/2023", "23:30", "Night", "Resident failed to return for curfew. Police and OM informed."], "E5",
     "2023-10-21"),
])
R.csv("GP Surgery.csv", [], ["Consultation date", "Details"], [
    (["03-Oct-23", "Emma: anxious, ex-partner released from prison this week. Sleep poor. Discussed IDVA, "
      "consented to referral."], "E2", "2023-10-03"),
    (["23-Oct-23", "Notification of patient's death received from police."], "E6", "2023-10-23"),
])
R.csv("IDVA Service.csv", [], ["Date", "Note"], [
    (["2023/10/04", "Referral from GP: Emma anxious about Ryan's release. Safety planning call, DASH medium."],
     "E2", "2023-10-04"),
    (["2023/10/16", "Emma called: Ryan was outside her house on Saturday night. Advised to call 999, police "
      "informed."], "E4", "2023-10-16"),
])
R.xlsx("Nottinghamshire Police.xlsx", [("Incidents", [], [["Date", "Ref", "Summary"]], [
    (["14.10.2023", "INC 5521", "Caller Emma reports ex-partner in the street outside at 22:40, left before "
      "police arrived. Intelligence to probation."], "E4", "2023-10-14"),
    (["21.10.2023", "INC 6177", "Approved Premises report resident Ryan T failed to return, wanted on breach."],
     "E5", "2023-10-21"),
    (["22.10.2023", "INC 6190", "Female found deceased at home address with stab wounds. Ryan T arrested for "
      "murder."], "E6", "2023-10-22"),
])])
R.done()
