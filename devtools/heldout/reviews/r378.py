"""A held-out review (see ../README.md): python r378.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Kieran (16) dies when a stolen car he is a passenger in crashes during a police pursuit. Before: a
# TWOC arrest, a referral order with the youth justice service, exclusion to a PRU, a missing episode.
# Vocabulary: "TWOC" (taking without consent), "referral order", "YJS", "PRU", "pursuit", "IOPC"
# (the police watchdog), "RTC", "fatal", "JAR". Layouts: the police's return with the date and the
# time in one Excel date-time; the youth justice service's CSV with 'Session date'; the PRU's Word
# table; the ambulance's; social care's.

R.xlsx("Police.xlsx", [("Log", [], [["Date/time", "Officer", "Narrative"]], [
    ([D(2023, 12, 2, 1, 30), "PC Dunn", "Two youths in a stolen Audi stopped; Kieran (16) arrested for TWOC as a "
      "passenger. Interviewed with an AA, charged, bailed to court."], "E1", "2023-12-02"),
    ([D(2024, 2, 10, 22, 15), "PC Dunn", "Kieran reported missing by mum; found 02:00 in a car park with older "
      "males, returned home."], "E4", "2024-02-10"),
    ([D(2024, 3, 9, 0, 40), "Traffic", "Vehicle failed to stop; short pursuit authorised then called off. Vehicle "
      "crashed into a wall on the ring road. Rear passenger (16M) fatal injuries, driver ran off. IOPC "
      "referral (death following police contact)."], "E5", "2024-03-09"),
])])

R.csv("Youth Justice Service.csv", [], ["Session date", "Worker", "Session / contact", "Notes"], [
    (["04/01/2024", "YJ officer Pike", "Court", "Youth court: referral order 6 months for TWOC (Dec)."], "E2",
     "2024-01-04"),
    (["11/01/2024", "YJ officer Pike", "Home visit", "Referral order panel prep: Kieran says he was 'just getting "
      "a lift'."], "A1", "2024-01-11"),
    (["11/03/2024", "YJ manager", "Notification", "Police told us Kieran died early on Saturday in a crash in a "
      "stolen car. Critical learning review to be considered."], "E5", "2024-03-11"),
])

R.docx_table("Northshire PRU.docx", "Northshire Pupil Referral Unit - Kieran", ["Date", "Staff", "Entry"], [
    (["15/01/2024", "Head of centre", "Started at the PRU after permanent exclusion from Highfield Academy "
      "(assaulting a teacher)."], "E3", "2024-01-15"),
    (["12/02/2024", "Key worker", "Kieran in today: says he 'went missing' on Saturday, mum had to call the "
      "police. Return interview offered."], "E4", "2024-02-12"),
    (["11/03/2024", "Head of centre", "Informed by the police that Kieran died in a car crash at the weekend. "
      "Staff and students told."], "E5", "2024-03-11"),
])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Notes"]], [
    ([D(2024, 3, 9), "00:46", "RTC car v wall, rear passenger ~16M trapped, cardiac arrest, ROLE after 20 min "
      "with HEMS doctor. Police on scene."], "E5", "2024-03-09"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 1, 15), "SW Roy", "Education: Kieran now at the PRU after his permanent exclusion."], "E3",
     "2024-01-15"),
    ([D(2024, 2, 12), "SW Roy", "Missing notification from police: Kieran missing Saturday night, found at 2am "
      "with older males."], "E4", "2024-02-12"),
    ([D(2024, 3, 9), "EDT", "Police: Kieran died in a car crash after a police pursuit tonight. JAR meeting "
      "tomorrow."], "E5", "2024-03-09"),
])])
R.done()
