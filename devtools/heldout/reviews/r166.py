"""A held-out review (see ../README.md): python r166.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Safeguarding adults review: Callum (22), care leaver, died by suicide 2023-11-04.
R.xlsx(
    "Mental Health Trust.xlsx",
    [
        (
            "Chronology",
            [["Northshire Partnership NHS FT"]],
            [["Date", "Time", "Team", "Summary of contact"]],
            [
                (
                    [
                        D(2023, 6, 2),
                        "01:20",
                        "Liaison psychiatry",
                        "Seen in ED after police brought him under s136 from the bridge. Not detained under MHA; discharged to crisis team follow up.",
                    ],
                    "E1",
                    "2023-06-02",
                ),
                (
                    [D(2023, 6, 3), "14:00", "Crisis team", "Home visit: low mood, debts, housing worries. Safety plan."],
                    None,
                    "2023-06-03",
                ),
                ([D(2023, 6, 20), "10:00", "CMHT", "Assessment appointment – DNA."], "E2", "2023-06-20"),
                (
                    [
                        D(2023, 9, 14),
                        "15:00",
                        "Crisis team",
                        "Telephone triage: Callum rang crisis line, says he was evicted today. Advised to go to housing options.",
                    ],
                    "E4",
                    "2023-09-14",
                ),
                (
                    [
                        D(2023, 11, 5),
                        "09:00",
                        "Admin",
                        "Informed by police of Callum's death on 04/11. Serious incident declared.",
                    ],
                    "E5",
                    "2023-11-05",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Police.xlsx",
    [
        (
            "Police",
            [],
            [["Occurrence date/time", "Occurrence type", "Narrative"]],
            [
                (
                    [
                        "01/06/2023 23:35",
                        "Concern for safety",
                        "Male on wrong side of railings on Trent Bridge. Talked down, detained s136, taken to ED as place of safety.",
                    ],
                    "E1",
                    "2023-06-01",
                ),
                (
                    [
                        "14/09/2023 11:00",
                        "Civil",
                        "Officers attended eviction at bailiffs' request to prevent breach of the peace. Callum left peacefully.",
                    ],
                    "E4",
                    "2023-09-14",
                ),
                (
                    [
                        "04/11/2023 16:40",
                        "Sudden death",
                        "Male found hanged at his hostel room by staff. Life pronounced extinct 17:02. No suspicious circumstances.",
                    ],
                    "E5",
                    "2023-11-04",
                ),
            ],
        )
    ],
)
R.csv(
    "EMAS.csv",
    [],
    ["Date", "Time", "Notes"],
    [
        (
            ["04/11/2023", "16:44", "Hanging, hostel room, CPR by staff, ROLE verified by crew 17:02. Police on scene."],
            "E5",
            "2023-11-04",
        ),
    ],
)
R.xlsx(
    "Housing Options.xlsx",
    [
        (
            "Log",
            [],
            [["Date", "Officer", "Case note"]],
            [
                (
                    [D(2023, 8, 1), "HO Shah", "Section 21 notice from landlord (rent arrears) – prevention duty accepted."],
                    None,
                    "2023-08-01",
                ),
                (
                    [
                        D(2023, 9, 14),
                        "HO Shah",
                        "Evicted by bailiffs this morning. Presented as homeless pm, placed in Hope Street hostel. Relief duty.",
                    ],
                    "E4",
                    "2023-09-14",
                ),
                ([D(2023, 11, 6), "HO Shah", "Hostel manager advised Callum died in his room on Saturday."], "E5", "2023-11-06"),
            ],
        )
    ],
)
R.xlsx(
    "Hope Street hostel.xlsx",
    [
        (
            "Incidents",
            [],
            [["Date", "Staff", "Incident"]],
            [
                (
                    [D(2023, 9, 14), "Duty", "New resident Callum placed by Housing Options late afternoon. Induction done."],
                    "E4",
                    "2023-09-14",
                ),
                (
                    [D(2023, 10, 21), "Duty", "Callum intoxicated, said he 'can't go on'. Crisis line number given."],
                    None,
                    "2023-10-21",
                ),
                (
                    [
                        D(2023, 11, 4),
                        "Duty",
                        "Welfare check on room 12 - Callum found hanging. CPR, 999. Police and ambulance attended.",
                    ],
                    "E5",
                    "2023-11-04",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Leaving care.xlsx",
    [
        (
            "PA notes",
            [],
            [["Date", "Type", "Note"]],
            [
                (
                    [
                        D(2023, 6, 2),
                        "Phone",
                        "Callum rang: was taken to hospital by police last night from the bridge. Will visit tomorrow.",
                    ],
                    "E1",
                    "2023-06-02",
                ),
                (
                    [D(2023, 9, 15), "Visit", "Visited at Hope Street hostel after yesterday's eviction. Food parcel."],
                    None,
                    "2023-09-15",
                ),
                ([D(2023, 11, 6), "Info", "Informed by hostel of Callum's death at the weekend."], "E5", "2023-11-06"),
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
            [["Date", "Entry"]],
            [
                ([D(2023, 6, 5), "ED letter: s136 assessment 02/06, not detained, crisis team f/u."], "E1", "2023-06-05"),
                ([D(2023, 6, 21), "Letter CMHT: DNA assessment 20/06, discharged back to GP."], "E2", "2023-06-21"),
                ([D(2023, 11, 7), "Notification of death (coroner)."], "E5", "2023-11-07"),
            ],
        )
    ],
)
R.done()
