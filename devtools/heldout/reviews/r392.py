"""A held-out review (see ../README.md): python r392.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# An adult with autism sexually exploited as she leaves care: Jess (19) moves into supported
# accommodation, older men visit, she is assaulted and attends a sexual assault referral centre.
# Vocabulary: "PA" (personal adviser), "pathway plan", "SARC", "ISVA", "CSE to adult exploitation",
# "transitions", "S42". Layouts: the leaving care team's workbook with a 'Contact method' column; the
# supported accommodation provider's incident CSV with ISO date-times; the police's workbook; the SARC's
# Word table; adult social care's CSV; the GP's workbook.

R.xlsx("Leaving Care Team.xlsx", [("Contacts", [], [["Date", "PA", "Contact method", "Summary"]], [
    ([D(2024, 1, 8), "PA Nash", "Visit", "Moved Jess into Cedar Court supported flat. Pathway plan updated."],
     "A1", "2024-01-08"),
    ([D(2024, 2, 2), "PA Nash", "Phone", "Cedar Court staff report older men visiting Jess late at night; she "
      "says they are friends. Adult safeguarding concern raised."], "E1", "2024-02-02"),
    ([D(2024, 2, 19), "PA Nash", "Meeting", "S42 planning meeting with ASC and police: Jess's capacity about "
      "contact with the men to be assessed."], "E2", "2024-02-19"),
    ([D(2024, 3, 4), "PA Nash", "Phone", "Police told me Jess reported a rape at the weekend; she is at the "
      "SARC today."], "E3", "2024-03-04"),
])])

R.csv("Cedar Court Supported Living.csv", [], ["Incident datetime", "Type", "Staff", "Details"], [
    (["2024-02-01T23:30:00", "Visitors", "Night staff", "Two men aged about 40 signed in to see Jess; left 03:00. "
      "Reported to her PA in the morning."], "E1", "2024-02-01"),  # (the PA's and ASC's records are news of it)
    (["2024-03-02T01:15:00", "Safeguarding", "Night staff", "Jess came back distressed, said she had been "
      "attacked at a flat in town. 999 called; police attended."], "E3", "2024-03-02"),
])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Officer", "Details"]], [
    ([D(2024, 2, 19), "DC Hale", "S42 strategy meeting attended (ASC, leaving care): intelligence on two males "
      "visiting a vulnerable female."], "E2", "2024-02-19"),
    ([D(2024, 3, 2), "PC Dunn", "Report of rape by a 19-year-old female at a flat on Mill St. Scene secured, "
      "victim to the SARC, suspect arrested."], "E3", "2024-03-02"),
])])

R.docx_table("SARC.docx", "Northshire SARC - chronology", ["Date", "Staff", "Entry"], [
    (["04/03/2024", "Forensic nurse", "Forensic medical examination under consent; ISVA referral made. Client "
      "autistic, support worker present."], "A4", "2024-03-04"),  # (its own contact, two days after)
])

R.csv("Adult Social Care.csv", [], ["Date", "Worker", "Note"], [
    (["05/02/2024", "Duty", "Safeguarding concern from the leaving care PA: older men visiting Jess at Cedar "
      "Court overnight."], "E1", "2024-02-05"),
    (["19/02/2024", "SW Patel", "S42 planning meeting (police, leaving care). Capacity assessment booked."],
     "E2", "2024-02-19"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 3, 12), "Dr Ray", "Emergency contraception and STI screen follow-up after the SARC. Low mood."],
     "A3", "2024-03-12"),
])])
R.done()
