"""Build every held-out review (and a copy padded with routine entries), score chron-merge on each.

    python devtools/heldout/run.py [--no-pad] [--only r165 r172]

One line per review (true links found / true links, false links, rows lost, rows with a wrong
date) and the totals. Needs chron-merge installed, and python-docx, odfpy, pandas and xlwt for
the reviews that write Word, OpenDocument and old Excel returns.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-pad", action="store_true", help="leave out the padded copies")
    parser.add_argument("--only", nargs="*", help="these reviews only (r159 …)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chron-merge-heldout-") as work:
        return _run_all(Path(work), args)


def _run_all(work: Path, args: argparse.Namespace) -> int:
    totals = {"plain": [0, 0, 0], "padded": [0, 0, 0]}
    for script in sorted((HERE / "reviews").glob("r*.py")):
        if args.only and script.stem not in args.only:
            continue
        plain = work / script.stem
        subprocess.run([sys.executable, str(script), str(plain)], check=True)
        folders = [("plain", plain)]
        if not args.no_pad:
            padded = work / f"p{script.stem[1:]}"
            subprocess.run([sys.executable, str(HERE / "pad.py"), str(plain), str(padded), "60"], check=True)
            folders.append(("padded", padded))
        for kind, folder in folders:
            out = subprocess.run(
                [sys.executable, str(HERE / "evaluate.py"), str(folder), "-q"], capture_output=True, text=True
            ).stdout
            line = out.strip().splitlines()[-1]
            print(line)
            if m := re.search(r"links (\d+)/(\d+) false (\d+)", line):
                for i in range(3):
                    totals[kind][i] += int(m[i + 1])
    for kind, (found, true, false) in totals.items():
        if true:
            print(f"{kind}: {found}/{true} true links ({found / true:.0%}), {false} false")
    return 0


if __name__ == "__main__":
    sys.exit(main())
