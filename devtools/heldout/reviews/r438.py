"""A held-out review (see ../README.md): python r438.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mrs Irene Shaw (88), dementia, dies after a fall at home; her husband (90) was
# her carer. Vocabulary: "OPMH" (older people's mental health), "memory clinic", "falls team", "telecare",
# "pendant alarm", "carer breakdown", "DoLS", "respite". Layouts: two returns in files named only for what they
# are ('IMR chronology FINAL.xlsx', 'Chronology (2).xlsx') whose agency is named only in the page header
# printed at the top of each page; the telecare service's CSV of alarm calls; adult social care's; the
# ambulance's; the GP's.


def page_header(text):
    def finish(book):
        for sheet in book.worksheets:
            sheet.oddHeader.center.text = text
            sheet.oddFooter.right.text = "Page &P of &N"
    return finish


R.xlsx("IMR chronology FINAL.xlsx", [("Sheet1", [], [["Date", "Clinician", "Contact", "Summary"]], [
    ([D(2024, 1, 16), "CPN Doyle", "Home visit", "Memory clinic follow-up: Irene's dementia worse, up at night. "
      "Husband Ron exhausted, says he 'can't go on like this'. Carer's assessment advised."], "A1", "2024-01-16"),
    ([D(2024, 2, 27), "CPN Doyle", "Telephone", "Ron rang: Irene fell in the night, ambulance came and left her "
      "at home. Advised GP review."], "E2", "2024-02-27"),
    ([D(2024, 3, 12), "Dr Baines", "Outpatient", "OPMH review: mirtazapine started for sleep; respite care "
      "discussed."], "A2", "2024-03-12"),
])], finish=page_header("Northshire Healthcare NHS Foundation Trust - Older People's Mental Health"))

R.xlsx("Chronology (2).xlsx", [("Sheet1", [], [["Date", "Officer", "Details"]], [
    ([D(2024, 3, 30), "PC Moran", "Concern for welfare: neighbour found Ron (90) confused in the street at 06:00 "
      "saying his wife would not wake. Attended with ambulance: female deceased in bed; fall injuries noted. "
      "Not suspicious at this time; coroner informed."], "E4", "2024-03-30"),
])], finish=page_header("Westshire Police - OFFICIAL SENSITIVE"))

R.csv("Careline Telecare.csv", [], ["Call date", "Call time", "Alarm", "Outcome"], [
    (["27/02/2024", "02:41", "Pendant", "Husband pressed the pendant: wife on the floor, cannot lift her. Ambulance "
      "requested (no injuries reported)."], "E2", "2024-02-27"),
    (["18/03/2024", "23:15", "Falls detector", "Fall detected; husband says she is fine and back in bed. No "
      "further action."], "E3", "2024-03-18"),
])

R.xlsx("Adult Social Care.xlsx", [("Steps", [], [["Date", "Step", "Notes"]], [
    ([D(2024, 1, 22), "Carer's assessment", "Requested by the CPN. Allocated; waiting list 8 weeks."], "A1",
     "2024-01-22"),
    ([D(2024, 3, 20), "Safeguarding concern", "From Careline: second fall in a month, husband struggling."], "E3",
     "2024-03-20"),
    ([D(2024, 4, 2), "Information", "Police: Irene died at home on 30/03. Carer's assessment never done."], "E4",
     "2024-04-02"),
])])

R.xlsx("Ambulance Service.xlsx", [("Calls", [], [["Date", "Time", "Notes"]], [
    ([D(2024, 2, 27), "03:20", "Fall, 88F, dementia. Lifted; no injury found. Left at home with husband (90); "
      "falls team referral."], "E2", "2024-02-27"),
    ([D(2024, 3, 30), "06:25", "Called by police: 88F deceased in bed, rigor. ROLE 06:31."], "E4", "2024-03-30"),
])])

R.xlsx("GP Practice.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 2, 29), "Ambulance notification: fall 27/02, no injury, falls team referral."], "E2", "2024-02-29"),
    ([D(2024, 4, 3), "Death notified: 30/03/2024 at home. Coroner."], "E4", "2024-04-03"),
])])
R.done()
