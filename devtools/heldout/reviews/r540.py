"""A held-out review (see ../README.md): python r540.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Ruby (2), bitten in the face by the family dog, a baby brother at home.
# Each agency tells the same event in its own words: 'bitten to face by family dog (XL bully type)', 'dog bite L
# cheek and scalp', 'injured by dog at home'; the dog's seizure as 'dog seized by the DLO', 'police have removed
# the dog'; a joint visit as 'joint HV with health visitor', 'home visit following the dog bite'. Layouts: the
# ambulance service's CSV with 'Incident date' ('18-05-2024') and 'Call time'; the hospital's sheet with an
# 'Arrival' date-time and 'Presenting complaint' and 'Plan'; the police's sheet with 'Ref' first and 'Recorded'
# as its date; children's social care's Word table 'Date | Type | Summary'; the health visitors' OpenDocument
# sheet; the GP's sheet.

R.csv("Ambulance Service.csv", [], ["Incident date", "Call time", "Chief complaint", "Notes"], [
    (["18-05-2024", "17:42", "Animal bite", "2yo F bitten to face by family dog (XL bully type), heavy bleeding "
      "from cheek. Dog shut in garden by dad. Conveyed to ED with mum."], "E1", "2024-05-18"),
])

R.xlsx("Hospital.xlsx", [("ED and wards", [], [["Arrival", "Presenting complaint", "Plan"]], [
    ([D(2024, 5, 18, 18, 10), "Dog bite L cheek and scalp", "Lacerations repaired under GA by plastics. Family dog "
      "lives in the home with a 3 month old sibling: referral to CSC."], "E1", "2024-05-18"),
    ([D(2024, 5, 19, 11, 0), "Inpatient (plastics)", "Consultant paediatrician joined a strategy discussion with "
      "social care and police by phone."], "E2", "2024-05-19"),
])])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Ref", "Recorded", "Details"]], [
    (["OC-5521", D(2024, 5, 19), "Strat disc re 2 year old injured by dog at home. Dog type to be assessed; "
      "DLO to attend."], "E2", "2024-05-19"),
    (["OC-5521", D(2024, 5, 20), "Dog seized by the DLO from the address under s.5 Dangerous Dogs Act and "
      "kennelled. Owners cooperative."], "E3", "2024-05-20"),
])])

R.docx_table("Childrens Social Care.docx", "Children's social care - chronology (Ruby)", ["Date", "Type",
                                                                                          "Summary"], [
    (["19/05/2024", "Strategy discussion", "With police and the hospital paediatrician: Ruby injured by the "
      "family dog; s47 enquiry for Ruby and her brother."], "E2", "2024-05-19"),
    (["20/05/2024", "Information", "Police have removed the dog from the home today."], "E3", "2024-05-20"),
    (["24/05/2024", "Home visit", "Joint HV with health visitor: Ruby home, face healing; baby well. Parents "
      "agree no dog in the home."], "E4", "2024-05-24"),
])

R.ods("Health Visiting.ods", "Contacts", ["Date", "Contact", "Record"], [
    (["02/03/2024", "New birth visit", "Baby brother's new birth visit: large dog in the home noted; advice on "
      "dogs and babies given."], "S1", "2024-03-02"),
    (["24/05/2024", "Home visit", "Home visit following the dog bite, with the social worker. Ruby's face "
      "healing well; baby thriving."], "E4", "2024-05-24"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 5, 28), "Practice nurse: removal of sutures, cheek, after dog bite repair. Mum tearful."], "S2",
     "2024-05-28"),
])])
R.done()
