"""A held-out review (see ../README.md): python r431.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review: Mrs Ada Wells (81) is killed by her son Paul (52), her carer, who drank and had
# depression. Vocabulary: "carer's assessment", "carer strain", "dosette", "MDS" (monitored dosage system),
# "PPN", "DASH", "CMHT", "DNA", "s42". Layouts: the carers' centre's Word table under a title naming the year
# ('contacts during 2024') over days written '4/3'; the community pharmacy's; the GP's workbook with a sheet
# for mother and one for son; the police's CSV; the mental health trust's (for Paul); adult social care's.

R.docx_table("Carers Centre.docx", "Westfield Carers Centre - contacts with Paul Wells during 2024",
             ["Date", "Time", "Contact", "Notes"], [
    (["4/3", "11:15", "Phone", "Paul rang very stressed: said he 'lost it' with his mum last night and pushed her "
      "onto the bed. No injury, he says. Safeguarding referral made to ASC with his knowledge."], "E1",
     "2024-03-04"),
    (["19/3", "14:00", "Home visit", "Carer's assessment with Paul. Caring alone 24/7, drinking most evenings, "
      "no sleep. Respite discussed; Paul refused a sitting service."], "A3", "2024-03-19"),
    (["15/4", "09:30", "Note", "Heard from ASC that Ada died at home yesterday and Paul has been arrested."],
     "E3", "2024-04-15"),
])

R.xlsx("Boots Pharmacy Westfield.xlsx", [("Interventions", [], [["Date", "Pharmacist", "Intervention"]], [
    ([D(2024, 4, 10), "K. Shah", "Paul collected his mother's MDS trays. Said she is 'impossible' and he is at "
      "the end of his tether. Advised to speak to the GP; offered the carers centre number."], "A5", "2024-04-10"),
])])

R.xlsx("Westfield Surgery.xlsx", [
    ("Mrs Ada Wells", [], [["Date", "Clinician", "Entry"]], [
        ([D(2024, 2, 20), "Dr Lin", "Bruise on her L upper arm. Says she fell against the door frame. Son "
          "present throughout."], "A1", "2024-02-20"),
        ([D(2024, 3, 28), "Admin", "Police PPN received: verbal domestic between patient and her son on "
          "25/03/2024."], "E2", "2024-03-28"),
        ([D(2024, 4, 16), "Admin", "Notification of death 14/04/2024. Police investigation."], "E3", "2024-04-16"),
    ]),
    ("Mr Paul Wells", [], [["Date", "Clinician", "Entry"]], [
        ([D(2024, 1, 15), "Dr Lin", "Low mood, drinking 50 units/week, caring for his mother. Sertraline started; "
          "referred to CMHT and alcohol service."], "A6", "2024-01-15"),
    ]),
])

R.csv("Police.csv", [], ["Date", "Time", "Ref", "Summary"], [
    (["25/03/2024", "23:10", "0871", "Neighbour heard screaming from 9 Elm Rd. Attended: Paul Wells drunk, "
      "argument with his mother over money. No injuries. DASH medium. PPN to ASC and GP."], "E2", "2024-03-25"),
    (["14/04/2024", "07:40", "0412", "Paul Wells called 999: his mother not breathing. Ada Wells pronounced dead "
      "at the address with head injuries. Paul arrested for murder."], "E3", "2024-04-14"),
])

R.xlsx("Mental Health Trust.xlsx", [("RiO", [], [["Date", "Clinician", "Note"]], [
    ([D(2024, 2, 5), "CMHT duty", "GP referral screened: low mood and alcohol. Booked an outpatient assessment."],
     "A7", "2024-02-05"),
    ([D(2024, 3, 26), "CMHT duty", "Police informed us of a DA incident last night: Paul and his mother."], "E2",
     "2024-03-26"),
    ([D(2024, 4, 2), "Dr Iqbal", "DNA outpatient assessment. Letter sent offering one more appointment."], "A4",
     "2024-04-02"),
    ([D(2024, 4, 15), "CMHT manager", "Informed: Paul arrested for the murder of his mother yesterday. Records "
      "secured."], "E3", "2024-04-15"),
])])

R.xlsx("Adult Social Care.xlsx", [("Chronology", [], [["Date", "Type", "Summary"]], [
    ([D(2024, 3, 4), "Safeguarding concern", "From Westfield Carers Centre: Paul pushed Ada last night, carer "
      "strain. Accepted for s42 enquiry."], "E1", "2024-03-04"),
    ([D(2024, 3, 8), "s42 visit", "Visited Ada at home; Paul present and would not leave the room. Ada says all "
      "is fine."], "A2", "2024-03-08"),
    ([D(2024, 3, 27), "Police notification", "PPN: domestic argument between Ada and Paul on 25/03, alcohol "
      "involved."], "E2", "2024-03-27"),
    ([D(2024, 4, 15), "Information", "Police: Ada found dead at home yesterday; Paul arrested. Carers Centre "
      "informed."], "E3", "2024-04-15"),
])])
R.done()
