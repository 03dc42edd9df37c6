"""The outputs people read and scripts parse: xlsx layout, CSV, JSON contract, safety."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from chron_merge.write import neutralise
from conftest import run_cli, write_csv, write_xlsx

GOLDEN_HEADER = ("No.", "Date", "Date note", "Time", "Agency", "Practitioner", "Contact type", "Details",
                 "Action / outcome", "Comment", "Link group", "Also recorded by", "Other columns", "Source", "ID")


def _build(tmp_path: Path, inputs: list[Path], name: str, *extra: str) -> Path:
    out = tmp_path / name
    result = run_cli("build", *inputs, "-o", out, "--quiet", *extra)
    assert result.exit_code == 0, result.output
    return out


def test_xlsx_layout_golden(small_review, tmp_path):
    out = _build(tmp_path, [small_review], "integrated.xlsx")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Integrated chronology", "Summary", "Problems", "Removed duplicates"]
    sheet = book["Integrated chronology"]
    assert tuple(c.value for c in sheet[1]) == GOLDEN_HEADER
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:O{sheet.max_row}"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.column_dimensions["H"].width == 60
    first = [c.value for c in sheet[2]]
    assert first[:4] == [1, dt.datetime(2020, 3, 2), None, "22:15"]
    assert sheet["B2"].number_format == "dd/mm/yyyy"
    assert sheet["H2"].alignment.wrap_text
    assert sheet["A1"].font.bold and sheet["A1"].fill.fgColor.rgb == "FF404040"
    # each agency has its own band colour, the same on every one of its rows
    colours: dict[str, set[str]] = {}
    for row in sheet.iter_rows(min_row=2):
        colours.setdefault(row[4].value, set()).add(row[0].fill.fgColor.rgb)
    assert all(len(c) == 1 for c in colours.values())
    assert len({next(iter(c)) for c in colours.values()}) == len(colours)
    # a partial date is shown as written, a real date as a date
    sept = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[7].startswith("Child seemed tired"))
    assert (sept[1], sept[2]) == ("Sep 2020", "month only; written: Sept 2020")
    summary = [r for r in book["Summary"].iter_rows(values_only=True) if r[0]]
    assert ("Rows read", 13) in [(r[0], r[1]) for r in summary]
    assert summary[-2][0].endswith("adds up")
    problems = list(book["Problems"].iter_rows(values_only=True))
    assert problems[0] == ("Level", "File", "Sheet", "Row", "Problem", "Value", "What to do")
    assert problems[1][:4] == ("error", "CSC_return_final.xlsx", "Chronology", 7)
    dups = list(book["Removed duplicates"].iter_rows(values_only=True))
    assert dups[1][:3] == ("CSC_return_final.xlsx", "Chronology", 6)


DANGEROUS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+44 121 000", "-2 days later", "@SUM(A1)",
             "=1+2 (calculated)"]


def test_text_never_becomes_a_formula(tmp_path):
    rows = [["Date", "Details", "Outcome"]] + [[f"0{i + 1}/02/2020", text, text] for i, text in enumerate(DANGEROUS)]
    source = write_xlsx(tmp_path / "evil.xlsx", {"Chronology": rows})
    xlsx = _build(tmp_path, [source], "out.xlsx")
    book = openpyxl.load_workbook(xlsx)
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    details = [r[7] for r in book["Integrated chronology"].iter_rows(min_row=2, values_only=True)]
    assert sorted(details) == sorted(DANGEROUS)  # kept readable, exactly as written
    out_csv = _build(tmp_path, [source], "out.csv")
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        cells_csv = [c for row in csv.reader(fh) for c in row]
    assert not [c for c in cells_csv if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in cells_csv


@pytest.mark.parametrize(("cell", "expected"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-x", "'-x"), ("@x", "'@x"), ("\tx", "'\tx"), ("plain", "plain"), (None, ""),
    (3, "3"),
])
def test_csv_cells_are_neutralised(cell, expected):
    assert neutralise(cell) == expected


def test_csv_is_utf8_with_bom(small_review, tmp_path):
    out = _build(tmp_path, [small_review], "integrated.csv")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == GOLDEN_HEADER
    assert rows[1][1] == "02/03/2020"


def test_json_follows_the_contract(small_review, tmp_path):
    data = json.loads(_build(tmp_path, [small_review], "integrated.json").read_text())
    assert set(data) >= {"chron_merge_version", "events", "duplicates", "problems", "summary"}
    event = data["events"][0]
    assert set(event) >= {"id", "date", "date_precision", "date_approximate", "date_text", "date_end", "time", "agency",
                          "practitioner", "contact_type", "details", "action", "comment", "extra", "source",
                          "link_group"}
    assert set(event["source"]) == {"file", "sheet", "row", "rows"}
    assert set(data["summary"]) >= {"rows_read", "events", "duplicates", "continuations", "blank_rows", "problems",
                                    "agencies"}
    assert set(data["problems"][0]) >= {"file", "sheet", "row", "level", "code", "message", "value"}
    assert set(data["duplicates"][0]) >= {"file", "sheet", "row", "duplicate_of"}


def test_the_written_xlsx_has_no_macros_or_external_links(small_review, tmp_path):
    out = _build(tmp_path, [small_review], "integrated.xlsx")
    names = zipfile.ZipFile(out).namelist()
    assert not [n for n in names if "vba" in n.lower() or "externalLink" in n]


def test_a_failed_write_leaves_no_file(small_review, tmp_path, monkeypatch):
    import chron_merge.write.xlsx as xlsx_module

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx_module, "write_xlsx", fail)
    target = tmp_path / "integrated.xlsx"
    from click.testing import CliRunner

    from chron_merge.cli import cli

    result = CliRunner().invoke(cli, ["build", str(small_review), "-o", str(target), "--quiet"])
    assert result.exit_code == 2
    assert not target.exists()
    assert not list(tmp_path.glob(".integrated.xlsx.*"))


def test_an_existing_output_is_replaced_only_when_complete(small_review, tmp_path):
    target = tmp_path / "integrated.json"
    target.write_text("old")
    _build(tmp_path, [small_review], "integrated.json")
    assert json.loads(target.read_text())["summary"]["events"] == 11


def test_text_longer_than_an_excel_cell_is_kept_whole_and_marked(tmp_path):
    long_text = "word " * 8000  # 40,000 characters
    source = write_csv(tmp_path / "long.csv", ["Date,Details", f"01/02/2020,{long_text.strip()}"])
    data = json.loads(run_cli("build", source, "-o", "-", "--quiet").stdout)
    assert data["events"][0]["details"] == long_text.strip()
    assert [p["code"] for p in data["problems"]] == ["long-text"]
    xlsx = _build(tmp_path, [source], "long.xlsx")
    cell = openpyxl.load_workbook(xlsx)["Integrated chronology"]["H2"].value
    assert len(cell) <= 32767
    assert cell.endswith("[... cut here: the full text (39,999 characters) is in the JSON and CSV outputs]")


def test_stdout_output_and_summary_on_stderr(small_review):
    result = run_cli("build", small_review, "-o", "-")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["summary"]["events"] == 11
    assert "13 rows read = 11 events + 1 continuation row joined + 1 duplicate removed + 0 blank or skipped rows" in result.stderr


def test_the_date_note_says_what_the_date_column_cannot(tmp_path):
    source = write_csv(tmp_path / "HV.csv", ["Date,Details", "14/06/2010,Visit.", "since 03/02/2020,Weekly calls.",
                                             "Spring 2020,Group sessions.", "? 05/02/2020,Letter.",
                                             "06/02/2020 (date of referral),Referral."])
    out = _build(tmp_path, [source], "out.csv")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    notes = {row["Details"]: (row["Date"], row["Date note"]) for row in rows}
    assert notes == {
        "Visit.": ("14/06/2010", ""),
        "Weekly calls.": ("03/02/2020", "no end given; written: since 03/02/2020"),
        "Group sessions.": ("Mar 2020", "month only; approximate; to 31/05/2020; written: Spring 2020"),
        "Letter.": ("05/02/2020", "approximate; written: ? 05/02/2020"),
        "Referral.": ("06/02/2020", "with a remark; written: 06/02/2020 (date of referral)"),
    }


def test_the_same_problem_on_many_rows_is_one_line_in_the_terminal(tmp_path):
    lines = ["Date,Details"] + [f"{'31/06/2020' if i % 3 == 0 else '01/02/2020'},entry {i}" for i in range(60)]
    path = write_csv(tmp_path / "big.csv", lines)
    result = run_cli("validate", path)
    assert result.exit_code == 1
    assert result.output.count("31/06/2020 is not a") == 1
    assert "rows 2, 5," in result.output and "(20 rows)" in result.output
    as_json = json.loads(run_cli("validate", path, "--json").output)
    assert sum(p["code"] == "invalid-date" for p in as_json["problems"]) == 20  # scripts still get every row
