"""A held-out review (see ../README.md): python r300.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx
import xlwt

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A sudden unexpected death in infancy: baby Noah (8 weeks), found not breathing on the sofa where his
# father, who had been drinking, fell asleep with him. Vocabulary: "SUDI", "co-sleeping", "safe sleep",
# "JAR" (joint agency response), "ROLE", "CDOP", "NBV" (new birth visit), "DAS". Layouts: the
# ambulance service's CAD extract under a three-line title, "Call Date/Time" as Excel date-times; the
# police's CSV with "Date/Time Reported" as text; the hospital's old .xls with "Arrival" and
# "Presenting complaint"; midwifery's Word notes with each day as a heading and the entries under it
# starting with a time; health visiting's cp1252 CSV with dates "25-Jul-23"; the drug and alcohol service.

R.xlsx("NWAS CAD extract.xlsx", [("CAD", [["North West Ambulance Service NHS Trust"],
                                          ["CAD incident extract – Rapid Review (baby N)"], []],
    [["Call Date/Time", "Incident No", "Category", "Chief complaint", "Narrative"]], [
    ([D(2023, 8, 14, 4, 12), "2308140117", "Cat 1", "Breathing problems",
      "8/52 baby not breathing, found on sofa by father who had been asleep with him, CPR by caller. Crew on "
      "scene 04:19, asystole, ALS, conveyed under blue lights to Royal Albert Edward ED. Police informed."],
     "E4", "2023-08-14"),
])])

R.csv("Police.csv", [], ["Date/Time Reported", "Occurrence Type", "Summary"], [
    (["14/08/2023 04:25", "Sudden death – child",
      "Ambulance request: infant in cardiac arrest at home address. Officers attended home and hospital. "
      "Father (smelt of alcohol) states he fell asleep on sofa with baby on his chest."], "E4", "2023-08-14"),
    (["14/08/2023 06:10", "Sudden death – child",
      "Life pronounced extinct at hospital 05:10. SUDI protocol, DS Khan OIC. Parents' phones seized."],
     "E4", "2023-08-14"),
    (["15/08/2023 11:00", "JAR", "Joint agency home visit with Dr Ibe (SUDI paediatrician): scene walk-through, "
      "sofa, empty cans of lager, no Moses basket in lounge."], "E5", "2023-08-15"),
])

# Hospital: an old .xls from the ED system.
wb = xlwt.Workbook()
ws = wb.add_sheet("ED attendances")
stamp = xlwt.easyxf(num_format_str="DD/MM/YYYY HH:MM")
header = ["Arrival", "Departure", "Presenting complaint", "Notes"]
for c, v in enumerate(header):
    ws.write(0, c, v)
ed = [
    ((D(2023, 7, 25, 16, 2), D(2023, 7, 25, 19, 30), "Head injury",
      "5/52 infant, mum reports rolled off sofa onto laminate floor. Small boggy swelling L parietal. CT not "
      "indicated. Safeguarding checklist done: explanation consistent. Discharged, HV liaison form sent."),
     "E3", "2023-07-25"),
    ((D(2023, 8, 14, 4, 40), D(2023, 8, 14, 6, 30), "Cardiac arrest",
      "8/52 infant, out of hospital cardiac arrest, co-sleeping on sofa with father. Resus 30 min, ROLE 05:10. "
      "SUDI protocol started, police present, paediatrician on call informed. CDOP notified."),
     "E4", "2023-08-14"),
    ((D(2023, 8, 15, 10, 30), None, "SUDI rapid response",
      "Dr Ibe with DS Khan: joint home visit for the rapid response. Sleeping arrangements reviewed; "
      "no safe sleep space downstairs."), "E5", "2023-08-15"),
]
for r, (cells, event, iso) in enumerate(ed, start=1):
    for c, v in enumerate(cells):
        if isinstance(v, dt.datetime):
            ws.write(r, c, v, stamp)
        elif v is not None:
            ws.write(r, c, v)
    R._note("Hospital ED.xls", "ED attendances", r + 1, event, iso, cells[3])
wb.save(str(R.folder / "Hospital ED.xls"))

# Midwifery: Word notes, each day a heading and its entries beneath, starting with their times.
midwifery = [
    ("Tuesday 7 March 2023", None, None),
    ("10:30 Booking appointment at 11+3. G2 P1. Discloses daily cannabis and drinking at weekends (partner "
     "too). Referred to drug and alcohol service with consent. Safe sleep leaflet.", "E1", "2023-03-07"),
    ("11:15 Phone call to health visiting team to share booking information.", None, "2023-03-07"),
    ("Friday 19 May 2023", None, None),
    ("14:00 Antenatal contact 32 weeks: says cannabis stopped. Discussed co-sleeping risks with both parents.",
     None, "2023-05-19"),
    ("Tuesday 20 June 2023", None, None),
    ("03:20 Spontaneous vaginal delivery at 38+2, baby boy 3.1 kg. Pre-birth plan: universal.", None,
     "2023-06-20"),
]
document = docx.Document()
document.add_paragraph("Maternity record – mother of baby Noah")
for row, (text, event, iso) in enumerate(midwifery, start=2):
    document.add_paragraph(text)
    if iso is not None:
        R._note("Midwifery notes.docx", None, row, event, iso, text)
document.save(str(R.folder / "Midwifery notes.docx"))

R.csv("Health Visiting.csv", [], ["Date", "Contact", "Practitioner", "Note"], [
    (["03-Jul-23", "NBV", "HV Dawson", "New birth visit: baby feeding well. Safe sleep discussed – Noah sleeps in "
      "Moses basket upstairs; parents say they don’t drink now. Universal plus."], None, "2023-07-03"),
    (["27-Jul-23", "Liaison", "HV Dawson", "ED liaison form received: attended 25/07 with head injury after a fall "
      "from the sofa. Telephoned mum – baby well. Plan: visit."], "E3", "2023-07-27"),
    (["01-Aug-23", "Home visit", "HV Dawson", "Visit re fall: mum tired, dad at work. Safe sleep and falls "
      "advice repeated. Weight 4.6 kg."], None, "2023-08-01"),
    (["14-Aug-23", "Notification", "HV Lead", "Informed by the SUDI paediatrician that Noah died this morning "
      "after being found unresponsive on the sofa. Records secured."], "E4", "2023-08-14"),
], encoding="cp1252")

R.xlsx("Drug and Alcohol Service.xlsx", [("Appointments", [], [["Appt date", "Attended?", "Key worker notes"]], [
    ([D(2023, 3, 9), "n/a", "Referral received from midwife (booking 07/03): cannabis daily, alcohol weekends. "
      "Letter sent offering assessment."], "E1", "2023-03-09"),
    ([D(2023, 3, 23), "DNA", "Did not attend assessment. Second letter sent."], None, "2023-03-23"),
    ([D(2023, 4, 6), "DNA", "Did not attend. Closed; midwife informed."], None, "2023-04-06"),
    ([D(2023, 8, 16), "n/a", "Police informed us that the baby died on 14/08; father was a previous client "
      "(closed 2021)."], "E4", "2023-08-16"),
])])

R.xlsx("GP.xlsx", [("Consultations", [], [["Date", "Clinician", "Summary"]], [
    ([D(2023, 6, 28), "Reception", "New patient registration: baby Noah."], None, "2023-06-28"),
    ([D(2023, 7, 28), "Dr Mills", "ED letter: attended 25/07 with a minor head injury, fall from sofa; "
      "discharged."], "E3", "2023-07-28"),
    ([D(2023, 7, 31), "Dr Mills", "8 week baby check: well, weight 4.5 kg. Immunisations given."], None,
     "2023-07-31"),
    ([D(2023, 8, 15), "Dr Mills", "Notified of Noah's death (SUDI) on 14/08 by the hospital."], "E4",
     "2023-08-15"),
])])
R.done()
