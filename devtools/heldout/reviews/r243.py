"""A held-out review (see ../README.md): python r243.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
import openpyxl
from lib import Review

R = Review(sys.argv[1])
# An unborn baby and a mother using heroin: pre-birth assessment, a conference, birth and the
# neonatal unit. Vocabulary: "ICPC", "NAS" (neonatal abstinence syndrome), "methadone script",
# "SVD", "36+2", "parent and baby foster placement", "keyworker". Layouts: midwifery's two header
# rows, the first merged over the three columns of each contact, with a gestation column ("32+4");
# the drug service's CSV, "Appt date | Attended (Y/N)"; children's social care; the neonatal unit's
# Word table dated "02.09.23"; the police's "03-Aug-23" as text.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Maternity"
ws.append(["Contact details", None, None, "Midwife"])
ws.merge_cells("A1:C1")
ws.append(["Date", "Gestation", "Notes", "Name"])
maternity = [
    ("04/07/2023", "18+1", "Booking: disclosed heroin use, on a methadone script. Referral to children's social "
     "care for the unborn.", "MW Grant", "E1", "2023-07-04"),
    ("15/08/2023", "24+0", "Attended ICPC: unborn subject to a child protection plan (neglect).", "MW Grant", "E3",
     "2023-08-15"),
    ("02/09/2023", "36+2", "Baby girl born by SVD, 2.3kg. NAS scoring commenced; transferred to NNU.", "MW Dunn",
     "E4", "2023-09-02"),
]
for r, (date, gestation, text, who, event, iso) in enumerate(maternity, start=3):
    ws.append([date, gestation, text, who])
    R._note("Maternity.xlsx", "Maternity", r, event, iso, text)
wb.save(R.folder / "Maternity.xlsx")

R.csv("Drug and alcohol service.csv", [], ["Appt date", "Attended (Y/N)", "Keyworker notes"], [
    (["20/07/2023", "Y", "Joint home visit with social worker: home clean, food in. Methadone 60ml."], "E2",
     "2023-07-20"),
    (["26/07/2023", "N", "DNA keywork session. Text sent."], None, "2023-07-26"),
    (["15/08/2023", "Y", "Keyworker attended ICPC by phone: engagement fair, one positive test for heroin."], "E3",
     "2023-08-15"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Detail"]], [
    (["04/07/2023", "Contact", "Referral from midwifery: unborn baby, mother using heroin, on methadone."], "E1",
     "2023-07-04"),
    (["20/07/2023", "Visit", "Pre-birth assessment: joint visit with the drug worker. Home conditions adequate."],
     "E2", "2023-07-20"),
    (["15/08/2023", "ICPC", "Initial child protection conference: unborn made subject to a CP plan, category "
      "neglect."], "E3", "2023-08-15"),
    (["04/09/2023", "Contact", "Hospital social worker rang: baby born on Saturday, on NNU for NAS."], "E4",
     "2023-09-04"),
    (["20/09/2023", "Placement", "Mother and baby moved to a parent and baby foster placement."], "E5",
     "2023-09-20"),
])])

d = docx.Document()
d.add_paragraph("Neonatal Unit – chronology")
t = d.add_table(rows=1, cols=2)
t.rows[0].cells[0].text = "Date"
t.rows[0].cells[1].text = "Summary"
nnu = [
    ("02.09.23", "Admitted from labour ward at 2 hours old. NAS scores high, oral morphine started.", "E4",
     "2023-09-02"),
    ("20.09.23", "Discharged with mother to a parent and baby foster placement; morphine weaned.", "E5",
     "2023-09-20"),
]
for date, text, event, iso in nnu:
    cells = t.add_row().cells
    cells[0].text, cells[1].text = date, text
d.save(R.folder / "Neonatal Unit.docx")
for i, (date, text, event, iso) in enumerate(nnu):
    R._note("Neonatal Unit.docx", None, i + 3, event, iso, text)

R.xlsx("Police.xlsx", [("Police", [], [["Date", "Ref", "Summary"]], [
    (["03-Aug-23", "INT-5512", "Intelligence: mother's address linked to heroin supply."], None, "2023-08-03"),
    (["15-Aug-23", "", "ICPC attended by the PPU: police checks shared."], "E3", "2023-08-15"),
])])
R.done()
