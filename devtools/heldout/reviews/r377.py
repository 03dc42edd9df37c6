"""A held-out review (see ../README.md): python r377.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# Neglect and a house fire: Jayden (4) and Skye (2) left alone while mum goes out; a fire started by a
# candle, a neighbour's rescue, the fire service's investigation. Vocabulary: "FRS", "HFSV", "fire
# investigation", "smoke alarm not fitted", "left unsupervised", "PPN", "s47". Layouts: the police's
# return as an old case system's "Excel export" that is a web page saved with an .xls name (a title,
# then an HTML table); the fire service's CSV; the ambulance's; the health visitor's; social care's.

rows = [
    ("03/02/2024 21:40", "PC Holt", "Neighbour reports two young children crying alone in the flat. Mum arrived "
     "back 22:10 from the shop. Children safe. PPN.", "E1", "2024-02-03"),
    ("17/02/2024 23:05", "PC Holt", "Assisted FRS at a flat fire: two children (4 and 2) carried out by a "
     "neighbour; mother not present, returned 23:30. Arrested for child neglect.", "E3", "2024-02-17"),
]
page = ["<html><body><h3>Northshire Police - Niche export</h3><table border=1>",
        "<tr><th>Occurred</th><th>Officer</th><th>Summary</th></tr>"]
for when, who, what, event, iso in rows:
    page.append(f"<tr><td>{when}</td><td>{who}</td><td>{html.escape(what)}</td></tr>")
page.append("</table></body></html>")
(R.folder / "Police.xls").write_text("\n".join(page), encoding="utf-8")
for row, (when, who, what, event, iso) in enumerate(rows, start=3):  # title row 1, header row 2
    R._note("Police.xls", "Police", row, event, iso, what)  # (Excel names a web page's one sheet after its file)

R.csv("Fire and Rescue.csv", [], ["Incident date", "Incident no", "Type", "Narrative"], [
    (["17/02/2024", "FRS-24-0455", "Dwelling fire", "Fire in living room of 1st floor flat, started by a candle "
      "near curtains. Two children rescued by neighbour before arrival; no smoke alarm fitted. Fire "
      "investigation: accidental. Safeguarding referral."], "E3", "2024-02-17"),
    (["20/02/2024", "HFSV-24-112", "Home fire safety visit", "HFSV at mum's temporary address: smoke alarms "
      "fitted, candle safety advice."], "E5", "2024-02-20"),
])

R.xlsx("Ambulance.xlsx", [("Calls", [], [["Date", "Time", "Notes"]], [
    ([D(2024, 2, 17), "23:12", "2 children (4M, 2F) smoke exposure, carried out of flat fire by neighbour. SpO2 "
      "normal, conveyed to Northshire ED for assessment with police."], "E3", "2024-02-17"),
])])

R.csv("Health Visiting.csv", [], ["Date", "HV", "Note"], [
    (["05/02/2024", "HV Ball", "PPN received: children left alone on 03/02 while mum at the shop. Visit booked."],
     "E1", "2024-02-05"),
    (["19/02/2024", "HV Ball", "Strategy discussion (police, CSC, FRS): s47; children with maternal grandmother."],
     "E4", "2024-02-19"),
])

R.xlsx("Childrens Social Care.xlsx", [("Chronology", [], [["Date", "Worker", "Entry"]], [
    ([D(2024, 2, 5), "MASH", "Police notification: children (4, 2) alone in the flat on 03/02 evening; mum at the "
      "shop. NFA, advice letter."], "E1", "2024-02-05"),
    ([D(2024, 2, 17), "EDT", "Police: flat fire, children rescued by a neighbour, mother out; mother arrested. "
      "Children placed with maternal grandmother tonight."], "E3", "2024-02-17"),
    ([D(2024, 2, 19), "SW Ince", "Strategy discussion (police, HV, fire service): s47 both children."], "E4",
     "2024-02-19"),
])])
R.done()
