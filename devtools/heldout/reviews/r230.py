"""A held-out review (see ../README.md): python r230.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
# A safeguarding adults review: self-neglect and hoarding (Mr K, 62, alcohol dependent), a kitchen
# fire, and his death. Vocabulary: "HFSV" (home fire safety visit), "clutter rating", "MARM"
# (multi-agency risk management meeting), "long lie", "ROLE" (recognition of life extinct), "POC"
# (package of care), "CFW" (concern for welfare). Layouts: adult social care's narrative Word
# paragraphs dated "15.05.2023 –"; housing's repairs log with two date columns; the police's
# "Date/Time" in one cell under a title; the ambulance service's cp1252 CSV with "04-Jul-23" and
# times "2231"; the hospital's two sheets; the fire service's ISO dates; the GP's coded entries.
R.csv("Fire and Rescue.csv", [], ["Incident date", "Time", "Incident no.", "Type", "Narrative"], [
    (["2023-05-12", "10:30:00", "", "HFSV", "Home fire safety visit at flat 4. Hoarding throughout, clutter "
      "rating 7. Smokers materials near bed. 2 smoke alarms fitted. Referral made to adult social care (self-neglect)."],
     "E1", "2023-05-12"),
    (["2023-08-01", "", "", "Meeting", "Watch manager attended MARM for Mr K: fire risk high, second HFSV offered."],
     "E7", "2023-08-01"),
    (["2023-08-19", "03:10:00", "F23-4471", "Fire - dwelling", "Kitchen fire at flat 4, pan left on hob. Occupant "
      "(62M) self-evacuated, treated for smoke inhalation by ambulance crew. Fire confined to kitchen."],
     "E8", "2023-08-19"),
])

d = docx.Document()
d.add_paragraph("Adult Social Care – chronology of involvement with Mr K")
asc = [
    ("15.05.2023 – Referral received from Fire and Rescue following their home fire safety visit on 12/05: "
     "hoarding, self-neglect concerns. Passed to locality team.", "E1", "2023-05-15"),
    ("02.06.2023 – Joint home visit with housing officer. Mr K declined support; he has capacity regarding this "
     "decision. Leaflets left.", "E2", "2023-06-02"),
    ("10.07.2023 – Attended discharge planning meeting on ward 12 with OT and ward staff. Package of care agreed, "
     "two calls a day.", "E4", "2023-07-10"),
    ("14.07.2023 – Mr K discharged home today; care agency to start tomorrow.", "E5", "2023-07-14"),
    ("21.07.2023 – Call from care agency: Mr K refusing calls, says he does not need them. Self-neglect "
     "concern raised under s42.", None, "2023-07-21"),
    ("01.08.2023 – Chaired MARM. Present: housing, fire service. GP report received. Actions: weekly welfare "
     "visits, alcohol service referral.", "E7", "2023-08-01"),
    ("25.08.2023 – Informed by police that Mr K was found deceased at home this morning.", "E9", "2023-08-25"),
]
for text, event, iso in asc:
    d.add_paragraph(text)
d.save(R.folder / "Adult Social Care.docx")
for i, (text, event, iso) in enumerate(asc):
    R._note("Adult Social Care.docx", None, i + 2, event, iso, text)

R.xlsx("Housing repairs and tenancy log.xlsx", [("Log", [], [["Date reported", "Job no.", "Date completed",
                                                              "Notes"]], [
    (["02/06/2023", None, None, "Tenancy visit with adult social care worker. Flat heavily cluttered; tenancy "
      "breach (condition of property) discussed. Mr K not willing to accept help."], "E2", "2023-06-02"),
    (["05/07/2023", "R88120", "05/07/2023", "Notified by police that they forced entry last night and Mr K went "
      "to hospital. Emergency job raised to board up the front door."], "E3", "2023-07-05"),
    (["01/08/2023", None, None, "Tenancy officer attended MARM. Agreed to pause tenancy enforcement."], "E7",
     "2023-08-01"),
    (["21/08/2023", "R90413", "30/08/2023", "Fire service told us of a kitchen fire at flat 4 on Saturday. Kitchen "
      "inspection booked; hob replaced."], "E8", "2023-08-21"),
])])

R.xlsx("Police.xlsx", [("Chronology", [["Police chronology – SAR Mr K"], []], [["Date/Time", "Log ref",
                                                                                    "Summary"]], [
    ([dt.datetime(2023, 7, 4, 22, 15), "Log 1877", "CFW: neighbour reports smell from flat 4, occupant not seen "
      "for days. Officers forced entry, male found on floor, conscious. Ambulance called."], "E3", "2023-07-04"),
    ([dt.datetime(2023, 8, 25, 8, 40), "Log 0412", "Sudden death. Care worker unable to get answer, officers "
      "attended, male found deceased in living room. Not suspicious. Coroner informed."], "E9", "2023-08-25"),
])])

R.csv("Ambulance service.csv", [], ["Incident date", "Time of call", "Category", "Clinical summary"], [
    (["04-Jul-23", "2231", "Cat 2", "62M found on floor by police after forced entry, long lie (approx 2 days), "
      "confused. Conveyed to ED."], "E3", "2023-07-04"),
    (["19-Aug-23", "0325", "Cat 3", "Smoke inhalation after kitchen fire. Obs stable. Declined conveyance; "
      "capacity assessed, advice given."], "E8", "2023-08-19"),
    (["25-Aug-23", "0852", "Cat 1", "Called by police. ROLE: patient had been deceased for some hours."], "E9",
     "2023-08-25"),
], encoding="cp1252")

R.xlsx("Hospital trust.xlsx", [
    ("ED", [], [["Arrival", "Presenting complaint", "Outcome"]], [
        (["04/07/2023 23:40", "Brought in by ambulance after long lie, ? 2 days. CK raised: rhabdomyolysis.",
          "Admitted to ward 12"], "E3", "2023-07-04"),
    ]),
    ("Ward 12", [], [["Date", "Entry"]], [
        (["10/07/2023", "Discharge planning meeting: adult social care SW, OT and nurse in charge. POC 2x daily "
          "agreed."], "E4", "2023-07-10"),
        (["14/07/2023", "Discharged home with package of care. Discharge summary to GP."], "E5", "2023-07-14"),
    ]),
])

R.csv("GP surgery.csv", [], ["Date", "Code", "Free text"], [
    (["20/06/2023", "DNA", "Did not attend alcohol review clinic."], None, "2023-06-20"),
    (["17/07/2023", "Discharge summary", "Discharge summary received: admitted 04/07 to 14/07, rhabdomyolysis, "
      "alcohol dependence."], "E5", "2023-07-17"),
    (["28/07/2023", "Letter", "Report for the MARM meeting sent to adult social care: alcohol history, missed "
      "appointments."], None, "2023-07-28"),
    (["29/08/2023", "Admin", "Notified of Mr K's death by the coroner's officer."], "E9", "2023-08-29"),
])
R.done()
