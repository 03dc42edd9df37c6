"""A held-out review (see ../README.md): python r242.py OUT_FOLDER writes its returns and truth.json."""

import codecs
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Child criminal exploitation of a 15-year-old (Kyle), county lines. Vocabulary: "MISPER", "CCE",
# "NRM", "SCA" (single competent authority), "reasonable grounds decision", "RHI", "county lines",
# "referral order". Layouts: the police's workbook, a missing persons sheet with "Reported missing"
# and "Found" date-time cells, and an incidents sheet; the youth justice service's CSV newest first,
# "Mon 19/06/2023"; the school's "Date | Period"; children's social care's "Contact Date/Time";
# the Home Office's letter, paragraphs "On 21 June 2023 …"; British Transport Police's CSV with a
# byte order mark and "2023-06-16 04:20".
R.xlsx("Police.xlsx", [
    ("MISPER", [], [["MISPER ref", "Reported missing", "Found", "Where found", "Circumstances"]], [
        (["MP/23/0412", D(2023, 6, 14, 22, 10), D(2023, 6, 16, 4, 20), "Bournemouth", "Kyle reported missing by mum "
          "after not returning from school. High risk (CCE). Found by BTP."], "E1", "2023-06-14"),
    ]),
    ("Incidents", [], [["Date", "Time", "Details"]], [
        ([D(2023, 6, 22), "11:30", "School reports a kitchen knife found in Kyle's bag. Officer attended the school, "
          "knife seized, words of advice."], "E6", "2023-06-22"),
    ]),
])

R.csv("Youth Justice Service.csv", [], ["Date", "Session", "Worker", "Notes"], [
    (["Thu 22/06/2023", "Phone", "YJW Noor", "Informed by school of Kyle's exclusion (knife in bag)."], "E6",
     "2023-06-22"),
    (["Mon 19/06/2023", "RHI", "YJW Noor", "Return home interview: Kyle says he went to Bournemouth with 'friends', "
      "would not say more. Shared with CSC."], "E3", "2023-06-19"),
    (["Mon 05/06/2023", "Panel", "YJW Noor", "Referral order panel meeting: contract agreed."], None, "2023-06-05"),
])

R.xlsx("Hilltop School.xlsx", [("Behaviour", [], [["Date", "Period", "Type", "Notes"]], [
    (["12/06/2023", "P1", "Lates", "Late x4 this week."], None, "2023-06-12"),
    (["22/06/2023", "P3", "Exclusion", "Fixed term exclusion 3 days: kitchen knife found in bag during search. "
      "Police called."], "E6", "2023-06-22"),
])])

R.xlsx("Childrens Services.xlsx", [("Contacts", [], [["Contact Date/Time", "Type", "Summary"]], [
    (["14/06/2023 23:00", "EDT", "Police notification: Kyle missing from home, high risk."], "E1", "2023-06-14"),
    (["16/06/2023 09:15", "Missing", "Kyle found in Bournemouth by BTP overnight; returned home by police."], "E2",
     "2023-06-16"),
    (["19/06/2023 16:40", "RHI", "RHI completed by YJS worker and shared: no disclosure."], "E3", "2023-06-19"),
    (["21/06/2023 10:00", "NRM", "NRM referral submitted (CCE, county lines)."], "E4", "2023-06-21"),
    (["27/06/2023 12:00", "NRM", "Positive reasonable grounds decision received from the SCA."], "E5",
     "2023-06-27"),
])])

d = docx.Document()
d.add_paragraph("Home Office – Single Competent Authority")
d.add_paragraph("Information for the child safeguarding practice review: Kyle")
letter = [
    ("On 21 June 2023 a referral was received from Northshire Children's Services (CCE).", "E4", "2023-06-21"),
    ("On 26 June 2023 a positive reasonable grounds decision was made.", "E5", "2023-06-26"),
]
for text, event, iso in letter:
    d.add_paragraph(text)
d.save(R.folder / "Home Office SCA.docx")
for i, (text, event, iso) in enumerate(letter):
    R._note("Home Office SCA.docx", None, i + 3, event, iso, text)

with open(R.folder / "BTP.csv", "wb") as fh:
    fh.write(codecs.BOM_UTF8 + "Date/Time,Location,Details\r\n2023-06-16 04:20,Bournemouth station,\"16 year old "
             "male found, wanted as missing from Northshire. £500 cash and 2 phones. Returned by police "
             "transport.\"\r\n".encode("utf-8"))
R._note("BTP.csv", None, 2, "E2", "2023-06-16", "16 year old male found, wanted as missing")
R.done()
