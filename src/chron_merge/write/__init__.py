"""Writing outputs safely: chosen by suffix or format, atomically, never over an input.

A failed run leaves no half-written file (everything is written to a temporary file beside the
target and renamed into place), and an output path that is one of the returns is refused.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO

from chron_merge.errors import OutputError

# A cell a spreadsheet would run as a formula starts with one of these (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class OutputFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    JSON = "json"


def format_for(output: str, explicit: str | None) -> OutputFormat:
    """The format asked for, else the output's suffix, else xlsx (stdout: json)."""
    if explicit:
        return OutputFormat(explicit)
    if output == "-":
        return OutputFormat.JSON
    suffix = Path(output).suffix.lower().lstrip(".")
    if suffix in {f.value for f in OutputFormat}:
        return OutputFormat(suffix)
    raise OutputError(f"{output}: cannot tell the format from the name; end it in .xlsx, .csv or .json, "
                      "or give --format")


def refuse_inputs(output: Path, inputs: list[Path]) -> None:
    """Refuse to write over a return: the inputs are evidence and must stay untouched."""
    target = output.resolve()
    for path in inputs:
        if path.resolve() == target:
            raise OutputError(f"{output}: is one of the returns being read; choose another output name "
                              "(chron-merge never overwrites an input)")
    if target.is_dir():
        raise OutputError(f"{output}: is a folder; give a file name such as {output / 'integrated.xlsx'}")
    if not target.parent.is_dir():
        raise OutputError(f"{output}: the folder {output.parent} does not exist")


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that appears at ``path`` only once it has been written completely."""
    handle = tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=f".{path.name}.", suffix=".part", delete=False)
    try:
        with handle:
            yield handle
        os.replace(handle.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise


def neutralise(cell: object) -> str:
    """A CSV cell as text that no spreadsheet will run: risky leading characters get a quote."""
    if cell is None:
        return ""
    text = cell if isinstance(cell, str) else str(cell)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def csv_bytes(rows: list[list[object]]) -> bytes:
    """UTF-8 with BOM (so Excel reads the accents right), every cell neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([neutralise(c) for c in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
