"""A held-out review (see ../README.md): python r472.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Dawit (16), an unaccompanied asylum-seeking child, went missing from his
# foster placement and was found working in a car wash. Vocabulary: "UASC", "NTS" (national transfer scheme),
# "IHA" (initial health assessment), "ICTG" (independent child trafficking guardian), "PEP", "NRM", "CG decision",
# "age assessment". Layouts: the foster carer's diary; the virtual school's PEP log; health's looked after
# children team; the guardian service's CSV; the police's; social care's UASC team.

R.xlsx("Foster Carer Diary.xlsx", [("Diary", [], [["Date", "Entry"]], [
    ([D(2024, 4, 2), "Dawit arrived from Kent via the NTS. Speaks Tigrinya, little English. Ate well."], "E1",
     "2024-04-02"),
    ([D(2024, 5, 14), "Dawit went to college and did not come home. Phone off. Reported to EDT and the police "
      "at 22:00."], "E3", "2024-05-14"),
    ([D(2024, 5, 17), "Police brought Dawit back at 9pm. Tired, new phone, would not say where he was."], "E4",
     "2024-05-17"),
])])

R.xlsx("UASC Team.xlsx", [("Case notes", [], [["Date", "Social worker", "Note"]], [
    ([D(2024, 4, 2), "SW Tesfaye", "Placed with foster carer under the national transfer scheme from Kent. Age "
      "accepted as claimed (16)."], "E1", "2024-04-02"),
    ([D(2024, 4, 18), "SW Tesfaye", "PEP meeting at college. ESOL course, attendance 100%."], "E2", "2024-04-18"),
    ([D(2024, 5, 15), "SW Tesfaye", "Missing since yesterday evening. Trafficking concerns: NRM referral "
      "submitted. ICTG informed."], "E3", "2024-05-15"),
    ([D(2024, 5, 18), "SW Tesfaye", "Dawit found by police at a hand car wash in Westby on 17/05, working for "
      "cash. Return interview offered."], "E4", "2024-05-18"),
])])

R.xlsx("Virtual School.xlsx", [("PEP log", [], [["Date", "Officer", "Record"]], [
    ([D(2024, 4, 18), "VS Officer Kaye", "PEP: ESOL entry level 1 at Westby College, bus pass provided. Targets "
      "set."], "E2", "2024-04-18"),
])])

R.xlsx("Looked After Children Health.xlsx", [("Contacts", [], [["Date", "Nurse", "Contact"]], [
    ([D(2024, 4, 9), "LAC Nurse Obi", "IHA with interpreter: scabies treated, latent TB screen, scars on the back "
      "he says are from Libya."], "A1", "2024-04-09"),
])])

R.csv("ICTG Service.csv", [], ["Date", "Guardian", "Note"], [
    (["16/05/2024", "ICTG Amara", "Allocated after NRM referral by the local authority: Dawit missing since "
      "14/05."], "E3", "2024-05-16"),
    (["20/05/2024", "ICTG Amara", "First meeting with Dawit at placement with an interpreter. He owes money for "
      "his journey."], "A2", "2024-05-20"),
])

R.xlsx("Police.xlsx", [("Missing", [], [["Date", "Time", "Type", "Details"]], [
    ([D(2024, 5, 14), "22:10", "Missing person", "Foster carer reports Dawit (16, UASC) missing after college. High "
      "risk: trafficking."], "E3", "2024-05-14"),
    ([D(2024, 5, 17), "19:30", "Found", "Dawit found during a visit to a hand car wash in Westby; two adults "
      "arrested for modern slavery offences. Returned to the carer."], "E4", "2024-05-17"),
])])
R.done()
