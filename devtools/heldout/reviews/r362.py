"""A held-out review (see ../README.md): python r362.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Kevin Doyle (57), profoundly Deaf, a BSL user with type 1 diabetes,
# living alone; "friends" move in and take his money (mate crime); appointments missed because they were
# made by phone; a hypo called in through the video relay service; a discharge without an interpreter;
# found dead at home. Vocabulary: "BSL", "VRS" (video relay), "999 BSL", "mate crime", "s42 enquiry",
# "hypo", "DKA", "welfare check", "Deaf advocacy". Layouts: the housing association's workbook with a
# logo block and its header on row 6; the ambulance's CSV with the call time in seconds; the GP's
# Word paragraphs 'dd-Mon-yyyy Dr X:'; the Deaf charity's OpenDocument sheet; the police's ISO
# date-times with seconds; the hospital's ward notes with the date over two columns (Date, Time).

R.xlsx("Riverside Homes.xlsx", [("Tenancy log", [["Riverside Homes"], ["Tenancy sustainment - case log"],
                                                 ["Tenant: Mr K Doyle, 14 Orchard Court"], [""]],
                                 [["Date raised", "Action type", "Description", "Officer"]], [
    ([D(2023, 11, 2), "ASB report", "Neighbour reports two men coming and going from flat 14 at all hours, "
      "loud music. Tenant is Deaf - letter sent asking him to make contact.", "TSO Grant"], "A1", "2023-11-02"),
    ([D(2023, 11, 16), "Home visit", "Joint visit with ASC social worker and a BSL interpreter. Mr Doyle says "
      "'friends' are staying and have his bank card. Safeguarding concern already raised by ASC.", "TSO Grant"],
     "E2", "2023-11-16"),
    ([D(2024, 1, 30), "Welfare", "Neighbour concerned: curtains closed for days, post piling up. Police "
      "asked to do a welfare check; TSO attended with police, door forced.", "TSO Grant"], "E7", "2024-01-30"),
])])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Case note"]], [
    ([D(2023, 11, 9), "Duty SW", "Safeguarding concern from the Deaf advocacy service: Mr Doyle's benefits being "
      "taken by men staying at his flat (possible mate crime). s42 enquiry opened."], "E1", "2023-11-09"),
    ([D(2023, 11, 16), "SW Patel", "Home visit with housing officer and BSL interpreter. Mr Doyle confirms two "
      "men have his card and PIN; he wants them gone but is scared. Bank and police to be contacted."], "E2",
     "2023-11-16"),
    ([D(2024, 1, 12), "SW Patel", "Hospital social worker: Mr Doyle discharged today from Ward 9. No interpreter "
      "was booked for the discharge conversation. Insulin checked at home by district nurse?"], "E5",
     "2024-01-12"),
    ([D(2024, 1, 31), "Team manager", "Police inform us that Mr Doyle was found dead at home yesterday. SAR "
      "referral to be considered."], "E7", "2024-01-31"),
])])

R.ods("Deaf Advocacy.ods", "Contacts", ["Date", "Advocate", "Contact"], [
    (["08/11/2023", "Advocate (BSL)", "Kevin came to the drop-in upset: men living in his flat take his money on "
      "payday. Consent to raise a safeguarding concern with ASC."], "A5", "2023-11-08"),
    (["09/11/2023", "Advocate (BSL)", "Safeguarding concern sent to Adult Social Care by email."], "E1",
     "2023-11-09"),
    (["20/11/2023", "Advocate (BSL)", "Went with Kevin to the bank (interpreting): card stopped, new account."],
     "A2", "2023-11-20"),
])

R.csv("Police.csv", [], ["Date/Time Reported", "Incident ref", "Category", "Log"], [
    (["2023-11-21 15:05:00", "1123-0456", "Fraud / vulnerable adult", "Referral from ASC: Deaf male's bank card "
      "used by two men living with him. Statement taken via BSL interpreter; suspects identified."], "A3",
     "2023-11-21"),
    (["2024-01-30 13:42:00", "0124-0981", "Concern for welfare", "Request from housing: tenant not seen for days. "
      "Entry forced; male found deceased in bedroom, insulin pens on table. Not suspicious. Coroner informed."],
     "E7", "2024-01-30"),
])

R.csv("Ambulance.csv", [], ["Incident Date", "Call Received", "Source of call", "Chief complaint", "Outcome"], [
    (["03/01/2024", "02:14:33", "Video relay service (999 BSL)", "57M diabetic, reduced consciousness, BM 1.8, "
      "friend present", "IM glucagon; conveyed Northshire General"], "E3", "2024-01-03"),
])

R.xlsx("Northshire General.xlsx", [("Ward notes", [], [["Date", "Time", "Staff", "Entry"]], [
    ([D(2024, 1, 3), "03:05", "ED registrar", "Severe hypoglycaemia, arrived by ambulance. Deaf, uses BSL: no "
      "interpreter overnight, notes written. Admitted Ward 9."], "E3", "2024-01-03"),
    ([D(2024, 1, 4), "10:00", "Diabetes specialist nurse", "Insulin regime reviewed. Pt says friends 'look after' "
      "his money and food. Hospital SW asked to see."], "E4", "2024-01-04"),
    ([D(2024, 1, 12), "14:30", "Ward 9 nurse", "Discharged home. Discharge plan explained in writing; "
      "interpreter not available."], "E5", "2024-01-12"),
])])

R.docx_paragraphs("GP.docx", "Elm Tree Surgery - Mr Kevin Doyle", [
    ("02-Oct-2023 Dr Lee: Did not attend diabetic review. Note: patient Deaf, appointment booked by phone "
     "call to a friend.", "A4", "2023-10-02"),
    ("15-Jan-2024 Dr Lee: Discharge summary received from Ward 9 (discharged 12/01 after a severe hypo). Review "
     "insulin at diabetic clinic.", "E5", "2024-01-15"),
    ("31-Jan-2024 Dr Lee: Informed by coroner's officer of death at home on 30/01/2024.", "E7", "2024-01-31"),
])
R.done()
