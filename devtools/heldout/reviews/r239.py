"""A held-out review (see ../README.md): python r239.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Domestic homicide review: Sarah (34), killed by her partner Mark. Vocabulary: "DASH", "MARAC",
# "IDVA", "sanctuary scheme", "target hardening", "PLE", "licence conditions", "DVPN". Layouts: the
# police's Niche print under a report header, "Reported" as "14/03/2023 21:14" text; the IDVA
# service's "Tue 21 Mar 2023"; the GP's cp1252 CSV "21-Mar-2023" with "£" and "–"; probation's
# date cells with an Outcome column; housing's Word table "3rd April 2023"; the ambulance service's
# ISO dates with the time of call apart.
R.xlsx("Police - Niche.xlsx", [("Occurrences", [["Niche RMS – Occurrence enquiry log"],
                                                ["Printed by: DS 4471 on 12/06/2023"], []],
                               [["Occ No", "Reported", "Class", "Summary"]], [
    (["23/1104", "14/03/2023 21:14", "Domestic – violence", "Sarah reports partner Mark punched her in the face at "
      "home. Injuries to left eye. DASH completed: HIGH risk. Mark arrested."], "E1", "2023-03-14"),
    (["", "15/03/2023 09:30", "Domestic – admin", "MARAC referral submitted; referral to IDVA service made. Mark "
      "charged, bailed with conditions not to contact Sarah."], "E2", "2023-03-15"),
    (["", "30/03/2023 10:00", "MARAC", "MARAC held: Sarah's case heard. Address flagged for urgent response."], "E4",
     "2023-03-30"),
    (["23/1587", "12/04/2023 16:45", "Intelligence", "Probation report Mark is living at Sarah's address in breach of "
      "his bail conditions. Officers to attend."], "E6", "2023-04-12"),
    (["23/1801", "28/04/2023 02:08", "Murder", "Sarah found deceased at home with stab wounds. Mark arrested at the "
      "scene."], "E7", "2023-04-28"),
])])

R.xlsx("IDVA service.xlsx", [("Case notes", [["Independent Domestic Violence Advisor service – Sarah"]],
                              [["Date", "Risk level", "Contact", "Notes"]], [
    (["Wed 15 Mar 2023", "High", "Referral", "Referral received from police following DA incident on 14/03; "
      "DASH 17 ticks."], "E2", "2023-03-15"),
    (["Tue 21 Mar 2023", "High", "Phone", "Spoke with Sarah: declined refuge, wants to stay in her flat. Safety "
      "plan agreed."], None, "2023-03-21"),
    (["Thu 30 Mar 2023", "High", "MARAC", "MARAC: IDVA represented Sarah's views. Actions: sanctuary scheme, police "
      "flag."], "E4", "2023-03-30"),
    (["Fri 28 Apr 2023", "High", "Info", "Police informed IDVA that Sarah was killed overnight. Case closed."], "E7",
     "2023-04-28"),
])])

R.csv("GP practice.csv", [], ["Date", "Consultation type", "Summary"], [
    (["06-Feb-2023", "Face to face", "Anxiety – poor sleep, worries about money (owes £400 rent). Sertraline 50mg "
      "started."], None, "2023-02-06"),
    (["21-Mar-2023", "Face to face", "Bruising to left cheek and eye, says she walked into a door. Low mood. Asked "
      "about home – says all fine."], None, "2023-03-21"),
    (["02-May-2023", "Admin", "Notified by police of patient's death on 28/04/2023. Records sealed."], "E7",
     "2023-05-02"),
], encoding="cp1252")

R.xlsx("Probation.xlsx", [("Mark", [], [["Contact Date", "Contact Type", "Outcome", "Notes"]], [
    ([D(2023, 3, 2), "Induction", "Attended", "Induction on licence: conditions explained (no contact with previous "
     "partners without disclosure)."], None, "2023-03-02"),
    ([D(2023, 3, 28), "Admin", "", "Information on Mark shared with MARAC ahead of the meeting on 30/03."], None,
     "2023-03-28"),
    ([D(2023, 4, 12), "Supervision", "Attended", "Mark says he is back with Sarah and staying at her flat. Police "
     "informed the same day."], "E6", "2023-04-12"),
    ([D(2023, 4, 26), "Supervision", "Failed to attend", "No contact. Warning letter sent."], None, "2023-04-26"),
])])

d = docx.Document()
d.add_paragraph("Northgate Housing – chronology for the DHR (Sarah)")
t = d.add_table(rows=1, cols=2)
t.rows[0].cells[0].text = "Date"
t.rows[0].cells[1].text = "Action"
housing = [
    ("10th January 2023", "Letter re rent arrears of £412.", None, "2023-01-10"),
    ("30th March 2023", "Attended MARAC; agreed to fit a sanctuary scheme at Sarah's flat.", "E4", "2023-03-30"),
    ("3rd April 2023", "Sanctuary scheme works completed: locks changed, door chain and spy hole.", None,
     "2023-04-03"),
]
for date, text, event, iso in housing:
    cells = t.add_row().cells
    cells[0].text = date
    cells[1].text = text
d.save(R.folder / "Northgate Housing.docx")
for i, (date, text, event, iso) in enumerate(housing):
    R._note("Northgate Housing.docx", None, i + 3, event, iso, text)

R.csv("Ambulance service.csv", [], ["Incident date", "Time of call", "Clinical summary"], [
    (["2023-03-14", "21:20", "34F assaulted by partner, swelling left eye, police on scene. Declined conveyance."],
     "E1", "2023-03-14"),
    (["2023-04-28", "02:10", "Female in cardiac arrest, multiple stab wounds. PLE 02:41. Police on scene."], "E7",
     "2023-04-28"),
])
R.done()
