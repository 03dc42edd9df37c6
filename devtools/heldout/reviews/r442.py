"""A held-out review (see ../README.md): python r442.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

import docx

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Dawn (38), killed by her partner Lee. Vocabulary: "DASH", "MARAC", "IDVA", "ROLE"
# (recognition of life extinct), "PPN". Layouts: the GP's record saved from Excel as "Unicode text" (UTF-16,
# tabs) under two lines of the patient's details; the police's 'Occ Date' and a time written '2340'; the
# ambulance service's CSV of '10-Feb-24' and seconds; the IDVA service's 'Method' column; the housing
# association's ASB log with 'Incident date' and 'Report received'; the MARAC's minutes as Word paragraphs.

R.csv("GP - Riverside Surgery.txt", [["Patient: Dawn M", "DOB 02/07/1985"], ["Extract printed 12/07/2024"]],
      ["Date", "Type", "Clinician", "Details"], [
    (["15/01/2024", "Medication review", "Dr Shah", "Sertraline 50mg reviewed, mood stable. Continue."], "A1",
     "2024-01-15"),
    (["20/02/2024", "Face to face", "Dr Shah", "Low mood, poor sleep. Disclosed partner checks her phone and "
      "controls money. No physical harm disclosed. Consented to referral to IDVA service."], "E2", "2024-02-20"),
    (["25/04/2024", "Letter", "Dr Shah", "ED discharge letter: attended 22/04 with fractured right wrist, "
      "states fell down the stairs. Plaster cast, fracture clinic."], "E5", "2024-04-25"),
    (["31/05/2024", "Admin", "Practice manager", "Notification from police that patient has died. Record "
      "flagged deceased."], "E6", "2024-05-31"),
], encoding="utf-16", delimiter="\t")

R.xlsx("Police.xlsx", [("Occurrences", [], [["Occ No", "Occ Date", "Occ Time", "Class", "Summary"]], [
    (["OCC/0210/24", D(2024, 2, 10), "2340", "Domestic Incident - Crime", "Call from Dawn, partner Lee has hit her. "
      "Officers attended: cut lip, Lee arrested for common assault. DASH: high risk. PPN submitted, referral to "
      "IDVA."], "E1", "2024-02-10"),
    (["OCC/0303/24", D(2024, 3, 3), "0210", "Domestic Incident - Non Crime", "Neighbour called re shouting and "
      "banging. Lee left before arrival; Dawn said verbal argument only."], "E3", "2024-03-03"),
    (["OCC/0314/24", D(2024, 3, 14), "1000", "MARAC", "Case heard at MARAC. Marker placed on the address."],
     "E4", "2024-03-14"),
    (["OCC/0530/24", D(2024, 5, 30), "0512", "Death - Suspicious", "Lee called 999 to say Dawn was not breathing. "
      "Ambulance attended, life pronounced extinct. Lee arrested on suspicion of murder."], "E6", "2024-05-30"),
])])

R.csv("Ambulance Service.csv", [], ["Incident Date", "Call Received", "Chief Complaint", "Clinical Impression",
                                    "Outcome"], [
    (["10-Feb-24", "23:52:10", "Assault", "Female 38, laceration to lower lip after being punched by partner. "
      "Police on scene.", "Not conveyed - treated at scene"], "E1", "2024-02-10"),
    (["22-Apr-24", "01:10:44", "Fall", "Female 38 says fell down stairs at home, deformity right wrist. Partner "
      "present and answering for her.", "Conveyed to RVH ED"], "E5", "2024-04-22"),
    (["30-May-24", "05:14:02", "Cardiac arrest", "Female 38 in cardiac arrest at home address, obvious injuries to "
      "the neck. ROLE 05:31. Police on scene.", "Not conveyed - deceased"], "E6", "2024-05-30"),
])

R.xlsx("Safer Futures IDVA.xlsx", [("Contacts", [], [["Date of contact", "Method", "Worker", "Notes"]], [
    ([D(2024, 2, 12), "Admin", "IDVA Cole", "Referral received from police: high risk DASH following assault on "
      "10/02. Lee on bail, not to contact."], "E1", "2024-02-12"),
    ([D(2024, 2, 13), "Phone", "IDVA Cole", "Spoke with Dawn. Safety plan agreed; she wants to stay in the "
      "property. Referred to MARAC."], "A2", "2024-02-13"),
    ([D(2024, 2, 21), "Admin", "IDVA Cole", "Second referral, from GP: controlling behaviour disclosed at "
      "appointment yesterday. Linked to open case."], "E2", "2024-02-21"),
    ([D(2024, 3, 14), "Meeting", "IDVA Cole", "Attended MARAC. Actions: locks to be changed by housing, police "
      "marker, IDVA to keep weekly contact."], "E4", "2024-03-14"),
    ([D(2024, 4, 23), "Text", "IDVA Cole", "Text sent to Dawn, no reply."], "A3", "2024-04-23"),
    ([D(2024, 5, 30), "Admin", "IDVA Cole", "Informed by police that Dawn has died. Case closed."], "E6",
     "2024-05-30"),
])])

R.xlsx("Northgate Homes.xlsx", [("ASB log", [["Northgate Homes - ASB and tenancy log"]],
                                 [["Incident date", "Report received", "Category", "Officer", "Details"]], [
    ([D(2024, 3, 3), D(2024, 3, 4), "Noise", "HO Patel", "Neighbour at no. 14 reports shouting and banging from "
      "Dawn's flat at about 2am on Sunday; police came."], "E3", "2024-03-03"),
    ([D(2024, 3, 14), D(2024, 3, 14), "MARAC", "HO Patel", "MARAC: agreed to change the locks and fit a door "
      "viewer."], "E4", "2024-03-14"),
    ([D(2024, 3, 18), D(2024, 3, 18), "Repair", "Contractor", "Locks changed and door viewer fitted."], "A4",
     "2024-03-18"),
])])

# The MARAC's minutes: a title, then one paragraph a case heard (as the coordinator writes them).
minutes = docx.Document()
minutes.add_paragraph("Westmouth MARAC - minutes extract")
text = ("14/03/2024 - Case 7 (Dawn M). Referred by IDVA after high risk DASH. Present: police, IDVA, housing, "
        "GP surgery (information only). Actions: housing to change locks; police to flag address; IDVA weekly "
        "contact.")
minutes.add_paragraph(text)
R._note("MARAC Minutes.docx", None, 2, "E4", "2024-03-14", text)
minutes.save(str(R.folder / "MARAC Minutes.docx"))
R.done()
