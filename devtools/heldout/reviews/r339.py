"""A held-out review (see ../README.md): python r339.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Mrs Linda Price (58), killed by her son Connor (19), after years of his
# violence towards her that she kept from others: calls to the police, an adolescent to parent
# violence programme, CAMHS, the youth justice service, adult mental health. Vocabulary: "APVA"
# (adolescent to parent violence and abuse), "child to parent violence", "outcome 22", "out of court
# disposal", "transition", "EIP" (early intervention in psychosis). Layouts: the police's log with the
# date and time in one column ("12/03/2023 21:15") and a "Crime ref" column; youth justice's .ods;
# CAMHS' Word table; adult mental health; the GP.

R.xlsx("Police.xlsx", [("Incidents", [], [["Date/Time", "Crime ref", "Summary"]], [
    (["14/01/2023 21:15", "CR/0098/23", "Mother reports son (17) punched her and smashed the TV. Son arrested for "
      "assault; outcome 22, referred to YJS."], "E1", "2023-01-14"),
    (["30/06/2024 23:40", "CR/5521/24", "Son (19) called 999: his mother is not breathing. Stab wounds. Son arrested "
      "for murder."], "E6", "2024-06-30"),
])])

R.ods("Youth Justice.ods", "Case notes", ["Date", "Worker", "Note"], [
    (["20/01/2023", "YJS officer", "Referral from police (outcome 22): assault on mother. APVA programme offered."],
     "E1", "2023-01-20"),
    (["02/03/2023", "YJS officer", "Joint session with CAMHS: Connor low, paranoid ideas about the neighbours."],
     "E2", "2023-03-02"),
])

R.docx_table("CAMHS.docx", "CAMHS – chronology (Connor)", ["Date", "Clinician", "Note"], [
    (["02/03/2023", "CAMHS practitioner", "Joint session with YJS worker: paranoid ideas, cannabis daily. Referral to "
      "EIP."], "E2", "2023-03-02"),
    (["15/06/2023", "CAMHS practitioner", "Transition meeting with adult mental health (EIP): care passed over at "
      "18."], "E3", "2023-06-15"),
])

R.xlsx("Adult Mental Health.xlsx", [("EIP", [], [["Date", "Staff", "Entry"]], [
    ([D(2023, 6, 15), "Care coordinator", "Transition meeting with CAMHS: accepted to EIP."], "E3", "2023-06-15"),
    ([D(2024, 2, 10), "Care coordinator", "Mum says Connor 'pushed her about' last week; she does not want police "
      "involved. DA not explored further."], "E4", "2024-02-10"),
    ([D(2024, 5, 20), "Care coordinator", "Discharged from EIP after three missed appointments."], "E5", "2024-05-20"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 5, 22), "EIP discharge letter received: Connor discharged 20/05 after non-attendance."], "E5",
     "2024-05-22"),
    ([D(2024, 7, 1), "Police: patient (Linda Price) died 30/06; son arrested."], "E6", "2024-07-01"),
])])
R.done()
