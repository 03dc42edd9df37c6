"""A held-out review (see ../README.md): python r394.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review (adult family violence): Margaret (78) killed by her son Paul (45), who
# lives with her, uses crack cocaine and is on licence. Vocabulary: "licence conditions", "OM"
# (offender manager), "FTC" (failed to comply), "carer's assessment", "financial abuse", "APV"
# (adolescent/adult to parent violence), "DASH". Layouts: probation's workbook with 'Contact date' and
# an outcome code column ('AA', 'FTC'); the drug service's appointments with an 'Attended' Y/N column;
# the housing officer's CSV with 'Date logged' beside 'Action date'; adult social care's; the GP's;
# the police's.

R.xlsx("Probation.xlsx", [("Contacts", [], [["Contact date", "Outcome", "OM", "Notes"]], [
    ([D(2024, 1, 9), "AA", "OM Reece", "Induction on licence. Living with his mother. Drug testing condition."],
     "A1", "2024-01-09"),
    ([D(2024, 1, 23), "FTC", "OM Reece", "Failed to attend. Phoned mother: she says he is 'not himself', money "
      "going missing."], "A2", "2024-01-23"),
    ([D(2024, 2, 13), "AA", "OM Reece", "Police notified me of a domestic at his mother's on 11/02; Paul arrested, "
      "NFA. Recall considered, not pursued."], "E2", "2024-02-13"),
])])

R.xlsx("Drug and Alcohol Service.xlsx", [("Appointments", [], [["Appt date", "Attended", "Worker", "Summary"]], [
    ([D(2024, 1, 16), "Y", "RW Hale", "Keywork: using crack daily, owes money. Says mum 'gives him what he "
      "needs'."], "A3", "2024-01-16"),
    ([D(2024, 2, 6), "N", "RW Hale", "Keywork appointment - DNA. Letter sent."], "A4", "2024-02-06"),
])])

R.csv("Housing.csv", [], ["Date logged", "Action date", "Officer", "Note"], [
    (["12/02/2024", "12/02/2024", "Tenancy officer", "Police Sergeant rang: domestic at Mrs Ward's flat last "
      "night involving her son. Son not on the tenancy."], "E2", "2024-02-12"),
    (["20/02/2024", "19/02/2024", "Tenancy officer", "Home visit to Mrs Ward with the social worker: she is "
      "frightened of her son but will not ask him to leave."], "E3", "2024-02-19"),
])

R.csv("Adult Social Care.csv", [], ["Date", "Worker", "Note"], [
    (["31/01/2024", "Duty", "GP safeguarding concern: possible financial abuse of Margaret by her son."], "E1",
     "2024-01-31"),
    (["19/02/2024", "SW Ames", "Joint visit with the housing officer. Margaret declines a S42 enquiry; carer's "
      "assessment offered (Paul says he is her carer)."], "E3", "2024-02-19"),
])

R.xlsx("GP Surgery.xlsx", [("Journal", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 1, 30), "Dr Lowe", "Margaret (78): bruise left forearm, says she caught it on the door. Son in the "
      "waiting room. Worried about her money. Safeguarding referral to ASC."], "E1", "2024-01-30"),
    ([D(2024, 3, 5), "Admin", "Notification of death from the coroner's officer: Margaret died 03/03/2024."],
     "E4", "2024-03-05"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Summary"]], [
    ([D(2024, 2, 11), "22:15", "Domestic: son (45) pushed his mother (78) when she refused him money. DASH high. "
      "Son arrested, NFA (victim unsupportive). Partners informed."], "E2", "2024-02-11"),
    ([D(2024, 3, 3), "08:40", "Murder: 78-year-old woman found dead at home by a neighbour; son arrested."], "E4",
     "2024-03-03"),
])])
R.done()
