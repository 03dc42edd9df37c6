"""A held-out review (see ../README.md): python r503.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: baby Rory, born withdrawing from opiates, later a serious injury. Each
# agency tells the same event in its own words: the birth as 'delivered', 'born at 37 weeks', 'baby arrived';
# withdrawal as 'NAS', 'neonatal abstinence', 'Finnegan scores'; the pre-birth conference as 'ICPC (pre-birth)';
# discharge as 'home with mum', 'went home'. Layouts: the drug service's 'Appointment date | Attended? |
# Keyworker | Summary' where 'Attended?' holds 'DNA' and 'Yes'; maternity's 'Date | Gestation/Day | Contact';
# the neonatal unit's 'Adm | D/C | Summary' (a stay); children's social care's sheet with 'Date' written
# '2024-05-07' text; the health visitor's CSV.

R.xlsx("Drug Service.xlsx", [("Keywork", [], [["Appointment date", "Attended?", "Keyworker", "Summary"]], [
    ([D(2024, 4, 2), "Yes", "Recovery worker", "Methadone 60ml. 36 weeks pregnant, using heroin on top 2-3 times "
      "a week. Attended the pre-birth conference last week."], "S1", "2024-04-02"),
    ([D(2024, 4, 16), "DNA", "Recovery worker", "Did not attend. Maternity told us she had the baby yesterday."],
     "E2", "2024-04-16"),
])])

R.xlsx("Maternity.xlsx", [("Record", [], [["Date", "Gestation/Day", "Contact"]], [
    ([D(2024, 3, 26), "35+2", "Attended the pre-birth initial child protection conference: plan agreed."], "E1",
     "2024-03-26"),
    ([D(2024, 4, 15), "37+0", "Spontaneous vaginal delivery of a boy, 2.6kg. Baby to NNU for observation "
      "(maternal methadone)."], "E2", "2024-04-15"),
])])

R.xlsx("Neonatal Unit.xlsx", [("Stays", [], [["Adm", "D/C", "Summary"]], [
    ([D(2024, 4, 15), D(2024, 4, 29), "Admitted from the labour ward at 2 hours old for neonatal abstinence "
      "monitoring. Finnegan scores high from day 2; oral morphine weaned over 12 days. Discharged home with "
      "mum under a child protection plan."], "E2", "2024-04-15"),
])])

R.xlsx("Children's Social Care.xlsx", [("Case notes", [], [["Date", "Type", "Note"]], [
    (["2024-03-26", "ICPC (pre-birth)", "Unborn baby made subject to a child protection plan (neglect)."], "E1",
     "2024-03-26"),
    (["2024-04-15", "Information", "Midwife: baby born at 37 weeks this morning, on the neonatal unit for "
      "withdrawal monitoring."], "E2", "2024-04-15"),
    (["2024-04-29", "Home visit", "Baby went home today with mum; visited at 16:00, safe sleeping discussed."],
     "S2", "2024-04-29"),
])])

R.csv("Health Visiting.csv", [], ["Date", "Contact", "Notes"], [
    (["26/03/2024", "Conference", "Antenatal contact at the pre-birth conference."], "E1", "2024-03-26"),
    (["30/04/2024", "Handover", "Handover from the community midwife by phone: mum on methadone, CP plan."], "S4",
     "2024-04-30"),
    (["02/05/2024", "New birth visit", "Baby sleepy, feeding 60ml. Mum tearful."], "S3", "2024-05-02"),
])
R.done()
