"""A held-out review (see ../README.md): python r368.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Domestic abuse with a baby: Chelsea (24) and Isla (3 months); non-fatal strangulation by her partner
# Ryan, a DVPN then a DVPO, a MARAC, a move to a refuge in another county. Vocabulary: "NFS" (non-fatal
# strangulation), "DASH high", "DVPN/DVPO", "MARAC", "IDVA", "RAG", "refuge", "DVDS". Layouts: the
# police's command-and-control log written in capitals with the date and time in one cell
# ('12/03/2024 2314'); the IDVA service's workbook with a RAG column; the GP's record with clinical codes
# in brackets ('Domestic abuse (XaLT7)'); the health visitor's contact codes ('HV-PN'); the refuge's CSV.

R.xlsx("Police.xlsx", [("STORM", [], [["DATE/TIME", "LOG", "REMARKS"]], [
    (["12/03/2024 2314", "STORM 1203-0876", "DOMESTIC. FEMALE CALLER STATES PARTNER HAS HAD HIS HANDS AROUND HER "
      "THROAT. BABY IN HOUSE. OFFICERS ATTENDED, MALE ARRESTED FOR NFS. DASH HIGH. PPN SUBMITTED, MARAC "
      "REFERRAL."], "E1", "2024-03-12"),
    (["13/03/2024 1600", "DVPN", "DVPN SERVED ON MALE ON RELEASE FROM CUSTODY. NO CONTACT 48 HRS."], "E2",
     "2024-03-13"),
    (["15/03/2024 1030", "COURT", "DVPO GRANTED AT NORTHSHIRE MAGS FOR 28 DAYS."], "E3", "2024-03-15"),
])])

R.xlsx("IDVA Service.xlsx", [("Cases", [], [["Date", "IDVA", "RAG", "Contact"]], [
    ([D(2024, 3, 13), "IDVA Moss", "Red", "High risk referral from police (NFS, 12/03). Called Chelsea: safety "
      "planning, she wants to stay at home for now."], "E1", "2024-03-13"),
    ([D(2024, 3, 15), "IDVA Moss", "Red", "Went with Chelsea to the magistrates' court: DVPO made."], "E3",
     "2024-03-15"),
    ([D(2024, 3, 28), "IDVA Moss", "Red", "MARAC: case heard. Actions: refuge search, HV to increase visits."],
     "E4", "2024-03-28"),
    ([D(2024, 4, 10), "IDVA Moss", "Amber", "Chelsea and Isla moved to a refuge in Westshire today. Case "
      "transferred to Westshire IDVA."], "E5", "2024-04-10"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 3, 14), "Admin", "Domestic abuse (XaLT7) - police notification: partner arrested 12/03 after "
      "strangulation. Child at risk flag added to Isla."], "E1", "2024-03-14"),
    ([D(2024, 3, 20), "Dr Hill", "Postnatal depression (XaKTA). Low mood since the incident; sertraline 50mg. "
      "Discussed safety; IDVA involved."], "A1", "2024-03-20"),
])])

R.csv("Health Visiting.csv", [], ["Date", "Contact code", "HV", "Notes"], [
    (["13/03/2024", "HV-TEL", "HV Adams", "PPN received from police: DA incident 12/03, NFS, baby present. Phoned "
      "Chelsea: visit arranged."], "E1", "2024-03-13"),
    (["18/03/2024", "HV-HOME", "HV Adams", "Home visit: Isla 3 months, well, weight on 50th. Mum tearful, EPDS 16. "
      "Safe sleeping discussed."], "A2", "2024-03-18"),
    (["28/03/2024", "HV-MARAC", "HV Adams", "MARAC attended: HV to visit weekly until mum moves."], "E4",
     "2024-03-28"),
    (["11/04/2024", "HV-ADMIN", "HV Adams", "Family moved to a refuge out of area (Westshire) yesterday; records "
      "transferred."], "E5", "2024-04-11"),
])

R.csv("Westshire Refuge.csv", [], ["Date", "Worker", "Note"], [
    (["10/04/2024", "Refuge worker", "Chelsea and Isla (3 months) arrived from Northshire by taxi, referred by "
      "Northshire IDVA. Room 4."], "E5", "2024-04-10"),
])
R.done()
