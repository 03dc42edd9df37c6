"""A held-out review (see ../README.md): python r336.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Baby Ruby (7 weeks) shaken by her father: a crying baby, the ICON message, the GP, a collapse, the
# ambulance, the emergency department, PICU, abusive head trauma, the father's arrest. Vocabulary:
# "ICON", "colic", "AHT" (abusive head trauma), "retinal haemorrhages", "subdural", "CT head",
# "skeletal survey", "s47". Layouts: a two-row header in the hospital's return ("Date" and "Time" under
# "Attendance"); the GP's dates as "12/03/24" and times "2pm"; the ambulance's CSV; social care;
# the police; the health visitor.

R.xlsx("Sheffield Childrens Hospital.xlsx", [("Ruby", [], [["Attendance", None, "Clinical notes"],
                                                          ["Date", "Time", None]], [
    ([D(2024, 3, 14), "03:25", "BIBA: 7/52 infant, apnoea and floppy at home. CT head: bilateral subdural "
      "haematomas. Transferred to PICU."], "E3", "2024-03-14"),
    ([D(2024, 3, 14), "11:00", "Ophthalmology: extensive retinal haemorrhages both eyes. Safeguarding referral to "
      "CSC and police (suspected AHT)."], "E4", "2024-03-14"),
    ([D(2024, 3, 15), "10:00", "Strategy discussion (CSC, police, paediatrician): skeletal survey; parents not to "
      "be alone with Ruby."], "E5", "2024-03-15"),
])],
       # "Attendance" is one header over the Date and Time columns (row 1), as the hospital's template has it.
       finish=lambda workbook: workbook["Ruby"].merge_cells("A1:B1"))

R.xlsx("GP.xlsx", [("Consultations", [], [["Date", "Time", "Clinician", "Entry"]], [
    (["05/03/24", "2pm", "Dr Noor", "Mum and dad with Ruby: crying for hours every evening, dad 'at the end of his "
      "tether'. Colic advice; ICON leaflet; HV to follow up."], "E1", "2024-03-05"),
    (["15/03/24", "9am", "Admin", "Hospital informed us Ruby is on PICU with head injuries; CSC involved."], "E3",
     "2024-03-15"),
])])

R.csv("Yorkshire Ambulance.csv", [], ["Incident date", "Call time", "Notes"], [
    (["14/03/2024", "02:51", "Dad called 999: baby stopped breathing after a feed. CPR advice on the phone. "
      "Infant pale, floppy; conveyed to SCH resus."], "E3", "2024-03-14"),
])

R.xlsx("Health Visiting.xlsx", [("HV", [], [["Date", "Contact", "Note"]], [
    ([D(2024, 3, 7), "Phone", "Follow-up after GP: mum says crying a little better; ICON discussed with both "
      "parents."], "E2", "2024-03-07"),
    ([D(2024, 3, 15), "Information", "PICU informed HV of Ruby's admission with head injuries."], "E3", "2024-03-15"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Details"]], [
    ([D(2024, 3, 14), "Referral", "From the hospital: Ruby (7 weeks) subdurals and retinal haemorrhages, no "
      "explanation."], "E4", "2024-03-14"),
    ([D(2024, 3, 15), "Strategy", "Strategy discussion: s47 joint; safety plan at the bedside."], "E5", "2024-03-15"),
    ([D(2024, 3, 21), "Police", "Father arrested for GBH on Ruby."], "E6", "2024-03-21"),
])])

R.xlsx("South Yorkshire Police.xlsx", [("Log", [], [["Date", "Time", "Entry"]], [
    ([D(2024, 3, 15), "10:00", "Strat: hospital, CSC. Crime recorded: GBH (child). Scene photographs of the "
      "flat."], "E5", "2024-03-15"),
    ([D(2024, 3, 21), "06:45", "Father arrested at home, interviewed: admits shaking Ruby 'to stop her crying'. "
      "Charged, remanded."], "E6", "2024-03-21"),
])])
R.done()
