"""A held-out review (see ../README.md): python r397.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A domestic homicide review after stalking: Leanne (29) is stalked by her ex-partner Craig (33) after
# she ends the relationship; he turns up at her work, sends hundreds of messages, breaches a stalking
# protection order and kills her. Vocabulary: "SPO", "S2A/S4A", "DASH", "MARAC", "IDVA", "RIC",
# "breach", "bail conditions", "NFA", "COAP" (probation's codes). Layouts: the police's command and
# control CSV with ISO date-times ('2024-03-04 22:13:05') and a closure code; the IDVA service's
# workbook under a two-row header ('Contact' over 'Date' and 'Method'); her employer's HR notes as Word
# paragraphs opening '4 March 2024:'; probation's case system export with contact codes; the GP's.

R.csv("Police command and control.csv", [], ["Log no", "Opened", "Class", "Closure code", "Remarks"], [
    (["0412", "2024-03-04 22:13:05", "Concern for safety", "DA-STALK", "Caller Leanne reports ex-partner Craig "
      "outside her flat for 2 hrs, 40 missed calls today. Officers attended, Craig gone. DASH medium. Advice "
      "given."], "E1", "2024-03-04"),
    (["1180", "2024-03-11 08:40", "Harassment", "DA-STALK", "Leanne's manager at FreshWay rang: Craig in the "
      "store car park again, shouting at her as she arrived. Arrested S2A harassment, interviewed, bailed with "
      "conditions not to contact."], "E2", "2024-03-11"),
    (["2231", "2024-03-27 19:02", "Breach of bail", "DA-STALK", "Craig seen outside flat despite bail "
      "conditions. Arrested for breach; remanded overnight, court next day. DASH re-done: high. MARAC "
      "referral."], "E3", "2024-03-27"),
    (["—", "2024-04-10 10:00", "MARAC", "MEETING", "MARAC: police, IDVA, probation, housing. Actions: "
      "target hardening, SPO application, flag on address."], "E4", "2024-04-10"),
    (["3377", "2024-05-02 23:48", "Breach of SPO", "DA-STALK", "Leanne reports Craig sent messages from a new "
      "number in breach of the stalking protection order. Crime recorded; suspect not located tonight."], "E5",
     "2024-05-02"),
    (["3551", "2024-05-06 07:12", "Concern for safety", "FATAL", "999 from neighbour: woman screaming. Leanne "
      "found with stab wounds; pronounced life extinct at scene. Craig arrested nearby."], "E6", "2024-05-06"),
])


def two_row_header(wb):
    ws = wb["Contacts"]
    ws.merge_cells("A1:B1")
    ws.merge_cells("C1:D1")


R.xlsx("IDVA service.xlsx", [("Contacts", [], [["Contact", None, "Risk", None, "Notes"],
                                               ["Date", "Method", "DASH", "Level", ""]], [
    ([D(2024, 3, 5), "Phone", 12, "Medium", "Referral from police after last night's callout: Craig waiting "
      "outside her flat. Safety plan by phone, Leanne wants him to stop, not prosecuted."], "E1", "2024-03-05"),
    ([D(2024, 3, 12), "Phone", 14, "High", "Leanne told me of the arrest at her work yesterday and the bail "
      "conditions. Refer to MARAC."], "E2", "2024-03-12"),
    ([D(2024, 3, 19), "Face to face", 14, "High", "Met at the library. Safety plan updated; personal alarm "
      "given; helped her keep a log of contacts."], "A1", "2024-03-19"),
    ([D(2024, 4, 10), "MARAC", 17, "High", "Represented Leanne at MARAC; she asked for the SPO."], "E4",
     "2024-04-10"),
    ([D(2024, 5, 3), "Phone", 18, "High", "Leanne rang: new messages from Craig last night breaking the SPO. "
      "Police aware. Discussed refuge; she declined."], "E5", "2024-05-03"),
], )], finish=two_row_header)

R.docx_paragraphs("FreshWay HR notes.docx", "FreshWay Stores - HR notes for the review", [
    ("4 March 2024: Leanne asked her manager for a change of shifts; said her ex was 'everywhere' and she was "
     "frightened.", "A2", "2024-03-04"),
    ("11 March 2024: ex-partner shouting at Leanne in the car park at 08:30; the store manager called the "
     "police, who arrested him.", "E2", "2024-03-11"),
    ("12 March 2024: occupational health referral; staff told not to give her rota to anyone.", "A3",
     "2024-03-12"),
    ("7 May 2024: the area manager was told by police of Leanne's death.", "E6", "2024-05-07"),
])

R.csv("Probation case notes.csv", [], ["Contact Date", "Contact Type", "Outcome", "Notes"], [
    (["15/01/2024", "COAP", "ATTC", "Office appointment, Craig on licence for an unrelated theft. Said relationship "
      "with Leanne has ended 'amicably'."], "A4", "2024-01-15"),
    (["28/03/2024", "CINF", "", "Police: Craig arrested last night for breaching bail conditions (stalking of "
      "ex-partner). Licence review."], "E3", "2024-03-28"),
    (["10/04/2024", "MARAC", "", "Attended MARAC for Leanne; licence conditions: no contact, exclusion zone."],
     "E4", "2024-04-10"),
    (["06/05/2024", "CINF", "", "Police notified: Craig arrested on suspicion of the murder of Leanne this "
      "morning. Recall."], "E6", "2024-05-06"),
])

R.xlsx("GP practice.xlsx", [("Journal", [], [["Date", "Clinician", "Consultation"]], [
    ([D(2024, 3, 8), "Dr Hale", "Leanne: poor sleep, anxious since her ex-partner started following her. "
      "Sertraline started. Asked about DA - disclosed stalking; IDVA already involved."], "A5", "2024-03-08"),
    ([D(2024, 4, 11), "Practice manager", "MARAC notification received: high risk DA victim; flag added."],
     "E4", "2024-04-11"),
])])
R.done()
