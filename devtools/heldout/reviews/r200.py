"""A held-out review (see ../README.md): python r200.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# Long narrative entries, as an author writing an IMR chronology tells each contact in full: each
# names other events in passing (the last conference, a previous injury, a planned meeting).
R.xlsx("Social Care IMR chronology.xlsx", [("Chronology", [["Children's Social Care - IMR chronology"]],
    [["Date", "Summary of contact", "Analysis"]], [
    ([D(2021, 5, 4), "The social worker visited the family home unannounced following the police notification of the "
      "domestic incident on 1 May. Mother was at home with both children; she said that father had left the "
      "property after an argument and that she did not want him back. The children were observed to be clean and "
      "appropriately dressed. The worker noted a healing bruise on the younger child's forehead which mother said was "
      "from a fall at nursery the week before. The worker discussed the child protection plan, the core group due on "
      "12 May and the need for mother to attend the Freedom Programme.",
      "The bruise was not followed up with nursery at the time."], None, "2021-05-04"),
    ([D(2021, 5, 12), "Core group meeting held at the family centre. Present: social worker, health visitor, nursery "
      "manager, mother. Father did not attend. The group reviewed the plan; mother reported no further contact from "
      "father since the incident on 1 May. Nursery raised the bruise seen on 27 April, which they had recorded as an "
      "accident in the garden. Health visitor to complete a developmental review. Next core group 9 June.",
      "A good multi-agency meeting."], "E2", "2021-05-12"),
    ([D(2021, 6, 2), "Telephone call from the hospital safeguarding nurse: the younger child had been brought to the "
      "emergency department the previous evening by mother with a spiral fracture of the left arm. Mother's account was "
      "that the child fell from the sofa. A strategy discussion was convened for the same afternoon.",
      "This was the second injury in five weeks."], "E3", "2021-06-02"),
    ([D(2021, 6, 2), "Strategy discussion held by telephone with police, the hospital paediatrician and the health "
      "visitor. Agreed a section 47 enquiry, a child protection medical and a skeletal survey; the children to stay "
      "with the maternal grandmother pending the enquiry.", ""], "E4", "2021-06-02"),
])])
R.xlsx("Health Visiting chronology.xlsx", [("HV", [], [["Date", "Detail of contact", "Comment"]], [
    ([D(2021, 5, 12), "Health visitor attended the core group at the family centre with mother, the social worker and "
      "the nursery manager. Discussed the plan and mother's engagement; agreed to complete the 2 year developmental "
      "review at home. Mother appeared low in mood and said she was struggling with sleep since the separation.",
      "HV did not ask about the bruise."], "E2", "2021-05-12"),
    ([D(2021, 6, 2), "Health visitor took part in a strategy discussion by telephone following the younger child's "
      "attendance at the emergency department with a fractured arm. Information shared about the family's history and "
      "the bruise noted in April. Agreed to share records with the paediatrician.", ""], "E4", "2021-06-02"),
])])
R.xlsx("Acute Trust chronology.xlsx", [("Trust", [], [["Date", "Time", "Narrative"]], [
    ([D(2021, 6, 1), "19:45", "Child (2) brought to the children's emergency department by mother, not using left arm "
      "after falling from the sofa at home according to mother. X-ray showed a spiral fracture of the left humerus. "
      "The child was admitted to the children's ward and the safeguarding team informed. A referral was made to "
      "children's social care the next morning."], "E3", "2021-06-01"),
    ([D(2021, 6, 2), "14:00", "Consultant paediatrician took part in the strategy discussion with social care, police "
      "and the health visitor; child protection medical and skeletal survey to be completed tomorrow."], "E4",
     "2021-06-02"),
])])
R.xlsx("Police chronology.xlsx", [("Police", [], [["Date", "Summary"]], [
    ([D(2021, 5, 1), "Domestic incident at the family home: neighbour reported shouting. Father had left before officers "
      "arrived. Mother said there had been an argument about money; no injuries. DASH medium. Notification sent to "
      "social care."], "E1", "2021-05-01"),
    ([D(2021, 6, 2), "Strategy discussion (telephone): joint section 47 agreed; PPU officer allocated to investigate "
      "the injury to the child."], "E4", "2021-06-02"),
])])
R.xlsx("Sunshine Nursery.xlsx", [("Nursery", [], [["Date", "What happened"]], [
    ([D(2021, 4, 27), "Child fell in the garden during outside play and bumped his forehead on the step. First aid "
      "given, accident form signed by mother at collection."], "E5", "2021-04-27"),
    ([D(2021, 5, 12), "Manager attended core group at the family centre; shared the accident record of 27 April."],
     "E2", "2021-05-12"),
])])
R.done()
