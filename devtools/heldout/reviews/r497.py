"""A held-out review (see ../README.md): python r497.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review with children: Sophie (32) and her sons (7, 9). Each agency tells the same event in
# its own words: an incident as 'Encompass notification', 'police let us know', 'PPN'; MARAC as 'the risk
# conference'; a disclosure as 'Clare's Law' and 'DVDS'. Layouts: the school's CPOMS export with several
# 'Categories'; the police's public protection notices 'PPN ref | Date submitted | Risk | Narrative'; the GP's
# 'Date | Read code description | Free text'; the IDVA service's 'Date | Contact | Outcome' whose outcomes are
# categories ('Spoke to client', 'No answer'); children's social care's sheet.

R.xlsx("Hollybank Primary.xlsx", [("CPOMS", [], [["Date", "Student", "Categories", "Incident", "Action taken"]], [
    ([D(2024, 2, 12, 8, 55), "Both boys", "Domestic abuse, Operation Encompass", "Encompass notification: police "
      "attended the home on Saturday night, mum assaulted by partner, children present.", "Class teachers "
      "told; check-ins today."], "E1", "2024-02-12"),
    ([D(2024, 3, 7, 15, 10), "Both boys", "Domestic abuse", "Police let us know there was another incident at home "
      "last night; dad arrested.", "DSL spoke to mum at pick up."], "E3", "2024-03-07"),
])])

R.xlsx("Police PPN.xlsx", [("PPNs", [], [["PPN ref", "Date submitted", "Risk", "Narrative"]], [
    (["PPN/24/0188", D(2024, 2, 10), "Medium", "Domestic assault: partner punched Sophie in the face during an "
      "argument; two children in the house. Partner left before police arrival."], "E1", "2024-02-10"),
    (["PPN/24/0301", D(2024, 2, 28), "High", "Right to ask (DVDS): disclosure made to Sophie of partner's previous "
      "convictions for domestic violence, with IDVA present."], "E2", "2024-02-28"),
    (["PPN/24/0342", D(2024, 3, 6), "High", "Partner strangled Sophie at the home; children woke. Partner arrested "
      "for non-fatal strangulation. MARAC referral."], "E3", "2024-03-06"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Read code description", "Free text"]], [
    ([D(2024, 2, 13), "Domestic abuse", "Attended with bruising to the left cheek, says partner hit her at the "
      "weekend. Police aware. Given IDVA details."], "S1", "2024-02-13"),
    ([D(2024, 3, 21), "MARAC", "Risk conference information: case heard 20/03, high risk, alert added."], "E4",
     "2024-03-21"),
])])

R.xlsx("IDVA Service.xlsx", [("Contacts", [], [["Date", "Contact", "Outcome"]], [
    ([D(2024, 2, 28), "Meeting at police station for the Clare's Law disclosure.", "Spoke to client"], "E2",
     "2024-02-28"),
    ([D(2024, 3, 8), "Call after the strangulation on Wednesday night.", "No answer"], "S2", "2024-03-08"),
    ([D(2024, 3, 20), "MARAC.", "Case heard; safety plan updated."], "E4", "2024-03-20"),
])])

R.xlsx("Children's Social Care.xlsx", [("Contacts", [], [["Date", "Worker", "Summary"]], [
    ([D(2024, 2, 11), "MASH", "Police notification: DA incident, mother assaulted by partner, boys present. "
      "Information to school under Encompass."], "E1", "2024-02-11"),
    ([D(2024, 3, 20), "SW Carter", "Attended MARAC: boys on a child in need plan; partner on bail."], "E4",
     "2024-03-20"),
])])
R.done()
