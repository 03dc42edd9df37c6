"""A held-out review (see ../README.md): python r484.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Leanne (34), killed by her partner Craig. Layouts: the police's 'Occurrence No |
# Date/Time reported | Offence | Summary | Outcome'; an IDVA service's 'Date | Type of contact | DASH score |
# Notes'; the GP's one 'Consultation date/time' column ('03-Mar-2024 09:40'); a housing officer's Word paragraphs
# in prose ('On the 5th of March 2024 Leanne …'); the substance misuse service's 'Date seen | Seen by | Key work
# summary' for Craig.

R.xlsx("Police.xlsx", [("Occurrences", [], [["Occurrence No", "Date/Time reported", "Offence", "Summary", "Outcome"]], [
    (["OCC/0412/24", D(2024, 3, 2, 22, 5), "Assault occasioning ABH", "Neighbour called 999: shouting and a woman "
      "screaming. Leanne had a cut lip and said Craig pushed her into the door frame. DASH high risk (15 yes).",
      "Craig arrested, released on bail with conditions. MARAC referral."], "E1", "2024-03-02"),
    (["OCC/0533/24", D(2024, 3, 20, 1, 40), "Breach of bail", "Craig found at Leanne's address in breach of his bail "
      "conditions; Leanne said she had let him in.", "Arrested, remanded until court next morning."], "E4",
     "2024-03-20"),
    (["OCC/0688/24", D(2024, 4, 9, 16, 30), "Murder", "Call from Leanne's sister: found Leanne unresponsive at "
      "her flat. Craig arrested nearby.", "Major investigation team."], "E6", "2024-04-09"),
])])

R.xlsx("IDVA Service.xlsx", [("Case", [], [["Date", "Type of contact", "DASH score", "Notes"]], [
    ([D(2024, 3, 4), "Referral received", 15, "High-risk referral from police after assault on 02/03 by partner."],
     "E1", "2024-03-04"),
    ([D(2024, 3, 5), "Phone call", "", "Spoke to Leanne: safety plan, sanctuary scheme discussed, she wants to stay in "
      "the flat."], "S1", "2024-03-05"),
    ([D(2024, 3, 14), "MARAC", 15, "Case heard at MARAC. Actions: sanctuary works, flag on address, GP to be told."],
     "E3", "2024-03-14"),
])])

R.csv("GP Surgery.csv", [], ["Consultation date/time", "Clinician", "Consultation"], [
    (["03-Mar-2024 09:40", "Dr Lewis", "Leanne attended with a split lip, says she walked into a door. Anxious. "
      "Asked directly about home - denied any abuse."], "S2", "2024-03-03"),
    (["15-Mar-2024 11:00", "Practice manager", "MARAC information received: high-risk domestic abuse, alert added "
      "to Leanne's record."], "E3", "2024-03-15"),
])

R.docx_paragraphs("Housing.docx", "Housing officer's account", [
    ("On the 5th of March 2024 Leanne rang asking for the locks to be changed after her partner's arrest; an "
     "emergency lock change was ordered.", "E2", "2024-03-05"),
    ("On the 14th of March 2024 I attended MARAC and agreed to fit sanctuary measures at the flat.", "E3", "2024-03-14"),
    ("On the 21st of March 2024 the sanctuary works were completed; Leanne said Craig had been arrested at the "
     "flat the night before.", "E5", "2024-03-21"),
])

R.xlsx("Substance Misuse (Craig).xlsx", [("Key work", [], [["Date seen", "Seen by", "Key work summary"]], [
    ([D(2024, 2, 26), "Recovery worker", "Alcohol use 30 units a week, says relationship is 'up and down'."], "S3",
     "2024-02-26"),
    ([D(2024, 3, 11), "Recovery worker", "Did not attend. Later learned he was on bail for assaulting his partner."],
     "S4", "2024-03-11"),
])])
R.done()
