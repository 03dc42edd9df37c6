"""A held-out review (see ../README.md): python r287.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review in Wales: a 13-month-old (Freya) drowned in the bath while her mother, who
# drank, was away from her. Vocabulary: "PPN", "Flying Start", "WAST" (the Welsh ambulance service),
# "PRUDiC" (the Welsh procedure after an unexpected child death), "ROSC", "PICU", "child neglect".
# Layouts: the police's sheet with bilingual headers ("Dyddiad / Date", "Manylion / Details"); the
# ambulance CSV with "Incident Date" and "Time of Call"; the hospital with "Arrival Date" date-times;
# children's services with dates written after the weekday ("Sat 10/06/2023"); Flying Start health
# visiting with contact codes; the GP.

R.xlsx("Heddlu Dyfed-Powys Police.xlsx", [("Cofnod", [], [["Dyddiad / Date", "Amser / Time", "Manylion / Details"]], [
    ([D(2023, 6, 10), "23:10", "Domestic at address: verbal argument, mother heavily intoxicated, child (12 months) "
      "asleep upstairs. DASH standard. PPN submitted."], "E1", "2023-06-10"),
    ([D(2023, 7, 8), "19:31", "Attended with WAST: 13-month-old found face down in the bath by mother, who had left "
      "her to answer the door. Mother smelled of alcohol. Arrested for child neglect."], "E3", "2023-07-08"),
    ([D(2023, 7, 9), "16:00", "Informed by hospital that the child has died. Mother further arrested."], "E4",
     "2023-07-09"),
    ([D(2023, 7, 10), "10:00", "PRUDiC home visit with the on-call paediatrician. Bathroom examined."], "E5",
     "2023-07-10"),
])])

R.csv("WAST.csv", [], ["Incident Date", "Time of Call", "Chief Complaint", "Notes"], [
    (["08/07/2023", "19:26", "Cardiac/respiratory arrest", "13 month old, drowning in bath. CPR by crew, conveyed to "
      "Glangwili ED under blue lights, police aware."], "E3", "2023-07-08"),
])

R.xlsx("Hywel Dda Hospital.xlsx", [("Attendances", [], [["Arrival Date", "Department", "Summary"]], [
    ([D(2023, 7, 8, 19, 48), "ED", "Drowning. Cardiac arrest, ROSC after 25 minutes. Transferred to PICU Cardiff."],
     "E3", "2023-07-08"),
    ([D(2023, 7, 9, 15, 20), "PICU", "Freya died on PICU. Unexpected death procedure started."], "E4", "2023-07-09"),
    ([D(2023, 7, 10, 10, 0), "Paediatrics", "Consultant paediatrician attended PRUDiC home visit with police."],
     "E5", "2023-07-10"),
])])

R.xlsx("Childrens Services.xlsx", [("Log", [], [["Date", "Worker", "Entry"]], [
    (["Mon 12/06/2023", "MASH", "PPN from police: domestic Saturday night, mother intoxicated, Freya in the home. "
      "Information to Flying Start."], "E1", "2023-06-12"),
    (["Sat 08/07/2023", "EDT", "Police: Freya in cardiac arrest after being left in the bath; mother arrested."],
     "E3", "2023-07-08"),
    (["Sun 09/07/2023", "EDT", "Hospital: Freya died on PICU this afternoon."], "E4", "2023-07-09"),
])])

R.xlsx("Flying Start Health Visiting.xlsx", [("Contacts", [], [["Date of contact", "Contact type", "Entry"]], [
    ([D(2023, 6, 12), "PPN", "PPN received: DA incident 10/06, mum intoxicated. Targeted visit planned."], "E1",
     "2023-06-12"),
    ([D(2023, 6, 20), "DEV", "12 month review at home. Walking with support. Mum denies drinking."], None,
     "2023-06-20"),
    ([D(2023, 7, 10), "INFO", "Told by children's services that Freya died on 09/07."], "E4", "2023-07-10"),
])])

R.csv("GP.csv", [], ["Date", "Entry"], [
    (["22/06/2023", "Freya: 12 month immunisations given."], None, "2023-06-22"),
    (["10/07/2023", "Notification of death from hospital: died 09/07/2023, drowning."], "E4", "2023-07-10"),
])
R.done()
