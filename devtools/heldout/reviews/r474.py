"""A held-out review (see ../README.md): python r474.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Amira (33), killed by her husband; a history of stalking after she left. Vocabulary:
# "SPO" (stalking protection order), "non-mol", "DVPO", "tagging", "Sanctuary scheme". Layouts: the police's
# dates typed in several styles in one column ('12/03/2024', '14-03-2024', '18.03.24', '2 Apr 24', 'April 9
# 2024') and times '1430hrs', '2.30pm', '21h15'; a solicitor's file notes under a title naming the year
# ('Attendance notes 2024') with days 'Tues 12/3'; housing's Sanctuary scheme log; the IDVA's; the family
# court's.

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Time", "Type", "Narrative"]], [
    (["12/03/2024", "1430hrs", "Stalking", "Amira reports her estranged husband Tariq following her to work and "
      "waiting outside the nursery. Crime recorded, DASH high, referral to IDVA."], "E1", "2024-03-12"),
    (["14-03-2024", "2.30pm", "Stalking", "Tariq arrested for stalking, interviewed, released on bail with "
      "conditions not to contact Amira."], "E2", "2024-03-14"),
    (["18.03.24", "21h15", "Breach", "Bail breach: Tariq at Amira's door shouting. Arrested, remanded."], "E3",
      "2024-03-18"),
    (["2 Apr 24", "10:00", "Court", "SPO application granted at the magistrates' court."], "E4", "2024-04-02"),
    (["April 9 2024", "06:40", "Murder", "Amira found dead at her flat, stab wounds. Tariq arrested nearby."], "E5",
     "2024-04-09"),
])])

R.xlsx("Harper Lee Solicitors.xlsx", [("File notes", [["Attendance notes 2024"]], [["Day", "Fee earner", "Note"]], [
    (["Tues 12/3", "Ms Khan", "Amira attended: wants a non-molestation order; husband following her. Advised to "
      "report to police."], "A1", "2024-03-12"),
    (["Tues 2/4", "Ms Khan", "Client informed the SPO was granted at court today. Non-mol hearing listed for "
      "16/04."], "E4", "2024-04-02"),
])])

R.xlsx("Westgate Homes.xlsx", [("Sanctuary scheme", [], [["Date requested", "Officer", "Works / notes"]], [
    ([D(2024, 3, 13), "HO Reid", "Referral from the IDVA for Sanctuary scheme: door reinforcement and a camera "
      "doorbell."], "E1", "2024-03-13"),
    ([D(2024, 3, 19), "HO Reid", "Camera doorbell fitted. Told by Amira her husband came to the door last night and "
      "was arrested."], "E3", "2024-03-19"),
])])

R.xlsx("IDVA Service.xlsx", [("Contacts", [], [["Date", "IDVA", "Contact"]], [
    ([D(2024, 3, 13), "IDVA Moss", "Police referral (stalking, DASH high) received. Spoke to Amira: safety plan, "
      "Sanctuary referral to her landlord."], "E1", "2024-03-13"),
    ([D(2024, 4, 2), "IDVA Moss", "Supported Amira at court: SPO granted for 2 years."], "E4", "2024-04-02"),
    ([D(2024, 4, 9), "IDVA Moss", "Police informed me Amira was killed this morning."], "E5", "2024-04-09"),
])])
R.done()
