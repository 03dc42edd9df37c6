"""A held-out review (see ../README.md): python r465.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: baby Noah (10 weeks), parents using heroin, a methadone overdose. Vocabulary:
# "OST", "supervised consumption", "naloxone", "opiate toxicity", "BLS". Layouts: the health visitors' sheet with
# a key of abbreviations in a box to its right ('Key' over 'HV | Health visitor' …); the drug service's CSV of
# semicolons and dates without leading zeros ('3-1-2024') and times '9:05'; the pharmacy's supervised
# consumption log ('Dose (ml)', 'Supervised (Y/N)'); the hospital's sheet over the name of its ward ('PICU');
# social care's.


def key_box(wb):
    ws = wb["HV record"]
    for row, (short, long) in enumerate([("Key", None), ("HV", "Health visitor"), ("NBV", "New birth visit"),
                                         ("FN", "Family Nurse"), ("DNA", "Did not attend")], start=1):
        ws.cell(row, 7, short)
        ws.cell(row, 8, long)


R.xlsx("Health Visiting.xlsx", [("HV record", [], [["Date", "HV", "Type", "Entry"]], [
    ([D(2023, 12, 4), "HV Morris", "NBV", "New birth visit. Both parents on OST; methadone kept in a cupboard in "
      "the kitchen, not locked. Lockbox advised."], "A1", "2023-12-04"),
    ([D(2024, 1, 3), "HV Morris", "Phone", "Drug service rang: Mum has missed her pick-ups. Home visit booked."],
     "E1", "2024-01-03"),
    ([D(2024, 1, 8), "HV Morris", "DNA", "No access visit. Card left."], "A2", "2024-01-08"),
    ([D(2024, 2, 12), "HV Morris", "Information", "Informed by children's social care that Noah was admitted to "
      "PICU on Saturday after swallowing methadone."], "E3", "2024-02-12"),
])], key_box)

R.csv("Drug and Alcohol Service.csv", [], ["Date", "Time", "Worker", "Session", "Notes"], [
    (["3-1-2024", "9:05", "RW Khan", "Phone", "Mum has missed 3 days' pick-ups. Rang her and the HV. Script "
      "held until review."], "E1", "2024-01-03"),
    (["5-1-2024", "14:00", "RW Khan", "Key work", "Script review with Mum: back to daily supervised consumption. "
      "Naloxone kit given."], "A3", "2024-01-05"),
    (["10-2-2024", "16:30", "RW Khan", "Information", "Police: Noah in hospital after an overdose of Dad's "
      "methadone at home this morning."], "E3", "2024-02-10"),
], delimiter=";")

R.xlsx("Kings Pharmacy.xlsx", [("Supervised", [], [["Date", "Client", "Dose (ml)", "Supervised (Y/N)",
                                                     "Comments"]], [
    ([D(2024, 1, 6), "Mum", 60, "Y", "Back on supervised consumption."], "A4", "2024-01-06"),
    ([D(2024, 2, 9), "Dad", 80, "N", "Takeaway dose (weekend)."], "A5", "2024-02-09"),
])])

R.xlsx("Northfield Childrens Hospital.xlsx", [("PICU", [["Northfield Children's Hospital - Paediatric Intensive "
                                                          "Care Unit"]],
                                                 [["Date", "Time", "Entry"]], [
    ([D(2024, 2, 10), "11:40", "Admitted from ED: 10 week old, reduced consciousness and pinpoint pupils, "
      "responded to naloxone. Opiate toxicity, methadone suspected. Police and CSC informed."], "E3", "2024-02-10"),
    ([D(2024, 2, 14), "10:00", "Step down to the ward. Discharge planning meeting with CSC."], "A6", "2024-02-14"),
])])

R.xlsx("Police.xlsx", [("Occurrences", [], [["Date", "Time", "Type", "Narrative"]], [
    ([D(2024, 2, 10), "09:55", "Child concern", "Ambulance requested police: baby not breathing properly at home, "
      "parents on methadone. BLS by paramedics, baby to hospital. Both parents arrested for child neglect."],
     "E3", "2024-02-10"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Notes"]], [
    ([D(2023, 12, 20), "Contact", "HV concern: methadone not stored safely, baby in the home."], "A7",
     "2023-12-20"),
    ([D(2024, 2, 10), "EDT", "PICU: Noah (10 weeks) admitted with suspected methadone ingestion; parents "
      "arrested."], "E3", "2024-02-10"),
    ([D(2024, 2, 12), "Strategy discussion", "With police and health. S47. Noah to be discharged to his "
      "grandmother."], "A8", "2024-02-12"),
])])
R.done()
