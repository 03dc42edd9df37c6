"""A held-out review (see ../README.md): python r228.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import xlwt
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Neglect of three children (Maya 9, Theo 6, Ruby 2); a house fire. Layouts: a GP system's export
# (a consultation over several rows, the date on its first); a mental health trust's export with
# web markup ('<br>', '&amp;'); housing as an old .xls; the police with two columns of dates
# (reported, and when it happened); the school's log with a category column; the fire service.
R.csv("EMIS export.csv", [], ["Date", "Type", "Text", "User"], [
    (["03/10/2023", "Consultation", "Mum with Ruby, nappy rash, poor hygiene noted.", "Dr Bell"], None, "2023-10-03"),
    (["", "", "Advised. HV informed by task.", ""], None, "2023-10-03"),
    (["19/10/2023", "Letter", "Fire and rescue service: house fire 17/10, family rehoused temporarily, no "
      "injuries.", "Admin"], "E3", "2023-10-19"),
    (["02/11/2023", "Consultation", "Theo: cough, seen with mum at the temporary address. Children unkempt.",
      "Dr Bell"], None, "2023-11-02"),
])
R.csv("RiO extract.csv", [], ["Event Date", "Event Type", "Event Notes"], [
    (["11/10/2023", "Appointment", "Mum (Ms Hart) seen for low mood review.<br>Reports not coping with 3 kids &amp; "
      "debts.<br>Plan: increase sertraline."], None, "2023-10-11"),
    (["17/10/2023", "Phone", "Ms Hart rang in distress: fire at home last night, all safe, staying at a B&amp;B."],
     "E3", "2023-10-17"),
])
book = xlwt.Workbook()
sheet = book.add_sheet("Tenancy log")
datefmt = xlwt.easyxf(num_format_str="DD/MM/YYYY")
housing = [("Date", "Officer", "Note", None, None),
           (D(2023, 9, 25), "K Obi", "Tenancy visit: property very cluttered, rubbish in garden, smoke alarm "
            "missing. Warning letter.", "E1", "2023-09-25"),
           (D(2023, 10, 17), "K Obi", "Fire at the property overnight (kitchen). Family placed in B&B by the "
            "out of hours team.", "E3", "2023-10-17"),
           (D(2023, 11, 6), "K Obi", "Family moved to temporary accommodation at Elm Court.", None, "2023-11-06")]
for r, (date, officer, note, event, iso) in enumerate(housing):
    for c, value in enumerate((date, officer, note)):
        if isinstance(value, dt.datetime):
            sheet.write(r, c, value, datefmt)
        else:
            sheet.write(r, c, value)
    if r:
        R._note("Housing.xls", "Tenancy log", r + 1, event, iso, note)
book.save(str(R.folder / "Housing.xls"))
R.csv("Police.csv", [], ["Date reported", "Date of occurrence", "Details"], [
    (["26/09/2023", "25/09/2023", "Report from the housing officer: 3 children living in a very dirty home, no "
      "smoke alarm. Welfare check: children present, mother cooperative. Referred to CSC."], "E1", "2023-09-25"),
    (["17/10/2023", "16/10/2023", "Attended house fire with fire service 23:50, all occupants out. Kitchen fire, "
      "unattended pan."], "E3", "2023-10-16"),
])
R.csv("Oak Hill Primary.csv", [], ["Date", "Category", "Record"], [
    (["25/09/2023", "Welfare", "Maya came in without a coat, hungry, said there was no food at home."], None,
     "2023-09-25"),
    (["28/09/2023", "Strategy", "DSL attended strategy discussion (neglect) for Maya and Theo."], "E2",
     "2023-09-28"),
    (["17/10/2023", "Attendance", "Maya and Theo absent: house fire last night, mum phoned."], "E3",
     "2023-10-17"),
])
R.csv("Children's Social Care.csv", [], ["Date", "Activity", "Summary"], [
    (["27/09/2023", "Contact", "Police referral: home conditions very poor, 3 children. Passed to assessment."],
     "E1", "2023-09-27"),
    (["28/09/2023", "Strategy discussion", "Strategy discussion with police, school and HV: S47 for neglect."],
     "E2", "2023-09-28"),
    (["17/10/2023", "EDT", "Out of hours: house fire, family in B&B overnight."], "E3", "2023-10-17"),
])
R.csv("Fire and Rescue.csv", [], ["Incident date", "Incident type", "Narrative"], [
    (["16/10/2023", "Dwelling fire", "Kitchen fire, cooking left unattended. Smoke alarm not fitted. Occupants "
      "(adult, 3 children) self-evacuated. Police in attendance."], "E3", "2023-10-16"),
])
R.done()
