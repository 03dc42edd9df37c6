"""A held-out review (see ../README.md): python r319.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mrs Irene Bell (84), whose daughter, her attorney, took her savings; care
# fees unpaid, a care home eviction notice, the Office of the Public Guardian's investigation.
# Vocabulary: "LPA" (lasting power of attorney), "OPG", "attorney", "deputy", "Court of Protection",
# "financial abuse", "care fees arrears", "banking protocol". Layouts: the OPG's letter-style Word
# document, each paragraph opening "On 4 November 2023 …"; the bank's CSV with ISO dates and an amount
# column; the care home; adult social care; the police; the GP.

# The OPG: paragraphs opening "On <date>".
opg = [
    ("Office of the Public Guardian – summary of involvement (Mrs I Bell)", None, None),
    ("On 4 November 2023 we received a safeguarding referral from the local authority about the attorney's "
     "use of Mrs Bell's funds.", "E2", "2023-11-04"),
    ("On 20 November 2023 an investigator visited Mrs Bell at Rowan Lodge with her social worker.", "E3",
     "2023-11-20"),
    ("On 15 January 2024 we applied to the Court of Protection to cancel the LPA and appoint a panel deputy.",
     None, "2024-01-15"),
]
document = docx.Document()
for row, (text, event, iso) in enumerate(opg, start=1):
    document.add_paragraph(text)
    if iso is not None:
        R._note("Office of the Public Guardian.docx", None, row, event, iso, text)
document.save(str(R.folder / "Office of the Public Guardian.docx"))

R.csv("Bank.csv", [], ["Date", "Amount", "Note"], [
    (["2023-09-12", "£4,000.00", "Branch: daughter (attorney) withdrew cash; customer not present. Vulnerable "
      "customer team informed."], None, "2023-09-12"),
    (["2023-10-02", "£9,500.00", "Transfer to attorney's own account flagged. Banking protocol: police "
      "called."], "E1", "2023-10-02"),
])

R.xlsx("Rowan Lodge Care Home.xlsx", [("Notes", [], [["Date", "By", "Note"]], [
    ([D(2023, 10, 16), "Manager", "Fees unpaid since June (£11,200). Letter to daughter; safeguarding concern "
      "raised with ASC."], None, "2023-10-16"),
    ([D(2023, 11, 20), "Manager", "OPG investigator and SW visited Irene."], "E3", "2023-11-20"),
    ([D(2023, 12, 1), "Manager", "28-day notice served on the family for arrears."], None, "2023-12-01"),
])])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    ([D(2023, 10, 2), "Police: banking protocol call about Mrs Bell's daughter moving money. S42 enquiry."],
     "E1", "2023-10-02"),
    ([D(2023, 11, 3), "Referral to the OPG about the attorney."], "E2", "2023-11-03"),
    ([D(2023, 11, 20), "Joint visit with the OPG investigator: Irene lacks capacity for finances; distressed "
      "about the home."], "E3", "2023-11-20"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Note"]], [
    ([D(2023, 10, 2), "11:20", "Banking protocol: bank reports attorney moving £9,500 from her mother's account. "
      "Advice; referral to ASC. Civil matter for the OPG."], "E1", "2023-10-02"),
])])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    ([D(2023, 11, 28), "Capacity assessment letter for the OPG: lacks capacity for financial decisions."], None,
     "2023-11-28"),
])])
R.done()
