"""Read agency returns: find the files, their chronology sheets, and every row's event.

``read_return(path)`` is the one entry point for a file; ``find_returns(paths)`` expands folders.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import re
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from chron_merge.errors import NoReturnsError, UnreadableReturnError
from chron_merge.model import ColumnUse, Event, FileReport, Level, Problem, SheetReport
from chron_merge.read.agency import (
    AGENCY_COLUMN_ALONE,
    AGENCY_COLUMN_FILE_NAME,
    agency_on_cover,
    file_named_for_an_organisation,
    file_names_an_agency,
    name_agency,
    organisation_named,
)
from chron_merge.read.dates import MONTH_PATTERN, in_year, looks_like_date, parse_event_date, split_leading_date
from chron_merge.read.day_headings import DATE_COLUMN, DayHeadings, dates_from_headings
from chron_merge.read.form import unfold_form
from chron_merge.read.grid import (
    DOCUMENT_SUFFIXES,
    RETURN_SUFFIXES,
    Grid,
    ParsedSheets,
    column_letter,
    decode_text,
    keep_rows,
    load_grids,
    parse_sheets,
)
from chron_merge.read.headers import (
    HEADER_SCAN_ROWS,
    ColumnMap,
    find_header,
    header_at,
    is_document_control,
    lane_names_agency,
    merged_text_columns,
    text_in_pieces,
)
from chron_merge.read.markup import decode_web_markup, holds_web_markup
from chron_merge.read.sheet import cell_text, describe_columns, is_sentence, read_sheet
from chron_merge.read.side_by_side import split_tables

log = logging.getLogger(__name__)


class ReturnOptions(NamedTuple):
    """What the review config says of one return: its agency, its columns by header, and whether its
    dates are month-first (see config.AgencyConfig)."""

    agency: str | None = None
    columns: dict[str, str] | None = None
    month_first: bool = False


# The review config's word on a file; and a progress callback (done, total, name).
OptionsFor = Callable[[Path], ReturnOptions]
ProgressCallback = Callable[[int, int, str], None]

# Sheets that explain or support a return ("Guidance notes", "Example entries", "Glossary of terms"):
# a word of these in the name, and none of CHRONOLOGY_SHEET. Skipped when the workbook has a chronology.
# "Notes" alone or as guidance ("Notes for completion", "Explanatory notes"), not a kind of record
# ("Ward notes", "Nursing notes", "Progress notes": entries).
NOTES_SHEET = re.compile(r"^\s*notes?\s*$|\bnotes? (?:for|on|to|and)\b|"
                         r"\b(?:completion|explanatory|general|important|user|template|reference|release|version|"
                         r"background) notes?\b|"
                         # (not a service named so: "Early Help", "Family Help", "Key worker")
                         r"\b(?:instructions?|guidance|read ?me|lists?|lookups?|glossary|key(?! (?:workers?|work|stage))|"
                         r"cover|contents|drop ?downs?|validation|summary|about|(?<!early )(?<!family )help|info|"
                         r"examples?|samples?|how to|"
                         r"abbreviations?|definitions?|codes?)\b", re.IGNORECASE)
EXAMPLE_ROWS_AT_MOST = 5  # dated rows from which a notes sheet's table is more than a template's examples
CHRONOLOGY_SHEET = re.compile(r"\b(?:chronology|chron|timeline|log|case|contacts?|clinical|visits?|records?)\b",
                              re.IGNORECASE)  # "Case notes", "Contact log": entries
@dataclass
class ReturnRead:
    """Everything read from one return file."""

    report: FileReport
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    continuations: int = 0
    blank_rows: int = 0


@dataclass(frozen=True)
class LeftOut:
    """A file or folder in a folder of returns that is not read, and why: listed, never passed over in silence."""

    path: Path
    code: str
    what: str  # "a Word document", "an archive"
    why: str  # "not read (chron-merge reads spreadsheets)"
    fix: str
    level: Level = Level.INFO

    @property
    def message(self) -> str:
        return f"{self.what}: {self.why}"

    def problem(self) -> Problem:
        return Problem(file=self.path.name, sheet=None, row=None, level=self.level, code=self.code,
                       message=self.message, fix=self.fix)


# What else a folder of returns holds, and what to do about each (a chronology sent as an old Word
# document (.doc) or a PDF, or inside a zip, is a return not read: a warning when its name says so).
_UNREAD_DOCUMENT_SUFFIXES = {".doc": "an old Word document", ".rtf": "a Word document",
                             ".odt": "a text document", ".pdf": "a PDF", ".pages": "a Pages document"}
_ARCHIVE_SUFFIXES = {".zip", ".7z", ".rar"}
_MAIL_SUFFIXES = {".msg", ".eml"}
_QUIET_NAMES = {"thumbs.db", "desktop.ini", "review.toml"}  # a folder's own files, and the review's config
_NAMED_CHRONOLOGY = re.compile(r"chron|timeline|return", re.IGNORECASE)


def _quiet(entry: Path) -> bool:
    """A temporary, hidden or system file, or the review's config: nobody would expect it read or listed."""
    return entry.name.startswith(("~", ".")) or entry.name.lower() in _QUIET_NAMES


def _left_out_of_folder(folder: Path, entry: Path) -> LeftOut | None:
    """Why a file or folder inside a folder of returns is not read, or None when it is read (or
    is a temporary, hidden or system file nobody would expect read)."""
    from chron_merge.read.integrated import is_integrated

    suffix = entry.suffix.lower()
    if _quiet(entry):
        return None
    # (named as a chronology is, or for an agency: "Police.pdf" is likely its return)
    named_like_a_return = bool(_NAMED_CHRONOLOGY.search(entry.stem) or file_named_for_an_organisation(entry))
    if entry.is_dir():
        return LeftOut(entry, "folder-not-searched", f"a folder inside {folder.resolve().name or folder}", "not searched",
                       f"if it holds returns, give it too: chron-merge build \"{folder}\" \"{entry}\" …")
    if suffix in RETURN_SUFFIXES or suffix == ".json":
        if is_integrated(entry):
            return LeftOut(entry, "own-output", "left out", "an integrated chronology chron-merge built, not an agency "
                           "return", "nothing to do (to compare two builds, use chron-merge diff)")
        if suffix == ".txt" and not _holds_a_table_or_dated_notes(entry):
            return LeftOut(entry, "not-a-return", "a text file with no table or dated notes in it", "not read",
                           "nothing to do if it holds notes; if it is a return, save it as .csv with a header row")
        if suffix in DOCUMENT_SUFFIXES and (dates := _document_dates(entry)) is not None:
            # (a warning when it looks like a chronology after all: named like a return ("School
            # log.docx", its days written without a year), or with dates in it)
            return LeftOut(entry, "not-a-return", "a Word document with no chronology in it", "not read",
                           "nothing to do if it is not a chronology; if it is, give it by name to see why",
                           Level.WARNING if named_like_a_return or dates >= 2 else Level.INFO)
        if suffix in RETURN_SUFFIXES:
            return None
    level = Level.WARNING if named_like_a_return else Level.INFO
    if suffix in _UNREAD_DOCUMENT_SUFFIXES:
        return LeftOut(entry, "not-a-return", _UNREAD_DOCUMENT_SUFFIXES[suffix], "not read (chron-merge reads "
                       "spreadsheets and .docx)", "if it holds the agency's chronology, open it in Word and save it as .docx, or "
                       "copy its table into the template (chron-merge init)", level)
    if suffix in _ARCHIVE_SUFFIXES:
        return LeftOut(entry, "not-a-return", "an archive", "not read", "unzip it and give the folder it unpacks to",
                       Level.WARNING)
    if suffix in _MAIL_SUFFIXES:
        return LeftOut(entry, "not-a-return", "an e-mail", "not read", "save the returns attached to it into the folder",
                       level)
    return LeftOut(entry, "not-a-return", "not a return", "not read (chron-merge reads .xlsx, .xlsm, .xls, .ods, "
                   ".csv and .docx)", "nothing to do if it is not a chronology; give a web page or XML export by name", level)


def _document_dates(path: Path) -> int | None:
    """None when a Word document in a folder of returns holds a chronology, in a table (its dates in a
    column or as day headings), as dated paragraphs or as a form (or is damaged: it is read, so that
    what is wrong with it is said); else how many of its cells or paragraphs start with a date (a
    letter has one, terms of reference none)."""
    from chron_merge.read.document import load_document

    try:
        grid = load_document(path)
    except UnreadableReturnError:
        return None
    mapping = find_header(grid)
    if mapping is not None and ("date" in mapping.fields or _dated_by_headings(grid, mapping) is not None):
        return None
    if unfold_form(grid) is not None:  # case notes printed as a form: "Date: …", "Note: …"
        return None
    return sum(isinstance(cell, str) and (looks_like_date(cell) or split_leading_date(cell) is not None)
               for row in grid.rows for cell in row)


def _holds_a_table_or_dated_notes(path: Path) -> bool:
    """Whether a .txt file's first records split alike into columns, as an exported table's do
    (Excel's "Unicode Text" is UTF-16 and tab-separated; a quoted cell may hold line breaks), or
    its lines are notes that start with their dates, as a clinical record pasted into a text file
    is ("14/09/2023 Dr Rees: bruising behind L ear"): read as a one-column table, each date from
    the start of its line, as a Word document's dated paragraphs are."""
    try:
        with path.open("rb") as fh:
            head = decode_text(fh.read(4096))
    except (OSError, UnicodeDecodeError):
        return True  # let reading it say what is wrong
    head = head[:head.rfind("\n")]  # the last line read may be cut short
    for separator in (",", ";", "\t", "|"):
        try:
            records = [r for r in csv.reader(io.StringIO(head, newline=""), delimiter=separator)
                       if any(cell.strip() for cell in r)][:10]
        except csv.Error:
            continue
        if len(records) >= 2 and len(records[0]) > 1 and len({len(r) for r in records}) == 1:
            return True
    return sum(split_leading_date(line.strip()) is not None for line in head.splitlines()) >= 2


def find_returns(paths: list[Path], left_out: list[LeftOut] | None = None) -> list[Path]:
    """The files to read: files as given, folders expanded to the returns inside (sorted).

    What else a folder holds (documents, archives, folders, notes, chron-merge's own last output)
    is added to ``left_out`` when given, to be listed; temporary and hidden files are skipped.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            entries = sorted(path.iterdir())
            skipped = {entry: why for entry in entries if (why := _left_out_of_folder(path, entry)) is not None}
            inside = [entry for entry in entries if entry not in skipped and not _quiet(entry) and entry.is_file()
                      and entry.suffix.lower() in RETURN_SUFFIXES]
            if left_out is not None:
                left_out.extend(skipped.values())
            if not inside:
                ours = any(why.code == "own-output" for why in skipped.values())
                # What it does hold, so that a chronology sent as a Word document is seen at once.
                held = [f"'{why.path.name}' ({why.what})" for why in skipped.values()
                        if why.code != "own-output"]
                raise NoReturnsError(f"{path}: the folder holds no returns (.xlsx, .xlsm, .xls, .ods, .csv or .docx files)"
                                     + (" but chron-merge's own output" if ours else "")
                                     + (f"; it holds {', '.join(held[:3])}{' …' if len(held) > 3 else ''}" if held else ""))
            found.extend(inside)
        else:
            found.append(path)
    unique: dict[Path, None] = {}
    for p in found:
        unique.setdefault(p.resolve() if p.exists() else p, None)
    return list(unique)


def _first_row(grid: Grid) -> tuple[int, list[str]] | None:
    """The first non-empty row near the top (the number Excel shows, its cells as text), to quote in messages."""
    for index, row in enumerate(grid.rows[:40]):
        cells = [cell_text(c) for c in row if c is not None]
        if cells:
            return grid.row_numbers[index], cells
    return None


def _first_cells(grid: Grid) -> str:
    first = _first_row(grid)
    if first is None:
        return "it is empty"
    return f"row {first[0]} has " + ", ".join(f"'{_shorten(c)}'" for c in first[1][:6])


def _shorten(text: str, limit: int = 30) -> str:
    """A cell's text for a message: whole words up to ``limit`` characters, then '…'."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:-") + "…"


def _is_notes_sheet(name: str | None) -> bool:
    return bool(name and NOTES_SHEET.search(name) and not CHRONOLOGY_SHEET.search(name))


def _first_label(grid: Grid) -> str:
    """The first text in a sheet, to show in the example column map of an error message."""
    first = _first_row(grid)
    return _shorten(first[1][0]) if first else "Your date header"


MAP_HINT = ('add a header row (Date, Details, ...), or map the columns in review.toml: '
            '[agency.X] columns = {{ "{header}" = "date", "..." = "details" }}')
NO_YEAR = "no date with a year in it"  # (a sheet's reason not to be read, whose fix is YEAR_HINT)
YEAR_HINT = "write the year in each date ('Monday 6th March 2023'): chron-merge never guesses one"
DATES_INSIDE = "its paragraphs name their dates inside the text, not at its start"  # (fix: DATES_INSIDE_HINT)
DATES_INSIDE_HINT = ("start each entry with its date ('12/03/2024 – Seen by Dr Shah …'), or send the entries as a "
                     "table with a Date column: chron-merge does not pick a date out of a sentence")


def _fix_for(reason: str, header: str) -> str:
    """How to make a sheet not read for ``reason`` readable (``header``: an example for the column map)."""
    if reason.startswith(NO_YEAR):
        return YEAR_HINT
    return DATES_INSIDE_HINT if reason.startswith(DATES_INSIDE) else MAP_HINT.format(header=header)


# A full date inside a sentence: "on 12 March 2024", "on 20/03/2024".
_DATE_INSIDE = re.compile(rf"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_PATTERN})\.?\s+\d{{4}}\b|"
                          r"\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b")


def _dates_inside_paragraphs(grid: Grid) -> list[str]:
    """Paragraphs (rows of one text) that name a date inside them but do not start with one, when
    two or more do: prose ("Mia was seen by Dr Shah on 12 March 2024 …"), not a chronology."""
    found = []
    for row in grid.rows[:HEADER_SCAN_ROWS]:
        cells = [c for c in row if c is not None]
        if (len(cells) == 1 and isinstance(cells[0], str) and split_leading_date(text := cells[0].strip()) is None
                and any(parse_event_date(m[0])[0].value is not None for m in _DATE_INSIDE.finditer(text))):
            found.append(text)
    return found if len(found) >= 2 else []


def _days_without_a_year(grid: Grid) -> list[str]:
    """Cells written as a day and month with no year ("Monday 6th March", "12/03"), when there are
    two or more: a log whose every date lacks its year has no date that could be read."""
    found = [cell.strip() for row in grid.rows[:HEADER_SCAN_ROWS] for cell in row
             if isinstance(cell, str) and len(cell) <= 30 and in_year(cell, 2000) is not None]
    return found if len(found) >= 2 else []


def _column_shown(grid: Grid, letter: str, header: str) -> str:
    """Where a column is, as the report shows it: its letter; "label" for a form's labels, which are
    no columns; "added" for the date column added from day headings."""
    if grid.form:
        return "label"
    return "added" if header == DATE_COLUMN else letter


def _dated_by_headings(grid: Grid, mapping: ColumnMap) -> DayHeadings | None:
    """The sheet with each entry dated by a day heading above it, when it is laid out so: no date
    column, or one the entries leave empty and the headings fill (see read.day_headings)."""
    if not mapping.has_header or mapping.date_parts or mapping.date_in_text:
        return None
    if "date" in mapping.fields and mapping.how.get("date") not in ("header", "config"):
        return None
    texts = {mapping.fields[f] for f in ("details", "action", "comment") if f in mapping.fields}
    return dates_from_headings(grid, mapping.header_row_index, texts, mapping.fields.get("date"),
                               timed="time" in mapping.fields)


def _read_as_its_layout(path: Path, grid: Grid, mapping: ColumnMap | None, columns: dict[str, str] | None
                        ) -> tuple[Grid, ColumnMap | None, list[Problem]]:
    """A sheet laid out otherwise than as a table with a date column, as the table it stands for, with
    a note saying how it was read: a log dating its entries by day headings (see read.day_headings),
    or case notes laid out as a form (see read.form). Any other sheet as it is."""
    if mapping is not None and (headed := _dated_by_headings(grid, mapping)) is not None:
        where = (f"shown as '{DATE_COLUMN}'" if "date" not in mapping.fields
                 else f"in '{mapping.headers[mapping.fields['date']]}'")
        notes = []
        if headed.title_row is not None:
            which = "each entry above the first day heading" if headed.heading_rows else "each entry"
            notes.append(Problem(
                file=path.name, sheet=grid.sheet, row=headed.title_row, level=Level.INFO, code="day-in-title",
                message=f"the sheet has no date column: {which} is dated by the day its title names "
                        f"(row {headed.title_row}; {where})",
                fix="nothing to do if the sheet is the log of that day; else add a Date column"))
        if headed.heading_rows:
            shown = ", ".join(map(str, headed.heading_rows[:5])) + (" …" if len(headed.heading_rows) > 5 else "")
            notes.append(Problem(
                file=path.name, sheet=grid.sheet, row=headed.heading_rows[0], level=Level.INFO, code="day-headings",
                message=f"each entry is dated by the day written as a heading above it (rows {shown}; {where}), "
                        "and the heading rows are skipped",
                fix="nothing to do if each heading is the day of the entries below it"))
        return headed.grid, header_at(headed.grid, mapping.header_row_index, columns), notes
    if (mapping is None or "date" not in mapping.fields) and (form := unfold_form(grid)) is not None:
        headings = f"; the line above each block ('{form.headings[0]}' …) is its heading, skipped" if form.headings else ""
        return form.grid, find_header(form.grid, columns), [Problem(
            file=path.name, sheet=grid.sheet, row=None, level=Level.INFO, code="form-layout",
            message=f"laid out as a form, a block of 'Label: value' rows for each entry ({len(form.grid.row_spans)} "
                    f"blocks; labels {', '.join(repr(label) for label in form.labels)}): each block is read as one "
                    f"entry, its labels as the header{headings}",
            fix="nothing to do if each block is one entry")]
    return grid, mapping, []


def read_return(path: Path, agency: str | None = None, columns: dict[str, str] | None = None,
                join_continuations: bool = True, parsed: ParsedSheets | None = None,
                month_first: bool = False) -> ReturnRead:
    """Read one return. ``agency``, ``columns`` and ``month_first`` (its dates are) come from the review
    config when it names this file; ``parsed``: its worksheets, if :func:`parse_sheets` has parsed
    them (see :func:`read_all`).

    Raises UnreadableReturnError when the file cannot be read or holds no chronology at all.
    """
    grids = load_grids(path, parsed)
    report = FileReport(file=path.name, path=str(path))
    result = ReturnRead(report=report)
    chronologies = []
    skipped_reasons = []
    for grid in grids:
        if grid.hidden:
            report.sheets.append(SheetReport(name=grid.sheet, read=False, reason="hidden sheet (not read)"))
            if entries := _rows_like_entries(grid, find_header(grid, columns) if grid.rows else None):
                result.problems.append(Problem(
                    file=path.name, sheet=grid.sheet, row=None, level=Level.WARNING, code="hidden-sheet",
                    message=f"the sheet is hidden and was not read, but {entries} of its rows look like entries",
                    fix="if they belong in the chronology, unhide the sheet (right-click a sheet tab › Unhide) and "
                        "build again; if it is an old version, nothing to do"))
            continue
        if not any(any(c is not None for c in r) for r in grid.rows):
            report.sheets.append(SheetReport(name=grid.sheet, read=False, reason="empty sheet"))
            continue
        if holds_web_markup(grid):
            decode_web_markup(grid)
            result.problems.append(Problem(
                file=path.name, sheet=grid.sheet, row=None, level=Level.INFO, code="web-markup",
                message="cells hold web markup, as some case-record systems export an entry's formatting "
                        "('<br>', '&amp;'): read as the text it shows (line breaks, '&')",
                fix="nothing to do"))
        if moved := _narratives_merged_across(grid):
            result.problems.append(Problem(
                file=path.name, sheet=grid.sheet, row=moved[0], level=Level.INFO, code="narrative-row",
                message=f"{len(moved)} row{'' if len(moved) == 1 else 's'} (from row {moved[0]}) hold an entry's text "
                        "merged across the row below its date, as a printed report lays it out: each is read with "
                        "its entry",
                fix="nothing to do"))
        mapping = find_header(grid, columns)
        grid, mapping, notes = _read_as_its_layout(path, grid, mapping, columns)
        result.problems.extend(notes)
        if mapping is None or "date" not in mapping.fields:
            seen = _first_cells(grid)
            if mapping is None and (yearless := _days_without_a_year(grid)):
                reason = f"{NO_YEAR}: its days are written without one (" + ", ".join(
                    f"'{day}'" for day in yearless[:2]) + ")"
            elif mapping is None and (prose := _dates_inside_paragraphs(grid)):
                reason = f"{DATES_INSIDE} ('{prose[0][:60]}{'…' if len(prose[0]) > 60 else ''}')"
            elif mapping is None:
                reason = f"no recognisable header ({seen})"
            else:
                reason = (f"no date column (header in row {grid.row_numbers[mapping.header_row_index]}: "
                          + ", ".join(f"'{h}'" for h in mapping.headers[:8]) + ")")
            report.sheets.append(SheetReport(name=grid.sheet, read=False, reason=reason))
            skipped_reasons.append((grid, reason, mapping))
            continue
        # Tables side by side ("Mother" in A–C, "Father" in E–G): each read on its own.
        tables = split_tables(grid, mapping.header_row_index) if mapping.has_header else []
        if tables:
            result.problems.append(Problem(
                file=path.name, sheet=grid.sheet, row=grid.row_numbers[mapping.header_row_index], level=Level.INFO,
                code="side-by-side", message=f"the sheet holds {len(tables)} tables side by side, each with its own "
                "header (" + ", ".join(f"'{label}'" for _, label in tables) + "): each is read on its own, its "
                "entries' agency named with its label", fix="nothing to do; or give each table its own sheet"))
        chronologies.extend([(part, header_at(part, mapping.header_row_index, columns), label) for part, label in tables]
                            or [(grid, mapping, None)])

    # Instructions or notes sheets with an example table are not entries, when the workbook has a real one.
    if any(not _is_notes_sheet(g.sheet) for g, _, _ in chronologies):
        for grid, mapping, label in [c for c in chronologies if _is_notes_sheet(c[0].sheet)]:
            chronologies.remove((grid, mapping, label))
            reason = "its name says it holds notes or instructions (rename it if it holds entries)"
            report.sheets.append(SheetReport(name=grid.sheet, read=False, reason=reason))
            skipped_reasons.append((grid, reason, mapping))

    if not chronologies:
        if not skipped_reasons:
            raise UnreadableReturnError(path.name, "holds no sheet with a chronology (every sheet is hidden or empty)",
                                        "check it is the right file")
        grid, reason, mapping = skipped_reasons[0]
        where = f"sheet '{grid.sheet}': " if grid.sheet else ""
        example = mapping.headers[0] if mapping else _first_label(grid)
        raise UnreadableReturnError(path.name, where + reason, _fix_for(reason, example))

    for grid, reason, mapping in skipped_reasons:
        # A notes sheet is expected (the template's own "Instructions" has an example table or two): a
        # note, not a warning; unless it has more dated rows than a template's examples.
        notes = _is_notes_sheet(grid.sheet)
        dated = _rows_like_entries(grid, mapping) if notes else 0
        if dated >= EXAMPLE_ROWS_AT_MOST:
            reason += f"; but {dated} of its rows look like entries"
        result.problems.append(Problem(
            file=path.name, sheet=grid.sheet, row=None,
            level=Level.INFO if notes and dated < EXAMPLE_ROWS_AT_MOST else Level.WARNING,
            code="sheet-skipped", message=f"sheet not read: {reason}",
            fix="nothing to do if it holds guidance or examples; if it holds entries, rename it (for example "
                "'Chronology') and build again" if notes else _fix_for(reason, "Your date header")))

    several = len({grid.sheet for grid, _, _ in chronologies}) > 1
    # A cover sheet ("Agency: Northshire Police", the author, the date) names the agency of the
    # workbook's chronology sheets, when they name none themselves.
    cover = next(((name, grid.sheet or "") for grid, _, _ in skipped_reasons if (name := agency_on_cover(grid))), None)
    for grid, mapping, label in chronologies:
        mapping.month_first = month_first
        header_end = mapping.header_row_index + (0 if mapping.has_header else 1)
        name, source = name_agency(path, grid, header_end, "agency" in mapping.fields, agency, several, cover)
        if label:
            name, source = f"{name} – {label}", f"{source} and the label above its table"
        # A template with a column per agency, in a file named only for what it is ("Multi-agency
        # chronology.xlsx"): each column's header is the agency.
        lanes_name_agencies = (source == "file name" and not file_names_an_agency(path) and bool(mapping.lanes)
                               and all(lane_names_agency(mapping.headers[c]) for c in mapping.lanes))
        if source == "file name" and not file_names_an_agency(path) and not lanes_name_agencies:
            result.problems.append(Problem(
                file=path.name, sheet=grid.sheet, row=None, level=Level.WARNING, code="agency-unnamed",
                message=f"nothing in the return names its agency, and the file name says only what the document "
                        f"is: its entries are shown as from '{name}'",
                fix=f'name the agency in review.toml ([agency."West Midlands Police"] files = ["{path.name}"]), '
                    "in an 'Agency:' cell above the header, or in the file name"))
        above = _entries_above(grid, mapping)
        # Entries above the header in its columns (a return whose first header was lost, with the header
        # repeated on each printed page): read with it. Others are reported, not read.
        read_above = bool(above) and _in_header_columns(grid, mapping, above)
        if joined := merged_text_columns(grid, mapping):
            result.problems.extend(_join_merged_columns(grid, mapping, joined))
        if pieces := text_in_pieces(mapping):
            result.problems.extend(_join_merged_columns(grid, mapping, pieces, in_pieces=True))
        if mapping.day_parts:
            _join_parts_of_the_day(grid, mapping)
        # A sheet named by nothing but the heading just above its table ("POLICE"), or by nothing at all,
        # may be a collated one: a heading naming another agency above its own table names the entries
        # below it. (Under a title naming a trust, "Health Visiting" above a table is a section.)
        collated = ((source == "title above the header" and _heading_just_above(grid, mapping) == name)
                    or (source == "file name" and not file_names_an_agency(path)))
        heading_agency = organisation_named if collated and "agency" not in mapping.fields and not label else None
        if source == AGENCY_COLUMN_FILE_NAME and _agencies_in_blocks(grid, mapping, name):
            source = AGENCY_COLUMN_ALONE  # a collated return named for its collator ("… (business unit).xlsx")
        agency_above = source == AGENCY_COLUMN_ALONE
        sheet_read = read_sheet(grid, mapping, name, join_continuations, first_row=above[0] if read_above else None,
                                lanes_alone=lanes_name_agencies, agency_heading=heading_agency,
                                agency_above=agency_above)
        tables = [mapping]
        while sheet_read.next_header is not None:  # another table below, with its own header
            tables.append(header_at(grid, sheet_read.next_header, columns))
            tables[-1].month_first = month_first
            sheet_read.add(read_sheet(grid, tables[-1], sheet_read.agency or name, join_continuations, sheet_read.section,
                                      first_table=False, agency_heading=heading_agency, agency_above=agency_above))
        if any(p.code == "agency-heading" for p in sheet_read.problems):  # (the sheet's blank rows stay the first's)
            others = ", ".join(a for a in dict.fromkeys(e.agency for e in sheet_read.events) if a != name)
            source = f"{source}; then {others}, from the headings above their tables"
        if above:
            result.problems.append(_above_header_note(grid, mapping, above, read_above))
        if grid.hidden_rows or grid.hidden_columns:
            result.problems.extend(_hidden_cells_notes(grid, mapping))
        if grid.struck_cells:
            result.problems.extend(_struck_through_warnings(grid, mapping))
        if grid.sheet is None and mapping.has_header:
            result.problems.extend(_values_beyond_csv_header(grid, mapping))
        if not sheet_read.rows_read:
            result.problems.append(Problem(file=path.name, sheet=grid.sheet, row=None, level=Level.WARNING,
                                           code="no-entries", message="the sheet has a header but no entries",
                                           fix="check the agency sent the completed return"))
        if not mapping.has_header:
            result.problems.append(Problem(
                file=path.name, sheet=grid.sheet, row=None, level=Level.WARNING, code="no-header",
                message="no header row: the columns were read by their content (dates, the longest text)",
                fix="check the columns below; add a header row (Date, Details, ...) so that each is read as you mean it"))
        for note, fix in [note for table in tables for note in table.notes]:
            result.problems.append(Problem(file=path.name, sheet=grid.sheet, row=None, level=Level.INFO,
                                           code="column-mapping", message=note, fix=fix))
        report.sheets.append(SheetReport(
            name=grid.sheet, read=True,
            header_row=grid.row_numbers[mapping.header_row_index] if mapping.has_header else None,
            columns=[ColumnUse(column=_column_shown(grid, c, h), header=h, field=f, how=how)
                     for c, h, f, how in describe_columns(mapping)],
            agency=name, agency_from=source, rows_read=sheet_read.rows_read, events=len(sheet_read.events),
            continuations=sheet_read.continuations, blank_rows=sheet_read.blank_rows))
        result.events.extend(sheet_read.events)
        result.problems.extend(sheet_read.problems)
        result.continuations += sheet_read.continuations
        result.blank_rows += sheet_read.blank_rows
    order = {g.sheet: i for i, g in enumerate(grids)}
    report.sheets.sort(key=lambda s: order.get(s.name, 0))
    dates = [e.date for e in result.events if e.date is not None]
    report.rows_read = sum(s.rows_read for s in report.sheets)
    report.events = len(result.events)
    report.first_date = min(dates, default=None)
    report.last_date = max(dates, default=None)
    report.errors = sum(p.level == Level.ERROR for p in result.problems)
    report.warnings = sum(p.level == Level.WARNING for p in result.problems)
    return result


@dataclass
class ReadAll:
    """Every return read, and every file that could not be read (reported, not fatal to the others)."""

    returns: list[ReturnRead] = field(default_factory=list)
    failures: list[UnreadableReturnError] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)  # what else the folders of returns hold

    def left_out_notes(self) -> list[Problem]:
        return [why.problem() for why in self.left_out]


def read_all(paths: list[Path], options_for: OptionsFor | None = None, join_continuations: bool = True,
             on_file: ProgressCallback | None = None) -> ReadAll:
    """Read every return under ``paths``; a bad file is recorded and the rest are still read.

    ``options_for(path)`` gives the review config's (agency, columns) for a file; ``on_file`` is
    told after each file so a caller can show progress (the core itself never prints).
    """
    outcome = ReadAll()
    files = find_returns(paths, outcome.left_out)
    # calamine parses a workbook without holding Python's lock: a thread parses the next file
    # while this one's rows become events (reading ten workbooks of 107,000 rows in all: 0.9 s
    # against 1.2 s, measured). One file ahead, so that at most two are held at once.
    with ThreadPoolExecutor(max_workers=1) as parser:
        upcoming = parser.submit(parse_sheets, files[0]) if files else None
        for done, path in enumerate(files, start=1):
            parsing = upcoming
            upcoming = parser.submit(parse_sheets, files[done]) if done < len(files) else None
            _read_one(path, parsing.result(), outcome, options_for, join_continuations)  # type: ignore[union-attr]
            if on_file:
                on_file(done, len(files), path.name)
    _tell_apart_same_names(outcome.returns)
    return outcome


def _narratives_merged_across(grid: Grid) -> list[int]:
    """Rows (numbers Excel shows) whose one cell, merged across three columns or more, is an entry's
    narrative under its dated line ("01/06/2024 | 22:34 | Section 18 wounding", then the text across
    the row below, as a printed report lays it out). Each text is put in its entry's row, in the
    merge's last column, and its row is read as part of that entry (``Grid.row_spans``): not as an
    entry whose date is a sentence, nor left out of the columns the entries' text is looked for in.
    A title or a heading merged across (no sentence, or under no dated line) stays as it is."""
    joined: dict[int, int] = {}  # the narrative's row index → its entry's
    text_col: dict[int, int] = {}  # the entry's row index → the column its narrative was put in
    for first_row, first_col, last_row, last_col in sorted(grid.merged):
        if first_row != last_row or last_col - first_col < 2 or first_row == 0:
            continue
        row = grid.rows[first_row]
        text = row[first_col]
        if (not isinstance(text, str) or not is_sentence(text.strip())
                or any(value is not None for col, value in enumerate(row) if col != first_col)):
            continue
        if first_row - 1 in joined:  # the narrative's next line, merged across the row below it
            entry = joined[first_row - 1]
            entry_row = grid.rows[entry]
            entry_row[text_col[entry]] = f"{entry_row[text_col[entry]]}\n{text}"
            joined[first_row] = entry
            continue
        above = grid.rows[first_row - 1]
        if (sum(value is not None for value in above) < 2 or not any(looks_like_date(v) for v in above)
                or (last_col < len(above) and above[last_col] is not None)):
            continue
        if last_col >= len(above):  # (the merge reaches past the last column holding a value: the rows are widened)
            for each in grid.rows:
                each.extend([None] * (last_col + 1 - len(each)))
        above[last_col] = text
        joined[first_row], text_col[first_row - 1] = first_row - 1, last_col
    if not joined:
        return []
    moved = [grid.row_numbers[index] for index in sorted(joined)]
    spans: dict[int, list[int]] = {}
    for narrative, entry in sorted(joined.items()):
        spans.setdefault(entry, [grid.row_numbers[entry]]).append(grid.row_numbers[narrative])
    keep_rows(grid, [index for index in range(len(grid.rows)) if index not in joined], spans)
    return moved


def _agencies_in_blocks(grid: Grid, mapping: ColumnMap, file_agency: str) -> bool:
    """Whether the Agency column names each agency once, over its block of entries, in a return
    whose file name names some other body ("Collated chronology (business unit).xlsx"): its first
    entry's cell is written, two agencies or more are, and some cells are blank, none of the
    written ones the file name's. (A return named for its agency, with another agency written on
    a few rows, keeps its own name for the blank cells.)"""
    col = mapping.fields["agency"]
    cells = [row[col] if col < len(row) else None for row in grid.rows[mapping.header_row_index + 1:]
             if any(c is not None for c in row)]
    written = [text for c in cells if c is not None and (text := cell_text(c).strip())]
    names = {text.casefold() for text in written}
    return (bool(cells) and cells[0] is not None and len(names) >= 2 and len(written) < len(cells)
            and file_agency.casefold() not in names)


def _heading_just_above(grid: Grid, mapping: ColumnMap) -> str | None:
    """The organisation named by the nearest row above the header, when that row is one cell."""
    for row in reversed(grid.rows[:mapping.header_row_index]):
        cells = [c for c in row if c is not None]
        if cells:
            return organisation_named(cell_text(cells[0])) if len(cells) == 1 else None
    return None


def _tell_apart_same_names(returns: list[ReturnRead]) -> None:
    """Returns of one name from different folders ('Education/Return.xlsx', 'Health Visiting/Return.xlsx')
    are named with as much of their folders as tells them apart, in every message and entry, so
    that file › sheet › row finds one file."""
    by_name: dict[str, list[ReturnRead]] = {}
    for read in returns:
        by_name.setdefault(read.report.file, []).append(read)
    for same in by_name.values():
        if len(same) < 2:
            continue
        paths = [Path(read.report.path).parts for read in same]
        depth = 2
        while depth < max(map(len, paths)) and len({parts[-depth:] for parts in paths}) < len(paths):
            depth += 1
        for read, parts in zip(same, paths):
            shown = "/".join(parts[-depth:])
            read.report.file = shown
            for event in read.events:
                event.source.file = shown
            for problem in read.problems:
                problem.file = shown


def _read_one(path: Path, parsed: ParsedSheets, outcome: ReadAll, options_for: OptionsFor | None,
              join_continuations: bool) -> None:
    """Read one return into ``outcome``: its events, or why it could not be read."""
    options = options_for(path) if options_for else ReturnOptions()
    started = time.perf_counter()
    try:
        read = read_return(path, options.agency, options.columns, join_continuations, parsed, options.month_first)
    except UnreadableReturnError as exc:
        log.debug("%s: not read: %s", path.name, exc.reason)
        outcome.failures.append(exc)
    else:
        outcome.returns.append(read)
        # Structure only: entry text is never logged.
        for sheet in read.report.sheets:
            if sheet.read:
                log.debug("%s › %s: header row %s, %d rows, %d events, columns %s", path.name, sheet.name or "CSV",
                          sheet.header_row, sheet.rows_read, sheet.events,
                          ", ".join(f"{c.column}→{c.field}" for c in sheet.columns))
            else:
                log.debug("%s › %s: skipped", path.name, sheet.name)
        log.debug("%s read in %.2f s", path.name, time.perf_counter() - started)


def _join_parts_of_the_day(grid: Grid, mapping: ColumnMap) -> None:
    """Each day's notes by part of the day ("AM | PM | Night", see ColumnMap.day_parts), read as one
    text in the details column, a line each under its header: "AM: Quiet morning.\nPM: …"."""
    details_col = mapping.fields["details"]
    for row in grid.rows[mapping.header_row_index + 1:]:
        notes = [f"{mapping.headers[c]}: {cell_text(row[c])}" for c in mapping.day_parts
                 if c < len(row) and row[c] is not None]
        if notes:
            for c in mapping.day_parts:
                if c < len(row):
                    row[c] = None
            row[details_col] = "\n".join(notes)


def _join_merged_columns(grid: Grid, mapping: ColumnMap, joined: dict[int, list[int]],
                         in_pieces: bool = False) -> list[Problem]:
    """Each entry's text under a header merged over several columns, read as one text (a line each)
    in the header's first column; or, ``in_pieces``, a text a system cut into pieces ("Narrative 1",
    "Narrative 2"), put together again. Said once per header."""
    notes = []
    for first, others in joined.items():
        columns = [first, *others]
        rows_joined = 0
        for row in grid.rows[mapping.header_row_index + 1:]:
            if not any(c < len(row) and row[c] is not None for c in others):
                continue  # (most merged headers only widen a column: the others are empty)
            rows_joined += 1
            texts = [cell_text(row[c]) for c in columns if c < len(row) and row[c] is not None]
            row[first] = _put_together(texts) if in_pieces else "\n".join(texts)
            for c in others:
                if c < len(row):
                    row[c] = None
        if not rows_joined:
            continue
        fld = next(f for f, c in mapping.fields.items() if c == first)
        letters = f"{column_letter(first)}–{column_letter(others[-1])}"
        if in_pieces:
            message = (f"'{mapping.headers[first]}' and the {len(others)} column{'s' if len(others) > 1 else ''} "
                       f"beside it ({letters}) hold each entry's text in pieces: read together as the {fld}")
        else:
            message = (f"'{mapping.headers[first]}' is one header merged over columns {letters}: their texts are read "
                       f"together as the {fld}, a line each")
        notes.append(Problem(file=grid.file, sheet=grid.sheet, row=grid.row_numbers[mapping.header_row_index],
                             level=Level.INFO, code="text-in-pieces" if in_pieces else "merged-header", message=message,
                             fix="nothing to do"))
    return notes


PIECE_LENGTH = 40  # the shortest piece of a text cut at a fixed length (a system's field of 100 or 255 characters)


def _put_together(pieces: list[str]) -> str:
    """A text from its pieces: as they are, when every piece but the last has one length (cut at a
    fixed length, perhaps mid-word: "… attended 19:55, J" + "ayden (7) …"); else a space between each."""
    cut_at = {len(piece) for piece in pieces[:-1]}
    if len(cut_at) == 1 and min(cut_at) >= PIECE_LENGTH:
        return "".join(pieces)
    return " ".join(piece.strip() for piece in pieces)


def _hidden_cells_notes(grid: Grid, mapping: ColumnMap) -> list[Problem]:
    """Rows and columns of the table hidden in the workbook: read like the others (nothing is
    left out unseen), and said so, since the agency may have hidden them on purpose."""
    # (A sheet with no header has its entries from just below header_row_index, which may be -1.)
    header_number = grid.row_numbers[mapping.header_row_index] if mapping.header_row_index >= 0 else 0
    hidden_by = " by a filter" if grid.filtered else ""
    notes = [Problem(file=grid.file, sheet=grid.sheet, row=number, level=Level.INFO, code="hidden-row",
                     message=f"the row is hidden in the workbook{hidden_by}; it was read like the others",
                     fix="nothing to do if it belongs in the chronology; if the agency hid it to leave it out, "
                         "ask them to delete it")
             for number in grid.hidden_rows
             if number > header_number and number - 1 < len(grid.rows) and any(c is not None for c in grid.rows[number - 1])]
    below = grid.rows[mapping.header_row_index + 1:]
    columns = [f"'{mapping.headers[col]}' ({column_letter(col)})" for col in grid.hidden_columns
               if col < len(mapping.headers) and any(col < len(row) and row[col] is not None for row in below)]
    if columns:
        notes.append(Problem(file=grid.file, sheet=grid.sheet, row=None, level=Level.INFO, code="hidden-columns",
                             message=f"hidden in the workbook, read like the others: {', '.join(columns)}",
                             fix="nothing to do if they belong in the chronology"))
    return notes


def _struck_through_warnings(grid: Grid, mapping: ColumnMap) -> list[Problem]:
    """Rows below the header with text struck through in the workbook: read like the others (what
    the agency deleted is its to decide), with a warning on each, since that is how a return may
    mark an entry withdrawn."""
    by_row: dict[int, list[int]] = {}
    for row, col in sorted(grid.struck_cells):
        if row > mapping.header_row_index and row < len(grid.rows) and col < len(grid.rows[row]) \
                and grid.rows[row][col] is not None:
            by_row.setdefault(row, []).append(col)
    return [Problem(file=grid.file, sheet=grid.sheet, row=grid.row_numbers[row], level=Level.WARNING, code="struck-through",
                    message="text struck through in the return (the agency may have meant to delete it): "
                            + ", ".join(f"'{mapping.headers[c]}'" if c < len(mapping.headers) else column_letter(c)
                                        for c in columns) + "; it was read like the rest",
                    fix="ask the agency whether the entry stands; if not, they should delete the row")
            for row, columns in by_row.items()]


def _rows_like_entries(grid: Grid, mapping: ColumnMap | None) -> int:
    """How many rows of a sheet not read have a date in the date column of its chronology header
    (``mapping``, as find_header found it; 0 if none)."""
    if mapping is None or "date" not in mapping.fields:
        return 0
    date_col = mapping.fields["date"]
    return sum(1 for row in grid.rows[mapping.header_row_index + 1:]
               if date_col < len(row) and looks_like_date(row[date_col]))


def _entries_above(grid: Grid, mapping: ColumnMap) -> list[int]:
    """Rows above the header that look like entries (a date beside some text): nothing may be
    dropped silently. Titles, 'Agency:' cells and version notes are no entries."""
    above = []
    history = False  # under a "Version | Date | Author" header, until a blank row
    for index in range(mapping.header_row_index):
        row = grid.rows[index]
        if not any(c is not None for c in row):
            history = False
        elif is_document_control(row):
            history = True
        elif not history and ((any(looks_like_date(c) for c in row)
                                and any(isinstance(c, str) and len(c) >= 25 and not c.rstrip().endswith(":")
                                        and not looks_like_date(c) for c in row))  # (not "Date of report: | 12/05/2021")
                               # or a text that starts with its date ("14/01/2022 Seen with mother, cough.")
                               or any(isinstance(c, str) and len(c) >= 25 and split_leading_date(c) for c in row)):
            above.append(index)
    return above


def _in_header_columns(grid: Grid, mapping: ColumnMap, above: list[int]) -> bool:
    """Whether every entry above the header has its date and its details in the header's columns."""
    date_col, details_col = mapping.fields.get("date"), mapping.fields.get("details")
    if date_col is None or details_col is None or mapping.date_parts:
        return False
    return all(max(date_col, details_col) < len(row) and looks_like_date(row[date_col]) and isinstance(row[details_col], str)
               for row in (grid.rows[index] for index in above))


def _above_header_note(grid: Grid, mapping: ColumnMap, above: list[int], read: bool) -> Problem:
    rows = [grid.row_numbers[index] for index in above]
    header = f"the header (row {grid.row_numbers[mapping.header_row_index]})"
    if read:
        return Problem(file=grid.file, sheet=grid.sheet, row=rows[0], level=Level.INFO, code="above-header",
                       message=f"{_listed(rows, 'row')} above {header} " + ("is an entry" if len(rows) == 1 else
                       "are entries") + " in its columns: read with it",
                       fix="nothing to do if they read as you mean; else move the header above them")
    return Problem(file=grid.file, sheet=grid.sheet, row=rows[0], level=Level.WARNING, code="above-header",
                   message=f"{_listed(rows, 'row')} above {header} "
                           + ("looks like an entry and is not read" if len(rows) == 1
                              else "look like entries and are not read"),
                   fix="if they are entries, give them a header row like the one below, or move them under it")


def _listed(rows: list[int], noun: str) -> str:
    """'row 5', 'rows 5, 6, 9', 'rows 5, 6, … (20 rows)': the first eight."""
    if len(rows) == 1:
        return f"{noun} {rows[0]}"
    more = f" … ({len(rows)} {noun}s)" if len(rows) > 8 else ""
    return f"{noun}s {', '.join(map(str, rows[:8]))}{more}"


SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "'|'"}


def _values_beyond_csv_header(grid: Grid, mapping: ColumnMap) -> list[Problem]:
    """CSV rows with more values than the header has names: a comma in a text that was not put in
    quotes splits it across columns ("Home visit, mother seen" → "Home visit" | "mother seen")."""
    # (Header cells left blank are named "Column D"…; the header may be two rows, so use the names.)
    named = max((col for col, header in enumerate(mapping.headers) if header != f"Column {column_letter(col)}"),
                default=-1)
    rows = [grid.row_numbers[index] for index in range(mapping.header_row_index + 1, len(grid.rows))
            if any(cell is not None for cell in grid.rows[index][named + 1:])]
    if not rows:
        return []
    return [Problem(file=grid.file, sheet=None, row=rows[0], level=Level.WARNING, code="csv-split-text",
                    message=f"{_listed(rows, 'line')} {'has' if len(rows) == 1 else 'have'} more values than "
                            f"the header has columns: a {SEPARATOR_NAMES.get(grid.separator, repr(grid.separator))} in "
                            "the text was probably not put in quotes, so the text is split across columns (the values "
                            "past the header are kept as 'Column …')",
                    fix="open the file in Excel and save it again as CSV (Excel puts such text in quotes), or ask "
                        "the agency for the .xlsx")]


def note_dated_after(today: dt.date, read: ReturnRead) -> None:
    """Warn of a return's entries dated after ``today`` (the day of the build): a chronology records
    what has happened, so the year is most likely mistyped ('02/03/2032' for 2023). Kept where the
    date puts them, never re-dated; counted in the return's warnings."""
    found = [Problem(file=e.source.file, sheet=e.source.sheet, row=e.source.row, level=Level.WARNING, code="future-date",
                     message=f"dated {e.date_text or e.date}, after today ({today:%d/%m/%Y}): kept as dated, after "
                             "every entry of the past", value=e.date_text or None,
                     fix="check the year with the agency and correct it in the return")
             for e in read.events if e.date is not None and e.date > today]
    read.problems.extend(found)
    read.report.warnings += len(found)


def same_agency_returns(reads: list[ReturnRead]) -> list[Problem]:
    """Two returns of one agency are often two drafts of one return ('HV v1.xlsx', 'HV v2.xlsx'):
    building from both would put the older entries in again. Said once for each later file."""
    files_of: dict[str, list[str]] = {}
    for read in reads:
        agencies = {event.agency for event in read.events}
        if len(agencies) == 1:  # a return of several agencies (an Agency column) is not a draft of one
            files_of.setdefault(agencies.pop(), []).append(read.report.file)
    return [Problem(file=file, sheet=None, row=None, level=Level.WARNING, code="same-agency",
                    message=f"'{file}' and '{files[0]}' are both returns of {agency}",
                    fix="if one is an older draft, build from the latest only ('chron-merge diff OLD NEW' shows what "
                        "changed); if one adds to the other (an addendum), nothing to do: an entry in both is listed "
                        "once as a duplicate; if they are two agencies, name them apart in review.toml")
            for agency, files in files_of.items() for file in files[1:]]
