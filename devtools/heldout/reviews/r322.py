"""A held-out review (see ../README.md): python r322.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Alan Griffiths (63), diabetic, living alone in a hoarded flat,
# refusing care; leg ulcers, a fire safety visit, a multi-agency risk meeting, a fall with a long
# lie, sepsis, death in hospital. Vocabulary: "self-neglect", "s42 enquiry", "MARM" (multi-agency
# risk management meeting), "safe and well visit", "no access visit", "mental capacity", "clutter
# rating". Layouts: district nursing as a Word table with dates "Tue 02/01/24"; the GP as a CSV with
# "02-Jan-2024"; fire and rescue with ISO text dates; the housing association's "15th Jan 2024";
# the hospital's arrival date and time in one cell; adult social care with datetime cells.

R.docx_table("District Nursing.docx", "District Nursing Service – chronology for SAR (Mr A Griffiths)",
             ["Date", "Visit", "Notes"], [
    (["Tue 02/01/24", "Planned", "Leg ulcer dressing. Flat very cluttered (clutter rating 7), urine bottles, no "
      "heating. Declined referral to social care. Capacity to decide about his home assumed."], "E1", "2024-01-02"),
    (["Mon 08/01/24", "Office", "Safeguarding concern raised with adult social care re self-neglect (DN Clarke)."],
     "E2", "2024-01-08"),
    (["Mon 05/02/24", "Meeting", "DN Clarke attended MARM: plan for joint visits and capacity assessment."], "E5",
     "2024-02-05"),
    (["Mon 12/02/24", "Planned", "No access visit: no answer, curtains closed. Message left; GP informed."], "E6",
     "2024-02-12"),
])

R.csv("GP surgery.csv", [], ["Consultation date", "Clinician", "Entry"], [
    (["02-Jan-2024", "Admin", "Message from DN: home very cluttered, no heating, concerns re self-neglect."], "E1",
     "2024-01-02"),
    (["05-Feb-2024", "Dr Osei", "MARM: report sent, unable to attend. HbA1c 97 in Nov, not collected insulin."],
     None, "2024-02-05"),
    (["12-Feb-2024", "Admin", "DN: no access today. Letter sent offering appointment."], "E6", "2024-02-12"),
    (["21-Feb-2024", "Admin", "Notification of death from the Royal Gwent: died 20/02/24, sepsis."], "E8",
     "2024-02-21"),
])

R.xlsx("Adult Social Care.xlsx", [("Contacts", [["Newport City Council – Adult Services"]],
                                   [["Contact date", "Contact type", "Summary"]], [
    ([D(2024, 1, 8, 11, 20), "Safeguarding concern", "Concern from district nurses: Mr G self-neglecting, flat "
      "cluttered, no heating, refuses care."], "E2", "2024-01-08"),
    ([D(2024, 1, 22, 10, 0), "Decision", "Section 42 enquiry: duty to make enquiries met (self-neglect)."], "E4",
     "2024-01-22"),
    ([D(2024, 2, 5, 14, 0), "Meeting", "Multi-agency risk management meeting (DN, fire, housing, ASC). Plan: joint "
      "visit, capacity assessment re accommodation."], "E5", "2024-02-05"),
    ([D(2024, 2, 21, 9, 15), "Information", "Hospital social worker: Mr G died yesterday on the ward."], "E8",
     "2024-02-21"),
])])

R.xlsx("South Wales Fire and Rescue.xlsx", [("Home safety", [], [["Visit date", "Type", "Findings"]], [
    (["2024-01-15", "Safe and well visit", "Joint with housing officer. High fire risk: hoarding, candles, smoking in "
      "bed. Smoke alarms fitted, fire-retardant bedding."], "E3", "2024-01-15"),
    (["2024-02-05", "Multi-agency meeting", "Attended MARM. Offered revisit."], "E5", "2024-02-05"),
])])

R.xlsx("Linc Housing.xlsx", [("Tenancy notes", [], [["Date", "Officer", "Note"]], [
    (["15th Jan 2024", "Tenancy officer", "Joint visit with fire service (safe and well). Tenancy breach "
      "(condition of property) discussed; Mr G says he will clear it."], "E3", "2024-01-15"),
    (["5th Feb 2024", "Tenancy officer", "MARM attended. Agreed to hold off legal action."], "E5", "2024-02-05"),
])])

R.xlsx("Royal Gwent Hospital.xlsx", [("ED and wards", [], [["Arrival", "Area", "Presenting complaint / course"]], [
    (["15/02/2024 22:41", "ED", "Found on floor by neighbour, long lie ?2 days. Infected foot ulcer, sepsis. "
      "Admitted to AMU."], "E7", "2024-02-15"),
    (["20/02/2024 05:10", "Ward B3", "Died. Cause: sepsis, diabetic foot infection. Safeguarding referral "
      "to ASC re self-neglect."], "E8", "2024-02-20"),
])])
R.done()
