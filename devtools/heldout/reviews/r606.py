"""A held-out review (see ../README.md): python r606.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A safeguarding adults review: Dean (27), bedbound at 210kg, cared for by his mother. Each agency tells the same event
# in its own words: the ambulance's 'bariatric patient, fire service asked to assist', the fire service's 'Assist
# ambulance: bariatric patient removed through the front window' and the hospital's 'Admitted: cellulitis, grade 4
# sacral pressure ulcer'; a discharge planning meeting; the bariatric bed as the equipment service and the district
# nurses write it.
# Layouts: the ambulance service's sheet; the fire service's CSV 'Incident no | Date | Time | Type | Notes'; the
# hospital's Word table; adult social care's sheet; the community equipment service's CSV in cp1252; the district
# nurses' OpenDocument sheet.

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date", "Time", "Notes"]], [
    ([D(2024, 3, 11), T(9, 20), "27M, approx 210kg, bedbound, febrile, leg red and hot. Bariatric ambulance requested; "
      "fire service asked to assist with the move. Conveyed."], "E1", "2024-03-11"),
])])

R.csv("Fire and Rescue.csv", [], ["Incident no", "Date", "Time", "Type", "Notes"], [
    (["FR-1187", "11/03/2024", "10:45", "Special service", "Assist ambulance: bariatric patient removed through the "
      "front window with a platform. No injuries."], "E1", "2024-03-11"),
])

R.docx_table("District General Hospital.docx", "District General Hospital - Dean", ["Date", "Ward", "Entry"], [
    (["11/03/2024", "AMU", "Admitted: cellulitis L leg, grade 4 sacral pressure ulcer, weight 210kg. Bariatric bed "
      "needed."], "E1", "2024-03-11"),
    (["02/04/2024", "Ward 3", "Discharge planning meeting with ASC and the equipment service: bed and hoist first."],
     "E2", "2024-04-02"),
])

R.xlsx("Adult Social Care.xlsx", [("Notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 3, 12), "Safeguarding", "Concern from the hospital: self-neglect, pressure ulcer, carer unable to cope."],
     "S3", "2024-03-12"),
    ([D(2024, 4, 2), "SW Ford", "Discharge planning meeting on Ward 3: home with a package of care once the bariatric "
      "bed is in."], "E2", "2024-04-02"),
])])

R.csv("Community Equipment Service.csv", [], ["Date", "Order", "Item"], [
    (["09/04/2024", "CES-55120", "Bariatric profiling bed, air mattress and ceiling hoist delivered and fitted."], "E3",
     "2024-04-09"),
], encoding="cp1252")

R.ods("District Nursing.ods", "Visits", ["Date", "Nurse", "Visit"], [
    ([D(2024, 4, 9), "DN Clark", "Bariatric bed and hoist in place today; pressure area plan with mum."], "E3",
     "2024-04-09"),
])
R.done()
