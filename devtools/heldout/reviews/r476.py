"""A held-out review (see ../README.md): python r476.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Jade (19), a care leaver, died of an overdose after losing her flat. Vocabulary:
# "PA" (personal adviser), "pathway plan", "UC" (universal credit), "sanction", "s21 notice", "possession",
# "foodbank voucher". Layouts: the leaving care team's case notes exported with 'Case Note Date', 'Case Note
# Type', 'Case Note Title' and 'Case Note Text'; the DWP's universal credit journal; a foodbank's CSV of
# 'Voucher date', 'Referring agency' and 'Items'; a housing association's arrears log; the ambulance service's.

R.xlsx("Leaving Care Team.xlsx", [("Case notes", [], [["Case Note Date", "Case Note Type", "Case Note Title",
                                                        "Case Note Text"]], [
    ([D(2024, 2, 5), "Visit", "PA visit", "Jade's UC has been sanctioned for a missed appointment; no money for "
      "gas. Foodbank voucher issued, help to appeal."], "E1", "2024-02-05"),
    ([D(2024, 3, 11), "Phone", "Housing", "Jade rang: her landlord served a s21 notice today over rent arrears. "
      "Will contact the housing officer."], "E2", "2024-03-11"),
    ([D(2024, 4, 22), "Information", "Death", "Informed by police that Jade was found dead at a friend's flat on "
      "Saturday, suspected overdose."], "E3", "2024-04-22"),
])])

R.xlsx("DWP.xlsx", [("UC journal", [], [["Date", "Entry by", "Journal entry"]], [
    ([D(2024, 1, 29), "Work coach", "Claimant did not attend the work search interview. Sanction decision "
      "referred."], "A1", "2024-01-29"),
    ([D(2024, 2, 6), "Work coach", "Mandatory reconsideration request received from the claimant's personal "
      "adviser."], "A2", "2024-02-06"),
])])

R.csv("Westfield Foodbank.csv", [], ["Voucher date", "Referring agency", "Items"], [
    (["05/02/2024", "Leaving care team", "Food parcel for 1, toiletries, electric top-up."], "E1", "2024-02-05"),
])

R.xlsx("Calder Housing.xlsx", [("Arrears", [], [["Date", "Officer", "Action"]], [
    ([D(2024, 3, 11), "HO Dunn", "Section 21 notice served: arrears £1,240, no UC housing element paid since "
      "January."], "E2", "2024-03-11"),
    ([D(2024, 3, 14), "HO Dunn", "PA rang on Jade's behalf; payment plan offered."], "A3", "2024-03-14"),
])])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Category", "Notes"]], [
    ([D(2024, 4, 20), "08:12", "Cat 1", "19F unresponsive at a private address, suspected heroin overdose. ROLE "
      "08:40. Police on scene."], "E3", "2024-04-20"),
])])
R.done()
