"""Building the integrated chronology: nothing lost, duplicates listed, order, stable ids."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from chron_merge.build import BuildOptions, build_chronology
from chron_merge.merge import chronological_order
from chron_merge.model import Event, Precision, Source
from chron_merge.read import read_all
from conftest import build_json, run_cli, write_csv, write_xlsx


def _event(agency: str, day: dt.date | None, details: str, time: str | None = None, row: int = 2,
           precision: Precision = Precision.DAY) -> Event:
    return Event(agency=agency, date=day, date_precision=precision if day else None, time=time, details=details,
                 date_text=day.isoformat() if day else "unknown",
                 source=Source(file=f"{agency}.xlsx", sheet="S", row=row, rows=[row]))


def test_order_is_date_time_untimed_first_agency_row_and_undated_last():
    events = [
        _event("B", None, "undated", row=9),
        _event("B", dt.date(2020, 1, 2), "timed late", "15:00", row=3),
        _event("A", dt.date(2020, 1, 2), "timed early", "09:00", row=4),
        _event("B", dt.date(2020, 1, 2), "untimed B", row=5),
        _event("A", dt.date(2020, 1, 2), "untimed A row 7", row=7),
        _event("A", dt.date(2020, 1, 2), "untimed A row 6", row=6),
        _event("C", dt.date(2020, 1, 1), "month only", precision=Precision.MONTH),
    ]
    ordered = [events[i].details for i in chronological_order(events, [])]
    assert ordered == ["month only", "untimed A row 6", "untimed A row 7", "untimed B", "timed early", "timed late",
                       "undated"]


def test_linked_records_on_one_day_sit_together():
    events = [
        _event("A", dt.date(2020, 1, 2), "A at nine", "09:00"),
        _event("B", dt.date(2020, 1, 2), "B at ten", "10:00"),
        _event("C", dt.date(2020, 1, 2), "C at eleven, same event as A", "11:00"),
    ]
    ordered = [events[i].details for i in chronological_order(events, [[0, 2]])]
    assert ordered == ["A at nine", "C at eleven, same event as A", "B at ten"]


def test_reconciliation_duplicates_and_problems(small_review):
    data = build_json(small_review)
    s = data["summary"]
    assert s["rows_read"] == s["events"] + s["continuations"] + s["duplicates"] + s["blank_rows"]
    assert (s["rows_read"], s["events"], s["duplicates"], s["continuations"]) == (13, 11, 1, 1)
    [dup] = data["duplicates"]
    assert (dup["file"], dup["row"]) == ("CSC_return_final.xlsx", 6)
    kept = next(e for e in data["events"] if e["id"] == dup["duplicate_of"])
    assert kept["source"]["row"] == 5
    invalid = [p for p in data["problems"] if p["code"] == "invalid-date"]
    assert [(p["file"], p["row"], p["value"]) for p in invalid] == [("CSC_return_final.xlsx", 7, "31/06/2020")]
    undated = [e for e in data["events"] if e["date"] is None]
    assert [e["details"] for e in undated] == ["Call to mother about the plan."]
    assert data["events"][-1]["date"] is None


def test_every_source_row_appears_once(small_review):
    data = build_json(small_review)
    seen = [(e["source"]["file"], r) for e in data["events"] for r in e["source"]["rows"]]
    seen += [(d["file"], d["row"]) for d in data["duplicates"]]
    assert len(seen) == len(set(seen)) == data["summary"]["rows_read"] - data["summary"]["blank_rows"]


def test_partial_dates_are_shown_as_written(small_review):
    data = build_json(small_review)
    sept = next(e for e in data["events"] if e["date_text"] == "Sept 2020")
    assert (sept["date"], sept["date_precision"]) == ("2020-09-01", "month")


def test_same_input_same_json_and_file_order_does_not_matter(small_review):
    files = sorted(small_review.iterdir())
    first = run_cli("build", *files, "-o", "-", "--quiet").stdout
    again = run_cli("build", *files, "-o", "-", "--quiet").stdout
    reversed_order = run_cli("build", *reversed(files), "-o", "-", "--quiet").stdout
    assert first == again == reversed_order
    ids = [e["id"] for e in json.loads(first)["events"]]
    assert len(ids) == len(set(ids))


def test_ids_survive_rows_inserted_above(tmp_path):
    first = write_xlsx(tmp_path / "GP v1.xlsx", {
        "Chronology": [["Date", "Details"], ["01/02/2020", "Consultation."], ["05/02/2020", "Letter received."]]})
    second = write_xlsx(tmp_path / "GP v2.xlsx", {
        "Chronology": [["Date", "Details"], ["01/01/2020", "New first entry."], ["01/02/2020", "Consultation."],
                       ["05/02/2020", "Letter received."]]})
    ids_first = {e["details"]: e["id"] for e in build_json(first)["events"]}
    ids_second = {e["details"]: e["id"] for e in build_json(second)["events"]}
    assert ids_first["Consultation."] == ids_second["Consultation."]
    assert ids_first["Letter received."] == ids_second["Letter received."]


def test_build_in_core_without_the_cli(small_review):
    result = build_chronology(read_all([small_review]))
    assert result.summary.reconciles()
    assert {a.agency for a in result.agencies} == {"Northshire Police", "CSC", "school"}


def test_a_duplicate_with_a_continuation_row_is_counted_once(tmp_path):
    # Found by the property test: the duplicate's continuation row was counted as a continuation and a duplicate.
    path = write_csv(tmp_path / "GP.csv", ["Date,Details", "01/02/2020,Home visit.", ",Mother seen.",
                                          "01/02/2020,Home visit.", ",Mother seen."])
    s = build_json(path)["summary"]
    assert (s["rows_read"], s["events"], s["continuations"], s["duplicates"]) == (4, 1, 1, 2)
    assert s["rows_read"] == s["events"] + s["continuations"] + s["duplicates"] + s["blank_rows"]


def test_every_problem_says_what_to_do(tmp_path):
    path = write_csv(tmp_path / "HV.csv", [
        "Date,Time,Details", "2019,,", "01/02/2020,c. 09:00,Home visit.", ",,Mother seen.", "01/02/2020,c. 09:00,Home visit.",
        ",,Mother seen.", "June 2020,,Clinic.", "? 03/07/2020,14:00-15:00,Group.", "w/c 06/07/2020,,Calls.",
        "since 01/08/2020,,Weekly calls.", "unknown,,Letter.", "31/06/2020,,Visit.", "Date,Time,Details",
        "END OF CHRONOLOGY"])
    problems = build_json(path)["problems"]
    assert {p["code"] for p in problems} >= {"section-heading", "approximate-time", "continuation", "exact-duplicate",
                                             "partial-date", "approximate-date", "time-span", "week-date", "period",
                                             "missing-date", "invalid-date", "repeated-header", "footer"}
    assert [p for p in problems if not p["fix"]] == []


def test_two_returns_of_one_agency_are_pointed_out(tmp_path):
    old = write_csv(tmp_path / "HV v1.csv", ["Date,Details", "01/02/2020,Home visit.", "05/02/2020,Call."])
    new = write_csv(tmp_path / "HV v2 FINAL.csv", ["Date,Details", "01/02/2020,Home visit.", "05/02/2020,Call.",
                                                   "07/02/2020,Clinic."])
    other = write_csv(tmp_path / "GP.csv", ["Date,Details", "03/02/2020,Seen."])
    data = build_json(old, new, other)
    warnings = [(p["file"], p["message"]) for p in data["problems"] if p["code"] == "same-agency"]
    assert warnings == [("HV v2 FINAL.csv", "'HV v2 FINAL.csv' and 'HV v1.csv' are both returns of HV")]
    assert data["summary"]["duplicates"] == 2  # the older entries are not put in twice either


def test_an_addendum_is_the_same_agencys_return_and_its_repeated_entries_are_duplicates(tmp_path):
    # Held-out r369: probation's addendum repeats the chronology's last entries before adding more;
    # read as another agency ("Probation addendum"), each repeat was linked to its original.
    first = write_csv(tmp_path / "Probation chronology.csv", ["Date,Details", "09/10/2023,Supervision: compliant.",
                                                              "08/11/2023,Final warning issued for breach."])
    addendum = write_csv(tmp_path / "Probation chronology addendum.csv", [
        "Date,Details", "08/11/2023,Final warning issued for breach.", "05/12/2023,Left the AP overnight: recall."])
    data = build_json(first, addendum)
    assert data["summary"]["agencies"] == {"Probation": 3}
    assert data["summary"]["duplicates"] == 1
    assert [e["link_group"] for e in data["events"]] == [None, None, None]
    # the return's entry is kept, the addendum's repeat of it listed (whichever order they were given in)
    for order in ((first, addendum), (addendum, first)):
        assert [(d["file"], d["row"]) for d in build_json(*order)["duplicates"]] == [
            ("Probation chronology addendum.csv", 2)]


def test_one_agency_written_in_several_ways_is_one_agency(tmp_path):
    # A combined sheet's Agency column: the spelling used most names the agency (the first met on a tie).
    path = write_csv(tmp_path / "combined.csv", [
        "Date,Agency,Details", "01/02/2020,police,Domestic incident at home.", "02/02/2020,Police,Follow-up visit.",
        "03/02/2020,POLICE,Arrest of father.", "04/02/2020,Police,Bail check.", "05/02/2020,Health Visiting,Clinic."])
    data = build_json(path)
    assert data["summary"]["agencies"] == {"Health Visiting": 1, "Police": 4}
    # and the file's name, which no entry took as its agency, has no line of its own
    assert [(line["agency"], line["rows_read"]) for line in data["agencies"]] == [("Health Visiting", 1), ("Police", 4)]


def test_an_agency_written_as_its_initials_in_the_same_return_is_that_agency(tmp_path):
    # A collated return mixes "WMP" and "West Midlands Police": one agency, said so, under its name.
    # Initials with no one name to match ("CSC" and two names of those initials) stay as written.
    path = write_csv(tmp_path / "collated.csv", [
        "Date,Agency,Details", "01/03/2023,West Midlands Police,Domestic incident; father arrested.",
        "01/03/2023,WMP,Custody: father interviewed and bailed.", "02/03/2023,Children's Social Care,PPN received.",
        "02/03/2023,County Safety Commission,Letter.", "02/03/2023,CSC,Strategy discussion.",
        "03/03/2023,HV,Home visit."])
    data = build_json(path)
    assert data["summary"]["agencies"] == {"CSC": 1, "Children's Social Care": 1, "County Safety Commission": 1,
                                           "HV": 1, "West Midlands Police": 2}
    assert [(p["row"], p["value"]) for p in data["problems"] if p["code"] == "agency-initials"] == [(3, "WMP")]
    # the two police entries are one agency's, so never linked to each other
    assert all(e["link_group"] is None for e in data["events"] if e["agency"] == "West Midlands Police")


def test_an_agency_written_as_the_last_words_of_a_name_in_the_same_return_is_that_agency(tmp_path):
    # A collated return mixes "Police" and "West Midlands Police": one agency, said so, under its name.
    # "Health" with two names ending so stays as written.
    path = write_csv(tmp_path / "collated.csv", [
        "Date,Agency,Details", "01/03/2023,West Midlands Police,Domestic incident; father arrested.",
        "01/03/2023,police,Custody: father interviewed and bailed.", "02/03/2023,Children's Social Care,PPN received.",
        "02/03/2023,Social Care,Strategy discussion.", "03/03/2023,Northshire Health,Home visit.",
        "03/03/2023,Mental Health,Assessment.", "04/03/2023,Health,Letter."])
    data = build_json(path)
    assert data["summary"]["agencies"] == {"Children's Social Care": 2, "Health": 1, "Mental Health": 1,
                                           "Northshire Health": 1, "West Midlands Police": 2}
    assert sorted((p["row"], p["value"]) for p in data["problems"] if p["code"] == "agency-short-name") == [
        (3, "police"), (5, "Social Care")]


def test_the_last_build_lying_in_the_folder_of_returns_is_left_out(small_review):
    # Authors write integrated.xlsx beside the returns and build again: it must not be read as a return.
    first = run_cli("build", small_review, "-o", small_review / "integrated.xlsx", "--quiet")
    assert first.exit_code == 0, first.output
    run_cli("build", small_review, "-o", small_review / "integrated.csv", "--quiet")
    run_cli("build", small_review, "-o", small_review / "integrated.json", "--quiet")
    again = build_json(small_review)
    before = build_json(*[p for p in small_review.iterdir() if not p.name.startswith("integrated")])
    assert again["summary"]["events"] == before["summary"]["events"]
    assert sorted(p["file"] for p in again["problems"] if p["code"] == "own-output") == [
        "integrated.csv", "integrated.json", "integrated.xlsx"]
    # Building again over the last build is allowed: it is not one of the returns.
    assert run_cli("build", small_review, "-o", small_review / "integrated.xlsx", "--quiet").exit_code == 0


def test_an_agency_written_with_a_zero_width_space_is_the_same_agency(tmp_path):
    path = write_csv(tmp_path / "combined.csv", ["Date,Agency,Details", "03/02/2020,Police,Visit.",
                                                 "04/02/2020,Police\u200b,Call.", "05/02/2020,GP,Seen.",
                                                 "06/02/2020,Police.,Letter."])
    data = build_json(path)
    assert sorted(data["summary"]["agencies"]) == ["GP", "Police"]


def test_returns_filed_in_a_folder_per_agency_are_named_by_it_and_told_apart(tmp_path):
    # Each agency's return in its own folder, all called "Return.xlsx": the folder names the agency,
    # and every message names the file with its folder.
    sheets = {"Sheet1": [["Date", "Details"], ["04/04/2022", "Home visit."], ["31/02/2022", "A day that is not."]]}
    for folder in ("03 Health Visiting", "Education", "Downloads"):
        (tmp_path / folder).mkdir()
        write_xlsx(tmp_path / folder / "Return.xlsx", sheets)
    data = build_json(*(tmp_path / folder for folder in ("03 Health Visiting", "Education", "Downloads")))
    files = {f["file"]: f["sheets"][0] for f in data["files"]}
    assert set(files) == {"03 Health Visiting/Return.xlsx", "Education/Return.xlsx", "Downloads/Return.xlsx"}
    assert (files["03 Health Visiting/Return.xlsx"]["agency"], files["Education/Return.xlsx"]["agency_from"]) == (
        "Health Visiting", "folder name")
    assert files["Downloads/Return.xlsx"]["agency_from"] == "file name"  # "Downloads" names no agency
    assert {(e["agency"], e["source"]["file"]) for e in data["events"]} == {
        ("Health Visiting", "03 Health Visiting/Return.xlsx"), ("Education", "Education/Return.xlsx"),
        ("Return", "Downloads/Return.xlsx")}
    bad_dates = sorted(p["file"] for p in data["problems"] if p["row"] == 3)
    assert bad_dates == ["03 Health Visiting/Return.xlsx", "Downloads/Return.xlsx", "Education/Return.xlsx"]
    unnamed = [p["file"] for p in data["problems"] if p["code"] == "agency-unnamed"]
    assert unnamed == ["Downloads/Return.xlsx"]
    # A file whose name names its agency keeps it, whatever its folder.
    write_xlsx(tmp_path / "Education" / "Police chronology.xlsx", sheets)
    assert {e["agency"] for e in build_json(tmp_path / "Education")["events"]} == {"Education", "Police"}


def test_an_entry_dated_after_today_is_kept_and_warned_of(tmp_path):
    # A chronology records what has happened: '02/03/2032' is a mistyped year, kept as written.
    path = write_csv(tmp_path / "Police.csv", ["Date,Details", "01/03/2022,Call from school.", "02/03/2032,Home visit."])
    result = build_chronology(read_all([path]), BuildOptions(today=dt.date(2026, 11, 27)))
    assert [e.date for e in result.events] == [dt.date(2022, 3, 1), dt.date(2032, 3, 2)]
    [warning] = [p for p in result.problems if p.code == "future-date"]
    assert (warning.file, warning.row, warning.level.value, warning.value) == ("Police.csv", 3, "warning", "02/03/2032")
    assert "after today (27/11/2026)" in warning.message
    later = build_chronology(read_all([path]), BuildOptions(today=dt.date(2032, 3, 2)))
    assert not [p for p in later.problems if p.code == "future-date"]


def test_validate_warns_of_an_entry_dated_after_today_and_counts_it(tmp_path):
    from chron_merge.validate import validate_returns

    path = write_csv(tmp_path / "Police.csv", ["Date,Details", "01/03/2022,Call from school.", "02/03/2032,Home visit."])
    result = validate_returns([path], today=dt.date(2026, 11, 27))
    assert [(p.code, p.row) for p in result.problems] == [("future-date", 3)]
    assert result.files[0].warnings == 1
    assert not validate_returns([path], today=dt.date(2032, 3, 2)).problems


def _police_and_social_care(tmp_path, status: str, first_line: str = "") -> tuple[Path, Path]:
    """Social care's call about a domestic incident, the police's record of it, and a strategy
    discussion both recorded (a pair that links whatever the status says)."""
    police = write_csv(tmp_path / "Police.csv", [
        "Date,Details", "12/03/2024,Domestic incident at the home address: mother assaulted by partner.",
        "14/03/2024,Strategy discussion with social care and health."])
    social_care = write_csv(tmp_path / "Social care.csv", [
        "Date,Details,Status", "10/03/2024,Home visit: mother and Jade seen.,Complete",
        f"13/03/2024,{first_line}Call from police re domestic incident last night at the home address.,{status}",
        "14/03/2024,Strategy discussion with police and health.,Complete"])
    return police, social_care


@pytest.mark.parametrize(("status", "first_line", "said"), [
    ("Entered in error", "", "Status: Entered in error"),
    ("Complete", "ENTERED IN ERROR - wrong child. ", "ENTERED IN ERROR"),
    ("Complete", "Wrong client - recorded in error: ", "Wrong client - recorded in error"),
])
def test_an_entry_marked_entered_in_error_is_kept_and_warned_of_but_never_linked(tmp_path, status, first_line, said):
    # A case system exports a record made on the wrong file with its status: it is the agency's to
    # take out, but it is no record of a real event, so linking it would invent corroboration.
    data = build_json(*_police_and_social_care(tmp_path, status, first_line))
    def starting(text: str) -> list[dict]:
        return [e for e in data["events"] if e["details"].startswith(text)]

    assert len(data["events"]) == 5  # kept
    assert starting(f"{first_line}Call from police")[0]["link_group"] is None
    assert starting("Domestic incident")[0]["link_group"] is None
    # the records after it are still linked to each other (positions are not shifted by leaving it out)
    strategy = starting("Strategy")
    assert strategy[0]["link_group"] == strategy[1]["link_group"] is not None
    assert {n["agency"] for e in strategy for n in e["also_recorded_by"]} == {"Police", "Social care"}
    warned = [(p["file"], p["row"], p["level"], p["value"]) for p in data["problems"] if p["code"] == "entered-in-error"]
    assert warned == [("Social care.csv", 3, "warning", said)]
    # and validate says so too
    result = run_cli("validate", tmp_path / "Social care.csv", "--json")
    assert [p["row"] for p in json.loads(result.output)["problems"] if p["code"] == "entered-in-error"] == [3]


def test_the_same_call_with_no_mark_of_error_is_linked(tmp_path):
    # (what the test above leaves out is linked when nothing marks it)
    data = build_json(*_police_and_social_care(tmp_path, "Complete"))
    call = next(e for e in data["events"] if e["details"].startswith("Call from police"))
    assert call["link_group"] is not None
    assert not [p for p in data["problems"] if p["code"] == "entered-in-error"]


@pytest.mark.parametrize("text", ["Call made in error by mum (pocket dial); no concerns.",
                                  "999 call (made in error) - child playing with the phone.",
                                  "Mum said the referral was entered in error by the school."])
def test_a_call_made_in_error_is_a_real_contact_not_a_record_in_error(tmp_path, text):
    path = write_csv(tmp_path / "Police.csv", ["Date,Details", f'12/03/2024,"{text}"'])
    assert not [p for p in build_json(path)["problems"] if p["code"] == "entered-in-error"]
