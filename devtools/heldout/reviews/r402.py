"""A held-out review (see ../README.md): python r402.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child's death after months in a damp, mouldy flat: Isaac (2) with asthma; the family's repair
# requests, the health visitor's letter to the landlord, admissions with breathing problems, an
# environmental health inspection. Vocabulary: "damp and mould", "disrepair", "HHSRS", "category 1
# hazard", "stage 1 complaint", "nebs", "sats", "PICU", "salbutamol". Layouts: the housing
# association's repairs log (job number, 'Raised', 'Completed', status); the hospital's admissions as
# a CSV; the health visitor's; the GP's; environmental health's; the nursery's.

R.xlsx("Housing association repairs.xlsx", [("Jobs", [["Repairs history - Flat 4, Moor Court"]],
                                           [["Job no", "Raised", "Completed", "Job description", "Status"]], [
    (["J-8812", D(2023, 10, 2), D(2023, 10, 30), "Tenant reports black mould in the child's bedroom. Mould wash "
      "and advice on ventilation.", "Completed"], "A1", "2023-10-02"),
    (["J-9140", D(2023, 11, 20), None, "Letter from the health visitor: damp and mould harming the child's asthma; "
      "asks for urgent repair.", "Open"], "E1", "2023-11-20"),
    (["J-9388", D(2024, 1, 8), None, "Stage 1 complaint from tenant about mould; inspection booked.",
      "Open"], "A2", "2024-01-08"),
    (["J-9501", D(2024, 1, 24), None, "Environmental health: category 1 hazard (damp and mould), improvement "
      "notice to follow.", "Open"], "E4", "2024-01-24"),
])])

R.xlsx("Health Visiting.xlsx", [("Contacts", [], [["Date", "HV", "Contact type", "Notes"]], [
    ([D(2023, 11, 16), "HV Amos", "Home visit", "Black mould on the walls of Isaac's room; wet clothes drying "
      "inside. Isaac wheezy. Letter to the landlord to support repairs."], "E1", "2023-11-16"),
    ([D(2024, 1, 15), "HV Amos", "Telephone", "Mum rang: Isaac admitted last week with breathing problems. "
      "Landlord has not done repairs."], "E2", "2024-01-15"),
])])

R.csv("Childrens Hospital admissions.csv", [], ["Admitted", "Discharged", "Ward", "Reason", "Notes"], [
    (["09/01/2024", "11/01/2024", "Ward 6", "Acute asthma", "Isaac 2y, wheeze, sats 89% on arrival, nebs. "
      "Parents say flat has mould."], "E2", "2024-01-09"),
    (["03/02/2024", "", "PICU", "Respiratory arrest", "Brought in by ambulance in respiratory arrest; died "
      "on PICU 04/02."], "E5", "2024-02-03"),
])

R.xlsx("GP Practice.xlsx", [("Consultations", [], [["Date", "Clinician", "Consultation"]], [
    ([D(2023, 12, 5), "Dr Oke", "Isaac wheezy, started salbutamol. Mum says flat very damp."], "A5",
      "2023-12-05"),
    ([D(2024, 1, 12), "Admin", "Discharge letter from the children's hospital: acute asthma, 9-11 Jan."], "E2",
     "2024-01-12"),
])])

R.xlsx("Environmental Health.xlsx", [("Inspections", [], [["Date", "Officer", "Finding"]], [
    ([D(2024, 1, 24), "EHO Patel", "HHSRS inspection: severe damp and mould, category 1 hazard. Landlord "
      "informed; improvement notice to be served."], "E4", "2024-01-24"),
])])

R.xlsx("Little Acorns Nursery.xlsx", [("Log", [], [["Date", "Staff", "Note"]], [
    ([D(2024, 1, 10), "Manager", "Isaac absent: mum says he is in hospital with his chest."], "E2", "2024-01-10"),
    ([D(2024, 2, 5), "Manager", "Told by mum's friend that Isaac died yesterday in hospital."], "E5",
     "2024-02-05"),
])])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Narrative"]], [
    ([D(2024, 2, 3), "22:05", "2yo in respiratory arrest at home, CPR, ROSC en route; conveyed to the children's "
      "hospital."], "E5", "2024-02-03"),
])])
R.done()
