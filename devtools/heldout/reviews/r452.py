"""A held-out review (see ../README.md): python r452.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
T = dt.time
R = Review(sys.argv[1])
# A child safeguarding practice review: Lily (3), neglect in a cold, damp flat; a candle fire; asthma. Vocabulary:
# "prepay meter", "damp and mould", "foodbank voucher", "early help", "step up", "salbutamol", "HDU". Layouts: the
# health visitors' 'Date / Time' header merged over two columns (the date and the time cells below it); early
# help's episodes ('Episode start', 'Episode end', 'Lead professional'); a nursery's month rows ('January 2024')
# of attendance; a foodbank's 'Date redeemed' and 'Referring agency'; the fire service's; housing's repairs; the
# hospital's; social care's.


def merge_date_time(wb):
    wb["Contacts"].merge_cells("A1:B1")


R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date / Time", None, "Type", "Notes"]], [
    ([D(2023, 11, 6), T(10, 30), "Home visit", "Flat cold and damp, mould in Lily's room. No gas on the prepay "
      "meter. Foodbank voucher given; housing repairs to be chased."], "A1", "2023-11-06"),
    ([D(2023, 12, 5), T(14, 0), "Home visit", "Mum said there was a small fire on Saturday from a candle; they "
      "had no electricity. Smoke alarm now fitted."], "E2", "2023-12-05"),
    ([D(2024, 1, 17), T(9, 15), "Telephone", "Mum rang: Lily was in hospital on Monday with a bad asthma attack, "
      "home now."], "E3", "2024-01-17"),
])], finish=merge_date_time)

R.xlsx("Foodbank.xlsx", [("Vouchers", [], [["Date redeemed", "Referring agency", "Household", "Notes"]], [
    ([D(2023, 11, 8), "Health visitor", "1 adult 1 child", "3 day parcel and a fuel top-up voucher."], "A2",
     "2023-11-08"),
])])

R.xlsx("Fire and Rescue.xlsx", [("Incidents", [], [["Date", "Time", "Incident type", "Narrative"]], [
    ([D(2023, 12, 2), "21:15", "Dwelling fire", "Small fire in the living room from a candle left burning; "
      "electricity off (prepay meter empty). Mother and child out before arrival. No working smoke alarm."], "E2",
     "2023-12-02"),
])])

R.xlsx("Housing.xlsx", [("Repairs", [], [["Report date", "Job", "Status", "Notes"]], [
    ([D(2023, 10, 12), "Damp and mould", "Outstanding", "Tenant reports mould in the child's bedroom."], "A3",
     "2023-10-12"),
    ([D(2023, 12, 4), "Fire damage", "Raised", "Fire service reported a candle fire at the property on Saturday; "
      "electrics to be tested."], "E2", "2023-12-04"),
])])

R.xlsx("Childrens Hospital.xlsx", [("Admissions", [], [["Admitted", "Discharged", "Summary"]], [
    ([D(2024, 1, 15), D(2024, 1, 16), "Lily, 3: acute severe asthma, needed HDU overnight. Inhaler technique "
      "poor, no spacer at home."], "E3", "2024-01-15"),
])])

R.xlsx("Little Stars Nursery.xlsx", [("Attendance and concerns", [], [["Month", "Attendance", "Notes"]], [
    (["December 2023", "51%", "Often arrives hungry and in the same clothes."], "A4", "2023-12-01"),
    (["January 2024", "38%", "Mum rang on 15th: Lily in hospital with her asthma."], "E3", "2024-01-01"),
])])

R.xlsx("Early Help.xlsx", [("Episodes", [], [["Episode start", "Episode end", "Lead professional", "Summary"]], [
    ([D(2023, 12, 11), D(2024, 3, 8), "Health visitor", "Family support plan: fuel, damp, routines. Little change; "
      "stepped up to children's social care at closure."], "A6", "2023-12-11"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Notes"]], [
    ([D(2023, 12, 4), "Contact", "Fire service notification: candle fire at the home on 02/12, no electricity, "
      "child present. Passed to early help."], "E2", "2023-12-04"),
    ([D(2024, 3, 8), "Contact", "Step up from early help: neglect, no progress."], "A7", "2024-03-08"),
])])
R.done()
