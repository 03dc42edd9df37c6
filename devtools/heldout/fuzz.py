"""Random messy workbooks through the whole build: no traceback, exit 0/1/2, every row accounted."""

import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

seed, n = int(sys.argv[1]), int(sys.argv[2])
rnd = random.Random(seed)
HEAD = [
    "Date",
    "Time",
    "Details",
    "Worker",
    "Type",
    "Outcome",
    "Agency",
    "Date of contact",
    "Summary",
    "Notes",
    None,
    "Ref",
    "Comments",
    "Agencies present",
    "Total",
    "Police",
    "Health Visiting",
    "Key",
    "Mother",
    "AM",
    "Date",
    "Date",
]
CELLS = [
    lambda: None,
    lambda: None,
    lambda: dt.datetime(2023, rnd.randint(1, 12), rnd.randint(1, 28), rnd.choice([0, 9, 14]), rnd.choice([0, 35])),
    lambda: f"{rnd.randint(1, 31):02d}/{rnd.randint(1, 13):02d}/{rnd.choice(['2023', '23', '1023'])}",
    lambda: rnd.choice(["14:35", "1435hrs", "am", "N/K", "09.10"]),
    lambda: rnd.choice(
        [
            "Home visit.",
            "Strategy discussion with police and school.",
            "05/03/2023 - Call from school",
            "Total entries: 4",
            "END OF CHRONOLOGY",
            "Signed: A Author",
            "=SUM(A1:A2)",
            "March 2023",
            "2023",
            "w/c 06/03/2023",
            "? 14/02/2023",
            "(?) 14/02/2023",
            "Page 2 of 3",
            '"',
            "ditto",
            "Key: DNA - did not attend",
        ]
    ),
    lambda: rnd.randint(0, 50000),
    lambda: rnd.random(),
    lambda: True,
    lambda: "x" * rnd.randint(0, 400),
    lambda: dt.time(rnd.randint(0, 23), rnd.randint(0, 59)),
    lambda: "Ysgol Gymraeg – ymweliad cartref",
    lambda: "\u200b\t \n",
]
bad = 0
for case in range(n):
    folder = Path(tempfile.mkdtemp(prefix="chron-merge-fuzz-"))  # removed below unless it shows a failure
    paths = []
    for f in range(rnd.randint(1, 3)):
        wb = openpyxl.Workbook()
        ws = wb.active
        width = rnd.randint(1, 6)
        for _ in range(rnd.randint(0, 3)):
            ws.append([rnd.choice(["Chronology", "Agency: Police", None, "Child: A"])])
        ws.append([rnd.choice(HEAD) for _ in range(width)])
        for _ in range(rnd.randint(0, 25)):
            ws.append([rnd.choice(CELLS)() for _ in range(width)])
        if rnd.random() < 0.2 and ws.max_row > 3:
            ws.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
        p = folder / f"agency{f}.xlsx"
        wb.save(p)
        paths.append(str(p))
    out = folder / "o.json"
    r = subprocess.run(["chron-merge", "build", *paths, "-o", str(out), "--quiet"], capture_output=True, text=True)
    if "Traceback" in r.stderr or r.returncode not in (0, 1, 2):
        bad += 1
        print("CRASH", seed, case, r.returncode, r.stderr[-600:], folder)
        continue
    if r.returncode == 2 or not out.exists():
        shutil.rmtree(folder)
        continue
    d = json.loads(out.read_text())
    s = d["summary"]
    if s["rows_read"] != s["events"] + s["continuations"] + s["duplicates"] + s["blank_rows"] + s.get("outside_period", 0):
        bad += 1
        print("ACCOUNTING", seed, case, s, folder)
        continue
    shutil.rmtree(folder)
print("done", seed, n, "bad", bad)
