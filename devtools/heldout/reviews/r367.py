"""A held-out review (see ../README.md): python r367.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Harmful sexual behaviour between siblings: Lily (8) tells her teacher about her brother Jake (14); a
# strategy discussion, Lily's ABE interview, Jake's voluntary interview, an AIM3 assessment, an initial
# child protection conference. Vocabulary: "HSB", "AIM3", "VA" (voluntary attendance), "AA",
# "safety plan: separate bedrooms", "ICPC", "s47". Layouts: the police's return headed 'When | Who |
# What'; the school's dates written 'Mon 15 Jan 2024'; social care's OpenDocument sheet; the HSB
# service's Word table with a session number before the date; the GP's CSV.

R.xlsx("Police.xlsx", [("PVP", [], [["When", "Who", "What"]], [
    ([D(2024, 1, 16, 10, 0), "DS Lowe", "Strategy discussion (CSC, school): allegation of sexual assault of an 8yo "
      "by her 14yo brother. Joint s47; ABE for the victim; suspect to be interviewed VA with an AA."], "E2",
     "2024-01-16"),
    ([D(2024, 1, 18, 14, 0), "DC Shah", "ABE interview of Lily with SW Grant: clear account of touching at night "
      "over several months."], "E3", "2024-01-18"),
    ([D(2024, 2, 5, 16, 0), "DC Shah", "Jake interviewed under caution, voluntary attendance, AA present (SW). "
      "Admits some of it. Referred to YJS for out of court disposal consideration."], "E5", "2024-02-05"),
])])

R.xlsx("Oakfield Primary.xlsx", [("DSL log", [], [["Date", "Staff", "Concern / action"]], [
    (["Mon 15 Jan 2024", "Miss Ray (class teacher)", "Lily said her brother 'does things to me at night when mum is "
      "asleep'. Written down her words. DSL informed; referral to MASH by phone 11:20."], "E1", "2024-01-15"),
    (["Tue 16 Jan 2024", "DSL", "Joined strategy discussion by phone; school to keep Lily's routine and report "
      "any further comments."], "E2", "2024-01-16"),
    (["Mon 4 Mar 2024", "DSL", "Attended ICPC: Lily subject to a child protection plan (sexual abuse)."], "E7",
     "2024-03-04"),
])])

R.ods("Childrens Social Care.ods", "Chronology", ["Date", "Worker", "Entry"], [
    (["15/01/2024", "MASH SW", "Contact from Oakfield Primary: Lily (8) disclosed sexual touching by her brother "
      "Jake (14). Same-day safety plan: Jake to stay at his nan's."], "E1", "2024-01-15"),
    (["16/01/2024", "SW Grant", "Strategy discussion (police, school): s47 for both children."], "E2",
     "2024-01-16"),
    (["18/01/2024", "SW Grant", "Lily's ABE interview with DC Shah."], "E3", "2024-01-18"),
    (["05/02/2024", "SW Grant", "Acted as appropriate adult for Jake's voluntary interview at the police "
      "station."], "E5", "2024-02-05"),
    (["04/03/2024", "SW Grant", "ICPC: Lily CP plan (sexual abuse); Jake child in need; HSB work to continue."],
     "E7", "2024-03-04"),
])

R.docx_table("HSB Service.docx", "Harmful Sexual Behaviour service - Jake", ["Session", "Date", "Worker", "Note"], [
    (["1", "20/02/2024", "HSB practitioner", "AIM3 assessment begun with Jake and his mum: family history, "
      "supervision at nan's."], "E6", "2024-02-20"),
    (["2", "27/02/2024", "HSB practitioner", "AIM3 session with Jake alone: understanding of consent."], "A1",
     "2024-02-27"),
    (["-", "04/03/2024", "HSB practitioner", "Attended the ICPC for Lily; AIM3 interim findings shared."], "E7",
     "2024-03-04"),
])

R.csv("Meadow Surgery.csv", [], ["Date", "Clinician", "Entry"], [
    (["22/01/2024", "Admin", "Letter from CSC: s47 enquiry under way (strategy discussion held 16/01) for Lily and "
      "Jake. Records coded."], "E2", "2024-01-22"),
    (["28/02/2024", "Dr Price", "Report for ICPC completed and sent to CSC."], "A2", "2024-02-28"),
])
R.done()
