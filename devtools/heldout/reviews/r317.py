"""A held-out review (see ../README.md): python r317.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mrs Edna Shaw (88), with dementia, in a nursing home: unexplained
# bruising, money missing, a fall and a broken hip, death in hospital. Vocabulary: "statutory
# notification" (to the CQC), "body map", "unwitnessed fall", "NOF" (neck of femur) fracture,
# "hemiarthroplasty", "S42", "DoLS", "position of trust". Layouts: the home's incident log with an
# incident number, the incident's date-time and the date it was reported (a later day); the CQC's
# notifications received; adult social care; the police; the ambulance service; the hospital, dates
# "Tue 05-Mar-24 14:30".

R.xlsx("Meadowbank Nursing Home.xlsx", [("Incident log", [], [["Incident No", "Date/Time of incident",
                                                               "Date reported", "Category", "Description"]], [
    (["IN-0231", D(2024, 2, 12, 8, 0), D(2024, 2, 12), "Unexplained bruising", "Bruising to both forearms found "
      "at morning care, body map done. Safeguarding raised with ASC; CQC notified."], "E1", "2024-02-12"),
    (["IN-0240", D(2024, 2, 20, 15, 0), D(2024, 2, 21), "Missing money", "Family report £200 missing from "
      "Edna's purse. Police called."], "E2", "2024-02-20"),
    (["IN-0255", D(2024, 3, 5, 3, 40), D(2024, 3, 5), "Fall", "Unwitnessed fall in bedroom, pain L hip, leg "
      "shortened. 999."], "E3", "2024-03-05"),
])])

R.xlsx("CQC.xlsx", [("Notifications", [], [["Received", "Type", "Summary"]], [
    ([D(2024, 2, 13), "Statutory notification – abuse or allegation", "Meadowbank: unexplained bruising to a "
      "resident's forearms (12/02), referred to the local authority."], "E1", "2024-02-13"),
    ([D(2024, 3, 7), "Statutory notification – serious injury", "Meadowbank: resident fractured hip after a fall "
      "05/03."], "E3", "2024-03-07"),
])])

R.xlsx("Adult Social Care.xlsx", [("Safeguarding", [], [["Date", "Note"]], [
    ([D(2024, 2, 12), "Concern from Meadowbank: unexplained bruising, Mrs Shaw. S42 enquiry; DoLS in place."],
     "E1", "2024-02-12"),
    ([D(2024, 2, 22), "Police update: theft from Mrs Shaw, a carer suspended. Position of trust process."],
     "E2", "2024-02-22"),
])])

R.xlsx("Police.xlsx", [("Crimes", [], [["Reported", "Offence", "Summary"]], [
    ([D(2024, 2, 20, 16, 30), "Theft", "Theft of £200 from an 88-year-old resident at Meadowbank Nursing Home. "
      "Carer identified, arrested and bailed."], "E2", "2024-02-20"),
])])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Outcome", "Notes"]], [
    ([D(2024, 3, 5), "03:52", "Conveyed", "88F fall at nursing home, shortened and rotated L leg, ?NOF. Morphine. "
      "To Royal General."], "E3", "2024-03-05"),
])])

R.xlsx("Royal General Hospital.xlsx", [("Notes", [], [["Date", "Note"]], [
    (["Tue 05-Mar-24 04:40", "ED: fractured neck of femur L after a fall at her nursing home. Admitted to "
      "orthopaedics."], "E3", "2024-03-05"),
    (["Wed 06-Mar-24 10:00", "Hemiarthroplasty. Old bruising noted on arms; safeguarding team told."], None,
     "2024-03-06"),
    (["Sat 16-Mar-24 22:10", "Died on the ward (hospital-acquired pneumonia). Coroner informed."], None,
     "2024-03-16"),
])])
R.done()
