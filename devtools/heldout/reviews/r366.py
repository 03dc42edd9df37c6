"""A held-out review (see ../README.md): python r366.py OUT_FOLDER writes its returns and truth.json."""

import csv
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Tyler (18), a care leaver with ADHD in supported lodgings, his benefits
# sanctioned, a crisis on a railway bridge, a s136, a missed follow-up, a second attempt. Vocabulary:
# "PA" (personal adviser), "pathway plan", "UC" (Universal Credit), "CRHT" (crisis resolution and home
# treatment), "liaison psychiatry", "s136", "place of safety", "BTP", "ligature", "72-hour follow-up".
# Layouts: the leaving care team's workbook with a group header over two header rows ('Contact' over
# 'Date' and 'Type'); the mental health trust's CSV export with semicolons and ISO date-times ending in Z;
# British Transport Police's log as a Word table; the supported lodgings provider's notes as a CSV in
# cp1252 with '£'; the Jobcentre's letter log.


def leaving_care_headers(wb):
    ws = wb["Tyler"]
    ws.merge_cells("A2:B2")


R.xlsx("Leaving Care.xlsx", [("Tyler", [["Leaving care team - Tyler Moss (DOB 02/2006)"]],
                              [["Contact", None, "Personal adviser", "Record"], ["Date", "Type", None, None]], [
    ([D(2024, 3, 4), "Pathway plan review", "PA Simmons", "Pathway plan reviewed with Tyler and his host. UC "
      "sanctioned for a missed appointment; £40 hardship payment. Says he is 'not coping'."], "A1", "2024-03-04"),
    ([D(2024, 3, 19), "Phone", "PA Simmons", "BTP rang: Tyler detained under s136 last night on the railway bridge "
      "at Station Road. Now at the place of safety."], "E2", "2024-03-19"),
    ([D(2024, 3, 22), "Visit", "PA Simmons", "Saw Tyler at his lodgings after the s136. Crisis team visiting; he "
      "has a follow-up booked for Tuesday."], "A2", "2024-03-22"),
    ([D(2024, 4, 9), "Phone", "PA Simmons", "Host called: Tyler taken to A&E by ambulance after a ligature "
      "found in his room. Went to the hospital."], "E5", "2024-04-09"),
])], finish=leaving_care_headers)

with open(R.folder / "Mental Health Trust.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, delimiter=";")
    w.writerow(["ContactDateTime", "Team", "Clinician", "Note"])
    mh = [
        ("2024-03-18T23:40:00Z", "Liaison psychiatry", "MHP Obi", "s136 assessment at the place of safety: 18M "
         "stopped by BTP on a railway bridge, intent to jump. Not detained under MHA; discharged to CRHT.", "E2",
         "2024-03-18"),
        ("2024-03-20T10:00:00Z", "CRHT", "CPN Hart", "Home visit: low mood, money worries, sleeping poorly. Safety "
         "plan. 72-hour follow-up met.", "E3", "2024-03-20"),
        ("2024-03-26T14:00:00Z", "CRHT", "CPN Hart", "Did not attend planned review; phone not answered. Discharged "
         "to GP with letter.", "E4", "2024-03-26"),
        ("2024-04-09T22:15:00Z", "Liaison psychiatry", "MHP Obi", "Seen in ED after ligature attempt at his lodgings; "
         "admitted informally to Ash Ward.", "E5", "2024-04-09"),
    ]
    for r, (when, team, who, note, event, iso) in enumerate(mh, start=2):
        w.writerow([when, team, who, note])
        R._note("Mental Health Trust.csv", None, r, event, iso, note)

R.docx_table("British Transport Police.docx", "BTP - incident log extract", ["Date / time", "Log no.", "Summary"], [
    (["18/03/2024 22:05", "BTP-0318-771", "Male (18) standing on the wrong side of the parapet, Station Road rail "
      "bridge. Talked down by officers; detained s136 MHA, taken to the place of safety."], "E2", "2024-03-18"),
])

R.csv("Hillview Lodgings.csv", [], ["Date", "Host", "Note"], [
    (["20/03/2024", "Host (Mrs Kaur)", "Crisis team came to see Tyler this morning. He owes £60 rent, I said it can "
      "wait."], "E3", "2024-03-20"),
    (["09/04/2024", "Host (Mrs Kaur)", "Found Tyler in his room with a cord round his neck at 8pm. Cut it, rang "
      "999. Ambulance took him. Told his PA."], "E5", "2024-04-09"),
], encoding="cp1252")

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Summary"]], [
    ([D(2024, 4, 9), "20:04", "18M post hanging attempt, cut down by landlady, GCS 15, neck abrasions. Conveyed to "
      "ED."], "E5", "2024-04-09"),
])])

R.xlsx("Jobcentre Plus.xlsx", [("Journal", [], [["Date", "Work coach", "Entry"]], [
    ([D(2024, 2, 26), "WC Reid", "Failed to attend work search review without good reason: sanction applied."], "A3",
     "2024-02-26"),
    ([D(2024, 3, 25), "WC Reid", "Claimant's PA explained recent mental health crisis; easement applied for 4 "
      "weeks."], "A4", "2024-03-25"),
])])
R.done()
