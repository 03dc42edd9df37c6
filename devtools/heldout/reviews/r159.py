"""A held-out review (see ../README.md): python r159.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Children's social care: title rows, a combined date/time text column
R.xlsx(
    "CSC chronology Kai B.xlsx",
    [
        (
            "Chronology",
            [["Agency chronology – Children's Social Care"], ["Child: Kai B (DOB 02/01/2021), Maya B (DOB 11/06/2016)"], []],
            [["Date/Time", "Type", "Worker", "Summary of contact"]],
            [
                (
                    [
                        "15/03/2023 09:10",
                        "Contact",
                        "MASH",
                        "PPN received from police re domestic incident at the family home on 14/03. Dean arrested. Children present. NFA at MASH, information shared with HV and school.",
                    ],
                    "E1",
                    "2023-03-15",
                ),
                (
                    [
                        "04/04/2023 11:20",
                        "Contact",
                        "MASH",
                        "Referral received from Royal Infirmary ED: Kai seen yesterday with burn to right hand, explanation inconsistent.",
                    ],
                    "E4",
                    "2023-04-04",
                ),
                (
                    [
                        "06/04/2023 10:00",
                        "Strategy",
                        "TM Reid",
                        "Strategy discussion held with police and hospital paediatric liaison. Agreed s47 enquiry, joint visit.",
                    ],
                    "E5",
                    "2023-04-06",
                ),
                (
                    [
                        "06/04/2023 15:30",
                        "Visit",
                        "SW Patel",
                        "Joint home visit with PC Ward. Both children seen. Mum says Kai touched the oven door.",
                    ],
                    "E6",
                    "2023-04-06",
                ),
                (
                    [
                        "09/05/2023 13:00",
                        "Conference",
                        "SW Patel",
                        "Initial child protection conference. Both children made subject to CP plans under neglect.",
                    ],
                    "E7",
                    "2023-05-09",
                ),
                (
                    [
                        "20/06/2023 10:00",
                        "Core group",
                        "SW Patel",
                        "Core group meeting at school. HV and DSL attended. Mum attended, Dean did not.",
                    ],
                    "E8",
                    "2023-06-20",
                ),
                (
                    [
                        "03/07/2023 14:00",
                        "Visit",
                        "SW Patel",
                        "Joint home visit with health visitor. Home conditions poor, no food in fridge.",
                    ],
                    "E9",
                    "2023-07-03",
                ),
                (
                    [
                        "12/09/2023 16:05",
                        "Contact",
                        "SW Patel",
                        "Call from DSL at Maya's school: Maya said Dean hit her with a belt. Strategy discussion to be convened.",
                    ],
                    "E10",
                    "2023-09-12",
                ),
                (
                    [
                        "13/09/2023 09:30",
                        "Strategy",
                        "TM Reid",
                        "Strategy discussion: police, school, HV. s47 to continue, Maya to be ABE interviewed.",
                    ],
                    "E13",
                    "2023-09-13",
                ),
                (
                    ["20/11/2023 10:00", "Conference", "SW Patel", "Review child protection conference. Plans continue."],
                    "E12",
                    "2023-11-20",
                ),
                (["28/11/2023 10:00", "Supervision", "TM Reid", "Case supervision. Consider PLO."], None, "2023-11-28"),
            ],
        )
    ],
)
# Police: cp1252 CSV, date as 14-Mar-2023, time as 2315hrs
R.csv(
    "Police return.csv",
    [],
    ["Occurrence Date", "Time", "Occ Ref", "Details"],
    [
        (
            [
                "14-Mar-2023",
                "2315hrs",
                "OCC/23/1187",
                "Domestic at home address. Leanne states partner Dean pushed her into the wall – children in the house. Dean arrested for common assault. DASH medium. PPN submitted.",
            ],
            "E1",
            "2023-03-14",
        ),
        (
            [
                "06-Apr-2023",
                "1000hrs",
                "OCC/23/1502",
                "Strategy meeting (CSC, hospital). Police to undertake joint visit. Crime recorded – s20 neglect? under review.",
            ],
            "E5",
            "2023-04-06",
        ),
        (
            [
                "06-Apr-2023",
                "1530hrs",
                "OCC/23/1502",
                "PC Ward attended address jointly with social worker. Kai seen, dressing to right hand.",
            ],
            "E6",
            "2023-04-06",
        ),
        (["09-May-2023", "1300hrs", "", "ICPC – police report submitted, DS Carr attended."], "E7", "2023-05-09"),
        (
            ["13-Sep-2023", "0930hrs", "OCC/23/3310", "Strat disc with CSC/school/HV re Maya's disclosure. ABE to be arranged."],
            "E13",
            "2023-09-13",
        ),
        (
            [
                "15-Sep-2023",
                "1100hrs",
                "OCC/23/3310",
                "ABE interview of Maya at the suite. Disclosed being hit with a belt by Dean on more than one occasion. £20 she was given not to tell.",
            ],
            None,
            "2023-09-15",
        ),
        (["20-Nov-2023", "1000hrs", "", "RCPC – apologies sent, report provided."], "E12", "2023-11-20"),
    ],
    encoding="cp1252",
)
# GP: a guidance sheet first, then the chronology with real dates
R.xlsx(
    "GP return.xlsx",
    [
        (
            "Guidance",
            [
                ["How to complete this chronology"],
                ["Enter one row per contact. Use the date of the contact, not the date it was recorded."],
                ["e.g. 01/01/2023", "Example practice nurse", "Telephone", "Example entry"],
            ],
            [],
            [],
        ),
        (
            "Chronology",
            [["Oakfield Surgery – GP chronology for Kai B"]],
            [["Date of entry", "Clinician", "Consultation type", "Summary"]],
            [
                (
                    [
                        D(2023, 4, 5),
                        "Dr Osei",
                        "Document",
                        "A&E letter: attended Royal Infirmary 03/04 with burn to R hand, dressed. Safeguarding referral made by ED.",
                    ],
                    "E3",
                    "2023-04-05",
                ),
                (
                    [
                        D(2023, 4, 17),
                        "Dr Osei",
                        "Face to face",
                        "Review of hand burn, healing well. Mum tearful, low mood. PHQ9 14.",
                    ],
                    None,
                    "2023-04-17",
                ),
                ([D(2023, 5, 9), "Dr Osei", "Admin", "Report sent for ICPC. Unable to attend."], None, "2023-05-09"),
                (
                    [
                        D(2023, 10, 5),
                        "Admin",
                        "Document",
                        "Letter from paediatric outpatients: Kai not brought to appointment 02/10/23.",
                    ],
                    "E11",
                    "2023-10-05",
                ),
            ],
        ),
    ],
)
# Health visiting: two half-year sheets, weekday-and-ordinal dates in text
R.xlsx(
    "Health Visiting chronology.xlsx",
    [
        (
            "Jan-Jun 23",
            [],
            [["Contact date", "Contact", "Entry"]],
            [
                (
                    [
                        "Thurs 16th March 2023",
                        "Notification",
                        "PPN received via MASH re DA incident on 14/03. Plan to do targeted visit.",
                    ],
                    "E1",
                    "2023-03-16",
                ),
                (
                    ["Tues 21st March 2023", "Home visit", "Targeted visit. Mum denies ongoing DA. Kai's weight on 9th centile."],
                    None,
                    "2023-03-21",
                ),
                (["Tues 9th May 2023", "ICPC", "Attended ICPC. Children made subject to CP plans."], "E7", "2023-05-09"),
                (["Tues 20th June 2023", "Core group", "Core group at school."], "E8", "2023-06-20"),
            ],
        ),
        (
            "Jul-Dec 23",
            [],
            [["Contact date", "Contact", "Entry"]],
            [
                (
                    [
                        "Mon 3rd July 2023",
                        "Joint visit",
                        "Joint HV with SW. Poor home conditions, no food. Food bank voucher given.",
                    ],
                    "E9",
                    "2023-07-03",
                ),
                (
                    ["Weds 13th Sept 2023", "Strategy", "Strategy discussion re Maya - HV contributed health info by phone."],
                    "E13",
                    "2023-09-13",
                ),
                (["Mon 20th Nov 2023", "RCPC", "Attended review conference."], "E12", "2023-11-20"),
            ],
        ),
    ],
)
# Hospital: a system export with ISO timestamps
R.csv(
    "RI_ED_export.csv",
    [],
    ["ATTENDANCE_DATETIME", "DEPT", "NOTES"],
    [
        (
            [
                "2023-04-03T14:35:00",
                "ED",
                "Kai 2y brought by mum, burn R palm and fingers. States touched oven door. Pattern not consistent with history. Paeds review.",
            ],
            "E3",
            "2023-04-03",
        ),
        (
            ["2023-04-04T10:50:00", "Safeguarding", "Paediatric liaison: referral to CSC MASH by phone and in writing re burn."],
            "E4",
            "2023-04-04",
        ),
        (["2023-04-06T10:00:00", "Safeguarding", "Paediatric liaison joined strategy discussion."], "E5", "2023-04-06"),
        (["2023-10-02T09:30:00", "Paediatric OPD", "Was not brought. Letter to GP. Rebook."], "E11", "2023-10-02"),
    ],
)
# School: 12.09.23 dates, two text columns
R.xlsx(
    "St Marks school safeguarding.xlsx",
    [
        (
            "Log",
            [["St Mark's Primary – safeguarding log extract (Maya B)"]],
            [["Date", "Concern", "Action taken", "Staff"]],
            [
                (
                    [
                        "15.03.23",
                        "Operation Encompass notification – DA at home last night.",
                        "Class teacher informed, check in with Maya.",
                        "DSL",
                    ],
                    "E1",
                    "2023-03-15",
                ),
                (["09.05.23", "ICPC", "DSL attended, report shared.", "DSL"], "E7", "2023-05-09"),
                (["20.06.23", "Core group held in school.", "Minutes filed.", "DSL"], "E8", "2023-06-20"),
                (
                    [
                        "12.09.23",
                        "Maya told TA that Dean hit her with a belt at the weekend. Red mark on arm.",
                        "Body map. Call to CSC at 4pm.",
                        "DSL",
                    ],
                    "E10",
                    "2023-09-12",
                ),
                (["13.09.23", "Strategy discussion", "DSL joined by phone.", "DSL"], "E13", "2023-09-13"),
                (["20.11.23", "RCPC", "DSL attended.", "DSL"], "E12", "2023-11-20"),
            ],
        )
    ],
)
R.done()
