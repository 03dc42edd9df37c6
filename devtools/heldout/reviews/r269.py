"""A held-out review (see ../README.md): python r269.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# Safeguarding adults review: Josh (22), a student with gambling debts, who took his own life.
# Vocabulary: "gambling harms", "debt advice", "suicidal ideation", "safety plan", "IAPT",
# "crisis line", "welfare check", "concern for safety". Layouts: the university's wellbeing CSV
# exported from a US-built system, its header saying the dates are month first ("Date
# (MM/DD/YYYY)"); the GP; the talking therapies service; the police; the ambulance service.
R.csv("University wellbeing.csv", [], ["Date (MM/DD/YYYY)", "Staff", "Contact summary"], [
    (["02/03/2024", "Wellbeing adviser", "Josh self-referred: gambling losses about £8k, not sleeping, missed "
      "deadlines. Debt advice signposted; GP advised."], None, "2024-02-03"),
    (["03/04/2024", "Wellbeing adviser", "Josh emailed: 'can't see a way out'. Phoned him: safety plan made; "
      "consented to a GP referral."], "E2", "2024-03-04"),
    (["03/16/2024", "Residence life", "Flatmates concerned Josh not seen for 2 days; police called for a welfare "
      "check."], "E4", "2024-03-16"),
])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    (["05/03/2024", "Call from university wellbeing: student with suicidal thoughts and gambling debts. Urgent "
      "appointment booked."], "E2", "2024-03-05"),
    (["06/03/2024", "Seen: low mood, PHQ-9 21, passive suicidal ideation, no plan. Sertraline; IAPT referral; "
      "crisis line number."], "E3", "2024-03-06"),
])])

R.xlsx("Talking therapies.xlsx", [("Referrals", [], [["Date", "Note"]], [
    (["07/03/2024", "GP referral received (depression, gambling). Opt-in letter sent."], "E3", "2024-03-07"),
    (["15/03/2024", "No response to opt-in; discharged back to GP."], None, "2024-03-15"),
])])

R.csv("Police.csv", [], ["Date", "Time", "Incident"], [
    (["16/03/2024", "19:40", "Concern for safety at student halls: forced entry, male (22) found deceased in his "
      "room. Not suspicious. Coroner informed."], "E4", "2024-03-16"),
])

R.csv("Ambulance.csv", [], ["Date", "Time", "Notes"], [
    (["16/03/2024", "19:55", "Called by police to student halls: male found hanging, obvious signs of death, "
      "ROLE."], "E4", "2024-03-16"),
])
R.done()
