"""A held-out review (see ../README.md): python r354.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mrs Doreen Dale (84), bruised and then admitted, says her son grabbed
# her. Vocabulary: "s42", "MSP", "VPA", "UTI", "respite", "discharge planning meeting", "dom care".
# Layouts: a home care agency's visit log whose "Visit" cell holds the date and the visit's times
# ("02/04/2024 07:30-08:00"); the hospital's notes as Word paragraphs opening "09/04/2024 19:20 ED:";
# adult social care with a "Stage" column; police with "Date/Time Created".

R.xlsx("Helping Hands Homecare.xlsx", [("Visit log", [], [["Visit", "Carer", "Carer notes"]], [
    (["02/04/2024 07:30-08:00", "KB", "Doreen has bruising to both forearms, says she bumped the door. Son present "
      "and hostile. Office informed; safeguarding concern raised with ASC."], "E1", "2024-04-02"),
    (["05/04/2024 07:30-08:00", "KB", "Breakfast and meds given. Settled."], None, "2024-04-05"),
    (["09/04/2024 18:00-18:30", "MT", "Doreen confused and very unwell, hot to touch. Rang 999, waited with her "
      "until the crew came."], "E3", "2024-04-09"),
    (["18/04/2024 11:00-12:00", "Manager", "Attended the discharge planning meeting on Ward 7: package to restart "
      "after respite."], "E6", "2024-04-18"),
])])

R.docx_paragraphs("Hospital notes.docx", "County Hospital - notes for Doreen Dale", [
    ("09/04/2024 19:20 ED: brought by ambulance, confused, UTI. Bruising to both upper arms; says her son "
     "grabbed her. Admitted to Ward 7.", "E3", "2024-04-09"),
    ("10/04/2024 10:15 Safeguarding team: referral to police and ASC about the son's assault.", "E4", "2024-04-10"),
    ("18/04/2024 11:00 Discharge planning meeting: ASC, home care manager, ward. Respite at Oak Lodge agreed.",
     "E6", "2024-04-18"),
    ("22/04/2024 14:00 Discharged to Oak Lodge (respite).", "E7", "2024-04-22"),
])

R.xlsx("Adult Social Care.xlsx", [("Doreen Dale", [], [["Date", "Stage", "Narrative"]], [
    ([D(2024, 4, 2), "Concern", "Safeguarding concern from Helping Hands: bruising to both forearms, son "
      "hostile to carers."], "E1", "2024-04-02"),
    ([D(2024, 4, 3), "S42", "Section 42 duty met: enquiry to proceed. MSP: Doreen wants her son to stop "
      "shouting, not to be in trouble."], "E2", "2024-04-03"),
    ([D(2024, 4, 10), "S42", "Hospital safeguarding: Doreen alleges her son grabbed her arms."], "E4",
     "2024-04-10"),
    ([D(2024, 4, 17), "S42", "Police arrested the son yesterday; released on bail not to contact her."], "E5",
     "2024-04-17"),
    ([D(2024, 4, 18), "Review", "Discharge planning meeting on the ward: respite at Oak Lodge, then home with "
      "dom care."], "E6", "2024-04-18"),
    ([D(2024, 4, 22), "Placement", "Doreen discharged to Oak Lodge for respite today."], "E7", "2024-04-22"),
])])

R.xlsx("Police.xlsx", [("Logs", [], [["Date/Time Created", "Log entry"]], [
    ([D(2024, 4, 10, 12, 40), "VPA: 84 year old female in County Hospital alleges her son grabbed her arms at "
      "home. Crime recorded: ABH."], "E4", "2024-04-10"),
    ([D(2024, 4, 16, 9, 0), "Son arrested at home for ABH, interviewed: denies. Bail: not to contact his mother."],
     "E5", "2024-04-16"),
])])
R.done()
