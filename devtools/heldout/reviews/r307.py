"""A held-out review (see ../README.md): python r307.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review in Wales: Rhys (15), drawn into county lines, a knife, a stabbing he survived.
# Vocabulary: "county lines", "CCE", "YJS" (youth justice service), "STORM log", "NRM", "MASH", "PPN",
# "section 60", "bladed article", "Ysgol". Layouts: a return with several text columns ("Source of
# information", "Information", "Action taken", "Analysis"); the police's STORM log with "Opened"
# date-times; the youth justice service with dates "12.10.2023"; the school ("Ysgol Bro Taf") with
# its term as the date of some entries ("Autumn 1 2023").

R.xlsx("Childrens Services.xlsx", [("Chronology", [["Rhys – chronology of significant events"], []],
                                    [["Date", "Time", "Source of information", "Information", "Action taken",
                                      "Analysis"]], [
    ([D(2023, 10, 3), "", "PPN (police)", "Rhys found in Swansea with £600 and two phones, reported missing by "
      "mum the day before.", "MASH discussion; strategy meeting", "CCE indicators"], "E1", "2023-10-03"),
    ([D(2023, 10, 5), "10:00", "Strategy meeting", "Police, YJS, school and SW: CCE concerns. NRM referral agreed.",
      "s47 (extra-familial)", ""], "E2", "2023-10-05"),
    ([D(2023, 11, 14), "", "Hospital", "Rhys stabbed in the thigh in Cardiff; surgery, stable.",
      "Strategy meeting 15/11", "Escalating harm"], "E4", "2023-11-14"),
])])

R.xlsx("South Wales Police STORM.xlsx", [("STORM", [], [["Log Ref", "Opened", "Category", "Summary"]], [
    (["SWP-2310-0044", D(2023, 10, 2, 21, 15), "Missing person", "Rhys (15) missing from home, mum reports. High "
      "risk: CCE concerns."], None, "2023-10-02"),
    (["SWP-2310-0102", D(2023, 10, 3, 1, 40), "Found", "Rhys found in a flat in Swansea with a known dealer, £600 "
      "cash, two phones. Returned home. PPN submitted."], "E1", "2023-10-03"),
    (["SWP-2310-0377", D(2023, 10, 5, 10, 0), "Strategy meeting", "Strategy meeting with children's services, YJS "
      "and school."], "E2", "2023-10-05"),
    (["SWP-2310-0801", D(2023, 10, 28, 16, 5), "Stop search", "Section 60 in the city centre: Rhys searched, "
      "lock knife found. Arrested, bladed article."], "E3", "2023-10-28"),
    (["SWP-2311-0520", D(2023, 11, 14, 23, 50), "Stabbing", "Male 15 stabbed in Cathays, conveyed to UHW by WAST. "
      "Not co-operating."], "E4", "2023-11-14"),
])])

R.xlsx("Youth Justice Service.xlsx", [("Contacts", [], [["Contact date", "Worker", "Summary"]], [
    (["05.10.2023", "YJS officer", "Strategy meeting: CCE concerns, NRM referral by SW. Rhys on out-of-court "
      "disposal."], "E2", "2023-10-05"),
    (["30.10.2023", "YJS officer", "Police told us Rhys was arrested on Saturday for possession of a knife in the "
      "city centre."], "E3", "2023-10-30"),
    (["15.11.2023", "YJS officer", "Visited Rhys on the ward after last night's stabbing. Won't say who."], None,
     "2023-11-15"),
])])

R.xlsx("Ysgol Bro Taf.xlsx", [("Pastoral", [], [["Date", "Staff", "Note"]], [
    (["Autumn 1 2023", "Head of year", "Attendance fell to 54%; Rhys seen with older boys at the gates."], None,
     "2023-09-01"),
    (["05/10/2023", "DSL", "Strategy meeting attended. School to report any absence by 10am."], "E2", "2023-10-05"),
    (["16/11/2023", "DSL", "SW told us Rhys is in hospital after being stabbed on Tuesday night."], "E4",
     "2023-11-16"),
])])
R.done()
