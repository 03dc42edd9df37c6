"""A held-out review (see ../README.md): python r246.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import docx
from lib import Review

R = Review(sys.argv[1])
# A 15-year-old (Chloe) detained under section 136, assessed under the Mental Health Act in the
# emergency department, sent home with the crisis team. Vocabulary: "S136", "place of safety",
# "AMHP", "s12 doctor", "HTT" (home treatment team), "ligature", "tier 4". Layouts: the police's
# "Occurrence date/time"; the ED's CSV with headers run together ("ArrivalDate", "ArrivalTime",
# "TriageNotes"); CAMHS's "Date of Contact" under two title rows with a Risk column; the AMHP
# service's Word paragraphs "08/10/2023 02:00 –"; the school's CPOMS export, its date column fourth.
R.xlsx("Police.xlsx", [("Occurrences", [], [["Occurrence date/time", "Occurrence type", "Synopsis"]], [
    (["07/10/2023 23:10", "S136", "Chloe (15) found on the railway bridge by officers, ligature in her bag. Detained "
      "under S136 and taken to the ED as a place of safety."], "E1", "2023-10-07"),
    (["08/10/2023 09:00", "Notification", "Child at risk notification sent to children's services re S136 "
      "detention."], "E6", "2023-10-08"),
])])

R.csv("Emergency Department.csv", [], ["ArrivalDate", "ArrivalTime", "AttendanceReason", "TriageNotes"], [
    (["07/10/2023", "23:40", "Mental health", "Arrived with police under S136. Ligature marks to neck, obs stable. "
      "Medically fit for MHA assessment."], "E1", "2023-10-07"),
])

R.xlsx("CAMHS.xlsx", [("Contacts", [["Child and Adolescent Mental Health Services"], ["Chloe – chronology"]],
                       [["Date of Contact", "Contact Type", "Clinician", "Risk", "Summary of Contact"]], [
    (["08/10/2023", "Crisis", "Crisis practitioner", "High", "Joint MHA assessment in ED with the AMHP and s12 doctor: "
      "not detainable. Home with mum, crisis plan, HTT to visit."], "E2", "2023-10-08"),
    (["10/10/2023", "HTT", "HTT nurse", "High", "Home treatment team visit: Chloe tearful, safety plan reviewed, "
      "sharps locked away."], None, "2023-10-10"),
    (["16/10/2023", "Meeting", "Dr Bell", "Medium", "Professionals meeting: school DSL, social worker, CAMHS. "
      "Plan: weekly CAMHS, school safety plan."], "E5", "2023-10-16"),
])])

d = docx.Document()
d.add_paragraph("AMHP Service – chronology")
amhp = [("08/10/2023 02:00 – MHA assessment in the emergency department with the crisis practitioner and the s12 "
         "doctor. Not detained; discharged home with HTT follow up.", "E2", "2023-10-08")]
for text, event, iso in amhp:
    d.add_paragraph(text)
d.add_paragraph("13/10/2023 – Letter to GP with the outcome of the assessment.")
d.save(R.folder / "AMHP Service.docx")
R._note("AMHP Service.docx", None, 2, "E2", "2023-10-08", amhp[0][0])
R._note("AMHP Service.docx", None, 3, None, "2023-10-13", "Letter to GP with the outcome")

R.xlsx("Parkside School CPOMS.xlsx", [("Export", [], [["Student", "Incident", "Categories", "Date/Time",
                                                         "Action taken"]], [
    (["Chloe B", "Mum rang: police took Chloe to hospital on Saturday night. Chloe off today.", "Mental health",
      "09/10/2023 08:50", "DSL informed."], "E1", "2023-10-09"),
    (["Chloe B", "DSL attended professionals meeting at CAMHS.", "Safeguarding", "16/10/2023 14:00",
      "Safety plan in school."], "E5", "2023-10-16"),
])])

R.csv("Childrens Services.csv", [], ["Date", "Worker", "Record"], [
    (["09/10/2023", "MASH", "Police notification: Chloe detained under s136 on Saturday, sent home after MHA "
      "assessment."], "E6", "2023-10-09"),
    (["16/10/2023", "SW Obi", "Attended professionals meeting at CAMHS."], "E5", "2023-10-16"),
])
R.done()
