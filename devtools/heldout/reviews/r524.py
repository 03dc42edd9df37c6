"""A held-out review (see ../README.md): python r524.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Ahmed, an unaccompanied asylum-seeking child who said he was 16, found in
# a lorry and later gone from his placement. Each agency tells the same event in its own words: 'found in the
# back of a lorry at the services', 'clandestine entrant', 'arrived in a lorry'; 'age assessment', 'Merton
# compliant assessment of his age'; 'initial health assessment', 'IHA'; 'went missing from placement', 'did
# not return to his foster carers', 'absent from the foster home'. Layouts: the police's sheet with a date-time
# in one cell; the UASC team's CSV in cp1252 with a '£' and curly quotes; the fostering agency's Word
# paragraphs 'Tuesday 9/4/24 - ...' (day and month without leading zeros); the health service's sheet with a
# 'Clinic' column.

R.xlsx("Police.xlsx", [("Log", [], [["Date/time", "Log"]], [
    ([D(2024, 3, 28, 4, 15), "Lorry driver at Heston services called: young male found in the back of the trailer. "
      "Clandestine entrant, says he is 16. Police protection, EDT informed."], "E1", "2024-03-28"),
    ([D(2024, 4, 9, 23, 30), "Foster carer reports UASC (16) did not return to the foster home after college. "
      "Medium risk missing; trafficking concerns."], "E4", "2024-04-09"),
])])

R.csv("UASC Team.csv", [], ["Date", "Worker", "Note"], [
    (["28/03/2024", "EDT", "Police protection: unaccompanied child who arrived in a lorry overnight. Placed with "
      "emergency foster carers; £20 allowance."], "E1", "2024-03-28"),
    (["02/04/2024", "SW Khan", "Age assessment (Merton compliant), first session with an interpreter: Ahmed’s "
      "account of his age is consistent."], "E2", "2024-04-02"),
    (["10/04/2024", "SW Khan", "Foster carer rang: Ahmed went missing from placement last night; police "
      "aware."], "E4", "2024-04-10"),
], encoding="cp1252")

R.docx_paragraphs("Fostering Agency.docx", "Independent fostering agency - placement log (Ahmed)", [
    ("Thursday 28/3/24 - Emergency placement at 07:00; Ahmed exhausted and hungry, slept most of the day.", "E1",
     "2024-03-28"),
    ("Tuesday 9/4/24 - Ahmed absent from the foster home: did not come home from college. Reported to police "
     "22:45.", "E4", "2024-04-09"),
])

R.xlsx("Community Health.xlsx", [("Appointments", [], [["Date", "Clinic", "Note"]], [
    ([D(2024, 4, 4), "Looked after children", "Initial health assessment with an interpreter: scabies, weight "
      "low, sleeps badly. TB screen requested."], "E3", "2024-04-04"),
])])

R.xlsx("Children in Care Team.xlsx", [("Chronology", [], [["Date", "Summary"]], [
    ([D(2024, 4, 4), "IHA completed by the LAC nurse (interpreter used)."], "E3", "2024-04-04"),
])])
R.done()
