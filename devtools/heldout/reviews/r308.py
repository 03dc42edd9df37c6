"""A held-out review (see ../README.md): python r308.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 16-year-old (Amina) at risk of forced marriage abroad: a disclosure at school, the Forced Marriage
# Unit, a forced marriage protection order, then a missing episode. Vocabulary: "FMU", "FMPO", "HBA"
# (honour-based abuse), "one chance rule", "port alert", "passport", "DSL", "Karma Nirvana". Layouts:
# the school's CSV separated by semicolons, its notes over several lines in quotes; the police's sheet
# under a protective marking banner and a blank row, header in row 5, dates "Thu 12 Oct 2023 09:15";
# children's social care; the GP.

R.csv("Greenfield Academy.csv", [], ["Date", "Staff", "Concern"], [
    (["12/10/2023", "DSL", "Amina disclosed to her form tutor that she is to be taken to Pakistan at half term "
      "to marry a cousin.\nOne chance rule: not told parents. MASH and police called same day."], "E1",
     "2023-10-12"),
    (["13/10/2023", "DSL", "Strategy discussion (police, CSC, school). FMPO to be sought."], "E2", "2023-10-13"),
    (["24/10/2023", "Attendance", "Absent, no call. Siblings also absent."], None, "2023-10-24"),
], delimiter=";")

R.xlsx("Police.xlsx", [("Log", [["OFFICIAL – SENSITIVE"], ["Public protection unit – return for the review"], [],
                                ["Prepared by DS Iqbal"]],
                        [["Date / time", "Type", "Narrative"]], [
    (["Thu 12 Oct 2023 09:15", "HBA / forced marriage", "Call from Greenfield Academy DSL: 16F fears forced "
      "marriage abroad at half term. Seen at school by PC Ward, not at home. FMU contacted."], "E1",
     "2023-10-12"),
    (["Fri 13 Oct 2023 11:00", "Strategy", "Strategy discussion with CSC and school. FMPO application with the "
      "local authority. Port alert."], "E2", "2023-10-13"),
    (["Wed 18 Oct 2023 14:00", "Court", "FMPO granted at the family court: passports to be surrendered."], "E3",
     "2023-10-18"),
    (["Tue 24 Oct 2023 16:30", "Missing", "Amina reported missing by school; found at her aunt's, safe, "
      "passports confirmed held by police."], "E4", "2023-10-24"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Case notes", [], [["Date", "Note"]], [
    ([D(2023, 10, 12), "MASH: referral from school and police, forced marriage. Amina placed with foster carer "
      "tonight with her agreement (s20)."], "E1", "2023-10-12"),
    ([D(2023, 10, 13), "Strategy discussion: s47, FMPO to be applied for by LA and police."], "E2", "2023-10-13"),
    ([D(2023, 10, 18), "FMPO made today at court (hearing attended by SW)."], "E3", "2023-10-18"),
    ([D(2023, 10, 24), "Foster carer rang: Amina did not return from school; police informed. Found at aunt's "
      "21:00."], "E4", "2023-10-24"),
])])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    ([D(2023, 9, 20), "Amina with mother: travel vaccinations for Pakistan requested for October."], None,
     "2023-09-20"),
    ([D(2023, 10, 20), "Letter from CSC: FMPO made 18/10, no travel. Alert on record."], "E3", "2023-10-20"),
])])
R.done()
