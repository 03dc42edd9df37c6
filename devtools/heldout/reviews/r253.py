"""A held-out review (see ../README.md): python r253.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
# Safeguarding adults review: Joan (86), courier fraud and an attorney using her money.
# Vocabulary: "Banking Protocol", "courier fraud", "adult concern", "LPA", "OPG" (Office of the
# Public Guardian), "capacity assessment", "MMSE", "call blocker", "no cold calling zone".
# Layouts: the bank's CSV of branch notes with "Transaction date" and "Amount (£)"; the police's
# "Crime ref | Date | MO"; adult social care's; the OPG's letter, paragraphs "On 12 June 2023 we …";
# Trading Standards' "Date received | Ref | Summary"; the GP's.
R.csv("Bank - branch notes.csv", [], ["Transaction date", "Amount (£)", "Branch notes"], [
    (["02/06/2023", "250.00", "Cash withdrawal at the counter, nephew present."], None, "2023-06-02"),
    (["05/06/2023", "9000.00", "Branch invoked the Banking Protocol: Joan asking to withdraw £9,000 in cash for 'a "
      "police officer'. Police called; money retained."], "E1", "2023-06-05"),
], encoding="cp1252")

R.xlsx("Police.xlsx", [("Crimes", [], [["Crime ref", "Date", "MO"]], [
    (["CR/23/5512", "05/06/2023", "Banking Protocol call from the bank branch: courier fraud attempt, Joan (86) spoken "
      "to, no money lost."], "E1", "2023-06-05"),
    (["", "06/06/2023", "Adult concern submitted to adult social care: Joan lives alone, target of courier fraud."],
     "E2", "2023-06-06"),
    (["", "03/07/2023", "PCSO joint visit with Trading Standards: call blocker installed."], "E5", "2023-07-03"),
])])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    (["06/06/2023", "Duty", "Adult concern from police: courier fraud attempt at the bank; Joan lives alone."], "E2",
     "2023-06-06"),
    (["12/06/2023", "SW Khan", "Concern raised with the OPG about the attorney (nephew) using Joan's money."], "E3",
     "2023-06-12"),
    (["20/06/2023", "SW Khan", "Capacity assessment (finances): Joan lacks capacity to manage her money. GP "
      "consulted by phone."], "E4", "2023-06-20"),
])])

d = docx.Document()
d.add_paragraph("Office of the Public Guardian")
d.add_paragraph("Information for the safeguarding adults review")
opg = [("On 12 June 2023 we received a concern from the local authority about the attorney's use of Mrs Baker's "
        "funds.", "E3", "2023-06-12"),
       ("On 30 June 2023 we opened an investigation and wrote to the attorney for his accounts.", None,
        "2023-06-30")]
for text, event, iso in opg:
    d.add_paragraph(text)
d.save(R.folder / "Office of the Public Guardian.docx")
for i, (text, event, iso) in enumerate(opg):
    R._note("Office of the Public Guardian.docx", None, i + 3, event, iso, text)

R.xlsx("Trading Standards.xlsx", [("Log", [], [["Date received", "Ref", "Summary"]], [
    (["03/07/2023", "TS-0419", "Joint visit with police: call blocker fitted; street made a no cold calling zone."],
     "E5", "2023-07-03"),
])])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    (["18/04/2023", "Memory clinic referral: MMSE 18, lives alone."], None, "2023-04-18"),
    (["20/06/2023", "Social worker phoned about a capacity assessment: MMSE of April shared."], "E4", "2023-06-20"),
])])
R.done()
