"""A held-out review (see ../README.md): python r460.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A Welsh domestic abuse related death review: Rhian (41), killed by her husband Gareth. Vocabulary: "PPN",
# "DASH", "IDVA", "WAST", "ROLE", Welsh names of services. Layouts: the police's bilingual headers
# ('Dyddiad / Date', 'Amser / Time', 'Digwyddiad / Incident', 'Crynodeb / Summary') under a bilingual title; the
# ambulance service's CSV of one 'Incident Date Time' with seconds; a health board's ED sheet of 'Arrival Date'
# and 'Arrival Time'; a victim service's headers in Welsh only ('Dyddiad', 'Gweithiwr', 'Math o gyswllt',
# 'Nodiadau') over English notes; a council's social services under the name of its front door.

R.xlsx("Heddlu Dyfed-Powys Police.xlsx", [("Cronoleg - Chronology", [["Heddlu Dyfed-Powys Police - Cronoleg / Chronology"]],
    [["Dyddiad / Date", "Amser / Time", "Digwyddiad / Incident", "Crynodeb / Summary"]], [
    ([D(2024, 3, 12), "23:30", "Domestic", "999 call from Rhian: husband Gareth grabbed her by the throat and "
      "pushed her into a door. Officers attended, Gareth arrested for assault. DASH high risk. Ambulance called "
      "for a head wound. PPN to social services."], "E1", "2024-03-12"),
    ([D(2024, 3, 13), "10:15", "Custody", "Gareth released on bail, conditions not to contact Rhian or attend the "
      "address."], "A1", "2024-03-13"),
    ([D(2024, 4, 2), "14:00", "Strategy", "Strategy discussion with social services re the two children. S47 "
      "agreed."], "E3", "2024-04-02"),
    ([D(2024, 5, 20), "07:05", "Sudden death", "Call from Gareth: wife unresponsive. Officers and WAST attended; "
      "life pronounced extinct. Injuries to the neck. Gareth arrested on suspicion of murder."], "E4",
     "2024-05-20"),
])])

R.csv("WAST.csv", [], ["Incident Date Time", "Chief Complaint", "Patient Narrative", "Disposition"], [
    (["12/03/2024 23:41:07", "Assault", "F41 head laceration after being pushed into a door by husband, marks to "
      "neck. Police on scene.", "Conveyed to Glangwili ED"], "E1", "2024-03-12"),
    (["20/05/2024 07:09:52", "Cardiac / respiratory arrest", "F41 in arrest at home, husband says found her on the "
      "floor. ROLE 07:31. Police on scene.", "Not conveyed - deceased"], "E4", "2024-05-20"),
])

R.xlsx("Hywel Dda UHB.xlsx", [("ED", [], [["Arrival Date", "Arrival Time", "Presenting Complaint", "Outcome"]], [
    ([D(2024, 3, 13), "00:20", "Head injury - assault by partner, 4cm laceration glued. Neck bruising noted. "
      "Police aware. Safeguarding form completed.", "Discharged home"], "E1", "2024-03-13"),
    ([D(2024, 4, 18), "16:40", "Anxiety, chest tightness. ECG normal. Says things are better at home.",
      "Discharged to GP"], "A2", "2024-04-18"),
])])

R.xlsx("Goleudy.xlsx", [("Cofnod", [], [["Dyddiad", "Gweithiwr", "Math o gyswllt", "Nodiadau"]], [
    ([D(2024, 3, 14), "IDVA Hughes", "Atgyfeiriad", "Referral received from Heddlu: high risk DASH after the "
      "assault on 12/03. To be heard at MARAC."], "E1", "2024-03-14"),
    ([D(2024, 3, 15), "IDVA Hughes", "Ffôn", "Phoned Rhian, no answer. Voicemail left."], "A3", "2024-03-15"),
    ([D(2024, 3, 19), "IDVA Hughes", "Ffôn", "Spoke to Rhian. She does not want to support a prosecution. Safety "
      "plan discussed."], "A4", "2024-03-19"),
    ([D(2024, 5, 21), "IDVA Hughes", "Gwybodaeth", "Informed by police that Rhian died yesterday. Case "
      "closed."], "E4", "2024-05-21"),
])])

R.xlsx("Ceredigion Porth Gofal.xlsx", [("Chronology", [["Ceredigion County Council - Porth Gofal (Social Services)"]],
    [["Date", "Activity", "Summary"]], [
    ([D(2024, 3, 13), "PPN", "Police notification: domestic assault on mother last night, children (9 and 6) "
      "asleep upstairs. Father arrested."], "E1", "2024-03-13"),
    ([D(2024, 4, 2), "Strategy discussion", "With police. Threshold met for S47 enquiries for both children."],
     "E3", "2024-04-02"),
    ([D(2024, 4, 9), "Home visit", "Seen Rhian and the children. Gareth living with his brother. Children "
      "well."], "A5", "2024-04-09"),
    ([D(2024, 5, 20), "Information", "Police informed us that Rhian died this morning; children placed with "
      "maternal aunt under s20."], "E4", "2024-05-20"),
])])
R.done()
