"""A held-out review (see ../README.md): python r224.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A safeguarding adults review: Mr Arthur Bell (84), financial abuse by a "friend" who moved in, then
# self-neglect. Vocabulary of money and scams: "cash withdrawals", "LPA", "OPG", "Trading Standards",
# "rogue trader", "banking protocol". Layouts: the bank's fraud team as a CSV with "Event date"
# and "Case ref"; Trading Standards with "Date received" and "Complaint"; adult social care's
# case notes newest first; the GP; the police.
R.csv("Northshire Bank Fraud Team.csv", [], ["Event date", "Case ref", "Narrative"], [
    (["02/05/2023", "FR-88213", "Branch invoked Banking Protocol: customer (84) trying to withdraw £9,000 cash, "
      "accompanied by male 'friend'. Police called to branch."], "E1", "2023-05-02"),
    (["10/05/2023", "FR-88213", "Account restricted. Letter to customer."], None, "2023-05-10"),
])
R.xlsx("Police.xlsx", [("Sheet1", [], [["Date", "Time", "Log", "Summary"]], [
    ([D(2023, 5, 2), "11:20", "LOG-0331", "Banking Protocol call, High Street branch: elderly male withdrawing large "
      "sum with male companion (Dean). Words of advice, adult at risk referral to ASC."], "E1", "2023-05-02"),
    ([D(2023, 6, 14), "15:00", "LOG-0987", "Attended address with ASC re financial abuse allegation: Dean arrested "
      "on suspicion of fraud by abuse of position."], "E3", "2023-06-14"),
])])
R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    ([D(2023, 6, 14), "SW Patel", "Joint visit with police: Arthur disclosed Dean has his bank card and PIN, Dean "
      "arrested. Arthur has capacity re finances, agreed to safeguarding plan."], "E3", "2023-06-14"),
    ([D(2023, 6, 1), "SW Patel", "Strategy meeting: police, bank, Trading Standards. S42 enquiry, joint visit "
      "planned."], "E2", "2023-06-01"),
    ([D(2023, 5, 3), "Duty", "Adult at risk referral from police: Banking Protocol yesterday, £9,000 withdrawal "
      "stopped."], "E1", "2023-05-03"),
])])
R.csv("Trading Standards.csv", [], ["Date received", "Complaint", "Action"], [
    (["22/05/2023", "Neighbour reports rogue trader: £4,000 paid for roof work not done, man living with "
      "Mr Bell.", "Visit booked"], None, "2023-05-22"),
    (["01/06/2023", "Attended ASC strategy meeting re Mr Bell.", "Share rogue trader info"], "E2", "2023-06-01"),
])
R.csv("GP.csv", [], ["Date", "Entry"], [
    (["05/06/2023", "Home visit: weight loss, house cluttered, friend answered for him. Memory screen 28/30."],
     None, "2023-06-05"),
    (["16/06/2023", "Letter from ASC: S42 enquiry, friend arrested 14/06."], "E3", "2023-06-16"),
])
R.done()
