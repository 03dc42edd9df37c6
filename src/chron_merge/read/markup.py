"""Workbooks that are text inside: what case-record systems call "Export to Excel".

Many systems export a web page of tables (HTML) or Excel 2003's XML Spreadsheet and name it
``.xls``; Excel opens either (with a warning), so agencies send them as they are. Each is read
into :class:`Grid` values as Excel would show it:

- **HTML**: one sheet named after the file (as Excel names it), holding the text above the
  tables and every table's rows, in document order; ``colspan``/``rowspan`` cells are merged
  cells; ``<br>`` is a line break in the cell.
- **XML Spreadsheet 2003**: a sheet per ``<Worksheet>``, with its ``ss:Index`` gaps,
  ``MergeAcross``/``MergeDown`` cells, numbers as numbers and ``DateTime`` values as dates.

Both are parsed with the standard library; a document that defines its own XML entities is
refused (a known way to attack software), as for other workbooks.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

from chron_merge.errors import UnreadableReturnError
from chron_merge.read.grid import SAVE_AGAIN, Grid, decode_text, refuse_unsafe_xml

NO_TABLE = "is an HTML or XML file with no table in it, named like a workbook"
SPREADSHEET_NS = "urn:schemas-microsoft-com:office:spreadsheet"
_SS = f"{{{SPREADSHEET_NS}}}"
EXCEL_SHEET_NAME_LIMIT = 31
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384
# Blocks whose text outside a table Excel puts on a row of its own ("Agency: Police" above the table).
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "caption"}
# Elements whose text is never shown as cells.
_HIDDEN_TAGS = {"head", "style", "script", "title", "xml"}


def markup_kind(head: bytes) -> str | None:
    """'html' or 'xml2003' for the first bytes of a text workbook, else None."""
    text = head.decode("latin-1").lower()
    if "urn:schemas-microsoft-com:office:spreadsheet" in text and "<workbook" in text:
        return "xml2003"
    if re.search(r"<(?:html|table|!doctype html)\b", text):
        return "html"
    return None


def load_markup(path: Path, kind: str) -> list[Grid]:
    """The sheets of an HTML or XML Spreadsheet 2003 workbook (see the module docstring)."""
    data = path.read_bytes()
    refuse_unsafe_xml(path.name, data, "ask the agency to send it again as .csv")
    # (XML is given as bytes: the parser reads the encoding its declaration names.)
    return _load_xml2003(path.name, data) if kind == "xml2003" else [_load_html(path, decode_text(data))]


class _TableReader(HTMLParser):
    """Collects rows: each line of text outside tables, and each table row as its cells' texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str | None]] = []
        self.merged: list[tuple[int, int, int, int]] = []
        self._loose: list[str] = []  # text outside any table, since the last block ended
        self._depth = 0  # tables open (a table inside a cell is read as that cell's text)
        self._row: list[str | None] | None = None
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._taken: dict[tuple[int, int], bool] = {}  # cells a rowspan above fills
        self._hidden = 0  # inside <head>, <style>, <script>: text not shown
        self.tables = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag == "table":
            self.tables += 1
            self._depth += 1
            if self._depth == 1:
                self._flush_loose()
        elif self._depth == 1 and tag == "tr":
            self._end_row()
            self._row = []
        elif self._depth == 1 and tag in ("td", "th"):
            self._end_cell()
            if self._row is None:
                self._row = []
            values = dict(attrs)
            self._span = (_span(values.get("rowspan")), _span(values.get("colspan")))
            self._cell = []
        elif tag == "br" or (self._depth > 1 and tag == "tr"):
            self._text("\n")
        elif self._depth > 1 and tag in ("td", "th"):
            self._text(" ")  # a table inside a cell: its cells' texts apart
        elif self._depth == 0 and tag in _BLOCK_TAGS:
            self._flush_loose()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "table":
            if self._depth == 1:
                self._end_row()
            self._depth = max(0, self._depth - 1)
        elif self._depth == 1 and tag in ("td", "th"):
            self._end_cell()
        elif self._depth == 1 and tag == "tr":
            self._end_row()
        elif self._depth == 0 and tag in _BLOCK_TAGS:
            self._flush_loose()

    def handle_data(self, data: str) -> None:
        self._text(data)

    def close(self) -> None:
        super().close()
        self._end_row()
        self._flush_loose()

    def _text(self, data: str) -> None:
        if self._hidden:
            return
        if self._depth == 0:
            self._loose.append(data)
        elif self._cell is not None:
            self._cell.append(data)
        elif data.strip():  # text in a table but in no cell: a browser shows it above the table; a row of its own
            self._end_row()
            self.rows.append([" ".join(data.split())])

    def _flush_loose(self) -> None:
        text = " ".join("".join(self._loose).split())
        self._loose = []
        if text:
            self.rows.append([text])

    def _end_cell(self) -> None:
        if self._cell is None or self._row is None:
            return
        lines = ("".join(self._cell)).split("\n")
        value = "\n".join(" ".join(line.split()) for line in lines).strip() or None
        row_index = len(self.rows)
        column = self._next_free_column(row_index, len(self._row))
        self._row.extend([None] * (column - len(self._row)))
        rows_spanned, columns_spanned = self._span
        self._row.append(value)
        self._row.extend([None] * (columns_spanned - 1))
        if rows_spanned > 1 or columns_spanned > 1:
            self.merged.append((row_index, column, row_index + rows_spanned - 1, column + columns_spanned - 1))
            for r in range(row_index + 1, row_index + rows_spanned):
                for c in range(column, column + columns_spanned):
                    self._taken[(r, c)] = True
        self._cell = None

    def _next_free_column(self, row_index: int, column: int) -> int:
        while self._taken.get((row_index, column)):
            column += 1
        return column

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None:
            self.rows.append(self._row)
            self._row = None


def _span(value: str | None) -> int:
    digits = re.match(r"\s*(\d+)", value or "")
    return max(1, min(int(digits[1]), 1000)) if digits else 1


def _load_html(path: Path, text: str) -> Grid:
    reader = _TableReader()
    reader.feed(text)
    reader.close()
    if not reader.tables:  # an error page, a saved e-mail
        raise UnreadableReturnError(path.name, NO_TABLE, SAVE_AGAIN)
    width = max((len(row) for row in reader.rows), default=0)
    rows: list[list[object]] = [[*row, *[None] * (width - len(row))] for row in reader.rows]
    return Grid(path.name, path.stem[:EXCEL_SHEET_NAME_LIMIT], rows, list(range(1, len(rows) + 1)),
                merged=reader.merged)


def _load_xml2003(name: str, data: bytes) -> list[Grid]:
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise UnreadableReturnError(name, f"is damaged and cannot be read ({exc})",
                                    "ask the agency to send it again, or open it in Excel and save it as .xlsx") from exc
    grids = []
    for sheet in root.iter(f"{_SS}Worksheet"):
        rows: list[list[object]] = []
        merged: list[tuple[int, int, int, int]] = []
        table = sheet.find(f"{_SS}Table")
        for row in table.iter(f"{_SS}Row") if table is not None else ():
            index = _index(row)
            rows.extend([] for _ in range((index if index else len(rows) + 1) - len(rows) - 1))
            cells: list[object] = []
            for cell in row.findall(f"{_SS}Cell"):
                column = _index(cell)
                cells.extend([None] * ((column - 1 if column else len(cells)) - len(cells)))
                across, down = _count(cell.get(f"{_SS}MergeAcross")), _count(cell.get(f"{_SS}MergeDown"))
                if across or down:
                    merged.append((len(rows), len(cells), len(rows) + down, len(cells) + across))
                cells.append(_value(cell.find(f"{_SS}Data")))
                cells.extend([None] * across)
            rows.append(cells)
        width = max((len(r) for r in rows), default=0)
        rows = [[*r, *[None] * (width - len(r))] for r in rows]
        grids.append(Grid(name, sheet.get(f"{_SS}Name") or f"Sheet{len(grids) + 1}", rows,
                          list(range(1, len(rows) + 1)), merged=merged))
    return grids


def _index(element: ElementTree.Element) -> int | None:
    """The 1-based ``ss:Index`` an element jumps to (rows and cells skip empty ones so), within
    Excel's 1,048,576 rows; None when there is none."""
    value = element.get(f"{_SS}Index")
    return min(int(value), EXCEL_ROWS) if value and value.isdigit() else None


def _count(value: str | None) -> int:
    """A ``MergeAcross``/``MergeDown`` count (0 when absent or not a number), within Excel's 16,384 columns."""
    return min(int(value), EXCEL_COLUMNS) if value and value.isdigit() else 0


def _value(data: ElementTree.Element | None) -> object:
    """A cell's value as calamine would give it: text, a number, a date or a datetime."""
    if data is None:
        return None
    text = "".join(data.itertext())
    kind = data.get(f"{_SS}Type", "String")
    if not text.strip():
        return None
    if kind == "Number":
        try:
            number = float(text)
        except ValueError:
            return text
        return int(number) if number.is_integer() else number
    if kind == "DateTime":
        try:
            moment = dt.datetime.fromisoformat(text.strip()[:19])
        except ValueError:
            return text
        return moment.date() if moment.time() == dt.time(0) else moment
    if kind == "Boolean":
        return text.strip() in ("1", "true")
    return text


# Web markup left in a spreadsheet's cells: a case-record system (CPOMS, some health systems) may
# export an entry's formatting as HTML ("mum &amp; dad<br>DSL informed", "<p>Logged</p>"). Only
# the tags and entities such exports use: "<5 kg", "A&E" and "x < y" are text.
_LINE_TAGS = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/tr|/h[1-6])\s*/?\s*>")
_OTHER_TAGS = re.compile(r"(?i)<\s*/?\s*(?:p|div|span|b|i|u|em|strong|font|ul|ol|li|table|tbody|tr|td|th|h[1-6]|a)"
                         r"(?:\s[^<>]*)?/?\s*>")
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|pound|#\d{1,5}|#x[0-9a-fA-F]{1,4});")
MARKUP_SAMPLE_ROWS = 500  # rows looked through for markup before a sheet's cells are decoded


def holds_web_markup(grid: Grid) -> bool:
    """Whether the first rows of a sheet have cells with web markup in them (see decode_web_markup)."""
    for row in grid.rows[:MARKUP_SAMPLE_ROWS]:
        for value in row:
            if value.__class__ is str and ("<" in value or "&" in value) and (
                    _LINE_TAGS.search(value) or _OTHER_TAGS.search(value) or _ENTITY.search(value)):
                return True
    return False


def decode_web_markup(grid: Grid) -> None:
    """Every text cell of the sheet as the markup in it shows it: line-break tags as line breaks,
    other tags left out, entities as their characters ("&amp;" as "&")."""
    for row in grid.rows:
        for col, value in enumerate(row):
            if value.__class__ is str and ("<" in value or "&" in value):
                text = _OTHER_TAGS.sub("", _LINE_TAGS.sub("\n", value))
                text = _ENTITY.sub(lambda m: html.unescape(m[0]), text).replace("\xa0", " ")
                lines = [" ".join(line.split()) for line in text.split("\n")]
                row[col] = "\n".join(line for line in lines if line) or None
