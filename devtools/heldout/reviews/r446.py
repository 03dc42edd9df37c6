"""A held-out review (see ../README.md): python r446.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A domestic homicide review: Margaret (81), killed by her son Dean (52), her carer. Vocabulary: "LPA", "OPG",
# "POA", "respite", "double-up call", "S42", "MCA". Layouts: a home care agency's visit log with 'Planned',
# 'Actual In' and 'Actual Out' times (time cells) around many routine calls; a bank's 'Channel' column; a care
# home's respite stays written '12-16/02/2024'; the Office of the Public Guardian's 'Date received'; adult social
# care's 'Activity'; the police's; the GP's.

care_calls = []
for day in range(8, 29):
    when = D(2024, 1, day)
    if day == 15:
        care_calls.append(([when, T(8, 0), T(8, 12), T(8, 41), "Carer Amy", "Margaret has a bruise on her right "
                            "forearm, says she knocked it. Dean was shouting at her when I arrived. Reported to the "
                            "office, office reported to social services."], "E1", "2024-01-15"))
    elif day in (10, 20, 25):
        care_calls.append(([when, T(8, 0), T(8, 5 + day % 7), T(8, 35), "Carer Amy", "Personal care, breakfast, "
                            "meds prompted. No concerns."], f"A{day}", when.date().isoformat()))
care_calls.append(([D(2024, 3, 1), T(8, 0), T(8, 2), T(8, 20), "Carer Amy", "Police at the door, told me Margaret "
                    "had died. Call cancelled, office informed."], "E5", "2024-03-01"))
R.xlsx("Caring Hands Homecare.xlsx", [("Visit log", [], [["Visit Date", "Planned", "Actual In", "Actual Out", "Carer",
                                                            "Notes"]], care_calls)])

R.xlsx("Northern Bank.xlsx", [("Notes", [], [["Date", "Channel", "Note"]], [
    ([D(2024, 1, 22), "Branch", "Son attempted to withdraw \u00a32,000 cash from the customer's account with "
      "power of attorney papers not registered. Declined. Vulnerable customer referral to adult social care."],
     "E2", "2024-01-22"),
    ([D(2024, 2, 19), "Phone", "Son called asking why the card was stopped. Told to register the LPA."], "A1",
     "2024-02-19"),
])])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Activity", "Worker", "Notes"]], [
    ([D(2024, 1, 15), "Safeguarding concern", "Duty", "Concern from Caring Hands: bruise to Margaret's forearm; "
      "son heard shouting at her. S42 enquiry opened."], "E1", "2024-01-15"),
    ([D(2024, 1, 23), "Safeguarding concern", "Duty", "Concern from Northern Bank: son tried to take \u00a32,000 "
      "from her account yesterday. Added to the S42."], "E2", "2024-01-23"),
    ([D(2024, 2, 5), "Visit", "SW Grant", "Joint visit with PC Hale. Margaret says Dean is good to her and she "
      "wants him to stay. MCA: has capacity for this decision."], "E3", "2024-02-05"),
    ([D(2024, 2, 9), "Care planning", "SW Grant", "Respite at Oak Lodge arranged for next week, 5 nights, to give "
      "Dean a break."], "A2", "2024-02-09"),
    ([D(2024, 3, 1), "Information", "SW Grant", "Police informed us Margaret died at home overnight; Dean "
      "arrested."], "E5", "2024-03-01"),
])])

R.xlsx("Oak Lodge Care Home.xlsx", [("Respite", [], [["Stay", "Reason", "Notes"]], [
    (["12-16/02/2024", "Carer break", "Settled well, eating better than at home. Said she was 'glad of the "
      "rest'. Son collected her, seemed irritated."], "E4", "2024-02-12"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Ref", "Details"]], [
    ([D(2024, 2, 5), "14:00", "SG 0224", "PC Hale with SW Grant: welfare visit to Margaret. No disclosures. "
      "Dean present throughout."], "E3", "2024-02-05"),
    ([D(2024, 3, 1), "06:45", "Op 11", "Dean called 999 saying his mother had fallen and was not breathing. "
      "Head injuries not consistent with a fall; Dean arrested for murder."], "E5", "2024-03-01"),
])])

R.xlsx("Office of the Public Guardian.xlsx", [("Concerns", [], [["Date received", "Case", "Summary"]], [
    ([D(2024, 2, 2), "LPA 7781", "Concern raised by Northern Bank about the son's attempt to use an unregistered "
      "power of attorney. Investigation opened."], "A3", "2024-02-02"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Seen by", "Entry"]], [
    ([D(2024, 1, 30), "Dr Moss", "Home visit: Margaret frail, forearm bruise healing. Dean does all her care. "
      "Carer's assessment suggested to Dean."], "A4", "2024-01-30"),
    ([D(2024, 3, 4), "Admin", "Notified by police of Margaret's death on 01/03/2024."], "E5", "2024-03-04"),
])])
R.done()
