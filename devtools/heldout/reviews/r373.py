"""A held-out review (see ../README.md): python r373.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A kinship placement under strain: Ruby (10) lives with her grandmother, Pat (71), under a special
# guardianship order; Pat's dementia worsens, Ruby becomes her carer, Pat wanders at night, Ruby is
# found alone, an emergency placement. Vocabulary: "SGO", "kinship carer", "SGO support plan",
# "young carer", "memory clinic", "wandering", "EDT", "s20". Layouts: the kinship team's Word table
# whose date cells hold the time on a second line ('12/03/2024\n10:00') with a 'Contact with' column;
# the school's CSV whose dates are written as midnight date-times ('2024-03-12 00:00:00'); the memory
# clinic's letters; the police's log; social care's EDT record.

R.docx_table("Kinship Team.docx", "Kinship care team - Ruby (SGO)", ["Date", "Contact with", "Record"], [
    (["16/01/2024\n10:00", "Pat, Ruby", "SGO support visit: Pat forgetful, repeated herself; Ruby doing the "
      "shopping and cooking. Referral to young carers; Pat to see her GP."], "A1", "2024-01-16"),
    (["21/02/2024\n14:30", "School DSL", "Call from school: Ruby tired, late, says she looks after nan at night. "
      "Will visit."], "E2", "2024-02-21"),
    (["12/03/2024\n09:15", "EDT, police", "EDT handover: police found Pat wandering at 2am in her nightclothes; "
      "Ruby alone at home. Ruby placed with foster carers overnight (s20, Pat agreed)."], "E4", "2024-03-12"),
])

R.csv("St Marys Primary.csv", [], ["Date", "Recorded by", "Category", "Note"], [
    (["2024-02-21 00:00:00", "DSL", "Young carer", "Ruby late for the 3rd time; says she was up with nan in the "
      "night. Phoned the kinship team."], "E2", "2024-02-21"),
    (["2024-03-12 00:00:00", "DSL", "Safeguarding", "Kinship SW rang: Ruby in foster care after nan was found "
      "by police wandering in the night. Ruby brought in by foster carer."], "E4", "2024-03-12"),
])

R.xlsx("GP.xlsx", [("Pat", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 1, 25), "Dr Rahman", "Memory problems for 6 months. MoCA 19/30. Referred to memory clinic. Cares for "
      "granddaughter (SGO)."], "A2", "2024-01-25"),
    ([D(2024, 3, 4), "Admin", "Memory clinic letter: diagnosis Alzheimer's disease, donepezil started."], "E3",
     "2024-03-04"),
])])

R.xlsx("Memory Clinic.xlsx", [("Letters", [], [["Clinic date", "Clinician", "Letter"]], [
    ([D(2024, 2, 28), "Old age psychiatrist", "Seen with granddaughter (10). Alzheimer's disease, moderate. "
      "Donepezil. Lives alone with a child she cares for: concern shared with GP and kinship team."], "E3",
     "2024-02-28"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Details"]], [
    ([D(2024, 3, 12), "02:05", "Elderly female found wandering on the High St in nightclothes, confused. Taken "
      "home: 10yo granddaughter alone in the house. EDT called; child to emergency foster care."], "E4",
     "2024-03-12"),
])])
R.done()
