"""A held-out review (see ../README.md): python r557.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mrs Doris Kemp (86), defrauded by her lodger. Each agency tells the same event in
# its own words: 'Banking Protocol call: customer withdrawing £9,000 in cash for her lodger', 'bank staff called
# police under the Banking Protocol', 'attended the branch: elderly female, suspected fraud'; the safeguarding
# concern as 'adult safeguarding concern from the bank', 'we raised a safeguarding concern with the council';
# the lodger's arrest as 'lodger arrested for fraud by abuse of position', 'Mrs Kemp's lodger was arrested'.
# Layouts: the bank's CSV with dates '2024/03/05' and a 'Channel' column; the police's sheet; adult social
# care's sheet; trading standards' Word paragraphs; the GP's sheet.

R.csv("Bank.csv", [], ["Date", "Channel", "Note"], [
    (["2024/03/05", "Branch", "Banking Protocol call: customer withdrawing 9,000 pounds in cash for her lodger; "
      "police attended the branch."], "E1", "2024-03-05"),
    (["2024/03/06", "Phone", "Vulnerable customer team: we raised a safeguarding concern with the council; "
      "cash withdrawals limited."], "E2", "2024-03-06"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Log"]], [
    ([D(2024, 3, 5), "11:40", "Attended the branch: elderly female, suspected fraud by her lodger. Withdrawal "
      "stopped; taken home."], "E1", "2024-03-05"),
    ([D(2024, 3, 19), "07:00", "Lodger arrested for fraud by abuse of position; bailed away from the address."],
     "E3", "2024-03-19"),
])])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 3, 6), "Safeguarding hub", "Adult safeguarding concern from the bank: 86 year old withdrawing large "
      "sums for her lodger."], "E2", "2024-03-06"),
    ([D(2024, 3, 20), "SW Lyons", "Police update: Mrs Kemp's lodger was arrested yesterday; bail "
      "conditions keep him away."], "E3", "2024-03-20"),
])])

R.docx_paragraphs("Trading Standards.docx", "Trading standards - case notes (Mrs Kemp)", [
    ("11/03/2024 - Visit with the social worker's agreement: call blocker fitted, scam awareness.", "S1",
     "2024-03-11"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 2, 12), "Memory clinic referral: forgetful, mild cognitive impairment."], "S2", "2024-02-12"),
])])
R.done()
