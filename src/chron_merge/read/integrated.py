"""Read back an integrated chronology that chron-merge wrote (JSON, xlsx or CSV), ids and all.

``diff`` compares two builds by the ids they carry; this module recognises our own outputs and
turns their rows back into events. Anything else is not ours and is read as a return.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

from chron_merge.model import Event, Source
from chron_merge.read.dates import parse_event_date
from chron_merge.read.grid import OLE_MAGIC, ZIP_MAGIC, decode_text
from chron_merge.write import FORMULA_STARTS
from chron_merge.write.table import columns

CHRONOLOGY_SHEET = "Integrated chronology"
_SOURCE = re.compile(r"^(?P<file>.*?)(?: › (?P<sheet>.*?))? › rows? (?P<rows>[\d, ]+)$")


def is_integrated(path: Path) -> bool:
    """Whether a file is a chronology chron-merge built (rather than an agency return)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    if head.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(path) as archive:
                return (b"chron-merge" in archive.read("docProps/app.xml")
                        and CHRONOLOGY_SHEET.encode() in archive.read("xl/workbook.xml"))
        except (KeyError, zipfile.BadZipFile, OSError):
            return False
    if head.startswith(OLE_MAGIC):
        return False
    text = head.decode("utf-8", "replace").lstrip("\ufeff").lstrip()
    if text.startswith("{"):
        return '"chron_merge_version"' in text
    first_line = text.splitlines()[0] if text else ""
    return first_line.startswith("No.,Date,Date note,") and first_line.rstrip().endswith(",ID")


def load_integrated(path: Path) -> list[Event]:
    """The events of an integrated chronology written by chron-merge."""
    data = path.read_bytes()
    if data.startswith(ZIP_MAGIC):
        return _from_table(*_xlsx_table(path))
    text = decode_text(data)
    if text.lstrip().startswith("{"):
        from pydantic import TypeAdapter

        return TypeAdapter(list[Event]).validate_python(json.loads(text).get("events", []))
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return _from_table(rows[0], [[_unquote(c) for c in r] for r in rows[1:]])


def _unquote(cell: str) -> str:
    """Undo the CSV writer's formula neutralising ('=x written as '=x)."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def _xlsx_table(path: Path) -> tuple[list[str], list[list[object]]]:
    import python_calamine as calamine

    book = calamine.CalamineWorkbook.from_path(str(path))
    try:
        rows = book.get_sheet_by_name(CHRONOLOGY_SHEET).to_python(skip_empty_area=False)
    finally:
        book.close()
    return [str(h) for h in rows[0]], [[None if c == "" else c for c in r] for r in rows[1:]]


def _from_table(headers: list[str], rows: list[list[object]]) -> list[Event]:
    position = {h: i for i, h in enumerate(headers)}
    known = {c.header for c in columns(True)}
    if "ID" not in position or "Source" not in position:
        return []

    def cell(row: list[object], name: str) -> str | None:
        i = position.get(name)
        if i is None or i >= len(row) or row[i] in (None, ""):
            return None
        value = row[i]
        return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)

    events = []
    for row in rows:
        if not any(c not in (None, "") for c in row):
            continue
        note = cell(row, "Date note") or ""
        written = re.search(r"written: (.*)$", note)
        raw_date = row[position["Date"]] if position["Date"] < len(row) else None
        if raw_date is None and written:
            raw_date = written.group(1)
        parsed, _ = parse_event_date(raw_date)
        end = re.search(r"to (\d{2}/\d{2}/\d{4})", note)
        source = _SOURCE.match(cell(row, "Source") or "")
        rows_list = [int(n) for n in re.findall(r"\d+", source["rows"])] if source else [0]
        extra = {}
        for part in (cell(row, "Other columns") or "").split("; "):
            if ": " in part:
                key, value = part.split(": ", 1)
                extra[key] = value
        for header, i in position.items():
            if header not in known and i < len(row) and row[i] not in (None, ""):
                extra[header] = str(row[i])
        events.append(Event(
            id=cell(row, "ID") or "",
            date=parsed.value,
            date_precision=parsed.precision,
            date_approximate="approximate" in note,
            date_text=written.group(1) if written else (parsed.text or ""),
            date_end=parse_event_date(end.group(1))[0].value if end else None,
            time=cell(row, "Time"),
            agency=cell(row, "Agency") or "",
            practitioner=cell(row, "Practitioner"),
            contact_type=cell(row, "Contact type"),
            details=cell(row, "Details") or "",
            action=cell(row, "Action / outcome"),
            comment=cell(row, "Comment"),
            extra=extra,
            source=Source(file=source["file"] if source else "", sheet=source["sheet"] if source else None,
                          row=rows_list[0], rows=rows_list),
            link_group=cell(row, "Link group"),
            age=cell(row, "Age"),
        ))
    return events
