"""Re-lay-out daniel's returns (titles, header wording, column order, offsets, date styles, CSV) with
its truth remapped; run acceptance on each. usage: relayout.py FIRST_SEED COUNT"""

import csv
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

SHARED = Path(__file__).resolve().parents[3] / "shared"  # the sibling folder ../shared
SRC = SHARED / "corpus" / "daniel"
SYN = {
    "date": ["Date", "Date of contact", "Contact date", "When", "Date of event", "Event date", "Dyddiad / Date", "DATE"],
    "details": [
        "Details",
        "Summary",
        "Narrative",
        "Description of involvement",
        "Notes",
        "What happened",
        "Record of contact",
        "Case note",
    ],
    "time": ["Time", "Time of contact", "Hrs", "TIME"],
    "worker": ["Worker", "Practitioner", "Staff", "Recorded by", "Clinician", "Professional"],
    "type": ["Type", "Contact type", "Type of contact", "Category", "Nature of contact"],
    "outcome": ["Outcome", "Action", "Action taken", "Next steps", "Outcome / action"],
    "comment": ["Comment", "IMR author comment", "Analysis", "Reviewer comment"],
}


def field_of(h):
    h = (h or "").lower()
    if h.startswith("date"):
        return "date"
    if h == "time":
        return "time"
    if any(w in h for w in ("summary", "notes", "details", "event / contact")):
        return "details"
    if any(w in h for w in ("keyworker", "clinician", "staff member", "officer", "worker")):
        return "worker"
    if any(w in h for w in ("appointment type", "consultation type", "contact", "type of contact", "category")):
        return "type"
    if any(w in h for w in ("outcome", "action")):
        return "outcome"
    if "comment" in h:
        return "comment"
    return None


STYLES = ["%d/%m/%Y", "%d.%m.%y", "%d %b %Y", "%a %d/%m/%Y", "%d-%b-%Y", "%d/%m/%y", "%A %d %B %Y"]


def main(seed, out_root):
    rnd = random.Random(seed)
    out = out_root / f"v{seed}"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    truth = json.loads((SRC / "truth.json").read_text())
    role = {(r["file"], r["sheet"], r["row"]): r for r in truth["rows"]}
    newrow = {}
    newfile = {}
    for path in sorted(SRC.glob("*.xlsx")):
        wb = openpyxl.load_workbook(path)
        sheets = wb.sheetnames
        as_csv = len(sheets) == 1 and rnd.random() < 0.3
        titles = rnd.choice([0, 0, 1, 2, 3])
        offset = rnd.choice([0, 0, 0, 1, 2])
        footer = rnd.choice([None, None, ["END OF CHRONOLOGY"], ["Completed by: A. Author", None, "Date: 01/06/2012"]])
        style = rnd.choice(STYLES + [None, None])
        nwb = openpyxl.Workbook()
        nwb.remove(nwb.active)
        for sn in sheets:
            ws = wb[sn]
            rows = [[c.value for c in r] for r in ws.iter_rows()]
            hdr = next(
                i for i, r in enumerate(rows) if any(isinstance(c, str) and c.strip().lower().startswith("date") for c in r)
            )
            width = max(len(r) for r in rows)
            perm = list(range(width))
            if rnd.random() < 0.4:
                rnd.shuffle(perm)
            new_rows = [
                [f"{path.stem} – chronology"] if i == 0 else (["Review: Daniel"] if i == 1 else []) for i in range(titles)
            ]
            datecol = None
            for i, r in enumerate(rows):
                r = r + [None] * (width - len(r))
                if i == hdr:
                    cells = []
                    for c in r:
                        f = field_of(c if isinstance(c, str) else "")
                        if f == "date":
                            datecol = r.index(c)
                        cells.append(rnd.choice(SYN[f]) if f and rnd.random() < 0.7 else c)
                    r = cells
                elif i > hdr and datecol is not None and style:
                    key = (path.name, sn, i + 1)
                    v = r[datecol]
                    if key in role and role[key]["role"] in ("event", "exact_dup") and isinstance(v, dt.datetime):
                        r = list(r)
                        r[datecol] = v.strftime(style) + (v.strftime(" %H:%M") if (v.hour or v.minute) else "")
                new_rows.append([None] * offset + [r[p] for p in perm])
                newrow[(path.name, sn, i + 1)] = len(new_rows)
            if footer:
                new_rows += [[], [None] * offset + footer]
            if as_csv:
                name = path.stem + ".csv"
                with open(out / name, "w", newline="", encoding="cp1252", errors="replace") as fh:
                    w = csv.writer(fh)
                    line = 1
                    lines = {}
                    for k, r in enumerate(new_rows, 1):
                        cells = [
                            ""
                            if c is None
                            else (
                                c.strftime("%d/%m/%Y %H:%M")
                                if isinstance(c, dt.datetime) and (c.hour or c.minute)
                                else c.strftime("%d/%m/%Y")
                                if isinstance(c, dt.datetime)
                                else c.strftime("%H:%M")
                                if isinstance(c, dt.time)
                                else str(c)
                            )
                            for c in r
                        ]
                        w.writerow(cells)
                        lines[k] = line
                        line += 1 + sum(c.count("\n") for c in cells)
                for k in list(newrow):
                    if k[0] == path.name and k[1] == sn:
                        newrow[k] = lines[newrow[k]]
                newfile[(path.name, sn)] = (name, None)
            else:
                nws = nwb.create_sheet(sn)
                for r in new_rows:
                    nws.append(r)
                newfile[(path.name, sn)] = (path.name, sn)
        if not as_csv:
            nwb.save(out / path.name)
    shutil.copy(SRC / "wmas_chronology.csv", out / "wmas_chronology.csv")
    for r in truth["rows"]:
        k = (r["file"], r["sheet"], r["row"])
        if k in newrow:
            r["file"], r["sheet"] = newfile[(k[0], k[1])]
            r["row"] = newrow[k]
    (out / "truth.json").write_text(json.dumps(truth))
    p = subprocess.run([sys.executable, str(SHARED / "checks" / "acceptance.py"), str(out)], capture_output=True, text=True)
    last = p.stdout.strip().splitlines()[-1] if p.stdout.strip() else p.stderr[-300:]
    bad = [line for line in p.stdout.splitlines() if not line.startswith(("ok", "acceptance:"))]
    print(f"v{seed}: {last}", *bad, sep="\n  " if bad else "")


if __name__ == "__main__":
    first, count = int(sys.argv[1]), int(sys.argv[2])
    for s in range(first, first + count):
        main(s, Path(tempfile.gettempdir()) / "chron-merge-relayout")
