"""A held-out review (see ../README.md): python r257.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# Perplexing presentations in a 6-year-old (Lily): many hospital attendances for reported
# seizures never seen by staff, a mother who changes GP, a school that sees a well child.
# Vocabulary: "FII" (fabricated or induced illness), "perplexing presentation", "EEG", "PICU",
# "observed", "no seizure activity", "self-discharged", "DNA". Layouts: the hospital's ED export
# "Arrival Date | Arrival Time | Presenting Complaint | Diagnosis | Disposal"; the school's
# semicolon-separated cp1252 CSV with a "Date of concern" and a "Date logged"; the GP's two
# practices as two sheets; the community paediatrician's letters list.
R.xlsx("Royal Infirmary ED.xlsx", [("Attendances", [["ED attendances – Lily M (DOB 02/02/2017)"], []],
                                    [["Arrival Date", "Arrival Time", "Presenting Complaint", "Diagnosis",
                                      "Disposal"]], [
    (["03/01/2023", "19:42", "Mother reports 3 seizures at home today, none witnessed by staff",
      "Reported seizure – no abnormality found", "Discharged – GP follow up"], "E1", "2023-01-03"),
    (["17/01/2023", "08:15", "Mother reports child 'went blue' and stopped breathing overnight",
      "Observed overnight on children's ward – no episodes", "Admitted"], "E2", "2023-01-17"),
    (["18/01/2023", "11:00", "Self-discharged by mother from children's ward before EEG", "", "Self-discharge"],
     "E3", "2023-01-18"),
    (["09/02/2023", "22:30", "Reported prolonged seizure, rescue medication given by mother",
      "Well on arrival; paediatric review", "Admitted"], "E5", "2023-02-09"),
])])

R.csv("St Anne's Primary - concerns.csv", [], ["Date of concern", "Date logged", "Category", "Concern",
                                              "Action taken"], [
    (["16/01/2023", "16/01/2023", "Attendance", "Lily absent, mum rang to say she had 'another fit' over the "
      "weekend and was at hospital.", "Noted; DSL informed"], None, "2023-01-16"),
    (["19/01/2023", "20/01/2023", "Health", "Lily back in class, bright, ran at playtime. Mum says she must not do "
      "PE and needs a wheelchair for the trip.", "DSL to seek school nurse advice"], "E4", "2023-01-19"),
    (["10/02/2023", "10/02/2023", "Attendance", "Mum phoned: Lily in hospital again after a long seizure last "
      "night.", "Attendance officer informed"], "E5", "2023-02-10"),
], encoding="cp1252", delimiter=";")

R.xlsx("GP practices.xlsx", [
    ("Moor Lane Surgery", [], [["Consultation date", "Clinician", "Summary"]], [
        (["04/01/2023", "Dr Hale", "ED letter: attended with reported seizures, nothing found. Referred to "
          "community paediatrics."], "E1", "2023-01-04"),
        (["12/01/2023", "Dr Hale", "Mother requests prescription for buccal midazolam; declined pending "
          "paediatric opinion. Mother angry."], None, "2023-01-12"),
    ]),
    ("Parkside Medical Centre", [], [["Consultation date", "Clinician", "Summary"]], [
        (["24/01/2023", "Dr Osei", "New registration, moved from Moor Lane. Mother describes daily seizures and "
          "asks for midazolam and a wheelchair."], "E6", "2023-01-24"),
        (["13/02/2023", "Dr Osei", "Discharge letter from the Royal Infirmary: 09/02 admission, no seizure seen, "
          "consultant raises concern about perplexing presentations / FII."], "E5", "2023-02-13"),
    ]),
])

R.xlsx("Community paediatrics.xlsx", [("Clinic letters", [], [["Date", "Type", "Letter"]], [
    (["23/01/2023", "Clinic", "DNA: Lily not brought to first community paediatric appointment."], None,
     "2023-01-23"),
    (["26/01/2023", "Info", "Parkside GP asking whether the child has a diagnosis of epilepsy: none made; EEG "
      "not done after self-discharge."], None, "2023-01-26"),
    (["14/02/2023", "Strategy", "Strategy discussion with children's social care and police re possible FII."],
     "E7", "2023-02-14"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    (["14/02/2023", "SW Patel", "Strategy discussion (paediatrician, police, health): concerns of fabricated or "
      "induced illness. S47 enquiry to start."], "E7", "2023-02-14"),
    (["20/02/2023", "SW Patel", "Home visit: Lily playing, no concerns seen; mother says doctors are not "
      "listening."], None, "2023-02-20"),
])])

R.csv("Police.csv", [], ["Date", "Time", "Occurrence"], [
    (["14/02/2023", "10:00", "Strategy discussion re possible FII, police to share information, no crime at "
      "this time."], "E7", "2023-02-14"),
])
R.done()
