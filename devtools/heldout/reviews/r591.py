"""A held-out review (see ../README.md): python r591.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Callum Ward (17) uses ketamine and nitrous oxide; his bladder is damaged.
# Each agency tells the same event in its own words: 'Youths with nitrous oxide canisters at Kings Park; one male
# collapsed' and '17M collapsed at the park after inhaling nitrous oxide (balloons), declined conveyance'; the
# police's community resolution and the young people's drug service's 'Referral from police'; the urology clinic's
# 'Ketamine uropathy' and the drug worker's 'Accompanied Callum to his urology appointment', and the letter the GP
# receives.
# Layouts: the police's Word table 'Date | Time | OEL ref | Summary'; the ambulance service's CSV; the young people's
# drug service's sheet with dates typed '15 Jul 2024'; the hospital's sheet; the GP's OpenDocument sheet.

R.docx_table("Police.docx", "Police - occurrences involving Callum WARD", ["Date", "Time", "OEL ref", "Summary"], [
    (["13/07/2024", "23:05", "OEL-2407-1188", "Youths with nitrous oxide canisters at Kings Park; one male (17) "
      "collapsed, ambulance called. Callum searched: small bag of white powder (ketamine)."], "E1", "2024-07-13"),
    (["14/07/2024", "14:00", "OEL-2407-1188", "Community resolution for possession of ketamine (Class B). Referred to "
      "Compass young people's service."], "E2", "2024-07-14"),
])

R.csv("Ambulance Service.csv", [], ["Date", "Time", "Notes"], [
    (["13/07/2024", "23:18", "17M collapsed at the park after inhaling nitrous oxide (balloons), GCS 15 on arrival, "
      "obs normal. Declined conveyance, left with friends."], "E1", "2024-07-13"),
])

R.xlsx("Compass Young Peoples Service.xlsx", [("Sessions", [], [["Session date", "Session type", "Notes"]], [
    (["15 Jul 2024", "Referral", "Referral from police: community resolution, ketamine and nitrous oxide. Text sent to "
      "Callum to arrange a meeting."], "E2", "2024-07-15"),
    (["22 Jul 2024", "1:1", "First session at the café: ketamine most weekends for a year, pain when passing "
      "urine."], "S3", "2024-07-22"),
    (["05 Aug 2024", "Outreach", "Accompanied Callum to his urology appointment: told to stop ketamine completely."],
     "E3", "2024-08-05"),
])])

R.xlsx("Royal Infirmary Urology.xlsx", [("Clinic", [], [["Date", "Clinician", "Clinic note"]], [
    ([D(2024, 8, 5), "Mr Fraser", "Ketamine uropathy: frequency hourly, haematuria, thickened bladder wall on "
      "ultrasound. Stop ketamine; review 3 months."], "E3", "2024-08-05"),
])])

R.ods("Kings Park Surgery.ods", "Journal", ["Date", "Author", "Entry"], [
    ([D(2024, 6, 10), "Dr Shah", "17M urinary frequency, dysuria. MSU sent. ?UTI. Denies drug use."], "S1",
     "2024-06-10"),
    ([D(2024, 8, 9), "Admin", "Letter from urology: ketamine-related bladder damage; asked to stop; review in 3 "
      "months."], "E3", "2024-08-09"),
])
R.done()
