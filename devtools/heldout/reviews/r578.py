"""A held-out review (see ../README.md): python r578.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review: a mother and two children poisoned by carbon monoxide from a boiler in a privately
# rented house. The gas network's emergency service and the council's private sector housing team are among the
# agencies. Each agency tells the same event in its own words: 'headaches and vomiting, CO alarm sounding', 'CO
# readings of 300 ppm in the kitchen; gas supply isolated', 'boiler spilling; appliance capped', 'CO poisoning:
# carboxyhaemoglobin 18%', 'Evie off school after carbon monoxide poisoning at the weekend', 'Jack (3) treated
# for carbon monoxide poisoning on 02/12'; the fire service's referral to the private sector housing team.
# Layouts: the gas network's CSV 'Job number | Reported | Job type | Engineer notes' with date-times typed
# '02/12/2023 18:47:13'; the fire service's and the ambulance service's sheets; the hospital's Word paragraphs;
# the private sector housing team's 'Date received | Officer | Notes'; the school's Word table; health visiting's
# OpenDocument sheet.

R.csv("Gas Emergency Service.csv", [], ["Job number", "Reported", "Job type", "Engineer notes"], [
    (["J-55120", "02/12/2023 18:47:13", "CO alarm", "Emergency call: CO alarm activated. Boiler spilling; appliance "
      "capped and labelled Immediately Dangerous."], "E1", "2023-12-02"),
])

R.xlsx("Fire and Rescue Service.xlsx", [("Incidents", [], [["Date", "Time", "Incident", "Notes"]], [
    ([D(2023, 12, 2), "18:40", "CO", "Attended with the ambulance: CO readings of 300 ppm in the kitchen; gas supply "
      "isolated."], "E1", "2023-12-02"),
    ([D(2023, 12, 4), "09:30", "Referral", "Referral to private sector housing: landlord has produced no gas safety "
      "record."], "E2", "2023-12-04"),
])])

R.xlsx("Ambulance Service.xlsx", [("Calls", [], [["Call date", "Call time", "Notes"]], [
    ([D(2023, 12, 2), "18:31", "Family of 3 with headaches and vomiting, CO alarm sounding; mother and two children "
      "conveyed."], "E1", "2023-12-02"),
])])

R.docx_paragraphs("Hospital.docx", "Hospital - safeguarding chronology", [
    ("02/12/2023 CO poisoning: carboxyhaemoglobin 18% (mother), children 12% and 10%; high-flow oxygen, kept "
     "overnight.", "E1", "2023-12-02"),
])

R.xlsx("Private Sector Housing.xlsx", [("Case", [], [["Date received", "Officer", "Notes"]], [
    ([D(2023, 12, 4), "EHO Patel", "Referral from the fire service: CO incident at 14 Wren Street; landlord has no gas "
      "safety certificate. Inspection booked."], "E2", "2023-12-04"),
    ([D(2023, 12, 6), "EHO Patel", "Inspection: no gas safety certificate; damp and mould, Category 1 hazards. "
      "Improvement notice to follow."], "S1", "2023-12-06"),
    ([D(2024, 1, 15), "EHO Patel", "Improvement notice served on the landlord (HHSRS Category 1: damp, gas "
      "safety)."], "S2", "2024-01-15"),
])])

R.docx_table("Wren Street Primary.docx", "Wren Street Primary - attendance and welfare", ["Date", "Note"], [
    (["04/12/2023", "Mum rang: Evie off school after carbon monoxide poisoning at the weekend, in hospital one "
      "night."], "E1", "2023-12-04"),
])

R.ods("Health Visiting.ods", "Record", ["Date", "Contact", "Notes"], [
    ([D(2023, 12, 5), "Notification", "Hospital notification: Jack (3) treated for carbon monoxide poisoning on "
      "02/12."], "E1", "2023-12-05"),
])
R.done()
