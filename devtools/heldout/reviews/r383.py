"""A held-out review (see ../README.md): python r383.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child practice review in Wales: neglect of Osian (7) and Lili (3); a school's referral, a joint visit,
# Lili found alone in the street early one morning, a strategy discussion and a conference. Vocabulary:
# "IAA" (information, advice and assistance), "CPR" (child practice review), "ICPC", "DNA", "Part 4".
# Layouts: Children's Services with bilingual headers ("Dyddiad / Date", "Manylion / Details"); the
# police's Welsh-first headers ("Dyddiad y digwyddiad", "Crynodeb"); the health board's Welsh-only
# headers; the school's English CSV; the GP's workbook.

R.xlsx("Gwasanaethau Plant - Childrens Services.xlsx", [("Cronoleg", [["Cyngor Sir - County Council"]],
    [["Dyddiad / Date", "Gweithiwr / Worker", "Manylion / Details"]], [
    ([D(2024, 9, 9), "IAA", "Referral from Ysgol Bryn: Osian arriving hungry, head lice, same clothes all week. "
      "Proceed to assessment."], "E1", "2024-09-09"),
    ([D(2024, 9, 16), "SW Jones", "Unannounced joint visit with the health visitor: dog mess on floors, little "
      "food, Lili in a soiled nappy. Mum Sian tearful."], "E2", "2024-09-16"),
    ([D(2024, 9, 27), "SW Jones", "Police call: Lili found alone in the road outside at 7.30am by a passer-by; "
      "mum asleep. Strategy discussion to be convened."], "E3", "2024-09-27"),
    ([D(2024, 10, 3), "TM Evans", "Strategy discussion (police, health, education): s47 enquiries both "
      "children."], "E4", "2024-10-03"),
    ([D(2024, 10, 21), "SW Jones", "ICPC: both children on the child protection register, category neglect."],
     "E5", "2024-10-21"),
])])

R.xlsx("Heddlu - Police.xlsx", [("Digwyddiadau", [], [["Dyddiad y digwyddiad", "Swyddog", "Crynodeb"]], [
    ([D(2024, 9, 27), "PC Morgan", "Member of public found a girl aged about 3 in pyjamas walking in the road at "
      "07:30. Returned home; mother asleep, door unlocked. PPN to Children's Services."], "E3", "2024-09-27"),
    ([D(2024, 10, 3), "DS Price", "Strategy discussion with CS: joint s47 enquiry."], "E4", "2024-10-03"),
    ([D(2024, 10, 21), "DS Price", "Police report to initial child protection conference; attended."], "E5",
     "2024-10-21"),
])])

R.xlsx("Bwrdd Iechyd - Health Board.xlsx", [("Ymweliadau Iechyd", [], [["Dyddiad", "Ymwelydd Iechyd", "Nodiadau"]], [
    ([D(2024, 9, 16), "HV Rees", "Joint visit with social worker. Lili's weight 2nd centile, speech delay. "
      "Home conditions poor."], "E2", "2024-09-16"),
    ([D(2024, 9, 30), "HV Rees", "Police PPN via CS: Lili found wandering in the street on Friday morning while "
      "mum slept."], "E3", "2024-09-30"),
    ([D(2024, 10, 21), "HV Rees", "Attended ICPC: health plan for Lili (weight, SALT, immunisations)."], "E5",
     "2024-10-21"),
])])

R.csv("Ysgol Bryn.csv", [], ["Date", "Member of staff", "Concern"], [
    (["09/09/2024", "DSL", "Osian hungry at breakfast club again, head lice, same uniform since Monday. Called "
      "CS front door and sent the referral form."], "E1", "2024-09-09"),
    (["21/10/2024", "DSL", "Conference: Osian on the register. School to offer breakfast club daily."], "E5",
     "2024-10-21"),
])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Clinician", "Entry"]], [
    ([D(2024, 9, 20), "Practice nurse", "Lili DNA for pre-school booster (3rd DNA). Letter to mum."], "A1",
      "2024-09-20"),
])])
R.done()
