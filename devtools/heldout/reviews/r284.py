"""A held-out review (see ../README.md): python r284.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Safeguarding adults review: Mr Derek Wood (67), who hoarded and smoked, and died in a fire at his flat.
# Vocabulary: "self-neglect", "hoarding", "clutter image rating", "HFSV" (home fire safety visit),
# "S42 enquiry", "capacity", "long lie", "conveyed", "COPD". Layouts: the housing association's
# sheet with a two-row header (groups "Contact" and "Details" over "Date", "Time", "Officer",
# "Notes"); the fire service's CSV with date-times "05/06/2023 14:22:00"; adult social care with a
# header "Date (DD/MM/YYYY)" and an "Activity" column; the ambulance service with "Incident date" and
# a call category; the GP with "Consultation date" and a "Problem" column.

R.xlsx("Greenway Housing.xlsx", [("Tenancy", [], [["Contact", None, "Details", None],
                                                 ["Date", "Time", "Officer", "Notes"]], [
    ([D(2023, 3, 14), "10:30", "Gas team", "Annual gas check: access only to hallway, flat filled floor to ceiling "
      "with papers and bags. Clutter image rating 8. Fire risk. Referred to fire service for HFSV and to adult social "
      "care."], "E1", "2023-03-14"),
    ([D(2023, 3, 29), "", "Tenancy officer", "Fire service say smoke alarms fitted yesterday; Derek refused help "
      "to clear."], "E2", "2023-03-29"),
    ([D(2023, 4, 11), "14:00", "Tenancy officer", "Joint visit with adult social care. Derek polite, will not "
      "discuss clearance."], "E3", "2023-04-11"),
    ([D(2023, 6, 6), "", "Tenancy officer", "Informed by fire service of fire at the flat yesterday; Derek has died."],
     "E5", "2023-06-06"),
])])

R.csv("Fire and Rescue.csv", [], ["Date/time", "Incident type", "Narrative"], [
    (["16/03/2023 09:12:00", "Partner referral", "HFSV referral from Greenway Housing: hoarding, smoker, CIR 8."], "E1",
     "2023-03-16"),
    (["28/03/2023 11:00:00", "HFSV", "Home fire safety visit: 3 smoke alarms fitted, escape route blocked by items. "
      "Advice given; clearance declined."], "E2", "2023-03-28"),
    (["05/06/2023 14:22:00", "Dwelling fire", "Fire in lounge of 1st floor flat. One male casualty, life pronounced "
      "extinct at scene. Cause: smoking materials."], "E5", "2023-06-05"),
])

R.xlsx("Adult Social Care.xlsx", [("Case", [], [["Date (DD/MM/YYYY)", "Activity", "Details"]], [
    (["15/03/2023", "Safeguarding concern", "From Greenway Housing: hoarding, CIR 8, fire risk. S42 criteria met."],
     "E1", "2023-03-15"),
    (["11/04/2023", "S42 enquiry visit", "Visit with housing officer. Derek has capacity re his home; declines support. "
      "Self-neglect plan."], "E3", "2023-04-11"),
    (["06/06/2023", "Case note", "Fire service: Derek died in a fire at his flat on 05/06."], "E5", "2023-06-06"),
])])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Incident date", "Category", "Summary"]], [
    ([D(2023, 5, 2), "Cat 3", "Fall at home, long lie approx 12 hrs. Property severely cluttered. Conveyed to ED."],
     "E4", "2023-05-02"),
    ([D(2023, 6, 5), "Cat 1", "Called by fire service to house fire. Patient deceased, ROLE."], "E5", "2023-06-05"),
])])

R.xlsx("GP.xlsx", [("Consultations", [], [["Consultation date", "Problem", "Notes"]], [
    ([D(2023, 2, 20), "COPD", "Annual review. Still smoking 30/day. Declined stop smoking service."], None,
     "2023-02-20"),
    ([D(2023, 5, 5), "Fall", "Discharge summary: admitted 02/05 after a long lie; rhabdomyolysis; home 04/05."], "E4",
     "2023-05-05"),
])])
R.done()
