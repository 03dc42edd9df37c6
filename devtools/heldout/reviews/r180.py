"""A held-out review (see ../README.md): python r180.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Early help: Ruby (3) and Jack (7); TAF meetings, missed health appointments, a step up.
R.xlsx(
    "Early Help.xlsx",
    [
        (
            "EH",
            [["Early Help Service – chronology"]],
            [["Date", "Activity", "Summary"]],
            [
                ([D(2023, 5, 2), "EHA", "Early help assessment completed with mum at home."], None, "2023-05-02"),
                ([D(2023, 5, 23), "TAF", "First TAF meeting at school: mum, HV, school, EH worker."], "E1", "2023-05-23"),
                ([D(2023, 7, 4), "TAF", "TAF review – mum did not attend. HV and school present."], "E3", "2023-07-04"),
                (
                    [D(2023, 7, 11), "Step up", "Step up to CSC agreed with manager – lack of progress, missed health appts."],
                    "E4",
                    "2023-07-11",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Health Visiting.xlsx",
    [
        (
            "HV",
            [],
            [["Date", "Contact type", "Notes"]],
            [
                ([D(2023, 5, 23), "Meeting", "TAF attended at Jack's school."], "E1", "2023-05-23"),
                ([D(2023, 6, 13), "Clinic", "Ruby WNB for 2.5 year review. Letter sent."], "E2", "2023-06-13"),
                ([D(2023, 7, 4), "Meeting", "TAF – attended. Mum absent."], "E3", "2023-07-04"),
            ],
        )
    ],
)
R.xlsx(
    "Primary School.xlsx",
    [
        (
            "Log",
            [],
            [["Date", "Note"]],
            [
                ([D(2023, 5, 23), "Hosted TAF meeting (DSL)."], "E1", "2023-05-23"),
                ([D(2023, 7, 4), "TAF meeting – mum didn't come."], "E3", "2023-07-04"),
            ],
        )
    ],
)
R.xlsx(
    "Childrens Social Care.xlsx",
    [
        (
            "CSC",
            [],
            [["Date", "Type", "Summary"]],
            [
                (
                    [D(2023, 7, 12), "Contact", "Step up request from Early Help received: neglect, missed health appointments."],
                    "E4",
                    "2023-07-12",
                ),
            ],
        )
    ],
)
R.xlsx(
    "Community paediatrics.xlsx",
    [
        (
            "Clinic",
            [],
            [["Appointment", "Clinic", "Outcome"]],
            [
                ([D(2023, 6, 13), "Developmental", "Ruby was not brought. Second WNB. Letter to GP and HV."], "E2", "2023-06-13"),
            ],
        )
    ],
)
R.done()
