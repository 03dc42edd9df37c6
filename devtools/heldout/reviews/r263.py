"""A held-out review (see ../README.md): python r263.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
# A domestic homicide review: Margaret (71), killed by her adult son Gary (44), who misused
# alcohol and lived with her. Vocabulary: "APV" (adult to parent violence), "DASH", "MARAC", "AUDIT
# score", "adult social care", "carer's assessment", "welfare check". Layouts: adult social care's
# Word table under a title and an agency line, one date cell spanning two rows (two entries of one
# day); the police's occurrences with an "Incident date" and a later "Date reported"; the alcohol
# service; the GP; the ambulance service.
d = docx.Document()
d.add_paragraph("Domestic Homicide Review – Margaret")
d.add_paragraph("Agency: Adult Social Care")
t = d.add_table(rows=1, cols=3)
for cell, head in zip(t.rows[0].cells, ["Date", "Contact", "Summary of contact"]):
    cell.text = head
asc = [
    ("12/04/2022", "Phone", "Margaret rang: son Gary drinking heavily and shouting at her; she is frightened but "
     "does not want police. Advice given; carer's assessment offered.", None, "2022-04-12"),
    ("03/05/2022", "Referral", "Safeguarding adult concern from police: Margaret pushed by her son at home last "
     "night, bruised arm. DASH high. S42 enquiry opened.", "E2", "2022-05-03"),
    ("", "Phone", "Called Margaret: she says it was a one-off and Gary is sorry. Declined IDVA.", None, "2022-05-03"),
    ("19/05/2022", "MARAC", "Case heard at MARAC: actions for police (marker), GP (flag) and alcohol service.",
     "E3", "2022-05-19"),
]
for date, contact, text, event, iso in asc:
    row = t.add_row().cells
    row[0].text, row[1].text, row[2].text = date, contact, text
t.cell(2, 0).merge(t.cell(3, 0))  # the 03/05 date cell spans both of that day's entries
t.cell(2, 0).text = "03/05/2022"
d.save(R.folder / "Adult Social Care DHR.docx")
for i, (_, _, text, event, iso) in enumerate(asc):
    R._note("Adult Social Care DHR.docx", None, i + 4, event, iso, text)

R.xlsx("Police.xlsx", [("Occurrences", [], [["Occurrence ref", "Incident date", "Date reported", "Summary"]], [
    (["22/3301", "02/05/2022", "02/05/2022", "Domestic: son (44) pushed his mother (71) into a door frame during an "
      "argument about drink. Arrested, NFA by CPS. DASH high; referral to ASC."], "E2", "2022-05-02"),
    (["22/4419", "19/05/2022", "19/05/2022", "MARAC: address marker placed, Gary flagged as perpetrator."], "E3",
     "2022-05-19"),
    (["22/6120", "08/07/2022", "09/07/2022", "Concern for welfare: neighbour heard screaming; officers attended "
      "09/07, Margaret found dead in the kitchen. Son arrested for murder."], "E5", "2022-07-08"),
])])

R.xlsx("Alcohol service.xlsx", [("Contacts", [], [["Date", "Worker", "Notes"]], [
    (["28/04/2022", "Recovery worker", "Gary self-referred: drinking 2 litres of cider a day, AUDIT 31. Lives "
      "with his mum."], "E1", "2022-04-28"),
    (["20/05/2022", "Recovery worker", "MARAC action received: Gary a perpetrator of APV. Appointment offered."],
     "E3", "2022-05-20"),
    (["15/06/2022", "Recovery worker", "DNA. Letter sent."], None, "2022-06-15"),
])])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    (["27/04/2022", "Gary: alcohol dependence, shakes in the morning. Advised self-referral to the alcohol "
      "service."], None, "2022-04-27"),
    (["03/05/2022", "Margaret: bruised left arm, says she walked into the door frame. Analgesia."], "E2",
     "2022-05-03"),
])])

R.csv("Ambulance.csv", [], ["Date", "Time", "Details"], [
    (["09/07/2022", "00:35", "Called by police: female 71 in cardiac arrest at home, injuries to the head. "
      "Recognition of life extinct 00:52."], "E5", "2022-07-09"),
])
R.done()
