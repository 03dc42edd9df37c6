"""Chronologies sent as a Word document (.docx): a table, or paragraphs that start with their date.

Many partnerships' chronology templates are Word tables, so agencies send them so. The document
is read into one :class:`Grid`, top to bottom, as the HTML export of a case-record system is
(see :mod:`chron_merge.read.markup`): each paragraph of text outside a table is a row of one cell
(a title, "Agency: West Midlands Police"), and each table row is a row; a table split over
several tables (at a page, or with a heading between) is read as one, its repeated headers
skipped as in a workbook. Rows are numbered in that order, counting only rows with text, since
Word shows no row numbers: messages also quote the cell they are about.

In a cell: its paragraphs are lines; a cell spanning columns (``gridSpan``) or continued down
(``vMerge``) is a merged cell; a table inside a cell is that cell's text. Tracked changes are read
as if accepted (deleted and moved-away text left out), and a cell whose text is all struck
through is marked, as a struck cell in a workbook is.

Parsed with the standard library, refusing a document that defines its own XML entities (a
known way to attack software), as for other workbooks.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from chron_merge.errors import UnreadableReturnError
from chron_merge.read.grid import Grid, keep_rows, refuse_unsafe_xml

WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{WORD_NS}}}"
DOCUMENT_PART = "word/document.xml"
_PAGE_PART = re.compile(r"word/(?:header|footer)\d*\.xml")  # a section's page header or footer
DATE_LINE_LENGTH = 40  # the longest paragraph read as a date on a line of its own ("Monday 14 January 2022 at 10:30")
# A paragraph's opening day of the month written alone above it: "4th - ", "11th: ", "Tues 2nd – ".
# (Not "4. " nor "4) ": a numbered list's items; nor "3 visits": no day without the dash or colon.)
_DAY_OF_MONTH_OPENING = re.compile(r"(?i)^(?P<day>(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*\.?\s+)?"
                                   r"\d{1,2}(?:st|nd|rd|th)?)\s*[-–:]\s*(?=\S)")
# Elements that only wrap others (content controls, custom XML, smart tags, tracked insertions):
# their content is read as if they were not there.
_WRAPPERS = {f"{_W}{tag}" for tag in ("sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo", "hyperlink",
                                      "fldSimple", "dir", "bdo")}
_SDT, _SHOWING_PLACEHOLDER = f"{_W}sdt", f"{_W}sdtPr/{_W}showingPlcHdr"
# Text that is not in the document as it reads now: deleted or moved away (tracked changes).
_REMOVED = {f"{_W}{tag}" for tag in ("del", "moveFrom")}
_NOT_SHOWN = {f"{_W}{tag}" for tag in ("sdtPr", "sdtEndPr", "rPr", "pPr", "tblPr", "trPr", "tcPr", "tblGrid",
                                       "customXmlPr", "instrText", "delText")}


def load_document(path: Path) -> Grid:
    """A Word document's paragraphs and table rows as one sheet (see the module docstring)."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            data = archive.read(DOCUMENT_PART)
            # (the page headers and footers: a school may name itself only at the top of each page)
            printed = [archive.read(part) for part in archive.namelist() if _PAGE_PART.fullmatch(part)]
    except (KeyError, zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableReturnError(name, "is a damaged Word document", "ask the agency to send it again") from exc
    refuse_unsafe_xml(name, data, "ask the agency to send it again as .xlsx or .csv")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise UnreadableReturnError(name, f"is a damaged Word document ({exc})", "ask the agency to send it again") from exc
    body = root.find(f"{_W}body")
    reader = _DocumentReader()
    try:
        reader.read_blocks(body if body is not None else root)
    except RecursionError as exc:  # wrappers nested thousands deep: no document Word saves
        raise UnreadableReturnError(name, "is a Word document nested too deep to read (refused as unsafe)",
                                    "ask the agency to send it again as .xlsx or .csv") from exc
    joined = reader.join_dated_paragraphs()
    width = max((len(row) for row in reader.rows), default=0)
    rows: list[list[object]] = [[*row, *[None] * (width - len(row))] for row in reader.rows]
    grid = Grid(name, None, rows, reader.numbers, merged=reader.merged, struck_cells=reader.struck,
                page_headers=_page_header_paragraphs(name, printed))
    if joined is not None:
        keep_rows(grid, *joined)
    return grid


def _page_header_paragraphs(name: str, parts: list[bytes]) -> list[str]:
    """The paragraphs of a document's page headers and footers ("St Bede's RC Primary School"):
    what may name the agency (see agency.agency_in_page_header), never entries. One that cannot be
    read is passed over: the document's own text is what matters."""
    texts = []
    for data in parts:
        refuse_unsafe_xml(name, data, "ask the agency to send it again as .xlsx or .csv")
        try:
            root = ElementTree.fromstring(data)
        except ElementTree.ParseError:
            continue
        texts += [text for paragraph in root.iter(f"{_W}p") if (text := " ".join(_runs_text(paragraph)[0].split()))]
    return texts


class _DocumentReader:
    """Rows, merged cells and struck cells of a document body, in document order."""

    def __init__(self) -> None:
        self.rows: list[list[str | None]] = []
        self.numbers: list[int] = []  # each row's number: rows with text counted from the top
        self.merged: list[tuple[int, int, int, int]] = []
        self.struck: set[tuple[int, int]] = set()
        self.paragraphs: set[int] = set()  # rows that are paragraphs outside a table

    def _append(self, cells: list[str | None]) -> None:
        self.rows.append(cells)
        self.numbers.append(len(self.numbers) + 1)

    def read_blocks(self, parent: ElementTree.Element) -> None:
        for child in _content(parent):
            if child.tag == f"{_W}p":
                if text := _runs_text(child)[0].strip():
                    self.paragraphs.add(len(self.rows))
                    self._append([" ".join(text.split())])
            elif child.tag == f"{_W}tbl":
                self._read_table(child)

    def join_dated_paragraphs(self) -> tuple[list[int], dict[int, list[int]]] | None:
        """A chronology typed as paragraphs may put each entry's date on a line of its own, its
        text in the paragraphs below ("14/01/2022", "Seen with mother.", "Advice given."): where
        two or more paragraphs are a date alone, the paragraphs below each (up to the next that
        starts with a date, a page number or a table) are its entry's lines, one row numbered as its date's.

        A paragraph below a date alone that starts with a time ("19:45 – Officers attended") is an
        entry of its own of that day, as a police log or ward notes write a day's entries under its
        date: its row takes the date written before it, and the lines below it are its own; so is
        one that starts with a day below a month alone ("March 2024", "4th - Lily arrived late"), as
        a school's log may be typed, dated that day of the month ("4th March 2024"). The date's row
        goes when no line of its own is below it (its date is on each of its entries).

        The rows' texts are joined here; the rows to keep, and the numbers of the paragraphs each
        joined row took (by index), are returned for :func:`keep_rows` (None: nothing to join)."""
        from chron_merge.model import Precision
        from chron_merge.read.dates import parse_event_date, split_leading_date
        from chron_merge.read.sheet import PAGE_MARKER

        def date_alone(index: int) -> bool:
            text = self.rows[index][0] or ""
            return (index in self.paragraphs and len(text) <= DATE_LINE_LENGTH
                    and parse_event_date(text)[0].value is not None)

        def starts_with_time(day: str, text: str) -> bool:  # "21:30 – Strategy discussion", under its day
            written = split_leading_date(f"{day}\n{text}")
            return written is not None and written[0] != day and parse_event_date(written[0])[0].time is not None

        def dated_by_day_of_month(month: str, text: str) -> str | None:  # "4th - Lily …" under "March 2024"
            opening = _DAY_OF_MONTH_OPENING.match(text)
            if opening is None or parse_event_date(month)[0].precision != Precision.MONTH:
                return None
            day_of_month = f"{opening['day']} {month}"
            dated = parse_event_date(day_of_month)[0]
            return (f"{day_of_month} - {text[opening.end():]}"
                    if dated.value is not None and dated.precision == Precision.DAY else None)

        dated = {index for index in self.paragraphs if date_alone(index)}
        if len(dated) < 2:
            return None
        kept: list[int] = []  # the rows that stay rows, by index
        entry = None  # the row a date alone started (or a timed line below it), taking the lines below it
        lines: dict[int, list[int]] = {}  # by index of such a row: the numbers of the paragraphs it took
        day = ""  # that date alone, as written
        day_is_bare = False  # the date alone has taken no line yet
        for index, cells in enumerate(self.rows):
            text = cells[0] or ""
            # (a page number between entries is no line of one: "Page 2 of 5")
            if (entry is not None and index in self.paragraphs and not date_alone(index)
                    and not split_leading_date(text) and not PAGE_MARKER.match(text)):
                own_entry = dated_by_day_of_month(day, text) or (f"{day}\n{text}" if starts_with_time(day, text) else None)
                if own_entry is not None:
                    if day_is_bare:
                        kept.pop()  # the date alone, above its first entry of its own: it is on each entry now
                        day_is_bare = False
                    cells[0] = own_entry
                    entry, entry_index = cells, index
                    kept.append(index)
                    continue
                entry[0] = f"{entry[0]}\n{text}"
                lines.setdefault(entry_index, [self.numbers[entry_index]]).append(self.numbers[index])
                day_is_bare = False
                continue
            entry, entry_index = (cells if index in dated else None), index
            day, day_is_bare = (text, True) if index in dated else ("", False)
            kept.append(index)
        # (only paragraphs are joined: a table's merged and struck cells move up with their rows)
        return kept, lines

    def _read_table(self, table: ElementTree.Element) -> None:
        # A cell continued down (vMerge) joins the merged range the cell above it in its column
        # started: [first row, first column, last row, last column] by first column.
        open_ranges: dict[int, list[int]] = {}
        for row in (child for child in _content(table) if child.tag == f"{_W}tr"):
            row_index = len(self.rows)
            cells: list[str | None] = [None] * _grid_count(row.find(f"{_W}trPr/{_W}gridBefore"))
            struck: list[int] = []
            continued: list[int] = []  # columns whose range above reaches this row
            started: dict[int, list[int]] = {}  # ranges down or across starting in this row
            for cell in (child for child in _content(row) if child.tag == f"{_W}tc"):
                properties = cell.find(f"{_W}tcPr")
                span = _grid_count(properties.find(f"{_W}gridSpan") if properties is not None else None) or 1
                merge = properties.find(f"{_W}vMerge") if properties is not None else None
                column = len(cells)
                if merge is not None and merge.get(f"{_W}val", "continue") == "continue" and column in open_ranges:
                    continued.append(column)
                    cells.extend([None] * span)
                    continue
                text, all_struck = _cell_text(cell)
                cells.append(text)
                cells.extend([None] * (span - 1))
                if all_struck:
                    struck.append(column)
                if merge is not None or span > 1:
                    started[column] = [row_index, column, row_index, column + span - 1]
            if all(cell is None for cell in cells):
                continue  # a row with no text is not counted (nor is a merged cell's part in it)
            self._append(cells)
            self.struck.update((row_index, column) for column in struck)
            for column in continued:
                open_ranges[column][2] = row_index
            for column in [c for c in open_ranges if c not in continued]:
                self._close(open_ranges.pop(column))  # the column's cell in this row starts anew
            open_ranges.update(started)
        for merged in open_ranges.values():
            self._close(merged)

    def _close(self, merged: list[int]) -> None:
        first_row, first_column, last_row, last_column = merged
        if last_row > first_row or last_column > first_column:
            self.merged.append((first_row, first_column, last_row, last_column))


def _content(parent: ElementTree.Element):
    """The children of an element, looking through wrappers (content controls, tracked insertions)
    and leaving out what is deleted or only formatting."""
    for child in parent:
        if child.tag == _SDT and _on(child.find(_SHOWING_PLACEHOLDER)):
            continue  # a content control no one filled in shows its placeholder ("Choose an item."): no content
        if child.tag in _WRAPPERS:
            yield from _content(child)
        elif child.tag not in _REMOVED and child.tag not in _NOT_SHOWN:
            yield child


def _grid_count(element: ElementTree.Element | None) -> int:
    value = element.get(f"{_W}val") if element is not None else None
    return min(int(value), 1000) if value and value.isdigit() else 0


def _cell_text(cell: ElementTree.Element) -> tuple[str | None, bool]:
    """A cell's text, its paragraphs as lines (a table inside it as text), and whether all of it is struck through."""
    lines: list[str] = []
    struck_all = True
    for block in _content(cell):
        if block.tag == f"{_W}p":
            text, struck = _runs_text(block)
            lines.append(text)
            struck_all &= struck or not text.strip()
        elif block.tag == f"{_W}tbl":
            for inner_row in (r for r in _content(block) if r.tag == f"{_W}tr"):
                texts = [_cell_text(c)[0] for c in _content(inner_row) if c.tag == f"{_W}tc"]
                lines.append(" ".join(t for t in texts if t))
            struck_all = False
    text = "\n".join(" ".join(line.split()) for line in lines).strip()
    return (text or None), struck_all and bool(text)


def _runs_text(paragraph: ElementTree.Element) -> tuple[str, bool]:
    """A paragraph's text (line breaks kept, tabs as spaces) and whether every run with text is struck through."""
    parts: list[str] = []
    struck_all = True
    for run in _runs(paragraph):
        properties = run.find(f"{_W}rPr")
        struck = properties is not None and any(_on(properties.find(f"{_W}{tag}")) for tag in ("strike", "dstrike"))
        for piece in run:
            if piece.tag == f"{_W}t" and piece.text:
                parts.append(piece.text)
                struck_all &= struck or not piece.text.strip()
            elif piece.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
            elif piece.tag in (f"{_W}tab", f"{_W}ptab"):
                parts.append(" ")
            elif piece.tag == f"{_W}noBreakHyphen":
                parts.append("-")
    return "".join(parts), struck_all


def _runs(paragraph: ElementTree.Element):
    """The runs of a paragraph in order, through wrappers (hyperlinks, fields, tracked insertions)."""
    for child in _content(paragraph):
        if child.tag == f"{_W}r":
            yield child
        elif len(child):
            yield from _runs(child)


def _on(toggle: ElementTree.Element | None) -> bool:
    """A Word on/off property: present and not turned off (``w:val="0"``, ``"false"``, ``"off"``)."""
    return toggle is not None and toggle.get(f"{_W}val", "true").lower() not in ("0", "false", "off", "none")
