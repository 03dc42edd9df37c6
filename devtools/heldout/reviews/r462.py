"""A held-out review (see ../README.md): python r462.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Mia (7), neglect and dental decay. Vocabulary: "CPOMS", "ICPC", "CP plan",
# "GA extractions", "was not brought". Layouts: the school's CPOMS export ('Student', 'Incident Date' with a
# time, 'Categories' of several, 'Incident', 'Action Taken', 'Status'); social care's workflow steps ('Step
# Name', 'Start Date', 'End Date', 'Worker'); the school nurses' ISO dates in a CSV; the police's 'Reported
# Date/Time' and 'Occurrence Type'; a dental practice's 'Appointment date' and 'Attended (Y/N)'.

R.xlsx("CPOMS export - Oakfield Primary.xlsx", [("Incidents", [], [["Student", "Incident Date", "Categories",
                                                                     "Incident", "Action Taken", "Status"]], [
    (["Mia T", D(2023, 10, 3, 8, 47), "Neglect, Attendance", "Mia came in hungry and in the same clothes as last "
      "week, smelling of urine. Says there was no food at home.", "Breakfast given. DSL contacted the front door, "
      "referral made.", "Closed"], "E1", "2023-10-03"),
    (["Mia T", D(2023, 11, 14, 9, 30), "Child Protection", "DSL attended ICPC. Mia made subject to a CP plan "
      "under neglect.", "Core group dates in the diary.", "Open"], "E3", "2023-11-14"),
    (["Mia T", D(2024, 1, 22, 11, 5), "Medical", "Mia crying with toothache, cheek swollen. Mum phoned, did not "
      "answer.", "Informed social worker.", "Closed"], "E5", "2024-01-22"),
])])

R.xlsx("Childrens Services.xlsx", [("Workflow", [], [["Step Name", "Start Date", "End Date", "Worker", "Summary"]], [
    (["Contact", D(2023, 10, 3), D(2023, 10, 3), "MASH", "Contact from Oakfield Primary: Mia hungry, unkempt, "
      "says no food at home. Progressed to referral."], "E1", "2023-10-03"),
    (["Strategy Discussion", D(2023, 10, 5), D(2023, 10, 5), "SW Dale", "With police and school nursing. S47 "
      "enquiry agreed."], "E2", "2023-10-05"),
    (["S47 Enquiry", D(2023, 10, 5), D(2023, 10, 31), "SW Dale", "Home conditions very poor, little food, "
      "mattress on the floor. Threshold for ICPC."], "A1", "2023-10-05"),
    (["Initial Child Protection Conference", D(2023, 11, 14), D(2023, 11, 14), "Chair", "CP plan: neglect. "
      "Dental registration to be arranged."], "E3", "2023-11-14"),
    (["Case Note", D(2024, 1, 22), D(2024, 1, 22), "SW Dale", "School report Mia with toothache and a swollen "
      "face. Mum asked to take her to the dentist today."], "E5", "2024-01-22"),
])])

R.csv("School Nursing.csv", [], ["Date", "Contact Type", "Practitioner", "Notes"], [
    (["2023-10-05", "Strategy", "SN Reid", "Strategy discussion with CSC and police. Mia's height and weight "
      "below the 2nd centile."], "E2", "2023-10-05"),
    (["2023-11-14", "Conference", "SN Reid", "Attended ICPC; health actions: dental registration, growth "
      "monitoring."], "E3", "2023-11-14"),
    (["2024-02-13", "Information", "SN Reid", "Dental practice inform Mia was not brought for her second "
      "appointment on 12/02."], "E6", "2024-02-13"),
])

R.xlsx("Police.xlsx", [("Niche", [], [["Occurrence Ref", "Reported Date/Time", "Occurrence Type", "Summary"]], [
    (["23*310552", D(2023, 10, 5, 11, 0), "Child Concern", "Strategy discussion with children's services re "
      "neglect of Mia T. Agreed single agency S47 by CSC."], "E2", "2023-10-05"),
])])

R.xlsx("Smile Dental Practice.xlsx", [("Appointments", [], [["Appointment date", "Attended (Y/N)", "Notes"]], [
    ([D(2024, 1, 22), "Y", "Emergency: dental abscess LR6, extensive decay. Antibiotics. Referral for GA "
      "extractions."], "A3", "2024-01-22"),
    ([D(2024, 1, 29), "N", "Not brought. Letter sent."], "A2", "2024-01-29"),
    ([D(2024, 2, 12), "N", "Not brought again. School nurse and social worker informed."], "E6", "2024-02-12"),
])])
R.done()
