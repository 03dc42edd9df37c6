"""A held-out review (see ../README.md): python r225.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A child safeguarding practice review: Kai (15), criminal exploitation ("county lines"), missing
# episodes, a knife at school, a stab wound. Vocabulary: "NRM", "CCE", "return home interview",
# "bladed article", "found in Bristol", "trap house", "reachable moment". Layouts: the youth justice
# service's contacts with weekday dates ("Tue 07/03/2023"); the police's custody and missing
# records as a cp1252 CSV with the date and time in one cell; the hospital's ED attendances under
# two title rows; the school with dates as 07.03.23; children's social care newest first; the
# missing children service's return home interviews with "Date of RHI".
R.xlsx("Youth Justice Service.xlsx", [("Contacts", [], [["Contact date", "Contact type", "Summary", "Officer"]], [
    (["Tue 07/03/2023", "Home visit", "Kai at home with mum. Says he is 'doing runs' for older boys but will not "
      "name them. Discussed CCE and the reachable moment service.", "YJO Carter"], None, "2023-03-07"),
    (["Mon 20/03/2023", "Phone call", "School rang: Kai suspended for 5 days, lock knife found in his bag this "
      "morning.", "YJO Carter"], "E4", "2023-03-20"),
    (["Thu 30/03/2023", "Meeting", "Strategy meeting (CCE) at CSC: police, school, health. NRM referral to be "
      "submitted by CSC; YJS to increase contact to 3x weekly.", "YJO Carter"], "E6", "2023-03-30"),
    (["Wed 12/04/2023", "Office appt", "Did not attend appointment. Mum says he has not been home since "
      "Sunday.", "YJO Carter"], None, "2023-04-12"),
])])
R.csv("Northshire Police.csv", [], ["Date/Time", "Ref", "Type", "Circumstances"], [
    (["25/02/2023 23:40", "MISPER-2231", "Missing person", "Mother reports Kai (15) not returned home from school, "
      "phone off. Graded medium risk."], "E1", "2023-02-25"),
    (["27/02/2023 14:05", "MISPER-2231", "Found", "Kai located by BTP at Bristol Temple Meads with £380 cash and "
      "two mobile phones. Returned home by officers."], "E2", "2023-02-27"),
    (["20/03/2023 10:15", "OCC-5519", "Possession of bladed article", "Report from school: pupil found with lock "
      "knife in bag. Kai interviewed with appropriate adult, knife seized, out of court disposal to be "
      "considered."], "E4", "2023-03-20"),
    (["30/03/2023 10:00", "—", "Strategy discussion", "DS Khan attended strategy meeting at CSC re child criminal "
      "exploitation. Intelligence: Kai seen at a known trap house."], "E6", "2023-03-30"),
    (["16/04/2023 01:30", "OCC-6120", "Wounding", "Called to ED: 15 year old male with stab wound to thigh, "
      "refuses to say who did it. Scene not identified."], "E5", "2023-04-16"),
], encoding="cp1252")
R.xlsx("St Mary's Hospital ED.xlsx", [("ED", [["St Mary's Hospital NHS Trust"],
                                              ["Emergency Department attendances – Kai M"]],
                                       [["Arrival", "Presenting complaint", "Outcome"]], [
    ([D(2023, 4, 16, 0, 55), "Stab wound left thigh, 3cm, brought in by friends who left. Police informed, "
      "safeguarding referral made.", "Wound sutured, discharged to mother 06:00"], "E5", "2023-04-16"),
])])
R.csv("Oakfield Academy.csv", [], ["Date", "Category", "Record"], [
    (["27.02.23", "Attendance", "Absent Monday and Tuesday, mum says he was missing over the weekend."], None,
     "2023-02-27"),
    (["20.03.23", "Suspension", "Lock knife found in bag at morning search. Police called, YJS informed. Suspended "
      "5 days."], "E4", "2023-03-20"),
    (["30.03.23", "Safeguarding", "DSL attended strategy meeting at social care (exploitation)."], "E6",
     "2023-03-30"),
])
R.xlsx("Children's Social Care.xlsx", [("Chronology", [], [["Date", "Event", "Detail"]], [
    ([D(2023, 4, 17), "Notification", "Hospital safeguarding referral: Kai treated in ED on 16/04 for a stab "
      "wound."], "E5", "2023-04-17"),
    ([D(2023, 4, 3), "NRM", "National Referral Mechanism referral submitted to the Home Office."], None,
     "2023-04-03"),
    ([D(2023, 3, 30), "Strategy meeting", "CCE strategy meeting held: police, YJS, school, school nurse. Outcome: "
      "S47 not needed, NRM referral, CIN plan."], "E6", "2023-03-30"),
    ([D(2023, 3, 2), "Return home interview", "RHI by Missing Children Service: Kai would not say where he went; "
      "had money he could not explain."], "E3", "2023-03-02"),
    ([D(2023, 2, 26), "Police notification", "Police: Kai missing overnight from home, not yet found."], "E1",
     "2023-02-26"),
])])
R.csv("Missing Children Service.csv", [], ["Date of RHI", "Young person", "Notes"], [
    (["02/03/2023", "Kai M", "Return home interview at school. Kai said he went 'to see friends' in Bristol, "
      "would not say how he got there. Pushed back on questions about cash."], "E3", "2023-03-02"),
])
R.done()
