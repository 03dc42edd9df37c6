"""A held-out review (see ../README.md): python r361.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import xlwt

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# An Irish Traveller family on roadside encampments: Tyson (4) and his sister Lacey (7 months) move from
# Northshire to Westvale after a direction to leave; a domestic incident at the layby; Tyson's scald,
# seen a day late at an emergency department in the next county. Vocabulary: "GRT", "unauthorised
# encampment", "s.77 direction", "welfare assessment", "TES" (Traveller Education Service), "temp res".
# Layouts: the council's Gypsy, Roma and Traveller liaison return as an old .xls with a Site column;
# the health visitor's CSV in cp1252 with the date and time apart; the police's occurrence dates
# written '04-Sep-2023 22:15' as text; the emergency department's 'Arrival' date-times; the Traveller
# Education Service's Word table; social care's chronology with a Source column.

wb = xlwt.Workbook()
ws = wb.add_sheet("GRT liaison")
datefmt = xlwt.easyxf(num_format_str="DD/MM/YYYY")
ws.write(0, 0, "Northshire Council - Gypsy, Roma and Traveller liaison: contacts with the Ward family")
for c, h in enumerate(["Date of visit", "Site", "Officer", "Notes"]):
    ws.write(2, c, h)
grt = [
    (D(2023, 9, 4), "Mill Lane layby", "GRT LO Byrne", "Welfare assessment at unauthorised encampment: 6 caravans. "
     "Ward family: 2 children (4 yrs, 7 months), no GP locally, baby's jabs behind. HV to visit with me.", "E1",
     "2023-09-04"),
    (D(2023, 9, 20), "Mill Lane layby", "GRT LO Byrne", "s.77 direction served with enforcement; group to leave "
     "by 22/09. Welfare needs recorded: nursery place for Tyson, baby immunisations.", "E5", "2023-09-20"),
    (D(2023, 9, 25), "Mill Lane layby", "GRT LO Byrne", "Site vacated. Mr Ward says they are going to Westvale "
     "(Cross Roads site). Westvale GRT officer emailed.", "E6", "2023-09-25"),
]
for r, (day, site, officer, notes, event, iso) in enumerate(grt, start=3):
    ws.write(r, 0, day, datefmt)
    ws.write(r, 1, site)
    ws.write(r, 2, officer)
    ws.write(r, 3, notes)
    R._note("GRT liaison.xls", "GRT liaison", r + 1, event, iso, notes)
wb.save(str(R.folder / "GRT liaison.xls"))

R.csv("Health Visiting.csv", [], ["Date", "Time", "Staff", "Event type", "Details"], [
    (["04/09/2023", "14:00", "HV Quinn (GRT specialist)", "Home visit", "Visited the Mill Lane encampment with the "
      "liaison officer. Lacey weighed (9th centile), 8- and 12-week immunisations not given. Mum (Bridget) keen; "
      "Tyson lively, speech delayed. Advised temp res at Parkside."], "E1", "2023-09-04"),
    (["18/09/2023", "11:30", "HV Quinn (GRT specialist)", "Home visit", "Visit after police DA notification: mum "
      "says it was \"just a row\", cut lip healing. Spoke alone: declined Women's Aid leaflet. Children well."],
     "E4", "2023-09-18"),
    (["16/10/2023", "09:00", "HV Quinn (GRT specialist)", "Correspondence", "A&E attendance notice from Westvale "
      "General: Tyson, scald R hand 12/10. Family now out of area; records sent to Westvale HV team."], "E7",
     "2023-10-16"),
], encoding="cp1252")

R.xlsx("Parkside Surgery.xlsx", [("Consultations", [], [["Date", "Clinician", "Summary"]], [
    ([D(2023, 9, 6), "Reception / PN Hall", "Temp res registration: Bridget Ward, Tyson, Lacey. Lacey: 8-week "
      "imms given today, next due 4 weeks."], "E2", "2023-09-06"),
])])

R.xlsx("Police.xlsx", [("Occurrences", [["Occurrence summary - Ward"]], [["Occurrence date", "Ref", "Type", "Summary"]], [
    (["14-Sep-2023 22:15", "NS-23-118842", "Domestic", "Caller reports shouting and a woman screaming at the Mill "
      "Lane layby. Female (Bridget WARD) cut lip, would not say how; partner Patrick WARD left before arrival. DASH "
      "standard. 2 children in caravan. PPN to MASH."], "E3", "2023-09-14"),
    (["20-Sep-2023 10:00", "NS-23-121017", "Assist other agency", "Officers attended Mill Lane with council "
      "enforcement for service of s77 notice. No issues."], "E5", "2023-09-20"),
    (["13-Oct-2023 11:00", "WV-23-0907", "Child protection", "Strategy discussion with Westvale CSC re 4yo Tyson "
      "WARD, scald to hand, delayed presentation: joint s47 not needed, single agency s47 by CSC."], "E8",
     "2023-10-13"),
])])

R.xlsx("Westvale General ED.xlsx", [("ED", [], [["Arrival", "Presenting complaint", "Triage / notes", "Outcome"]], [
    ([D(2023, 10, 12, 16, 40), "Scald R hand", "4yo M, scald to back of R hand from kettle in caravan yesterday "
      "evening, approx 2% TBSA, blistered. Delay in presentation: no car. Mum with him.", "Dressed; paeds review; "
      "safeguarding referral to Westvale CSC."], "E7", "2023-10-12"),
    ([D(2023, 10, 13, 14, 0), "CP medical (paediatrics)", "Dr Shah: burn pattern consistent with pulling kettle "
      "flex; explanation consistent; delay explained by transport.", "Home with plastics dressing clinic f/u."],
     "E9", "2023-10-13"),
])])

R.xlsx("Westvale CSC.xlsx", [("Chronology", [], [["Date", "Event", "Source", "Significance"]], [
    ([D(2023, 9, 15), "Notification of domestic incident at Mill Lane layby (Northshire) on 14/09: mother cut lip. "
      "Family since moved to our area.", "Northshire Police", "Domestic abuse"], "E3", "2023-09-15"),
    ([D(2023, 10, 12), "Referral: Tyson (4) at Westvale General ED with a scald to his hand, seen a day late.",
      "Westvale General ED", "Possible neglect"], "E7", "2023-10-12"),
    ([D(2023, 10, 13), "Strategy discussion (police, ED paediatrician): single agency s47; CP medical today.",
      "CSC", "s47"], "E8", "2023-10-13"),
    ([D(2023, 10, 13), "CP medical: injury consistent with the account given.", "Westvale General", "s47"], "E9",
     "2023-10-13"),
])])

R.docx_table("Traveller Education Service.docx", "Traveller Education Service - contacts: Tyson Ward",
             ["Date", "TES worker", "Contact"], [
    (["25/09/2023", "TES Murphy", "Family leaving Northshire for Westvale; nursery application passed to Westvale "
      "TES."], "E6", "2023-09-25"),
    (["20/10/2023", "TES Murphy (Westvale)", "Admission meeting at St Joseph's nursery with mum; Tyson started "
      "today."], "E10", "2023-10-20"),
])

R.csv("St Josephs.csv", [], ["Date", "Staff", "Note"], [
    (["20/10/2023", "Nursery lead", "Tyson Ward started in nursery (TES worker present at admission). Dressing on "
      "his right hand - mum said burn from a kettle."], "E10", "2023-10-20"),
])
R.done()
