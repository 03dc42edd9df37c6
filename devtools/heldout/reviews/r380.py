"""A held-out review (see ../README.md): python r380.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A sudden unexpected death in infancy: Ellie (7 weeks) dies asleep on a sofa with her father after a night
# of drinking. Vocabulary: "SUDI", "JAR" (joint agency response), "CDOP", "safe sleep", "NBV", "Moses
# basket", "ROSC", "PLE" (pronounced life extinct). Layouts: the midwives' Word notes whose dates are
# written out ("Tuesday 20th February 2024 - ..."); the HV's workbook with a date and a contact type;
# the GP's CSV; the ambulance's CSV with a date-time; the police's separate date and time; the
# children's hospital's "Arrival" date-times; social care's workbook.

R.docx_paragraphs("Midwifery.docx", "Community Midwifery - chronology (Ellie and mother Chloe)", [
    ("Wednesday 10th January 2024 - Booking at 34 weeks (late booker). Chloe lives with partner Jordan. Smokes "
     "10 a day. Routine enquiry: no DA disclosed.", "A1", "2024-01-10"),
    ("Tuesday 20th February 2024 - Ellie born at 38+2 at Eastfield Maternity, 2.6kg. Safe sleep leaflet "
     "given.", "A2", "2024-02-20"),
    ("Friday 23rd February 2024 - Day 3 home visit: feeding well. Discussed not sleeping with baby on a sofa, "
     "smoking and alcohol risks.", "A3", "2024-02-23"),
])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date of contact", "Contact type", "Narrative"]], [
    ([D(2024, 3, 1), "NBV", "New birth visit. Ellie in a Moses basket in the living room. Dad smokes outside. "
      "Safe sleep advice repeated."], "A4", "2024-03-01"),
    ([D(2024, 3, 15), "Information", "DA notification from MASH: police called to an argument between parents on "
      "12/03, dad drunk. Will discuss at next contact."], "E4", "2024-03-15"),
    ([D(2024, 4, 8), "Information", "Informed by the designated nurse that Ellie died yesterday: found "
      "unresponsive on the sofa with dad in the early hours."], "E5", "2024-04-08"),
    ([D(2024, 4, 10), "Meeting", "Strategy meeting: HV chronology shared, safe sleep advice given at every "
      "contact."], "E7", "2024-04-10"),
])])

R.csv("GP surgery.csv", [], ["Date", "Entry"], [
    (["28/02/2024", "6-8 week check booked. Mum: PHQ-9 8."], "A5", "2024-02-28"),
    (["08/04/2024", "Notification of death (Ellie, 7 weeks) from Eastfield Children's Hospital: SUDI, CDOP "
      "process started. [Death - unexpected]"], "E5", "2024-04-08"),
])

R.csv("Ambulance Service.csv", [], ["Incident date/time", "Category", "Clinical narrative"], [
    (["07/04/2024 04:41", "Cat 1", "7/52 infant in cardiac arrest. Found by father on sofa, had been asleep with "
      "him. CPR by crew, no ROSC. Conveyed to Eastfield Children's ED with police."], "E5", "2024-04-07"),
])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Officer", "Details"]], [
    ([D(2024, 3, 12), "23:20", "PC Ward", "Verbal argument at the address between partners, male intoxicated. "
      "No offences, baby asleep upstairs. PPN."], "E4", "2024-03-12"),
    ([D(2024, 4, 7), "04:50", "PS Khan", "Sudden death of an infant: SUDI protocol. Father says he fell asleep "
      "on the sofa with the baby after drinking. Scene preserved."], "E5", "2024-04-07"),
    ([D(2024, 4, 8), "11:00", "DS Rey", "Joint agency response home visit with the on-call paediatrician: "
      "sleeping arrangements reconstructed with parents."], "E6", "2024-04-08"),
    ([D(2024, 4, 10), "14:00", "DS Rey", "Strategy meeting: no s47 (no other children). Father interviewed "
      "voluntarily."], "E7", "2024-04-10"),
])])

R.xlsx("Eastfield Childrens Hospital.xlsx", [("ED", [], [["Arrival", "Clinician", "Notes"]], [
    ([D(2024, 4, 7, 5, 6), "ED consultant", "Infant 7 weeks brought in by ambulance in arrest. Resuscitation "
      "45 min. PLE 05:51. Police and coroner informed. SUDI bloods and skeletal survey."], "E5", "2024-04-07"),
    ([D(2024, 4, 8, 10, 30), "Dr Patel (paeds)", "JAR visit to the family home with police: sofa, alcohol "
      "bottles, no Moses basket in use."], "E6", "2024-04-08"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [["Eastshire Children's Services"]],
                                       [["Date", "Worker", "Case note"]], [
    ([D(2024, 3, 13), "MASH", "PPN: argument between Chloe and Jordan last night, he was drunk; baby 3 weeks. "
      "Information to HV; no further action."], "E4", "2024-03-13"),
    ([D(2024, 4, 7), "EDT", "Police: baby Ellie died this morning, found unresponsive on the sofa with dad. "
      "No other children in the household."], "E5", "2024-04-07"),
    ([D(2024, 4, 10), "TM Lowe", "Strategy meeting with police, HV and designated nurse: threshold for s47 not "
      "met, no surviving siblings. Support offered to parents."], "E7", "2024-04-10"),
])])
R.done()
