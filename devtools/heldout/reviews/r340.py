"""A held-out review (see ../README.md): python r340.py OUT_FOLDER writes its returns and truth.json."""

import csv
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Mr Ron Fisher (79), with dementia, befriended by a neighbour who moved
# in, took his bank card and kept him from his daughter; "mate crime". A bank alert, the police, a
# section 42 enquiry, a best interests meeting, a move to a care home. Vocabulary: "mate crime",
# "cuckooing", "LPA", "best interests", "DoLS", "appointeeship". Layouts: the police's CSV export with a
# block of "Label:,value" lines above the header and dates as pandas writes them ("2024-03-12
# 00:00:00"); adult social care; the GP; the care home; the bank.

name = "Police export.csv"
with open(R.folder / name, "w", newline="", encoding="utf-8") as handle:
    writer = csv.writer(handle)
    writer.writerow(["Agency:", "Lancashire Constabulary"])
    writer.writerow(["Prepared by:", "DS Moran, Public Protection"])
    writer.writerow(["Subject:", "Ronald Fisher"])
    writer.writerow([])
    writer.writerow(["Occurrence date", "Occurrence type", "Summary"])
    rows = [
        (["2024-03-12 00:00:00", "Concern for welfare", "Daughter reports neighbour living with her father and using "
          "his bank card; she is not let in. Officers attended: Mr Fisher confused, neighbour present."], "E2",
         "2024-03-12"),
        (["2024-03-12 00:00:00", "Adult concern", "Adult concern to ASC: suspected financial abuse (mate crime)."],
         "E3", "2024-03-12"),
        (["2024-04-02 00:00:00", "Arrest", "Neighbour arrested for fraud by abuse of position; bailed not to attend "
          "the address."], "E6", "2024-04-02"),
    ]
    for row_number, (cells, event, iso) in enumerate(rows, start=6):
        writer.writerow(cells)
        R._note(name, None, row_number, event, iso, cells[2])

R.xlsx("Bank.xlsx", [("Alerts", [], [["Date", "Channel", "Detail"]], [
    ([D(2024, 3, 8), "Fraud team", "Vulnerable customer alert: 14 cash withdrawals in a week at three ATMs; card "
      "stopped. Customer's daughter contacted."], "E1", "2024-03-08"),
])])

R.xlsx("Adult Social Care.xlsx", [("Case notes", [], [["Date", "Worker", "Note"]], [
    ([D(2024, 3, 12), "Duty", "Adult concern from police: Mr Fisher (79, dementia), neighbour using his money. "
      "Section 42 enquiry."], "E3", "2024-03-12"),
    ([D(2024, 3, 14), "SW Begum", "Visit with the daughter: neighbour asked to leave; capacity assessment re "
      "finances - lacks capacity."], "E4", "2024-03-14"),
    ([D(2024, 3, 28), "SW Begum", "Best interests meeting (daughter, GP, SW): move to a care home."], "E5",
     "2024-03-28"),
    ([D(2024, 4, 5), "SW Begum", "Moved to Beech House care home; DoLS applied for."], "E7", "2024-04-05"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Entry"]], [
    ([D(2024, 3, 28), "BI meeting by phone: agreed a care home is in his best interests."], "E5", "2024-03-28"),
])])

R.xlsx("Beech House.xlsx", [("Admissions", [], [["Date", "Staff", "Entry"]], [
    ([D(2024, 4, 5), "Manager", "Mr Fisher admitted with his daughter; settled. DoLS urgent authorisation."], "E7",
     "2024-04-05"),
])])
R.done()
