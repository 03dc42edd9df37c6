"""A held-out review (see ../README.md): python r188.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

R = Review(sys.argv[1])
D = dt.datetime
# A child practice review in Wales: bilingual headers, the child protection register, a PPN.
HEAD = [["Dyddiad / Date", "Amser / Time", "Manylion / Details", "Canlyniad / Outcome"]]
R.xlsx("Gwasanaethau Plant - Cronoleg.xlsx", [("Cronoleg", [["Adolygiad Ymarfer Plant / Child Practice Review"], []],
    HEAD, [
    ([D(2022, 3, 8), "11:30", "Referral from Ysgol Bro Teifi: bruise to Osian's left cheek, said 'dad did it'.",
      "Strategy discussion"], "E1", "2022-03-08"),
    ([D(2022, 3, 8), "14:00", "Strategy discussion with police and health. Section 47 enquiry agreed.", "S47"], "E2",
     "2022-03-08"),
    ([D(2022, 3, 9), "10:00", "CP medical completed at Glangwili: bruising consistent with a slap.", "ICPC"], "E3",
     "2022-03-09"),
    ([D(2022, 3, 29), "13:00", "Initial child protection conference. Osian's name placed on the Child Protection "
      "Register (physical abuse).", "Core group"], "E4", "2022-03-29"),
    ([D(2022, 5, 12), "09:00", "PPN received from Dyfed-Powys Police re domestic incident 11/05, father arrested.",
      "Visit"], "E5", "2022-05-12"),
    ([D(2022, 5, 13), "15:30", "Core group meeting at school.", ""], "E6", "2022-05-13"),
])])
R.xlsx("Ysgol Bro Teifi.xlsx", [("Log", [], HEAD, [
    ([D(2022, 3, 8), "09:15", "Osian came in with a bruise to his cheek, said 'dad did it'. DSL referred to social "
      "services.", "Referral"], "E1", "2022-03-08"),
    ([D(2022, 3, 29), "13:00", "DSL attended ICPC, report submitted.", ""], "E4", "2022-03-29"),
    ([D(2022, 5, 13), "15:30", "Core group held in school.", ""], "E6", "2022-05-13"),
])])
R.xlsx("Hywel Dda health.xlsx", [("Health", [], HEAD, [
    ([D(2022, 3, 8), "14:00", "Named nurse took part in strategy discussion by phone.", ""], "E2", "2022-03-08"),
    ([D(2022, 3, 9), "10:00", "Child protection medical by paediatrician: bruising to left cheek consistent with a "
      "slap.", ""], "E3", "2022-03-09"),
    ([D(2022, 3, 29), "13:00", "Health visitor attended initial case conference.", ""], "E4", "2022-03-29"),
    ([D(2022, 4, 20), "10:00", "HV home visit: Osian well, mum says dad has moved out.", ""], None, "2022-04-20"),
])])
R.xlsx("Dyfed-Powys Police.xlsx", [("Police", [], HEAD, [
    ([D(2022, 3, 8), "14:00", "Strategy discussion, joint S47 agreed.", ""], "E2", "2022-03-08"),
    ([D(2022, 5, 11), "23:30", "Domestic incident at home address: father assaulted mother, arrested. PPN submitted.",
      ""], "E5", "2022-05-11"),
])])
R.done()
