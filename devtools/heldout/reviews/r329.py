"""A held-out review (see ../README.md): python r329.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Reece (19), a care leaver in a supported housing hostel, released from
# a young offender institution, using spice and heroin; a naloxone save, missed pharmacy pick-ups, a
# death from an overdose. Vocabulary: "PA" (personal adviser), "pathway plan", "naloxone", "spice",
# "supervised consumption", "licence", "OM" (offender manager). Layouts: the hostel's incident log
# with dates as "12th of March 2024" and times as "9.30pm"; the personal adviser's Word table with
# dates "12.03.2024"; the pharmacy's OpenDocument sheet; probation; the ambulance service.

R.xlsx("Hostel incident log.xlsx", [("Incidents", [], [["Date", "Time", "Staff", "Incident"]], [
    (["2nd of March 2024", "3.15pm", "Project worker", "Reece moved in today from HMYOI on licence. Induction done, "
      "naloxone kit given."], "E1", "2024-03-02"),
    (["12th of March 2024", "9.30pm", "Night worker", "Found Reece unresponsive in his room, blue lips. Naloxone "
      "given x2, 999. Came round before the ambulance left; refused to go to hospital."], "E3", "2024-03-12"),
    (["13th of March 2024", "10am", "Project worker", "Told his OM about last night's overdose."], "E3",
     "2024-03-13"),
    (["28th of March 2024", "7.40am", "Night worker", "Reece found dead in his room at the morning check. Police "
      "and ambulance called."], "E6", "2024-03-28"),
])])

R.docx_table("Leaving Care.docx", "Leaving care – personal adviser's record (Reece)", ["Date", "Contact", "Note"], [
    (["02.03.2024", "Visit", "Met Reece at the hostel on his release; pathway plan reviewed, bank card sorted."],
     "E1", "2024-03-02"),
    (["14.03.2024", "Phone", "Hostel told me of the overdose on 12/03. Reece says it was a one-off; agreed "
      "referral to the drug service."], "E3", "2024-03-14"),
    (["29.03.2024", "Phone", "Informed by the hostel manager that Reece died yesterday."], "E6", "2024-03-29"),
])

R.ods("Pharmacy.ods", "Dispensing notes", ["Date", "Pharmacist", "Note"], [
    (["05/03/2024", "Pharmacist", "Methadone 60ml daily, supervised consumption started (script from CGL)."], None,
     "2024-03-05"),
    (["20/03/2024", "Pharmacist", "Third missed dose in a row. CGL keyworker informed; script stopped per "
      "protocol."], "E5", "2024-03-20"),
])

R.xlsx("Probation.xlsx", [("nDelius", [], [["Contact date", "Contact type", "Notes"]], [
    ([D(2024, 3, 2), "Release", "Released on licence to the hostel; initial appointment kept."], "E1", "2024-03-02"),
    ([D(2024, 3, 13), "Phone", "Call from the hostel project worker: Reece overdosed on 12/03, revived with "
      "naloxone. Licence conditions discussed."], "E3", "2024-03-13"),
])])

R.csv("Ambulance.csv", [], ["Incident date", "Time", "Crew notes"], [
    (["12/03/2024", "21:36", "19M opiate OD, naloxone by hostel staff. GCS 15 on our arrival. Refused conveyance, "
      "capacity assessed."], "E3", "2024-03-12"),
    (["28/03/2024", "07:52", "19M, ROLE on arrival. Police informed."], "E6", "2024-03-28"),
])
R.done()
