"""A held-out review (see ../README.md): python r405.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Joan (74) killed by her husband Roy (77) after years of controlling
# behaviour; his dementia diagnosis, her falls, a carer's concern. Vocabulary: "coercive and
# controlling behaviour", "s42", "MSP" (making safeguarding personal), "memory clinic", "MMSE",
# "carer's assessment", "DASH". Layouts: the police's occurrence list with 'Date From', 'Time From',
# 'Date To', 'Time To'; adult social care's case system steps ('Step', 'Step start date', 'Step end
# date', 'Outcome'); the GP's export with each consultation over several rows ('History:',
# 'Examination:', 'Plan:' below the dated row); the memory clinic's; the ambulance's; a carers' centre's.

R.xlsx("Police occurrences.xlsx", [("Occurrences", [], [["Date From", "Time From", "Date To", "Time To",
                                                         "Occurrence type", "Summary"]], [
    ([D(2024, 2, 10), "21:00", D(2024, 2, 10), "21:40", "Domestic - verbal", "Joan rang: Roy shouting, "
      "took her phone and purse. Officers attended; Roy calm, confused. DASH standard."], "E2", "2024-02-10"),
    ([D(2024, 4, 2), "06:15", D(2024, 4, 2), "09:00", "Murder", "Joan found dead at home with head injuries; "
      "Roy arrested at the scene."], "E6", "2024-04-02"),
])])

R.csv("Adult Social Care steps.csv", [], ["Step", "Step start date", "Step end date", "Worker", "Outcome"], [
    (["Contact", "12/02/2024", "12/02/2024", "Duty", "Police PPN: verbal domestic on 10/02, husband with memory "
      "problems took her purse. Passed to the locality team."], "E2", "2024-02-12"),
    (["Safeguarding concern", "19/02/2024", "21/02/2024", "SW Ward", "Carers' centre concern: Joan says Roy "
      "controls the money and won't let her out. MSP: Joan does not want action."], "E4", "2024-02-19"),
    (["Carer's assessment", "04/03/2024", "", "SW Ward", "Joint visit to Joan and Roy with the memory clinic "
      "nurse: Joan is Roy's carer; respite offered, declined."], "E5", "2024-03-04"),
])

R.xlsx("GP surgery.xlsx", [("Consultations", [], [["Date", "Clinician", "Consultation"]], [
    ([D(2024, 1, 22), "Dr Moss", "Roy - face to face with wife"], "A1", "2024-01-22"),
    ([None, None, "History: wife says he forgets, loses his temper, hides her money."], None, None),
    ([None, None, "Examination: MMSE 21/30."], None, None),
    ([None, None, "Plan: referral to the memory clinic."], None, None),
    ([D(2024, 2, 15), "Dr Moss", "Joan - fall at home, bruised arm"], "A2", "2024-02-15"),
    ([None, None, "History: says she tripped on the stairs; seemed anxious with Roy in the room."], None, None),
    ([D(2024, 4, 3), "Practice manager", "Informed by police of Joan's death; Roy in custody."], "E6",
     "2024-04-03"),
])])

R.xlsx("Memory clinic.xlsx", [("Appointments", [], [["Date", "Clinician", "Notes"]], [
    ([D(2024, 2, 26), "Dr Osei", "Roy diagnosed with Alzheimer's dementia, moderate; donepezil. Wife very "
      "tired."], "A3", "2024-02-26"),
    ([D(2024, 3, 4), "Nurse Bell", "Joint home visit with adult social care: carer's assessment for Joan."],
     "E5", "2024-03-04"),
])])

R.xlsx("Carers centre.xlsx", [("Contacts", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 2, 19), "Support worker", "Joan at the coffee morning: Roy takes her pension and stops her seeing "
      "friends. Safeguarding concern to adult social care with her consent."], "E4", "2024-02-19"),
])])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Narrative"]], [
    ([D(2024, 4, 2), "06:20", "74F in cardiac arrest, obvious head injuries; ROLE. Police on scene, husband "
      "present."], "E6", "2024-04-02"),
])])
R.done()
