"""A held-out review (see ../README.md): python r303.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Sarah (38) killed by her husband, Mark, who was under the mental health
# trust's crisis team. Vocabulary: "DHR", "coercive control", "CRHTT" (crisis resolution and home
# treatment team), "DASH", "MARAC", "Clare's Law" (DVDS), "controlling and coercive behaviour", "s136",
# "HBT". Layouts: the police's export with dates as eight figures (20230314) and a "Log No" column
# first; the mental health trust's RiO export ("Date of Event", "Event Type", "Author", "Text") whose
# texts run over several lines; the GP's EMIS print with continuation rows under an entry; the IDVA
# service; Sarah's employer's HR notes.

R.xlsx("Police.xlsx", [("Logs", [], [["Log No", "Date", "Time", "Type", "Details"]], [
    (["0314-0221", 20230314, "22:40", "Domestic", "Neighbour reports shouting at address. Sarah says verbal "
      "argument only. DASH standard. Mark calm."], "E1", "2023-03-14"),
    (["0612-0089", 20230612, "01:15", "Domestic", "Sarah reports Mark smashed her phone and would not let her "
      "leave. DASH high: controlling behaviour, threats to kill. Mark arrested, NFA. Referred to MARAC and "
      "IDVA."], "E2", "2023-06-12"),
    (["0705-0000", 20230705, "", "MARAC", "MARAC heard: actions – IDVA support, flag on address."], "E3",
     "2023-07-05"),
    (["0801-0312", 20230801, "15:30", "DVDS", "Clare's Law application by Sarah: disclosure made in person of "
      "Mark's previous DA convictions."], "E4", "2023-08-01"),
    (["0919-0150", 20230919, "07:55", "Murder", "Sarah found dead at home; Mark arrested at the scene."], "E6",
     "2023-09-19"),
])])

R.xlsx("Mental Health Trust RiO.xlsx", [("Progress notes", [], [["Date of Event", "Event Type", "Author",
                                                                 "Text"]], [
    ([D(2023, 6, 12), "Telephone", "Liaison nurse",
      "Custody liaison: Mark seen in custody after arrest for a domestic.\nLow mood, says wife provoked him.\n"
      "Referred to CRHTT."], "E2", "2023-06-12"),
    ([D(2023, 6, 14), "Face to face", "CRHTT", "HBT assessment at home. Mark denies any violence; wife present "
      "throughout and quiet.\nPlan: daily visits one week."], None, "2023-06-14"),
    ([D(2023, 7, 5), "Meeting", "Team manager", "MARAC research form returned; did not attend the meeting."],
     "E3", "2023-07-05"),
    ([D(2023, 9, 18), "Telephone", "CRHTT", "Mark rang crisis line: 'it's all going to end tonight'. "
      "Advised to go to ED; declined. Plan: call tomorrow."], "E5", "2023-09-18"),
    ([D(2023, 9, 19), "Telephone", "CRHTT", "Call-back: no answer.\nLater informed by police that Sarah has "
      "died and Mark is in custody."], "E6", "2023-09-19"),
])])

R.xlsx("GP EMIS.xlsx", [("Consultations", [["EMIS Web – patient record print (Sarah)"]], [["Date", "Type",
                                                                                             "Consultation"]], [
    ([D(2023, 3, 20), "Face to face", "Anxiety, poor sleep. Asked about home: 'fine'."], None, "2023-03-20"),
    ([None, None, "Sertraline 50 mg started. Review 4 weeks."], None, None),
    ([D(2023, 6, 13), "Telephone", "Bruise to R forearm; says hit it on a door. Husband present on speaker."],
     None, "2023-06-13"),
    ([D(2023, 6, 20), "Admin", "MARAC notification received: high risk DA 12/06. Alert added to record."], "E2",
     "2023-06-20"),
])])

R.xlsx("IDVA Service.xlsx", [("Case log", [], [["Date", "Contact", "Notes"]], [
    ([D(2023, 6, 13), "Phone", "New high-risk referral from police (incident 12/06). Safety plan; Sarah wants "
      "to stay."], "E2", "2023-06-13"),
    ([D(2023, 7, 5), "MARAC", "Presented at MARAC. Sarah not told of the date (wishes)."], "E3", "2023-07-05"),
    ([D(2023, 8, 2), "Phone", "Sarah got her Clare's Law disclosure yesterday and is shaken; considering "
      "leaving. Refuge options given."], "E4", "2023-08-02"),
    ([D(2023, 9, 12), "Phone", "Sarah says she has told Mark she is leaving at the end of the month."], None,
     "2023-09-12"),
])])

R.xlsx("Employer HR.xlsx", [("Notes", [], [["Date", "Manager", "Note"]], [
    ([D(2023, 6, 12), "Line manager", "Sarah rang in: family emergency, off today."], None, "2023-06-12"),
    ([D(2023, 9, 18), "Line manager", "Sarah asked to work from the office this week, not home."], None,
     "2023-09-18"),
])])
R.done()
