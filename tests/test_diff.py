"""diff: statuses on constructed version pairs, renderers with colour off, exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from chron_merge.diff import diff_paths, word_diff
from conftest import docx_table, run_cli, write_csv, write_docx, write_xlsx

HEADER = ["Date", "Time", "Worker", "Details"]
BASE = [
    ["01/02/2020", "09:00", "SW", "Referral received from school about bruising."],
    ["03/02/2020", None, "SW", "Strategy discussion with police and health."],
    ["05/02/2020", "14:00", "SW", "Home visit; child seen alone."],
    ["10/02/2020", None, "TM", "Case discussed in supervision."],
]


def _pair(tmp_path: Path, old_rows, new_rows, name="CSC chronology.xlsx") -> tuple[Path, Path]:
    (tmp_path / "old").mkdir(exist_ok=True)
    (tmp_path / "new").mkdir(exist_ok=True)
    old = write_xlsx(tmp_path / "old" / name, {"Chronology": [HEADER, *old_rows]})
    new = write_xlsx(tmp_path / "new" / name, {"Chronology": [HEADER, *new_rows]})
    return old, new


def _statuses(result) -> list[tuple[str, str]]:
    return [(i.status, (i.new or i.old).details) for i in result.items if i.status != "unchanged"]


def test_a_file_against_itself_has_no_differences(tmp_path):
    old, _ = _pair(tmp_path, BASE, BASE)
    result = run_cli("diff", old, old, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["summary"] | {"agencies": None} == {"added": 0, "removed": 0, "changed": 0, "unchanged": 4,
                                                   "agencies": None}
    assert data["items"] == []


def test_edited_entry_is_changed_with_a_word_diff(tmp_path):
    edited = [row[:] for row in BASE]
    edited[2][3] = "Home visit; child seen alone and bedroom checked."
    result = diff_paths(*_pair(tmp_path, BASE, edited))
    [item] = [i for i in result.items if i.status == "changed"]
    assert item.changes == {"details": ["Home visit; child seen alone.", "Home visit; child seen alone and bedroom checked."]}
    # (the full stop is a token of its own: the words before it were added, nothing was deleted)
    assert [(w.op, w.text, w.space_before) for w in item.words["details"]] == [
        ("equal", "Home visit; child seen alone", False), ("insert", "and bedroom checked", True), ("equal", ".", False)]
    assert (result.summary.changed, result.summary.unchanged) == (1, 3)


def test_corrected_date_is_a_change_not_removed_and_added(tmp_path):
    corrected = [row[:] for row in BASE]
    corrected[1][0] = "04/02/2020"
    result = diff_paths(*_pair(tmp_path, BASE, corrected))
    [item] = [i for i in result.items if i.status == "changed"]
    assert item.changes == {"date": ["2020-02-03", "2020-02-04"]}
    assert (result.summary.added, result.summary.removed) == (0, 0)


def test_an_entry_rewritten_in_other_words_at_its_date_and_time_is_changed(tmp_path):
    rewritten = [row[:] for row in BASE]
    rewritten[2][3] = "Unannounced HV - C spoken to on own in bedroom."  # 05/02/2020 14:00, few words kept
    rewritten[1][3] = "S47 agreed by phone."  # untimed: another entry of that day, for all it says
    result = diff_paths(*_pair(tmp_path, BASE, rewritten))
    assert sorted(_statuses(result)) == [
        ("added", "S47 agreed by phone."), ("changed", "Unannounced HV - C spoken to on own in bedroom."),
        ("removed", "Strategy discussion with police and health.")]
    # Two entries at one date and time on each side: which became which is not known, so none is paired.
    both = [*BASE, ["05/02/2020", "14:00", "SW", "Call to school."]]
    rewritten_both = [*rewritten, ["05/02/2020", "14:00", "SW", "Rang the designated safeguarding lead at Oak Primary."]]
    statuses = [status for status, _ in _statuses(diff_paths(*_pair(tmp_path, both, rewritten_both)))]
    assert statuses.count("changed") == 0 and statuses.count("added") == 3


def test_a_mistyped_year_corrected_is_still_a_change(tmp_path):
    corrected = [row[:] for row in BASE]
    corrected[3][0] = "10/02/2021"
    result = diff_paths(*_pair(tmp_path, BASE, corrected))
    assert _statuses(result) == [("changed", "Case discussed in supervision.")]


def test_insertion_in_the_middle_is_one_addition(tmp_path):
    inserted = BASE[:2] + [["04/02/2020", None, "SW", "Telephone call to GP for health history."]] + BASE[2:]
    result = diff_paths(*_pair(tmp_path, BASE, inserted))
    assert _statuses(result) == [("added", "Telephone call to GP for health history.")]
    assert result.summary.unchanged == 4


def test_reordering_rows_is_not_a_change(tmp_path):
    result = diff_paths(*_pair(tmp_path, BASE, list(reversed(BASE))))
    assert not result.summary.differs()


def test_a_date_retyped_in_another_format_is_not_a_change(tmp_path):
    retyped = [row[:] for row in BASE]
    retyped[0][0] = dt.datetime(2020, 2, 1)
    retyped[1][0] = "3 Feb 2020"
    result = diff_paths(*_pair(tmp_path, BASE, retyped))
    assert not result.summary.differs()


def test_duplicate_entries_on_both_sides_pair_off(tmp_path):
    old_rows = BASE + [BASE[2]]
    new_rows = BASE + [BASE[2], BASE[2]]
    result = diff_paths(*_pair(tmp_path, old_rows, new_rows))
    assert _statuses(result) == [("added", "Home visit; child seen alone.")]
    assert result.summary.unchanged == 5


def test_a_column_renamed_between_versions_is_compared_as_one_column(tmp_path):
    # The draft's "Outcome" is read as the action; the final's "Upshot" is kept under its header.
    rows = [[*row, outcome] for row, outcome in zip(BASE, ["Visit today", "S47 agreed", "No concerns", "Close"])]
    old = write_xlsx(tmp_path / "draft.xlsx", {"Chronology": [[*HEADER, "Outcome"], *rows]})
    edited = [row[:] for row in rows]
    edited[3][4] = "Close the case"
    new = write_xlsx(tmp_path / "final.xlsx", {"Chronology": [[*HEADER, "Upshot"], *edited]})
    result = diff_paths(old, new)
    assert result.notes == ["'Upshot' in final.xlsx holds what 'action / outcome' held in draft.xlsx: compared as one column"]
    [item] = [i for i in result.items if i.status == "changed"]
    assert item.changes == {"action": ["Close", "Close the case"]}
    assert (result.summary.changed, result.summary.unchanged) == (1, 3)
    shown = run_cli("diff", old, new, "--no-colour")
    assert "Note: 'Upshot' in final.xlsx holds what 'action / outcome' held in draft.xlsx" in shown.stdout


def test_columns_that_swapped_places_in_a_return_with_no_header_are_compared_by_their_values(tmp_path):
    # With no header, columns are named by letter: the worker and the outcome swapped letters.
    rows = [("01/02/2020", "Referral received from school about bruising.", "SW Khan", "Strategy discussion"),
            ("03/02/2020", "Strategy discussion with police and health.", "SW Khan", "S47 agreed"),
            ("05/02/2020", "Home visit; child seen alone and spoken to.", "SW Lee", "No concerns")]
    old = write_csv(tmp_path / "draft.csv", [",".join(r) for r in rows])
    new = write_csv(tmp_path / "final.csv", [",".join((d, t, outcome, worker)) for d, t, worker, outcome in rows])
    result = diff_paths(old, new)
    assert (result.summary.changed, result.summary.unchanged) == (0, 3)
    assert len(result.notes) == 2


def test_a_renamed_column_never_overwrites_a_column_the_other_version_keeps(tmp_path):
    # The final keeps an Outcome column of new text beside "Upshot", which holds the draft's outcomes.
    outcomes = ["Visit today", "S47 agreed", "No concerns", "Close"]
    old = write_xlsx(tmp_path / "draft.xlsx", {"Chronology": [[*HEADER, "Outcome"],
                                                               *[[*r, o] for r, o in zip(BASE, outcomes)]]})
    new = write_xlsx(tmp_path / "final.xlsx", {"Chronology": [[*HEADER, "Outcome", "Upshot"],
                                                               *[[*r, f"Reviewed {n}", o] for n, (r, o) in
                                                                 enumerate(zip(BASE, outcomes))]]})
    result = diff_paths(old, new)
    assert result.notes == ["the column 'Upshot' is new in final.xlsx: its values show as added to the 4 entries "
                            "that have one"]  # (and not taken for the draft's Outcome)
    assert [i.new.action for i in result.items] == [f"Reviewed {n}" for n in range(4)]  # nothing overwritten


def test_columns_with_other_values_or_two_event_fields_are_not_merged(tmp_path):
    old_rows = [[*row, f"Ref {n}"] for n, row in enumerate(BASE)]
    new_rows = [[*row, f"Note {n}"] for n, row in enumerate(BASE)]
    old = write_xlsx(tmp_path / "draft.xlsx", {"Chronology": [[*HEADER, "Ref"], *old_rows]})
    new = write_xlsx(tmp_path / "final.xlsx", {"Chronology": [[*HEADER, "Other"], *new_rows]})
    assert diff_paths(old, new).notes == [
        "the column 'Ref' is in draft.xlsx but not in final.xlsx: its values show as removed from the 4 entries that "
        "had one", "the column 'Other' is new in final.xlsx: its values show as added to the 4 entries that have one"]
    same = [[*row, "Agreed"] for row in BASE]
    old = write_xlsx(tmp_path / "draft2.xlsx", {"Chronology": [[*HEADER, "Outcome"], *same]})
    new = write_xlsx(tmp_path / "final2.xlsx", {"Chronology": [[*HEADER, "Comments"], *same]})
    assert not any("compared as one column" in note for note in diff_paths(old, new).notes)  # two fields stay two


def test_a_column_dropped_from_the_final_is_named_once_as_the_reason_entries_changed(tmp_path):
    old = write_xlsx(tmp_path / "draft.xlsx", {"Chronology": [HEADER, *BASE]})
    new = write_xlsx(tmp_path / "final.xlsx", {"Chronology": [[h for h in HEADER if h != "Worker"],
                                                               *[[c for i, c in enumerate(r) if i != 2] for r in BASE]]})
    result = diff_paths(old, new)
    assert result.notes == ["the practitioner column is in draft.xlsx but not in final.xlsx: its values show as "
                            "removed from the 4 entries that had one"]
    assert result.summary.changed == 4
    assert "Note: the practitioner column is in draft.xlsx" in run_cli("diff", old, new, "--no-color").stdout


def test_removed_entry(tmp_path):
    result = diff_paths(*_pair(tmp_path, BASE, BASE[:3]))
    assert _statuses(result) == [("removed", "Case discussed in supervision.")]


def test_a_word_draft_against_an_excel_final_and_an_entry_of_several_lines_indented(tmp_path):
    draft = write_docx(tmp_path / "CSC chronology draft.docx",
                       docx_table([HEADER, *BASE, ["12/02/2020", None, "SW", "Visit.\n\nMother not at home."]]))
    final = write_xlsx(tmp_path / "CSC chronology final.xlsx", {"Chronology": [HEADER, *BASE]})
    assert _statuses(diff_paths(draft, final)) == [("removed", "Visit.\nMother not at home.")]
    result = run_cli("diff", draft, final)
    assert result.exit_code == 1
    assert "    Visit.\n    Mother not at home.\n" in result.stdout


def test_versions_named_differently_count_as_one_agency(tmp_path):
    old = write_xlsx(tmp_path / "Childrens Social Care return v2 FINAL.xlsx", {"Chronology": [HEADER, *BASE]})
    new = write_xlsx(tmp_path / "CSC v3.xlsx", {"Chronology": [HEADER, *BASE[:3]]})
    result = diff_paths(old, new)
    assert _statuses(result) == [("removed", "Case discussed in supervision.")]
    assert {name: (c.removed, c.unchanged) for name, c in result.summary.agencies.items()} == {"CSC": (1, 3)}


def test_whitespace_and_case_are_changes_unless_ignored(tmp_path):
    changed = [row[:] for row in BASE]
    changed[2][3] = "Home  visit;   CHILD seen alone."
    old, new = _pair(tmp_path, BASE, changed)
    assert run_cli("diff", old, new).exit_code == 1
    assert run_cli("diff", old, new, "-w").exit_code == 1
    assert run_cli("diff", old, new, "-w", "-i").exit_code == 0


def test_text_output_with_colour_off_golden(tmp_path):
    edited = [row[:] for row in BASE]
    edited[2][3] = "Home visit; child seen with sibling."
    edited[1][0] = "04/02/2020"
    edited.append(["12/02/2020", None, "SW", "Letter to parents."])
    del edited[0]
    old, new = _pair(tmp_path, BASE, edited)
    result = run_cli("diff", old, new, "--no-color")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[1:] == [
        "1 added · 1 removed · 2 changed · 1 unchanged",
        "",
        "- removed   01/02/2020 09:00  CSC  (Chronology row 2)",
        "    Referral received from school about bruising.",
        "",
        "~ changed   04/02/2020  CSC  (Chronology row 3 → Chronology row 2)",
        "    date: 03/02/2020 → 04/02/2020",
        "",
        "~ changed   05/02/2020 14:00  CSC  (Chronology row 4 → Chronology row 3)",
        "    details: Home visit; child seen [-alone-] {+with sibling+}.",
        "",
        "+ added     12/02/2020  CSC  (Chronology row 5)",
        "    Letter to parents.",
    ]


def test_markdown_output_golden(tmp_path):
    edited = [row[:] for row in BASE]
    edited[2][3] = "Home visit; child seen with sibling."
    old, new = _pair(tmp_path, BASE, edited)
    result = run_cli("diff", old, new, "--format", "md")
    lines = result.stdout.splitlines()
    assert lines[2:6] == ["| Agency | Added | Removed | Changed | Unchanged |", "|---|---:|---:|---:|---:|",
                          "| CSC | 0 | 0 | 1 | 3 |", "| **All** | **0** | **0** | **1** | **3** |"]
    assert lines[-2:] == ["- **05/02/2020 14:00 · CSC** (Chronology row 4)",
                          "  - details: Home visit; child seen ~~alone~~ **with sibling**."]


def test_xlsx_output_has_one_row_per_change(tmp_path):
    edited = [row[:] for row in BASE]
    edited[2][3] = "Home visit; child seen with sibling."
    old, new = _pair(tmp_path, BASE, edited)
    out = tmp_path / "changes.xlsx"
    assert run_cli("diff", old, new, "--format", "xlsx", "-o", out).exit_code == 1
    rows = list(openpyxl.load_workbook(out)["Changes"].iter_rows(values_only=True))
    assert rows[0] == ("Status", "Date", "Agency", "Field", "Old", "New", "Old source", "New source")
    assert rows[1][:6] == ("changed", "05/02/2020 14:00", "CSC", "details", "Home visit; child seen alone.",
                           "Home visit; child seen with sibling.")


def test_only_and_all_filter_the_list_not_the_counts(tmp_path):
    edited = BASE[:3] + [["12/02/2020", None, "SW", "Letter to parents."]]
    old, new = _pair(tmp_path, BASE, edited)
    data = json.loads(run_cli("diff", old, new, "--format", "json", "--only", "added").stdout)
    assert [i["status"] for i in data["items"]] == ["added"]
    assert (data["summary"]["added"], data["summary"]["removed"]) == (1, 1)
    everything = json.loads(run_cli("diff", old, new, "--format", "json", "--all").stdout)
    assert sorted(i["status"] for i in everything["items"]) == ["added", "removed", "unchanged", "unchanged",
                                                                  "unchanged"]


def test_unknown_only_status_is_a_usage_error(tmp_path):
    old, new = _pair(tmp_path, BASE, BASE)
    result = run_cli("diff", old, new, "--only", "moved")
    assert result.exit_code == 2
    assert "chron-merge: error: --only: unknown status moved; use added, removed, changed" in result.stderr


def test_folders_pair_returns_by_agency_and_report_new_returns(tmp_path):
    old, new = _pair(tmp_path, BASE, BASE)
    write_csv(tmp_path / "new" / "school.csv", ["Date,Details", "01/02/2020,Attendance concern raised."])
    result = diff_paths(old.parent, new.parent)
    assert result.returns_added == ["school.csv"]
    assert _statuses(result) == [("added", "Attendance concern raised.")]


@pytest.mark.parametrize("suffix", ["json", "xlsx", "csv"])
def test_two_integrated_chronologies_are_matched_by_id(tmp_path, small_review, suffix):
    first = tmp_path / f"v1.{suffix}"
    assert run_cli("build", small_review, "-o", first, "--quiet").exit_code == 0
    police = small_review / "Police chronology.xlsx"
    book = openpyxl.load_workbook(police)
    book["Chronology"]["C7"].value = "Home visit: welfare check, child seen and well; home tidy."
    book.save(police)
    second = tmp_path / f"v2.{suffix}"
    assert run_cli("build", small_review, "-o", second, "--quiet").exit_code == 0
    result = diff_paths(first, second)
    assert _statuses(result) == [("changed", "Home visit: welfare check, child seen and well; home tidy.")]
    assert result.summary.unchanged == 10
    same = diff_paths(second, second)
    assert not same.summary.differs()


def test_word_diff_keeps_punctuation_apart_from_the_words_changed():
    ops = word_diff("CIN meeting held with HV and DSL; plan reviewed.",
                    "CIN meeting held with HV, DSL and GP; plan reviewed (child seen alone).")
    assert [(o.op, o.text, o.space_before) for o in ops] == [
        ("equal", "CIN meeting held with HV", False), ("insert", ", DSL", False), ("equal", "and", True),
        ("delete", "DSL", True), ("insert", "GP", True), ("equal", "; plan reviewed", False),
        ("insert", "(child seen alone)", True), ("equal", ".", False)]


def test_words_put_in_place_of_words_deleted_at_the_start_stand_apart():
    ops = word_diff("Later phoned school.", "Phoned school.")
    assert [(o.op, o.text, o.space_before) for o in ops] == [
        ("delete", "Later phoned", False), ("insert", "Phoned", True), ("equal", "school.", True)]


def test_word_diff_marks_only_what_changed():
    ops = word_diff("Police notification reportedly - mother asked initially father to leave.",
                    "Police notification received - mother asked father to leave.")
    assert [(o.op, o.text) for o in ops] == [
        ("equal", "Police notification"), ("delete", "reportedly"), ("insert", "received"),
        ("equal", "- mother asked"), ("delete", "initially"), ("equal", "father to leave.")]


def test_diff_can_pseudonymise_its_output(tmp_path):
    named = [row[:] for row in BASE]
    named[2][3] = "Home visit; Kayla Morgan seen alone."
    old, new = _pair(tmp_path, BASE, named)
    (tmp_path / "review.toml").write_text('[pseudonyms]\n"Kayla Morgan" = "Mother"\n')
    result = run_cli("diff", old, new, "--format", "md", "--pseudonymise", "--config", tmp_path / "review.toml")
    assert "Kayla" not in result.stdout
    assert "**Mother**" in result.stdout
