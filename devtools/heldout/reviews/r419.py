"""A held-out review (see ../README.md): python r419.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review after a baby's abusive head trauma: Archie (4 months). The business unit collated the returns
# in one workbook, a sheet per agency named by its initials ('WMAS', 'SWBH', 'BCHC', 'CSC', 'WMP', 'GP'),
# after an 'Instructions' sheet. Vocabulary: "NAI", "subdural", "CT head", "skeletal survey", "strat",
# "s47", "PPO", "fitting". Layouts: the same template on each sheet ('Date', 'Time', 'Source of
# information', 'Details', 'Action taken'), time written '01.55'.

HEADER = [["Date", "Time", "Source of information", "Details", "Action taken"]]
R.xlsx("Rapid review - agency returns (collated).xlsx", [
    ("Instructions", [["Please add one row per contact with the family, oldest first."],
                      ["Use one sheet per agency. Do not change the headings."]], [], []),
    ("WMAS", [], HEADER, [
        ([D(2024, 2, 10), "01.55", "999 call", "Father: baby fitting and floppy. Crew on scene 02:04: infant "
          "post-ictal, bulging fontanelle.", "Blue light to Sandwell ED with pre-alert."], "E1", "2024-02-10"),
    ]),
    ("SWBH", [], HEADER, [
        ([D(2024, 2, 10), "02.30", "ED record", "4-month-old with seizures. CT head: bilateral subdural "
          "haematomas of different ages. Admitted to PICU.", "Safeguarding referral to CSC; skeletal survey "
          "booked."], "E1", "2024-02-10"),
        ([D(2024, 2, 10), "11.00", "Safeguarding nurse", "Strategy discussion with CSC and police (Teams).",
          "Agreed: s47, parents supervised on the ward."], "E2", "2024-02-10"),
        ([D(2024, 2, 14), "", "Radiology", "Skeletal survey: healing fractures of two posterior ribs.",
          "Reported to CSC and police the same day."], "A1", "2024-02-14"),
    ]),
    ("BCHC", [], HEADER, [
        ([D(2024, 1, 22), "10.15", "HV record", "Home visit: Archie 3 months, feeding well. Small bruise on the "
          "right ear; mum says his sister pinched him.", "Advice; not escalated."], "A2", "2024-01-22"),
        ([D(2024, 2, 13), "", "CSC", "Informed by the social worker that Archie was admitted on Saturday with "
          "head injuries.", "Records shared; bruising of 22/01 disclosed to CSC."], "E1", "2024-02-13"),
    ]),
    ("CSC", [], HEADER, [
        ([D(2024, 2, 10), "03.40", "EDT", "Hospital safeguarding team: subdural haemorrhages, NAI suspected.",
          "Strategy discussion arranged for the morning."], "E1", "2024-02-10"),
        ([D(2024, 2, 10), "11.00", "Strategy discussion", "With the hospital and police: threshold for s47 met.",
          "Supervision plan on the ward; siblings to stay with grandparents."], "E2", "2024-02-10"),
        ([D(2024, 2, 12), "", "Police", "Father arrested this morning on suspicion of GBH with intent.",
          "Safety plan reviewed."], "E3", "2024-02-12"),
    ]),
    ("WMP", [], HEADER, [
        ([D(2024, 2, 10), "11.00", "CAIT", "Strategy discussion re Archie: NAI suspected. Joint investigation "
          "with CSC.", "Scene preserved; parents to be interviewed."], "E2", "2024-02-10"),
        ([D(2024, 2, 12), "07.10", "CAIT", "Father arrested at home on suspicion of s18 GBH. Interviewed; "
          "released on bail with conditions.", "Bail: no contact with the children."], "E3", "2024-02-12"),
    ]),
    ("GP", [], HEADER, [
        ([D(2024, 1, 30), "16.20", "Consultation", "Archie seen with mum: vomiting and irritable for 2 days. "
          "Examined, no concerns. Reflux.", "Gaviscon; safety-netting."], "A3", "2024-01-30"),
    ]),
])
R.done()
