"""A held-out review (see ../README.md): python r443.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Mia (2), bruised while her mother was on a probation order.
# Vocabulary: nDelius contact types ('Office Visit - Attended - Complied', '(NS)'), "s47", "ICPC", "body map",
# "CP medical", "ASQ". Layouts: probation's export; a nursery's two-row header ('Contact' merged over 'Date of
# contact' (with a line break) and 'Time') and a day's date merged down over its entries; a health visiting
# return with date and time in one text cell; the CSC's 'Source' column; a paediatric CP medical log.


def merge_nursery_days(wb):
    ws = wb["Record"]
    ws.merge_cells("A1:B1")
    ws.merge_cells("A5:A6")  # 3 June: two entries under one date


R.xlsx("Little Acorns Nursery.xlsx", [("Record", [],
                                        [["Contact", None, "Staff", "Record"], ["Date of\ncontact", "Time", None, None]], [
    ([D(2024, 5, 13), "09:00", "Key worker", "Settling in going well. Mia eating better."], "A1", "2024-05-13"),
    ([D(2024, 5, 28), "08:30", "Key worker", "Mia quiet and clingy, small scratch to hand, mum says the cat."], "A2",
     "2024-05-28"),
    ([D(2024, 6, 3), "08:15", "DSL", "Bruise to left cheek seen at arrival, mum says she fell off the sofa. Body "
      "map completed. Referral to MASH by phone at 11:20."], "E1", "2024-06-03"),
    ([None, "14:30", "Key worker", "Mum collected Mia, told by DSL of the referral; upset and left quickly."], "A3",
     "2024-06-03"),
    ([D(2024, 6, 20), "10:00", "DSL", "DSL attended the initial child protection conference. Mia subject to a CP "
      "plan under physical abuse."], "E5", "2024-06-20"),
])], finish=merge_nursery_days)

R.xlsx("Probation.xlsx", [("nDelius", [], [["Contact Date", "Contact Start Time", "Contact Type", "Outcome",
                                              "Notes"]], [
    ([D(2024, 5, 20), "10:00", "Office Visit", "Failed to Attend - Unacceptable absence", "Warning letter "
      "issued."], "A4", "2024-05-20"),
    ([D(2024, 6, 10), "15:00", "Home Visit to Case (NS)", "Attended - Complied", "Seen with Mia. PO aware of the "
      "s47 enquiry; mother says it was an accident."], "A5", "2024-06-10"),
    ([D(2024, 6, 20), "10:00", "Conference", "Attended", "ICPC attended; report submitted. Child protection plan "
      "agreed."], "E5", "2024-06-20"),
])])

R.xlsx("Health Visiting.xlsx", [("Chronology", [], [["Date/Time", "HV", "Contact", "Entry"]], [
    (["02/05/2024 10:30", "HV Rowe", "Home visit", "2 year review, ASQ completed: communication below expected. "
      "Mum tired, partner not present."], "A6", "2024-05-02"),
    (["03/06/2024 15:40", "HV Rowe", "Telephone", "Strategy discussion by phone with CSC and police re bruise to "
      "Mia's cheek. Agreed s47 and CP medical."], "E2", "2024-06-03"),
    (["20/06/2024 10:00", "HV Rowe", "Meeting", "Attended ICPC. HV to visit fortnightly."], "E5", "2024-06-20"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Source", "Worker", "Summary"]], [
    ([D(2024, 6, 3), "Nursery", "MASH", "Contact from Little Acorns: bruise to Mia's left cheek, explanation of "
      "falling off sofa. Progressed to strategy."], "E1", "2024-06-03"),
    ([D(2024, 6, 3), "CSC", "TM Harris", "Strategy discussion with police and HV: s47 enquiry, CP medical "
      "tomorrow."], "E2", "2024-06-03"),
    ([D(2024, 6, 4), "CSC", "SW Okafor", "Took mum and Mia to the CP medical. Paediatrician: bruising consistent "
      "with a slap, explanation not consistent."], "E3", "2024-06-04"),
    ([D(2024, 6, 20), "CSC", "SW Okafor", "ICPC: child protection plan, physical abuse."], "E5", "2024-06-20"),
])])

R.xlsx("Police.xlsx", [("PPU", [], [["Date", "Officer", "Entry"]], [
    ([D(2024, 6, 3), "DS Kerr", "Strategy discussion: joint s47, CP medical to be arranged."], "E2", "2024-06-03"),
    ([D(2024, 6, 4), "DS Kerr", "Update from CSC: CP medical says slap mark, non-accidental. Mother to be "
      "interviewed."], "E3", "2024-06-04"),
    ([D(2024, 6, 20), "DS Kerr", "Attended ICPC."], "E5", "2024-06-20"),
])])

R.xlsx("Paediatrics.xlsx", [("CP medicals", [], [["Date seen", "Clinician", "Findings", "Opinion"]], [
    ([D(2024, 6, 4), "Dr Bell", "Mia, 2y. 3 linear bruises to left cheek with sparing between; no other injury.",
      "Likely inflicted (slap). Explanation of a fall from a sofa does not account for it."], "E3", "2024-06-04"),
])])
R.done()
