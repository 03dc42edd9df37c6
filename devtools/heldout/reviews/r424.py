"""A held-out review (see ../README.md): python r424.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Frank Hollis (78), hoarding and self-neglect, dies in a fire at his flat.
# Vocabulary: "S&W" (a fire service's safe and well visit), "clutter image rating", "CIR 7", "OHCA",
# "ROLE", "fire retardant bedding", "stop message". Layouts: the fire service's incident log as a CSV with
# several date-time columns ('Call Received', 'Mobilised', 'In Attendance', 'Stop Message'); the housing
# association's repairs log ('Date Logged' and 'Date Completed'); adult social care's steps; the GP's; the
# ambulance's; the police's.

R.csv("Fire and Rescue Service.csv", [], ["Incident No", "Call Received", "Mobilised", "In Attendance",
                                          "Stop Message", "Incident Type", "Narrative"], [
    (["HS-2023-0417", "03/10/2023 10:00:00", "", "", "", "Home safety", "S&W visit at 7 Linden Court following referral from "
      "Eastgate Homes. CIR 7 in living room and hallway, cigarette burns on armchair. Two smoke alarms fitted, "
      "fire retardant bedding given. Referral to ASC for self-neglect."], "A1", "2023-10-03"),
    (["F-2024-1132", "14/01/2024 02:14:33", "14/01/2024 02:15:10", "14/01/2024 02:21:45", "14/01/2024 03:40:02",
      "Dwelling fire", "Fire in living room of first floor flat, 7 Linden Court. Occupant rescued by BA crew, "
      "handed to ambulance in cardiac arrest. Severe hoarding hampered search."], "E3", "2024-01-14"),
])

R.xlsx("Eastgate Homes.xlsx", [("Repairs and tenancy", [["Eastgate Homes - tenancy record for 7 Linden Court"]],
                                [["Date Logged", "Date Completed", "Category", "Description"]], [
    ([D(2023, 9, 4), D(2023, 9, 4), "Gas safety", "No access for annual gas check: tenant would not open the "
      "door. Operative could see rubbish piled to the ceiling in hallway."], "A2", "2023-09-04"),
    ([D(2023, 9, 11), D(2023, 9, 20), "Tenancy sustainment", "Visited with Mr Hollis's agreement. Severe "
      "hoarding, no working smoke alarm, smokes in his chair. Referred to fire service for a safe and well "
      "check."], "A3", "2023-09-11"),
    ([D(2023, 11, 28), None, "Tenancy sustainment", "Mr Hollis declined a clear-out. Told him we would need "
      "access for the gas check by law. ASC chasing."], "A4", "2023-11-28"),
    ([D(2024, 1, 14), None, "Emergency", "Fire at 7 Linden Court overnight; tenant taken to hospital. Flat "
      "boarded up 09:30."], "E3", "2024-01-14"),
])])

R.xlsx("Adult Social Care.xlsx", [("Mosaic steps", [], [["Start Date", "Step", "Worker", "Outcome"]], [
    ([D(2023, 10, 6), "Contact", "Duty", "Referral from the fire service after a safe and well visit: hoarding, "
      "fire risk. Passed to the locality team."], "A1", "2023-10-06"),
    ([D(2023, 10, 24), "Care Act assessment", "SW Okafor", "Home visit with housing officer. Mr Hollis has "
      "capacity about his home and declines help with the clutter. Offered a cleaner; declined."], "A5",
     "2023-10-24"),
    ([D(2023, 12, 12), "Multi-agency meeting", "SW Okafor", "Self-neglect panel: fire service, housing, GP "
      "(report only). Plan: monthly joint visits, GP to review his COPD."], "A6", "2023-12-12"),
    ([D(2024, 1, 15), "Safeguarding concern", "Duty", "Ambulance service raised a concern: Mr Hollis in ICU "
      "after a house fire yesterday."], "E3", "2024-01-15"),
])])

R.xlsx("Linden Medical Practice.xlsx", [("Consultations", [], [["Date", "Clinician", "Type", "Notes"]], [
    ([D(2023, 11, 2), "Dr Price", "Telephone", "COPD review by phone. Still smoking 30/day. Home oxygen "
      "discussed but not advised: smoker."], "A7", "2023-11-02"),
    ([D(2023, 12, 8), "Dr Price", "Admin", "Report for self-neglect panel sent to ASC."], "A8", "2023-12-08"),
    ([D(2024, 1, 18), "Admin", "Letter", "Discharge summary: died 16/01/2024 in ICU, smoke inhalation and "
      "burns after house fire."], "E4", "2024-01-18"),
])])

R.xlsx("Ambulance Service.xlsx", [("Calls", [], [["Incident Date", "Time of Call", "Category", "Clinical Notes"]], [
    ([D(2024, 1, 14), "02:16", "Cat 1", "Fire service rescue from house fire. OHCA on handover, ROSC after 2 "
      "shocks. Conveyed to Eastgate General. Safeguarding concern raised (hoarding)."], "E3", "2024-01-14"),
])])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Ref", "Summary"]], [
    ([D(2024, 1, 14), "OCC 24/0091", "Attended house fire with FRS. Not suspicious at this time; cause likely "
      "smoking materials. Fire investigation to follow."], "E3", "2024-01-14"),
    ([D(2024, 1, 16), "OCC 24/0091", "Informed by ICU that Mr Hollis died this morning. Coroner's officer "
      "notified."], "E4", "2024-01-16"),
])])
R.done()
