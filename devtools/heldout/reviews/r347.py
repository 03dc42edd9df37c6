"""A held-out review (see ../README.md): python r347.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Zara (14), withdrawn from school to elective home education while going missing with older men.
# Vocabulary: "EHE", "deregistration", "EWO", "MACE", "CCE/CSE", "return interview", "BTP". Layouts: a
# school's weekly attendance with "w/c" rows among dated ones; the EHE team's CSV with ISO dates; the
# police's missing person reports with "Reported missing" and "Returned" date-times; social care's Word
# table; an education welfare officer's OpenDocument sheet; CAMHS appointments.

R.xlsx("Highfield Academy.xlsx", [("Attendance and welfare", [], [["Date", "Attendance %", "Note"]], [
    (["w/c 13/11/2023", "58%", "Attendance letter 2 sent to mum."], None, "2023-11-13"),
    ([D(2023, 11, 20), "61%", "Home visit with the EWO: Zara in bed, mum says she is anxious about school."],
     "E1", "2023-11-20"),
    (["w/c 27/11/2023", "40%", "Absent Mon-Wed, no reason given."], None, "2023-11-27"),
    ([D(2024, 1, 8), "", "Letter from mum: Zara to be home educated. Removed from roll; LA EHE team notified "
      "the same day."], "E4", "2024-01-08"),
])])

R.csv("EHE team.csv", [], ["contact_date", "contact_type", "notes"], [
    (["2024-01-08", "Deregistration", "Deregistration notice received from Highfield Academy: Zara (Y9), EHE by "
      "parental choice."], "E4", "2024-01-08"),
    (["2024-01-25", "Home visit", "Visit offered; mum declined, says she will send a written report of Zara's "
      "education."], "E5", "2024-01-25"),
    (["2024-02-20", "Meeting", "EHE adviser attended MACE: education offer to be checked within 10 days."], "E7",
     "2024-02-20"),
])

R.xlsx("Police missing persons.xlsx", [("Missing episodes", [], [["Missing ref", "Reported missing", "Returned",
                                                                  "Location found", "Circumstances"]], [
    (["MP/23/4410", D(2023, 12, 1, 22, 10), D(2023, 12, 2, 8, 30), "Address in Luton", "Reported by mum. Found "
      "with two adult males, not known to her. Risk: high (CSE/CCE)."], "E2", "2023-12-01"),
    (["MP/24/0388", D(2024, 2, 14, 17, 0), D(2024, 2, 15, 1, 20), "London Euston", "Found by BTP on the "
      "concourse with a male aged 19. Returned home by officers."], "E6", "2024-02-14"),
    (["-", D(2024, 2, 20, 10, 0), None, "-", "MACE panel: Zara discussed; disruption plan for the 19 year old."],
     "E7", "2024-02-20"),
])])

R.docx_table("Childrens Social Care.docx", "Children's social care chronology: Zara", ["Date", "Source", "Summary"], [
    (["02/12/2023", "Police", "Notification: Zara missing overnight, found in Luton with adult males."], "E2",
     "2023-12-02"),
    (["04/12/2023", "Catch22", "Return interview: Zara would not say where she had been or who with."], "E3",
     "2023-12-04"),
    (["15/02/2024", "Police", "Zara missing again yesterday, found at Euston by BTP."], "E6", "2024-02-15"),
    (["20/02/2024", "SW", "MACE: exploitation risk high; CAMHS referral made by the panel."], "E7", "2024-02-20"),
])

R.ods("Education Welfare.ods", "EWO log", ["Date", "Officer", "Action"], [
    ([D(2023, 11, 20), "EWO Hussain", "Joint home visit with Highfield's attendance lead: Zara seen in bed."], "E1",
     "2023-11-20"),
    ([D(2024, 1, 9), "EWO Hussain", "Closed: Zara now EHE; no statutory attendance role."], "E9", "2024-01-09"),
])

R.xlsx("CAMHS.xlsx", [("Appointments", [], [["Appointment", "Seen by", "Outcome"]], [
    ([D(2024, 2, 20), "Duty", "Referral discussed at MACE (CAMHS practitioner attended): accepted for choice "
      "appointment."], "E7", "2024-02-20"),
    ([D(2024, 3, 5), "Dr Green", "Choice appointment: Zara seen with mum. Self-harm (cutting), low mood. "
      "Safety plan."], "E8", "2024-03-05"),
])])
R.done()
