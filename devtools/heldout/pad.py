"""Pad a held-out review with routine single-agency entries (never linked) to test false links.
usage: pad.py SRC DST PER_FILE"""

import datetime as dt
import json
import random
import shutil
import sys
from pathlib import Path

import openpyxl
from openpyxl.utils import column_index_from_string

from chron_merge.read import read_return

src, dst, per = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(src.name)
ROUTINE = [
    "Home visit, no concerns noted.",
    "Telephone call to mother - no answer.",
    "Did not attend appointment, letter sent.",
    "Repeat prescription issued.",
    "Keywork session: discussed routines and finances.",
    "Clinic: weight on 50th centile.",
    "Letter sent offering appointment.",
    "Case supervision with manager.",
    "Text message reminder sent.",
    "Attended school as normal, settled in class.",
    "Food bank voucher issued.",
    "Records updated.",
    "Telephone call from mother re benefits; advice given.",
    "Visit to grandmother's address, children seen and well.",
    "Medication review - no changes.",
    "Email to worker re next steps.",
    "Rent account reviewed, arrears reducing.",
    "Immunisations given.",
    "Mentoring session in school.",
    "Attendance 94% this half term.",
    "Drug screen negative.",
    "Script collected from pharmacy.",
    "Tenancy sustainment visit.",
    "Gas safety check booked.",
    "Parents evening attended by mum.",
    "Reading age assessment.",
    "Physio exercises reviewed.",
    "Dressing changed, wound healing.",
    "Blood pressure check normal.",
    "Contact session supervised at the family centre.",
    "Group work session attended.",
    "Phone welfare check, all well.",
    "Housing benefit form completed.",
    "Stay and play attended.",
    "Dental check up.",
    "Hearing test normal.",
    "Speech and language session.",
    "Sleep diary given.",
    "Budgeting support session.",
    "Bus pass application.",
    "Smoking cessation advice.",
    "Toilet training advice given.",
    "Ante natal class attended.",
    "Warrant check - nothing recorded.",
    "PNC check completed.",
    "Intel log updated.",
    "Night check - asleep.",
    "Activities: bowling trip.",
]
shutil.rmtree(dst, ignore_errors=True)
dst.mkdir(parents=True)
truth = json.loads((src / "truth.json").read_text())
days = [dt.date.fromisoformat(r["date"]) for r in truth["rows"] if r.get("date")]
lo, hi = min(days) - dt.timedelta(days=60), max(days) + dt.timedelta(days=30)


def rday():
    return lo + dt.timedelta(days=rnd.randint(0, (hi - lo).days))


# How the reviews head their date columns (a header row is the first of the first 12 rows to have one).
DATE_HEADERS = ("date", "contact date", "week commencing", "appt date", "arrival", "visit date", "consultation date",
                "log date", "occurrence date")


def date_header(ws) -> tuple[int, int] | None:
    """(header row, date column) of a sheet, or None."""
    for r in range(1, min(ws.max_row, 12) + 1):
        for col, cell in enumerate(ws[r]):
            if str(cell.value or "").lower().startswith(DATE_HEADERS):
                return r, col
    return None


def date_columns_read(path: Path) -> tuple[dict[str, tuple[int, int]], set[str]]:
    """(header row, date column) of each sheet as chron-merge reads it, so that a padded row is
    dated where the return's entries are ("Incident date", not the "Date reported" beside it); and
    the sheets read as a form (a "Label: value" block an entry), which a table's rows would break,
    or not read at all (a "Cover" sheet's version history: padding it would make a return of it)."""
    found, forms = {}, set()
    for sheet in read_return(path).report.sheets:
        if any(c.column == "label" for c in sheet.columns) or not sheet.read:
            forms.add(sheet.name)
        letter = next((c.column for c in sheet.columns if c.field == "date"), None)
        # (a date made of several columns, or added from headings, has no one column to pad)
        if sheet.read and letter and letter.isalpha() and letter.isupper() and sheet.header_row:
            found[sheet.name] = (sheet.header_row, column_index_from_string(letter) - 1)
    return found, forms


slot = {}  # each sheet's own slice of ROUTINE, so that no two agencies write the same routine text
for p in src.iterdir():
    if p.suffix == ".xlsx":
        wb = openpyxl.load_workbook(p)
        read_columns, forms = date_columns_read(p)
        for ws in wb.worksheets:
            found = None if ws.title in forms else read_columns.get(ws.title) or date_header(ws)
            if found is None:
                continue
            hdr, dcol = found
            heads = [str(c.value or "").lower() for c in ws[hdr]]
            tcol = max(
                range(len(heads)),
                key=lambda i: max((len(str(ws.cell(r, i + 1).value or "")) for r in range(hdr + 1, ws.max_row + 1)), default=0),
            )
            if dcol == tcol:
                continue
            slot.setdefault((p.name, ws.title), len(slot))
            for _ in range(per):
                row = [None] * len(heads)
                row[dcol] = dt.datetime.combine(rday(), dt.time())
                i = slot[(p.name, ws.title)]
                row[tcol] = rnd.choice(ROUTINE[(i * 6) % len(ROUTINE) : (i * 6) % len(ROUTINE) + 6])
                ws.append(row)
                truth["rows"].append(
                    {
                        "file": p.name,
                        "sheet": ws.title,
                        "row": ws.max_row,
                        "event": None,
                        "date": row[dcol].date().isoformat(),
                        "text": row[tcol],
                    }
                )
        wb.save(dst / p.name)
    elif p.name != "truth.json":  # (every other return as it is: .csv, .txt, .docx, .xls, .ods …)
        shutil.copy(p, dst / p.name)
(dst / "truth.json").write_text(json.dumps(truth))
