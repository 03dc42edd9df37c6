"""A held-out review (see ../README.md): python r387.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Gary (52), sleeping rough and drinking heavily, is evicted from a hostel,
# found collapsed in the snow, and dies of hypothermia. Vocabulary: "SWEP" (severe weather emergency
# protocol), "outreach", "bedded down", "NFA" (no fixed abode), "alcohol withdrawal", a hostel's "final warning" and
# "notice to quit". Layouts: the outreach team's CSV with a
# "Shift date" and a location column; the hostel's incident log workbook; the drug and alcohol
# service's Word notes dated '12.01.24 - ...'; the ambulance's and the hospital's workbooks; police.

R.csv("Street Outreach.csv", [], ["Shift date", "Location", "Worker", "Contact notes"], [
    (["08/01/2024", "Bus station", "OW Dale", "Gary bedded down behind the bus station. Drinking. Offered SWEP "
      "bed, declined."], "A1", "2024-01-08"),
    (["17/01/2024", "Canal towpath", "OW Dale", "Found Gary cold and confused on the towpath at 06:10, snow on his "
      "sleeping bag. Called 999; ambulance took him to St Luke's."], "E3", "2024-01-17"),
])

R.xlsx("Hope House Hostel.xlsx", [("Incident log", [], [["Incident date", "Incident category", "Staff",
                                                          "Description"]], [
    ([D(2024, 1, 3), "Aggression", "Night manager", "Resident Gary threatened staff with a bottle when asked to "
      "leave the lounge. Police called. Final warning."], "E1", "2024-01-03"),
    ([D(2024, 1, 5), "Eviction", "Manager", "Notice to quit served: Gary to leave today after the incident on "
      "the 3rd. Signposted to the outreach team."], "E2", "2024-01-05"),
])])

R.docx_paragraphs("Recovery Service.docx", "Westbridge Recovery Service - chronology for Gary", [
    ("04.01.24 - Keyworker session: drinking 3 litres of cider a day. Says he may lose his hostel place after "
     "an argument last night.", "A2", "2024-01-04"),
    ("12.01.24 - DNA detox assessment. Outreach say he is now sleeping out.", "A3", "2024-01-12"),
    ("22.01.24 - Informed by the hospital social worker that Gary died on the ward yesterday.", "E4",
     "2024-01-22"),
])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Summary"]], [
    ([D(2024, 1, 3), "23:40", "Call from Hope House: male resident threatening staff with a bottle. Words of "
      "advice, bottle taken, no complaint made."], "E1", "2024-01-03"),
    ([D(2024, 1, 21), "16:00", "Sudden death on Ward 9, St Luke's: not suspicious. File to coroner."], "E4",
     "2024-01-21"),
])])

R.xlsx("Ambulance Service.xlsx", [("Calls", [], [["Date", "Time", "Clinical notes"]], [
    ([D(2024, 1, 17), "06:22", "52M found on towpath by outreach worker, temp 31.8, GCS 13. Warming, conveyed to "
      "St Luke's ED."], "E3", "2024-01-17"),
])])

R.xlsx("St Lukes Hospital.xlsx", [("Inpatient", [], [["Date", "Area", "Entry"]], [
    ([D(2024, 1, 17), "ED", "Hypothermia (31.8), alcohol withdrawal. NFA. Admitted to Ward 9."], "E3",
     "2024-01-17"),
    ([D(2024, 1, 21), "Ward 9", "Cardiac arrest on the ward, aspiration pneumonia. Died 15:20. Coroner "
      "informed."], "E4", "2024-01-21"),
])])
R.done()
