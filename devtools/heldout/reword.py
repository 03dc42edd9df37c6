"""Daniel's returns with texts reworded (phrase by phrase, random alternatives per seed); gold
pairs unchanged; runs acceptance on each. usage: reword.py FIRST_SEED COUNT"""

import csv
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

SHARED = Path(__file__).resolve().parents[3] / "shared"  # the sibling folder ../shared
SRC = SHARED / "corpus" / "daniel"
ALT = {
    "Referral received from Addiction Service regarding unborn baby": [
        "Contact rec'd from the addiction service re unborn",
        "New referral from drug service about the unborn baby",
        "Referral from Addiction Service (unborn)",
    ],
    "Referral sent to Children's Social Care": [
        "Referral to social services",
        "Referred to CSC",
        "Referral made to children's services",
        "Ref to social care sent",
    ],
    "Joint home visit with Family Centre worker": [
        "Joint visit with family centre",
        "Joint HV with the family support worker from the Family Centre",
        "Home visit together with FC worker",
        "Visited jointly with Family Centre",
    ],
    "Joint home visit with duty social worker": [
        "Home visit with SW",
        "Joint visit with the duty SW",
        "Home visit jointly with social worker",
        "Visited the family with duty social worker",
    ],
    "WC392 information sharing form received from Police": [
        "Police info sharing form (WC392) rec'd",
        "WC392 received from WMP",
        "Information sharing form WC392 from police received",
    ],
    "Father attended station for help with DVLA form": [
        "Dad came into the station asking for help with a DVLA form",
        "Father at front counter re DVLA paperwork",
    ],
    "Notification of birth received from hospital": [
        "Hospital informed CSC baby born",
        "Informed by RWT of baby's birth",
        "Birth notified by maternity unit",
        "Birth notification rec'd from maternity",
        "Hospital notified us of the birth",
        "Birth notification received",
    ],
    "Elective Caesarean section. Baby boy born in good condition": [
        "Baby delivered by planned caesarean, boy, good condition",
        "Born 09:42 via elective section - boy, well",
        "Planned caesarean - baby boy, well",
        "Planned LSCS. Male infant delivered, well",
        "Elective C-section; baby boy delivered in good condition",
    ],
    "CIN meeting held": [
        "Multi-agency CIN meeting",
        "CIN meeting at home",
        "Child in Need meeting took place",
        "CIN mtg held",
        "CIN review held",
    ],
    "Child in Need review meeting held": ["CIN plan review", "CIN review held", "CIN mtg held", "Child in need meeting held"],
    "CIN meeting attended": ["Attended CIN plan review", "Attended Child in Need meeting", "CIN mtg attended", "At CIN meeting"],
    "Attended CIN meeting": [
        "CIN - attended",
        "Present at Child in Need meeting",
        "Attended the Child in Need meeting",
        "CIN meeting - attended",
        "Went to CIN mtg",
    ],
    "Attended Child in Need meeting": ["Attended CIN meeting", "CIN review attended", "At the child in need meeting"],
    "Child in Need mtg attended": [
        "CIN attended by keyworker",
        "Attended CIN",
        "CIN meeting attended",
        "Keyworker at CIN review",
    ],
    "CIN review - keyworker attended": [
        "Keyworker attended CIN review",
        "Attended CIN meeting (keyworker)",
        "CIN mtg - KW attended",
    ],
    "Child in Need meeting": ["CIN meeting", "CIN mtg", "child in need review"],
    "Police domestic incident notification received": [
        "Police attended domestic - notification received",
        "DV incident notification received",
        "Police notified us of a domestic",
        "Notification from WMP: domestic",
        "PPN received re domestic incident",
        "DA notification from police received",
        "Police DV notification rec'd",
    ],
    "Police notification of domestic incident received": [
        "Police notification re DA incident rec'd",
        "PPN received - domestic",
        "Domestic abuse notification from police",
    ],
    "Mother requested father be removed from house then cancelled": [
        "Mother called asking for father to be removed from the address, then cancelled",
        "Call from mum wanting dad removed - later cancelled",
    ],
    "Addiction Service advised father remanded in Scotland": [
        "Drug service told us father is on remand in Scotland",
        "Addiction Service informed CSC: dad remanded in Scotland",
    ],
    "Informed father arrested in Scotland and remanded": [
        "Told that father was arrested in Scotland, now on remand",
        "Informed dad held on remand after arrest in Scotland",
    ],
    "Father arrested in Scotland; charged with drug offence; remanded": [
        "Father in custody in Scotland - drugs charge, remanded",
        "Father detained by Police Scotland, charged (drugs), remanded in custody",
        "Dad arrested in Glasgow - drugs charge - remanded",
    ],
    "Domestic incident - police telephoned allocated worker": [
        "Allocated SW rang by police re incident at home",
        "DA incident: police rang the allocated SW",
        "Police called allocated worker re domestic",
    ],
    "Father called police after argument; had taken child from home": [
        "Dad called the police after an argument with mum; he had the baby with him",
        "Dad rang 999 after a row and took the child from the house",
        "Father phoned police following an argument; removed child from home",
    ],
    "Discharge summary received": ["Discharge letter rec'd", "D/S received from hospital", "Hospital discharge summary in"],
    "Mother and baby discharged home": [
        "Mum and baby went home",
        "Discharged from maternity with baby",
        "Mum and baby home from the ward",
        "Mother and infant discharged from postnatal ward",
    ],
    "ED attendance letter": ["Letter from A&E", "A&E letter", "Letter from Emergency Department", "ED discharge letter"],
    "Attended ED with bleeding lesion on cheek": [
        "Seen at A&E: bleeding lesion on cheek",
        "A&E attendance: bleeding lesion to cheek",
        "Presented at A&E with a bleeding lesion on the cheek",
        "Seen in Emergency Department - bleeding cheek lesion",
    ],
    "Specialist midwife booking assessment": [
        "Booking appointment with the specialist midwife",
        "Antenatal booking (specialist MW)",
    ],
    "Seen by specialist midwife (Women's Team) for booking": [
        "Booked with the Women's Team midwife",
        "Booking with specialist midwife (Women's Team)",
        "Attended booking appt with specialist MW",
    ],
    "Child brought in by ambulance in cardiac arrest": [
        "Paramedics brought child to ED in arrest",
        "Child arrived by ambulance, CPR in progress",
        "Child BIBA in cardiac arrest",
        "Child conveyed by ambulance, in arrest on arrival",
    ],
    "999 call: child not breathing": [
        "Ambulance called - child unresponsive",
        "Call to 999 - baby not breathing",
        "Emergency call - child not breathing",
        "999: infant not breathing",
    ],
    "Sudden unexpected death of a child": ["Child died suddenly at home", "SUDC", "Unexpected death of a child"],
}


def reword(text, rnd):
    if not isinstance(text, str):
        return text
    for phrase, alts in ALT.items():
        if phrase in text and rnd.random() < 0.8:
            text = text.replace(phrase, rnd.choice(alts), 1)
    return text


def main(seed, root):
    rnd = random.Random(seed)
    out = root / f"w{seed}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for path in sorted(SRC.glob("*.xlsx")):
        wb = openpyxl.load_workbook(path)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if isinstance(c.value, str) and len(c.value) > 15:
                        c.value = reword(c.value, rnd)
        wb.save(out / path.name)
    with open(SRC / "wmas_chronology.csv", newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    with open(out / "wmas_chronology.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([[reword(c, rnd) if len(c) > 15 else c for c in r] for r in rows])
    shutil.copy(SRC / "truth.json", out / "truth.json")
    p = subprocess.run([sys.executable, str(SHARED / "checks" / "acceptance.py"), str(out)], capture_output=True, text=True)
    links = [line.split("  ")[-1].strip() for line in p.stdout.splitlines()
             if "link" in line and ("precision" in line or "recall" in line)]
    print(f"w{seed}: {p.stdout.strip().splitlines()[-1]} | {' | '.join(links)}")


if __name__ == "__main__":
    first, count = int(sys.argv[1]), int(sys.argv[2])
    for s in range(first, first + count):
        main(s, Path(tempfile.gettempdir()) / "chron-merge-reword")
