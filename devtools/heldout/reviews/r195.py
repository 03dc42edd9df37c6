"""A held-out review (see ../README.md): python r195.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A sixteen-year-old radicalised online: Prevent, Channel, elective home education, counter-terrorism policing.
R.xlsx("Northfield Academy.xlsx", [("Safeguarding", [], [["Date", "Concern", "Action"]], [
    ([D(2023, 1, 10), "Y showing peers extremist videos on his phone; DSL spoke to Y and parents.",
      "Prevent referral submitted."], "E1", "2023-01-10"),
    ([D(2023, 2, 7), "DSL attended Channel panel.", ""], "E2", "2023-02-07"),
    ([D(2023, 3, 1), "Parents de-registered Y for elective home education (letter received).", "EHE team informed"],
     "E3", "2023-03-01"),
])])
R.xlsx("Counter Terrorism Policing.xlsx", [("Prevent", [], [["Date", "Summary"]], [
    ([D(2023, 1, 10), "Prevent referral received from Northfield Academy; gateway assessment opened."], "E1",
     "2023-01-10"),
    ([D(2023, 2, 7), "Channel panel - case adopted, ideological mentor to be allocated."], "E2", "2023-02-07"),
    ([D(2023, 5, 15), "Y arrested on suspicion of preparing acts of terrorism (s5 TA 2006); search warrant executed "
      "at home address."], "E5", "2023-05-15"),
])])
R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Record"]], [
    ([D(2023, 1, 11), "Contact", "Prevent referral shared by police Prevent officer (school's referral of 10/01); "
      "NFA for CSC, advice given."], "E1", "2023-01-11"),
    ([D(2023, 3, 2), "Info", "Informed by EHE team Y removed from school roll yesterday."], "E3", "2023-03-02"),
    ([D(2023, 5, 16), "Notification", "CT policing notification: Y arrested yesterday, remanded to youth detention."],
     "E5", "2023-05-16"),
])])
R.csv("Council - Channel and EHE.csv", [], ["Date", "Team", "Note"], [
    (["07/02/2023", "Channel", "Channel panel: case adopted, intervention provider allocated."], "E2", "2023-02-07"),
    (["01/03/2023", "EHE", "Notification of removal from roll for EHE received from school."], "E3", "2023-03-01"),
    (["20/04/2023", "EHE", "Home visit offered, declined by father."], None, "2023-04-20"),
    (["16/05/2023", "Channel", "Case exited Channel following arrest; referred back to police."], None, "2023-05-16"),
])
R.done()
