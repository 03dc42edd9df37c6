"""The integrated chronology as rows and columns: one definition for the xlsx and the CSV."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chron_merge.model import Event, Precision
from chron_merge.read.dates import format_date, has_remark, is_open_ended


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # Excel character widths, for the xlsx
    wrap: bool = False


def columns(with_age: bool) -> list[Column]:
    cols = [
        Column("No.", 6), Column("Date", 14), Column("Date note", 16, True), Column("Time", 6),
    ]
    if with_age:
        cols.append(Column("Age", 12, True))
    cols += [
        Column("Agency", 18, True), Column("Practitioner", 16, True), Column("Contact type", 14, True),
        Column("Details", 60, True), Column("Action / outcome", 30, True), Column("Comment", 30, True),
        Column("Link group", 8), Column("Also recorded by", 26, True), Column("Other columns", 24, True),
        Column("Source", 28, True), Column("ID", 15),
    ]
    return cols


def date_note(event: Event) -> str:
    """What the Date column cannot say: approximate, partial, a period, or the unreadable date as written."""
    if event.date is None:
        return f"no readable date; written: {event.date_text}" if event.date_text else "no date given"
    notes = []
    if event.date_precision == Precision.MONTH:
        notes.append("month only")
    elif event.date_precision == Precision.YEAR:
        notes.append("year only")
    elif event.date_precision == Precision.WEEK:
        notes.append("week commencing")
    if event.date_approximate:
        notes.append("approximate")
    if event.date_end:
        notes.append(f"to {event.date_end.strftime('%d/%m/%Y')}")
    elif is_open_ended(event.date_text):
        notes.append("no end given")
    if has_remark(event.date_text):
        notes.append("with a remark")
    if notes:
        notes.append(f"written: {event.date_text}")
    return "; ".join(notes)


def date_cell(event: Event) -> dt.date | str | None:
    """A real date for day-precise dates; the text ('Jun 2011') for partial ones; nothing when undated."""
    if event.date is None:
        return None
    if event.date_precision == Precision.DAY:
        return event.date
    return format_date(event.date, event.date_precision)


def also_recorded_by(event: Event) -> str:
    parts = []
    for note in event.also_recorded_by:
        when = "same day" if note.days_apart == 0 else f"{note.days_apart} day{'s' if note.days_apart > 1 else ''} apart"
        parts.append(f"{note.agency} ({when}, score {note.score:g})")
    return "; ".join(parts)


def source_label(event: Event) -> str:
    src = event.source
    rows = f"row {src.row}" if len(src.rows) == 1 else f"rows {', '.join(map(str, src.rows))}"
    return " › ".join([src.file] + ([src.sheet] if src.sheet else []) + [rows])


def other_columns(event: Event) -> str:
    return "; ".join(f"{k}: {v}" for k, v in event.extra.items())


def row_values(number: int, event: Event, with_age: bool) -> list[object]:
    """One event's cells, in the order of :func:`columns`."""
    values: list[object] = [number, date_cell(event), date_note(event), event.time]
    if with_age:
        values.append(event.age)
    values += [event.agency, event.practitioner, event.contact_type, event.details, event.action, event.comment,
               event.link_group, also_recorded_by(event), other_columns(event), source_label(event), event.id]
    return values
