"""A held-out review (see ../README.md): python r418.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Daniel (27), psychosis and cannabis use, dies by suicide after discharge from
# a mental health ward. Vocabulary: "s136", "HBPoS" (health based place of safety), "AMHP", "MHA
# assessment", "s2", "HTT" (home treatment team), "CRHT", "7-day follow-up", "S117". Layouts: the AMHP
# service's log with 'Date referral received' and 'Date of assessment'; the police's custody-style times
# ('0215hrs'); the ambulance's; the ward's admission and discharge as two rows; the home treatment team's
# visits with 'Planned'/'Actual' columns; the GP's; a housing officer's notes in Word.

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Incident", "Narrative"]], [
    ([D(2024, 4, 6), "0215hrs", "Concern for safety", "Male on the railway bridge saying voices tell him to "
      "jump. Detained under s136 and taken to the HBPoS at Hillside. Ambulance attended."], "E1", "2024-04-06"),
    ([D(2024, 5, 30), "0940hrs", "Sudden death", "Male found hanged at home by his brother. Not suspicious; "
      "coroner informed."], "E5", "2024-05-30"),
])])

R.xlsx("Ambulance.xlsx", [("Jobs", [], [["Date", "Time", "Complaint", "Notes"]], [
    ([D(2024, 4, 6), "02:20", "Mental health", "Police s136 on a bridge. Obs normal, no injuries. Travelled with "
      "police to the place of safety."], "E1", "2024-04-06"),
    ([D(2024, 5, 30), "09:31", "Cardiac arrest", "ROLE: hanging, cold, rigor. Handed to police."], "E5",
     "2024-05-30"),
])])

R.xlsx("AMHP Service.xlsx", [("Log", [], [["Date referral received", "Date of assessment", "Referrer",
                                          "Outcome", "Summary"]], [
    ([D(2024, 4, 6), D(2024, 4, 6), "Hillside HBPoS", "Detained s2", "MHA assessment at the place of safety "
      "after the s136: persecutory voices, no insight. Detained under section 2; bed at Oak Ward."], "E2",
     "2024-04-06"),
])])

R.xlsx("Mental Health Trust - Oak Ward.xlsx", [("Inpatient", [], [["Date", "Event", "Entry"]], [
    ([D(2024, 4, 6), "Admission", "Admitted under s2 from the HBPoS. Settled overnight."], "E2", "2024-04-06"),
    ([D(2024, 5, 3), "Tribunal", "Section 2 upheld? No: regraded to informal after ward round."], "A1",
     "2024-05-03"),
    ([D(2024, 5, 20), "Discharge", "Discharged home with HTT follow-up within 72 hours. S117 aftercare. GP "
      "letter sent."], "E3", "2024-05-20"),
])])

R.xlsx("Home Treatment Team.xlsx", [("Visits", [], [["Planned", "Actual", "Staff", "Visit notes"]], [
    ([D(2024, 5, 22), D(2024, 5, 22), "HTT nurse", "72-hour follow-up at home: sleeping poorly, denies "
      "thoughts of harm. Daily visits."], "A2", "2024-05-22"),
    ([D(2024, 5, 28), D(2024, 5, 29), "HTT nurse", "Visit missed on the 28th (staffing); seen today: flat, "
      "little eye contact. Discharge to CMHT planned."], "A3", "2024-05-29"),
    ([D(2024, 5, 31), D(2024, 5, 31), "HTT manager", "Informed by the police that Daniel died at home yesterday."], "E5",
     "2024-05-31"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 5, 23), "Discharge letter from Oak Ward: admitted 06/04 under s2, discharged 20/05 to HTT. "
      "Olanzapine 10mg."], "E3", "2024-05-23"),
    ([D(2024, 6, 3), "Coroner's notification: died 30/05/2024."], "E5", "2024-06-03"),
])])

R.docx_paragraphs("Housing officer notes.docx", "Tenancy notes \u2013 D. Ward, 14 Mill Court", [
    ("02/04/2024 \u2013 Neighbours complain of music and shouting at night. Letter sent.", "A4", "2024-04-02"),
    ("08/04/2024 \u2013 Brother rang: Daniel sectioned at the weekend, in Oak Ward.", "E2", "2024-04-08"),
    ("31/05/2024 \u2013 Police told me Daniel died at the flat yesterday. Tenancy to end.", "E5", "2024-05-31"),
])
R.done()
