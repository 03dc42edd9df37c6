"""A held-out review (see ../README.md): python r466.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic abuse related death review: Daniel (44), a male victim of domestic abuse, died by suicide. Vocabulary:
# "s136", "place of safety", "HBPoS", "coercive control", "2/52". Layouts: the GP's journal with each consultation
# over several rows, its date on the first and 'History:', 'Examination:' and 'Plan:' below; the police's
# 'Date/Time Reported' written '09/02/2024 - 21:14'; a helpline's call log with 'Call duration (mins)'; the crisis
# team's 'Date seen' and 'Seen at'; the employer's occupational health notes as a Word table.

R.xlsx("GP - Hillview Practice.xlsx", [("Journal", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 1, 9), "Dr Amin", "Telephone consultation"], "A1", "2024-01-09"),
    ([None, None, "History: low mood, poor sleep, money worries."], None, None),
    ([None, None, "Plan: sertraline 50mg, review 2/52."], None, None),
    ([D(2024, 2, 12), "Dr Amin", "Face to face consultation"], "E2", "2024-02-12"),
    ([None, None, "History: disclosed his wife hit him with a kettle on Friday; says she controls his money and "
      "phone. Police were called."], None, None),
    ([None, None, "Examination: healing burn L forearm."], None, None),
    ([None, None, "Plan: referred to Men's Advice Line with consent. Safety net."], None, None),
    ([D(2024, 3, 21), "Admin", "Notification of death from the police: Daniel died 20/03/2024."], "E4",
     "2024-03-21"),
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date/Time Reported", "Type", "OIC", "Summary"]], [
    (["09/02/2024 - 21:14", "Domestic", "PC Shaw", "Male victim: wife threw a kettle of hot water at him during an "
      "argument. Burn to forearm. He declined to make a complaint. DASH standard risk."], "E1", "2024-02-09"),
    (["02/03/2024 - 23:40", "Concern for welfare", "PC Iqbal", "Daniel found on the railway bridge saying he wanted "
      "to die. Detained under s136 and taken to the place of safety."], "E3", "2024-03-02"),
    (["20/03/2024 - 08:10", "Sudden death", "DS Kerr", "Daniel found hanged in his garage by a neighbour. Not "
      "suspicious. Coroner informed."], "E4", "2024-03-20"),
])])

R.xlsx("Mens Advice Line.xlsx", [("Calls", [], [["Call date", "Call duration (mins)", "Adviser", "Call notes"]], [
    ([D(2024, 2, 13), 4, "Adviser 7", "Referral from GP received. Call to Daniel: not a safe time to talk."], "E2",
     "2024-02-13"),
    ([D(2024, 2, 15), 38, "Adviser 7", "Long call. Describes coercive control and the kettle incident. Safety "
      "planning; info on occupation orders."], "A2", "2024-02-15"),
])])

R.xlsx("Crisis Team.xlsx", [("Contacts", [], [["Date seen", "Seen at", "Practitioner", "Assessment"]], [
    ([D(2024, 3, 3), "HBPoS", "AMHP Lane", "MHA assessment after s136 by police last night. Not detainable; "
      "discharged to the home treatment team."], "E3", "2024-03-03"),
    ([D(2024, 3, 5), "Home", "HTT Nurse Ray", "Home visit. Low mood, denies plans. Staying with his brother."],
     "A3", "2024-03-05"),
])])

R.docx_table("Occupational Health.docx", "Northway Logistics - Occupational Health", ["Date", "Adviser", "Note"], [
    (["26/02/2024", "OH Nurse Bell", "Self-referral: stress at home, not sleeping. Adjusted duties agreed."], "A4",
     "2024-02-26"),
    (["22/03/2024", "OH Nurse Bell", "HR informed us that Daniel died on 20/03. Support offered to his team."],
     "E4", "2024-03-22"),
])
R.done()
