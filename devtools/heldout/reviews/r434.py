"""A held-out review (see ../README.md): python r434.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Liam (23), care leaver, self-harm in prison, released to approved premises and
# dies of an overdose. Vocabulary: "ACCT" (the prison's self-harm case management), "Code Blue" / "Code Red"
# (a prison's medical emergency calls), "cell bell", "roll check", "spice", "AP" (approved premises), "OM"
# (offender manager), "licence", "MAPPA", "naloxone". Layouts: the prison's record with its 'Wing' and
# 'Entry type' columns; the prison healthcare's SystmOne; probation's; the approved premises' shift log
# with a 'Shift' column; the ambulance's; the leaving care team's; the police's.

R.xlsx("HMP Ashfield.xlsx", [("NOMIS case notes", [], [["Date", "Time", "Wing", "Entry type", "Note"]], [
    ([D(2024, 1, 17), "02:10", "C wing", "Code Blue", "Cellmate pressed the cell bell: Liam found hanging from "
      "the window bars. Cut down by officers, breathing. Healthcare attended; ambulance to hospital."], "E1",
     "2024-01-17"),
    ([D(2024, 1, 17), "09:00", "C wing", "ACCT", "ACCT opened following this morning's incident. Observations "
      "hourly."], "A1", "2024-01-17"),
    ([D(2024, 2, 28), "11:00", "Reception", "Release", "Released on licence to Ferry Road AP. Naloxone kit "
      "given."], "E2", "2024-02-28"),
])])

R.xlsx("Prison Healthcare.xlsx", [("SystmOne", [], [["Date", "Clinician", "Consultation"]], [
    ([D(2024, 1, 17), "Nurse Bell", "Code Blue C wing 02:12: partial suspension, GCS 14, ligature mark to neck. "
      "999 ambulance, escorted to City Hospital."], "E1", "2024-01-17"),
    ([D(2024, 2, 20), "Dr Sato", "Pre-release review. Opiate substitution continued, naloxone and overdose "
      "risk advice given. Letter to GP in the community."], "A2", "2024-02-20"),
])])

R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Date", "Time", "Notes"]], [
    ([D(2024, 1, 17), "02:24", "HMP Ashfield: 23M attempted hanging, now GCS 15. Conveyed to City Hospital with "
      "two officers."], "E1", "2024-01-17"),
    ([D(2024, 3, 9), "07:55", "Ferry Road AP: male unresponsive in room, suspected opiate overdose. Naloxone "
      "given by staff before arrival. ROLE 08:20."], "E3", "2024-03-09"),
])])

R.xlsx("Probation Service.xlsx", [("nDelius", [], [["Date", "Type", "Officer", "Notes"]], [
    ([D(2024, 2, 28), "Office visit", "OM Reyes", "First appointment after release. Licence conditions read. "
      "Says he is using again."], "A3", "2024-02-28"),
    ([D(2024, 3, 9), "Information", "OM Reyes", "AP manager rang: Liam found dead in his room this morning, "
      "suspected overdose."], "E3", "2024-03-09"),
])])

R.xlsx("Ferry Road Approved Premises.xlsx", [("Shift log", [], [["Date", "Shift", "Entry"]], [
    ([D(2024, 2, 28), "Late", "New resident Liam arrived 15:30. Induction; curfew 23:00 to 07:00."], "E2",
     "2024-02-28"),
    ([D(2024, 3, 8), "Late", "Liam back at 22:50 looking under the influence. Room checks 2-hourly."], "A4",
     "2024-03-08"),
    ([D(2024, 3, 9), "Early", "07:40 room check: Liam unresponsive, not breathing. Naloxone given, CPR, 999. "
      "Pronounced dead by paramedics. Police and OM informed."], "E3", "2024-03-09"),
])])

R.xlsx("Leaving Care Team.xlsx", [("Contacts", [], [["Date", "PA", "Notes"]], [
    ([D(2024, 1, 19), "PA Moss", "Prison told us Liam tried to hang himself on Wednesday night; now on an ACCT."],
     "E1", "2024-01-19"),
    ([D(2024, 3, 11), "PA Moss", "Told by probation that Liam died at the AP on Saturday."], "E3", "2024-03-11"),
])])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Summary"]], [
    ([D(2024, 3, 9), "Sudden death at Ferry Road AP, male 23. Not suspicious; drug paraphernalia in room. "
      "Coroner's officer informed."], "E3", "2024-03-09"),
])])
R.done()
