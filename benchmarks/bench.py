#!/usr/bin/env python3
"""Time chron-merge against the naive pandas baseline, side by side, and print medians and ratios.

    python benchmarks/bench.py [--shared ../shared] [--runs 3] [--work /tmp/chron-merge-bench] [--skip-300k]

Needs the project's sibling folder ``shared/`` (the scale-corpus generator and the naive
baseline), chron-merge installed, and pandas for the baseline (``pip install pandas``). Every
measurement is a whole process (wall time, and peak memory from the kernel's rusage), run in
alternation with its comparison so that a busy machine slows both alike. Prints one table; nothing is written outside --work.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MiB) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    # chron-merge exits 1 when it has findings to report (a normal build); anything else must exit 0.
    if process.returncode not in ((0, 1) if Path(cmd[0]).name == "chron-merge" else (0,)):
        raise SystemExit(f"failed ({process.returncode}): {' '.join(cmd)}\n{process.stderr.read().decode()[-800:]}")
    return elapsed, usage.ru_maxrss // 1024


def medians(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, int]]:
    """Run the commands in alternation, ``runs`` rounds; median seconds and the peak memory of each."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    memory: dict[str, int] = {name: 0 for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            seconds, mib = run(cmd)
            times[name].append(seconds)
            memory[name] = max(memory[name], mib)
    return {name: (statistics.median(values), memory[name]) for name, values in times.items()}


def corpus(shared: Path, work: Path, events: int) -> Path:
    folder = work / f"scale-{events}"
    if not (folder / "truth.json").exists():
        subprocess.run([sys.executable, str(shared / "bench" / "make_scale_corpus.py"), str(folder), "--events",
                        str(events)], check=True, stdout=subprocess.DEVNULL)
    return folder


def edited_copy(source: Path, target: Path) -> None:
    """A second version of a return: some entries reworded, one date corrected, rows added and removed."""
    import openpyxl

    book = openpyxl.load_workbook(source)
    sheet = book.active
    rows = sheet.max_row
    for row in range(10, rows, 97):
        cell = sheet.cell(row=row, column=4)
        cell.value = f"{cell.value} Reviewed by the author."
    for row in range(20, rows, 311):
        sheet.delete_rows(row)
    for row in range(30, rows, 503):
        sheet.insert_rows(row)
        sheet.cell(row=row, column=1, value=sheet.cell(row=row + 1, column=1).value)
        sheet.cell(row=row, column=4, value="Additional entry added in the final version.")
    book.save(target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/chron-merge-bench"))
    parser.add_argument("--skip-300k", action="store_true", help="leave out the 300,000-event linking run")
    args = parser.parse_args()
    naive = args.shared / "bench" / "naive_merge.py"
    if not naive.exists():
        raise SystemExit(f"{naive} not found: give --shared PATH to the shared folder")
    if importlib.util.find_spec("pandas") is None:
        raise SystemExit("the naive baseline needs pandas, which chron-merge does not: pip install pandas")
    args.work.mkdir(parents=True, exist_ok=True)
    cm = shutil.which("chron-merge") or "chron-merge"
    py = sys.executable
    lines = []

    big = corpus(args.shared, args.work, 100_000)
    out = args.work / "out"
    out.mkdir(exist_ok=True)
    result = medians({
        "naive": [py, str(naive), str(big), str(out / "naive.xlsx")],
        "xlsx": [cm, "build", str(big), "-o", str(out / "cm.xlsx"), "--quiet"],
        "json": [cm, "build", str(big), "-o", str(out / "cm.json"), "--quiet"],
    }, args.runs)
    base = result["naive"][0]
    lines.append(f"build 100k events, 10 files   naive {base:6.2f} s ({result['naive'][1]} MiB)")
    for name, target in (("xlsx", 0.5), ("json", 0.2)):
        seconds, mib = result[name]
        lines.append(f"  chron-merge -> {name:4s}        {seconds:6.2f} s  {seconds / base:5.2f}x naive "
                     f"(target <= {target}x)  peak {mib} MiB (target <= 1024)")

    typical = [args.shared / "corpus" / "daniel", ROOT / "examples"]
    for folder in typical:
        if folder.exists():
            inputs = [str(p) for p in sorted(folder.iterdir()) if p.suffix in (".xlsx", ".csv", ".docx")]
            seconds, mib = medians({"t": [cm, "build", *inputs, "-o", str(out / "typical.xlsx"), "--quiet"]},
                                   args.runs)["t"]
            lines.append(f"build {folder.name} ({len(inputs)} files) -> xlsx   {seconds:6.2f} s  (target <= 1.0 s)")
    seconds, _ = medians({"h": [cm, "--help"]}, max(args.runs, 5))["h"]
    lines.append(f"chron-merge --help             {seconds:6.2f} s  (target <= 0.3 s)")

    # Two versions of one 10,000-row return: an agency file of the 100,000-event corpus, and an edited copy.
    old = sorted(big.glob("*.xlsx"))[0]
    new = args.work / "return-v2.xlsx"
    if not new.exists():
        edited_copy(old, new)
    seconds, mib = medians({"d": [cm, "diff", str(old), str(new), "--format", "json"]}, args.runs)["d"]
    lines.append(f"diff of two ~10,700-row returns    {seconds:6.2f} s  {mib} MiB  (target <= 2 s)")

    sizes = [10_000, 100_000] + ([] if args.skip_300k else [300_000])
    for size in sizes:
        folder = corpus(args.shared, args.work, size)
        result = medians({
            "linked": [cm, "build", str(folder), "-o", str(out / "l.json"), "--quiet"],
            "unlinked": [cm, "build", str(folder), "-o", str(out / "u.json"), "--quiet", "--no-link"],
        }, 1 if size > 100_000 else args.runs)
        linked, unlinked = result["linked"][0], result["unlinked"][0]
        lines.append(f"build {size:>7,} events -> json: {linked:6.2f} s with linking, {unlinked:6.2f} s without "
                     f"(linking {linked - unlinked:5.2f} s, {(linked - unlinked) / size * 1e6:5.1f} us/event); "
                     f"peak {result['linked'][1]} MiB")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
