"""A held-out review (see ../README.md): python r288.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A 6-year-old (Lily) whose mother reports seizures no one else sees: perplexing presentations,
# then a referral for fabricated or induced illness. Vocabulary: "FII", "perplexing presentation",
# "EEG", "gastrostomy", "PEG", "ED", "neurology", "school nurse", "0-19 service". Layouts: the
# hospital's attendances with an "Attendance No" column first and date-times; the GP's export with
# a read code and a short description beside the free text; the 0-19 service's CSV with dates
# written "2/3/2023"; children's services under a title and a line giving the period covered
# ("Period: 01/01/2023 to 31/05/2023"); the police.

R.xlsx("Royal Infirmary.xlsx", [("Attendances", [], [["Attendance No", "Arrival", "Specialty", "Summary"]], [
    ([1, D(2023, 1, 9, 20, 15), "ED", "Mum reports 3 seizures today. Alert, obs normal, no post-ictal signs. Discharged, "
      "GP letter."], "E1", "2023-01-09"),
    ([2, D(2023, 2, 14, 10, 30), "Neurology OPD", "EEG normal. Mum asks for a gastrostomy as Lily 'won't eat'; weight "
      "50th centile. No indication."], "E2", "2023-02-14"),
    ([3, D(2023, 3, 6, 9, 0), "Paediatrics", "Letter from school nurse: no seizures seen in school, eats lunch "
      "well."], "E3", "2023-03-06"),
    ([4, D(2023, 4, 18, 13, 0), "Paediatrics", "Professionals meeting (perplexing presentations) chaired by Dr Rao: "
      "GP, school, school nurse."], "E4", "2023-04-18"),
    ([5, D(2023, 5, 5, 16, 0), "Paediatrics", "Dr Rao referred to children's services: suspected FII."], "E5",
     "2023-05-05"),
    ([6, D(2023, 5, 11, 11, 0), "Paediatrics", "Strategy discussion with CSC and police. Dr Rao attended."], "E6",
     "2023-05-11"),
])])

R.xlsx("GP Practice.xlsx", [("Export", [], [["Date", "Read code", "Description", "Free text"]], [
    ([D(2023, 1, 12), "9N36", "Letter received", "ED letter: seizures reported by mother 09/01, examination normal, "
      "discharged."], "E1", "2023-01-12"),
    ([D(2023, 1, 30), "1B6B", "Seizure", "Mum says daily seizures, videos not available. Chased neurology."], None,
     "2023-01-30"),
    ([D(2023, 2, 20), "9N36", "Letter received", "Neurology clinic letter (14/02): EEG normal, gastrostomy not "
      "indicated."], "E2", "2023-02-20"),
    ([D(2023, 4, 18), "8HH", "Meeting", "Attended perplexing presentation meeting at hospital."], "E4", "2023-04-18"),
])])

R.csv("0-19 Service.csv", [], ["Date", "Practitioner", "Note"], [
    (["2/3/2023", "School nurse", "Met with school: Lily well, no seizures seen, eats all her lunch. Mum reports daily "
      "seizures. Wrote to paediatrician."], "E3", "2023-03-02"),
    (["18/4/2023", "School nurse", "Attended professionals meeting at the Royal."], "E4", "2023-04-18"),
])

R.xlsx("Childrens Services.xlsx", [("Chronology", [["Children's Services – Lily M – Chronology"],
                                                  ["Period: 01/01/2023 to 31/05/2023"], []],
                                   [["Date", "Type", "Detail"]], [
    ([D(2023, 5, 5), "Contact", "Referral from Dr Rao (paediatrics): suspected fabricated or induced illness."], "E5",
     "2023-05-05"),
    ([D(2023, 5, 11), "Strategy", "Strategy discussion: police, paediatrics. S47 jointly."], "E6", "2023-05-11"),
])])

R.xlsx("Police.xlsx", [("Log", [], [["Date", "Details"]], [
    ([D(2023, 5, 11), "Strategy discussion (FII concerns), DS Wynn. Joint S47."], "E6", "2023-05-11"),
])])
R.done()
