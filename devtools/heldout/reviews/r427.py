"""A held-out review (see ../README.md): python r427.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Dawit (16), an unaccompanied asylum-seeking child, trafficked and
# exploited in a car wash. Vocabulary: "UASC", "NTS" (national transfer scheme), "SCA" (single competent
# authority), "RG decision" (reasonable grounds), "NRM", "MFH", "RHI", "IHA", "ESOL". Layouts: social care's
# return opening with a long preamble of labelled lines with dates ('Date of birth:', 'Period covered:',
# 'Completed by:') before its header on row 9; the supported accommodation provider's incident sheet with a
# 'Room' column; the Home Office's 'Date of Event'; the police's missing log with its 'Reported Missing' and
# 'Found' date-times in two columns; the looked-after children's health team's; the college's.

R.xlsx("Childrens Services - UASC Team.xlsx", [("Chronology", [
    ["Agency chronology: Children's Services (UASC and Leaving Care Team)"],
    ["Child:", "Dawit T."],
    ["Date of birth:", "12/06/2007 (claimed)"],
    ["Period covered:", "01/01/2024 to 31/03/2024"],
    ["Completed by:", "J. Mensah, Team Manager", "Date:", "15/05/2024"],
    ["Summary:", "Dawit came into our care on 08/01/2024 via the NTS. He went missing on 03/02/2024."],
    [],
], [["Date", "Worker", "Contact type", "Details"]], [
    ([D(2024, 1, 8), "Duty", "Referral", "Home Office referral: UASC (16) encountered at Dover today; accepted "
      "by us via the NTS."], "E1", "2024-01-08"),
    ([D(2024, 1, 10), "SW Ahmed", "Placement", "Placed at Riverside House supported accommodation. Interpreter "
      "(Tigrinya). Dawit said he owes money to the men who brought him."], "A1", "2024-01-10"),
    ([D(2024, 2, 4), "SW Ahmed", "Missing", "Riverside staff report Dawit missing since last night; police "
      "informed by them. Strategy meeting convened for tomorrow."], "E2", "2024-02-04"),
    ([D(2024, 2, 8), "SW Ahmed", "RHI", "Return home interview: Dawit was taken to a car wash in another town, "
      "worked for no pay, slept in a back room."], "A3", "2024-02-08"),
    ([D(2024, 2, 12), "SW Ahmed", "NRM", "NRM referral submitted as first responder (child, labour "
      "exploitation)."], "E4", "2024-02-12"),
])])

R.xlsx("Riverside House.xlsx", [("Incidents", [], [["Date", "Time", "Room", "Incident", "Reported by"]], [
    ([D(2024, 1, 10), "15:00", "4", "New young person arrived with social worker and interpreter. Induction "
      "done.", "Key worker"], "A1", "2024-01-10"),
    ([D(2024, 2, 3), "22:00", "4", "Dawit not back for curfew, phone off. Reported missing to police 22:30 "
      "(ref 0911) and left a message for the EDT.", "Night staff"], "E2", "2024-02-03"),
    ([D(2024, 2, 6), "16:40", "4", "Police returned Dawit. Tired, hungry, would not say where he had been.",
      "Key worker"], "E3", "2024-02-06"),
])])

R.xlsx("Home Office.xlsx", [("Case events", [], [["Date of Event", "Event", "Notes"]], [
    ([D(2024, 1, 8), "Encounter", "Encountered on arrival at Dover. Claimed asylum; claimed DOB 12/06/2007. "
      "Referred to the local authority as a UASC."], "E1", "2024-01-08"),
    ([D(2024, 2, 19), "SCA decision", "Positive reasonable grounds decision (NRM, labour exploitation). Letter "
      "to the first responder."], "E5", "2024-02-19"),
])])

R.xlsx("Police.xlsx", [("Missing log", [], [["Reported Missing", "Found", "Ref", "Summary"]], [
    ([D(2024, 2, 3, 22, 30), D(2024, 2, 6, 14, 15), "MFH 0911", "Missing from Riverside House. Found at a hand "
      "car wash in Kingsford during a modern slavery warrant; returned to placement. Two men arrested."], "E2",
     "2024-02-03"),
])])

R.xlsx("LAC Health Team.xlsx", [("Contacts", [], [["Date", "Clinician", "Notes"]], [
    ([D(2024, 1, 22), "Dr Osei", "IHA: underweight, scabies treated, scars on both forearms (says from the "
      "journey). Bloods and TB screen requested."], "A2", "2024-01-22"),
    ([D(2024, 2, 14), "LAC nurse", "Informed by SW of his missing episode 03/02 to 06/02."],
     "E2", "2024-02-14"),
])])

R.xlsx("Kingsford College.xlsx", [("Attendance notes", [], [["Date", "Note"]], [
    ([D(2024, 1, 29), "Enrolled on ESOL entry 2. Quiet, often tired."], "A4", "2024-01-29"),
    ([D(2024, 2, 5), "Absent today and Friday, no contact. Rang Riverside: missing, police aware."], "A5",
     "2024-02-05"),
])])
R.done()
