"""A held-out review (see ../README.md): python r410.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Peter (58), alcohol dependence and self-neglect, is found dead in his flat
# after weeks of falls and a neighbour's complaints. Vocabulary: "ROLE" (recognition of life extinct),
# "MARM" (multi-agency risk management), "s42", "HFSV" (home fire safety visit), "LFTs", "KW" (key work),
# "conveyed". Layouts: adult social care's case system steps ('Step Name', 'Step Start', 'Step End', date and
# time in one text cell); the ambulance's incidents with 'Conveyed (Y/N)'; the ED's 'Arrival Date/Time' and
# 'Discharge Date/Time'; a drug and alcohol service's CSV in cp1252 with 'Attended'; a housing
# association's log with 'Logged' date-times; the police's 'Occurrence Date'.

R.xlsx("Adult Social Care - case steps.xlsx", [("Steps", [["Mosaic export: Peter DUNNE (ID 448120)"]],
                                                [["Step Name", "Step Start", "Step End", "Worker", "Step Notes"]], [
    (["Safeguarding Concern", "04/03/2024 10:12", "05/03/2024 16:40", "MASH - Adults",
      "Concern from ED (RUH): Peter attended after a fall in the street, heavily intoxicated, unkempt, weight loss. "
      "Self-neglect. To triage."], "E1", "2024-03-04"),
    (["Section 42 Decision", "08/03/2024 11:00", "08/03/2024 11:30", "J. Okafor",
      "s42 duty met: self-neglect, care and support needs. Enquiry opened; MARM to be convened."], "A1",
     "2024-03-08"),
    (["Home Visit", "13/03/2024 14:00", "13/03/2024 15:10", "J. Okafor",
      "Visited Peter at the flat. Empty bottles, no food, bed soaked. Declined care package; capacity assumed."],
     "A2", "2024-03-13"),
    (["MARM Meeting", "20/03/2024 10:00", "20/03/2024 11:30", "J. Okafor",
      "Multi-agency risk management meeting: ASC, CGL, Riverside Housing, fire service. Actions: HFSV, joint "
      "visit with CGL, GP to review."], "E3", "2024-03-20"),
    (["Case Note", "02/04/2024 09:05", "", "J. Okafor",
      "Police notification: Peter found deceased at home on 29/03. Enquiry to close; SAR referral to be "
      "considered."], "E4", "2024-04-02"),
])])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Incident Date", "Time of Call", "CAD Ref", "Chief Complaint",
                                                       "Conveyed (Y/N)", "Crew Notes"]], [
    ([D(2024, 3, 3), "23:41", "CAD 30341-0077", "Fall - head injury", "Y",
      "58M found on pavement outside Londis by passer-by, smelling of alcohol, small laceration to scalp. GCS 14. "
      "Conveyed to RUH ED."], "E1", "2024-03-03"),
    ([D(2024, 3, 17), "07:15", "CAD 31703-0012", "Fall - no injury", "N",
      "Pt on floor of flat since last night, unable to get up. No injuries found, assisted up. Declined "
      "conveyance; capacity assessed. Referral to GP."], "A3", "2024-03-17"),
    ([D(2024, 3, 29), "11:52", "CAD 32903-0141", "Unconscious / not breathing", "N",
      "Called by police. Pt in bedroom, obvious signs of death for some days. ROLE at 12:06. Scene left with "
      "police."], "E4", "2024-03-29"),
])])

R.xlsx("RUH Emergency Department.xlsx", [("ED", [], [["Arrival Date/Time", "Discharge Date/Time", "Diagnosis",
                                                       "Clinical summary"]], [
    ([D(2024, 3, 4, 0, 18), D(2024, 3, 4, 6, 40), "Scalp laceration; alcohol intoxication",
      "BIBA after fall in street. Wound glued. Sobered up, self-discharged 06:40. Poor self-care noted: "
      "safeguarding adult concern raised to ASC."], "E1", "2024-03-04"),
])])

R.csv("CGL Drug and Alcohol Service.csv", [], ["Appt Date", "Appt Type", "Attended", "Key worker notes"], [
    (["22/02/2024", "Assessment", "Yes", "Drinking 2 litres of cider daily for 'years'. Wants to cut down. "
      "LFTs requested from GP."], "A4", "2024-02-22"),
    (["07/03/2024", "KW session", "No", "DNA. Letter sent offering new appointment."], "A5", "2024-03-07"),
    (["20/03/2024", "Professionals meeting", "Yes", "Attended MARM re Peter \u2013 agreed joint visit with his "
      "social worker next week."], "E3", "2024-03-20"),
    (["04/04/2024", "Closure", "n/a", "Informed by the social worker that Peter has died. Case closed."], "E4",
     "2024-04-04"),
], encoding="cp1252")

R.xlsx("Riverside Housing.xlsx", [("ASB and tenancy log", [], [["Logged", "Category", "Description",
                                                                  "Action Taken"]], [
    ([D(2024, 3, 12, 9, 30), "Neighbour complaint", "Flat 3 reports strong smell and shouting from flat 4 at "
      "night. Tenant not answering door.", "Housing officer requested a police welfare check."], "E2",
     "2024-03-12"),
    ([D(2024, 3, 20, 10, 0), "Meeting", "MARM for the tenant of flat 4, attended by housing officer.",
      "Agreed to request HFSV and a deep clean."], "E3", "2024-03-20"),
    ([D(2024, 3, 29, 15, 20), "Tenancy", "Police advised tenant of flat 4 found deceased today.",
      "Property secured; next of kin details passed to police."], "E4", "2024-03-29"),
])])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Occurrence Date", "Occ No.", "Type", "Summary"]], [
    ([D(2024, 3, 12), "OCC/24/118820", "Concern for welfare", "Call from housing officer: tenant of flat 4 not "
      "seen, neighbours report smell. Officers attended: male intoxicated but safe and well. Advised."], "E2",
     "2024-03-12"),
    ([D(2024, 3, 29), "OCC/24/131077", "Sudden death", "Neighbour reported smell and no answer. Entry forced: "
      "male found deceased in bedroom. Ambulance attended, life extinct. Not suspicious; coroner informed."],
     "E4", "2024-03-29"),
])])

R.xlsx("GP Surgery.xlsx", [("Consultations", [], [["Date", "Clinician", "Consultation Type", "Notes"]], [
    ([D(2024, 2, 26), "Dr Shah", "Face to face", "Bloods for LFTs at CGL's request. Advised re alcohol; "
      "thiamine started."], "A6", "2024-02-26"),
    ([D(2024, 3, 19), "Dr Shah", "Telephone", "Ambulance report: found on floor 17/03, declined conveyance. "
      "Phoned Peter: no answer x2."], "A3", "2024-03-19"),
    ([D(2024, 4, 3), "Admin", "Correspondence", "Notification of death received: died at home, date of death "
      "29/03/2024. Coroner's case."], "E4", "2024-04-03"),
])])
R.done()
