"""A held-out review (see ../README.md): python r542.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Aisha (15), at risk of a forced marriage abroad. Each agency tells the
# same event in its own words: 'told her form tutor she is being taken to Pakistan to marry her cousin', 'contact
# from school DSL: planned marriage abroad'; the strategy discussion as 'strategy discussion re forced marriage
# risk', 'strat disc with police and school (HBA)', 'DSL attended strategy meeting (Teams)'; the order as 'FMPO
# granted at family court', 'Forced Marriage Protection Order made today'. Layouts: the school's OpenDocument
# sheet; the police's sheet with dates typed as text ('10th June 2024'); children's social care's Word table
# 'Date & time | Contact type | Details'; the Forced Marriage Unit's CSV; the GP's sheet.

R.ods("School.ods", "Safeguarding", ["Date", "Staff", "Concern", "Action"], [
    (["10/06/2024", "Form tutor", "Aisha told her form tutor she is being taken to Pakistan in the summer to "
      "marry her cousin. DSL spoke to her alone.", "Referred to MASH; parents not told"], "E1", "2024-06-10"),
    (["11/06/2024", "DSL", "DSL attended strategy meeting (Teams) with police and social care.", "Safety plan in "
      "school"], "E2", "2024-06-11"),
])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Officer", "Entry"]], [
    (["11th June 2024", "DS Khan", "Strategy discussion re forced marriage risk to a 15 year old: FMPO to be "
      "applied for, passports to be surrendered."], "E2", "2024-06-11"),
    (["13th June 2024", "DS Khan", "FMPO granted at family court (without notice). Aisha's passport surrendered "
      "at the station by father."], "E3", "2024-06-13"),
])])

R.docx_table("Childrens Social Care.docx", "Children's social care - case chronology", ["Date & time",
                                                                                      "Contact type", "Details"], [
    (["10/06/2024 15:20", "Contact", "Contact from school DSL: 15 year old disclosed a planned marriage abroad; "
      "honour-based abuse risk, do not alert the parents."], "E1", "2024-06-10"),
    (["11/06/2024 10:00", "Strategy", "Strat disc with police and school (HBA): s47; legal advice on a protection "
      "order."], "E2", "2024-06-11"),
    (["13/06/2024 16:45", "Court", "Forced Marriage Protection Order made today by the court."], "E3",
     "2024-06-13"),
])

R.csv("Forced Marriage Unit.csv", [], ["Date", "Caseworker", "Summary"], [
    (["12/06/2024", "FMU caseworker", "Call from police: advice on a protection order and on travel to Pakistan; "
      "case opened."], "S1", "2024-06-12"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 7, 1), "Aisha seen alone: low mood, poor sleep, worried about her family. CAMHS referral."], "S2",
     "2024-07-01"),
])])
R.done()
