"""A held-out review (see ../README.md): python r513.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Tomas (28), exploited for labour at a car wash. Each agency tells the same event
# in its own words: 'joint operation at the car wash', 'labour exploitation visit', 'welfare visit with the GLAA';
# 'NRM referral submitted', 'referral in: potential victim of modern slavery'; 'positive reasonable grounds
# decision', 'RG decision: positive'; 'left the safe house and did not return', 'missing person: PVoT'.
# Layouts: the police's command and control log as a CSV with 'Log date' typed '20240214' and 'Log time' '0930';
# the support provider's Word paragraphs '14/02/24 - ...'; the council's Word table; the GP's sheet with a coded
# entry column ('SNOMED') before the free text.

R.csv("Police - command and control.csv", [], ["Log date", "Log time", "Incident type", "Remarks"], [
    (["20240214", "0930", "Operation", "Joint operation at Shine car wash with the GLAA: four workers living in a "
      "container on site, no pay slips, passports held by the owner."], "E1", "2024-02-14"),
    (["20240214", "1600", "Safeguarding", "NRM referral submitted for Tomas (first responder: police)."], "E2",
     "2024-02-14"),
    (["20240219", "1130", "Update", "Informed that the Home Office made a positive reasonable grounds decision for "
      "Tomas."], "E3", "2024-02-19"),
    (["20240304", "2215", "Missing person", "Adult male, potential victim of trafficking, left his safe house this "
      "evening and has not returned."], "E4", "2024-03-04"),
    (["20240305", "1410", "Missing person", "MISPER located working at a car wash in Northtown; returned to the "
      "safe house."], "E5", "2024-03-05"),
])

R.docx_paragraphs("Safe House Provider.docx", "Victim care contract - case notes (Tomas)", [
    ("15/02/24 - Referral in from police: potential victim of modern slavery from a car wash. Bed offered, "
     "collected from the police station.", "E2", "2024-02-15"),
    ("19/02/24 - RG decision: positive. Tomas told with an interpreter.", "E3", "2024-02-19"),
    ("04/03/24 - Tomas left the safe house at 6pm and did not return. Reported missing to police.", "E4",
     "2024-03-04"),
    ("06/03/24 - Police found Tomas yesterday at another car wash and brought him back.", "E5", "2024-03-06"),
])

R.docx_table("Council - Modern Slavery Coordinator.docx", "Modern slavery coordinator - involvement",
             ["Date", "Involvement"], [
    (["14/02/2024", "Labour exploitation visit to a hand car wash with police and the GLAA; welfare checks on four "
      "men. Rest centre opened."], "E1", "2024-02-14"),
    (["07/03/2024", "Multi-agency meeting after Tomas went missing and was found back at a car wash: plan to move "
      "him out of area."], "S2", "2024-03-07"),
])

R.xlsx("GP Practice.xlsx", [("Consultations", [], [["Consultation date", "SNOMED", "Free text"]], [
    ([D(2024, 2, 20), "Temporary resident", "Registered as a temporary resident from the safe house; Lithuanian "
      "interpreter. Scabies treated."], "S1", "2024-02-20"),
])])
R.done()
