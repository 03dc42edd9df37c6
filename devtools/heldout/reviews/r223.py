"""A held-out review (see ../README.md): python r223.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A child practice review in Wales: Osian (2), neglect and a head injury. Headers in Welsh or both
# languages ("Dyddiad / Date", "Manylion / Details", "Asiantaeth"), a school dating its entries in
# Welsh ("3 Mawrth 2023", "Dydd Llun 6 Mawrth 2023"), agencies' names in Welsh ("Gwasanaethau
# Plant", "Heddlu Dyfed-Powys"); the entries written in English, as most are.
R.xlsx("Heddlu Dyfed-Powys.xlsx", [("Cronoleg", [["Heddlu Dyfed-Powys Police - Cronoleg / Chronology"]],
                                     [["Dyddiad / Date", "Amser / Time", "Manylion / Details"]], [
    ([D(2023, 3, 2), "23:15", "Domestic at the address: mother and partner arguing, Osian (2) asleep upstairs. "
      "Partner left. PPN to social services."], "E1", "2023-03-02"),
    ([D(2023, 3, 20), "16:40", "Attended Glangwili A&E with social worker re Osian's head injury; joint "
      "investigation agreed at strategy discussion."], "E3", "2023-03-20"),
])])
R.xlsx("Gwasanaethau Plant.xlsx", [("Sheet1", [], [["Dyddiad", "Math o gyswllt", "Manylion", "Canlyniad"]], [
    ([D(2023, 3, 3), "PPN", "PPN from police re domestic 02/03, Osian present.", "Information to HV"], "E1",
     "2023-03-03"),
    ([D(2023, 3, 20), "Strategy discussion", "Strategy discussion: police, health board paediatrician. "
      "Osian (2) skull fracture, explanation inconsistent. Section 47 joint.", "S47"], "E3", "2023-03-20"),
    ([D(2023, 3, 21), "Home visit", "Visit with police: home conditions poor.", "Safety plan"], None,
     "2023-03-21"),
])])
R.xlsx("Bwrdd Iechyd Hywel Dda.xlsx", [
    ("Health Visiting", [], [["Date", "Contact", "Notes"]], [
        # (first written None; but a record of being told of the 02/03 incident, naming its day, is a record
        # of it, as the other truths read such records: mended to E1)
        ([D(2023, 3, 6), "Home visit", "HV visit: informed of police PPN 02/03 by SW. Osian bruise on shin, mum says "
          "fell off sofa."], "E1", "2023-03-06"),
    ]),
    ("Emergency Department", [], [["Arrival", "Presenting complaint", "Notes"]], [
        ([D(2023, 3, 20, 11, 5), "Head injury", "2 yr old, boggy swelling R parietal, mum says fell from "
          "stairgate. CT: skull fracture. Paediatrician and safeguarding team informed; referral to social "
          "services."], "E2", "2023-03-20"),
    ]),
])
R.csv("Ysgol Feithrin.csv", [], ["Dyddiad", "Manylion"], [
    (["3 Mawrth 2023", "Osian very tired, mum said there was shouting at home last night."], "E1", "2023-03-03"),
    (["Dydd Llun 20 Mawrth 2023", "Osian not in; mum rang to say he is at the hospital with a head injury."],
     "E2", "2023-03-20"),
])
R.done()
