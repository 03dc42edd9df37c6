"""Broken and hostile input: each case is read correctly or refused with exit 2 and one line."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from conftest import docx_paragraph, docx_table, run_cli, write_docx, write_xlsx


def _error_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("chron-merge: error:")]
    assert lines, result.output
    return lines[0]


def test_missing_file_is_a_usage_error(tmp_path):
    result = run_cli("validate", tmp_path / "nope.xlsx")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.output


def test_what_else_a_folder_of_returns_holds_is_listed_and_does_not_stop_the_build(tmp_path):
    write_xlsx(tmp_path / "Police.xlsx", {"Chronology": [["Date", "Details"], ["03/02/2020", "Attended."]]})
    (tmp_path / "GP chronology.doc").write_bytes(b"x")  # an old Word document: not read, so a warning
    (tmp_path / "IMR report.pdf").write_bytes(b"%PDF")
    (tmp_path / "Northshire Ambulance Service.pdf").write_bytes(b"%PDF")  # named for an agency: its return, likely
    (tmp_path / "Family tree.pdf").write_bytes(b"%PDF")
    (tmp_path / "returns.zip").write_bytes(b"PK")
    (tmp_path / "panel notes.txt").write_text("Chase the GP.\nPanel on Friday.\n", encoding="utf-8")
    (tmp_path / "old drafts").mkdir()
    for quiet in ("~$Police.xlsx", ".DS_Store", "Thumbs.db", "review.toml"):  # a lock file, a folder's own files
        (tmp_path / quiet).write_bytes(b"")
    result = run_cli("validate", "--json", tmp_path)
    assert result.exit_code == 0, result.output
    listed = {p["file"]: (p["level"], p["code"]) for p in json.loads(result.output)["problems"]}
    assert listed == {"GP chronology.doc": ("warning", "not-a-return"), "IMR report.pdf": ("info", "not-a-return"),
                      "Northshire Ambulance Service.pdf": ("warning", "not-a-return"),
                      "Family tree.pdf": ("info", "not-a-return"), "returns.zip": ("warning", "not-a-return"),
                      "panel notes.txt": ("info", "not-a-return"),
                      "old drafts": ("info", "folder-not-searched")}
    built = run_cli("build", tmp_path, "-o", tmp_path / "out.json")
    assert built.exit_code == 0, built.output
    # What may be a return not read is named in the build's summary too, with what to do; notes are not.
    named = [line.split(":")[0] for line in built.stdout.splitlines() if line.startswith("! ")]
    assert named == ["! GP chronology.doc", "! Northshire Ambulance Service.pdf", "! old drafts", "! returns.zip"]
    assert f"! old drafts: a folder inside {tmp_path.name}: not searched - if it holds returns, give it too" in built.stdout


def test_a_folder_inside_the_current_folder_is_named_with_it(tmp_path, monkeypatch):
    write_xlsx(tmp_path / "Police.xlsx", {"Chronology": [["Date", "Details"], ["03/02/2020", "Attended."]]})
    (tmp_path / "Health").mkdir()
    monkeypatch.chdir(tmp_path)
    result = run_cli("validate", "--json", ".")
    (note,) = [p for p in json.loads(result.output)["problems"] if p["code"] == "folder-not-searched"]
    assert note["message"] == f"a folder inside {tmp_path.name}: not searched"


def test_a_text_file_holding_a_table_is_read_from_a_folder(tmp_path):
    (tmp_path / "police export.txt").write_text("Date\tDetails\n03/02/2020\tAttended.\n04/02/2020\tCall.\n",
                                                 encoding="utf-8")
    # Excel's "Unicode Text": UTF-16, tab-separated, a cell holding line breaks
    unicode_text = ('Date\tDetails\r\n03/02/2020\t"Home visit.\nMum present;\nno concerns."\r\n'
                    '04/02/2020\tPhone call – mum says “fine”\r\n')
    (tmp_path / "hv unicode.txt").write_bytes(b"\xff\xfe" + unicode_text.encode("utf-16-le"))
    result = run_cli("validate", "--json", tmp_path)
    files = json.loads(result.output)["files"]
    assert [f["file"] for f in files] == ["hv unicode.txt", "police export.txt"]
    assert files[0]["sheets"][0]["events"] == 2


def test_a_text_file_of_dated_notes_is_read_from_a_folder(tmp_path):
    # A GP's record pasted from the clinical system: a title, then a line per entry starting with its date
    # (one going on over a second line); rows are the lines a text editor numbers.
    (tmp_path / "GP record.txt").write_text(
        "GP RECORD EXTRACT - Jacob\n\n14/09/2023 Dr Rees: Bruising behind L ear.\n\n"
        "03/11/2023 Dr Rees: MIU letter - dog bite R hand.\n   Mum's partner's dog. Safety advice.\n", encoding="utf-8")
    (tmp_path / "panel notes.txt").write_text("Chase the GP on 14/09/2023.\nPanel on Friday.\n", encoding="utf-8")
    result = run_cli("build", tmp_path, "-o", tmp_path / "out.json")
    document = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [(e["date"], e["source"]["rows"]) for e in document["events"]] == [("2023-09-14", [3]), ("2023-11-03", [5, 6])]
    assert [(p["file"], p["code"]) for p in document["problems"] if p["code"] == "not-a-return"] == [
        ("panel notes.txt", "not-a-return")]  # (one date is a note's, not a record's)
    assert result.exit_code in (0, 1)


def test_folder_with_no_returns(tmp_path):
    write_docx(tmp_path / "notes.docx", docx_paragraph("Chase the GP."), docx_paragraph("Panel on Friday."))
    result = run_cli("validate", tmp_path)
    assert result.exit_code == 2
    assert _error_line(result) == (f"chron-merge: error: {tmp_path}: the folder holds no returns (.xlsx, .xlsm, .xls, "
                                   ".ods, .csv or .docx files); it holds 'notes.docx' (a Word document with no "
                                   "chronology in it)")


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.xlsx", b"", "empty.xlsx: is empty (0 bytes) - ask the agency to send the file again"),
    ("notes.xlsx", b"These are my notes, not a spreadsheet.\n",
     "notes.xlsx: is not a spreadsheet although it is named .xlsx - check it is the right file; "
     "open it in Excel and save it again as .xlsx, or export it as CSV"),
    ("report.xlsx", b"%PDF-1.4 binary", "report.xlsx: is a PDF, not a spreadsheet - ask the agency for the chronology "
                                        "as .xlsx or .csv"),
    ("empty.csv", b"", "empty.csv: is empty (0 bytes) - ask the agency to send the file again"),
    # Word's own formats other than .docx: saved again as .docx, chron-merge reads them
    ("Police IMR.doc", bytes.fromhex("D0CF11E0A1B11AE1") + bytes(100) + "WordDocument".encode("utf-16-le") + bytes(100),
     "Police IMR.doc: is an old Word document (.doc), which chron-merge cannot read - open it in Word and save it "
     "as a Word Document (.docx), or ask the agency for .xlsx or .csv"),
    ("GP.rtf", b"{\\rtf1\\ansi Chronology}", "GP.rtf: is a rich text document (.rtf), which chron-merge cannot read - "
     "open it in Word and save it as a Word Document (.docx), or ask the agency for .xlsx or .csv"),
    # an e-mail given by name (as "returns/*" gives every file): not read as a CSV of its headers
    ("covering note.eml", b"From: a@b.org\nSubject: chronology\n\nPlease find attached.\n",
     "covering note.eml: is an e-mail, not a return - save the returns attached to it, and give chron-merge those"),
    ("covering note.msg", bytes.fromhex("D0CF11E0A1B11AE1") + bytes(600),
     "covering note.msg: is an e-mail, not a return - save the returns attached to it, and give chron-merge those"),
])
def test_files_that_are_not_returns(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = run_cli("validate", path)
    assert result.exit_code == 2, result.output
    assert _error_line(result) == f"chron-merge: error: {message}"


def test_an_opendocument_text_is_no_spreadsheet(tmp_path):
    import zipfile

    path = tmp_path / "letter.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    result = run_cli("validate", path)
    assert result.exit_code == 2, result.output
    assert _error_line(result) == ("chron-merge: error: letter.odt: is a text document (.odt), not a spreadsheet - "
                                   "open it and save it as .docx, or ask the agency for .xlsx or .csv")


def test_word_document_named_xlsx_is_read_as_the_document_it_is(tmp_path):
    path = write_docx(tmp_path / "chronology.xlsx", docx_table([["Date", "Details"], ["03/02/2020", "Attended."]]))
    result = run_cli("validate", "--json", path)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["files"][0]["sheets"][0]["events"] == 1


def test_apple_numbers_file_and_google_sheet_link_say_how_to_export(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Index/Document.iwa", b"\x00")
    numbers = tmp_path / "police.numbers"
    numbers.write_bytes(buffer.getvalue())
    link = tmp_path / "police.gsheet"
    link.write_text('{"url": "https://docs.google.com/spreadsheets/d/abc", "doc_id": "abc"}')
    assert _error_line(run_cli("validate", numbers)) == (
        "chron-merge: error: police.numbers: is an Apple Numbers file - in Numbers, choose File › Export To › Excel, "
        "and give chron-merge the .xlsx")
    result = run_cli("validate", link)
    assert result.exit_code == 2
    assert _error_line(result).startswith("chron-merge: error: police.gsheet: is a link to a Google Sheet")


def test_truncated_workbook(tmp_path):
    whole = write_xlsx(tmp_path / "whole.xlsx", {"Chronology": [["Date", "Details"], ["01/02/2020", "x"]]})
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(whole.read_bytes()[:1500])
    result = run_cli("validate", broken)
    assert result.exit_code == 2
    assert _error_line(result).startswith("chron-merge: error: broken.xlsx: is damaged")


def test_password_protected_workbook(tmp_path):
    msoffcrypto = pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = write_xlsx(tmp_path / "plain.xlsx", {"Chronology": [["Date", "Details"], ["01/02/2020", "x"]]})
    protected = tmp_path / "protected.xlsx"
    with plain.open("rb") as source, protected.open("wb") as target:
        OOXMLFile(source).encrypt("secret", target)
    assert msoffcrypto.OfficeFile(protected.open("rb")).is_encrypted()
    result = run_cli("validate", protected)
    assert result.exit_code == 2
    assert _error_line(result) == ("chron-merge: error: protected.xlsx: is password-protected - ask the agency for "
                                   "an unprotected copy, or open it and save an unprotected copy")


def test_sheet_with_no_recognisable_header_lists_what_was_seen(tmp_path):
    path = write_xlsx(tmp_path / "odd.xlsx", {"Sheet1": [["apples", "pears"], ["1", "2"], ["3", "4"]]})
    result = run_cli("validate", path)
    assert result.exit_code == 2
    assert _error_line(result) == (
        "chron-merge: error: odd.xlsx: sheet 'Sheet1': no recognisable header (row 1 has 'apples', 'pears') - "
        "add a header row (Date, Details, ...), or map the columns in review.toml: "
        '[agency.X] columns = { "apples" = "date", "..." = "details" }')


def test_a_log_whose_days_have_no_year_says_so_not_that_it_lacks_a_header(tmp_path):
    # A school's log written as a day's heading over its entries, the year nowhere.
    path = write_xlsx(tmp_path / "School log.xlsx", {"Log": [
        ["Safeguarding log"], ["Monday 6th March"], ["Class teacher noticed a bruise on her arm."],
        ["Tuesday 7th March"], ["Mum spoke to the DSL."]]})
    result = run_cli("validate", path)
    assert result.exit_code == 2
    assert _error_line(result) == (
        "chron-merge: error: School log.xlsx: sheet 'Log': no date with a year in it: its days are written without one "
        "('Monday 6th March', 'Tuesday 7th March') - write the year in each date ('Monday 6th March 2023'): "
        "chron-merge never guesses one")


def test_long_cells_in_messages_are_cut_at_a_word(tmp_path):
    title = "Rapid Review - agency chronology for the panel"
    path = write_xlsx(tmp_path / "odd.xlsx", {"Sheet1": [[title], ["pears"], ["3"]]})
    line = _error_line(run_cli("validate", path))
    assert "(row 1 has 'Rapid Review - agency…')" in line
    assert '"Rapid Review - agency…" = "date"' in line


def test_no_date_column(tmp_path):
    path = write_xlsx(tmp_path / "nodate.xlsx", {"Chronology": [
        ["Worker", "Details"], ["SW", "Visited the family at home today."], ["SW", "Telephoned mother about school."]]})
    result = run_cli("validate", path)
    assert result.exit_code == 2
    assert _error_line(result) == (
        "chron-merge: error: nodate.xlsx: sheet 'Chronology': no date column (header in row 1: 'Worker', 'Details') - "
        "add a header row (Date, Details, ...), or map the columns in review.toml: "
        '[agency.X] columns = { "Worker" = "date", "..." = "details" }')


def test_one_bad_file_among_several_is_reported_and_the_rest_read(tmp_path):
    write_xlsx(tmp_path / "good.xlsx", {"Chronology": [["Date", "Details"], ["01/02/2020", "An entry"]]})
    (tmp_path / "bad.xlsx").write_bytes(b"")
    result = run_cli("build", tmp_path, "-o", "-", "--quiet")
    assert result.exit_code == 2
    assert _error_line(result) == "chron-merge: error: bad.xlsx: is empty (0 bytes) - ask the agency to send the file again"
    assert [e["details"] for e in json.loads(result.stdout)["events"]] == ["An entry"]


def test_a_path_that_is_a_directory_inside_a_folder_is_ignored(tmp_path):
    write_xlsx(tmp_path / "good.xlsx", {"Chronology": [["Date", "Details"], ["01/02/2020", "An entry"]]})
    (tmp_path / "sub.xlsx").mkdir()
    result = run_cli("validate", tmp_path)
    assert result.exit_code == 0, result.output


def test_lock_files_are_not_read(tmp_path):
    write_xlsx(tmp_path / "good.xlsx", {"Chronology": [["Date", "Details"], ["01/02/2020", "An entry"]]})
    (tmp_path / "~$good.xlsx").write_bytes(b"lock")
    result = run_cli("validate", tmp_path)
    assert result.exit_code == 0, result.output


def test_file_names_with_spaces_and_accents(tmp_path):
    path = write_xlsx(tmp_path / "Équipe santé – retour v2.xlsx", {"Chronology": [["Date", "Details"], ["01/02/2020", "x"]]})
    data = json.loads(run_cli("build", path, "-o", "-", "--quiet").stdout)
    assert data["events"][0]["source"]["file"] == "Équipe santé – retour v2.xlsx"


def test_no_traceback_for_an_internal_error(tmp_path, monkeypatch):
    import chron_merge.validate as validate_module

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(validate_module, "read_all", explode)
    path = write_xlsx(tmp_path / "good.xlsx", {"Chronology": [["Date", "Details"], ["01/02/2020", "x"]]})
    from click.testing import CliRunner

    from chron_merge.cli import cli

    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert _error_line(result) == ("chron-merge: error: unexpected internal error (RuntimeError: boom); "
                                   "set CHRON_MERGE_DEBUG=1 to see the details and please report it")


def test_directory_given_as_output_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "good.xlsx", {"Chronology": [["Date", "Details"], ["01/02/2020", "x"]]})
    out = tmp_path / "out.xlsx"
    out.mkdir()
    result = run_cli("build", path, "-o", out)
    assert result.exit_code == 2
    assert _error_line(result) == (f"chron-merge: error: {out}: is a folder; give a file name such as "
                                   f"{out / 'integrated.xlsx'}")


def test_unknown_output_suffix(tmp_path):
    path = write_xlsx(tmp_path / "good.xlsx", {"Chronology": [["Date", "Details"], ["01/02/2020", "x"]]})
    result = run_cli("build", path, "-o", tmp_path / "out.docx")
    assert result.exit_code == 2
    assert "cannot tell the format from the name" in _error_line(result)


def test_paths_resolve_without_touching_inputs(tmp_path):
    path = write_xlsx(tmp_path / "good.xlsx", {"Chronology": [["Date", "Details"], ["01/02/2020", "x"]]})
    before = path.read_bytes()
    result = run_cli("build", path, "-o", path)
    assert result.exit_code == 2
    assert _error_line(result) == (f"chron-merge: error: {path}: is one of the returns being read; choose another "
                                   "output name (chron-merge never overwrites an input)")
    assert path.read_bytes() == before
    assert not list(Path(tmp_path).glob(".good.xlsx.*"))


def test_square_brackets_in_cells_and_names_are_shown_as_written(tmp_path):
    # Redacted returns write "[name redacted]"; Rich would read "[/red]" as markup and fail.
    path = tmp_path / "Police [North].csv"
    path.write_text("Date,Details\n01/02/2020,Visit to [name redacted]\n[/red] unknown,Call\n", encoding="utf-8")
    validate = run_cli("validate", path)
    assert validate.exit_code == 1, validate.output
    assert "[/red] unknown" in validate.stdout
    build = run_cli("build", path, "-o", tmp_path / "out.json")
    assert build.exit_code == 0, build.output
    assert "Police [North]" in build.stdout
