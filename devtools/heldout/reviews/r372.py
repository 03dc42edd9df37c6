"""A held-out review (see ../README.md): python r372.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Busy days: a family (mum Stacey, Kyle 11, Mia 6) where several things happen on one day and each agency
# records some of them: on 05/03 Kyle is caught shoplifting in the morning, Mia is sent home ill from
# school at noon, and the police attend a domestic at night; on 12/03 a strategy discussion about the
# domestic and a core group about the children's plan are both held; on 19/03 Kyle goes missing and
# Mia has a dental extraction. Each record must find its own event, not another of the same day.
# Layouts: plain tables, the police's with a time column; social care's with a 'Type' column.

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 3, 5), "10:15", "Store detectives at Shopwise detained a boy (11) for stealing sweets and a phone "
      "charger. Too young to arrest (under 12): words of advice, taken home to mum."], "E1", "2024-03-05"),
    ([D(2024, 3, 5), "22:50", "Domestic at the address: Stacey's partner Dean smashed the TV and pushed her; "
      "children upstairs. Dean arrested for assault. DASH medium. PPN."], "E3", "2024-03-05"),
    ([D(2024, 3, 12), "10:00", "Strategy discussion with CSC re the domestic on 05/03 and Dean's bail address."],
     "E4", "2024-03-12"),
    ([D(2024, 3, 19), "21:30", "Kyle (11) reported missing by mum: not home since school. Found at 23:40 at a "
      "friend's house by officers. Medium risk."], "E6", "2024-03-19"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Worker", "Entry"]], [
    ([D(2024, 3, 6), "PPN", "MASH", "PPN: Kyle (11) detained for shoplifting at Shopwise yesterday morning, "
      "words of advice."], "E1", "2024-03-06"),
    ([D(2024, 3, 6), "PPN", "MASH", "PPN: domestic last night, mum pushed by partner Dean, TV smashed, children "
      "in the house; Dean arrested."], "E3", "2024-03-06"),
    ([D(2024, 3, 12), "Strategy", "SW Kent", "Strategy discussion (police, school): s47 for both children after "
      "the domestic."], "E4", "2024-03-12"),
    ([D(2024, 3, 12), "Core group", "SW Kent", "Core group meeting (school, HV, mum): CP plan for neglect "
      "reviewed; dental appointment for Mia on 19/03."], "E5", "2024-03-12"),
    ([D(2024, 3, 20), "Missing", "SW Kent", "Kyle missing from home last night, found by police at a friend's. "
      "Return home interview requested."], "E6", "2024-03-20"),
])])

R.xlsx("Hill Street Primary.xlsx", [("Log", [], [["Date", "Staff", "Note"]], [
    ([D(2024, 3, 5), "Office", "Mia (6) sent home at lunchtime with a temperature; mum collected. Kyle absent "
      "this morning (mum says he was 'with her in town')."], "E2", "2024-03-05"),
    ([D(2024, 3, 12), "DSL", "Strategy discussion by phone with SW and police about the domestic."], "E4",
     "2024-03-12"),
    ([D(2024, 3, 12), "DSL", "Core group: attendance, Mia's teeth (extractions next week), uniform."], "E5",
     "2024-03-12"),
    ([D(2024, 3, 20), "DSL", "Kyle in school; says he stayed at Jay's. Mia off after her dental treatment."],
     "A1", "2024-03-20"),
])])

R.xlsx("Community Dental.xlsx", [("Appointments", [], [["Date", "Clinician", "Notes"]], [
    ([D(2024, 3, 19), "Dentist", "Mia (6): 4 extractions under GA at the day unit. Mum attended. Neglect "
      "concerns shared with SW."], "E7", "2024-03-19"),
])])

R.xlsx("Health Visiting.xlsx", [("Notes", [], [["Date", "HV", "Entry"]], [
    ([D(2024, 3, 12), "HV Grant", "Attended core group for Mia and Kyle at CSC: plan reviewed."], "E5",
     "2024-03-12"),
])])
R.done()
