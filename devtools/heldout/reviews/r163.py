"""A held-out review (see ../README.md): python r163.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A domestic homicide review: Sarah (34) killed by ex-partner Lee. Probation nDelius export, MARAC as a Word table,
# IDVA as Word paragraphs, housing, mental health trust, GP, police, ambulance.
R.csv(
    "Probation nDelius extract.csv",
    [],
    ["Contact Date", "Contact Type", "Outcome", "Notes"],
    [
        (
            [
                "2022-09-05",
                "Initial Appointment",
                "Attended",
                "Lee released on licence 02/09 (ABH on Sarah). Licence conditions incl. no contact with Sarah.",
            ],
            None,
            "2022-09-05",
        ),
        (
            [
                "2022-10-12",
                "Police Information",
                "",
                "Police report Lee seen outside Sarah's address 10/10, she called 999. Breach being considered.",
            ],
            "E1",
            "2022-10-12",
        ),
        (["2022-10-13", "Recall", "Recall requested", "Licence recall requested – contact with victim."], None, "2022-10-13"),
        (
            ["2022-11-03", "MARAC", "", "MARAC attended; Sarah heard as repeat case, actions for probation: share release date."],
            "E3",
            "2022-11-03",
        ),
        (
            ["2023-02-20", "Release", "Released", "Lee released at sentence end date from HMP Leeds. No licence."],
            "E5",
            "2023-02-20",
        ),
    ],
)
d = docx.Document()
d.add_paragraph("MARAC minutes extract – Sarah W")
t = d.add_table(rows=1, cols=3)
for c, h in zip(t.rows[0].cells, ["Meeting date", "Agencies present", "Summary and actions"]):
    c.text = h
marac = [
    (
        "03/11/2022",
        "Police, IDVA, Probation, Housing, MH trust",
        "Repeat referral after 10/10 incident. Actions: housing to expedite transfer; IDVA to review safety plan; probation to share release date.",
        "E3",
        "2022-11-03",
    ),
    (
        "09/03/2023",
        "Police, IDVA, Housing",
        "Referral by IDVA after Lee's release and messages to Sarah. Sanctuary scheme; police marker on address.",
        "E6",
        "2023-03-09",
    ),
]
for a, b, c, ev, iso in marac:
    row = t.add_row().cells
    row[0].text, row[1].text, row[2].text = a, b, c
d.save(R.folder / "MARAC.docx")
# (Word tables: rows are counted as the table's rows, header row 1)
for i, (a, b, c, ev, iso) in enumerate(marac):
    R._note("MARAC.docx", None, i + 3, ev, iso, c)
d = docx.Document()
d.add_paragraph("Independent Domestic Violence Advisor Service – chronology of involvement")
idva = [
    (
        "11 October 2022 – Referral received from police following incident on 10/10 (Lee at Sarah's door in breach). Safety plan, DASH high risk, MARAC referral made.",
        "E1",
        "2022-10-11",
    ),
    ("3 November 2022 – Attended MARAC. Sarah engaged well.", "E3", "2022-11-03"),
    (
        "1 March 2023 – Sarah called: Lee released last week, sending her messages. Police informed, MARAC referral.",
        "E7",
        "2023-03-01",
    ),
    ("9 March 2023 – MARAC: sanctuary scheme agreed.", "E6", "2023-03-09"),
]
for text, ev, iso in idva:
    d.add_paragraph(text)
d.save(R.folder / "IDVA service.docx")
for i, (text, ev, iso) in enumerate(idva):
    R._note("IDVA service.docx", None, i + 2, ev, iso, text)
R.xlsx(
    "Police - DHR chronology.xlsx",
    [
        (
            "DHR",
            [["Police chronology for DHR – Sarah W"]],
            [["Date", "Time", "Occurrence", "Summary"]],
            [
                (
                    [
                        D(2022, 10, 10),
                        "21:14",
                        "OCC 1",
                        "999 call from Sarah: ex-partner Lee at the door shouting, in breach of licence. Lee left before police arrival. Referred to IDVA, probation informed.",
                    ],
                    "E1",
                    "2022-10-10",
                ),
                ([D(2022, 11, 3), "10:00", "", "MARAC – police chaired."], "E3", "2022-11-03"),
                (
                    [
                        D(2023, 3, 1),
                        "15:30",
                        "OCC 2",
                        "Sarah reports malicious communications from Lee since his release. Harassment crime recorded; Lee to be interviewed.",
                    ],
                    "E7",
                    "2023-03-01",
                ),
                ([D(2023, 3, 9), "10:00", "", "MARAC – second listing. Marker placed on address."], "E6", "2023-03-09"),
                (
                    [
                        D(2023, 4, 2),
                        "23:40",
                        "OCC 3",
                        "Call from neighbour: screaming at Sarah's flat. Officers forced entry. Sarah found with stab wounds, pronounced dead at scene 00:20. Lee arrested nearby.",
                    ],
                    "E8",
                    "2023-04-02",
                ),
            ],
        )
    ],
)
R.csv(
    "YAS ambulance.csv",
    [],
    ["Date", "Time of call", "Incident summary"],
    [
        (["02/04/2023", "23:52", "Police request: female stabbed, CPR in progress, ROLE at 00:20."], "E8", "2023-04-02"),
    ],
)
R.xlsx(
    "Housing.xlsx",
    [
        (
            "Housing",
            [],
            [["Date", "Officer", "Note"]],
            [
                (
                    [D(2022, 11, 8), "HO Bell", "Management transfer application accepted following MARAC action. Band A."],
                    None,
                    "2022-11-08",
                ),
                ([D(2022, 11, 3), "HO Bell", "Attended MARAC (Teams)."], "E3", "2022-11-03"),
                (
                    [D(2023, 3, 14), "HO Bell", "Sanctuary measures fitted at flat (door chain, lock change) per MARAC."],
                    None,
                    "2023-03-14",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Mental Health Trust.xlsx",
    [
        (
            "Contacts",
            [],
            [["Date of contact", "Team", "Clinical note"]],
            [
                ([D(2022, 10, 20), "IAPT", "Sarah self-referred for anxiety after DV. Assessment: GAD7 17."], None, "2022-10-20"),
                ([D(2022, 11, 3), "Safeguarding", "MARAC – information provided, not present."], None, "2022-11-03"),
            ],
        )
    ],
)
R.xlsx(
    "GP.xlsx",
    [
        (
            "GP",
            [],
            [["Date", "Summary"]],
            [
                ([D(2022, 10, 14), "Anxious, not sleeping since ex came to door on Monday. Sertraline."], "E1", "2022-10-14"),
                ([D(2023, 4, 3), "Notified of patient's death 02/04/2023 (police)."], "E8", "2023-04-03"),
            ],
        )
    ],
)
R.done()
