"""Turn one sheet's grid and column map into events, counting and explaining every row.

Every row below the header ends up as exactly one of: an event, a continuation row joined
onto the event above it, or a blank row (with it, listed: a repeated header, a section heading,
a line below the last entry, the header of another table below). Nothing is dropped: unmapped columns go to
``extra``, unreadable dates and times stay as written and raise a problem.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from chron_merge.model import Event, EventDate, Level, Precision, Problem, Source
from chron_merge.read.dates import (
    MONTH_PATTERN,
    NUMERIC_DATE,
    SERIAL_TEXT,
    DateIssue,
    format_cell_text,
    in_year,
    parse_event_date,
    parse_time,
    split_leading_date,
)
from chron_merge.read.grid import Grid, column_letter
from chron_merge.read.headers import LEGEND_LABEL, SIGN_OFF, SIGN_OFF_LABEL, ColumnMap, lane_names_agency, starts_new_table

# Fields whose text a continuation row may carry; any other cell filled means a new entry.
TEXT_FIELDS = ("details", "action", "comment")
SECTION = "Section"  # the extra field of the heading an entry is under (a column of that name wins)
# Fields that a merged cell spreads down over the rows it covers (one date for three entries).
FILL_DOWN_FIELDS = ("date", "time", "agency", "practitioner", "contact_type")

# A ditto mark: the cell says "the same as the row above". Once the rows are merged with other
# agencies' and sorted, "above" means another entry, so the value above is written in (with a note).
# The marks as a set of exact cell values, so that a row is checked in one C call (every row is).
DITTO_MARKS = ('"', "''", "〃", "”", "“", "ditto", "do", "as above", "same as above", "same", "same day")
DITTO_CELLS = frozenset(spaced for mark in DITTO_MARKS for cased in (mark, mark.capitalize(), mark.title(), mark.upper())
                        for spaced in (cased, cased + ".", cased + " ", " " + cased))

# A template's placeholder left in a cell no one filled ("Please select" in a drop-down column,
# Word's "Choose an item."): no content. Exact cell values, checked in one C call per row as above.
PLACEHOLDER_TEXTS = ("please select", "select", "-- select --", "- select -", "--select--", "[select]", "<select>",
                     "select from list", "select one", "select an option", "please choose", "choose an item",
                     "choose one", "click here to enter text", "click or tap here to enter text",
                     "click here to enter a date", "click or tap to enter a date", "enter text here", "type here",
                     "dd/mm/yyyy", "dd/mm/yy")
PLACEHOLDER_CELLS = frozenset(spaced for text in PLACEHOLDER_TEXTS
                              for cased in (text, text.capitalize(), text.title(), text.upper())
                              for dotted in (cased, cased + ".", cased + "...", cased + "…")
                              for spaced in (dotted, dotted + " "))

# The label that starts a key of abbreviations below the entries ("Key:", "Abbreviations used").
LEGEND_MAX_ROWS = 40
# A page number between entries, as a return printed to PDF and converted back keeps them: "Page 2 of 5", "- 3 -".
# And "(continued)", "Continued overleaf", "cont'd" where an entry runs over the page.
PAGE_MARKER = re.compile(r"^\s*(?:page\s+\d+(?:\s*(?:of|/)\s*\d+)?|-\s*\d+\s*-|"
                         r"\(?(?:continued|cont[’']?d)\.?\)?(?:\s+(?:overleaf|on (?:the )?next page|from "
                         r"(?:the )?previous page))?\.*)\s*$", re.IGNORECASE)
# The stamp a system prints at each page's foot or head, beside its page number: "Printed 15/04/2024
# 10:32 by admin", "Report run on 02/05/2024", "Date printed: 15/04/2024". Its date is the printing's, no entry's.
# (a date, perhaps a time, perhaps who: "Printed 12/03 letter for mum" is an entry's text)
PRINT_STAMP = re.compile(r"^\s*(?:printed|print date|date printed|report (?:run|printed|produced|generated)|run date|"
                         r"generated)(?:\s*(?:on|at|:))?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d)"
                         r"(?:,?\s+(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?)?(?:\s+by\s+[\w.@\\-]+(?:\s[\w.@\\-]+)?)?\s*$",
                         re.IGNORECASE)
# A template's example row, above the first entry: "01/01/2023 | EXAMPLE: Home visit - met with young
# person …", "e.g. 01/04/2023 | Example entry". Its date is the template's, no entry's.
EXAMPLE_CELL = re.compile(r"^\s*[(\[]?\s*(?:example\b|e\.\s?g\.|for example\b|sample entry\b)", re.IGNORECASE)
# A row counting the entries above it, below the last one: "Total entries | 45", "Number of contacts: 45".
TOTALS = re.compile(r"^\s*(?:totals?|grand total|count|number of (?:entries|contacts|events|records|rows))\b",
                    re.IGNORECASE)
# The same count written whole in one cell, in any column, the text column too: "Total entries: 7",
# "Number of contacts = 14", "Total: 7". It ends in its number; "Total of 3 calls today" is an entry.
COUNT_LINE = re.compile(r"^\s*(?:(?:grand )?totals?|count|(?:total )?(?:number|no\.?) of)\b[\w ]{0,30}?[:=-]?\s*\d+\s*$",
                        re.IGNORECASE)

HEADING_WORD = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more, in any alphabet


@dataclass(frozen=True)
class YearHeading:
    """A year (and maybe its month) that entries below it give only a day and month of: a heading
    row ("2019", "March 2019"), the sheet's name ("2019"), or a title naming a period."""

    year: int
    month: int | None
    where: str  # "the heading above (row 5)", "the sheet's name ('2019')"
    scope: str  # where the entries it covers are: "under that heading", "on that sheet"
    days_only: bool = False  # it gives only entries that give a day alone ("3rd") their month and year
    # A period a title names ("Jan-Feb 2024", "1 April 2023 to 31 March 2024", a school's year "2023-24":
    # September 2023 to August 2024): the year of each month in it; a month outside it is given no year.
    period_months: dict[int, int] | None = None


@dataclass
class SheetRead:
    """The events and problems from one sheet, and the counts that reconcile its rows."""

    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows_read: int = 0
    continuations: int = 0
    blank_rows: int = 0
    next_header: int | None = None  # the row (index) where another table starts, with its own header
    # The words of the last section heading ("CHILD A", "PERIOD 2: MOVE TO NEW ADDRESS"): the entries
    # below it keep it in extra, as "Section", since the merged chronology no longer shows it above them.
    section: str | None = None
    agency: str | None = None  # the agency of the last entries: a collated sheet's heading may have named it

    def add(self, more: SheetRead) -> None:
        """Take in what the next table of the sheet read."""
        self.events.extend(more.events)
        self.problems.extend(more.problems)
        self.rows_read += more.rows_read
        self.continuations += more.continuations
        self.blank_rows += more.blank_rows
        self.next_header = more.next_header
        self.section = more.section
        self.agency = more.agency


def cell_text(value: object) -> str:
    """A cell as text, the way the sheet shows it, with Excel's escaped carriage returns removed."""
    text = format_cell_text(value)
    if "_x000D_" in text or "\r" in text:
        text = text.replace("_x000D_", "").replace("\r\n", "\n").replace("\r", "\n")
    return text


def _fill_merged_data(grid: Grid, mapping: ColumnMap) -> list[list[object]]:
    """Rows with merged date/time/agency cells spread down over every row they cover."""
    rows = grid.rows
    fill_columns = {mapping.fields[f] for f in FILL_DOWN_FIELDS if f in mapping.fields}
    merged_down = [m for m in grid.merged if m[2] > m[0] and m[0] > mapping.header_row_index]
    if not merged_down or not fill_columns:
        return rows
    rows = [list(r) for r in rows]
    date_col = mapping.fields.get("date")
    text_cols = {mapping.fields[f] for f in TEXT_FIELDS if f in mapping.fields}
    for r1, c1, r2, c2 in merged_down:
        below = range(r1 + 1, min(r2 + 1, len(rows)))
        # The merge's first entry has cells of its own beside the text (a time, a type, a worker): a
        # row under the merged date with text alone is the rest of the entry above, as it would be
        # under a blank date, not an entry of its own (which would sort before the timed ones).
        own_cells = {c for c, v in enumerate(rows[r1]) if v is not None and c not in text_cols and not c1 <= c <= c2}
        text_only = {r for r in below if own_cells
                     and {c for c, v in enumerate(rows[r]) if v is not None and not c1 <= c <= c2} <= text_cols}
        for col in range(c1, c2 + 1):
            if col not in fill_columns:
                continue
            value = rows[r1][col]
            for r in below:
                if not (col == date_col and r in text_only):
                    rows[r][col] = value
    return rows


_NUMBERING_HEADER = re.compile(r"(?i)^\s*(?:no|number|num|#|ref|ref no|reference|entry(?: no| number)?|item|seq|"
                               r"sequence|row|line|s/?n|id)\s*\.?\s*$")


# A care home's or a ward's shifts, in their order through one day: "Day" then "Night", "Early",
# "Late", "Night", "AM" then "PM".
SHIFT_ORDER = {"early": 0, "am": 0, "a.m.": 0, "morning": 0, "early shift": 0, "day": 1, "days": 1, "long day": 1,
               "day shift": 1, "late": 2, "pm": 2, "p.m.": 2, "afternoon": 2, "late shift": 2, "twilight": 3,
               "evening": 3, "night": 4, "nights": 4, "night shift": 4, "waking night": 4, "sleep in": 4, "sleep-in": 4}


def _shift_column(rows: list[list[object]], start: int, candidates: list[int]) -> int | None:
    """The column (among those mapped to no field) that names each entry's shift: every cell in it
    a shift of the day ("Day", "Night"), two or more different ones."""
    for col in candidates:
        cells = [cell for row in rows[start:] if col < len(row) and (cell := row[col]) is not None]
        if not all(isinstance(cell, str) for cell in cells):
            continue
        values = {folded for cell in cells if (folded := cell.strip().casefold())}
        if len(values) >= 2 and values <= SHIFT_ORDER.keys():
            return col
    return None


def _shift_after(previous: Event, shift_header: str, shift_cell: object) -> tuple[str, str] | None:
    """(this row's shift, the shift of ``previous``, the entry just above) when a row with no date is
    of that entry's day: that entry has a day and a shift, and this row's shift comes later in the day."""
    if not isinstance(shift_cell, str) or previous.date_precision != Precision.DAY or previous.date_end:
        return None
    this, above = shift_cell.strip(), previous.extra.get(shift_header, "").strip()
    this_order, above_order = SHIFT_ORDER.get(this.casefold()), SHIFT_ORDER.get(above.casefold())
    return (this, above) if this_order is not None and above_order is not None and this_order > above_order else None


def _numbering_columns(rows: list[list[object]], start: int, candidates: list[int], headers: list[str]) -> set[int]:
    """The columns (among those mapped to no field) that number the rows: headed so ("No.", "Ref")
    and holding whole numbers only, counting up."""
    found = set()
    for col in candidates:
        if col >= len(headers) or not _NUMBERING_HEADER.match(headers[col] or ""):
            continue
        values = [row[col] for row in rows[start:] if col < len(row) and row[col] is not None]
        numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool) and float(v).is_integer()]
        if numbers and len(numbers) == len(values) and all(a < b for a, b in zip(numbers, numbers[1:])):
            found.add(col)
    return found


def read_sheet(grid: Grid, mapping: ColumnMap, agency: str, join_continuations: bool = True,
               section: str | None = None, first_table: bool = True, first_row: int | None = None,
               lanes_alone: bool = False, agency_heading: Callable[[str], str | None] | None = None,
               agency_above: bool = False) -> SheetRead:
    """Read the rows below the header into events (see module docstring for the row rules).

    ``section`` is the heading the entries are under so far ("CHILD A" above this table); a
    table below the sheet's first (``first_table`` False) reports only the formulas in its rows.
    ``first_row``: where the entries start when some are above the header (its row is then skipped
    as a repeated header). ``lanes_alone``: a column of entries per agency (mapping.lanes) names its
    agency by its header alone, the return's own name saying only what the document is.
    ``agency_heading``: for a sheet whose agency nothing names but a heading above its first
    table (a collated sheet: "POLICE", its table, "HEALTH VISITING", its table), the agency a
    heading names, if any: the entries below it are that agency's. ``agency_above``: likewise, for
    a sheet whose Agency column alone names agencies, each written once above its entries: a blank
    cell is of the agency above it."""
    result = SheetRead(section=section)
    rows = _fill_merged_data(grid, mapping)
    fields = mapping.fields
    date_col = fields.get("date")
    time_col = fields.get("time")
    agency_col = fields.get("agency")
    text_cols = {fields[f]: f for f in TEXT_FIELDS if f in fields} | dict.fromkeys(mapping.lanes, "details")
    extra_cols = mapping.extra_columns()
    header_text = [h.strip().casefold() for h in mapping.headers]
    file, sheet = grid.file, grid.sheet

    def problem(row: int | None, level: Level, code: str, message: str, value: str | None = None, fix: str = "") -> None:
        result.problems.append(Problem(file=file, sheet=sheet, row=row, level=level, code=code, message=message,
                                       value=value, fix=fix or None))

    formulas_from = 0 if first_table else grid.row_numbers[mapping.header_row_index]
    for row_number, col in grid.formulas_without_value:
        if row_number > formulas_from:
            problem(row_number, Level.WARNING, "formula-without-value",
                    f"cell {col}{row_number} holds a formula with no saved result, so it reads as empty",
                    fix="open the file in Excel, let it calculate, and save it; or paste the values over the formulas")

    # A column that only numbers the rows ("No.", "Ref": 1, 2, 3 …): a template's rows numbered in
    # advance hold nothing else, and are blank rows, not entries without a date.
    numbering = _numbering_columns(rows, mapping.header_row_index + 1, extra_cols, mapping.headers)
    shift_col = _shift_column(rows, mapping.header_row_index + 1, extra_cols)

    # … and so are such rows with the agency filled in too (a template's drop-down, filled in advance):
    # nothing of an entry but whose it would be; skipped, and said once.
    numbered_or_agency = numbering | ({agency_col} if agency_col is not None else set())

    def only_in(row: list[object], columns: set[int]) -> bool:
        return all(c is None or col in columns for col, c in enumerate(row))

    template_rows: list[int] = []

    last = len(rows) - 1
    while last > mapping.header_row_index and not any(c is not None for c in rows[last]):
        last -= 1  # trailing empty rows are formatting, not rows of the return

    events = result.events
    previous: Event | None = None  # the event a continuation row would join
    textless: tuple[Event, Problem] | None = None  # the last entry, warned of as having no text
    text_col_set = set(text_cols)
    date_header = header_text[date_col] if date_col is not None and date_col < len(header_text) else None
    details_col, practitioner_col = fields.get("details"), fields.get("practitioner")
    contact_col, action_col, comment_col = fields.get("contact_type"), fields.get("action"), fields.get("comment")
    width = len(mapping.headers)

    end_col = mapping.date_end
    date_cell = _date_cell_reader(mapping, grid.date1904)
    # A date column headed "Date (MM/DD/YYYY)": the return says its dates are month-first (a system
    # set up in the US), so they are read so; not a guess. Or the review config says so of the return.
    declared_by_header = date_col is not None and DECLARED_MONTH_FIRST.search(mapping.headers[date_col]) is not None
    month_first = (date_col is not None and not mapping.date_in_text and not mapping.date_parts
                   and (declared_by_header or mapping.month_first))
    turned: list[tuple[str, dt.date]] = []  # (as written, read as) of each date read month-first
    start = mapping.header_row_index + 1 if first_row is None else first_row
    entry_text_cols = tuple(c for c in (details_col, *mapping.lanes) if c is not None)  # where an entry's text is
    footer = _footer_start(rows, start, last, entry_text_cols, date_cell, grid.date1904)
    invalid_dates: list[str] = []  # as written, for the month-first check after the rows
    placeholders: list[tuple[int, str]] = []  # (row, text) of the template's placeholders read as empty
    # Titles above the header ("Northshire Police - chronology for Child A"), which a printed return repeats on each page.
    titles = {text for row in rows[:mapping.header_row_index] if len(cells := [c for c in row if c is not None]) == 1
              and isinstance(cells[0], str) and (text := cells[0].strip())} if mapping.has_header and first_table else set()
    # The last heading that is a year or a month: above the first entry (or the sheet's name), or among them.
    heading_year = _year_heading_above(rows, start, grid)
    agency_written_above = ""  # (with agency_above) the last agency written in the Agency column
    agency_from_above: list[int] = []  # … and the rows whose blank Agency cell is of it
    ditto_columns = [(fields[f], f) for f in FILL_DOWN_FIELDS if f in fields and not (f == "date" and mapping.date_parts)]
    for index in range(start, last + 1):
        row = rows[index]
        if len(row) < width:
            row = row + [None] * (width - len(row))
        if mapping.aside:  # a key beside the table: no part of any entry
            row = [None if col in mapping.aside else cell for col, cell in enumerate(row)]
        row_number = grid.row_numbers[index]
        result.rows_read += 1
        if not PLACEHOLDER_CELLS.isdisjoint(row):  # one C call: most rows hold no placeholder
            placeholders.extend((row_number, c) for c in row if c in PLACEHOLDER_CELLS)
            row = [None if c in PLACEHOLDER_CELLS else c for c in row]
        filled = len(row) - row.count(None)  # (count runs in C)
        if not filled or (numbering and only_in(row, numbering)):
            result.blank_rows += 1
            previous = None
            continue
        if numbering and only_in(row, numbered_or_agency):
            result.blank_rows += 1
            template_rows.append(row_number)
            previous = None
            continue
        if not DITTO_CELLS.isdisjoint(row):  # one C call: most rows have no ditto mark anywhere
            row = _undo_dittos(rows, index, row, ditto_columns, mapping, problem, row_number)
        if index >= footer:
            result.blank_rows += 1
            text = " | ".join(cell_text(c) for c in row if c is not None)
            problem(row_number, Level.INFO, "footer", "text below the last entry (a sign-off, an end marker, a key or a total), "
                    "not an entry: the row is skipped", value=text,
                    fix="if it is an entry, give it a date and put its text in the details column")
            continue
        if not events and any(isinstance(c, str) and EXAMPLE_CELL.match(c) for c in row):
            result.blank_rows += 1
            problem(row_number, Level.INFO, "example-row", "the template's example above the first entry, not an "
                    "entry: the row is skipped", value=" | ".join(cell_text(c) for c in row if c is not None),
                    fix="if it is a real entry, take 'example' out of its text")
            continue
        date_value = date_cell(row)
        if (isinstance(date_value, str) and date_value.strip().casefold() == date_header
                and _is_repeated_header(row, header_text)):
            result.blank_rows += 1
            problem(row_number, Level.INFO, "repeated-header", "the header row appears again here; the row is skipped",
                    fix="nothing to do")
            previous = None
            continue
        only = cell_text(next(c for c in row if c is not None)) if filled == 1 else None  # a row of one cell's text
        if only is not None and only.strip() in titles:
            result.blank_rows += 1  # the title, repeated at the top of each printed page
            problem(row_number, Level.INFO, "repeated-title", "the title above the header appears again here; the row "
                    "is skipped", value=only, fix="nothing to do")
            continue
        if filled <= 3 and _page_marks_only(row):
            # "Page 2 of 5" between entries: a page break of a printed or converted return, perhaps
            # with the stamp of its printing ("Printed 15/04/2024 10:32 by admin"). (The entry above
            # may go on below it: it can still take continuation rows.)
            result.blank_rows += 1
            problem(row_number, Level.INFO, "page-marker",
                    "a page number or a note of the page break, not an entry: the row is skipped",
                    value=" | ".join(cell_text(c) for c in row if c is not None), fix="nothing to do")
            continue
        # (A text that starts with its date is an entry, even "March 2020 - Family moved away".)
        is_entry_text = mapping.date_in_text and date_value is not None
        heading = _section_heading(row, date_value, grid.date1904) if filled == 1 and not is_entry_text else None
        if heading is not None and agency_heading is not None and (named := agency_heading(heading)) is not None:
            result.blank_rows += 1
            agency = named
            problem(row_number, Level.INFO, "agency-heading", f"a heading naming an agency: the entries below it are "
                    f"read as {named}'s; the row is skipped", value=heading,
                    fix="nothing to do if they are; else give each agency's entries their own sheet, named for it")
            previous = None
            continue
        if heading is not None:
            result.blank_rows += 1
            problem(row_number, Level.INFO, "section-heading", "a heading that divides the chronology, not an entry: "
                    "the row is skipped", value=heading, fix="if it is an entry, give it a date and put its text in "
                    "the details column")
            heading_date = _parse_date(heading, grid.date1904)[0]
            if heading_date.value is None:  # words, not a year or a month
                result.section = heading
            else:  # "2019" above entries dated "12 Feb": their year; "March 2019" above "3rd": its month too
                # (a term's months give a year, but no one month for a day alone)
                heading_year = (YearHeading(heading_date.value.year, heading_date.value.month
                                            if heading_date.precision == Precision.MONTH and heading_date.end is None
                                            else None, f"the heading above (row {row_number})", "under that heading")
                                if _names_one_year(heading_date) else None)
            previous = None
            continue
        if date_value is None and filled >= 2 and _may_be_header(row) and starts_new_table(row):
            # The next table's header with its date column elsewhere ("Time | Date of visit | Notes").
            result.blank_rows += 1
            _note_new_table(problem, row_number, row)
            result.next_header = index
            break
        text_after_date = None
        if (date_value is None and date_col is not None and details_col is not None and not mapping.date_in_text
                and not mapping.date_parts and isinstance(row[details_col], str)
                and (dated := _text_starting_with_day(row[details_col], grid.date1904)) is not None):
            # No date in the date column, but the text starts with one ("05/03/2023 - Call from school"):
            # an entry of that day (not the rest of the entry above), dated as its text says.
            date_value, text_after_date = dated
            problem(row_number, Level.INFO, "date-in-text", f"no date in '{mapping.headers[date_col]}', but the "
                    f"text starts with one, {date_value}: read as an entry of that day",
                    value=date_value, fix="nothing to do if that is the entry's date; else write its date in the "
                    "date column")
        if (join_continuations and previous is not None and date_col is not None and details_col is not None
                and date_value is row[date_col] and isinstance(date_value, str) and row[details_col] is not None
                and ROW_LABEL.match(date_value)):
            # "Remarks:" in the date column, its text beside it: a printed record's second row, the rest
            # of the entry above (its first row the date, the number and the type).
            row = _labelled_text(row, details_col, date_value)
            row[date_col] = date_value = None
        if date_value is None and join_continuations and previous is not None:
            filled_columns = {col for col, c in enumerate(row) if c is not None}
            part = _consultation_part(row, contact_col, details_col)
            if part is not None:  # "History" | "Mum says …" under a GP consultation's first row
                filled_columns.discard(contact_col)
                row = _labelled_text(row, details_col, part)  # type: ignore[arg-type]
            if filled_columns <= text_col_set:
                _join(previous, row, text_cols, row_number)
                result.continuations += 1
                if textless is not None and textless[0] is previous and previous.details:
                    # The date on one row and its text on the next: the entry has its text after all.
                    result.problems = [p for p in result.problems if p is not textless[1]]
                    textless = None
                problem(row_number, Level.INFO, "continuation",
                        f"no date: joined onto the entry above (row {previous.source.row}) as the rest of its text",
                        value=" / ".join(cell_text(row[c]) for c in sorted(filled_columns)),
                        fix="if this is a separate entry, give it a date (or build with --no-join)")
                continue

        if (join_continuations and previous is not None and not previous.details and filled == 1 and date_col is not None
                and row[date_col] is not None and date_value is row[date_col] and _is_text(date_value, grid.date1904)):
            # An entry laid out over two rows, its date (and type) on one and its text on the next, in the
            # date column ("Date | Category" above "Incident"): the text is the entry's details.
            previous.details = cell_text(date_value)
            previous.source.rows.append(row_number)
            result.continuations += 1
            if textless is not None and textless[0] is previous:
                result.problems = [p for p in result.problems if p is not textless[1]]
                textless = None
            problem(row_number, Level.INFO, "text-below-date",
                    f"no date: the text in the date column below the entry above (row {previous.source.row}), "
                    "which has no text, is read as its details", value=previous.details,
                    fix="if this is a separate entry, give it a date and put its text in the details column")
            continue
        if date_value is None and previous is not None and not mapping.date_parts:
            # The date written once for the day, on its first entry: a row under it with no date and a
            # later time, or a later shift, is of that day ("03/02 | 09:00 | …", " | 14:30 | …"; "11/04 |
            # Day | …", " | Night | …"). (An earlier time may be the next day.)
            follows = None  # (what follows: "time" or "shift", this row's, the entry above's)
            carried = _day_written_above(previous, row[time_col]) if time_col is not None else None
            if carried is not None:
                follows = ("time", carried, previous.time)
            elif shift_col is not None and (shifts := _shift_after(previous, mapping.headers[shift_col],
                                                                   row[shift_col])) is not None:
                follows = ("shift", *shifts)
            if follows is not None:
                what, this, above = follows
                date_value = f"{previous.date:%d/%m/%Y}"  # type: ignore[union-attr]
                problem(row_number, Level.INFO, "date-from-above",
                        f"no date: read as {date_value}, the day of the entry above (row {previous.source.row}), as "
                        f"its {what}, {this}, follows that entry's {above}", fix="if it is of another day, write its date")
        parsed, issue = _parse_date(date_value, grid.date1904)
        if month_first and isinstance(date_value, str) and (day_first := _day_first(date_value)) is not None:
            # (the header says the dates are month-first: read so, kept as written; one that is no date
            # either way is reported as written)
            turned_date, turned_issue = _parse_date(day_first, grid.date1904)
            if turned_date.value is not None:
                parsed, issue = turned_date.model_copy(update={"text": cell_text(date_value)}), turned_issue
                turned.append((parsed.text, turned_date.value))
        if (issue is not None and heading_year
                and (dated := _in_heading_year(date_value, heading_year, grid.date1904))
                and not (heading_year.days_only and in_year(date_value, heading_year.year) is not None)):
            parsed, issue = _parse_date(dated, grid.date1904)
            if issue is not None and issue.code == "weekday-mismatch":  # (quoting the cell, not the date made of it)
                issue = replace(issue, message=issue.message.replace(f"'{parsed.text}'", f"'{cell_text(date_value)}'", 1))
            parsed = parsed.model_copy(update={"text": cell_text(date_value)})  # the date as written
            if heading_year.month and parsed.value is not None and in_year(date_value, heading_year.year) is None:
                problem(row_number, Level.INFO, "year-from-heading", f"'{parsed.text}' gives only the day: read in "
                        f"{parsed.value:%B %Y}, the month of {heading_year.where}",
                        fix=f"nothing to do if the entries {heading_year.scope} are all of that month")
            elif heading_year.period_months is not None and parsed.value is not None:
                problem(row_number, Level.INFO, "year-from-heading", f"'{parsed.text}' has no year: read in "
                        f"{parsed.value.year}, by {heading_year.where}",
                        fix=f"nothing to do if the entries are all {heading_year.scope}")
            else:
                problem(row_number, Level.INFO, "year-from-heading", f"'{parsed.text}' has no year: read in "
                        f"{heading_year.year}, the year of {heading_year.where}",
                        fix=f"nothing to do if the entries {heading_year.scope} are all of that year")
        if (issue is not None and issue.code == "unreadable-date" and isinstance(date_value, str)
                and date_col is not None and date_value is row[date_col]  # (not a start and end put together)
                and not mapping.date_in_text and not mapping.date_parts
                and (leading := _date_before_words(date_value, grid.date1904)
                     or _date_after_name(date_value, grid.date1904)) is not None):
            # A date with words after it in the date column ("12/09/2023 - PA Jones", the worker who
            # wrote the entry), or a name before it ("J Okafor 13/02/2024 09:10"): the date is read,
            # the cell kept as written.
            parsed, issue = leading
        if issue is not None and issue.code == "unreadable-date" and not mapping.date_parts and starts_new_table(row):
            # "Date of consultation | Notes | Seen by" below the first table: a table with its own columns.
            result.blank_rows += 1
            _note_new_table(problem, row_number, row)
            result.next_header = index
            break
        if issue is not None and issue.code == "invalid-date":
            invalid_dates.append(parsed.text)
        extra: dict[str, str] = {}
        if end_col is not None and row[end_col] is not None and date_value is row[date_col]:
            extra[mapping.headers[end_col]] = cell_text(row[end_col])  # not read with a start that is no date
        if parsed.value is None and end_col is not None and row[end_col] is not None and row[date_col] is not None:
            # The end is no date ("TBC") or before the start: the start alone, the end kept as written.
            start, start_issue = _parse_date(row[date_col], grid.date1904)
            if start.value is not None and issue is not None:
                problem(row_number, Level.WARNING, issue.code, f"{issue.message}: the entry is dated by its start and "
                        f"'{mapping.headers[end_col]}' is kept as written", value=parsed.text,
                        fix="write the end date as DD/MM/YYYY, or leave it empty")
                parsed, issue = start, start_issue
                extra[mapping.headers[end_col]] = cell_text(row[end_col])
        if issue is not None and issue.code == "missing-date" and date_col is not None and (
                beside := next((c for c in mapping.other_dates if row[c] is not None), None)) is not None:
            # No date of its own, but one in another column of dates ("Date approached" blank, "Decision
            # date" written): not taken (it is of something else), but said, as the fix may be to map it.
            problem(row_number, issue.level, issue.code, f"no date in '{mapping.headers[date_col]}' "
                    f"('{mapping.headers[beside]}' holds {cell_text(row[beside])})", value=parsed.text or None,
                    fix=f"write the entry's date in '{mapping.headers[date_col]}'; or, if '{mapping.headers[beside]}' "
                        f"holds the entries' dates, map it in review.toml: [agency.X] columns = "
                        f'{{ "{mapping.headers[beside]}" = "date" }}')
        elif issue is not None:
            problem(row_number, issue.level, issue.code, issue.message, value=parsed.text or None, fix=issue.fix)
        when = parsed.time
        if time_col is not None and row[time_col] is not None:
            column_time, time_issue = parse_time(row[time_col])
            if column_time is not None:
                when = column_time
            if column_time is None or time_issue is not None:
                # Kept as written: a time not read, or read with a note ("14:30-15:00" sorts at 14:30).
                extra[mapping.headers[time_col]] = cell_text(row[time_col])
            if time_issue is not None:
                problem(row_number, time_issue.level, time_issue.code, time_issue.message,
                        value=cell_text(row[time_col]), fix=time_issue.fix)
        if result.section is not None:
            extra[SECTION] = result.section
        for col in extra_cols:
            if row[col] is not None:
                text = cell_text(row[col])
                if text:
                    extra[mapping.headers[col]] = text
        details = _field_text(row, details_col)
        lane_agency = None
        if mapping.lanes:  # the text is in the column of whoever made the entry
            written = [col for col in mapping.lanes if _field_text(row, col)]
            details = " ".join(_field_text(row, col) if len(written) == 1 else
                               f"{mapping.headers[col]}: {_field_text(row, col)}" for col in written)
            if len(written) == 1 and lane_names_agency(lane := mapping.headers[written[0]]):
                lane_agency = lane if lanes_alone else f"{agency} – {lane}"  # a column per service or agency
            elif len(written) == 1:
                extra[SECTION] = lane  # a column per family member ("Mother | Child"), or part of the day
        no_text_warning = None
        if mapping.date_in_text and date_value is not None and (split := split_leading_date(details)):
            details = split[1]  # the text after its date
        elif text_after_date is not None:
            details = text_after_date
        contact_type, action = _field_text(row, contact_col), _field_text(row, action_col)
        if not details:
            if contact_type or action:  # "DNA" as the contact type says what happened
                problem(row_number, Level.INFO, "no-details", "the entry has no details text; its "
                        + ("contact type" if contact_type else "action / outcome") + " says what happened",
                        value=contact_type or action, fix="nothing to do if that says enough")
                no_text_warning = result.problems[-1]  # (withdrawn if its text is on the row below)
            else:
                problem(row_number, Level.WARNING, "no-details",
                        "the entry has a date but no details text" if parsed.value else "the entry has no details text",
                        fix="check the row; the text may be in another column")
                no_text_warning = result.problems[-1]
        written_agency = _field_text(row, agency_col)
        if agency_above:
            if written_agency:
                agency_written_above = written_agency
            elif agency_written_above:
                written_agency = agency_written_above
                agency_from_above.append(row_number)
        event = Event(
            date=parsed.value, date_precision=parsed.precision, date_approximate=parsed.approximate,
            date_text=parsed.text, date_end=parsed.end, time=_clock_text(when),
            agency=written_agency or lane_agency or agency,
            practitioner=_field_text(row, practitioner_col) or None,
            contact_type=contact_type or None, details=details,
            action=action or None, comment=_field_text(row, comment_col) or None,
            extra=extra, source=Source(file=file, sheet=sheet, row=row_number, rows=[row_number]))
        events.append(event)
        if grid.row_spans and index in grid.row_spans:  # a form's block, a date and its lines: one entry, several rows
            event.source.rows = list(grid.row_spans[index])
            result.rows_read += len(event.source.rows) - 1
            result.continuations += len(event.source.rows) - 1
        # Only a dated entry can take continuation rows: text under an undated one is its own entry.
        previous = event if parsed.value is not None else None
        textless = (event, no_text_warning) if no_text_warning is not None else None
    if invalid_dates and date_col is not None and not month_first:  # (said already, when the header says so)
        _warn_if_month_first(result, invalid_dates, mapping.headers[date_col])
    if date_col is not None:
        _note_day_numbers(result, mapping.headers[date_col])
    if turned:
        written, read_as = turned[0]
        header = mapping.headers[date_col]
        example = f"('{written}' as {read_as.day} {read_as:%B %Y})"
        if declared_by_header:
            problem(None, Level.INFO, "month-first-header", f"'{header}' says its dates are month-first: its "
                    f"{len(turned)} dates written in numbers are read so {example}",
                    fix="nothing to do if the header is right; if the dates are day-first, correct the header")
        else:
            problem(None, Level.INFO, "month-first-config", f"the review config says this return's dates are "
                    f"month-first: the {len(turned)} dates in '{header}' written in numbers are read so {example}",
                    fix="nothing to do if they are; if not, take 'dates = \"month-first\"' out of review.toml")
    if template_rows:
        problem(template_rows[0], Level.INFO, "template-rows",
                f"{len(template_rows)} rows (from row {template_rows[0]}) hold only their number and the agency, "
                "as a template's rows filled in advance: skipped", fix="nothing to do; if one is an entry, write its "
                "date and what happened")
    if placeholders:
        rows_with = sorted({row for row, _ in placeholders})
        shown = ", ".join(f"'{text.strip()}'" for text in dict.fromkeys(text for _, text in placeholders))
        problem(rows_with[0], Level.INFO, "placeholder",
                f"{len(placeholders)} cells in {len(rows_with)} rows (from row {rows_with[0]}) hold a template's "
                f"placeholder ({shown}), not an entry's content: read as empty", fix="nothing to do")
    result.agency = agency
    if agency_from_above and agency_col is not None:
        problem(agency_from_above[0], Level.INFO, "agency-from-above",
                f"{len(agency_from_above)} entr{'y' if len(agency_from_above) == 1 else 'ies'} with no agency in "
                f"'{mapping.headers[agency_col]}' (from row {agency_from_above[0]}) read as the agency written above "
                "them: the column names each agency once, above its entries",
                fix="nothing to do if so; else write each entry's agency")
    if result.next_header is not None:  # the formulas below are the next table's to report
        below = grid.row_numbers[result.next_header]
        result.problems = [p for p in result.problems if p.code != "formula-without-value" or (p.row or 0) < below]
    return result


def _year_heading_above(rows: list[list[object]], start: int, grid: Grid) -> YearHeading | None:
    """The nearest row above ``start`` holding only a year ("2019"), else the sheet's name when it
    is a year or a month of one ("2019", "March 2019", as a return kept a sheet a year): the year
    of the entries below that give only a day and a month. A month alone just above the header,
    "June 2021", is more likely the date the return was written, but for entries that give a day
    alone ("3rd", as a document with a table under each month's heading writes them), nothing
    else could give their month: theirs alone."""
    nearest = True  # (the first heading met, going up)
    for index in range(start - 1, -1, -1):
        cells = [c for c in rows[index] if c is not None]
        if len(cells) != 1 or not isinstance(cells[0], (str, int)):
            continue
        heading = _parse_date(cells[0], grid.date1904)[0]
        if (nearest and _names_one_year(heading) and heading.precision == Precision.MONTH
                and heading.end is None):
            return YearHeading(heading.value.year, heading.value.month,  # type: ignore[union-attr]
                               f"the heading above (row {grid.row_numbers[index]})", "under that heading",
                               days_only=True)
        nearest = False
        if _names_one_year(heading) and heading.precision == Precision.YEAR:
            return YearHeading(heading.value.year, None,  # type: ignore[union-attr]
                               f"the heading above (row {grid.row_numbers[index]})", "under that heading")
    if grid.sheet and (named := _parse_date(grid.sheet, grid.date1904)[0]) and _names_one_year(named):
        month = named.value.month if named.precision == Precision.MONTH and named.end is None else None  # type: ignore[union-attr]
        return YearHeading(named.value.year, month, f"the sheet's name ('{grid.sheet}')", "on that sheet")  # type: ignore[union-attr]
    return _school_year_above(rows, start, grid) or _period_in_title(rows, start, grid)


# A school year as a school's return names it: "Safeguarding log 2023-24", "Academic year 2023/2024".
SCHOOL_YEAR = re.compile(r"\b(?P<first>(?:19|20)\d\d)\s*(?:-|–|/|to)\s*(?P<second>(?:19|20)?\d\d)\b")
SCHOOL_YEAR_STARTS = 9  # September
# What makes two years a school year: the return is a school's or an education service's ("Education
# Welfare Service", whose officers work by the school year), or says so. (A council's "2023-24" is as
# likely its financial year, April to March: whose April to August would be of the other year.)
# ("autumn term", not a council's "long term")
_SCHOOL_WORDS = re.compile(r"(?i)\b(?:school|academic|(?:autumn|spring|summer) term|primary|academy|college|nursery|"
                           r"pupils?|dsl|cpoms|my ?concern|education|universit(?:y|ies)|students?|sixth form)\b")


def _school_year_above(rows: list[list[object]], start: int, grid: Grid) -> YearHeading | None:
    """A school year named in a title above the header, or in the sheet's name, of a school's return
    ("St Anne's Primary – safeguarding log 2023-24"): the years of its entries dated by day and month."""
    titles = [(cells[0].strip(), f"the title above (row {grid.row_numbers[index]})") for index in range(start)
              if len(cells := [c for c in rows[index] if c is not None]) == 1 and isinstance(cells[0], str)]
    if grid.sheet:
        titles.append((grid.sheet, f"the sheet's name ('{grid.sheet}')"))
    for title, where in titles:
        if (found := SCHOOL_YEAR.search(title)) is None:
            continue
        first, second = int(found["first"]), int(found["second"])
        if second < 100:
            second += first // 100 * 100
        if second == first + 1 and _SCHOOL_WORDS.search(f"{title} {grid.file} {grid.sheet or ''}"):
            return YearHeading(first, None, f"{where}, the school year {found[0]} (September to December in {first}, "
                               f"January to August in {second})", "of that school year",
                               period_months=_months_of((first, SCHOOL_YEAR_STARTS), (second, SCHOOL_YEAR_STARTS - 1)))
    return None


# A period of a year or less named in a title above the header: "Street outreach log – Jan-Feb 2024",
# "Period: 1 April 2023 to 31 March 2024", "01/09/2023 - 31/03/2024".
_DAY_OF = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
_TITLE_PERIOD = re.compile(
    rf"(?i)\b{_DAY_OF}(?:{MONTH_PATTERN})\.?(?:\s+(?:19|20)\d\d)?\s*(?:-|–|—|to|until)\s*{_DAY_OF}(?:{MONTH_PATTERN})\.?"
    r"\s+(?:19|20)\d\d\b|"
    r"\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d\s*(?:-|–|—|to|until)\s*\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d\b")


# A title naming one calendar year as the time its entries cover: "Carers Centre – contacts during 2024",
# "Home visits in 2023", or a kind of record ending in the year, "Attendance notes 2024", "Safeguarding
# log 2024". (Not a year alone, as "completed 2025" is the year it was written, nor "Chronology 2024";
# nor a year of birth: "Paul Wells, born in 1972".)
_TITLE_YEAR = re.compile(r"(?i)(?<!born )(?<!died )(?:\b(?:during|in|for|throughout|over|calendar year)\s+|"
                         r"\b(?:notes|logs?|contacts|records?|diary|visits|calls|attendances|appointments|sessions|"
                         r"entries)\s+(?=(?:19|20)\d\d\s*$))"
                         r"(?P<year>(?:19|20)\d\d)\b(?!\s*(?:-|–|/|to)\s*\d)")
_YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")
TITLE_LENGTH = 120  # (longer, a line of a summary above the table: "The family moved here in 2019 and …")


def _period_in_title(rows: list[list[object]], start: int, grid: Grid) -> YearHeading | None:
    """A period of a year or less named by a title above the header (see _TITLE_PERIOD), or a calendar
    year (see _TITLE_YEAR): the years of its entries dated by day and month alone, each that of its
    month in the period."""
    for index in range(start):
        cells = [c for c in rows[index] if c is not None]
        if len(cells) != 1 or not isinstance(cells[0], str):
            continue
        if (len(cells[0]) <= TITLE_LENGTH and (year := _TITLE_YEAR.search(cells[0])) is not None
                and len(_YEAR_IN_TEXT.findall(cells[0])) == 1 and _TITLE_PERIOD.search(cells[0]) is None):
            calendar_year = int(year["year"])
            return YearHeading(calendar_year, None, f"the title above (row {grid.row_numbers[index]}), the year "
                               f"{calendar_year}", "of that year",
                               period_months=_months_of((calendar_year, 1), (calendar_year, 12)))
        if (found := _TITLE_PERIOD.search(cells[0])) is None:
            continue
        period = _parse_date(found[0], grid.date1904)[0]
        first, last = period.value, period.end
        if first is None or last is None or not 0 < (last - first).days <= 366:
            continue
        return YearHeading(first.year, None, f"the title above (row {grid.row_numbers[index]}), the period {found[0]}",
                           "in that period", period_months=_months_of((first.year, first.month), (last.year, last.month)))
    return None


def _months_of(first: tuple[int, int], last: tuple[int, int]) -> dict[int, int]:
    """Each month of a period of a year or less, from (year, month) to (year, month), to its year:
    {9: 2023, …, 12: 2023, 1: 2024, …} (a month met twice keeps its first year)."""
    months: dict[int, int] = {}
    year, month = first
    while (year, month) <= last and month not in months:
        months[month] = year
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _in_heading_year(value: object, heading: YearHeading, date1904: bool) -> str | None:
    """A day and month written without a year, with the heading's year added (see in_year): of a
    period (a school year), the year its month falls in (none for a month outside the period)."""
    dated = in_year(value, heading.year, heading.month)
    if dated is None or heading.period_months is None:
        return dated
    month = _parse_date(in_year(value, 2000), date1904)[0].value  # (a leap year: "29 Feb" has a month)
    year = heading.period_months.get(month.month) if month is not None else None
    return in_year(value, year) if year is not None else None


def _names_one_year(heading: EventDate) -> bool:
    """A year, a month or months of one year ("2019", "March 2019", "Spring Term 2021"); not a
    day, and not a period across years ("2019-20", "Autumn 2019 - Spring 2020": which year?)."""
    return (heading.value is not None and heading.precision in (Precision.YEAR, Precision.MONTH)
            and (heading.end is None or heading.end.year == heading.value.year))


def _date_cell_reader(mapping: ColumnMap, date1904: bool) -> Callable[[list[object]], object]:
    """The function that gives a row's date as the parser should read it, for this sheet's layout
    (chosen once: it runs on every row)."""
    date_col, end_col = mapping.fields.get("date"), mapping.date_end
    if mapping.date_parts:
        parts = mapping.date_parts
        return lambda row: _joined_date(row, parts)
    if date_col is None:
        return lambda row: None

    def cell(row: list[object]) -> object:
        return row[date_col] if date_col < len(row) else None

    if mapping.date_in_text:
        def starting_text(row: list[object]) -> object:
            # "03/02/2020 - Home visit": the date starts the text; a text without one has none.
            start = cell(row)
            split = split_leading_date(start.strip()) if isinstance(start, str) else None
            return split[0] if split else None
        return starting_text
    if end_col is not None:
        def period(row: list[object]) -> object:
            start, end = cell(row), row[end_col] if end_col < len(row) else None
            if start is None or end is None or (first := _parse_date(start, date1904)[0]).value is None:
                return start  # an unreadable start stays as written
            last = _parse_date(end, date1904)[0]
            if (last.value, last.precision) == (first.value, first.precision):
                # admitted and discharged on one day, or a visit from 10:00 to 11:00: that day, no period
                return start
            return f"{cell_text(start)} – {cell_text(end)}"  # read as one period
        return period
    return cell


def _may_be_header(row: list[object]) -> bool:
    """A cheap first look: every cell short text, and one says "date"."""
    cells = [c for c in row if c is not None]
    return (all(c.__class__ is str and len(c) <= 60 for c in cells)
            and any("date" in c.casefold() for c in cells))  # type: ignore[attr-defined]


def _note_new_table(problem: Callable[..., None], row_number: int, row: list[object]) -> None:
    problem(row_number, Level.INFO, "new-table", "another table starts here, with its own header: the rows below it "
            "are read by its columns", value=" | ".join(cell_text(c) for c in row if c is not None), fix="nothing to do")


# A date column's header saying its dates are month-first: "Date (MM/DD/YYYY)", "mm-dd-yy".
DECLARED_MONTH_FIRST = re.compile(r"(?i)\bmm[/.\-]dd\b(?![/.\-]mm)")


def _day_first(written: str) -> str | None:
    """A month-first date written in numbers ("03/16/2024 14:00") turned day-first ("16/03/2024 14:00"), or None."""
    match = NUMERIC_DATE.match(written)
    if match is None or int(match[1]) > 12:
        return None
    return f"{written[:match.start(1)]}{match[2]}/{match[1]}/{written[match.end(2) + 1:]}"


def _warn_if_month_first(result: SheetRead, invalid_dates: list[str], header: str) -> None:
    """A date that only reads month-first ("2/13/2020") means the return may be written US
    style, and then every date that reads either way ("2/3/2020") is wrong, silently: say so once."""
    month_first = next((text for text in invalid_dates if (m := NUMERIC_DATE.match(text))
                        and int(m[1]) <= 12 < int(m[2]) <= 31), None)
    if month_first is None:
        return
    either_way = [e for e in result.events if e.date is not None and (m := NUMERIC_DATE.match(e.date_text))
                  and m[1] != m[2] and int(m[1]) <= 12 and int(m[2]) <= 12]
    if not either_way:
        return
    example = either_way[0]
    result.problems.append(Problem(
        file=example.source.file, sheet=example.source.sheet, row=None, level=Level.WARNING, code="month-first",
        message=f"'{month_first}' can only be read month-first (US style), so "
                + (f"the {len(either_way)} dates in '{header}' that read either way may" if len(either_way) > 1
                   else f"the one date in '{header}' that reads either way may")
                + f" be wrong too: '{example.date_text}' (row {example.source.row}) "
                f"is read as {example.date.day} {example.date:%B %Y}",  # type: ignore[union-attr]
        fix="ask the agency whether its dates are month-first; if they are, say so in review.toml "
            f"([agency.\"{example.agency}\"] files = [\"{example.source.file}\"], dates = \"month-first\"), or turn "
            "them round in Excel (select the column, Data > Text to Columns > Next > Next > Date: MDY > Finish) "
            "and save; chron-merge reads every date day-first unless told, and never guesses"))


def _note_day_numbers(result: SheetRead, header: str) -> None:
    """Dates written as Excel's day numbers ("44927": a date cell's format lost when values were
    pasted, or a system's export): read as those days, which a reader of the return sees as
    numbers. Said once a sheet, with an example, so that one can be checked."""
    numbers = [e for e in result.events if e.date is not None and e.date_precision == Precision.DAY
               and e.date_text[:5].isdigit() and SERIAL_TEXT.match(e.date_text)]
    if not numbers:
        return
    example = numbers[0]
    result.problems.append(Problem(
        file=example.source.file, sheet=example.source.sheet, row=example.source.row, level=Level.INFO,
        code="day-number",
        message=f"{len(numbers)} date{'s' if len(numbers) > 1 else ''} in '{header}' written as Excel's day numbers "
                f"('{example.date_text}', row {example.source.row}, is {example.date:%d/%m/%Y}): read as those days",  # type: ignore[union-attr]
        value=example.date_text,
        fix="nothing to do if those are the entries' dates (check one against the agency's records); formatting "
            "the column as dates shows them as dates in the return"))


def _undo_dittos(rows: list[list[object]], index: int, row: list[object], ditto_columns: list[tuple[int, str]],
                 mapping: ColumnMap, problem: Callable[..., None], row_number: int) -> list[object]:
    """``row`` with each ditto mark in a date, time, agency, worker or contact type cell replaced by
    the nearest value above it that is no ditto mark itself (a copy when any is), each noted."""
    for col, fld in ditto_columns:
        mark = row[col]
        if mark not in DITTO_CELLS:
            continue
        above = next((value for value in (rows[i][col] if col < len(rows[i]) else None
                                          for i in range(index - 1, mapping.header_row_index, -1))
                      if value is not None and value not in DITTO_CELLS), None)
        where = f"'{mark.strip()}' (the same as above) in '{mapping.headers[col]}'"  # type: ignore[union-attr]
        if above is None:
            problem(row_number, Level.WARNING, "ditto", f"{where}, but no row above has a value", mark,
                    f"write the {fld.replace('_', ' ')} in full")
            continue
        row = list(row)
        row[col] = above
        problem(row_number, Level.INFO, "ditto", f"{where}: taken from the row above: '{cell_text(above)}'", mark,
                "nothing to do if that is what the agency meant")
    return row


def _footer_start(rows: list[list[object]], first: int, last: int, text_cols: tuple[int, ...],
                  date_cell: Callable[[list[object]], object], date1904: bool) -> int:
    """Where the lines below the last entry begin ("END OF CHRONOLOGY", "Completed by: …"): the
    trailing rows with one text cell each, no entry's text (in ``text_cols``), and in the date column nothing a date
    (or 'unknown', or an impossible date) could be; or a sign-off ("Signed: … | Date: …") in
    cells of its own, or a total ("Total entries | 45") with no details, or one cell that is all a
    count ("Total entries: 45", in the text column too). ``last + 1`` if none."""
    start = last + 1
    while start - 1 >= first:
        row = rows[start - 1]
        filled = [c for c in row if c is not None]
        if filled:
            first_text = filled[0] if isinstance(filled[0], str) else ""
            no_details = not any(c < len(row) and row[c] is not None for c in text_cols)
            # A sign-off ("Signed: … | Date: …", "Date completed: | 01/05/2024" outside the entries' text), or
            # a count of the entries above ("Total entries | 45").
            sign_off = (SIGN_OFF.match(first_text) is not None
                        or (no_details and (SIGN_OFF_LABEL.match(first_text) or TOTALS.match(first_text)) is not None)
                        or (len(filled) == 1 and COUNT_LINE.match(first_text) is not None))
            if not sign_off and (len(filled) != 1 or not isinstance(filled[0], str)):
                break
            if not sign_off and not no_details:
                break
            date_value = date_cell(row)
            if date_value is not None:
                parsed, issue = _parse_date(date_value, date1904)
                # A date, an impossible one or 'unknown' makes an entry; only words that are no date end it.
                if parsed.value is not None or issue is None or issue.code != "unreadable-date":
                    break
                if not sign_off and start - 2 >= first and _dated_without_text(rows[start - 2], text_cols, date_cell,
                                                                               date1904):
                    break  # the text of the entry above, laid out over two rows (see read_sheet)
        start -= 1
    start = _legend_start(rows, first, start, date_cell, date1904)
    while start <= last and not any(c is not None for c in rows[start]):
        start += 1  # blank rows above the footer stay blank rows
    return start


def _legend_start(rows: list[list[object]], first: int, start: int, date_cell: Callable[[list[object]], object],
                  date1904: bool) -> int:
    """Where a key of abbreviations below the last entry begins ("Key: | DNA – did not attend"),
    so that it joins the footer; ``start`` when there is none. The key's first row starts with
    a label such as "Key" or "Abbreviations", and no row from it down holds a date."""
    for index in range(start - 1, max(first, start - LEGEND_MAX_ROWS) - 1, -1):
        row = rows[index]
        label = next((c for c in row if c is not None), None)
        if isinstance(label, str) and LEGEND_LABEL.match(label):
            return index
        value = date_cell(row)
        if value is not None and _parse_date(value, date1904)[0].value is not None:
            return start  # an entry: what is below it is no key of this kind
    return start


def is_sentence(text: str) -> bool:
    """Whether a text alone in a row is a sentence (an entry's text), not a heading: long, or ending as one."""
    return len(text) > 80 or text.endswith((".", "!", "?"))


def _section_heading(row: list[object], date_value: object, date1904: bool) -> str | None:
    """The text of a row of one cell that only names a part of the chronology, else None. The cell holds
    a year or a month ('2019', 'March 2020'), in any column; or, in the date column (often merged
    across the row), words that are no date ('PERIOD 2: MOVE TO NEW ADDRESS'). A day with
    nothing else stays an entry (its text may be missing), as do 'unknown', a mistyped date and
    a sentence; words in another column are a continuation."""
    cell = date_value if date_value is not None else next(c for c in row if c is not None)
    if isinstance(cell, (dt.date, dt.time, bool)):
        return None
    parsed, issue = _parse_date(cell, date1904)
    if parsed.value is not None:
        return cell_text(cell) if parsed.precision in (Precision.YEAR, Precision.MONTH) else None
    if date_value is None or issue is None or issue.code != "unreadable-date":
        return None
    text = cell_text(cell).strip()
    if is_sentence(text):
        return None  # a sentence in the date column is an entry's text in the wrong place: an error to fix
    return text if not any(ch.isdigit() for ch in text) or len(HEADING_WORD.findall(text)) >= 2 else None


def _joined_date(row: list[object], parts: tuple[int | None, int, int | None]) -> str | None:
    """A date written over Day | Month | Year columns, as one text the date parser reads
    ('9/3/2021', '9 March 2021', 'March 2021' without a day), or over Day | Month with the month's
    year ('4 March 2024', of a date cell too); None when all are empty."""
    day, month, year = (row[c] if c is not None and c < len(row) else None for c in parts)
    if parts[2] is None and day is None and isinstance(month, (dt.date, dt.datetime)) and month.day != 1:
        return cell_text(month)  # a whole date in the Month column, the Day left empty: that day
    written = [cell_text(day) if day is not None else "",
               _month_text(month) if parts[2] is None else cell_text(month) if month is not None else "",
               cell_text(year) if year is not None else ""]
    if not any(written):
        return None
    separator = "/" if written[1][:1].isdigit() else " "  # ("9/3/2021", "4/03/2024"; "9 March 2021")
    return separator.join(part for part in written if part)


def _month_text(cell: object) -> str:
    """A Month column's cell that holds its year too: 'March 2024', 'Mar-24', or a date cell of the
    month's first day, as Excel keeps a month typed 'Mar-24' (01/03/2024 underneath)."""
    if isinstance(cell, (dt.date, dt.datetime)):
        return f"{cell:%B %Y}"
    return cell_text(cell) if cell is not None else ""


def _day_written_above(previous: Event, time_cell: object) -> str | None:
    """The time of a row with no date (as HH:MM) when it is of the day of ``previous``, the entry
    just above: that entry has a day and a time, and this row's time is no earlier; else None."""
    if time_cell is None or previous.time is None or previous.date_precision != Precision.DAY or previous.date_end:
        return None
    when = _clock_text(parse_time(time_cell)[0])
    return when if when is not None and when >= previous.time else None


def _clock_text(when: dt.time | None) -> str | None:
    return f"{when.hour:02d}:{when.minute:02d}" if when is not None else None


@lru_cache(maxsize=8192, typed=True)  # typed: 2010 (a year) and 2010.0 (a serial) differ
def _parse_date(value: object, date1904: bool) -> tuple[EventDate, DateIssue | None]:
    """:func:`parse_event_date`, once per distinct cell value (a date recurs on every entry of its day)."""
    return parse_event_date(value, date1904)


# Words after a date that make it one of several or a limit ("or 13/09", "& later", "? check"): no date is read.
_ALTERNATIVE = re.compile(r"(?i)^(?:(?:or|and|to|until|till|possibly|maybe|perhaps)\b|[&?])")


def _text_starting_with_day(text: str, date1904: bool) -> tuple[str, str] | None:
    """(the date as written, the text after it) when a text starts with a whole day's date
    ("05/03/2023 - Call from school"); None for a month, a year or no date ("2023 review agreed")."""
    split = split_leading_date(text.strip())
    if split is None:
        return None
    parsed, _ = _parse_date(split[0], date1904)
    return split if parsed.value is not None and parsed.precision == Precision.DAY else None


def _date_before_words(value: str, date1904: bool) -> tuple[EventDate, DateIssue] | None:
    """The date a date cell starts with when words follow it ("12/09/2023 - PA Jones"), kept as
    written, with a note; None when it starts with no day-precise date."""
    split = _text_starting_with_day(value, date1904)
    # (never one of two dates, "12/09/2023 or 13/09/2023", "… & 13/09": words only, and no "or")
    if split is None or any(ch.isdigit() for ch in split[1]) or _ALTERNATIVE.match(split[1]):
        return None
    parsed, issue = _parse_date(split[0], date1904)  # (cached: read once already)
    if issue is not None:
        return None
    written = cell_text(value)
    return parsed.model_copy(update={"text": written}), DateIssue(
        Level.INFO, "date-remark", f"'{written}' has words after the date: the date is read and the cell kept as "
        "written", "nothing to do; if the words belong to the entry, move them to its text")


# A worker's name before the date in one cell ("J Okafor 13/02/2024 09:10", "Dr A. Shah - 04/03/2024"):
# words in capitals, up to four, none of which says something of the date itself ("Before 13/02/2024",
# "Not later than …", "W/c …" are no name).
_NAME_BEFORE_DATE = re.compile(r"^(?P<name>[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3})\s*[-–:,]?\s+(?P<date>\d.*)$")
_DATE_WORDS = frozenset("""before after by until till approx approximately around about circa c ca est estimated
                           prior since from between not no or and week wk wc w commencing beginning ending early mid
                           late end start unknown possibly maybe perhaps on date dated the""".split())


def _date_after_name(value: str, date1904: bool) -> tuple[EventDate, DateIssue] | None:
    """The date a date cell ends with when a name comes first ("J Okafor 13/02/2024 09:10"), kept as
    written, with a note; None unless the rest is one whole day's date (and its time)."""
    m = _NAME_BEFORE_DATE.match(value.strip())
    if m is None or any(ch.isdigit() for ch in m["name"]):
        return None
    if any(word.strip(".'’").casefold() in _DATE_WORDS for word in re.split(r"[ -]", m["name"])):
        return None
    parsed, issue = _parse_date(m["date"], date1904)
    if issue is not None or parsed.precision != Precision.DAY:
        return None
    written = cell_text(value)
    return parsed.model_copy(update={"text": written}), DateIssue(
        Level.INFO, "date-remark", f"'{written}' has a name before the date: the date is read and the cell kept as "
        "written", "nothing to do")


def _dated_without_text(row: list[object], text_cols: tuple[int, ...], date_cell: Callable[[list[object]], object],
                        date1904: bool) -> bool:
    """An entry with a date and no details text (in ``text_cols``, where entries' text is)."""
    date_value = date_cell(row)
    return (date_value is not None and _parse_date(date_value, date1904)[0].value is not None
            and not any(c < len(row) and row[c] is not None for c in text_cols))


def _is_text(value: object, date1904: bool) -> bool:
    """Words, not a date written badly: no date read, and two words or more of letters."""
    if not isinstance(value, str) or sum(word.isalpha() for word in value.split()) < 2:
        return False
    issue = _parse_date(value, date1904)[1]
    return issue is not None and issue.code == "unreadable-date"


def _field_text(row: list[object], col: int | None) -> str:
    if col is None:
        return ""
    value = row[col]
    if value is None:
        return ""
    if value.__class__ is str and "_x000D_" not in value and "\r" not in value:  # the common case, quickly
        return value.strip()
    return cell_text(value)


# A part of a consultation on a row of its own, in the type column, as GP systems export one: the
# consultation's first row has the date, the rows below "History", "Examination", "Plan".
CONSULTATION_PART = re.compile(r"^(?:history|hx|presenting complaint|examination|o/?e|on examination|plan|comments?|"
                               r"problems?|diagnosis|impression|assessment|medication|follow ?up|results?|"
                               r"investigations?|procedure|family history|social history|advice|safeguarding)\s*:?$",
                               re.IGNORECASE)


# A label ending in a colon that opens the rest of an entry on a row of its own ("Remarks:", "Notes:").
ROW_LABEL = re.compile(r"(?i)^\s*(?:remarks?|notes?|details?|narrative|summary|text|comments?|actions?(?: taken)?|"
                       r"outcome|update|continued|cont(?:'d|d)?)\s*:\s*$")


def _labelled_text(row: list[object], details_col: int, label: str) -> list[object]:
    """A copy of ``row`` whose text starts with the label of the part of an entry it is ("History: …", "Remarks: …")."""
    labelled = [*row]
    labelled[details_col] = f"{label.strip().rstrip(':').strip()}: {cell_text(row[details_col])}"
    return labelled


def _consultation_part(row: list[object], type_col: int | None, details_col: int | None) -> str | None:
    """The consultation part a dateless row's type cell names ("History"), when it has text beside it."""
    if type_col is None or details_col is None or row[details_col] is None:
        return None
    label = row[type_col]
    if isinstance(label, str) and CONSULTATION_PART.match(label.strip()):
        return label  # (its colon, if any, goes in _labelled_text)
    return None


def _join(event: Event, row: list[object], text_cols: dict[int, str], row_number: int) -> None:
    for col, fld in text_cols.items():
        if row[col] is not None:
            addition = cell_text(row[col])
            current = getattr(event, fld) or ""
            setattr(event, fld, f"{current} {addition}".strip() if current else addition)
    event.source.rows.append(row_number)


def _page_marks_only(row: list[object]) -> bool:
    """Whether a row's every cell is a page number, a note of the page break or a printing's stamp
    ("Page 1 of 2", "Printed 15/04/2024 10:32 by admin"). (Only text can be: a date or a number cell,
    as most rows start with, ends the look at once, unformatted.)"""
    return all(isinstance(cell, str) and (PAGE_MARKER.match(text := cell_text(cell)) or PRINT_STAMP.match(text))
               for cell in row if cell is not None)


def _is_repeated_header(row: list[object], header_text: list[str]) -> bool:
    """A row repeating the header (as on every printed page of a long return)."""
    same = filled = 0
    for index, cell in enumerate(row):
        if cell is None:
            continue
        filled += 1
        if isinstance(cell, str) and index < len(header_text) and cell.strip().casefold() == header_text[index]:
            same += 1
    return filled >= 2 and same >= max(2, (filled + 1) // 2)


def describe_columns(mapping: ColumnMap) -> list[tuple[str, str, str, str]]:
    """(column letter, header, field, how) for the report of which column became which field."""
    by_col = {col: fld for fld, col in mapping.fields.items()}
    if mapping.date_parts:
        by_col.update({col: "date" for col in mapping.date_parts if col is not None})
    if mapping.date_end is not None:
        by_col[mapping.date_end] = "date_end"
    if mapping.date_in_text:
        by_col[mapping.fields["date"]] = "date + details"  # the date starts each text
    for col in mapping.aside:
        by_col[col] = "key (not read)"
    for col in mapping.lanes:  # each entry's text, in the column of whoever made it or whom it is about
        by_col[col] = "details + agency" if lane_names_agency(mapping.headers[col]) else "details + section"
    out = []
    for col, header in enumerate(mapping.headers):
        if col in mapping.lanes or col in mapping.aside:
            out.append((column_letter(col), header, by_col[col], "content"))
        elif col in by_col:
            out.append((column_letter(col), header, by_col[col], mapping.how.get(by_col[col], "header")))
        else:
            out.append((column_letter(col), header, "extra", "kept"))
    return out
