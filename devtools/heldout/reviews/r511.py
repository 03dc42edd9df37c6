"""A held-out review (see ../README.md): python r511.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Zac (15), excluded after bringing a knife to school, later stabbed. Each
# agency tells the same event in its own words: 'bladed article found in his bag', 'in possession of a knife on
# school premises', 'found with a knife at school'; 'permanent exclusion', 'PEx', 'permanently excluded'; the
# stabbing as 'stab wound to thigh', 'section 18 wounding', 'was stabbed at the weekend', 'victim of a stabbing'.
# Layouts: the school's safeguarding system export (a CSV of 'Student | Incident Date | Categories | Incident |
# Action Taken', with date-times); the youth justice service's sheet with dates typed 'Mon 11 Mar 2024'; the
# police's sheet 'Date reported | Offence | Summary'; the hospital's OpenDocument sheet; the pupil referral unit's
# Word paragraphs '05 February 2024: ...'; the inclusion team's cp1252 CSV with en dashes.

R.csv("Oakwood Academy - safeguarding export.csv", [], ["Student", "Incident Date", "Categories", "Incident",
                                                       "Action Taken"], [
    (["Zac M", "15/01/2024 10:21", "Weapons, Behaviour", "Bladed article found in Zac's bag during a search after a "
      "tip-off from another pupil.", "Police called; parent called; suspended pending investigation."], "E1",
     "2024-01-15"),
    (["Zac M", "22/01/2024 15:00", "Exclusion", "Headteacher's decision: PEx from today.",
      "Letter to parent and the local authority."], "E2", "2024-01-22"),
])

R.xlsx("Youth Justice Service.xlsx", [("Contacts", [], [["Date", "Officer", "Contact", "Notes"]], [
    (["Tue 16 Jan 2024", "YJ officer", "Referral", "Police referral: 15 year old with a knife on school premises, "
      "released under investigation. Out of court disposal assessment to start."], "E1", "2024-01-16"),
    (["Mon 11 Mar 2024", "YJ officer", "Phone", "Police advised Zac was the victim of a stabbing on Saturday night; "
      "in hospital."], "E4", "2024-03-11"),
    (["Tue 12 Mar 2024", "YJ officer", "Meeting", "Strategy discussion (contextual safeguarding) with social care "
      "and police."], "E5", "2024-03-12"),
])])

R.xlsx("Police.xlsx", [("Crimes", [], [["Date reported", "Offence", "Summary"]], [
    ([D(2024, 1, 15), "Possession of a bladed article on school premises", "School reported a 15 year old pupil in "
      "possession of a knife. Attended, arrested, interviewed, released under investigation. PPN to CSC, referral "
      "to YJS."], "E1", "2024-01-15"),
    ([D(2024, 3, 9), "Section 18 wounding", "Victim, 15, stabbed in the leg in Victoria Park at 21:40. Suspects "
      "unknown."], "E4", "2024-03-09"),
    ([D(2024, 3, 12), "Meeting", "Attended the strategy meeting re Zac."], "E5", "2024-03-12"),
])])

R.ods("Hospital.ods", "ED and wards", ["Date", "Ward", "Entry"], [
    (["09/03/2024", "ED", "Stab wound to left thigh. Major haemorrhage protocol, to theatre for vascular repair."],
     "E4", "2024-03-09"),
    (["12/03/2024", "Ward 4", "Hospital youth worker met Zac on the ward; agreed to keep in touch after "
      "discharge."], "S1", "2024-03-12"),
])

R.docx_paragraphs("Pupil Referral Unit.docx", "Riverside PRU - record for Zac M", [
    ("05 February 2024: Induction meeting with Zac and his mum; timetable agreed.", "E3", "2024-02-05"),
    ("11 March 2024: Mum rang - Zac was stabbed at the weekend and is in hospital.", "E4", "2024-03-11"),
])

R.csv("Inclusion Team.csv", [], ["Date", "Record"], [
    (["23/01/2024", "Notification of permanent exclusion received from Oakwood Academy – knife in school."], "E2",
     "2024-01-23"),
    (["05/02/2024", "PRU place started – induction attended with mum."], "E3", "2024-02-05"),
], encoding="cp1252")

R.xlsx("Children's Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Details"]], [
    ([D(2024, 1, 15), "MASH", "PPN from police: Zac found with a knife at school today. NFA for CSC, info to "
      "school."], "E1", "2024-01-15"),
    ([D(2024, 3, 12), "SW Okafor", "Strategy meeting (extra-familial harm) after Zac was stabbed: police and YJS "
      "present."], "E5", "2024-03-12"),
])])
R.done()
