"""A held-out review (see ../README.md): python r364.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Private fostering and domestic servitude: Blessing (13), brought from Nigeria to live with a 'family
# friend', Mrs Okafor, who keeps her home to clean and look after her children; a school's late
# admission, a private fostering notification made months late, a GP's new patient check, a burn, a
# police visit. Vocabulary: "PF" (private fostering), "reg 4 visit", "in-year admission", "CME"
# (child missing education), "modern slavery", "NRM", "DSL", "NPC" (new patient check). Layouts:
# social care's return on two sheets (the private fostering team's and the MASH's) with different
# headers; the school's return with its date written '07.11.23'; the GP's CSV with a 'Consultation
# type' code and the date as '2023-11-14'; the police's Word table; the school nurse's .xlsx whose
# header row has a blank column between Date and Entry.

R.xlsx("Childrens Social Care.xlsx", [
    ("MASH", [], [["Date received", "Referrer", "Summary", "Decision"]], [
        ([D(2023, 11, 8), "Elm Park Academy DSL", "Blessing (13) living with a family friend since August; not "
          "her parent; came from Lagos; looks tired, says she cleans at night.", "Private fostering assessment"],
         "E2", "2023-11-08"),
        ([D(2024, 2, 13), "Police", "Blessing seen by police at school: burn on her forearm, says she does all the "
          "housework and is not allowed out.", "Strategy discussion"], "E5", "2024-02-13"),
        ([D(2024, 2, 13), "MASH manager", "Strategy discussion with police: s47; police protection; joint visit to "
          "the address this evening.", "s47 / NRM"], "E6", "2024-02-13"),
    ]),
    ("Private fostering", [], [["Date", "Social worker", "Visit / action"]], [
        ([D(2023, 11, 15), "SW Daniels", "Reg 4 visit to Mrs Okafor's home: Blessing shares a room with two small "
          "children; no school uniform; birth certificate not seen."], "A1", "2023-11-15"),
        ([D(2024, 1, 9), "SW Daniels", "Private fostering visit: Blessing quieter, says she is fine; Mrs Okafor "
          "did not let me see her alone."], "A2", "2024-01-09"),
        ([D(2024, 2, 14), "SW Daniels", "Blessing placed in foster care under police protection powers; NRM "
          "referral submitted."], "E7", "2024-02-14"),
    ]),
])

R.xlsx("Elm Park Academy.xlsx", [("Safeguarding log", [["Elm Park Academy - DSL log: Blessing A."]],
                                   [["Date", "Staff", "Concern", "Action"]], [
    (["07.11.23", "Form tutor", "In-year admission 6 weeks ago; Blessing falls asleep in lessons, says she gets up "
      "at 5 to clean and do the little ones' breakfast. Lives with an 'aunty' (not related).",
      "DSL to refer to MASH (private fostering?)"], "E1", "2023-11-07"),
    (["08.11.23", "DSL", "Referral to MASH: possible private fostering arrangement, possible domestic servitude.",
      "Awaiting outcome"], "E2", "2023-11-08"),
    (["13.02.24", "DSL", "Blessing arrived with a dressing on her arm: says she burnt it on the iron. Told the "
      "school nurse it was hot oil and 'aunty' was angry.", "Called police and CSC"], "E5", "2024-02-13"),
])])

R.csv("Hollybush Medical Centre.csv", [], ["Date", "Consultation type", "Clinician", "Notes"], [
    (["2023-11-14", "NPC", "HCA Bello", "New patient check: 13F, from Nigeria, no imms record. Accompanied by "
      "'aunt' who answered for her."], "A3", "2023-11-14"),
    (["2024-02-16", "ADMIN", "Dr Fox", "Letter from CSC: patient now in foster care (child protection). Records "
      "flagged."], "E7", "2024-02-16"),
])

R.docx_table("Police.docx", "Police - Blessing A. (modern slavery)", ["Date", "Officer", "Entry"], [
    (["13/02/2024", "PC Osei", "Call from Elm Park Academy: 13-year-old with a burn, disclosed being made to do "
      "housework and hit by the woman she lives with. Attended school, then the address with SW."], "E5",
     "2024-02-13"),
    (["13/02/2024", "DS Carr", "Strategy discussion with CSC: s47, police protection used, joint visit; possible "
      "domestic servitude."], "E6", "2024-02-13"),
    (["14/02/2024", "DS Carr", "Child placed in foster care by CSC. Mrs Okafor interviewed under caution (modern "
      "slavery offences)."], "E7", "2024-02-14"),
])

R.xlsx("School Nursing.xlsx", [("Contacts", [], [["Date", None, "Entry", "Nurse"]], [
    ([D(2024, 2, 13), None, "Saw Blessing in school with DSL: partial thickness burn L forearm ~4cm, she says hot "
      "oil thrown by aunty. Dressed. DSL calling police.", "SN Ward"], "E5", "2024-02-13"),
])])
R.done()
