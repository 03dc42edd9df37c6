"""A held-out review (see ../README.md): python r485.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: Maisie (6) and her brother Alfie (2), neglect. Layouts: the school's behaviour and welfare export
# ('Incident date | Incident time | Recorded by | Incident type | Description | Actions'); the health visiting
# service's 'Contact Date | Contact Type | Seen / Not seen / WNB | Outcome' where the contact type is a code (F2F,
# TC, WNB); early help's 'Session date | Session no. | Focus | Progress' with the header's cells broken over two
# lines; a dental practice's ods sheet.

R.xlsx("St Anne's Primary.xlsx", [("Export", [], [["Incident date", "Incident time", "Recorded by", "Incident type",
                                                  "Description", "Actions"]], [
    ([D(2024, 1, 10), "08:50", "Class teacher", "Welfare", "Maisie arrived hungry again, same clothes as all last week, "
      "strong smell of urine.", "Breakfast club; DSL told."], "S1", "2024-01-10"),
    ([D(2024, 1, 24), "15:30", "DSL", "Safeguarding", "Mum did not collect Maisie; Alfie left with a neighbour. "
      "Mum arrived at 16:45 smelling of alcohol.", "Referral to early help with mum's consent."], "E1", "2024-01-24"),
    ([D(2024, 3, 1), "09:15", "DSL", "Safeguarding", "Maisie said Alfie 'cried all night and nobody came'. Home visit "
      "with the early help worker after school.", "Home visit done jointly - see early help record."], "E3",
     "2024-03-01"),
])])

R.xlsx("Health Visiting.xlsx", [("HV", [], [["Contact Date", "Contact Type", "Seen / Not seen / WNB", "Outcome"]], [
    ([D(2024, 1, 16), "WNB", "WNB", "Alfie not brought to his 2 year review. Letter sent with a new date."], "S2",
     "2024-01-16"),
    ([D(2024, 2, 6), "F2F", "Seen", "2 year review done at home: speech delayed, nappy rash, home cluttered. Mum "
      "accepted early help."], "S3", "2024-02-06"),
    ([D(2024, 3, 4), "TC", "n/a", "Call from the early help worker re the joint visit on Friday: Alfie in a soiled "
      "cot, no food in the house. Agreed HV visit this week."], "E3", "2024-03-04"),
])])

R.xlsx("Early Help.xlsx", [("Sessions", [], [["Session\ndate", "Session\nno.", "Focus", "Progress"]], [
    ([D(2024, 1, 25), "Referral", "School referral: mum late collecting, smelled of alcohol.",
      "Allocated to family worker."], "E1", "2024-01-25"),
    ([D(2024, 2, 8), 1, "Routines", "Mum engaged, agreed a bedtime plan."], "S4", "2024-02-08"),
    ([D(2024, 3, 1), 3, "Joint home visit with school DSL", "Alfie found in a soiled cot, no food in the house. "
      "Step-up to social care discussed with manager."], "E3", "2024-03-01"),
])])

R.ods("Dental.ods", "Patient record", ["Date", "Patient", "Treatment / notes"], [
    (["2024-02-13", "Maisie", "Six teeth with decay, two extractions needed. Mum to bring her back in a week."], "S5",
     "2024-02-13"),
    (["2024-02-20", "Maisie", "Failed to attend for extractions."], "S6", "2024-02-20"),
])
R.done()
