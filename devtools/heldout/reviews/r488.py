"""A held-out review (see ../README.md): python r488.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: a mother and three children poisoned by carbon monoxide in a privately rented flat. Layouts:
# environmental health's CSV of 'Service request no. | Received | Type | Officer | Notes' whose dates are
# ISO text with seconds ('2024-01-08 09:31:22'); the emergency department's 'Arrival | Triage cat. | PC |
# Diagnosis | Disposal'; the school's absence log 'Date | Code | Reason given'; the fire service's 'Incident date |
# Incident type | Narrative'; the letting agent's Word paragraphs '09/01/24 - …'.

R.csv("Environmental Health.csv", [], ["Service request no.", "Received", "Type", "Officer", "Notes"], [
    (["SR-10442", "2024-01-08 09:31:22", "Housing disrepair", "EHO Patel", "Tenant reports the boiler keeps cutting "
      "out, black mould in the children's bedroom. Letter to the letting agent requiring a gas safety certificate "
      "within 14 days."], "E1", "2024-01-08"),
    (["SR-11017", "2024-02-14 10:05:40", "Fire service referral", "EHO Patel", "Carbon monoxide incident at the "
      "flat overnight, family in hospital. Visited: boiler flue disconnected. Emergency prohibition order."], "E2",
     "2024-02-14"),
    (["SR-11017", "2024-02-20 14:12:03", "Follow up", "EHO Patel", "Gas safety certificate received; prohibition "
      "order revoked."], "S1", "2024-02-20"),
])

R.xlsx("Emergency Department.xlsx", [("ED", [], [["Arrival", "Triage cat.", "PC", "Diagnosis", "Disposal"]], [
    ([D(2024, 2, 14, 6, 12), 2, "Mother and 3 children brought by ambulance: headaches, vomiting, youngest drowsy. "
      "Fire service found CO at home.", "Carbon monoxide poisoning - carboxyhaemoglobin raised in all four.",
      "Oxygen; admitted to the children's ward overnight."], "E2", "2024-02-14"),
])])

R.xlsx("Oak Lane Primary.xlsx", [("Absence", [], [["Date", "Code", "Reason given"]], [
    ([D(2024, 1, 15), "I", "Mum rang: Kayla and Jaden both have headaches and sickness again."], "S2", "2024-01-15"),
    ([D(2024, 1, 29), "I", "Illness - headaches. Third time this month, DSL to speak to mum."], "S3", "2024-01-29"),
    ([D(2024, 2, 14), "M", "Mum rang from the hospital: gas poisoning at home, all the children kept in."], "E2",
     "2024-02-14"),
])])

R.xlsx("Fire and Rescue.xlsx", [("Incidents", [], [["Incident date", "Incident type", "Narrative"]], [
    ([D(2024, 2, 14, 5, 48), "CO - persons unwell", "Called by ambulance crew: family of four unwell. 400ppm CO "
      "at the boiler. Gas supply isolated, property ventilated. Referral to environmental health."], "E2",
     "2024-02-14"),
])])

R.docx_paragraphs("Letting Agent.docx", "Lettings file - Flat 3, 22 Mill Road", [
    ("09/01/24 - Email from the council's EHO: gas safety certificate needed within 14 days. Landlord told.", "E1",
     "2024-01-09"),
    ("30/01/24 - Gas engineer could not get access; tenant out.", "S4", "2024-01-30"),
    ("15/02/24 - Council's prohibition order received by post. Landlord booking an engineer.", "E2", "2024-02-15"),
])
R.done()
