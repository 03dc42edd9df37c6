"""A held-out review (see ../README.md): python r509.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Gareth (34), a man with a learning disability, befriended and then exploited by
# 'friends' ('mate crime'). Each agency tells the same event in its own words: money taken as 'financial abuse',
# 'his benefits being taken', 'cash withdrawn by others', 'friends helping themselves to his money'; his flat
# used by them as 'taken over', 'people staying at his flat', 'cuckooing'; an assault as 'beaten up',
# 'assaulted by people he knows', 'facial injuries'. Layouts: the bank's fraud team log with one 'Date/Time'
# column ('12/03/2024 14:32'); adult social care's sheet under a title, a blank row and a 'Contact Date |
# Contact Method | Summary' header; the day centre's Word paragraphs 'Tuesday 12th March 2024 - ...'; the
# police's OpenDocument sheet; the ED's CSV with 'Arrival' and 'Presenting complaint'.

R.csv("Bank - Vulnerable Customers Team.csv", [], ["Date/Time", "Handler", "Event"], [
    (["05/03/2024 11:02", "Branch", "Customer attended branch with two males who did the talking; asked to withdraw "
      "£600 cash. Teller concerned, withdrawal delayed, vulnerable customer marker added."], "E1", "2024-03-05"),
    (["06/03/2024 09:40", "Vulnerable customers team", "Safeguarding referral to adult social care re suspected "
      "financial abuse of customer by third parties."], "E2", "2024-03-06"),
    (["20/03/2024 16:15", "Vulnerable customers team", "Card blocked after eight cash withdrawals in two days at "
      "different machines; customer says his friends have his card."], "E4", "2024-03-20"),
])

R.xlsx("Adult Social Care.xlsx", [("Chronology", [["Adult social care - chronology for SAR (Gareth)"], []],
                                   [["Contact Date", "Contact Method", "Summary"]], [
    ([D(2024, 3, 6), "Email", "Safeguarding concern from his bank: people he calls friends taking his benefits. "
      "Section 42 enquiry opened."], "E2", "2024-03-06"),
    ([D(2024, 3, 8), "Home visit", "Visited with the LD nurse. Three people staying at his flat; Gareth says they are "
      "his mates and he likes the company. Capacity about money to be assessed."], "E3", "2024-03-08"),
    ([D(2024, 3, 21), "Telephone", "Bank told us his card has been blocked after repeated cash withdrawals by others."],
     "E4", "2024-03-21"),
    ([D(2024, 4, 3), "Strategy meeting", "S42 strategy meeting with police, the LD team and housing: flat taken over "
      "by people exploiting him; plan to move him."], "E6", "2024-04-03"),
])])

R.docx_paragraphs("Day Centre.docx", "Brookside Day Centre - record of concerns (Gareth)", [
    ("Tuesday 12th March 2024 - Gareth came in hungry and said he had no money for the week because his friends "
     "help themselves to it.", "S1", "2024-03-12"),
    ("Monday 1st April 2024 - Police phoned: Gareth was beaten up at his flat on Saturday by people he knows and "
     "will not be in this week.", "E5", "2024-04-01"),
])

R.ods("Police.ods", "Incidents", ["Occurrence date", "Type", "Summary"], [
    (["30/03/2024", "Assault", "Male with learning disability assaulted at his flat by known associates; facial "
      "injuries. Suspects had been staying there. Attended, photos taken, ASC notified."], "E5", "2024-03-30"),
    (["03/04/2024", "Meeting", "Attended s42 strategy meeting: cuckooing of an adult with care and support needs."],
     "E6", "2024-04-03"),
])

R.csv("Emergency Department.csv", [], ["Arrival", "Presenting complaint", "Outcome"], [
    (["30/03/2024 22:47", "Facial injuries after assault at home. LD. Accompanied by police.",
      "X-ray: no fracture. Discharged home; safeguarding adults referral."], "E5", "2024-03-30"),
])

R.xlsx("Learning Disability Team.xlsx", [("Notes", [], [["Date", "Clinician", "Note"]], [
    ([D(2024, 3, 8), "LD nurse", "Joint visit with the social worker: others living in his flat, food cupboards "
      "empty."], "E3", "2024-03-08"),
    ([D(2024, 4, 3), "LD nurse", "Section 42 strategy discussion attended."], "E6", "2024-04-03"),
])])
R.done()
