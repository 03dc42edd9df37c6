"""A held-out review (see ../README.md): python r232.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
import openpyxl
import pandas as pd
import xlwt
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Child sexual exploitation of a 14-year-old (Jade). Vocabulary: "MFH" (missing from home), "RHI"
# (return home interview), "EHC", "CSE screening tool", "MACE" (multi-agency child exploitation
# meeting), "NRM". Layouts: the school's OpenDocument log dated "18.09.23"; CAMHS's old .xls; the
# police's workbook with one date cell merged over the entries of a day; the sexual health
# clinic's CSV dated "20-09-2023"; children's social care's return under a title block with an
# end marker; the youth service's Word paragraphs dated "Tuesday 19th September 2023:"; the
# emergency department's attendance list.
school = pd.DataFrame([
    ["18.09.23", "Form tutor", "Mum phoned: Jade missing over the weekend, police involved. Jade in school today, "
     "tired."],
    ["25.09.23", "DSL", "Attended strategy meeting (Teams) re Jade: CSE concerns. Safety plan in school."],
    ["04.10.23", "DSL", "Attended MACE. School to monitor attendance and who collects her."],
    ["12.10.23", "Attendance officer", "Jade left at 1pm for her CAMHS appointment (letter seen)."],
], columns=["Date", "Logged by", "Concern / action"])
school.to_excel(R.folder / "Hillside Academy.ods", engine="odf", index=False)
for i, (event, iso) in enumerate([(None, "2023-09-18"), ("E3", "2023-09-25"), ("E4", "2023-10-04"),
                                  ("E5", "2023-10-12")]):
    R._note("Hillside Academy.ods", "Sheet1", i + 2, event, iso, school.iloc[i, 2])

wb = xlwt.Workbook()
ws = wb.add_sheet("CAMHS")
datefmt = xlwt.easyxf(num_format_str="DD/MM/YYYY")
for c, v in enumerate(["Appointment date", "Clinician", "Outcome"]):
    ws.write(0, c, v)
camhs = [
    (D(2023, 10, 12), "Dr Shah", "Initial assessment: low mood, self-harm (cutting) since summer. Risk assessment; "
     "safety plan agreed with Jade and mum.", "E5", "2023-10-12"),
    (D(2023, 11, 2), "CPN Lowe", "Follow-up: self-harm reduced. Disclosed older males giving her vapes and lifts.",
     None, "2023-11-02"),
]
for r, (date, who, text, event, iso) in enumerate(camhs, start=1):
    ws.write(r, 0, date, datefmt)
    ws.write(r, 1, who)
    ws.write(r, 2, text)
    R._note("CAMHS.xls", "CAMHS", r + 1, event, iso, text)
wb.save(str(R.folder / "CAMHS.xls"))

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Police"
ws.append(["Date", "Time", "Ref", "Details"])
police = [
    (D(2023, 9, 15), "22:40", "MFH 23/881", "Jade (14) reported missing by mother. Found 03:10 on 16/09 at a flat "
     "in town with two older males. Returned home; RHI requested.", "E1", "2023-09-15"),
    (D(2023, 9, 25), "10:00", "", "Strategy discussion with children's social care, school and health: S47 agreed, "
     "CSE.", "E3", "2023-09-25"),
    (None, "15:30", "", "CSE screening tool reviewed with the CSE team: high risk. Intelligence submitted.", None,
     "2023-09-25"),
    (D(2023, 10, 4), "14:00", "", "MACE meeting: Jade discussed, disruption plan for the males at the flat.", "E4",
     "2023-10-04"),
    (D(2023, 10, 22), "01:30", "", "Jade found intoxicated in the park with an adult male (arrested). Taken to ED "
     "by officers.", "E6", "2023-10-22"),
    (D(2023, 11, 1), "", "", "NRM referral submitted for Jade (sexual exploitation).", None, "2023-11-01"),
]
for r, (date, time, ref, text, event, iso) in enumerate(police, start=2):
    ws.cell(r, 1, date).number_format = "dd/mm/yyyy"
    ws.cell(r, 2, time)
    ws.cell(r, 3, ref)
    ws.cell(r, 4, text)
    R._note("Police.xlsx", "Police", r, event, iso, text)
ws.merge_cells("A3:A4")  # the strategy discussion's day, written once for its two entries
wb.save(R.folder / "Police.xlsx")

R.csv("Sexual health.csv", [], ["Date", "Clinic", "Notes"], [
    (["20-09-2023", "Young people's clinic", "Attended requesting EHC. Disclosed sex with her 19 year old "
      "'boyfriend'. CSE screening tool completed; safeguarding referral to children's social care."], "E2",
     "2023-09-20"),
])

R.xlsx("CSC chronology.xlsx", [("Chronology", [["Children's Social Care"], ["Chronology for: Jade"],
                                               ["Prepared by: Team manager, Exploitation team"], []],
                                [["Date", "Worker", "Contact type", "Summary"]], [
    (["18/09/2023", "Duty SW", "Police notification", "Missing from home 15/09 to 16/09, found with older males."],
     "E1", "2023-09-18"),
    (["20/09/2023", "Duty SW", "Referral", "From sexual health clinic: Jade disclosed sex with a 19-year-old."],
     "E2", "2023-09-20"),
    (["25/09/2023", "SW Green", "Strategy meeting", "With police, school and health: S47 enquiry, CSE."], "E3",
     "2023-09-25"),
    (["04/10/2023", "SW Green", "MACE", "Presented Jade's case. Disruption plan agreed."], "E4", "2023-10-04"),
    (["23/10/2023", "SW Green", "Police notification", "Jade found intoxicated with an adult male on 22/10, taken to "
      "hospital."], "E6", "2023-10-23"),
    (["End of chronology"], None, None),
])])

d = docx.Document()
d.add_paragraph("Youth Service – involvement with Jade")
youth = [
    ("Tuesday 19th September 2023: Return home interview after the missing episode. Jade would not say where she "
     "had been.", None, "2023-09-19"),
    ("Wednesday 4th October 2023: Youth worker attended MACE, offered weekly 1:1 sessions.", "E4", "2023-10-04"),
]
for text, event, iso in youth:
    d.add_paragraph(text)
d.save(R.folder / "Youth Service.docx")
for i, (text, event, iso) in enumerate(youth):
    R._note("Youth Service.docx", None, i + 2, event, iso, text)

R.xlsx("ED attendances.xlsx", [("Attendances", [], [["Attendance date", "Arrival time", "Triage", "Presenting "
                                                      "complaint", "Disposal"]], [
    (["22/10/2023", "02:10", "Yellow", "Brought in by police: alcohol intoxication, 14F. Safeguarding form "
      "completed.", "Discharged to mum 07:30"], "E6", "2023-10-22"),
])])
R.done()
