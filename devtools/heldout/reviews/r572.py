"""A held-out review (see ../README.md): python r572.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A rapid review: Selam (3 months), an asylum-seeking family's baby with faltering growth in hotel accommodation.
# Each agency tells the same event in its own words: the accommodation provider's 'Welfare concern: family of 4 in
# room 212, baby not feeding' and 'Referral from the hotel's welfare team (asylum accommodation)'; the admission as
# 'Admitted for feeding assessment; weight 4.8 kg', 'Hospital confirmed baby admitted yesterday for faltering
# growth', 'Hospital social worker: 3 month old admitted with faltering growth'; the dispersal to Leeds as the
# provider and health visiting write it.
# Layouts: the accommodation provider's CSV 'Date Raised | Room | Category | Details'; health visiting's sheet;
# the hospital's Word table; social care's and the GP's sheets.

R.csv("Asylum Accommodation Provider.csv", [], ["Date Raised", "Room", "Category", "Details"], [
    (["04/09/2023", "212", "Welfare", "Welfare concern: family of 4 in room 212, baby not feeding, mother very low. "
      "Raised via Migrant Help safeguarding."], "E1", "2023-09-04"),
    (["22/09/2023", "212", "Maintenance", "Fridge for milk fitted in room 212 at the health visitor's request."], "S2",
     "2023-09-22"),
    (["16/10/2023", "212", "Move", "Family moved to dispersal accommodation in Leeds (Home Office decision)."], "E5",
     "2023-10-16"),
])

R.xlsx("Health Visiting.xlsx", [("Record", [], [["Date", "Contact", "Entry"]], [
    ([D(2023, 9, 5), "Referral", "Referral from the hotel's welfare team (asylum accommodation): baby 3 months not "
      "feeding well."], "E1", "2023-09-05"),
    ([D(2023, 9, 7), "Visit", "Visit to the hotel with a telephone interpreter (Tigrinya): weight dropped from the "
      "50th to the 9th centile. GP appointment made."], "S3", "2023-09-07"),
    ([D(2023, 9, 13), "Phone", "Hospital confirmed baby admitted yesterday for faltering growth."], "E3",
     "2023-09-13"),
    ([D(2023, 10, 17), "Transfer", "Family moved out of area to Leeds yesterday; records transferred to the Leeds "
      "HV team."], "E5", "2023-10-17"),
])])

R.docx_table("Hospital.docx", "Paediatrics - safeguarding summary (Selam)", ["Date", "Ward", "Summary"], [
    (["12/09/2023", "Children's ward", "Admitted for feeding assessment; weight 4.8 kg (<2nd centile)."], "E3",
     "2023-09-12"),
    (["20/09/2023", "Children's ward", "Discharged back to the hotel; feeding plan, HV to weigh weekly."], "S4",
     "2023-09-20"),
])

R.xlsx("Childrens Social Care.xlsx", [("Notes", [], [["Date", "Note"]], [
    ([D(2023, 9, 12), "Hospital social worker: 3 month old admitted with faltering growth; family in an asylum "
      "hotel."], "E3", "2023-09-12"),
])])

R.xlsx("GP Practice.xlsx", [("Consultations", [], [["Date", "Entry"]], [
    ([D(2023, 9, 8), "Seen with an interpreter: faltering growth, referred to paediatrics."], "S1", "2023-09-08"),
])])
R.done()
