"""A held-out review (see ../README.md): python r374.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Margaret (82), with advanced dementia, killed by her husband and carer, Ken
# (84), who then took his own life. Before: carer strain seen by many, a carer's assessment, respite
# offered and declined, a fall, a GP home visit. Vocabulary: "carer strain", "carer's assessment",
# "respite", "PoA", "DNACPR", "homicide-suicide", "welfare check". Layouts: adult social care's case
# system export of workflow steps with 'Start date' and 'End date' ('Carer's assessment', 'Review');
# the district nurses' .xlsx; the memory service's Word paragraphs; the GP's CSV; the police's log.

R.xlsx("Adult Social Care.xlsx", [("Steps", [], [["Step", "Start date", "End date", "Worker", "Summary"]], [
    (["Contact", D(2024, 1, 8), D(2024, 1, 8), "Front door", "Call from GP: husband (84) struggling to care for "
      "wife with dementia, asking for help."], "E1", "2024-01-08"),
    (["Carer's assessment", D(2024, 1, 17), D(2024, 2, 2), "SW Evans", "Home visit: Ken exhausted, up most "
      "nights, 'at the end of my tether'. Respite offered: declined, 'she'd not cope'. Day centre twice a week "
      "agreed."], "E2", "2024-01-17"),
    (["Review", D(2024, 3, 1), D(2024, 3, 1), "SW Evans", "Phone review: day centre stopped after 2 weeks (Margaret "
      "distressed). Ken says they are managing."], "A1", "2024-03-01"),
    (["Safeguarding concern", D(2024, 3, 19), D(2024, 3, 19), "Duty", "Police: Margaret and Ken found dead at "
      "home yesterday; apparent homicide-suicide. DHR notification."], "E5", "2024-03-19"),
])])

R.csv("Oak Lane Surgery.csv", [], ["Date", "Clinician", "Entry"], [
    (["08/01/2024", "Dr Sharma", "Home visit to Margaret (dementia, frail). Husband tearful, not sleeping, says "
      "'I can't go on like this'. Referral to ASC for carer support; PHQ-9 for Ken offered."], "E1", "2024-01-08"),
    (["26/02/2024", "Dr Sharma", "Ken seen: low mood, carer strain. Declined antidepressants. Asked about respite "
      "again: 'maybe later'."], "A2", "2024-02-26"),
    (["18/03/2024", "Dr Sharma", "Police informed us both patients found deceased at home today."], "E5",
     "2024-03-18"),
])

R.xlsx("District Nursing.xlsx", [("Visits", [], [["Date", "Nurse", "Visit"]], [
    ([D(2024, 2, 12), "DN Boyd", "Margaret had a fall overnight, skin tear L shin dressed. Ken did not call anyone, "
      "could not lift her, waited till morning. Falls referral."], "E3", "2024-02-12"),
    ([D(2024, 3, 11), "DN Boyd", "Wound healed: discharged from caseload. Ken quiet, house cold."], "A3",
     "2024-03-11"),
])])

R.docx_paragraphs("Memory Service.docx", "Memory assessment service - Margaret", [
    ("17/01/2024 - Telephone review with husband: more confused, up at night; husband tired. Carer's assessment "
     "today with ASC.", "A4", "2024-01-17"),
    ("13/02/2024 - Husband rang: Margaret fell on Sunday night, DN dressing her leg. Advised falls service.", "E3",
     "2024-02-13"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 3, 18), "11:20", "Welfare check requested by day centre driver: no answer. Entry forced: elderly "
      "male and female found deceased. Female had injuries to the neck; male had taken an overdose. Note left. "
      "Not seeking anyone else."], "E5", "2024-03-18"),
])])
R.done()
