"""A held-out review (see ../README.md): python r426.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mrs Doris Lake (84), defrauded by a doorstep trader, then a fall. Vocabulary:
# "Banking Protocol", "doorstep crime", "rogue trader", "s42", "POA" (power of attorney), "LPA", "NFA",
# "care call". Layouts: the bank's CSV with dates like '12-Feb-2024'; the home care agency's calls with a
# 'Call' column (Breakfast, Lunch, Tea, Bed) and times written as spans ('12:10-12:40'); trading standards'
# 'Date Received' beside 'Date Closed'; adult social care's Word paragraphs opening '13 Feb 2024.'; the
# police's 'Occurrence Date From' and 'Occurrence Date To' beside 'Reported Date'; the GP's.

R.csv("Northern Bank.csv", [], ["Date", "Branch", "Type", "Details"], [
    (["12-Feb-2024", "Market St", "Banking Protocol", "Customer (84) asked to withdraw £9,500 cash to pay a "
      "roofer waiting outside. Staff concerned; 999 called under the Banking Protocol. Police attended; "
      "withdrawal stopped."], "E1", "2024-02-12"),
    (["21-Mar-2024", "Market St", "Account note", "Daughter attended with a registered LPA for property and "
      "finance; added to the account."], "A1", "2024-03-21"),
])

R.xlsx("Homecare Plus.xlsx", [("Call log", [], [["Date", "Call", "Time", "Carer", "Notes"]], [
    ([D(2024, 2, 12), "Tea", "17:00-17:30", "A. Nowak", "Doris upset, said the police came to the bank and she "
      "could not get her money out for the roof."], "E1", "2024-02-12"),
    ([D(2024, 3, 5), "Lunch", "12:10-12:40", "A. Nowak", "A man was in the house when I arrived, said he was "
      "taking Doris to the bank for the roof money. I rang the office; office rang ASC safeguarding."], "E2",
     "2024-03-05"),
    ([D(2024, 3, 7), "Breakfast", "08:05-08:35", "J. Reed", "Found Doris on the kitchen floor, cold, could not "
      "get up. 999 called, stayed with her till the crew came."], "E3", "2024-03-07"),
])])

R.xlsx("Trading Standards.xlsx", [("Complaints", [], [["Date Received", "Date Closed", "Trader", "Complaint",
                                                          "Action"]], [
    ([D(2024, 2, 15), D(2024, 4, 30), "'Roofing' (cash only)", "Visit to Mrs Lake: roof 'repairs' priced "
      "£14,000, no work visible. Invoices taken.", "No cold calling zone sign fitted. Case to police."], "A2",
     "2024-02-15"),
    ([D(2024, 3, 20), D(2024, 3, 20), "'Roofing' (cash only)", "Joint operation with police: trader arrested "
      "at a second address.", "Evidence pack given."], "E4", "2024-03-20"),
])])

R.docx_paragraphs("Adult Social Care.docx", "Adult Social Care - chronology, Mrs D Lake", [
    ("13 Feb 2024. Police notification: Banking Protocol call yesterday, Mrs Lake tried to withdraw £9,500 "
     "for a roofer. Passed to the adult safeguarding team.", "E1", "2024-02-13"),
    ("05 Mar 2024. Safeguarding concern from Homecare Plus: a man at Mrs Lake's home was taking her to the "
     "bank. Duty SW rang police.", "E2", "2024-03-05"),
    ("12 Mar 2024. Section 42 enquiry visit on the ward with her daughter. Mrs Lake wants the daughter to help "
     "with money; LPA to be registered.", "A3", "2024-03-12"),
])

R.xlsx("Police.xlsx", [("Niche", [], [["Occurrence Date From", "Occurrence Date To", "Reported Date", "Ref",
                                        "Summary"]], [
    ([D(2024, 2, 12, 11, 5), D(2024, 2, 12, 11, 40), D(2024, 2, 12, 11, 8), "24/3301", "Banking Protocol "
      "call from Northern Bank. Attended: victim (84) being defrauded by a rogue trader. Trader gone on arrival. "
      "Referral to trading standards."], "E1", "2024-02-12"),
    ([D(2024, 3, 5, 12, 0), D(2024, 3, 5, 13, 0), D(2024, 3, 5, 13, 20), "24/4410", "ASC report: male at the "
      "victim's home trying to take her to the bank. Attended, male gone; vehicle noted."], "E2", "2024-03-05"),
    ([D(2024, 3, 20, 7, 0), D(2024, 3, 20, 9, 0), D(2024, 3, 20, 7, 0), "24/3301", "Suspect arrested for "
      "fraud by false representation in a joint operation with trading standards."], "E4", "2024-03-20"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 3, 11), "A&E letter: fall at home 07/03/2024, fractured neck of femur, admitted."], "E3",
     "2024-03-11"),
    ([D(2024, 3, 28), "Home visit after discharge. Mobilising with a frame. Memory: MoCA 21/30, referred to "
      "memory clinic."], "A4", "2024-03-28"),
])])
R.done()
