"""A held-out review (see ../README.md): python r406.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Ron Hale (78), COPD on home oxygen, still smoking; burns on his face
# from a flash fire, then a fatal fire. Vocabulary: "HOOF" (home oxygen order form), "HOS-AR" (a risk
# assessment), "Safe and Well", "flash burn", "fire-retardant", "IHOT" (integrated home oxygen team),
# "DNAR". Layouts: the oxygen supplier's engineer visit log; the fire service's incidents with 'Date/Time
# of Call'; the police's occurrence export with 'Reported Date/Time' and 'Committed From'; the
# respiratory team's Word notes, each month written once and its entries below opening on their day
# ('4th - ...'); the GP's SystmOne export with a coded line each; adult social care's.

R.csv("Oxygen supplier visits.csv", [], ["Visit Date", "Visit Type", "Engineer Comments"], [
    (["08/01/2024", "Routine service", "Concentrator serviced. Strong smell of smoke, ash on the tubing. Smoking "
      "risk reported to IHOT."], "A1", "2024-01-08"),
    (["26/02/2024", "Urgent", "Called out after a fire at the property on 24/02: tubing melted, replaced. Customer "
      "has burns to his nose."], "A2", "2024-02-26"),
])

R.xlsx("Fire and Rescue incidents.xlsx", [("Incidents", [], [["Incident Number", "Date/Time of Call",
                                                               "Property Type", "Narrative"]], [
    (["FR24-0311", D(2024, 2, 24, 19, 12), "House - single occupancy", "Small fire, bedding alight from a "
      "cigarette near oxygen tubing. Occupant with flash burns to face, treated by ambulance. Safe and Well "
      "referral."], "E1", "2024-02-24"),
    (["FR24-0642", D(2024, 4, 14, 3, 40), "House - single occupancy", "Fatal fire: occupant found in the "
      "bedroom. Origin near the bed; oxygen concentrator running."], "E4", "2024-04-14"),
])])

R.xlsx("Police occurrences.xlsx", [("Export", [], [["Occurrence No", "Reported Date/Time", "Committed From",
                                                     "Classification", "Summary"]], [
    (["OC24/5519", D(2024, 4, 14, 4, 5), D(2024, 4, 14, 3, 30), "Sudden death", "Fire service request: male "
      "deceased after a house fire; not suspicious. Coroner informed."], "E4", "2024-04-14"),
])])

# The respiratory team's notes: a month on a line of its own, each entry below opening on its day.
document = docx.Document()
document.add_paragraph("Integrated Home Oxygen Team - notes for the SAR")
notes = [
    ("January 2024", None, None),
    ("10th - Oxygen supplier reports smoking. Rang Ron: says he only smokes outside. HOS-AR medium.", "A6",
     "2024-01-10"),
    ("February 2024", None, None),
    ("27th - Supplier told us of a fire on Saturday with burns. Home visit: singed eyebrows; advised oxygen "
     "would be removed if he smokes again.", "A3", "2024-02-27"),
    ("March 2024", None, None),
    ("Tues 12th - Joint visit with adult social care: Ron declines to stop smoking; fire-retardant bedding "
     "to be fitted.", "E3", "2024-03-12"),
]
row = 1
for text, event, iso in notes:
    document.add_paragraph(text)
    row += 1
    if event is not None:
        R._note("Home oxygen team notes.docx", None, row, event, iso, text)
document.save(str(R.folder / "Home oxygen team notes.docx"))

R.csv("GP SystmOne.csv", [], ["Date", "Staff", "Code", "Text"], [
    (["25/02/2024", "Dr Lin", "Burn of face", "Flash burn to nose after fire at home last night; dressing. Still "
      "smoking with oxygen."], "A4", "2024-02-25"),
    (["20/03/2024", "Dr Lin", "Smoking cessation advice", "Declined referral to stop smoking service."], "A5",
     "2024-03-20"),
])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 2, 28), "Duty", "Safeguarding concern from the home oxygen team: fire at home on 24/02 with burns, "
      "still smoking."], "E1", "2024-02-28"),
    ([D(2024, 3, 12), "SW Price", "Joint visit with the home oxygen team nurse: Ron has capacity to choose to "
      "smoke; bedding and a fire risk plan agreed."], "E3", "2024-03-12"),
])])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Narrative"]], [
    ([D(2024, 2, 24), "19:20", "Fire service on scene. 78M superficial flash burns to nose and eyebrows, on home "
      "O2. Treated on scene, not conveyed."], "E1", "2024-02-24"),
])])
R.done()
