"""A held-out review (see ../README.md): python r161.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A 15-year-old (Jordan) missing, exploited, overdose. Layouts: police with separate Date and Time columns,
# CAMHS with 'Appt date', YOT csv semicolon, ambulance csv with 24h times, school with 'Date reported' and 'Date of incident'.
R.xlsx(
    "Police chronology JORDAN.xlsx",
    [
        (
            "Sheet1",
            [["OFFICIAL SENSITIVE"], ["Chronology – Jordan T (15)"], []],
            [["Date", "Time", "Incident / crime no.", "Summary", "Officer"]],
            [
                (
                    [
                        D(2023, 2, 3),
                        "22:40",
                        "INC 4471",
                        "Jordan reported missing by mother, not returned from school.",
                        "PC Lowe",
                    ],
                    "E1",
                    "2023-02-03",
                ),
                (
                    [
                        D(2023, 2, 4),
                        "09:15",
                        "INC 4471",
                        "Jordan found by officers at an address in Leyton with two older males. Returned home. Cannabis found on him, street bail.",
                        "PC Lowe",
                    ],
                    "E2",
                    "2023-02-04",
                ),
                (
                    [D(2023, 2, 7), "11:00", "", "Return home interview request sent to the RHI service.", "MFH coord"],
                    None,
                    "2023-02-07",
                ),
                (
                    [
                        D(2023, 2, 9),
                        "14:00",
                        "",
                        "Strategy meeting (CSC chair) re CCE concerns. Police, school, YOT, CAMHS.",
                        "DS Fenn",
                    ],
                    "E4",
                    "2023-02-09",
                ),
                (
                    [
                        D(2023, 3, 18),
                        "02:10",
                        "INC 6120",
                        "Jordan arrested in Southend with 14 wraps of crack cocaine, PWITS. Detained, appropriate adult requested, NRM referral made.",
                        "PC Dyer",
                    ],
                    "E5",
                    "2023-03-18",
                ),
                (
                    [D(2023, 4, 20), "10:00", "", "Jordan appeared at youth court, referral order 9 months.", "OIC"],
                    "E6",
                    "2023-04-20",
                ),
                (
                    [
                        D(2023, 6, 11),
                        "23:55",
                        "INC 9902",
                        "Ambulance request to assist, male 15 unresponsive at park after taking unknown tablets. Jordan conveyed to Whipps Cross.",
                        "PC Lowe",
                    ],
                    "E7",
                    "2023-06-11",
                ),
            ],
        )
    ],
)
R.csv(
    "YOT_chronology.csv",
    [],
    ["Date", "Worker", "Contact type", "Notes"],
    [
        (
            ["09/02/2023", "YJ worker", "Meeting", "Attended strategy meeting, Jordan known to YOT (OOCD 2022)."],
            "E4",
            "2023-02-09",
        ),
        (
            ["18/03/2023", "AA service", "Custody", "Appropriate adult attended Southend custody for Jordan's interview."],
            "E5",
            "2023-03-18",
        ),
        (["20/04/2023", "Court officer", "Court", "Youth court: 9 month referral order imposed."], "E6", "2023-04-20"),
        (["04/05/2023", "YJ worker", "Panel", "First referral order panel. Contract agreed."], None, "2023-05-04"),
        (["12/06/2023", "YJ worker", "Phone", "Mum rang: Jordan in hospital after overdose last night."], "E7", "2023-06-12"),
    ],
    delimiter=";",
)
R.xlsx(
    "CAMHS.xlsx",
    [
        (
            "Contacts",
            [],
            [["Appt date", "Clinician", "Attended?", "Summary"]],
            [
                (
                    [D(2023, 2, 9), "Dr Amin", "n/a", "Strategy meeting – CAMHS not able to attend, info shared by email."],
                    None,
                    "2023-02-09",
                ),
                ([D(2023, 3, 2), "Dr Amin", "DNA", "Jordan did not attend choice appointment."], None, "2023-03-02"),
                (
                    [
                        D(2023, 6, 12),
                        "Liaison nurse",
                        "Yes",
                        "Seen on the paediatric ward at Whipps Cross following intentional overdose of 20 x co-codamol. Denies ongoing intent.",
                    ],
                    "E8",
                    "2023-06-12",
                ),
            ],
        )
    ],
)
R.csv(
    "London Ambulance Service.csv",
    [],
    ["Incident date", "Call time", "CAD ref", "Crew notes"],
    [
        (
            [
                "11/06/2023",
                "23:48",
                "CAD 77120",
                "15yo M unresponsive in park, friends state took tablets. GCS 9. Police on scene. Conveyed WXH resus.",
            ],
            "E7",
            "2023-06-11",
        ),
    ],
)
R.xlsx(
    "Whipps Cross ED.xlsx",
    [
        (
            "ED",
            [],
            [["Arrival", "Department", "Clinical summary"]],
            [
                (
                    [
                        "12/06/2023 00:31",
                        "ED resus",
                        "15M brought in by LAS after OD of unknown tablets, later co-codamol x20. Paracetamol level taken. Admitted to paeds.",
                    ],
                    "E7",
                    "2023-06-12",
                ),
                (
                    [
                        "12/06/2023 10:00",
                        "Paediatric ward",
                        "Reviewed by CAMHS liaison. Medically fit. Safeguarding referral to CSC.",
                    ],
                    "E8",
                    "2023-06-12",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Oakwood Academy.xlsx",
    [
        (
            "CPOMS",
            [["CPOMS export"]],
            [["Date of incident", "Date reported", "Category", "Incident", "Action"]],
            [
                (
                    [
                        D(2023, 2, 3),
                        D(2023, 2, 6),
                        "Missing",
                        "Jordan left site at lunch and did not return (mum later reported him missing to police).",
                        "Call to mum",
                    ],
                    "E1",
                    "2023-02-03",
                ),
                (
                    [D(2023, 2, 9), D(2023, 2, 9), "Meeting", "DSL attended strategy meeting re exploitation.", ""],
                    "E4",
                    "2023-02-09",
                ),
                (
                    [
                        D(2023, 3, 20),
                        D(2023, 3, 20),
                        "Police",
                        "Informed by police that Jordan was arrested at the weekend in Southend.",
                        "Log",
                    ],
                    "E5",
                    "2023-03-20",
                ),
            ],
        )
    ],
)
R.xlsx(
    "CSC.xlsx",
    [
        (
            "Chronology",
            [],
            [["Date", "Event", "Outcome"]],
            [
                (
                    [
                        "04/02/2023",
                        "Police notification – Jordan missing overnight, found in Leyton with older males.",
                        "Strategy meeting to be held.",
                    ],
                    "E2",
                    "2023-02-04",
                ),
                (
                    [
                        "09/02/2023",
                        "Strategy meeting – CCE concerns. All agencies attended except CAMHS.",
                        "S47, CE screening tool.",
                    ],
                    "E4",
                    "2023-02-09",
                ),
                (["12/06/2023", "Referral from Whipps Cross – overdose.", "Allocated."], "E8", "2023-06-12"),
            ],
        )
    ],
)
R.done()
