"""A held-out review (see ../README.md): python r209.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A safeguarding adults review: James (58), learning disability, dysphagia, supported at home by a
# care agency four times a day; choking, aspiration pneumonia, death. Layouts: the care agency's
# visit notes (Date, Time In, Time Out, Carer, Notes; many routine visits); an ambulance service's
# incident export; a hospital stay as one row with admission and discharge dates, plus ward notes;
# adult social care's case-system activities; a SALT return; police; a GP.
routine = ["Personal care given, breakfast (level 5 diet) eaten well.", "Lunch given, fluids encouraged.",
           "Tea given, meds administered, settled.", "Supported to bed, all well."]
visits = []
for day in (3, 4, 5, 19, 20, 21):
    for n, (tin, tout) in enumerate((("08:00", "08:45"), ("12:30", "13:00"), ("17:00", "17:30"),
                                     ("21:00", "21:30"))):
        visits.append((D(2023, 6, day), tin, tout, "Carer " + "ABCD"[n], routine[n], None))
# the choking at lunch replaces that day's routine lunch note
visits = [v for v in visits if not (v[0].day == 5 and v[1] == "12:30")]
visits += [
    (D(2023, 6, 5), "12:30", "13:40", "Carer B", "J choked on a sandwich at lunch (family left it). Back slaps, 999 "
     "called, cleared before crew arrived.", "E1"),
    (D(2023, 6, 20), "10:00", "11:00", "Manager", "Manager attended best interests meeting: new eating plan, IDDSI "
     "level 5 only, no bread.", "E2"),
    (D(2023, 7, 2), "17:00", "18:20", "Carer C", "J coughing after tea, chesty and breathless. Rang 111, told to call "
     "999. Ambulance arrived 18:50.", "E3"),
    (D(2023, 7, 10), "09:00", "09:15", "Office", "Call from ASC safeguarding: concern raised by the hospital that "
     "carers gave J toast. Manager to investigate.", "E5"),
    (D(2023, 7, 16), "15:00", "15:30", "Carer A", "J home from hospital by patient transport. Settled.", "E4"),
    (D(2023, 8, 3), "08:00", "08:30", "Carer A", "Morning call: J unresponsive in bed, cold. 999 called, CPR not "
     "started on advice.", "E6"),
]
visits.sort(key=lambda v: (v[0], v[1]))
R.xlsx("Care agency.xlsx", [("Visit notes", [], [["Date", "Time In", "Time Out", "Carer", "Notes"]], [
    ([d, tin, tout, carer, notes], ev, d.date().isoformat()) for d, tin, tout, carer, notes, ev in visits])])
R.xlsx("Ambulance Service.xlsx", [("Incidents", [], [["Incident date", "Call time", "Chief complaint", "Outcome"]], [
    ([D(2023, 6, 5), "12:41", "Choking - adult with learning disability", "Airway clear on arrival, obs normal. Not "
      "conveyed. Advised GP and SALT review."], "E1", "2023-06-05"),
    ([D(2023, 7, 2), "18:35", "Breathing problems", "SpO2 86%, crackles R base, ?aspiration. Conveyed to RSH."], "E3",
     "2023-07-02"),
    ([D(2023, 8, 3), "08:04", "Unresponsive - not breathing", "ROLE confirmed 08:21. Police informed."], "E6",
     "2023-08-03"),
])])
R.xlsx("Royal Shrewsbury Hospital.xlsx", [
    ("Stays", [], [["Admission date", "Discharge date", "Ward", "Diagnosis"]], [
        ([D(2023, 7, 2), D(2023, 7, 16), "Ward 22", "Aspiration pneumonia. IV antibiotics, SALT review."], "E3",
         "2023-07-02"),
    ]),
    ("Ward notes", [], [["Date", "Note"]], [
        ([D(2023, 7, 10), "Safeguarding referral to ASC: J told nurse his carers give him toast; SALT plan says "
          "level 5 only."], "E5", "2023-07-10"),
    ]),
])
R.xlsx("Adult Social Care.xlsx", [("Activities", [], [["Activity date", "Activity type", "Subject", "Notes"]], [
    ([D(2023, 6, 20), "Meeting", "Best interests", "BI meeting: modified diet agreed (IDDSI 5). Present: SW, SALT, care "
      "agency manager, sister."], "E2", "2023-06-20"),
    ([D(2023, 7, 10), "Safeguarding concern", "Hospital", "Concern from RSH ward 22: carers giving non-modified food. "
      "S42 enquiry opened; care agency informed."], "E5", "2023-07-10"),
    ([D(2023, 7, 17), "Case note", "Discharge", "Notification that J was discharged yesterday; care package "
      "restarted."], "E4", "2023-07-17"),
    ([D(2023, 8, 3), "Case note", "Death", "Care agency informed us J died this morning."], "E6", "2023-08-03"),
])])
R.csv("SALT.csv", [], ["Date", "Clinician", "Entry"], [
    (["12/06/2023", "SLT Evans", "Referral received from GP after choking episode. Swallow assessment booked."], None,
      "2023-06-12"),
    (["15/06/2023", "SLT Evans", "Home swallow assessment: moderate oropharyngeal dysphagia. IDDSI level 5 "
      "recommended."], None, "2023-06-15"),
    (["20/06/2023", "SLT Evans", "Attended best interests meeting; recommendations accepted."], "E2", "2023-06-20"),
])
R.csv("GP.csv", [], ["Date", "Entry"], [
    (["06/06/2023", "Ambulance notes received: choking episode yesterday, not conveyed. SALT referral made."], "E1",
     "2023-06-06"),
    (["04/08/2023", "Notified of death yesterday by police; coroner's officer to call."], "E6", "2023-08-04"),
])
R.csv("Police.csv", [], ["Date", "Time", "Log"], [
    (["03/08/2023", "08:40", "Sudden death of male (58) at home address. Not suspicious. Coroner informed."], "E6",
     "2023-08-03"),
])
R.done()
