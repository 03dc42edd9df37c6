"""A held-out review (see ../README.md): python r201.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# The coordinator's collated draft: one workbook, an Agency column written every which way
# ("Police", "police ", "WMP", "West Midlands Police"), rows of several agencies about one event.
R.xlsx("Collated draft v4.xlsx", [("All agencies", [["Collated chronology - DRAFT - not for circulation"]],
    [["Date", "Agency", "Practitioner", "Summary"]], [
    ([D(2022, 1, 8), "West Midlands Police", "PC 1234", "Domestic incident: Kyle (father) punched mother in the face in "
      "front of the children. Arrested. DASH high, MARAC referral."], "E1", "2022-01-08"),
    ([D(2022, 1, 10), "CSC", "SW Ahmed", "PPN received: DA incident 08/01, father arrested. Strategy discussion held."],
     "E1", "2022-01-10"),
    ([D(2022, 1, 10), "police ", "DS Lee", "Strategy discussion with CSC - S47 single agency."], "E2", "2022-01-10"),
    ([D(2022, 1, 10), "Children's Social Care", "TM Brown", "Strategy discussion (police, health): S47 agreed."], "E2",
     "2022-01-10"),
    ([D(2022, 1, 11), "School", "DSL", "Op Encompass call: incident at home on Saturday, children witnessed."], "E1",
     "2022-01-11"),
    ([D(2022, 1, 27), "WMP", "DC Shah", "MARAC: case heard, police actions - marker on address."], "E3", "2022-01-27"),
    ([D(2022, 1, 27), "IDVA", "IDVA Kaur", "MARAC presented, mother engaged with IDVA."], "E3", "2022-01-27"),
    ([D(2022, 1, 27), "School", "DSL", "Attended MARAC (information shared about the children)."], "E3", "2022-01-27"),
    ([D(2022, 2, 3), "Health visitor", "HV Price", "Home visit to youngest: well. Mother says Kyle has moved out."], None,
     "2022-02-03"),
    ([D(2022, 2, 14), "Police", "PC 1234", "Kyle charged with ABH, remanded."], "E4", "2022-02-14"),
    ([D(2022, 2, 15), "CSC", "SW Ahmed", "Informed by police that father was charged yesterday and remanded."], "E4",
     "2022-02-15"),
])])
R.done()
