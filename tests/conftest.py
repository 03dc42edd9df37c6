"""Fixtures: returns built in each test's temporary folder, messy on purpose.

Every workbook and CSV the tests read is made here with openpyxl or plain bytes, so the suite
needs nothing outside the repository.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import settings

from chron_merge.cli import cli

Rows = Sequence[Sequence[Any]]

# Property tests run the same examples on every run, so that CI's result is the code's and not the
# draw's (a random draw once failed CI on a gap no local run had met). To look for new failures,
# draw at random: HYPOTHESIS_PROFILE=explore pytest -k <test> (as many times as you like).
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


class Formula(str):
    """A cell to write as a formula; every other string is written as text, even one starting with '='."""


def write_xlsx(path: Path, sheets: dict[str, Rows], *, start_row: int = 1, start_col: int = 1,
               merged: dict[str, list[str]] | None = None, hidden: Sequence[str] = (), epoch_1904: bool = False,
               number_formats: dict[str, dict[str, str]] | None = None) -> Path:
    """A workbook with one sheet per entry; rows are written from (start_row, start_col);
    ``number_formats``: by sheet, cell reference → Excel number format ("A2": "mmm-yy")."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    if epoch_1904:
        book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    cell = sheet.cell(row=start_row + r, column=start_col + c, value=value)
                    if isinstance(value, str) and not isinstance(value, Formula):
                        cell.data_type = "s"
        for ref in (merged or {}).get(name, []):
            sheet.merge_cells(ref)
        for ref, number_format in (number_formats or {}).get(name, {}).items():
            sheet[ref].number_format = number_format
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def write_docx(path: Path, *blocks: str, document: str | None = None, parts: dict[str, str] | None = None) -> Path:
    """A minimal Word document whose body holds ``blocks`` (WordprocessingML, from docx_paragraph
    and docx_table), as Word saves one: only the parts a reader needs. ``document``: the whole
    document part instead; ``parts``: others by name ("word/header1.xml")."""
    import zipfile

    document = document or (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{WORD_NS}">'
                f'<w:body>{"".join(blocks)}<w:sectPr/></w:body></w:document>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        archive.writestr("word/document.xml", document)
        for part, xml in (parts or {}).items():
            archive.writestr(part, xml)
    return path


def docx_paragraph(text: str, *, struck: bool = False) -> str:
    """A paragraph of one run; a line break where ``text`` has one."""
    properties = "<w:rPr><w:strike/></w:rPr>" if struck else ""
    pieces = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in text.split("\n"))
    return f"<w:p><w:r>{properties}{pieces}</w:r></w:p>"


def docx_table(rows: Sequence[Sequence[str | tuple[str, str] | None]]) -> str:
    """A table; a cell is its text (paragraphs apart by a blank line), None when empty, or (text,
    cell properties XML) for a merged cell ('<w:gridSpan w:val="2"/>', '<w:vMerge w:val="restart"/>', '<w:vMerge/>')."""
    def cell(value: str | tuple[str, str] | None) -> str:
        text, properties = value if isinstance(value, tuple) else (value or "", "")
        paragraphs = "".join(docx_paragraph(line) for line in text.split("\n\n") if line) or "<w:p/>"
        return f"<w:tc><w:tcPr>{properties}</w:tcPr>{paragraphs}</w:tc>"
    return "<w:tbl>" + "".join("<w:tr>" + "".join(cell(v) for v in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def write_csv(path: Path, lines: Sequence[str], *, encoding: str = "utf-8", bom: bool = False) -> Path:
    data = "\r\n".join(lines).encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


@pytest.fixture
def make_xlsx(tmp_path: Path) -> Callable[..., Path]:
    def make(name: str, sheets: dict[str, Rows], **kwargs: Any) -> Path:
        return write_xlsx(tmp_path / name, sheets, **kwargs)

    return make


@pytest.fixture
def make_csv(tmp_path: Path) -> Callable[..., Path]:
    def make(name: str, lines: Sequence[str], **kwargs: Any) -> Path:
        return write_csv(tmp_path / name, lines, **kwargs)

    return make


def run_cli(*args: str) -> Any:
    """Invoke the command line as a user would (no exceptions swallowed silently)."""
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def build_json(*paths: Path, extra: Sequence[str] = ()) -> dict:
    result = run_cli("build", *paths, "-o", "-", "--quiet", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def small_review(tmp_path: Path) -> Path:
    """A folder of three agencies' returns for one family, with shared events and the usual mess."""
    folder = tmp_path / "returns"
    folder.mkdir()
    write_xlsx(folder / "Police chronology.xlsx", {"Chronology": [
        ["Northshire Police - chronology for the review"],
        ["Agency: Northshire Police"],
        [],
        ["Occurrence date", "Officer", "Narrative", "Outcome"],
        [dt.datetime(2020, 3, 2, 22, 15), "PC 101", "Domestic incident at the family home; mother assaulted by partner.",
         "Notification to Children's Social Care and the school"],
        [dt.datetime(2020, 5, 14, 0, 0), "DS 7", "Strategy discussion with social care and health.", "Section 47 agreed"],
        [dt.datetime(2020, 7, 1, 10, 0), "PC 9", "Home visit: welfare check, child seen and well.", ""],
    ]}, merged={"Chronology": ["A1:D1"]})
    write_xlsx(folder / "CSC_return_final.xlsx", {"Chronology": [
        ["Date", "Time", "Worker", "Type of contact", "Details", "Action / outcome"],
        ["04/03/2020", "09:30", "Duty SW", "Notification", "Police notification of domestic incident received.",
         "Consider strategy"],
        ["14/05/2020", "10:00", "SW A. Khan", "Meeting", "Strategy discussion held with police and health.", "S47 enquiry"],
        ["01/07/2020", "15:00", "SW A. Khan", "Home visit", "Home visit: mother discussed new tenancy and budgeting.", ""],
        ["20/07/2020", None, "SW A. Khan", "Meeting", "CIN meeting held at school.", "Plan reviewed"],
        ["20/07/2020", None, "SW A. Khan", "Meeting", "CIN meeting held at school.", "Plan reviewed"],
        ["31/06/2020", None, "SW A. Khan", "Telephone", "Call to mother about the plan.", ""],
    ]})
    write_csv(folder / "school.csv", [
        "Entry date;Staff role;Category;Description of involvement",
        "05/03/2020;DSL;Information;Notification received from police about a domestic incident at home.",
        "20/07/2020;DSL;Meeting;Attended Child in Need meeting; attendance discussed.",
        ";;;The DSL also spoke to the class teacher afterwards.",
        "Sept 2020;Class teacher;Observation;Child seemed tired in lessons (approximate month).",
    ], encoding="cp1252")
    return folder
