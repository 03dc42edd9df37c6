"""A held-out review (see ../README.md): python r505.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: Jayden (4), a scald. The local authority sent its partners' returns in one workbook, a sheet
# for each agency ('Police', 'Childrens Services', 'Nursery', 'Health Visiting'), each with its own headers;
# the GP's return came separately. Each agency tells the same event in its own words: 'scald', 'burn from hot
# water', 'hot drink spilled'; 'strategy discussion' as 'multi-agency discussion under s47'; a conference as
# 'initial conference'.

R.xlsx("Partner returns.xlsx", [
    ("Police", [["Police return"]], [["Date", "Time", "Officer", "Summary"]], [
        ([D(2024, 5, 7), "11:30", "DC Price", "Multi-agency discussion under s47 with CSC and paediatrics: scald to a "
          "4 year old, account of a spilled cup of tea. Joint investigation."], "E2", "2024-05-07"),
    ]),
    ("Childrens Services", [["Children's Services return"]], [["Date of contact", "Contact type", "Details"]], [
        ([D(2024, 5, 6), "Contact", "Hospital: Jayden (4) with a burn from hot water to his chest and arm, mum says he "
          "pulled a cup of tea over himself. Delay of a day in seeking help."], "E1", "2024-05-06"),
        ([D(2024, 5, 7), "Strategy discussion", "With police and the paediatric consultant: s47, joint."], "E2",
         "2024-05-07"),
        ([D(2024, 5, 28), "Initial conference", "Jayden made subject to a child protection plan, neglect."], "E3",
         "2024-05-28"),
    ]),
    ("Nursery", [["Sunflowers Nursery return"]], [["Date", "Staff", "Record"]], [
        ([D(2024, 5, 6), "Manager", "Jayden not in today; mum rang to say he is in hospital with a scald."], "E1",
         "2024-05-06"),
        ([D(2024, 5, 28), "Manager", "Attended the child protection conference; report shared."], "E3",
         "2024-05-28"),
    ]),
    ("Health Visiting", [["Health visiting return"]], [["Date", "Contact", "Notes"]], [
        ([D(2024, 4, 18), "Home visit", "Kettle and hot drinks kept within reach, advice given on scald "
          "prevention."], "S1", "2024-04-18"),
        ([D(2024, 5, 28), "ICPC", "HV attended: report on home conditions."], "E3", "2024-05-28"),
    ]),
])

R.csv("GP.csv", [], ["Date", "Entry"], [
    (["09/05/2024", "Letter from the burns unit: 6% superficial partial thickness scald, admitted 06/05, "
      "safeguarding referral made."], "E1", "2024-05-09"),
])
R.done()
