"""A held-out review (see ../README.md): python r160.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D, T = dt.datetime, dt.time
# Adult social care + older woman's neglect. ASC: both "Date entered" and "Date of event"; a Time column of times
R.xlsx(
    "ASC chronology - Mrs Edith Cole.xlsx",
    [
        (
            "ASC",
            [["Adult Social Care – Safeguarding Adults Review: Mrs Edith Cole"], []],
            [["Ref", "Date entered", "Date of event", "Time", "Source of information", "Event", "Outcome / action"]],
            [
                (
                    [
                        101,
                        D(2023, 1, 12),
                        D(2023, 1, 10),
                        T(14, 20),
                        "GP",
                        "Safeguarding concern from GP: Mrs Cole has unexplained bruising to both forearms; son is carer.",
                        "Section 42 enquiry opened.",
                    ],
                    "E1",
                    "2023-01-10",
                ),
                (
                    [
                        102,
                        D(2023, 1, 19),
                        D(2023, 1, 18),
                        T(11, 0),
                        "ASC",
                        "Home visit with district nurse. Mrs Cole says she bumped into the door. Son present throughout.",
                        "Capacity to be assessed.",
                    ],
                    "E2",
                    "2023-01-18",
                ),
                (
                    [
                        103,
                        D(2023, 2, 2),
                        D(2023, 2, 1),
                        None,
                        "ASC",
                        "Safeguarding planning meeting: ASC, GP, DN, police.",
                        "Police to consider. Care package increased.",
                    ],
                    "E3",
                    "2023-02-01",
                ),
                (
                    [
                        104,
                        D(2023, 3, 8),
                        D(2023, 3, 7),
                        T(9, 40),
                        "Hospital",
                        "Notified Mrs Cole admitted to Queen's Hospital after a fall at home, fractured wrist.",
                        "Discharge planning to involve ASC.",
                    ],
                    "E4",
                    "2023-03-07",
                ),
                (
                    [
                        105,
                        D(2023, 3, 21),
                        D(2023, 3, 21),
                        None,
                        "Hospital",
                        "Discharge planning meeting on ward 12.",
                        "Home with package of care x3 daily.",
                    ],
                    "E5",
                    "2023-03-21",
                ),
                (
                    [
                        106,
                        D(2023, 4, 30),
                        D(2023, 4, 28),
                        None,
                        "Care agency",
                        "Care agency raised concern: son refusing carers entry.",
                        "Visit planned.",
                    ],
                    "E6",
                    "2023-04-28",
                ),
                (
                    [
                        107,
                        D(2023, 5, 9),
                        D(2023, 5, 9),
                        T(16, 5),
                        "Police",
                        "Police welfare check – Mrs Cole found on floor, ambulance called.",
                        "Section 42 reopened.",
                    ],
                    "E7",
                    "2023-05-09",
                ),
                (["", "", "", "", "", "Total entries: 7", ""], None, None),
            ],
        )
    ],
)
# GP: a practice system extract; the entries' dates in a column headed 'Entered' and text over two columns
R.csv(
    "GP_extract_Cole.csv",
    [["Practice: Riverside Medical Centre"], ["Report run 02/02/2024"]],
    ["Date", "Entered by", "Type", "Problem", "Notes"],
    [
        (
            [
                "10-Jan-2023",
                "Dr Hale",
                "Home visit",
                "Bruising",
                "Bruising both forearms, various ages. Son evasive. Safeguarding concern raised to ASC by phone.",
            ],
            "E1",
            "2023-01-10",
        ),
        (
            ["01-Feb-2023", "Dr Hale", "Meeting", "Safeguarding", "Safeguarding planning meeting attended (Teams)."],
            "E3",
            "2023-02-01",
        ),
        (
            [
                "09-Mar-2023",
                "Admin",
                "Letter in",
                "Fracture wrist",
                "Queen's Hospital admission notification: # L wrist after fall at home 07/03.",
            ],
            "E4",
            "2023-03-09",
        ),
        (
            ["24-Mar-2023", "Admin", "Letter in", "Discharge", "Discharge summary: home 22/03 with POC QDS? TDS."],
            "E8",
            "2023-03-24",
        ),
        (
            [
                "10-May-2023",
                "Dr Hale",
                "Letter in",
                "Fall",
                "ED letter: brought in by ambulance 09/05 after long lie, rhabdo. Admitted.",
            ],
            "E7",
            "2023-05-10",
        ),
        (["END OF REPORT", "", "", "", ""], None, None),
    ],
    encoding="utf-8-sig",
)
# District nursing: partial and approximate dates, a 'Date' header over dd/mm/yy text
R.xlsx(
    "Community Nursing.xlsx",
    [
        (
            "DN",
            [],
            [["Date", "Visit type", "Narrative", "Signed"]],
            [
                (
                    [
                        "18/01/23",
                        "Joint visit",
                        "Joint visit with social worker. Skin tear L arm dressed. Pt says fell against door.",
                        "DN Price",
                    ],
                    "E2",
                    "2023-01-18",
                ),
                (["01/02/23", "Meeting", "Safeguarding planning meeting – DN attended.", "DN Price"], "E3", "2023-02-01"),
                (["c. 14/02/23", "Visit", "Dressing change. Son declined to let us in, spoke at door.", "DN Price"], None, None),
                (["w/c 17/04/23", "Visits", "Daily insulin visits this week, no concerns noted.", "DN team"], None, None),
                (["May 2023", "Note", "Care agency reports son cancelling calls (date not recorded).", "DN team"], None, None),
            ],
        )
    ],
)
# Hospital: Word-like ward notes as a two-sheet workbook (admission episode, then ED)
R.xlsx(
    "Queens Hospital.xlsx",
    [
        (
            "Admission Mar23",
            [["Queen's Hospital NHS Trust – inpatient episode"]],
            [["Date", "Time", "Ward / Dept", "Entry"]],
            [
                (
                    [
                        D(2023, 3, 7),
                        "09:15",
                        "ED",
                        "87F fall at home, FOOSH, # distal radius. Admitted to ward 12. Old bruising noted, safeguarding referral to ASC.",
                    ],
                    "E4",
                    "2023-03-07",
                ),
                (
                    [
                        D(2023, 3, 21),
                        "14:00",
                        "Ward 12",
                        "MDT discharge planning meeting with ASC and son. Package of care agreed.",
                    ],
                    "E5",
                    "2023-03-21",
                ),
                ([D(2023, 3, 22), "11:30", "Ward 12", "Discharged home with TDS package of care."], "E8", "2023-03-22"),
            ],
        ),
        (
            "ED May23",
            [],
            [["Date", "Time", "Ward / Dept", "Entry"]],
            [
                (
                    [
                        D(2023, 5, 9),
                        "17:10",
                        "ED",
                        "BIBA after police found pt on floor, long lie approx 18h. CK raised. Admitted AMU. Safeguarding form completed.",
                    ],
                    "E7",
                    "2023-05-09",
                ),
            ],
        ),
    ],
)
# Police: command-and-control capitals, date and time in one cell
R.csv(
    "Police.csv",
    [],
    ["Log date/time", "Log no.", "Summary"],
    [
        (
            ["01/02/2023 10:00", "", "ATTENDED ASC SAFEGUARDING PLANNING MEETING RE EDITH COLE. NO CRIME AT PRESENT."],
            "E3",
            "2023-02-01",
        ),
        (
            [
                "09/05/2023 16:05",
                "0912",
                "CONCERN FOR WELFARE. OFFICERS FORCED ENTRY, FEMALE 87 ON FLOOR, AMBULANCE REQUESTED. SON NOT PRESENT. ADULT SAFEGUARDING REFERRAL.",
            ],
            "E7",
            "2023-05-09",
        ),
    ],
)
# Care agency: dates written out
R.xlsx(
    "HomeCare agency log.xlsx",
    [
        (
            "Log",
            [],
            [["Date of call", "Carer", "What happened"]],
            [
                (["Tuesday 25 April 2023", "JS", "Son would not let carer in for lunch call."], None, "2023-04-25"),
                (
                    [
                        "Friday 28 April 2023",
                        "Manager",
                        "Concern raised with Adult Social Care about missed calls and son refusing entry.",
                    ],
                    "E6",
                    "2023-04-28",
                ),
            ],
        )
    ],
)
R.done()
