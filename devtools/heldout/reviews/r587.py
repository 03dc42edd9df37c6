"""A held-out review (see ../README.md): python r587.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import xlwt

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Precious Mensah (14), who has sickle cell disease, not brought to her
# haematology appointments; her medicines not collected; a painful crisis, then acute chest syndrome. Each agency
# tells the same event in its own words: '14F known SCD, painful crisis legs and back since the night. Entonox.
# Conveyed', 'Sickle pain crisis: IV morphine and fluids, admitted to Ward 11' and 'Mum emailed: Precious in
# hospital with a crisis'; 'Referral from the hospital's safeguarding team: four haematology appointments missed';
# a team around the family meeting at school.
# Layouts: the ambulance service's sheet with 'Call date' date-times and 'Job notes'; the hospital's Word table
# 'Date | Time | Location | Entry' with some times blank; the school's CSV with dates typed '15/1/24'; the GP's old
# Excel (.xls) log; social care's sheet; the sickle cell nurse's OpenDocument sheet.

R.xlsx("London Ambulance Service.xlsx", [("Jobs", [], [["Call date", "Category", "Job notes"]], [
    ([D(2024, 1, 15, 6, 55), "C2", "14F known SCD, painful crisis legs and back since the night, pain 9/10. Entonox. "
      "Conveyed to North Mid."], "E1", "2024-01-15"),
])])

R.docx_table("North Middlesex Hospital.docx", "North Middlesex University Hospital - Precious Mensah",
             ["Date", "Time", "Location", "Entry"], [
    (["06/11/2023", "", "Haematology OPD", "Was not brought to clinic (third time). Letter to mum and GP."], "S1",
     "2023-11-06"),
    (["15/01/2024", "08:10", "ED / Ward 11", "Sickle pain crisis: IV morphine and fluids, admitted to Ward 11. "
      "Hydroxycarbamide not taken for months."], "E1", "2024-01-15"),
    (["17/01/2024", "02:30", "PICU", "Acute chest syndrome: sats 86%, transferred to PICU for non-invasive "
      "ventilation."], "S2", "2024-01-17"),
    (["24/01/2024", "", "Safeguarding", "Referral to Enfield children's services: four haematology appointments "
      "missed, medicines not collected, two admissions this winter."], "E3", "2024-01-24"),
])

R.csv("Oakwood Academy.csv", [], ["Date", "Staff", "Note"], [
    (["15/1/24", "Attendance", "Mum emailed: Precious in hospital with a crisis, not in this week."], "E1",
     "2024-01-15"),
    (["5/2/24", "DSL", "TAF meeting in school with mum, the sickle cell nurse and the social worker: plan for "
      "medicines, a care plan for PE and cold days."], "E4", "2024-02-05"),
    (["9/2/24", "Attendance", "Autumn term attendance 71%, mostly illness."], "S5", "2024-02-09"),
])

book = xlwt.Workbook()
sheet = book.add_sheet("Journal")
date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
for col, header in enumerate(["Date", "Author", "Entry"]):
    sheet.write(0, col, header)
gp_rows = [
    (D(2023, 12, 4), "Pharmacist", "Penicillin V and folic acid not collected since October; mum phoned, no answer.",
     "S6", "2023-12-04"),
    (D(2024, 1, 25), "Pharmacist", "Repeat prescriptions re-issued as 28-day scripts; the pharmacy to deliver to the "
     "home.", "S7", "2024-01-25"),
]
for row, (day, author, text, event, iso) in enumerate(gp_rows, start=1):
    sheet.write(row, 0, day, date_style)
    sheet.write(row, 1, author)
    sheet.write(row, 2, text)
    R._note("GP Practice.xls", "Journal", row + 1, event, iso, text)
book.save(str(R.folder / "GP Practice.xls"))

R.xlsx("Enfield Childrens Services.xlsx", [("Case notes", [], [["Date", "Type", "Note"]], [
    ([D(2024, 1, 24), "Contact", "Referral from the hospital's safeguarding team: Precious (14, sickle cell) - four "
      "haematology appointments missed, medicines not collected. Medical neglect?"], "E3", "2024-01-24"),
    ([D(2024, 2, 5), "Meeting", "TAF at Oakwood Academy: mum, school, specialist nurse. Mum overwhelmed caring for "
      "three children alone."], "E4", "2024-02-05"),
])])

R.ods("Sickle Cell and Thalassaemia Centre.ods", "Contacts", ["Date", "Nurse", "Contact notes"], [
    ([D(2024, 1, 30), "CNS Adeyemi", "Home visit: hydroxycarbamide started again, pill box given. Mum asks for help "
      "with transport to clinic."], "S8", "2024-01-30"),
    ([D(2024, 2, 5), "CNS Adeyemi", "Team around the family at school with social care: medicines plan agreed."],
     "E4", "2024-02-05"),
])
R.done()
