"""A held-out review (see ../README.md): python r412.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Chloe (15), in care in a children's home, goes missing and is exploited
# by older men. Vocabulary: "MFH"/"MISPER", "RHI" (return home interview), "CAWN" (child abduction warning
# notice), "CSE", "CLA review", "IRO", "absconded", "located". Layouts: the home's missing log, one row per
# episode with 'Date Missing', 'Time Missing', 'Date Returned', 'Time Returned'; the police's missing
# episodes with 'Reported' and 'Located' date-times; a charity's return home interviews with 'Interview
# Date' beside 'Episode Date'; the IRO's notes in Word; the school's CSV; social care's case notes.

R.xlsx("Oak Lodge Childrens Home.xlsx", [
    ("Missing log", [["OAK LODGE - MISSING FROM CARE LOG"]],
     [["Date Missing", "Time Missing", "Date Returned", "Time Returned", "How returned", "Account"]], [
        ([D(2024, 5, 3), "21:00", D(2024, 5, 4), "02:30", "Police", "Chloe did not return from the shop. Reported "
          "MFH to police 21:40. Returned by police from Oldbury, smelling of cannabis."], "E1", "2024-05-03"),
        ([D(2024, 5, 15), "12:40", D(2024, 5, 16), "01:10", "Police", "School rang: Chloe left site at lunch. "
          "MFH reported at 16:00 once she did not come home. Brought back by police at 01:10."], "E3",
         "2024-05-15"),
    ]),
    ("Daily log", [], [["Date", "Staff", "Entry"]], [
        ([D(2024, 5, 8), "Key worker", "Attended strategy meeting at the civic centre re CSE risk. Safety plan: "
          "phone checks, no unsupervised trips to Oldbury."], "E2", "2024-05-08"),
        ([D(2024, 5, 22), "Manager", "Chloe's CLA review held at the home with the IRO and her social worker."],
         "E5", "2024-05-22"),
    ]),
])

R.xlsx("Police - missing episodes.xlsx", [("Episodes", [], [["MISPER Ref", "Reported", "Located", "Risk",
                                                             "Circumstances"]], [
    (["MP/24/0519", D(2024, 5, 3, 21, 40), D(2024, 5, 4, 2, 30), "Medium", "Absconded from Oak Lodge. Located by "
      "patrol at a flat in Oldbury with two adult males. Returned to the home."], "E1", "2024-05-03"),
    (["MP/24/0588", D(2024, 5, 15, 16, 5), D(2024, 5, 16, 1, 10), "High", "Missing from school then care. "
      "Located in a vehicle on the A4123 with two males aged 24 and 31. Returned to placement."], "E3",
     "2024-05-15"),
])])

R.xlsx("Police - other occurrences.xlsx", [("Occurrences", [], [["Date", "Occ", "Summary"]], [
    ([D(2024, 5, 8), "24/20031", "Strategy meeting (CSE) for Chloe, 15, in care. Intelligence submitted on the "
      "Oldbury address."], "E2", "2024-05-08"),
    ([D(2024, 5, 17), "24/20410", "CAWNs served on the two males found with Chloe on 16/05."], "A1",
     "2024-05-17"),
])])

R.xlsx("Safe Steps - return home interviews.xlsx", [("RHIs", [], [["Interview Date", "Episode Date", "Worker",
                                                                   "Interview notes"]], [
    ([D(2024, 5, 7), D(2024, 5, 3), "K. Lowe", "RHI at Oak Lodge. Chloe said she was 'with mates' in Oldbury and "
      "got a lift with 'Dee'. Would not say more. Shared with her social worker."], "A2", "2024-05-07"),
    ([D(2024, 5, 20), D(2024, 5, 15), "K. Lowe", "RHI at school. Chloe angry that the police took her phone. "
      "Says the men are 'just friends'."], "A3", "2024-05-20"),
])])

R.csv("Kingsway Academy.csv", [], ["Date", "Logged by", "Category", "Details"], [
    (["15/05/2024", "Attendance", "Left site", "Chloe left at 12:40 without permission. Oak Lodge informed "
      "12:50."], "E3", "2024-05-15"),
    (["20/05/2024", "DSL", "Meeting", "Room given for Chloe's RHI with Safe Steps."], "A3", "2024-05-20"),
])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Type", "Note"]], [
    ([D(2024, 5, 4), "EDT", "Oak Lodge: Chloe missing overnight, returned by police at 02:30."], "E1",
     "2024-05-04"),
    ([D(2024, 5, 8), "Strategy meeting", "CSE strategy meeting with police and the home. Threshold met for s47; "
      "CSE risk assessment to be done."], "E2", "2024-05-08"),
    ([D(2024, 5, 16), "Notification", "Police: Chloe missing from school yesterday, located 01:10 today in a car "
      "with two adult males."], "E3", "2024-05-16"),
    ([D(2024, 5, 22), "CLA review", "Second CLA review chaired by the IRO. Placement to continue with a "
      "safety plan."], "E5", "2024-05-22"),
])])

R.docx_paragraphs("IRO notes.docx", "Independent Reviewing Officer \u2013 notes for Chloe", [
    ("10/05/2024 \u2013 Mid-point check with the social worker after the missing episode of 3 May.", "A4",
     "2024-05-10"),
    ("22/05/2024 \u2013 Chaired the CLA review at Oak Lodge. Chloe attended part. Recommendation: CSE risk "
     "assessment within 10 days.", "E5", "2024-05-22"),
])
R.done()
