"""A held-out review (see ../README.md): python r204.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A fourteen-year-old at risk of forced marriage: a disclosure, a strategy meeting, a protection
# order, police protection at the airport.
R.xlsx("Valley High School.xlsx", [("Log", [], [["Date", "Concern", "Action"]], [
    ([D(2023, 7, 4), "Year 9 pupil S disclosed parents plan to take her to Pakistan in the summer to marry a cousin.",
      "DSL called police and the Forced Marriage Unit; referral to CSC."], "E1", "2023-07-04"),
    ([D(2023, 7, 5), "DSL attended strategy meeting re honour based abuse.", ""], "E2", "2023-07-05"),
    ([D(2023, 7, 21), "Last day of term: S not in school, police informed school she is safe.", ""], None,
     "2023-07-21"),
])])
R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Time", "Summary"]], [
    ([D(2023, 7, 4), "12:10", "Forced marriage concern reported by school DSL; S (14). FMPO application considered."],
     "E1", "2023-07-04"),
    ([D(2023, 7, 5), "10:00", "Strategy meeting - HBA/forced marriage. Police to apply for FMPO."], "E2", "2023-07-05"),
    ([D(2023, 7, 7), "15:30", "Forced Marriage Protection Order granted at Family Court; passports to be surrendered."],
     "E3", "2023-07-07"),
    ([D(2023, 7, 20), "06:40", "Port alert: family at Manchester Airport with S in breach of FMPO. S taken into police "
      "protection (PPP)."], "E4", "2023-07-20"),
])])
R.csv("Childrens Social Care.csv", [], ["Date", "Worker", "Note"], [
    (["04/07/2023", "MASH", "Contact from school: possible forced marriage, S (14), travel planned for summer."], "E1",
     "2023-07-04"),
    (["05/07/2023", "TM", "Strategy meeting (police, school, health): S47, FMPO to be sought by police."], "E2",
     "2023-07-05"),
    (["07/07/2023", "SW", "FMPO made ex parte; SW gave evidence by video."], "E3", "2023-07-07"),
    (["21/07/2023", "SW", "Police informed us family attempted to travel at MAN airport yesterday; S placed in foster "
      "care under police protection."], "E4", "2023-07-21"),
])
R.done()
