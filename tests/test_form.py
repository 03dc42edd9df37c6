"""Returns laid out as a form: a block of "Label: value" rows for each entry (see read.form)."""

from __future__ import annotations

import datetime as dt

import pytest

from chron_merge.errors import UnreadableReturnError
from chron_merge.read import read_return
from chron_merge.read.form import unfold_form
from chron_merge.read.grid import Grid
from conftest import build_json, docx_paragraph, docx_table, write_docx

D = dt.datetime


def test_a_workbook_of_label_and_value_blocks_is_read_one_entry_per_block(make_xlsx):
    # Case notes copied from a case system as they print: the label in one cell, the value beside it,
    # the details going on in the row below, a blank row between notes.
    path = make_xlsx("Family Centre.xlsx", {"Contacts": [
        ["Record of contacts"],
        [],
        ["Date:", D(2022, 3, 1)], ["Type:", "Phone"], ["Worker:", "J Smith"],
        ["Details:", "Mum rang upset, no food in the house."], [None, "Food bank voucher given."],
        [],
        ["Date:", "08/03/2022"], ["Type:", "Home visit"], ["Worker:", "J Smith"],
        ["Details:", "Children seen, the house cold."],
        [],
        ["Date:", "15/03/2022"], ["Worker:", "A Khan"], ["Details:", "Mum attended the parenting group."],
    ]})
    read = read_return(path)
    assert [(e.date, e.contact_type, e.practitioner, e.details, e.source.rows) for e in read.events] == [
        (dt.date(2022, 3, 1), "Phone", "J Smith", "Mum rang upset, no food in the house.\nFood bank voucher given.",
         [3, 4, 5, 6, 7]),
        (dt.date(2022, 3, 8), "Home visit", "J Smith", "Children seen, the house cold.", [9, 10, 11, 12]),
        (dt.date(2022, 3, 15), None, "A Khan", "Mum attended the parenting group.", [14, 15, 16])]
    # Every row is counted: each block's rows are its entry's, the rows between blocks blank.
    sheet = read.report.sheets[0]
    assert (sheet.rows_read, sheet.events, sheet.continuations, sheet.blank_rows) == (14, 3, 9, 2)
    # The labels are no columns of the sheet: no letters to look for.
    assert {(c.column, c.header, c.field) for c in sheet.columns} >= {("label", "Date", "date"),
                                                                      ("label", "Type", "contact_type")}
    note = next(p for p in read.problems if p.code == "form-layout")
    assert "3 blocks" in note.message and "'Date', 'Type', 'Worker', 'Details'" in note.message


def test_a_word_document_of_label_and_value_paragraphs_is_read_one_entry_per_block(tmp_path):
    # As a case system prints its notes: a heading over each ("Case Note 1 of 2"), the note's
    # text in the paragraphs below its label. (Word's empty paragraphs are no rows.)
    paragraphs = [docx_paragraph("Ashdown Family Centre")]
    for number, (day, kind, text) in enumerate((("01/03/2022", "Phone", "Mum rang upset.\nVoucher given."),
                                                ("08/03/2022", "Visit", "Children seen.")), start=1):
        paragraphs += [docx_paragraph(f"Case Note {number} of 2"), docx_paragraph(f"Date of contact: {day}"),
                       docx_paragraph(f"Contact type: {kind}"), docx_paragraph("Case note:"),
                       *map(docx_paragraph, text.split("\n")), docx_paragraph("")]
    data = build_json(write_docx(tmp_path / "Family Centre.docx", *paragraphs))
    assert [(e["date"], e["contact_type"], e["details"], e["source"]["rows"]) for e in data["events"]] == [
        ("2022-03-01", "Phone", "Mum rang upset.\nVoucher given.", [3, 4, 5, 6, 7]),
        ("2022-03-08", "Visit", "Children seen.", [9, 10, 11, 12])]
    summary = data["summary"]
    assert (summary["rows_read"], summary["continuations"], summary["blank_rows"]) == (10, 7, 1)  # row 8: a heading
    note = next(p for p in data["problems"] if p["code"] == "form-layout")
    assert "('Case Note 2 of 2' …) is its heading, skipped" in note["message"]


def test_a_form_whose_text_label_names_no_field_is_read_by_its_values_length(tmp_path):
    # A GP system's print: "Consultation:" names no field, but it holds each entry's text (held-out r283).
    paragraphs = [docx_paragraph("Extract from GP record")]
    for day, who, text in (("03/07/2023", "Dr Evans", "Cough for 3 days, chest clear. Bruise left cheek, referred."),
                           ("10/07/2023", "Admin", "Letter from paediatrics: CP medical done, skeletal survey normal.")):
        paragraphs += [docx_paragraph(""), docx_paragraph(f"Date: {day}"), docx_paragraph(f"Clinician: {who}"),
                       docx_paragraph(f"Consultation: {text}")]
    data = build_json(write_docx(tmp_path / "GP.docx", *paragraphs))
    assert [(e["date"], e["practitioner"], e["details"][:20], e["source"]["rows"]) for e in data["events"]] == [
        ("2023-07-03", "Dr Evans", "Cough for 3 days, ch", [2, 3, 4]),
        ("2023-07-10", "Admin", "Letter from paediatr", [5, 6, 7])]


@pytest.mark.parametrize("rows", [
    # Notes with a colon here and there, no label met again: no form.
    [["Notes on the family"], ["Summary: the family moved in 2021."], ["Concerns: attendance, housing."]],
    # Labels met again, but none names a date: no form either.
    [["Name:", "A"], ["Role:", "SW"], [], ["Name:", "B"], ["Role:", "HV"]],
    # A cover sheet signed twice: dates again, but no entries' text.
    [["Agency:", "Northshire Police"], ["Completed by:", "DS A Reid"], ["Date:", "01/02/2023"],
     ["Authorised by:", "DI B Moore"], ["Date:", "03/02/2023"]],
    # Signed twice, with a role named at length: still no entries' text (the values are short).
    [["Completed by:", "DS A Reid"], ["Role:", "Public protection unit"], ["Date:", "01/02/2023"],
     ["Completed by:", "DI B Moore"], ["Role:", "Detective inspector"], ["Date:", "03/02/2023"]],
])
def test_a_sheet_that_is_no_form_is_not_read_as_one(rows):
    grid = Grid(file="Notes.xlsx", sheet="Notes", rows=rows, row_numbers=list(range(1, len(rows) + 1)))
    assert unfold_form(grid) is None


def test_a_sheet_of_notes_is_still_reported_as_having_no_chronology(make_xlsx):
    with pytest.raises(UnreadableReturnError):
        read_return(make_xlsx("Notes.xlsx", {"Notes": [["Notes on the family"], ["Summary: moved in 2021."],
                                                       ["Concerns: attendance, housing."]]}))


def test_a_line_of_a_note_starting_with_words_and_a_colon_is_text_not_a_label(tmp_path):
    # "Willow House rang: …" is met once, in one note: the note's text, not a field of its own.
    paragraphs = []
    for day, text in (("23/01/2024", "Willow House rang: Tyler overdosed last night."), ("24/01/2024", "Visited Tyler.")):
        paragraphs += [docx_paragraph(f"Case Note Date: {day}"), docx_paragraph("Worker: PA"),
                       docx_paragraph("Note:"), docx_paragraph(text)]
    data = build_json(write_docx(tmp_path / "Leaving Care.docx", *paragraphs))
    assert [(e["date"], e["details"]) for e in data["events"]] == [
        ("2024-01-23", "Willow House rang: Tyler overdosed last night."), ("2024-01-24", "Visited Tyler.")]
    assert "labels 'Case Note Date', 'Worker', 'Note')" in next(
        p["message"] for p in data["problems"] if p["code"] == "form-layout")


def test_a_folder_of_returns_reads_word_documents_laid_out_as_a_form_or_a_daily_log(tmp_path):
    write_docx(tmp_path / "Leaving Care.docx", *[docx_paragraph(line) for line in (
        "Case Note Date: 23/01/2024", "Note: Phone call with Tyler.", "Case Note Date: 24/01/2024", "Note: Visited.")])
    write_docx(tmp_path / "Willow House.docx", docx_table([
        ["Time", "Log entry"], ["Monday 22 January 2024", ""], ["23:50", "Found unresponsive; 999 called."]]))
    data = build_json(tmp_path)
    assert sorted((e["agency"], e["date"]) for e in data["events"]) == [
        ("Leaving Care", "2024-01-23"), ("Leaving Care", "2024-01-24"), ("Willow House", "2024-01-22")]
    assert not [p for p in data["problems"] if p["code"] == "not-a-return"]


def test_a_note_exported_into_one_cell_a_line_per_label_is_one_entry(make_xlsx):
    read = read_return(make_xlsx("Family Centre.xlsx", {"Notes": [
        ["Case notes"],
        ["Date: 01/03/2022 10:00\nType: Home visit\nNote: Children seen, house cold.\nFood voucher given."],
        ["Date: 08/03/2022\nType: Phone call\nNote: School reports attendance 82%."]]}))
    assert [(e.date, e.time, e.contact_type, e.details, e.source.rows) for e in read.events] == [
        (dt.date(2022, 3, 1), "10:00", "Home visit", "Children seen, house cold.\nFood voucher given.", [2]),
        (dt.date(2022, 3, 8), None, "Phone call", "School reports attendance 82%.", [3])]
    sheet = read.report.sheets[0]
    assert (sheet.rows_read, sheet.events, sheet.continuations) == (2, 2, 0)


def test_two_notes_in_one_cell_are_not_read_as_a_form_that_would_lose_one():
    # Each entry must have rows of its own: two blocks in one cell would make one row two entries.
    rows = [["Notes"], ["Date: 01/03/2022\nNote: Home visit.\nDate: 02/03/2022\nNote: Phone call."],
            ["Date: 08/03/2022\nNote: Letter sent."]]
    grid = Grid(file="Notes.xlsx", sheet="Notes", rows=rows, row_numbers=[1, 2, 3])
    assert unfold_form(grid) is None
