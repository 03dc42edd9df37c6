"""A held-out review (see ../README.md): python r388.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child withdrawn from school to be educated at home: Amelia (11) is taken off roll after concerns, the
# council's EHE adviser is refused entry, and she is later found underweight and with untreated
# injuries. Vocabulary: "EHE" (elective home education), "off-rolled", "CME" (child missing education),
# "deregistration", "school nurse", "welfare check", "s47". Layouts: the school's workbook with a week
# commencing entry ("w/c 04/09/2023"); the EHE team's CSV; the school nursing team's ODS; the police's
# workbook; social care's workbook; the GP's CSV with two-digit years ('15/11/23').

R.xlsx("Oakfield Primary.xlsx", [("Safeguarding log", [], [["Date", "Staff", "Concern / action"]], [
    (["w/c 04/09/2023", "DSL", "Amelia absent all week; mum not answering calls."], "A1", "2023-09-04"),
    ([D(2023, 9, 12), "DSL", "Home visit with the attendance officer: Amelia seen at the window, door not "
      "opened."], "E1", "2023-09-12"),
    ([D(2023, 9, 18), "Head", "Letter from mum: Amelia to be home educated from today. Removed from roll; "
      "deregistration notice sent to the EHE team."], "E2", "2023-09-18"),
])])

R.csv("Elective Home Education Team.csv", [], ["Date", "Officer", "Note"], [
    (["19/09/2023", "EHE adviser", "Deregistration notice from Oakfield Primary received: Amelia (11), "
      "previous attendance concerns. Initial contact letter sent."], "E2", "2023-09-19"),
    (["16/10/2023", "EHE adviser", "Visit to the home: mum refused entry, would not let me see Amelia. "
      "Concerns passed to the front door."], "E3", "2023-10-16"),
])

R.ods("School Nursing.ods", "Contacts", ["Date", "Nurse", "Entry"], [
    (["12/09/2023", "SN Patel", "Joint home visit with the school's attendance officer: no answer, child seen at "
      "the window."], "E1", "2023-09-12"),
    (["20/11/2023", "SN Patel", "Strategy discussion (CSC, police, EHE team): Amelia's weight and injuries; "
      "health assessment arranged."], "E5", "2023-11-20"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Officer", "Log entry"]], [
    ([D(2023, 11, 17), "15:30", "PC Shaw", "Welfare check at the request of CSC: 11-year-old girl very thin, "
      "burn to hand with no dressing. Mother hostile. Police protection considered, not used."], "E4",
     "2023-11-17"),
    ([D(2023, 11, 20), "10:00", "DS Lowe", "Strategy discussion with CSC: s47, medical to be arranged."], "E5",
     "2023-11-20"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2023, 10, 17), "Front door", "Contact from the EHE adviser: refused sight of Amelia at a visit "
      "yesterday. Assessment opened."], "E3", "2023-10-17"),
    ([D(2023, 11, 17), "SW Byrne", "Visit with police (welfare check): Amelia thin, untreated burn on her hand. "
      "Mother refused a medical today."], "E4", "2023-11-17"),
    ([D(2023, 11, 20), "TM Reed", "Strategy discussion: s47, child protection medical, EHE team to attend "
      "next meeting."], "E5", "2023-11-20"),
])])

R.csv("GP surgery.csv", [], ["Date", "Entry"], [
    (["15/11/23", "Mum phoned for a repeat of emollient cream for Amelia; declined an appointment."], "A2",
     "2023-11-15"),
    (["21/11/23", "Child protection medical at the children's centre (letter): BMI 2nd centile, 3cm burn left "
      "hand ~2 weeks old."], "A3", "2023-11-21"),
])
R.done()
