"""A held-out review (see ../README.md): python r421.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Emma (9), epilepsy and cerebral palsy, medical neglect (appointments she
# was not brought to, rescue medication missing). Vocabulary: "WNB" (was not brought), "buccal midazolam",
# "neurodisability", "EHCP", "CIN", "TAC" (team around the child). Layouts: the school's log with a date
# merged down over that day's two entries and an 'IMR author comment' column; the hospital's outpatient
# letters; the school nursing team's OpenDocument sheet; social care's; the GP's; health visiting's.

def merge_dates(book):
    book["Log"].merge_cells("A2:A3")


R.xlsx("Brook Lane School.xlsx", [("Log", [], [["Date", "Time", "Entry", "IMR author comment"]], [
    ([D(2024, 4, 22), "10:15", "Emma had a seizure in class lasting 6 minutes. No buccal midazolam in school. "
      "999 called; seizure stopped before the crew came.", "Medication plan not followed."], "E2", "2024-04-22"),
    ([None, "15:30", "Mum collected Emma. Asked again for rescue medication to be sent in.", ""], "A1",
     "2024-04-22"),
    ([D(2024, 5, 2), "14:00", "CIN meeting at school: attended by SENCO.", ""], "E3", "2024-05-02"),
])], finish=merge_dates)

R.xlsx("Childrens Hospital - outpatients.xlsx", [("Letters", [], [["Clinic date", "Clinic", "Letter"]], [
    ([D(2024, 4, 10), "Neurodisability", "Emma was not brought to clinic today (third time). Copies to the GP "
      "and the health visitor. Will discuss with safeguarding."], "E1", "2024-04-10"),
    ([D(2024, 5, 15), "Neurodisability", "Seen with mum. Seizures weekly; rescue plan rewritten."], "A2",
     "2024-05-15"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 4, 15), "Letter from the neurodisability clinic: WNB on 10/04 (third)."], "E1", "2024-04-15"),
    ([D(2024, 4, 24), "Repeat prescription: buccal midazolam x2 for school, at the school nurse's request."],
     "A3", "2024-04-24"),
])])

R.ods("School Nursing Team.ods", "Contacts", ["Date", "Type", "Nurse", "Summary"], [
    (["22/04/2024", "Phone", "SN Lee", "School rang: Emma had a seizure in class this morning, no rescue "
      "medication in school. Contacted the GP for a prescription."], "E2", "2024-04-22"),
    (["02/05/2024", "Meeting", "SN Lee", "CIN meeting: care plan to be updated; training for staff."], "E3",
     "2024-05-02"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 4, 12), "Contact", "Mum rang the front door asking about short breaks for Emma. Advised; "
      "disabled children's team to contact her."], "A4", "2024-04-12"),
    ([D(2024, 5, 2), "CIN meeting", "First CIN meeting at school with school nursing and the HV for the "
      "sibling. Plan: medication in school, appointments diary."], "E3", "2024-05-02"),
])])

R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "Contact", "Notes"]], [
    ([D(2024, 4, 16), "Letter", "Copy letter: Emma (sibling of Leo, 1) not brought to the neurodisability clinic "
      "10/04."], "E1", "2024-04-16"),
    ([D(2024, 5, 2), "CIN", "Attended the CIN meeting for Emma; Leo's development on track."], "E3", "2024-05-02"),
])])
R.done()
