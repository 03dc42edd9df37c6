"""A held-out review (see ../README.md): python r332.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mrs Jean Ward (81), a widow drawn into a romance fraud by a man she met
# online; her savings sent abroad, the bank's Banking Protocol call to the police, Trading Standards'
# scams team, a section 42 enquiry, her death by suicide. Vocabulary: "romance fraud", "Banking
# Protocol", "Action Fraud", "scams team", "s42", "financial abuse", "mental capacity". Layouts: the
# bank's CSV with dates "03-05-2024" and amounts; Trading Standards' Word table; adult social care's
# case-management steps ("Step | Start date | End date"); the police; the GP.

R.csv("Bank branch notes.csv", [], ["Date", "Branch", "Amount (GBP)", "Note"], [
    (["03-05-2024", "Kendal", "9,500.00", "Customer asked to send £9,500 to Ghana 'for a friend's medical bills'. "
      "Banking Protocol invoked: police called to the branch; payment stopped."], "E1", "2024-05-03"),
    (["21-05-2024", "Online", "12,000.00", "Payment to a new payee in Turkey flagged; customer confirmed it on the "
      "phone. Released."], None, "2024-05-21"),
])

R.xlsx("Cumbria Police.xlsx", [("Log", [], [["Date", "Time", "Occurrence"]], [
    ([D(2024, 5, 3), "11:20", "Banking Protocol call from the bank in Kendal: 81F sending money to an online "
      "friend. Attended; romance fraud advice. Action Fraud report made."], "E1", "2024-05-03"),
    ([D(2024, 5, 3), "15:00", "Adult concern to ASC re financial abuse (romance fraud)."], "E2", "2024-05-03"),
])])

R.docx_table("Trading Standards.docx", "Trading Standards – scams team contacts (Mrs J Ward)",
             ["Date", "Officer", "Contact"], [
    (["10/05/2024", "Scams officer", "Home visit after the police referral: Mrs Ward believes 'Richard' loves her, "
      "will not stop. Call blocker fitted."], "E3", "2024-05-10"),
    (["24/05/2024", "Scams officer", "Joint visit with SW: she has sent £12,000 more. Capacity to manage money to be "
      "assessed."], "E5", "2024-05-24"),
])

R.xlsx("Adult Social Care.xlsx", [("Mosaic steps", [], [["Step", "Start date", "End date", "Notes"]], [
    (["Adult safeguarding concern", D(2024, 5, 3), D(2024, 5, 7), "Concern from police: romance fraud, £9,500 "
      "stopped by the bank. Section 42 enquiry to open."], "E2", "2024-05-03"),
    (["Section 42 enquiry", D(2024, 5, 7), D(2024, 6, 28), "Enquiry opened; Trading Standards involved."], "E4",
     "2024-05-07"),
    (["Visit", D(2024, 5, 24), D(2024, 5, 24), "Joint visit with Trading Standards: further £12,000 sent. "
      "Capacity assessment booked."], "E5", "2024-05-24"),
    (["Information", D(2024, 6, 28), D(2024, 6, 28), "Police informed us Mrs Ward died on 27/06 (suicide). "
      "Enquiry closed; SAR referral."], "E6", "2024-06-28"),
])])

R.xlsx("GP.xlsx", [("Consultations", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 6, 3), "Dr Moore", "Low mood since 'the bank business'. Sertraline started. Denies suicidal "
      "thoughts."], None, "2024-06-03"),
    ([D(2024, 6, 28), "Admin", "Informed by police of Mrs Ward's death yesterday."], "E6", "2024-06-28"),
])])
R.done()
