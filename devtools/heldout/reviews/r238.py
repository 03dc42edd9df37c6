"""A held-out review (see ../README.md): python r238.py OUT_FOLDER writes its returns and truth.json."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
# Neglect of two children (Leo 6, Ava 2), as the partnership's business unit collated it: one
# workbook, its Agency column written once over each agency's entries, a reviewer's "Analysis"
# column, and the agencies in one table. The ambulance service's return came on its own.
# Vocabulary: "home conditions", "head lice", "CIN", "no access visit", "dental abscess".
R.xlsx("Collated chronology (business unit).xlsx", [("Combined", [["Child Safeguarding Practice Review – Leo "
                                                                     "and Ava"], ["Collated by the business unit"]],
                                                       [["Agency", "Date", "Event", "Analysis"]], [
    (["School", "06/02/2023", "Leo sent in with head lice again and no coat; says he had no breakfast.",
      "Pattern of neglect visible to school."], None, "2023-02-06"),
    ([None, "13/02/2023", "DSL referral to children's services: hygiene, hunger, lateness.", ""], "E1",
     "2023-02-13"),
    ([None, "02/03/2023", "Attended CIN meeting at school: plan to support mum with routines.", ""], "E3",
     "2023-03-02"),
    ([None, "20/03/2023", "Leo left at 11am for a dental appointment (abscess), collected by nan.", ""], "E4",
     "2023-03-20"),
    (["Health Visiting", "14/02/2023", "Ava's 2-year review not done: no access visit, mum not in.", "Missed "
      "opportunity."], None, "2023-02-14"),
    ([None, "02/03/2023", "CIN meeting: HV attended; Ava's development delayed, referral to SALT.", ""], "E3",
     "2023-03-02"),
    (["Children's Social Care", "13/02/2023", "Referral from school: neglect concerns for Leo and Ava.", "Timely."],
     "E1", "2023-02-13"),
    ([None, "16/02/2023", "Home visit: home conditions poor, little food, dog mess. Children seen.", ""], "E2",
     "2023-02-16"),
    ([None, "02/03/2023", "CIN meeting held at school with HV and school.", ""], "E3", "2023-03-02"),
    ([None, "27/03/2023", "Police notification: concern for welfare call on 25/03, children alone at home.", ""],
     "E5", "2023-03-27"),
    (["Police", "16/02/2023", "PCSO accompanied social worker on home visit (dog reported as dangerous).", ""], "E2",
     "2023-02-16"),
    ([None, "25/03/2023", "Concern for welfare: neighbour reports two children alone at home, 21:40. Mum returned "
      "22:15, words of advice.", "Notification sent."], "E5", "2023-03-25"),
    (["Dental service", "20/03/2023", "Leo (6) seen with his grandmother: dental abscess, 4 decayed teeth. "
      "Antibiotics; extractions under GA referral.", ""], "E4", "2023-03-20"),
])])
R.csv("Ambulance service.csv", [], ["Date", "Time", "Notes"], [
    (["09/04/2023", "16:20", "2yo F, fall from sofa onto hard floor, bump to head, alert. Home cluttered, dog "
      "loose. Advice; not conveyed."], None, "2023-04-09"),
])
R.done()
