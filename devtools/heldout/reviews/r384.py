"""A held-out review (see ../README.md): python r384.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Anna (41) killed by her partner Mark after an assault, a MARAC, and a threat
# to kill made to a mental health crisis team. Vocabulary: "DASH high", "MARAC", "IDVA", "sanctuary
# scheme", "duty to warn", "threats to kill", "Clare's Law (DVDS)". Layouts: the council's one workbook
# for several services, a "Service" column naming each (Housing, IDVA service); the NHS trust's workbook
# with a sheet per service; dates written '5/3/24' and times '23.05'; the police's workbook.

R.xlsx("Westvale Council.xlsx", [("Chronology", [], [["Date", "Service", "Officer", "Details"]], [
    (["12/2/24", "IDVA service", "IDVA Reid", "Phoned Anna after the police's high-risk referral: safety "
      "planning, she agreed to a MARAC referral being heard."], "A1", "2024-02-12"),
    (["22/2/24", "IDVA service", "IDVA Reid", "MARAC: Anna's case heard. Actions: sanctuary scheme, flag on "
      "address, DVDS disclosure."], "E3", "2024-02-22"),
    (["15/3/24", "Housing", "Tenancy officer", "Sanctuary scheme works completed at Anna's flat: door "
      "reinforced, window locks."], "A2", "2024-03-15"),
    (["2/4/24", "Housing", "Tenancy officer", "Police informed us that the tenant was killed at the flat on "
      "Saturday. Tenancy ended."], "E6", "2024-04-02"),
])])

R.xlsx("Westvale NHS Trust.xlsx", [
    ("Emergency Department", [], [["Date", "Time", "Notes"]], [
        (["10/2/24", "23.55", "41F ?# L radius after 'fall down the stairs' at home. Partner waiting outside. "
          "Routine enquiry not possible. Plaster, fracture clinic."], "E1", "2024-02-10"),
    ]),
    ("Mental Health", [], [["Date", "Time", "Notes"]], [
        (["22/2/24", "10.00", "MARAC research completed for Anna's partner (known to CMHT); attended."], "E3",
         "2024-02-22"),
        (["8/3/24", "16.20", "Crisis team assessment of Mark: angry, said he would kill his partner if she left. "
          "Duty to warn: police and IDVA informed today."], "E4", "2024-03-08"),
    ]),
])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Officer", "Summary"]], [
    ([D(2024, 2, 10), "23.05", "PC Lane", "Domestic assault: female's arm injured, says pushed down stairs by "
      "partner; partner left before arrival. DASH high, referred to MARAC."], "E1", "2024-02-10"),
    ([D(2024, 2, 22), "10.00", "DS Cole", "MARAC attended: DVDS (Clare's Law) disclosure approved; marker on "
      "address."], "E3", "2024-02-22"),
    ([D(2024, 3, 8), "17.00", "DS Cole", "Information from the mental health crisis team: Mark made threats to "
      "kill Anna. Arrested, bailed with conditions not to contact her."], "E4", "2024-03-08"),
    ([D(2024, 3, 30), "02.15", "DI Sharp", "Murder: Anna found dead at her flat with stab wounds. Mark arrested "
      "at the scene."], "E6", "2024-03-30"),
])])

R.csv("Ambulance Service.csv", [], ["Date", "Time", "Narrative"], [
    (["30/03/2024", "02:06", "Female cardiac arrest with multiple stab wounds; police on scene. Recognition of "
      "life extinct 02:31."], "E6", "2024-03-30"),
])
R.done()
