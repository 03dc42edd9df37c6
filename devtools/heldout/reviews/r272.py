"""A held-out review (see ../README.md): python r272.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# Safeguarding adults review: Dean (31), an informal patient on an acute mental health ward, who
# left the ward and died on the railway. Vocabulary: "informal", "AWOL", "absent without leave",
# "BTP" (British Transport Police), "fatality", "S2", "leave", "1:1 observations", "CRHT". Layouts:
# the trust's RiO export with ISO date-times ("2024-01-09 14:35") and each note's later lines on
# rows below it; the British Transport Police's CSV; the local police; the ambulance service; the GP.
R.csv("Mental health trust RiO.csv", [], ["Note date", "Originator", "Note"], [
    (["2024-01-05 11:00", "Ward doctor", "Informal admission to Larch ward after overdose threat; low mood."], "E1",
     "2024-01-05"),
    (["2024-01-09 14:35", "Nurse", "Dean did not return from 30 min escorted-free leave (due 14:30)."], "E2",
     "2024-01-09"),
    (["", "", "Police informed 14:50 as high risk missing patient; family contacted."], None, "2024-01-09"),
    (["2024-01-09 18:20", "Ward manager", "Informed by BTP that Dean died on the railway near Oakley station "
      "this afternoon."], "E3", "2024-01-09"),
])

R.csv("British Transport Police.csv", [], ["Date", "Time", "Summary"], [
    (["09/01/2024", "16:05", "Fatality: male struck by a train near Oakley station. Identified as Dean (31), "
      "reported missing from Larch ward."], "E3", "2024-01-09"),
])

R.xlsx("County Police.xlsx", [("Incidents", [], [["Date", "Time", "Details"]], [
    (["09/01/2024", "14:52", "Missing person: informal patient left Larch ward, high risk (suicidal). Searches "
      "started."], "E2", "2024-01-09"),
    (["09/01/2024", "16:30", "BTP: the missing male has died on the railway. Search stood down."], "E3",
     "2024-01-09"),
])])

R.csv("Ambulance.csv", [], ["Date", "Time", "Notes"], [
    (["09/01/2024", "16:10", "Rail fatality near Oakley station: injuries incompatible with life. ROLE."], "E3",
     "2024-01-09"),
])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    (["03/01/2024", "Dean: says he will take an overdose. Referred to the crisis team urgently."], None,
     "2024-01-03"),
    (["08/01/2024", "Letter: admitted informally to Larch ward on 05/01."], "E1", "2024-01-08"),
])])
R.done()
