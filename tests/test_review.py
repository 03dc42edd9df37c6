"""Review set-up: review.toml, init and the agency template, ages, period, pseudonyms."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from chron_merge.age import age_stage, describe_age
from chron_merge.config import load_config
from chron_merge.errors import ConfigError
from chron_merge.pseudonymise import find_identifiers, make_replacer, valid_nhs_number
from conftest import build_json, run_cli, write_xlsx

DOB = dt.date(2010, 6, 14)

CONFIG = """
[review]
name = "Child D"
start = 2020-01-01
end = 2020-12-31

[[subject]]
name = "Child D"
role = "child"
dob = 2019-08-03

[agency.POL]
name = "Northshire Police"
files = ["Police*"]
colour = "#1b9e77"

[pseudonyms]
"Kayla Morgan" = "Mother"
"Dr R. Khan" = "GP1"

[glossary]
DSL = "designated safeguarding lead"
"""


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2010, 7, 4), "20 days"), (dt.date(2010, 6, 14), "0 days"), (dt.date(2010, 6, 15), "1 day"),
    (dt.date(2010, 8, 8), "55 days"), (dt.date(2010, 8, 9), "1 month"), (dt.date(2011, 9, 21), "15 months"),
    (dt.date(2012, 6, 13), "23 months"), (dt.date(2012, 6, 14), "2 years"), (dt.date(2013, 8, 20), "3 years 2 months"),
    (dt.date(2010, 2, 15), "unborn, 17 weeks before birth"), (dt.date(2010, 6, 10), "unborn, 4 days before birth"),
])
def test_age_is_written_as_a_review_writes_it(day, expected):
    assert describe_age(day, DOB) == expected


@pytest.mark.parametrize(("day", "stage"), [
    (dt.date(2009, 8, 1), "Before pregnancy"), (dt.date(2009, 10, 1), "Antenatal: first trimester"),
    (dt.date(2010, 1, 10), "Antenatal: second trimester"), (dt.date(2010, 5, 1), "Antenatal: third trimester"),
    (dt.date(2010, 6, 14), "Birth to 6 months"), (dt.date(2011, 1, 1), "6–12 months"),
    (dt.date(2011, 9, 21), "12–18 months"), (dt.date(2016, 1, 1), "5–6 years"), (None, "Date not known"),
])
def test_age_stages(day, stage):
    assert age_stage(day, DOB) == stage


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "review.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "message"), [
    ("[review]\nstrat = 2020-01-01\n", "review.strat: unknown key (did you mean 'start'?)"),
    ("[review]\nstart = \"01/01/2020\"\n", "review.start: '01/01/2020' is not a date; write dates as 2010-06-14 "
                                           "(no quotes)"),
    ("[agency.X]\ncolour = \"green\"\n", "agency.X.colour: 'green' is not a colour; write it as '#1b9e77' (got 'green')"),
    ("[agency.X]\ncolumns = { \"When\" = \"datum\" }\n", "agency.X.columns: 'When' = 'datum': the field must be one of "
                                                          "action, agency, comment, contact_type, date, details, extra, "
                                                          "practitioner, time (got {'When': 'datum'})"),
    ("[review\nname = 1\n", "is not valid TOML"),
    ("[agency.X]\ndates = \"US\"\n", "agency.X.dates: Input should be 'day-first' or 'month-first'"),
])
def test_malformed_review_toml_names_the_key(tmp_path, text, message):
    path = _config(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))


def test_malformed_config_is_exit_2_with_one_line(tmp_path, small_review):
    (small_review / "review.toml").write_text("[review]\nstrat = 2020-01-01\n")
    result = run_cli("build", small_review, "-o", tmp_path / "out.json")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"chron-merge: error: {small_review / 'review.toml'}: review.strat: unknown key (did you mean 'start'?)")


def test_config_is_found_and_used(tmp_path, small_review):
    (small_review / "review.toml").write_text(CONFIG)
    result = run_cli("build", small_review, "-o", "-", "--quiet")
    data = json.loads(result.stdout)
    assert data["review"] == "Child D"
    strategy = next(e for e in data["events"] if e["details"].startswith("Strategy discussion with"))
    assert strategy["age"] == "9 months"
    assert {e["agency"] for e in data["events"]} >= {"Northshire Police"}


def test_config_found_message_names_the_file(tmp_path, small_review):
    (small_review / "review.toml").write_text(CONFIG)
    result = run_cli("build", small_review, "-o", tmp_path / "out.json")
    assert f"chron-merge: using review config {small_review / 'review.toml'}" in result.stderr


def test_review_period_leaves_entries_out_and_lists_them(tmp_path, small_review):
    (small_review / "review.toml").write_text(CONFIG)
    data = json.loads(run_cli("build", small_review, "-o", "-", "--quiet", "--to", "2020-06-30").stdout)
    s = data["summary"]
    assert s["rows_read"] == s["events"] + s["continuations"] + s["duplicates"] + s["blank_rows"] + s["outside_period"]
    outside = [e["details"] for e in data["outside_period"]]
    assert "Child seemed tired in lessons (approximate month)." in outside
    assert all(e["date"] is None or e["date"] <= "2020-06-30" for e in data["events"])
    notes = [p for p in data["problems"] if p["code"] == "outside-period"]
    assert len(notes) == len(outside)
    xlsx = tmp_path / "out.xlsx"
    run_cli("build", small_review, "-o", xlsx, "--quiet", "--to", "30/06/2020")
    book = openpyxl.load_workbook(xlsx)
    assert "Outside review period" in book.sheetnames
    assert list(book["Glossary"].iter_rows(values_only=True)) == [("Abbreviation", "Meaning"),
                                                                  ("DSL", "designated safeguarding lead")]


def test_pseudonymise_replaces_names_in_every_output(tmp_path):
    folder = tmp_path / "r"
    folder.mkdir()
    write_xlsx(folder / "GP.xlsx", {"Chronology": [
        ["Date", "Clinician", "Details"],
        ["04/03/2020", "Dr R. Khan", "Kayla Morgan attended; KAYLA  MORGAN said she was well. Seen by Dr R. Khan."],
        ["05/03/2020", "Dr R. Khan", "Letter to kayla morgan. Kaylamorgan is not a name."],
    ]})
    (folder / "review.toml").write_text(CONFIG)
    outputs = []
    for suffix in ("json", "csv", "xlsx"):
        out = tmp_path / f"out.{suffix}"
        result = run_cli("build", folder, "-o", out, "--pseudonymise")
        assert result.exit_code == 0, result.output
        assert "Kayla" not in result.stdout and "Khan" not in result.stdout
        outputs.append(out)
    data = json.loads(outputs[0].read_text())
    assert data["events"][0]["details"] == "Mother attended; Mother said she was well. Seen by GP1."
    assert data["events"][0]["practitioner"] == "GP1"
    assert data["events"][1]["details"] == "Letter to Mother. Kaylamorgan is not a name."
    assert "Khan" not in outputs[1].read_text(encoding="utf-8-sig")
    with zipfile.ZipFile(outputs[2]) as archive:
        assert not any(b"Khan" in archive.read(n) for n in archive.namelist())


def test_replacer_takes_longest_names_first():
    replace = make_replacer({"John": "Father", "John Smith": "Grandfather"})
    assert replace("John Smith met John.") == "Grandfather met Father."


@pytest.mark.parametrize(("number", "valid"), [("9434765919", True), ("9434765918", False), ("4010232137", True),
                                               ("1111111111", False)])
def test_nhs_number_check_digit(number, valid):
    assert valid_nhs_number(number) is valid


def test_identifier_scan_finds_and_masks():
    found = find_identifiers("NHS no 943 476 5919, lives at B15 2TT, tel 0121 496 0000, jo@example.org, "
                             "DOB 14/06/2010. Log ref 943 476 5918 is not an NHS number.")
    assert [kind for kind, _ in found] == ["NHS number", "postcode", "telephone number", "e-mail address",
                                           "date of birth"]
    assert all("•" in masked for _, masked in found)
    assert not any("5919" in masked for _, masked in found)


def test_identifier_warnings_in_a_pseudonymised_build(tmp_path):
    folder = tmp_path / "r"
    folder.mkdir()
    write_xlsx(folder / "HV.xlsx", {"Chronology": [["Date", "Details"], ["04/03/2020", "Family moved to B15 2TT."]]})
    data = json.loads(run_cli("build", folder, "-o", "-", "--quiet", "--pseudonymise").stdout)
    [problem] = [p for p in data["problems"] if p["code"] == "identifier"]
    assert (problem["file"], problem["row"], problem["level"]) == ("HV.xlsx", 2, "warning")
    assert problem["message"] == "the text holds what looks like a postcode"


def test_init_writes_config_and_template_and_refuses_to_overwrite(tmp_path):
    folder = tmp_path / "review"
    result = run_cli("init", folder, "--name", "Child E")
    assert result.exit_code == 0, result.output
    config = load_config(folder / "review.toml")
    assert config.review.name == "Child E"
    assert config.child is not None and config.child.dob == dt.date(2020, 3, 14)
    again = run_cli("init", folder)
    assert again.exit_code == 2
    assert again.stderr.strip() == (f"chron-merge: error: {folder}: already has review.toml and "
                                    "agency-chronology-template.xlsx; use --force to replace them")
    assert run_cli("init", folder, "--force").exit_code == 0


def test_every_review_toml_key_is_commented(tmp_path):
    run_cli("init", tmp_path)
    lines = (tmp_path / "review.toml").read_text().splitlines()
    for number, line in enumerate(lines):
        if "=" in line and not line.lstrip().startswith("#"):
            before = lines[max(0, number - 12):number + 1]
            assert "#" in line or any(b.lstrip().startswith("#") for b in before), line


def test_blank_template_validates_and_filled_template_reads_without_mapping(tmp_path):
    run_cli("init", tmp_path)
    template = tmp_path / "agency-chronology-template.xlsx"
    assert run_cli("validate", template).exit_code == 0
    book = openpyxl.load_workbook(template)
    sheet = book["Chronology"]
    assert sheet.freeze_panes == "A5"
    assert {dv.type for dv in sheet.data_validations.dataValidation} == {"date", "time", "list"}
    sheet["B2"] = "Northshire Police"
    sheet["A5"] = dt.datetime(2021, 6, 14)
    sheet["B5"] = dt.time(9, 30)
    for col, value in zip("CDEFG", ["PC 12", "Home visit", "Welfare check.", "NFA", "Fine"]):
        sheet[f"{col}5"] = value
    filled = tmp_path / "police.xlsx"
    book.save(filled)
    result = run_cli("validate", filled, "--json")
    data = json.loads(result.stdout)
    sheet_report = next(s for s in data["files"][0]["sheets"] if s["read"])
    assert all(c["how"] == "header" for c in sheet_report["columns"] if c["field"] != "extra")
    assert {c["field"] for c in sheet_report["columns"]} == {"date", "time", "practitioner", "contact_type", "details",
                                                             "action", "comment"}
    event = json.loads(run_cli("build", filled, "-o", "-", "--quiet").stdout)["events"][0]
    assert (event["agency"], event["date"], event["time"], event["details"]) == (
        "Northshire Police", "2021-06-14", "09:30", "Welfare check.")


def test_group_by_age_adds_stage_headings(tmp_path, small_review):
    (small_review / "review.toml").write_text(CONFIG)
    out = tmp_path / "out.xlsx"
    assert run_cli("build", small_review, "-o", out, "--quiet", "--group-by", "age").exit_code == 0
    rows = list(openpyxl.load_workbook(out)["Integrated chronology"].iter_rows(values_only=True))
    headings = [r[1] for r in rows if r[0] is None]
    assert headings == ["6–12 months", "12–18 months", "Date not known"]


def test_group_by_age_needs_a_date_of_birth(tmp_path, small_review):
    result = run_cli("build", small_review, "-o", tmp_path / "o.xlsx", "--group-by", "age")
    assert result.exit_code == 2
    assert "--group-by age needs the child's date of birth" in result.stderr


def test_a_return_the_config_says_is_month_first_is_read_so(tmp_path):
    # A school's safeguarding system set up in the US: "3/14/2024" can only be month-first, and then
    # "4/9/2024" is 9 April. Day-first unless the author says so (held-out r291).
    folder = tmp_path / "returns"
    folder.mkdir()
    (folder / "School export.csv").write_text("Reported,Concern\n3/14/2024 2:30 PM,Prevent referral made.\n"
                                              "4/9/2024 9:00 AM,Channel panel attended.\n", encoding="utf-8")
    undeclared = run_cli("build", folder, "-o", "-", "--quiet")
    data = json.loads(undeclared.stdout)
    assert [e["date"] for e in data["events"]] == ["2024-09-04", None]  # read day-first; the other is an error
    warning = next(p for p in data["problems"] if p["code"] == "month-first")
    assert 'files = ["School export.csv"], dates = "month-first"' in warning["fix"]
    (folder / "review.toml").write_text('[agency."Oakfield School"]\nfiles = ["School export.csv"]\n'
                                        'dates = "month-first"\n', encoding="utf-8")
    data = build_json(folder)
    assert [(e["agency"], e["date"], e["time"], e["date_text"]) for e in data["events"]] == [
        ("Oakfield School", "2024-03-14", "14:30", "3/14/2024 2:30 PM"),
        ("Oakfield School", "2024-04-09", "09:00", "4/9/2024 9:00 AM")]
    note = next(p for p in data["problems"] if p["code"] == "month-first-config")
    assert "the 2 dates in 'Reported' written in numbers are read so ('3/14/2024 2:30 PM' as 14 March 2024)" in note[
        "message"]
    assert not [p for p in data["problems"] if p["code"] in ("invalid-date", "month-first")]
