"""A held-out review (see ../README.md): python r357.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Abusive head trauma: Ava (8 weeks) dies on a paediatric intensive care unit; her mother's partner
# Lee is on licence for violence. Vocabulary: "OM" (offender manager), "licence", "recall", "PICU",
# "subdural", "retinal haemorrhages", "EDT". Layouts: probation's export (CSV) with ISO date-times
# "2023-11-14T10:00:00"; social care's "Event date" beside a later "Date of entry" (the entry is dated by
# the event); the health visitor's columns "When", "Who", "What"; a hospital; police.

R.csv("Probation - nDelius extract.csv", [], ["ContactDateTime", "ContactType", "Outcome", "Notes"], [
    (["2023-11-14T10:00:00", "Licence supervision", "Attended", "Lee says he has moved in with his new partner and "
      "her 6 week old baby. OM to inform children's services."], "E1", "2023-11-14"),
    (["2023-12-04T09:30:00", "Other agency contact", "Completed", "Police informed OM that Lee was arrested on 02/12 "
      "for a serious injury to the baby."], "E3", "2023-12-04"),
    (["2023-12-05T11:00:00", "Recall", "Completed", "Licence revoked: recall to custody."], "E6", "2023-12-05"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Event date", "Date of entry", "Author", "Entry"]], [
    ([D(2023, 11, 15), D(2023, 11, 20), "MASH", "Call from probation: Lee, on licence for violence, now lives with "
      "a baby. Checks started."], "E1", "2023-11-15"),
    ([D(2023, 12, 2), D(2023, 12, 5), "EDT", "Referral from PICU: Ava, 8 weeks, subdural and retinal "
      "haemorrhages."], "E3", "2023-12-02"),
    ([D(2023, 12, 2), D(2023, 12, 5), "EDT", "Strategy discussion with police and the PICU consultant: s47; Lee "
      "not to have contact."], "E4", "2023-12-02"),
    ([D(2023, 12, 9), D(2023, 12, 11), "SW Grant", "PICU informed us that Ava died this afternoon."], "E5",
     "2023-12-09"),
])])

R.xlsx("Health Visiting.xlsx", [("Ava", [], [["When", "Who", "What"]], [
    ([D(2023, 11, 22), "HV Morris", "Home visit: Ava weighed, well. Mum's partner Lee present and helpful. No "
      "concerns."], "E2", "2023-11-22"),
])])

R.xlsx("Hospital.xlsx", [("PICU", [], [["Date", "Time", "Entry"]], [
    ([D(2023, 12, 2), "04:10", "Ava (8/52) retrieved from ED: subdural haemorrhages, bilateral retinal "
      "haemorrhages. Ventilated. Safeguarding referral to EDT."], "E3", "2023-12-02"),
    ([D(2023, 12, 2), "11:00", "Consultant: strategy discussion with EDT and police."], "E4", "2023-12-02"),
    ([D(2023, 12, 9), "15:40", "Ava died with her mother present after withdrawal of care."], "E5", "2023-12-09"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Details"]], [
    ([D(2023, 12, 2), "06:30", "Call from PICU: 8 week old with subdural haemorrhages, non-accidental injury "
      "suspected. Lee arrested 14:00 (GBH)."], "E3", "2023-12-02"),
    ([D(2023, 12, 2), "11:00", "Strategy discussion with EDT and PICU: joint investigation."], "E4", "2023-12-02"),
    ([D(2023, 12, 9), "16:30", "Ava has died on PICU. Lee re-arrested on suspicion of murder."], "E5", "2023-12-09"),
])])
R.done()
