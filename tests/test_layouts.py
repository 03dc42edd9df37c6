"""One return written out in many layouts an agency might use, read back to the same entries.

Each seed picks title rows above the header, other header words, another column order, a date
style, the time in its own column or beside the date, CSV (cp1252 or UTF-8, comma or
semicolon) or xlsx, blank rows, the header repeated as on each printed page, and a sign-off
below. Whatever the layout, every entry must come back once, with its date, time, worker and
text, and with no error.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pytest

from chron_merge.read import read_return
from conftest import write_xlsx

ENTRIES = [  # date, time, worker, contact type, details, outcome
    (dt.datetime(2020, 2, 3, 9, 30), "SW A. Khan", "Home visit", "Home visit: mother and baby seen; home warm and tidy.",
     "Visit again in two weeks"),
    (dt.datetime(2020, 2, 4), "Duty SW", "Telephone", "Call from the school: child arrived late and hungry, again.", ""),
    (dt.datetime(2020, 2, 11, 14, 0), "SW A. Khan", "Meeting", "Strategy discussion with police and health; S47 agreed.",
     "Joint visit tomorrow"),
    (dt.datetime(2020, 3, 1, 16, 45), "SW B. Lee", "Home visit", "Unannounced visit: no answer at the door; card left.",
     "Letter sent"),
    (dt.datetime(2020, 11, 23), "SW B. Lee", "Meeting", "Child in Need meeting held at school; plan reviewed.", ""),
]
HEADERS = {
    "date": ["Date", "Date of contact", "Contact date", "When", "Date of event", "Entry date", "DATE"],
    "time": ["Time", "Time of contact", "Time (24hr)", "Start time"],
    "worker": ["Worker", "Practitioner", "Staff name", "Completed by", "Seen by", "Professional", "Officer"],
    "type": ["Type of contact", "Contact type", "Nature of contact", "Method of contact", "Category"],
    "details": ["Details", "Summary of contact", "Narrative", "What happened", "Case note", "Description of involvement",
                "Information recorded", "Event / Contact"],
    "outcome": ["Outcome", "Action / outcome", "Action taken", "Next steps", "What was done", "Decision"],
}
DATE_STYLES = ["%d/%m/%Y", "%-d %B %Y", "%d-%b-%Y", "%d.%m.%Y", "%Y-%m-%d", "%a %-d %b %Y", "%-d/%-m/%y",
               "%A %-d %B %Y", "%d %b %y", "%B %-d, %Y", "%d/%m/%Y (%a)", "excel"]
TIME_STYLES = ["%H:%M", "%H.%M", "%H%M", "%H:%Mhrs", "excel"]


def _layout(seed: int, folder: Path) -> Path:
    rnd = random.Random(seed)
    fields = ["date", "time", "worker", "type", "details", "outcome"]
    order = fields[:]
    rnd.shuffle(order)
    header = {f: rnd.choice(HEADERS[f]) for f in fields}
    date_style, time_style = rnd.choice(DATE_STYLES), rnd.choice(TIME_STYLES)
    time_beside_date = date_style != "excel" and rnd.random() < 0.3
    if time_beside_date:
        order.remove("time")
    # … or each day's date written once, as a heading over its entries (a daily log's layout)
    day_headings = not time_beside_date and rnd.random() < 0.25
    empty_date_column = day_headings and rnd.random() < 0.5  # the headings in the date column, the entries' left empty
    if day_headings and not empty_date_column:
        order.remove("date")
    fmt = rnd.choice(["xlsx", "csv"])

    def date_cell(when: dt.datetime) -> object:
        if date_style == "excel":
            return when if fmt == "xlsx" else when.strftime("%d/%m/%Y")
        text = when.strftime(date_style)
        if time_beside_date and when.time() != dt.time(0):
            text += rnd.choice([" ", " at ", ", "]) + when.strftime("%H:%M")
        return text

    def time_cell(when: dt.datetime) -> object:
        if when.time() == dt.time(0):
            return None
        if time_style == "excel":
            return when.time() if fmt == "xlsx" else when.strftime("%H:%M")
        return when.strftime(time_style)

    def row_of(entry: tuple) -> list[object]:
        when, worker, kind, details, outcome = entry
        values = {"date": date_cell(when), "time": time_cell(when), "worker": worker, "type": kind,
                  "details": details, "outcome": outcome or None}
        return [values[f] for f in order]

    rows: list[list[object]] = [[t] for t in ["Children's Social Care chronology", "Review: Child Q", ""][:rnd.randint(0, 3)]]
    rows.append([header[f] for f in order])
    blanks, repeat = rnd.random() < 0.4, rnd.random() < 0.3
    for n, entry in enumerate(ENTRIES):
        if blanks and rnd.random() < 0.3:
            rows.append([])
        if repeat and n == 3:
            rows.append([header[f] for f in order])
        if day_headings:
            heading = date_cell(dt.datetime.combine(entry[0].date(), dt.time(0)))
            rows.append([heading if f == "date" else None for f in order] if empty_date_column else [heading])
        row = row_of(entry)
        if empty_date_column:
            row[order.index("date")] = None
        rows.append(row)
    if rnd.random() < 0.4:
        rows += [[], ["Signed: A. Author, Head of Service", None, "Date: 01/02/2021"], ["END OF CHRONOLOGY"]]
    if fmt == "xlsx":
        return write_xlsx(folder / "CSC chronology.xlsx", {rnd.choice(["Chronology", "Sheet1", "IMR"]): rows})
    path = folder / "CSC chronology.csv"
    encoding, separator = rnd.choice(["cp1252", "utf-8-sig"]), rnd.choice([",", ";"])
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=separator)
        for row in rows:
            writer.writerow(["" if cell is None else cell for cell in row])
    return path


@pytest.mark.parametrize("seed", range(60))
def test_one_return_in_many_layouts_reads_back_the_same_entries(tmp_path, seed):
    read = read_return(_layout(seed, tmp_path))
    got = [(e.date, e.time, e.practitioner, e.details) for e in read.events]
    assert got == [(when.date(), when.strftime("%H:%M") if when.time() != dt.time(0) else None, worker, details)
                   for when, worker, _, details, _ in ENTRIES]
    assert [(p.row, p.code, p.message) for p in read.problems if p.level.value == "error"] == []
    sheet = read.report.sheets[0]
    assert sheet.rows_read == sheet.events + sheet.continuations + sheet.blank_rows
