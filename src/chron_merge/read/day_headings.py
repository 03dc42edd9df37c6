"""Returns that write each day's date once, as a heading over that day's entries.

A care home's or a hostel's daily log, or ward notes, often look so::

    Time  | Entry                              | Staff
    Monday 6 March 2023
    09:00 | Up, breakfast eaten.               | AB
    14:00 | Fall in the lounge, no injury.     | CD
    Tuesday 7 March 2023
    10:30 | GP visit re the fall.              | AB

The table has no date column (or one the entries leave empty, the headings written in it), so no
entry would have a date. :func:`dates_from_headings` gives each entry the day of the heading above
it, as written: in a column added after the others (so that the sheet's own columns keep their
letters), or in the empty date column; and leaves each heading row empty (a row read and skipped,
as a section heading is). It is tried only on a sheet whose header names no date, or whose date
column holds nothing but the headings.

A log of one day may write its day once, in the title above the header, and each entry's time in a
Time column ("Riverside Festival - medical centre log - Saturday 17/08/2024" over "Time in | Triage
| Presentation | Outcome"): each entry takes that day, when the title names one day and no other,
and not as a date of birth or the day the log was printed (see :func:`_day_in_title`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from chron_merge.model import Precision
from chron_merge.read.dates import WEEKDAYS, parse_event_date
from chron_merge.read.grid import Grid
from chron_merge.read.headers import SIGN_OFF
from chron_merge.read.sheet import COUNT_LINE, TOTALS

DATE_COLUMN = "Date (the heading above)"
# A heading's label before its day: "Date: 06/03/2023", "DATE - 6 March 2023".
DATE_LABEL = re.compile(r"^\s*(?:date|day)\s*(?::|-|–)?\s+(?=\S)", re.IGNORECASE)


@dataclass
class DayHeadings:
    """The sheet with each entry given its day, and the row numbers of the headings read."""

    grid: Grid
    heading_rows: list[int]
    title_row: int | None = None  # the row number of the title naming the day, when it is the title's


def dates_from_headings(grid: Grid, header_index: int, text_columns: set[int],
                        date_col: int | None = None, timed: bool = False) -> DayHeadings | None:
    """The sheet with each entry dated by the day heading above it; ``None`` when it has no such
    headings, or entries above the first (they would have no date). ``text_columns``: the entries'
    text (details, action, comment); a row with nothing else, under an entry, is the rest of its
    text and takes no date of its own, so that it is joined onto the entry as the rest of it.
    ``date_col``: a date column the header has, left empty on the entries and holding the headings
    ("Monday 6 March 2023" alone on its row); else a column is added. ``timed``: the header has a
    Time column, so that a day in the title may be the log's (see :func:`_day_in_title`)."""
    header = [_folded(cell) for cell in grid.rows[header_index]]
    other_columns = any(col not in text_columns for col, cell in enumerate(grid.rows[header_index]) if cell is not None)
    headings: list[int] = []  # row indices
    dated: dict[int, object] = {}  # row index → the day it takes (or the added column's header, on a repeated header)
    # the heading above, as written (at first, the title's day)
    title = _day_in_title(grid, header_index) if timed and date_col is None else None
    day: object = title[1] if title else None
    first_under_heading = False
    more_than_text = False  # an entry with more than text (a time, a worker)
    for index in range(header_index + 1, len(grid.rows)):
        row = grid.rows[index]
        filled = [col for col, cell in enumerate(row) if cell is not None]
        if not filled:
            continue
        heading = _day_heading([row[col] for col in filled]) if date_col is None or filled == [date_col] else None
        if heading is not None:
            if first_under_heading and date_col is not None:
                return None  # a heading with no entry under it: a row of a date alone is an entry without text
            day = heading
            headings.append(index)
            first_under_heading = True
            continue
        if _repeats_header(row, filled, header):
            if date_col is None:  # (with the added column's header too, as the reader knows a repeated header by it)
                dated[index] = DATE_COLUMN
            continue
        if date_col is not None and date_col in filled:
            return None  # an entry with a date of its own: no sheet of day headings
        if _no_entry(row, filled, text_columns):
            continue  # a sign-off or an end line: read as such, with no date
        if day is None:
            return None  # an entry before any heading: no day to give it
        if first_under_heading or not other_columns or not set(filled) <= text_columns:
            dated[index] = day
        more_than_text = more_than_text or not set(filled) <= text_columns
        first_under_heading = False
    if not (headings or title) or (first_under_heading and date_col is not None):
        return None  # (the last heading too must have an entry under it)
    if date_col is not None and not more_than_text:
        return None  # "Date | Details" with a date on one row and its text on the next: one entry over two rows
    if all(value is DATE_COLUMN for value in dated.values()):
        return None  # no entry to date
    return DayHeadings(_with_days(grid, header_index, headings, dated, date_col),
                       [grid.row_numbers[index] for index in headings],
                       grid.row_numbers[title[0]] if title else None)


def _with_days(grid: Grid, header_index: int, headings: list[int], dated: dict[int, object],
               date_col: int | None) -> Grid:
    """A copy of the grid: each heading row emptied (read and skipped), each entry given its day in
    ``date_col`` or in a column added after the others."""
    width = max((len(row) for row in grid.rows), default=0)
    column = width if date_col is None else date_col
    rows = [list(row) for row in grid.rows]
    for index in headings:
        rows[index] = []
    if date_col is None:
        dated = {**dated, header_index: DATE_COLUMN}
    for index, value in dated.items():
        rows[index] += [None] * (column + 1 - len(rows[index]))
        rows[index][column] = value
    return replace(grid, rows=rows)  # (rows stay where they were: merged cells, hidden rows … stand as they are)


def _repeats_header(row: list[object], filled: list[int], header: list[str]) -> bool:
    """Whether a row is the header again, as a return printed page by page repeats it."""
    return all(col < len(header) and _folded(row[col]) == header[col] for col in filled)


def _no_entry(row: list[object], filled: list[int], text_columns: set[int]) -> bool:
    """Whether a row is no entry to date: a sign-off or a total ("Signed: …", "Total entries: 45"),
    or one cell outside the entries' text ("END OF CHRONOLOGY"). The reader tells each apart as it
    does in any sheet."""
    first = row[filled[0]]
    if isinstance(first, str) and (SIGN_OFF.match(first) or TOTALS.match(first) or COUNT_LINE.match(first)):
        return True
    return len(filled) == 1 and filled[0] not in text_columns


def _folded(cell: object) -> str:
    return " ".join(str(cell).split()).casefold() if cell is not None else ""


def _day_heading(cells: list[object]) -> object | None:
    """The day a heading row gives, as written: a row of one cell that is one whole day ("Monday 6
    March 2023", a date cell, "Date: 06/03/2023" without its label), or of a weekday and a date in
    two cells ("Monday" | 06/03/2023); else None."""
    if len(cells) == 2 and isinstance(cells[0], str) and cells[0].strip().casefold().rstrip(".,") in WEEKDAYS:
        cells = cells[1:]
    if len(cells) != 1:
        return None
    cell = cells[0]
    if isinstance(cell, str):
        cell = DATE_LABEL.sub("", cell, count=1)
    parsed, _ = parse_event_date(cell)
    if parsed.value is None or parsed.precision != Precision.DAY or parsed.end is not None or parsed.time is not None:
        return None
    return cell


# A whole day written inside a title: "… log - Saturday 17/08/2024", "Day sheet 17 August 2024".
_DAY_IN_TEXT = re.compile(r"(?i)\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|"
                          r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b")
# … that is not the day of the log: a date of birth, the day it was printed, a period's ends.
_NOT_THE_LOGS_DAY = re.compile(r"(?i)\b(?:dob|d\.o\.b|born|birth|printed|extracted|exported|produced|generated|run|"
                               r"created|updated|amended|as at|as of|from|to|between|until|since|date of \w+)\W*$")


def _day_in_title(grid: Grid, header_index: int) -> tuple[int, object] | None:
    """(row index, the day as written) of the one whole day the rows above the header name, or
    None when they name none, or more than one, or one that is no log's day (see _NOT_THE_LOGS_DAY)."""
    days = []
    for index in range(header_index):
        for cell in grid.rows[index]:
            if cell is None:
                continue
            if not isinstance(cell, str):
                if _day_heading([cell]) is not None:
                    days.append((index, cell))
                continue
            for match in _DAY_IN_TEXT.finditer(cell):
                if _NOT_THE_LOGS_DAY.search(cell[max(0, match.start() - 20):match.start()]):
                    return None
                if _day_heading([match[0]]) is not None:
                    days.append((index, match[0]))
    return days[0] if len(days) == 1 else None
