"""A held-out review (see ../README.md): python r415.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Kai (15) is criminally exploited through county lines and stabbed.
# Vocabulary: "county lines", "plugging", "NRM", "CCE" (child criminal exploitation), "YJS", "RUI"
# (released under investigation), "VPA" (vulnerable person assessment), "trap house". Layouts: the youth
# justice service's return with a sheet per year ('2023', '2024'); the police's with 'VPA' and 'Key
# practice episode (Y/N)'; CAMHS's appointments with outcome codes; the hospital's ED; social care's;
# the school's with 'Analysis' beside each entry.

YJS_HEADER = [["Date", "Worker", "Contact", "Record"]]
R.xlsx("Youth Justice Service.xlsx", [
    ("2023", [], YJS_HEADER, [
        ([D(2023, 11, 20), "YJ officer Byrne", "Information", "Police: Kai arrested 18/11 in Wolverhampton with 20 "
          "wraps of crack cocaine; RUI. Possible CCE."], "E1", "2023-11-20"),
        ([D(2023, 12, 5), "YJ officer Byrne", "Meeting", "Attended the exploitation strategy meeting. NRM to be "
          "made by CSC."], "E2", "2023-12-05"),
    ]),
    ("2024", [], YJS_HEADER, [
        ([D(2024, 1, 10), "YJ officer Byrne", "Home visit", "Kai at home with mum; says he owes 'a lot'. Mum "
          "scared of who calls at the door."], "A1", "2024-01-10"),
        ([D(2024, 1, 16), "YJ officer Byrne", "Information", "Mum rang: Kai stabbed in the leg on Sunday, in "
          "hospital. Police involved."], "E3", "2024-01-16"),
    ]),
])

R.xlsx("West Midlands Police.xlsx", [("Return", [["IMR chronology - Kai"]],
                                      [["Date", "Time", "Log / crime no.", "VPA", "Summary",
                                        "Key practice episode (Y/N)"]], [
    ([D(2023, 11, 18), "16:40", "20/XX/1181", "Yes", "Kai stopped and searched at a trap house in Wolverhampton: 20 "
      "wraps, £300 cash. Arrested for possession with intent; released under investigation. VPA to CSC.", "Y"],
     "E1", "2023-11-18"),
    ([D(2023, 12, 5), "11:00", "", "", "Strategy meeting (CCE): PC Khan attended. Disruption plan on the "
      "address.", "N"], "E2", "2023-12-05"),
    ([D(2024, 1, 14), "22:50", "20/XX/0142", "Yes", "Stabbing in Brook Street: 15yo male with a stab wound to "
      "the thigh, taken to hospital by ambulance. Uncooperative; no suspects named.", "Y"], "E3", "2024-01-14"),
])])

R.xlsx("CAMHS.xlsx", [("Appointments", [], [["Appt date", "Clinician", "Outcome", "Notes"]], [
    ([D(2023, 12, 12), "Dr Lowe", "DNA", "Kai did not attend his first appointment. Second offered."], "A2",
     "2023-12-12"),
    ([D(2024, 1, 9), "Dr Lowe", "Attended", "Seen with mum. Poor sleep, hypervigilant; 'has to keep moving'. "
      "Safety plan made."], "A3", "2024-01-09"),
])])

R.xlsx("Royal Wolverhampton Hospital ED.xlsx", [("ED", [], [["Arrival", "Presenting complaint", "Notes"]], [
    ([D(2024, 1, 14, 23, 25), "Stab wound L thigh", "BIBA. Wound explored and closed. Police present. Admitted "
      "overnight; self-discharged next morning before the safeguarding team saw him."], "E3", "2024-01-14"),
])])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Entry type", "Summary"]], [
    ([D(2023, 11, 19), "EDT", "Police VPA: Kai arrested yesterday in Wolverhampton with drugs, far from home. "
      "Passed to the day team."], "E1", "2023-11-19"),
    ([D(2023, 12, 5), "Strategy meeting", "Exploitation strategy meeting with police, YJS and school. Decision: "
      "NRM referral; s47 not met."], "E2", "2023-12-05"),
    ([D(2023, 12, 7), "NRM", "NRM referral submitted to the Single Competent Authority."], "A4", "2023-12-07"),
    ([D(2024, 1, 15), "Notification", "Hospital safeguarding: Kai self-discharged after treatment for a stab "
      "wound last night."], "E3", "2024-01-15"),
])])

R.xlsx("Moorside Academy.xlsx", [("Safeguarding log", [], [["Date", "Entry", "Analysis"]], [
    ([D(2023, 11, 20), "Kai absent; mum says he was 'in Wolverhampton' at the weekend and police brought him home.",
      "Missing education + travel = CCE indicators."], "E1", "2023-11-20"),
    ([D(2023, 12, 5), "DSL at the strategy meeting about Kai (exploitation).", "Agreed reduced timetable "
      "review."], "E2", "2023-12-05"),
    ([D(2024, 1, 16), "Mum rang: Kai stabbed at the weekend, now home. Absent this week.", ""], "E3",
     "2024-01-16"),
])])
R.done()
