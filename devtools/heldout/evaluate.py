"""Evaluate chron-merge on a held-out review folder: accounted rows, dates, link pairs (MISS/FALSE)."""

import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

folder = Path(sys.argv[1])
quiet = "-q" in sys.argv
truth = json.loads((folder / "truth.json").read_text())["rows"]
inputs = sorted(
    str(p)
    for p in folder.iterdir()
    if p.name not in ("truth.json", "make.py") and not p.name.startswith(".") and not p.name.endswith(".json")
)
with tempfile.TemporaryDirectory() as work:  # (the chronology is read and the folder removed)
    out = Path(work) / "o.json"
    p = subprocess.run(
        [*os.environ.get("CMD", "chron-merge").split(), "build", *inputs, "-o", str(out)], capture_output=True, text=True
    )
    if not out.exists():
        print(folder.name, "BUILD FAILED", p.returncode, p.stderr[-1500:])
        sys.exit(1)
    doc = json.loads(out.read_text())


def key(f, s, r):
    return (Path(f).name, s or None, int(r))


by_row = {}
for ev in doc["events"]:
    src = ev["source"]
    for r in src.get("rows") or [src["row"]]:
        by_row[key(src["file"], src.get("sheet"), r)] = ev
dups = {key(d["file"], d.get("sheet"), d["row"]) for d in doc.get("duplicates", [])}
probs = {key(q["file"], q.get("sheet"), q["row"]) for q in doc.get("problems", []) if q.get("row") is not None}
# (the day headings of a log are reported in one note that names their rows: "… (rows 2, 4, 6; …")
probs |= {key(q["file"], q.get("sheet"), row) for q in doc.get("problems", []) if q.get("code") == "day-headings"
          for listed in re.findall(r"\(rows ([\d, ]+)", q["message"]) for row in listed.split(",") if row.strip()}
bad_acc = bad_date = 0
for t in truth:
    k = key(t["file"], t["sheet"], t["row"])
    if k not in by_row and k not in dups and k not in probs:
        bad_acc += 1
        print("  LOST", k, t.get("text", "")[:60])
    elif t.get("date") and k not in dups and (k not in by_row or by_row[k].get("date") != t["date"]):
        bad_date += 1
        print("  DATE", k, t["date"], "got", by_row.get(k, {}).get("date"), t.get("text", "")[:50])
text = {key(t["file"], t["sheet"], t["row"]): t.get("text", "") for t in truth}
ev_of = {key(t["file"], t["sheet"], t["row"]): t["event"] for t in truth if t["event"]}
true_pairs, got_pairs = set(), set()
by_event = {}
for k, e in ev_of.items():
    by_event.setdefault(e, []).append(k)
for ks in by_event.values():
    for a, b in itertools.combinations(sorted(ks), 2):
        true_pairs.add((a, b))
groups = {}
for ev in doc["events"]:
    if ev.get("link_group"):
        s = ev["source"]
        groups.setdefault(ev["link_group"], []).append(key(s["file"], s.get("sheet"), s["row"]))
for g in groups.values():
    for a, b in itertools.combinations(sorted(g), 2):
        got_pairs.add((a, b))
tp = true_pairs & got_pairs
if not quiet:
    for a, b in sorted(true_pairs - got_pairs):
        print("  MISS", a[0][:12], a[2], "|", text.get(a, "")[:60], "||", b[0][:12], b[2], "|", text.get(b, "")[:60])
    for a, b in sorted(got_pairs - true_pairs):
        print("  FALSE", a[0][:12], a[2], "|", text.get(a, "")[:60], "||", b[0][:12], b[2], "|", text.get(b, "")[:60])
    for q in doc.get("problems", [])[:30]:
        print("  PROBLEM", q.get("file", "")[-25:], q.get("row"), q.get("message", "")[:110])
false_pairs = len(got_pairs - true_pairs)
print(f"{folder.name}: exit {p.returncode} links {len(tp)}/{len(true_pairs)} false {false_pairs} lost {bad_acc} "
      f"baddate {bad_date} problems {len(doc.get('problems', []))}")
