"""A held-out review (see ../README.md): python r281.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Neglect: a 4-year-old (Harvey) with dental decay, twice not brought to the dental clinic, then eight
# teeth taken out under general anaesthetic. Vocabulary: "WNB" (was not brought), "GA extractions",
# "dental neglect", "TAF" (team around the family), "EHA", "GCP2" (graded care profile), "home
# conditions". Layouts: early help's .ods under a title block and a family line; the community dental
# service's CSV with ISO dates and an "Outcome" column (Attended / WNB) beside the note; the nursery;
# the GP with dates written "27 Feb 23"; children's social care with "Case note date" and "Case note
# type"; health visiting's cp1252 CSV.

doc = OpenDocumentSpreadsheet()
table = Table(name="Chronology")
early_help = [
    (["Early Help Service – Chronology of involvement"], None, None),
    (["Family: H (Harvey, 4; Lacey, 2; baby Mason)"], None, None),
    ([""], None, None),
    (["Date of contact", "Type", "Worker", "Summary"], None, None),
    (["15/02/2023", "Referral", "Duty", "Referral from Little Acorns nursery: Harvey has toothache, blackened front teeth, "
      "eats on one side. Allocated for EHA."], "E1", "2023-02-15"),
    (["01/03/2023", "Home visit", "K Price", "EHA started with mum. House cluttered, dog mess in the garden. Mum agrees to "
      "a TAF."], None, "2023-03-01"),
    (["22/03/2023", "TAF meeting", "K Price", "TAF at nursery (mum, nursery manager, HV, EH). Dental appointment was "
      "missed on 20/03; mum says she had no bus fare. Plan: EH to take Harvey to the next one."], "E4", "2023-03-22"),
    (["25/04/2023", "Joint visit", "K Price", "Joint visit with SW. Kitchen had no food, dog faeces on the landing, "
      "children's beds without sheets. GCP2 to be done."], "E6", "2023-04-25"),
]
for r, (cells, event, iso) in enumerate(early_help):
    tr = TableRow()
    for value in cells:
        tc = TableCell(valuetype="string")
        tc.addElement(P(text=value))
        tr.addElement(tc)
    table.addElement(tr)
    if iso:
        R._note("Early Help.ods", "Chronology", r + 1, event, iso, cells[-1])
doc.spreadsheet.addElement(table)
doc.save(str(R.folder / "Early Help.ods"))

R.csv("Community Dental Service.csv", [], ["Date", "Clinic", "Outcome", "Note"], [
    (["2023-03-03", "", "", "Referral received from GP (Dr Shah): Harvey, 4, dental abscess, multiple carious teeth."],
     "E2", "2023-03-03"),
    (["2023-03-20", "Child clinic", "WNB", "Harvey was not brought. Letter to GP and parent."], "E3", "2023-03-20"),
    (["2023-04-17", "Child clinic", "WNB", "Second WNB. Dental neglect pathway: referral to children's social care "
      "made by phone and in writing."], "E5", "2023-04-17"),
    (["2023-04-28", "Child clinic", "Attended", "Seen with EH worker. Eight teeth unrestorable; listed for GA."], None,
     "2023-04-28"),
    (["2023-05-09", "Day surgery", "Attended", "GA extractions x8 completed. Mum present. Oral health advice."], "E7",
     "2023-05-09"),
])

R.xlsx("Little Acorns Nursery.xlsx", [("Concerns", [], [["Date", "Staff", "Concern / observation"]], [
    ([D(2023, 2, 14), "JT", "Harvey crying with toothache at lunch, front teeth black. Mum told; early help referral "
      "sent."], "E1", "2023-02-14"),
    ([D(2023, 3, 6), "JT", "Harvey absent Mon-Wed, no call from mum."], None, "2023-03-06"),
    ([D(2023, 3, 22), "Manager", "Hosted TAF meeting. Mum attended."], "E4", "2023-03-22"),
])])

R.xlsx("GP Surgery.xlsx", [("Record", [], [["Date", "Clinician", "Entry"]], [
    (["27 Feb 23", "Dr Shah", "Harvey: toothache 2 weeks, swelling upper gum. Dental abscess. Amoxicillin. Referred to "
      "community dental service."], "E2", "2023-02-27"),
    (["24 Mar 23", "Admin", "Letter from community dental: Harvey WNB on 20/03/23."], "E3", "2023-03-24"),
    (["11 Apr 23", "PN", "Mason: 8 week immunisations given."], None, "2023-04-11"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Case note date", "Case note type", "Narrative"]], [
    ([D(2023, 4, 18), "Contact", "Referral from community dental service: Harvey not brought twice (20/03, 17/04), "
      "severe decay, dental neglect. Progress to assessment."], "E5", "2023-04-18"),
    ([D(2023, 4, 25), "Home visit", "Visit with EH worker. Poor home conditions: no food, dog faeces upstairs, beds "
      "without bedding. Children seen."], "E6", "2023-04-25"),
    ([D(2023, 5, 9), "Case note", "Dental service confirm Harvey had 8 teeth removed under GA today."], "E7",
     "2023-05-09"),
])])

R.csv("Health Visiting.csv", [], ["Date", "Entry"], [
    (["16/02/2023", "Call from early help: nursery's concern re Harvey's teeth. Will raise at Mason's new birth "
      "visit."], "E1", "2023-02-16"),
    (["22/03/2023", "Attended TAF at nursery. Mason weighed: 5.2 kg, thriving."], "E4", "2023-03-22"),
], encoding="cp1252")
R.done()
