"""Load a return file into grids of cells, one per sheet, with the row numbers Excel shows.

Workbooks (.xlsx/.xlsm/.xls/.ods) are read with python-calamine, which parses the XML itself
(no entity expansion) and is many times faster than openpyxl. CSV files are decoded as UTF-8
(with or without a BOM) or, failing that, cp1252 as Windows Excel saves them, and their
separator (``,`` ``;`` tab ``|``) is found from the first lines.

Everything that makes a file unreadable is raised as :class:`UnreadableReturnError` with a
one-line reason and what to do.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import unescape

from chron_merge.errors import UnreadableReturnError

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".xlsb"}
CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
DOCUMENT_SUFFIXES = {".docx", ".docm"}  # a Word document: its tables or dated paragraphs (see read.document)
MARKUP_SUFFIXES = {".htm", ".html", ".xml"}  # read only when they hold a table (see read.markup)
RETURN_SUFFIXES = WORKBOOK_SUFFIXES | CSV_SUFFIXES | DOCUMENT_SUFFIXES

# Refuse archives that would inflate past this (a zip bomb); real returns are a few MB.
MAX_UNCOMPRESSED_BYTES = 1 << 30
MAX_COMPRESSION_RATIO = 200
# A CSV larger than this is not a chronology anyone typed.
MAX_CSV_BYTES = 512 << 20

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

SAVE_AGAIN = "open it in Excel and save it again as .xlsx, or export it as CSV"
# chron-merge reads a Word document's tables and dated paragraphs from .docx only.
WORD_SAVE_AS = "open it in Word and save it as a Word Document (.docx), or ask the agency for .xlsx or .csv"


@dataclass
class Grid:
    """One sheet's cells as values (``None`` for empty), and the row number Excel shows for each."""

    file: str
    sheet: str | None
    rows: list[list[object]]
    row_numbers: list[int]
    hidden: bool = False
    # Merged ranges as 0-based (first_row, first_col, last_row, last_col) in ``rows`` coordinates.
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    date1904: bool = False
    # Cells holding a formula with no saved result: (row number Excel shows, column letter).
    formulas_without_value: list[tuple[int, str]] = field(default_factory=list)
    # Rows (numbers Excel shows) and columns (indices) hidden in the workbook: read like the others, and said so.
    hidden_rows: list[int] = field(default_factory=list)
    hidden_columns: list[int] = field(default_factory=list)
    filtered: bool = False  # an active filter (Excel's autofilter) hides rows
    # Cells (row index, column index in ``rows``) whose text is struck through: an agency may mark deletions so.
    struck_cells: set[tuple[int, int]] = field(default_factory=set)
    # Rows that stand for several (a form's block of "Label: value" rows, see read.form; a Word
    # document's date alone with its note in the paragraphs below, see read.document): row index in
    # ``rows`` → every row number shown for it.
    row_spans: dict[int, list[int]] = field(default_factory=dict)
    form: bool = False  # read from a form: its "columns" are the form's labels (see read.form)
    separator: str = ","  # a CSV's: what splits its lines into columns (";" in much of Europe's Excel)
    # The texts of the sheet's printed page header and footer, a section each ("West Mercia Police", "Page &P").
    page_headers: list[str] = field(default_factory=list)


def keep_rows(grid: Grid, kept: list[int], spans: dict[int, list[int]]) -> None:
    """Keep only the grid's rows at ``kept`` (indices, in order), the others joined into rows kept:
    merged ranges and struck cells move up with their rows (a range on a row gone goes with it), and
    ``spans`` (by index before) name the rows each kept row now stands for (see ``Grid.row_spans``)."""
    new_index = {old: new for new, old in enumerate(kept)}
    grid.row_spans = {**{new_index[i]: numbers for i, numbers in grid.row_spans.items() if i in new_index},
                      **{new_index[i]: numbers for i, numbers in spans.items()}}
    grid.merged = [(new_index[a], c1, new_index[b], c2) for a, c1, b, c2 in grid.merged if a in new_index and b in new_index]
    grid.struck_cells = {(new_index[r], c) for r, c in grid.struck_cells if r in new_index}
    grid.rows = [grid.rows[index] for index in kept]
    grid.row_numbers = [grid.row_numbers[index] for index in kept]


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column name Excel shows."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_index(letters: str) -> int:
    """A → 0, Z → 25, AA → 26: the inverse of :func:`column_letter`."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


# A workbook's worksheets parsed by calamine (its CalamineSheet objects, by sheet name).
ParsedSheets = dict[str, Any]


def load_grids(path: Path, parsed: ParsedSheets | None = None) -> list[Grid]:
    """Every sheet of a return as a :class:`Grid`; raises UnreadableReturnError if it cannot be read.
    ``parsed``: its worksheets as :func:`parse_sheets` left them, if it was given the file first."""
    kind = _checked_kind(path)
    if kind == "csv":
        return [_load_csv(path)]
    if kind in ("html", "xml2003"):
        from chron_merge.read.markup import load_markup  # (it builds on this module)

        return load_markup(path, kind)
    if kind == "docx":
        from chron_merge.read.document import load_document

        return [load_document(path)]
    return _load_workbook(path, kind, parsed or {})


def parse_sheets(path: Path) -> ParsedSheets:
    """The slow part of loading a workbook, which calamine does without holding Python's lock,
    so that a thread can do it for the next file while this one's rows become events: each
    worksheet parsed. Only for a file that passes load_grids's checks (a zip bomb is never
    opened); for anything else, or anything that goes wrong, nothing: load_grids then does it
    all and says what is wrong."""
    try:
        kind = _checked_kind(path)
        if kind not in ("xlsx", "xls", "ods"):
            return {}
        import python_calamine as calamine

        book = calamine.CalamineWorkbook.from_path(str(path))
        try:
            return {meta.name: book.get_sheet_by_name(meta.name) for meta in book.sheets_metadata
                    if str(meta.typ).rsplit(".", 1)[-1].lower() == "worksheet"}
        finally:
            book.close()
    except Exception:  # (said by load_grids, which meets the same problem)
        return {}


def _checked_kind(path: Path) -> str:
    """What the return is ("xlsx", "csv", "html" …), after the checks every file passes before
    it is parsed; raises UnreadableReturnError for a file that cannot or must not be read."""
    name = path.name
    if not path.exists():
        raise UnreadableReturnError(name, "no such file", "check the path")
    if path.is_dir():
        raise UnreadableReturnError(name, "is a folder, not a file")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)  # enough to tell a web page or XML exported as .xls
    except OSError as exc:
        raise UnreadableReturnError(name, f"cannot be opened ({exc.strerror})", "check it is not open elsewhere") from exc
    if size == 0:
        raise UnreadableReturnError(name, "is empty (0 bytes)", "ask the agency to send the file again")
    return _sniff_kind(path, head)


def _sniff_kind(path: Path, head: bytes) -> str:
    """What the file really is, by its first bytes rather than its name."""
    suffix = path.suffix.lower()
    name = path.name
    if suffix in (".msg", ".eml"):  # (an Outlook .msg is an OLE file, as an old .xls is)
        raise UnreadableReturnError(name, "is an e-mail, not a return",
                                    "save the returns attached to it, and give chron-merge those")
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        data = path.read_bytes()
        if ENCRYPTED_PACKAGE in data:
            raise UnreadableReturnError(name, "is password-protected",
                                        "ask the agency for an unprotected copy, or open it and save an unprotected copy")
        if b"W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t" in data:
            raise UnreadableReturnError(name, "is an old Word document (.doc), which chron-merge cannot read",
                                        WORD_SAVE_AS)
        return "xls"
    if b"docs.google.com" in head and head.lstrip().startswith(b"{"):  # a .gsheet shortcut from Google Drive
        raise UnreadableReturnError(name, "is a link to a Google Sheet, not the sheet itself",
                                    "open it in Google Sheets, choose File › Download › Microsoft Excel (.xlsx), "
                                    "and give chron-merge that file")
    if head.startswith(b"%PDF"):
        raise UnreadableReturnError(name, "is a PDF, not a spreadsheet", "ask the agency for the chronology as .xlsx or .csv")
    if head.startswith(b"{\\rtf"):
        raise UnreadableReturnError(name, "is a rich text document (.rtf), which chron-merge cannot read", WORD_SAVE_AS)
    if suffix in WORKBOOK_SUFFIXES | MARKUP_SUFFIXES and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        from chron_merge.read.markup import NO_TABLE, markup_kind

        kind = markup_kind(head)
        if kind is None:
            raise UnreadableReturnError(name, NO_TABLE, SAVE_AGAIN)
        return kind  # a system's "Export to Excel": a web page of tables, or Excel 2003's XML
    if suffix in WORKBOOK_SUFFIXES:
        raise UnreadableReturnError(name, f"is not a spreadsheet although it is named {suffix}",
                                    "check it is the right file; " + SAVE_AGAIN)
    if suffix in DOCUMENT_SUFFIXES:
        raise UnreadableReturnError(name, f"is not a Word document although it is named {suffix}",
                                    "check it is the right file; ask the agency to send it again")
    return "csv"


def _zip_kind(path: Path) -> str:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableReturnError(name, "is damaged (not a complete workbook)",
                                    "ask the agency to send it again, or " + SAVE_AGAIN) from exc
    total = sum(m.file_size for m in members)
    packed = sum(m.compress_size for m in members) or 1
    if total > MAX_UNCOMPRESSED_BYTES or (total > (64 << 20) and total / packed > MAX_COMPRESSION_RATIO):
        raise UnreadableReturnError(name, f"would unpack to {total >> 20} MB, far more than a chronology (refused as unsafe)",
                                    "ask the agency to send it again as .csv")
    names = {m.filename for m in members}
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return "xlsx"
    if "content.xml" in names:
        if "mimetype" in names:
            with zipfile.ZipFile(path) as archive:
                if b"opendocument.text" in archive.read("mimetype")[:100]:
                    raise UnreadableReturnError(name, "is a text document (.odt), not a spreadsheet",
                                                "open it and save it as .docx, or ask the agency for .xlsx or .csv")
        return "ods"
    if any(n.startswith("Index/") and n.endswith(".iwa") for n in names):
        raise UnreadableReturnError(name, "is an Apple Numbers file", "in Numbers, choose File › Export To › Excel, "
                                    "and give chron-merge the .xlsx")
    raise UnreadableReturnError(name, "is a zip archive, not a spreadsheet", "unzip it and give chron-merge the returns inside")


def _load_workbook(path: Path, kind: str, parsed: ParsedSheets) -> list[Grid]:
    import python_calamine as calamine  # imported here: `chron-merge --help` should not pay for it

    name = path.name
    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError as exc:
        raise UnreadableReturnError(name, "is password-protected",
                                    "ask the agency for an unprotected copy, or open it and save an unprotected copy") from exc
    except Exception as exc:  # calamine raises several unrelated types for damaged files
        raise _damaged(name, exc) from exc
    extras = _inspect_xlsx(path) if kind == "xlsx" else _XlsxExtras()
    ods_merged = _ods_merged_cells(path) if kind == "ods" else {}  # calamine gives no merged cells for .ods
    grids = []
    try:
        for meta in book.sheets_metadata:
            hidden = str(meta.visible).rsplit(".", 1)[-1].lower() != "visible"
            is_worksheet = str(meta.typ).rsplit(".", 1)[-1].lower() == "worksheet"
            if not is_worksheet:
                grids.append(Grid(name, meta.name, [], [], hidden=True))
                continue
            sheet = parsed.get(meta.name) or book.get_sheet_by_name(meta.name)
            raw = sheet.to_python(skip_empty_area=False)
            # (a cell of spaces alone, or a non-breaking space pasted from a web page, shows nothing: empty)
            rows = [[None if cell == "" or (cell.__class__ is str and cell.isspace()) else cell for cell in row]
                    for row in raw]
            _show_partial_dates(rows, extras.partial_dates.get(meta.name, {}))
            _show_errors(rows, extras.error_cells.get(meta.name, {}))
            merged = ([(r1, c1, r2, c2) for (r1, c1), (r2, c2) in (sheet.merged_cell_ranges or [])]
                      or ods_merged.get(meta.name, []))
            grids.append(Grid(name, meta.name, rows, list(range(1, len(rows) + 1)), hidden=hidden, merged=merged,
                              date1904=extras.date1904,
                              formulas_without_value=extras.formulas_without_value.get(meta.name, []),
                              hidden_rows=extras.hidden_rows.get(meta.name, []),
                              hidden_columns=extras.hidden_columns.get(meta.name, []),
                              filtered=meta.name in extras.filtered,
                              struck_cells=extras.struck_cells.get(meta.name, set()),
                              page_headers=extras.page_headers.get(meta.name, [])))
    except Exception as exc:
        raise _damaged(name, exc) from exc
    finally:
        book.close()
    return grids


# The tags of an .ods sheet that place its cells (attributes in group 3); "table:table" last, so
# that it does not match the start of "table:table-row".
_ODS_TAG = re.compile(rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s>/])([^>]*?)(/?)>")
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')
_ODS_NUMBER = re.compile(rb'table:number-(rows-repeated|columns-repeated|rows-spanned|columns-spanned)="(\d+)"')


def _ods_merged_cells(path: Path) -> dict[str, list[tuple[int, int, int, int]]]:
    """By sheet name, the merged cells of an .ods workbook as (first row, first column, last row,
    last column), counted from 0: a date merged down over three entries applies to all three.

    Walks the start and end tags of content.xml as bytes, counting repeated rows and cells (never
    an XML parser, as in :func:`_inspect_xlsx`). Empty when the file cannot be inspected."""
    try:
        with zipfile.ZipFile(path) as archive:
            content = archive.read("content.xml")
    except (KeyError, zipfile.BadZipFile, OSError):
        return {}
    merged: dict[str, list[tuple[int, int, int, int]]] = {}
    sheet: list[tuple[int, int, int, int]] = []
    row = column = 0
    rows_repeated = 1
    for match in _ODS_TAG.finditer(content):
        closing, tag, attributes, empty = match.groups()
        numbers = {key: int(value) for key, value in _ODS_NUMBER.findall(attributes)}
        if tag == b"table" and not closing:
            name = _ODS_NAME.search(attributes)
            sheet = merged.setdefault(name[1].decode("utf-8", "replace") if name else "", [])
            row = 0
        elif tag == b"table-row" and not closing:
            column, rows_repeated = 0, numbers.get(b"rows-repeated", 1)
            if empty:
                row += rows_repeated
        elif tag == b"table-row":
            row += rows_repeated
        elif not closing:  # a cell, or one covered by a merged cell
            rows, columns = numbers.get(b"rows-spanned", 1), numbers.get(b"columns-spanned", 1)
            if rows > 1 or columns > 1:
                sheet.append((row, column, row + rows - 1, column + columns - 1))
            column += numbers.get(b"columns-repeated", 1)
    return {name: cells for name, cells in merged.items() if cells}


UNSAFE_XML = "holds XML that defines its own entities, a known way to attack software (refused as unsafe)"
_ENTITY_DEFINITION = re.compile(rb"<!ENTITY", re.IGNORECASE)


def refuse_unsafe_xml(name: str, data: bytes, fix: str) -> None:
    """Raise UnreadableReturnError for XML that defines its own entities (an entity-expansion bomb),
    before any parser sees it."""
    if _ENTITY_DEFINITION.search(data):
        raise UnreadableReturnError(name, UNSAFE_XML, fix)


def _damaged(name: str, exc: Exception) -> UnreadableReturnError:
    """The error for a workbook calamine could not read, saying when it looks like an attack."""
    if "entity" in str(exc).lower():
        return UnreadableReturnError(name, UNSAFE_XML, "ask the agency to send it again as .csv")
    return UnreadableReturnError(name, f"is damaged and cannot be read ({_short(exc)})",
                                 "ask the agency to send it again, or " + SAVE_AGAIN)


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


_DATE1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*[\"'](?:1|true)[\"']", re.IGNORECASE)
_SHEET_ENTRY = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?>")
_ATTR = re.compile(rb"([\w:]+)\s*=\s*\"([^\"]*)\"")
_RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*?>")
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
_TEXT_RESULT = re.compile(rb"\bt\s*=\s*\"str\"")
_CELL_REF = re.compile(rb"\br\s*=\s*\"([A-Z]+)(\d+)\"")
# A saved result: a value with text in it (an empty <v></v>, as some writers leave, is none) or an inline string.
_VALUE = re.compile(rb"<(?:\w+:)?v\b[^>/]*>\s*[^<\s]|<(?:\w+:)?is\b[^>/]*>\s*<", re.DOTALL)


@dataclass
class _XlsxExtras:
    """What calamine does not tell about an xlsx workbook (see :func:`_inspect_xlsx`)."""

    date1904: bool = False
    formulas_without_value: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # by sheet name
    # By sheet name: (row index, column index) → "month" or "year", for date cells shown as only that.
    partial_dates: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)
    hidden_rows: dict[str, list[int]] = field(default_factory=dict)  # by sheet name: row numbers
    hidden_columns: dict[str, list[int]] = field(default_factory=dict)  # by sheet name: 0-based indices
    filtered: set[str] = field(default_factory=set)  # sheets with an active filter
    struck_cells: dict[str, set[tuple[int, int]]] = field(default_factory=dict)  # by sheet name
    # By sheet name: (row index, column index) → the error a cell shows ("#REF!"), which calamine reads as empty.
    error_cells: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)
    page_headers: dict[str, list[str]] = field(default_factory=dict)  # by sheet name: see Grid.page_headers


def _inspect_xlsx(path: Path) -> _XlsxExtras:
    """What calamine does not tell: the 1904 date system, formulas with no saved value, cells
    showing an error ("#REF!", which calamine reads as empty), and date cells formatted to show
    only a month or a year.

    Scans the XML as bytes with regular expressions (never an XML parser, so a hostile file
    cannot expand entities here). A formula cell with no cached value reads as empty, which
    would silently lose data: those cells are reported. Excel turns "Jun-10" typed in a cell
    into the date 01/06/2010 shown as "Jun-10": read as the day, it would invent one.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = archive.read("xl/workbook.xml")
            date1904 = bool(_DATE1904.search(workbook))
            rels = archive.read("xl/_rels/workbook.xml.rels") if "xl/_rels/workbook.xml.rels" in archive.namelist() else b""
            targets = {}
            for rel in _RELATIONSHIP.findall(rels):
                attrs = dict(_ATTR.findall(rel))
                if b"Id" in attrs and b"Target" in attrs:
                    target = attrs[b"Target"].decode("utf-8", "replace").lstrip("/")
                    targets[attrs[b"Id"]] = target if target.startswith("xl/") else "xl/" + target
            extras = _XlsxExtras(date1904=date1904)
            styles = archive.read("xl/styles.xml") if "xl/styles.xml" in archive.namelist() else b""
            partial_styles = _partial_date_styles(styles)
            struck_styles = _struck_styles(styles)
            shared = archive.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in archive.namelist() else b""
            # Shared texts struck through in part or whole (rare: looked for only when "strike" appears).
            struck_texts = ({n for n, text in enumerate(_SHARED_TEXT.findall(shared)) if _STRIKE.search(text)}
                            if b"strike" in shared else set())
            for entry in _SHEET_ENTRY.findall(workbook):
                attrs = dict(_ATTR.findall(entry))
                rel_id = next((v for k, v in attrs.items() if k.endswith(b":id")), None)
                sheet_name = _xml_text(attrs.get(b"name", b""))
                member = targets.get(rel_id) if rel_id else None
                if not member or member not in archive.namelist():
                    continue
                xml = archive.read(member)
                if b"hidden=" in xml:  # most sheets hide nothing: one scan in C
                    extras.hidden_rows[sheet_name], extras.hidden_columns[sheet_name] = _hidden_rows_and_columns(xml)
                    if b"filterColumn" in xml:
                        extras.filtered.add(sheet_name)
                if partial_styles:
                    extras.partial_dates[sheet_name] = {cell: partial_styles[style] for cell, style
                                                        in _cells_in_styles(xml, partial_styles).items()}
                if struck_styles:
                    extras.struck_cells[sheet_name] = set(_cells_in_styles(xml, struck_styles))
                if struck_texts or b"strike" in xml:  # rich text struck through in part, shared or in the cell
                    extras.struck_cells.setdefault(sheet_name, set()).update(_cells_with_struck_text(xml, struck_texts))
                if b't="e"' in xml:  # most sheets show no error: one scan in C
                    extras.error_cells[sheet_name] = _error_cells(xml)
                if b"Header>" in xml or b"Footer>" in xml:
                    extras.page_headers[sheet_name] = _page_header_texts(xml)
                if b"<f" not in xml and b":f" not in xml:
                    continue
                found = []
                for attrs_text, body in _CELL.findall(xml):
                    if not body or (b"<f" not in body and b":f>" not in body and b":f " not in body):
                        continue
                    if _VALUE.search(body) or (_TEXT_RESULT.search(attrs_text) and b"<v" in body):
                        continue  # (a formula whose result is empty text saves an empty value, typed as text)
                    ref = _CELL_REF.search(attrs_text)
                    if ref:
                        found.append((int(ref.group(2)), ref.group(1).decode()))
                if found:
                    extras.formulas_without_value[sheet_name] = found
            return extras
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return _XlsxExtras()


def _xml_text(raw: bytes) -> str:
    """An attribute's or an element's text as found by the byte scans here, its XML entities read
    ("&amp;" as "&"; "&amp;lt;" as "&lt;", read once)."""
    return unescape(raw.decode("utf-8", "replace"), {"&quot;": '"', "&apos;": "'"})


# A sheet's printed page header or footer, as Excel keeps it: "&amp;L&amp;\"Arial,Bold\"West Mercia Police&amp;RPage &amp;P".
_HEADER_FOOTER = re.compile(rb"<(?:\w+:)?(?:odd|even|first)(?:Header|Footer)\b[^>]*>([^<]*)<")
_SECTION = re.compile(r"&[LCR]")  # where its left, centre and right parts start
# Its codes: a font ('&"Arial,Bold"'), a size ('&12'), a colour ('&KFF0000'), a field or style ('&P', '&B').
_PAGE_CODE = re.compile(r'&"[^"]*"|&\d+|&K[0-9A-Fa-f]{6}|&[A-Za-z]')


def _page_header_texts(xml: bytes) -> list[str]:
    """The texts of a sheet's printed page header and footer, one a section, without Excel's codes."""
    texts = []
    for raw in _HEADER_FOOTER.findall(xml):
        text = _xml_text(raw).replace("&&", "\x00")  # (Excel's "&&" is an "&" written)
        for section in _SECTION.split(text):
            if cleaned := " ".join(_PAGE_CODE.sub(" ", section).replace("\x00", "&").split()):
                texts.append(cleaned)
    return texts


_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden\s*=\s*"(?:1|true)"[^>]*>')
_HIDDEN_COLUMNS = re.compile(rb'<(?:\w+:)?col\b[^>]*?\bhidden\s*=\s*"(?:1|true)"[^>]*>')
_ROW_NUMBER = re.compile(rb'\br\s*=\s*"(\d+)"')
_COLUMN_SPAN = re.compile(rb'\bmin\s*=\s*"(\d+)"[^>]*?\bmax\s*=\s*"(\d+)"')


def _hidden_rows_and_columns(xml: bytes) -> tuple[list[int], list[int]]:
    """The row numbers and the (0-based) column indices a sheet's XML marks hidden."""
    rows = [int(m[1]) for tag in _HIDDEN_ROW.findall(xml) if (m := _ROW_NUMBER.search(tag))]
    columns = [index for tag in _HIDDEN_COLUMNS.findall(xml) if (m := _COLUMN_SPAN.search(tag))
               for index in range(int(m[1]) - 1, min(int(m[2]), 16_384))]
    return rows, columns


_SHARED_TEXT = re.compile(rb"<(?:\w+:)?si\b.*?</(?:\w+:)?si>", re.DOTALL)
_SHARED_NUMBER = re.compile(rb"<(?:\w+:)?v>\s*(\d+)\s*<")
_FONTS = re.compile(rb"<(?:\w+:)?fonts\b.*?</(?:\w+:)?fonts>", re.DOTALL)
_FONT = re.compile(rb"<(?:\w+:)?font\b(?:[^>]*?/>|.*?</(?:\w+:)?font>)", re.DOTALL)
_STRIKE = re.compile(rb"<(?:\w+:)?strike\b(?![^>]*\bval\s*=\s*\"(?:0|false)\")")
_NUM_FMT = re.compile(rb"<(?:\w+:)?numFmt\b[^>]*?>")
_CELL_XFS = re.compile(rb"<(?:\w+:)?cellXfs\b.*?</(?:\w+:)?cellXfs>", re.DOTALL)
_XF = re.compile(rb"<(?:\w+:)?xf\b[^>]*?>")
BUILTIN_MONTH_FORMATS = {17}  # "mmm-yy"


def _date_format_shows(code: str) -> str | None:
    """'month' for a date format showing month and year only ("mmm-yy", "mmmm yyyy"), 'year'
    for one showing the year only ("yyyy"); None otherwise (a day, a time, or no date)."""
    section = code.split(";")[0]
    section = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", section).lower()  # quoted text, [$-809] locales, escapes
    if "d" in section or "h" in section or "s" in section or "y" not in section:
        return None
    return "month" if "m" in section else "year"


def _partial_date_styles(styles: bytes) -> dict[int, str]:
    """Cell style index → 'month' or 'year', for the styles whose number format shows only that."""
    formats = {}
    for tag in _NUM_FMT.findall(styles):
        attrs = dict(_ATTR.findall(tag))
        if b"numFmtId" in attrs and b"formatCode" in attrs and attrs[b"numFmtId"].isdigit():
            code = attrs[b"formatCode"].decode("utf-8", "replace").replace("&quot;", '"').replace("&amp;", "&")
            formats[int(attrs[b"numFmtId"])] = code
    block = _CELL_XFS.search(styles)
    partial = {}
    for index, tag in enumerate(_XF.findall(block.group(0)) if block else []):
        attrs = dict(_ATTR.findall(tag))
        number_format = int(attrs.get(b"numFmtId", b"0") or 0)
        shows = "month" if number_format in BUILTIN_MONTH_FORMATS else _date_format_shows(formats.get(number_format, ""))
        if shows:
            partial[index] = shows
    return partial


def _struck_styles(styles: bytes) -> set[int]:
    """The cell style indexes whose font is struck through."""
    fonts = _FONTS.search(styles)
    struck_fonts = {n for n, font in enumerate(_FONT.findall(fonts.group(0))) if _STRIKE.search(font)} if fonts else set()
    if not struck_fonts:
        return set()
    block = _CELL_XFS.search(styles)
    return {index for index, tag in enumerate(_XF.findall(block.group(0)) if block else [])
            if int(dict(_ATTR.findall(tag)).get(b"fontId", b"0") or 0) in struck_fonts}


def _cells_with_struck_text(xml: bytes, struck_texts: set[int]) -> set[tuple[int, int]]:
    """(row index, column index) of the cells whose rich text is struck through, in part or whole:
    a text of their own (``<is>``), or a shared text (``t="s"``) numbered in ``struck_texts``."""
    cells = set()
    for attrs, body in _CELL.findall(xml):
        if not body:
            continue
        inline = b"<is" in body and _STRIKE.search(body) is not None
        shared = (b't="s"' in attrs and (number := _SHARED_NUMBER.search(body)) is not None
                  and int(number[1]) in struck_texts)
        if (inline or shared) and (ref := _CELL_REF.search(attrs)):
            cells.add((int(ref.group(2)) - 1, column_index(ref.group(1).decode())))
    return cells


_ERROR_CELL = re.compile(rb'<(?:\w+:)?c\b([^>]*?\bt\s*=\s*"e"[^>]*)>(.*?)</(?:\w+:)?c>', re.DOTALL)
_ERROR_VALUE = re.compile(rb"<(?:\w+:)?v\b[^>/]*>\s*(#[A-Z0-9/!?.]+)\s*<")


def _error_cells(xml: bytes) -> dict[tuple[int, int], str]:
    """(row index, column index) → the error the cell shows ("#REF!", "#N/A"), for cells of type error."""
    found = {}
    for attrs, body in _ERROR_CELL.findall(xml):
        ref, value = _CELL_REF.search(attrs), _ERROR_VALUE.search(body)
        if ref and value:
            found[(int(ref.group(2)) - 1, column_index(ref.group(1).decode()))] = value.group(1).decode()
    return found


def _show_errors(rows: list[list[object]], errors: dict[tuple[int, int], str]) -> None:
    """Cells showing an Excel error ("#REF!" where a date was) hold that text, as the agency sees
    them: read as empty, a dated entry would lose its date unseen, or join the entry above."""
    for (row, column), error in errors.items():
        if row < len(rows) and column < len(rows[row]) and rows[row][column] is None:
            rows[row][column] = error


def _cells_in_styles(xml: bytes, styles: Iterable[int]) -> dict[tuple[int, int], int]:
    """(row index, column index) → style index, for the sheet's cells in those styles."""
    alternatives = b"|".join(str(index).encode() for index in styles)
    # Only the cells in those styles match (most cells have other styles: a scan of them all is slower).
    styled = re.compile(rb'<(?:\w+:)?c\b[^>]*?\bs\s*=\s*"(' + alternatives + rb')"[^>]*?>')
    cells = {}
    for match in styled.finditer(xml):
        if ref := _CELL_REF.search(match.group(0)):
            cells[(int(ref.group(2)) - 1, column_index(ref.group(1).decode()))] = int(match.group(1))
    return cells


def _show_partial_dates(rows: list[list[object]], partial: dict[tuple[int, int], str]) -> None:
    """Date cells shown as a month or a year become that text ("Jun 2010", "2010"), so they are
    read as a month or a year as the agency sees them. A date that is not the month's (or the
    year's) first day was typed in full: it stays a day."""
    for (row, column), shows in partial.items():
        if row >= len(rows) or column >= len(rows[row]):
            continue
        value = rows[row][column]
        if not isinstance(value, dt.date) or value.day != 1:
            continue
        if shows == "month":
            rows[row][column] = value.strftime("%b %Y")
        elif value.month == 1:
            rows[row][column] = str(value.year)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 as Windows Excel writes CSV.

    A file that is not all UTF-8 is read line by line: lines added by another program may be
    UTF-8 ("café" pasted from the web) among lines Excel wrote in cp1252 ("£5"); each is read in
    the encoding it is valid in, so neither turns into "cafÃ©"."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    return "".join(_decode_line(line) for line in data.splitlines(keepends=True))


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:
        return line.decode("latin-1")  # (the five bytes cp1252 leaves undefined)


def _separator(text: str) -> str:
    """The separator that splits the most of the first lines into the same number of columns (of
    two or more), then into the most columns. Consistency first: the semicolons in entries' texts
    ("Home visit; mother seen") split each line differently, the commas between columns alike."""
    sample = text.splitlines()[:30]
    best, best_score = ",", (0.0, 0)
    for sep in (",", ";", "\t", "|"):
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=sep) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        split = [n for n in counts if n >= 2]
        if not split:
            continue
        common = max(set(split), key=lambda n: (split.count(n), n))
        score = (round(split.count(common) / len(counts), 3), common)
        if score > best_score:
            best, best_score = sep, score
    return best


_SEPARATOR_LINE = re.compile(r'^"?sep=(?P<sep>[^\r\n"])"?[^\S\r\n]*(?:\r\n|\r|\n)', re.IGNORECASE)


def _load_csv(path: Path) -> Grid:
    name = path.name
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise UnreadableReturnError(name, f"is {size >> 20} MB, far larger than a chronology", "check it is the right file")
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not (data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff")):
        raise UnreadableReturnError(name, "is a binary file, not a CSV or spreadsheet", "check it is the right file")
    text = decode_text(data)
    # Excel's own first line "sep=;" names the separator; Excel reads it and does not show it, so the
    # rows are numbered from the line after it, as Excel numbers them.
    if (directive := _SEPARATOR_LINE.match(text)) is not None:
        sep, text = directive["sep"], text[directive.end():]
    else:
        sep = _separator(text)
    rows: list[list[object]] = []
    numbers: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    line = 1
    try:
        for record in reader:
            rows.append([cell.strip() or None for cell in record])
            numbers.append(line)  # the physical line the record starts on
            line = reader.line_num + 1
    except csv.Error as exc:
        raise UnreadableReturnError(name, f"is not a well-formed CSV at line {line} ({exc})",
                                    "open it in Excel and save it again as CSV") from exc
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        row.extend([None] * (width - len(row)))
    return Grid(name, None, rows, numbers, separator=sep)
