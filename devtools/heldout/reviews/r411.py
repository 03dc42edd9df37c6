"""A held-out review (see ../README.md): python r411.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: neglect of Jayden (8) and his sister Mia (1), and domestic abuse by
# mum's partner. Vocabulary: "DSL", "CPOMS", "MASH", "strat" (strategy discussion), "s47", "centiles",
# "IHA", "DA", "DASH", "Teams". Layouts: the school's bullet points in Word ('• 04.03.24 – …'); the front
# door's contacts with 'Source' and 'Decision'; the health visitors' OpenDocument sheet; the police's
# 'Date/Time Reported' beside 'Date/Time Occurred'; the GP's Word table with date and time in one cell.

R.docx_paragraphs("St Anne's Primary - chronology.docx", "St Anne's CE Primary School – safeguarding chronology "
                  "(Jayden, Year 3)", [
    ("\u2022 04.03.24 \u2013 Jayden arrived 40 mins late, no coat, hungry. Breakfast club gave toast. Logged on "
     "CPOMS.", "A1", "2024-03-04"),
    ("\u2022 07.03.24 \u2013 Head lice again; letter home. Mum did not return calls.", "A2", "2024-03-07"),
    ("\u2022 11.03.24 \u2013 DSL rang the MASH: accumulating neglect (hygiene, hunger, lateness). Referral form "
     "sent same day.", "E1", "2024-03-11"),
    ("\u2022 19.03.24 \u2013 DSL joined strat on Teams with CSC, police and HV.", "E2", "2024-03-19"),
    ("\u2022 26.03.24 \u2013 Jayden told his teacher that mum's boyfriend 'hits mum and throws things'. DSL "
     "phoned his social worker.", "E3", "2024-03-26"),
    ("\u2022 15.04.24 \u2013 Attendance 81% this term. Attendance officer letter sent.", "A3", "2024-04-15"),
])

R.xlsx("Childrens Services - MASH and CIN.xlsx", [("Contacts", [], [["Contact Date", "Source", "Reason",
                                                                     "Decision / Outcome"]], [
    ([D(2024, 3, 11), "School (DSL)", "Neglect \u2013 hygiene, hunger, lateness",
      "Threshold met for a single assessment."], "E1", "2024-03-11"),
    ([D(2024, 3, 19), "CSC", "Strategy discussion", "Held on Teams with school, police and HV. s47 enquiries "
      "agreed; joint visit with police planned."], "E2", "2024-03-19"),
    ([D(2024, 3, 26), "School", "DA disclosure by child", "Added to the s47 enquiry. Police told."], "E3",
     "2024-03-26"),
    ([D(2024, 3, 27), "CSC", "Home visit", "Joint visit with PC Ward. No food in the fridge, mattresses on the "
      "floor, dog faeces in the kitchen. Mum agreed to a safety plan; partner not to stay."], "E4", "2024-03-27"),
    ([D(2024, 4, 9), "CSC", "ICPC", "Initial child protection conference: both children subject to CP plans "
      "(neglect, emotional harm)."], "E5", "2024-04-09"),
])])

R.ods("Health Visiting.ods", "HV record", ["Date", "Contact", "Practitioner", "Summary"], [
    (["28/02/2024", "Home visit", "HV Collins", "Mia 9-12 month review. Flat cluttered, mum flat in mood, says "
      "she is 'fine'. PHQ-9 offered, declined."], "A4", "2024-02-28"),
    (["19/03/2024", "Strategy discussion", "HV Collins", "Attended via Teams. Shared concerns re Mia's weight and "
      "missed immunisations."], "E2", "2024-03-19"),
    (["02/04/2024", "Home visit", "HV Collins", "Mia weighed: dropped two centiles since February. GP "
      "appointment booked. Partner present, did not engage."], "A5", "2024-04-02"),
    (["09/04/2024", "Case conference", "HV Collins", "ICPC: CP plan for Jayden and Mia under neglect. HV to "
      "visit fortnightly."], "E5", "2024-04-09"),
])

R.xlsx("Police.xlsx", [("Niche export", [], [["Occ Ref", "Date/Time Reported", "Date/Time Occurred", "Type",
                                              "Summary"]], [
    (["24/1102", D(2024, 3, 19, 10, 0), D(2024, 3, 19, 10, 0), "Child concern", "PC Ward in strategy "
      "discussion for Jayden and Mia. Joint s47 visit agreed."], "E2", "2024-03-19"),
    (["24/1187", D(2024, 3, 20, 9, 10), D(2024, 3, 18, 22, 0), "Criminal damage", "Mum reports her front window "
      "smashed overnight on the 18th; no suspect. Children asleep at the time."], "A6", "2024-03-18"),
    (["24/1260", D(2024, 3, 26, 16, 30), D(2024, 3, 26, 16, 30), "Domestic - information", "CSC report that Jayden "
      "disclosed at school that mum's partner hits mum. DASH to be done at the joint visit."], "E3",
     "2024-03-26"),
    (["24/1271", D(2024, 3, 27, 11, 0), D(2024, 3, 27, 11, 0), "Child concern", "Joint visit with the social "
      "worker: home conditions very poor. Partner's details taken. DASH: medium."], "E4", "2024-03-27"),
])])

R.docx_table("GP Practice.docx", "Parkside Medical Centre \u2013 chronology for Jayden and Mia",
             ["Date / time", "Clinician", "Entry"], [
    (["05/02/2024\n09:10", "Practice nurse", "Mia: 12-month immunisations \u2013 DNA. Recall letter."], "A7",
     "2024-02-05"),
    (["12/03/2024\n14:30", "Admin", "Mum rang: Jayden coughing at night for a week. Advice; see if no better."],
     "A8", "2024-03-12"),
    (["04/04/2024\n10:50", "Dr Mehta", "Mia seen with mum, HV referral: weight faltering. Bloods; paediatric "
      "referral."], "A9", "2024-04-04"),
])
R.done()
