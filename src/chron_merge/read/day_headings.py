"""Returns that write each day's date once, as a heading over that day's entries.

A care home's or a hostel's daily log, or ward notes, often look so::

    Time  | Entry                              | Staff
    Monday 6 March 2023
    09:00 | Up, breakfast eaten.               | AB
    14:00 | Fall in the lounge, no injury.     | CD
    Tuesday 7 March 2023
    10:30 | GP visit re the fall.              | AB

The table has no date column, so no entry would have a date. :func:`dates_from_headings` gives
the sheet the column it stands for: each entry dated by the heading above it, as written, in a
column added after the others (so that the sheet's own columns keep their letters), and each
heading row left empty (a row read and skipped, as a section heading is). It is tried only on a
sheet whose header names no date.
"""

from __future__ import annotations

from dataclasses import dataclass

from chron_merge.model import Precision
from chron_merge.read.dates import parse_event_date
from chron_merge.read.grid import Grid
from chron_merge.read.headers import SIGN_OFF
from chron_merge.read.sheet import COUNT_LINE, TOTALS

DATE_COLUMN = "Date (the heading above)"


@dataclass
class DayHeadings:
    """The sheet with its added date column, and the row numbers of the headings read."""

    grid: Grid
    heading_rows: list[int]


def dates_from_headings(grid: Grid, header_index: int, text_columns: set[int]) -> DayHeadings | None:
    """The sheet with each entry dated by the day heading above it; ``None`` when it has no such
    headings, or entries above the first (they would have no date). ``text_columns``: the entries'
    text (details, action, comment); a row with nothing else, under an entry, is the rest of its
    text and takes no date of its own, so that it is joined onto the entry as the rest of it."""
    width = max((len(row) for row in grid.rows), default=0)
    rows = [list(row) for row in grid.rows]
    header = [_folded(cell) for cell in rows[header_index]]
    other_columns = any(col not in text_columns for col, cell in enumerate(rows[header_index]) if cell is not None)
    heading_rows: list[int] = []
    day: object = None  # the heading above, as written
    first_under_heading = False
    for index in range(header_index + 1, len(rows)):
        filled = [col for col, cell in enumerate(rows[index]) if cell is not None]
        if not filled:
            continue
        heading = _day_heading([rows[index][col] for col in filled])
        if heading is not None:
            day = heading
            heading_rows.append(grid.row_numbers[index])
            rows[index] = []  # read and skipped
            first_under_heading = True
            continue
        if _repeats_header(rows[index], filled, header):
            # (with the added column's header too, as the reader knows a repeated header by it)
            rows[index] = rows[index] + [None] * (width - len(rows[index])) + [DATE_COLUMN]
            continue
        if _no_entry(rows[index], filled, text_columns):
            continue  # a sign-off or an end line: read as such, with no date
        if day is None:
            return None  # an entry before any heading: no day to give it
        starts_entry = first_under_heading or not other_columns or not set(filled) <= text_columns
        first_under_heading = False
        rows[index] = rows[index] + [None] * (width - len(rows[index])) + [day if starts_entry else None]
    if not heading_rows:
        return None
    rows[header_index] = list(rows[header_index]) + [None] * (width - len(rows[header_index])) + [DATE_COLUMN]
    return DayHeadings(Grid(file=grid.file, sheet=grid.sheet, rows=rows, row_numbers=grid.row_numbers,
                            hidden=grid.hidden, merged=grid.merged, date1904=grid.date1904,
                            formulas_without_value=grid.formulas_without_value, hidden_rows=grid.hidden_rows,
                            hidden_columns=grid.hidden_columns, filtered=grid.filtered,
                            struck_cells=grid.struck_cells), heading_rows)


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
    """A row of one cell that is one whole day ("Monday 6 March 2023", a date cell): the cell, or None."""
    if len(cells) != 1:
        return None
    parsed, _ = parse_event_date(cells[0])
    if parsed.value is None or parsed.precision != Precision.DAY or parsed.end is not None or parsed.time is not None:
        return None
    return cells[0]
