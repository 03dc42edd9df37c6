"""A held-out review (see ../README.md): python r523.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Ellie (13), groomed online and then found with an adult man. Each agency
# tells the same event in its own words: 'communicating with an adult male on Snapchat', 'groomed online by an
# adult man'; the strategy discussion as 'strategy meeting (CSE)', 'DSL joined the strategy discussion on
# Teams'; the screening as 'exploitation screening tool', 'CE screening'; the night she was found as 'located
# at a hotel with a 34 year old male', 'found in a hotel room with an adult', 'went missing at the weekend,
# found with a man in a hotel'. Layouts: the school's log with two dates ('Date of concern', then 'Logged',
# sometimes a day later); the police's OpenDocument sheet with 'Occurrence date' and 'Reported'; children's
# social care's sheet; CAMHS's Word table.

R.xlsx("School.xlsx", [("Concerns", [], [["Date of concern", "Logged", "Staff", "Concern"]], [
    ([D(2024, 5, 14), D(2024, 5, 14), "DSL", "DSL joined the strategy discussion on Teams: Ellie has been groomed "
      "online. School to support the s47."], "E2", "2024-05-14"),
    ([D(2024, 5, 20), D(2024, 5, 21), "DSL", "Social worker met Ellie in school to complete the CE screening; "
      "Ellie quiet."], "E3", "2024-05-20"),
    ([D(2024, 6, 3), D(2024, 6, 3), "Head of year", "Mum rang: Ellie went missing at the weekend and was found with "
      "a man in a hotel. Ellie not in today."], "E4", "2024-06-03"),
])])

R.ods("Police.ods", "Occurrences", ["Occurrence date", "Reported", "Summary"], [
    (["13/05/2024", "13/05/2024", "Mother reports her 13 year old daughter communicating with an adult male on "
      "Snapchat: sexual messages and requests for images. Phone seized."], "E1", "2024-05-13"),
    (["14/05/2024", "14/05/2024", "Strategy meeting (CSE) with children's social care and the school. Joint "
      "investigation."], "E2", "2024-05-14"),
    (["01/06/2024", "02/06/2024", "Reported missing by mum 21:00; located at the Premier hotel at 01:30 with a 34 "
      "year old male, who was arrested for sexual activity with a child."], "E4", "2024-06-01"),
])

R.xlsx("Children's Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Record"]], [
    ([D(2024, 5, 14), "MASH", "PPN received: 13 year old groomed online by an adult man; police seized her phone "
      "yesterday."], "E1", "2024-05-14"),
    ([D(2024, 5, 14), "Team manager", "Strategy discussion with police and school: s47 (child sexual exploitation)."],
     "E2", "2024-05-14"),
    ([D(2024, 5, 20), "SW Patel", "Exploitation screening tool completed with Ellie at school: high risk."], "E3",
     "2024-05-20"),
    ([D(2024, 6, 3), "SW Patel", "EDT record: Ellie found in a hotel room with an adult on Saturday night; man "
      "arrested."], "E4", "2024-06-03"),
])])

R.docx_table("CAMHS.docx", "CAMHS - involvement with Ellie", ["Date", "Clinician", "Note"], [
    (["05/06/2024", "Crisis team", "Urgent assessment: low mood and cutting since the weekend. Safety plan with "
      "mum."], "S1", "2024-06-05"),
])
R.done()
