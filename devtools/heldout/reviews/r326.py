"""A held-out review (see ../README.md): python r326.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Amal (7), at risk of female genital mutilation before a summer trip abroad: her school's concern,
# the GP's FGM risk indication, a strategy discussion, an FGM protection order, passports surrendered,
# the family's return. Vocabulary: "FGM", "FGM-IS" (the FGM information sharing system), "FGMPO",
# "cutting season", "passports surrendered", "port alert". Layouts: the safeguarding partnership's
# one workbook of three agencies' sheets (health, education, the police), each under its own title
# row, one entry in a hidden row; children's social care's own return; the family court's order list
# with dates as "Friday, 5 July 2024".



def hide_the_dsls_strategy_discussion(workbook):
    """A row in the education sheet hidden by the school's filter, still an entry: row 4."""
    workbook["Education"].row_dimensions[4].hidden = True


R.xlsx("Partnership chronology.xlsx", [
    ("Health", [["Health (GP and health visiting) – Amal"]], [["Date", "Service", "Entry"]], [
        ([D(2024, 6, 24), "GP", "Mum asked for travel vaccinations for Amal for Sudan, 6 weeks from 20 July. Mum has "
          "type 3 FGM (known). FGM-IS risk indicator added; safeguarding referral to CSC."], "E2", "2024-06-24"),
        ([D(2024, 6, 26), "GP", "Strategy discussion by phone (CSC, police, school): risk of FGM."], "E3",
         "2024-06-26"),
        ([D(2024, 7, 25), "GP", "Letter from CSC: FGMPO continued at court today to 1 September. Noted on "
          "record."], "E5",
         "2024-07-25"),
    ]),
    ("Education", [["Education – Hill Street Primary"]], [["Date", "Service", "Entry"]], [
        ([D(2024, 6, 21), "School", "Amal told her teacher she is going to Sudan to 'become a woman' at a party "
          "for her. DSL referral to MASH (FGM)."], "E1", "2024-06-21"),
        ([D(2024, 6, 26), "School", "DSL joined strategy discussion."], "E3", "2024-06-26"),
        ([D(2024, 9, 4), "School", "Amal back in school after the holiday; she says they stayed at home."], "E7",
         "2024-09-04"),
    ]),
    ("Police", [["Police – Child Abuse Investigation Team"]], [["Date", "Service", "Entry"]], [
        ([D(2024, 6, 26), "CAIT", "Strategy discussion: FGMPO application by the local authority; port alert."], "E3",
         "2024-06-26"),
        ([D(2024, 7, 8), "CAIT", "Passports of Amal and her mother surrendered at the station under the FGMPO."],
         "E6", "2024-07-08"),
    ]),
], finish=hide_the_dsls_strategy_discussion)

R.xlsx("Childrens Social Care.xlsx", [("Case chronology", [], [["Date", "Worker", "Event", "Outcome"]], [
    ([D(2024, 6, 21), "MASH", "Referral from Hill Street Primary: Amal (7) may be cut on a trip to Sudan.",
      "Strategy"], "E1", "2024-06-21"),
    ([D(2024, 6, 24), "MASH", "Second referral, from the GP: travel vaccinations asked for; mother has FGM.",
      "Added to open contact"], "E2", "2024-06-24"),
    ([D(2024, 6, 26), "SW Okeke", "Strategy discussion (police, GP, school): s47; legal planning for an FGMPO.",
      "s47"], "E3", "2024-06-26"),
    ([D(2024, 7, 5), "SW Okeke", "FGM protection order made by the family court (without notice) to 1 Sept.",
      "FGMPO"], "E4", "2024-07-05"),
    ([D(2024, 7, 8), "SW Okeke", "Police confirm the passports have been surrendered.", "Order complied with"], "E6",
     "2024-07-08"),
])])

R.xlsx("Family court.xlsx", [("Orders", [], [["Hearing date", "Court", "Order"]], [
    (["Friday, 5 July 2024", "Family Court at Leeds", "Female genital mutilation protection order (without "
      "notice): not to take Amal out of England and Wales; passports surrendered within 72 hours."], "E4",
     "2024-07-05"),
    (["Thursday, 25 July 2024", "Family Court at Leeds", "Return hearing: order continued to 1 September 2024 with "
      "the parents' agreement."], "E5", "2024-07-25"),
])])
R.done()
