"""A held-out review (see ../README.md): python r221.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Days with two events alike: a Team Around the Family meeting in the morning and a Child in Need
# meeting in the afternoon; the police called to the address twice in one night (22:05 and 03:40),
# the ambulance only the second time; a health visitor's visit to the baby and a school nurse's
# contact with the older child on one day; an ED attendance on two days running for different
# injuries. Records of each event are one; the look-alikes are not.
R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Details"]], [
    ([D(2023, 2, 10), "22:05", "Call from neighbour: shouting at the address. Attended: verbal argument between "
      "mother and partner Lee, no offences. Lee left."], "E1", "2023-02-10"),
    ([D(2023, 2, 11), "03:40", "Second call: Lee returned, assaulted mother (punch to face). Ambulance called. "
      "Lee arrested."], "E2", "2023-02-11"),
])])
R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Notes"]], [
    ([D(2023, 2, 11), "03:52", "Female 29, assaulted by partner, facial swelling, police on scene. Treated at "
      "scene, declined conveyance."], "E2", "2023-02-11"),
])])
R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Time", "Type", "Notes"]], [
    ([D(2023, 2, 13), "09:15", "Notification", "Police DA notification: two call-outs 10/11 Feb, partner arrested "
      "after assault on mum."], "E2", "2023-02-13"),
    ([D(2023, 3, 1), "10:00", "TAF meeting", "Team Around the Family meeting at school: mum, school, HV. "
      "Attendance plan."], "E3", "2023-03-01"),
    ([D(2023, 3, 1), "15:30", "CIN meeting", "Child in Need review at home: mum, HV, school nurse. Plan "
      "continues."], "E4", "2023-03-01"),
])])
R.xlsx("Greenway Primary.xlsx", [("Log", [], [["Date", "Details", "Action"]], [
    ([D(2023, 2, 13), "Encompass: police attended home twice over the weekend; Jayden (8) present.",
      "Monitor"], "E2", "2023-02-13"),
    ([D(2023, 3, 1), "TAF meeting in school with mum, HV and family support. Attendance 84%.",
      "Attendance plan agreed"], "E3", "2023-03-01"),
    ([D(2023, 3, 1), "School nurse saw Jayden re enuresis, mum to see GP.", None], "E5", "2023-03-01"),
])])
R.csv("Health Visiting.csv", [], ["Date", "Time", "Entry"], [
    (["01/03/2023", "10:00", "Attended TAF at Greenway Primary. Baby Kayla weight on 25th centile."], "E3",
     "2023-03-01"),
    (["01/03/2023", "15:30", "Attended CIN review at home. Home conditions improved."], "E4", "2023-03-01"),
    (["08/03/2023", "11:00", "Home visit: Kayla seen, weight gain, mum engaging."], None, "2023-03-08"),
])
R.csv("School Nursing.csv", [], ["Date", "Contact"], [
    (["01/03/2023", "Saw Jayden in school re bedwetting, advice, letter to mum to see GP."], "E5", "2023-03-01"),
    (["01/03/2023", "CIN review at home (afternoon): enuresis pathway discussed."], "E4", "2023-03-01"),
])
R.xlsx("Hospital.xlsx", [("ED", [], [["Arrival", "Complaint", "Notes"]], [
    ([D(2023, 3, 20, 18, 10), "Head injury", "Jayden fell from bunk bed, small cut scalp, glued. Discharged."],
     "E6", "2023-03-20"),
    ([D(2023, 3, 21, 16, 45), "Burn", "Kayla: scald to hand from cup of tea. Dressed. Safeguarding referral "
      "made."], "E7", "2023-03-21"),
])])
R.csv("Childrens Social Care Referrals.csv", [], ["Date", "Referral"], [
    (["21/03/2023", "Referral from ED: Kayla (11 months) scald to hand from tea, second attendance in two days "
      "(Jayden head injury yesterday)."], "E7", "2023-03-21"),
])
R.done()
