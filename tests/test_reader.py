"""Reading returns as they really arrive: layouts, headers, encodings, continuation rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from chron_merge.errors import UnreadableReturnError
from chron_merge.model import Level
from chron_merge.read import read_all, read_return
from chron_merge.read.agency import agency_from_filename
from chron_merge.read.grid import parse_sheets
from chron_merge.read.headers import field_scores
from conftest import Formula


def _fields(read):
    sheet = next(s for s in read.report.sheets if s.read)
    return {c.header: (c.field, c.how) for c in sheet.columns}


def test_header_below_title_rows_and_merged_title(make_xlsx):
    path = make_xlsx("WMP chronology v3.xlsx", {"Chronology": [
        ["West Midlands Police - Public Protection Unit"], [],
        ["Date/Time", "Log ref", "Officer", "Summary", "Action taken"],
        ["20/09/2010 22:15", "DI/10/5521", "PC 1187", "Call from mother.", "No referral"],
    ]}, merged={"Chronology": ["A1:E1"]})
    read = read_return(path)
    sheet = read.report.sheets[0]
    assert sheet.header_row == 3
    assert _fields(read) == {"Date/Time": ("date", "header"), "Log ref": ("extra", "kept"),
                             "Officer": ("practitioner", "header"), "Summary": ("details", "header"),
                             "Action taken": ("action", "header")}
    event = read.events[0]
    assert (event.date, event.time, event.agency) == (dt.date(2010, 9, 20), "22:15", "WMP")
    assert event.extra == {"Log ref": "DI/10/5521"}
    assert event.source.row == 4


def test_row_numbers_are_the_ones_excel_shows_when_data_starts_at_c5(make_xlsx):
    path = make_xlsx("offset.xlsx", {"Sheet1": [
        ["Date", "Details"],
        ["01/02/2020", "First entry"],
        [None, None],
        ["03/02/2020", "Second entry"],
    ]}, start_row=5, start_col=3)
    read = read_return(path)
    assert [e.source.row for e in read.events] == [6, 8]
    assert read.report.sheets[0].header_row == 5
    assert read.blank_rows == 1


@pytest.mark.parametrize(("header", "field"), [
    ("Occurrence date", "date"), ("Entry date", "date"), ("Date of event", "date"), ("Date or period of event", "date"),
    ("Narrative", "details"), ("Description of involvement", "details"), ("Details of incident", "details"),
    ("What happened", "details"), ("Type of contact", "contact_type"), ("Agency response", "action"),
    ("IMR author comment", "comment"), ("Practitioner / role", "practitioner"), ("Time of call", "time"),
    ("Organisation", "agency"), ("Date of birth", None), ("Log ref", None),
    # Welsh, and bilingual as many returns in Wales are
    ("Dyddiad", "date"), ("Dyddiad / Date", "date"), ("Amser", "time"), ("Asiantaeth", "agency"),
    ("Manylion y cyswllt", "details"), ("Math o gyswllt", "contact_type"), ("Canlyniad / Outcome", "action"),
    ("Sylwadau", "comment"), ("Ymarferydd", "practitioner"),
    # who did it; where the information came from is not a person; an age or a duration is no time of day
    ("Contact by", "practitioner"), ("Visit made by", "practitioner"), ("Name and role of professional", "practitioner"),
    ("Source of information (e.g. case file)", None), ("Information source", None), ("Source", "practitioner"),
    ("Age of child at time", None), ("Time spent (mins)", None),
    # what follows a dash or a colon explains the header
    ("Agency analysis – what does this tell us about the child's lived experience?", "comment"),
    ("Outcome: what happened next", "action"), ("Date - DD/MM/YYYY", "date"),
    # an online form's questions (held-out r417)
    ("What happened?", "details"), ("What did you do?", "action"), ("What did staff do?", "action"),
    # a case system's workflow step is the kind of contact; the next step is the action
    ("Step", "contact_type"), ("Next step", "action"), ("Steps taken", "action"),
    # exports of case-record systems: a plural in -ies, a police officer in charge, an ED's reason for attending
    ("Categories", "contact_type"), ("OIC", "practitioner"), ("Officer in charge", "practitioner"),
    ("Presenting complaint", "details"), ("Reason for referral", "details"), ("Author", "practitioner"),
    ("DateTime", "date"), ("Timestamp", "date"),
    # the head noun before a closing participle; a note by the review's author is analysis
    ("Decision made", "action"), ("Issues identified", "comment"), ("Staff involved", "practitioner"),
    ("Reviewer note", "comment"), ("Author's notes", "comment"), ("Case note", "details"),
    ("Impact on child", "comment"), ("Practice issues", "comment"), ("Good practice/concerns", "comment"),
    ("Presenting issues", "details"), ("Job title", "practitioner"), ("Who recorded", "practitioner"),
    ("HCP", "practitioner"), ("Form of contact", "contact_type"),
    # the people an entry is about are not its worker; what the agency did is the action
    ("Involved Person Role", None), ("Victim", None), ("What did the agency do", "action"),
    ("Offender manager", "practitioner"), ("Victim liaison officer", "practitioner"),
    ("Practitioner details", "practitioner"), ("When it happened", "date"),
    ("Person recording", "practitioner"), ("Why is this significant", "comment"),
    # a case system's field names, words run together, and shorthand
    ("ContactDate", "date"), ("EventDetails", "details"), ("PractitionerName", "practitioner"),
    ("OutcomeAction", "action"), ("Entry Dt", "date"), ("Desc", "details"),
    # a hospital's outpatients name the clinic: the kind of contact
    ("Clinic", "contact_type"), ("Specialty", "contact_type"),
    # the other agencies an entry names are not the one that recorded it (a MARAC's minutes)
    ("Agencies present", None), ("Other agencies involved", None), ("Attendees", None), ("Agencies", "agency"),
    ("Partner agency", "agency"),
    # who referred the person is another agency, not the one that recorded the entry (a foodbank's log, r476)
    ("Referring agency", None), ("Referrer", None), ("Referred by", None),
    ("Source of referral", None), ("Referral source", None), ("Source", "practitioner"),  # (adult social care's, r493)
    # a past participle and "on" names a date (held-out r481)
    ("Occurred on", "date"), ("Seen on", "date"), ("Entered on", "date"), ("Decision based on", None),
    # examples in brackets say what to write, not what the column is
    ("Source of information (e.g. case note, letter)", None), ("Details (e.g. who was seen)", "details"),
    ("Narrative [for example what was said]", "details"), ("Source of information", None),
    ("Disposition", "action"),  # an emergency department's: discharged, admitted, referred
    # where in a hospital ("ED", "Ward 7"), as the kind of contact; not a lane's "Emergency Department"
    ("Ward/Dept", "contact_type"), ("Dept", "contact_type"), ("Emergency Department", None),
    # the view then, not a time of day (held-out r445); a time at a place is one
    ("Professional's analysis at the time", "comment"), ("Time at scene", "time"),
])
def test_headers_are_matched_by_meaning(header, field):
    scores = field_scores(header)
    best = max(scores, key=scores.get)
    assert (best if scores[best] >= 4 else None) == field


def test_date_and_time_headers_over_each_others_columns_are_read_by_what_the_columns_hold(make_xlsx):
    path = make_xlsx("csc.xlsx", {"Log": [
        ["Date", "Time", "Details"], ["14:35", "01/03/2023", "Home visit"], ["09:10", "02/03/2023", "Phone call"],
        ["16:00", "03/03/2023", "Meeting"]]})
    read = read_return(path)
    assert [(e.date, e.time) for e in read.events] == [
        (dt.date(2023, 3, 1), "14:35"), (dt.date(2023, 3, 2), "09:10"), (dt.date(2023, 3, 3), "16:00")]
    assert [p.message for p in read.problems] == ["'Date' holds times and 'Time' dates: each is read as what it holds"]
    # A Date column with a few unreadable dates is still the date column.
    kept = read_return(make_xlsx("gp.xlsx", {"Log": [
        ["Date", "Time", "Details"], ["01/03/2023", "14:35", "Visit"], ["TBC", "09:10", "Call"]]}))
    assert [e.time for e in kept.events] == ["14:35", "09:10"]


def test_a_column_of_entries_per_service_reads_each_entry_as_its_services(make_xlsx):
    # "Date | Midwifery | Health Visiting | Emergency Department": each entry written in the column
    # of whoever made it (before: no details, the text kept aside, a warning on each entry).
    path = make_xlsx("Trust.xlsx", {"Chronology": [
        ["Health trust chronology"], ["Date", "Midwifery", "Health Visiting", "Emergency Department"],
        ["05/01/2023", "Booking appointment at 12 weeks.", None, None],
        ["02/03/2023", None, "Antenatal contact by the HV.", None],
        ["09/04/2023", None, None, "Attended with abdominal pain, discharged."],
        [None, None, None, "Advised to see GP."]]})
    read = read_return(path)
    assert [(e.agency, e.details, e.source.rows) for e in read.events] == [
        ("Trust – Midwifery", "Booking appointment at 12 weeks.", [3]),
        ("Trust – Health Visiting", "Antenatal contact by the HV.", [4]),
        ("Trust – Emergency Department", "Attended with abdominal pain, discharged. Advised to see GP.", [5, 6])]
    assert [p.code for p in read.problems] == ["column-mapping", "continuation"]
    assert [c.field for c in read.report.sheets[0].columns] == ["date", *["details + agency"] * 3]
    # A column per family member says whom the entry is about; the agency stays the return's.
    family = read_return(make_xlsx("GP.xlsx", {"GP": [
        ["Date", "Mother", "Child"], ["05/01/2023", "Low mood, sertraline started.", None],
        ["02/03/2023", None, "Cough, viral illness."], ["09/04/2023", "Review: mood improving.", None]]}))
    assert [(e.agency, e.details, e.extra) for e in family.events] == [
        ("GP", "Low mood, sertraline started.", {"Section": "Mother"}),
        ("GP", "Cough, viral illness.", {"Section": "Child"}),
        ("GP", "Review: mood improving.", {"Section": "Mother"})]
    assert [c.field for c in family.report.sheets[0].columns] == ["date", "details + section", "details + section"]
    # Two columns of text that both hold most entries' text are no such layout.
    table = read_return(make_xlsx("CSC.xlsx", {"Log": [
        ["Date", "What happened", "What we did"], ["05/01/2023", "Home visit to mother.", "Plan reviewed with her."],
        ["02/03/2023", "Call from school about attendance.", "Letter sent to parents."],
        ["09/04/2023", "Strategy discussion held.", "Section 47 enquiry started."]]}))
    assert [e.agency for e in table.events] == ["CSC"] * 3 and table.events[0].action == "Plan reviewed with her."
    # A multi-agency template, a column per agency, in a file named for what it is: each column is an agency.
    template = read_return(make_xlsx("Multi-agency chronology.xlsx", {"Chronology": [
        ["Date", "Children's Social Care", "Police"], ["08/01/2024", "Referral from midwife re DA.", None],
        ["19/01/2024", None, "Strategy discussion re unborn baby."], ["19/01/2024", "Strategy discussion held.", None]]}))
    assert [e.agency for e in template.events] == ["Children's Social Care", "Police", "Children's Social Care"]
    assert "agency-unnamed" not in [p.code for p in template.problems]
    # Columns for the times of a day are no services: a care home's "AM | PM" log stays one agency's.
    shifts = read_return(make_xlsx("Home.xlsx", {"Log": [
        ["Date", "AM", "PM"], ["05/01/2023", "Ate breakfast, settled morning.", None],
        ["06/01/2023", None, "Visit from daughter, upset after."], ["07/01/2023", "Refused personal care.", None]]}))
    assert [(e.agency, e.details, e.extra) for e in shifts.events] == [
        ("Home", "Ate breakfast, settled morning.", {"Section": "AM"}),
        ("Home", "Visit from daughter, upset after.", {"Section": "PM"}),
        ("Home", "Refused personal care.", {"Section": "AM"})]


def test_a_one_entry_return_under_a_header_of_unseen_words_keeps_its_header(make_xlsx):
    path = make_xlsx("Paediatrics.xlsx", {"Clinic": [
        ["Appointment", "Clinic", "Outcome"],
        [dt.datetime(2023, 6, 13), "Developmental", "Ruby was not brought. Second WNB. Letter to GP and HV."]]})
    read = read_return(path)
    assert read.report.sheets[0].header_row == 1
    assert [(e.date, e.details, e.contact_type) for e in read.events] == [
        (dt.date(2023, 6, 13), "Ruby was not brought. Second WNB. Letter to GP and HV.", "Developmental")]
    assert "no-header" not in [p.code for p in read.problems]


def test_a_key_beside_the_table_is_no_part_of_any_entry(make_xlsx):
    # A partnership template's key of abbreviations to the right of the table, one row of it on a
    # row of its own (before: an entry with no date and no text, and the key in the entries' extra).
    path = make_xlsx("Health.xlsx", {"Chronology": [
        ["Date", "Details", "Outcome", None, "Key", None],
        [None, None, None, None, None, "DNA = did not attend"],
        ["07/11/2022", "Targeted home visit.", "Refer to EH", None, None, "HV = health visitor"],
        ["08/11/2022", "Referral to early help hub.", "Accepted", None, None, "TAF = team around the family"]]})
    read = read_return(path)
    assert [(e.details, e.extra) for e in read.events] == [("Targeted home visit.", {}), ("Referral to early help hub.", {})]
    assert [(p.row, p.message) for p in read.problems] == [
        (None, "'Key' and the 1 column beside it hold a key of abbreviations beside the table: not read as part of any "
               "entry")]
    assert read.blank_rows == 1
    assert [c.field for c in read.report.sheets[0].columns][-2:] == ["key (not read)", "key (not read)"]


def test_unseen_headers_are_inferred_from_content(make_xlsx):
    path = make_xlsx("unknown.xlsx", {"Log": [
        ["When it was", "Ref", "Who", "What we did and why"],
        [dt.date(2021, 1, 4), "A1", "JB", "Visited the family at home to talk about the plan for school."],
        [dt.date(2021, 1, 11), "A2", "JB", "Telephoned mother; she said the children were well and at school."],
        [dt.date(2021, 1, 18), "A3", "KT", "Attended the Child in Need meeting at the school with the family."],
    ]})
    read = read_return(path)
    assert _fields(read) == {"When it was": ("date", "content"), "Ref": ("extra", "kept"),
                             "Who": ("practitioner", "header"), "What we did and why": ("details", "content")}
    assert read.events[2].details.startswith("Attended the Child in Need meeting")
    assert (read.events[0].practitioner, read.events[0].extra) == ("JB", {"Ref": "A1"})


def test_agency_from_a_cell_above_the_header(make_xlsx):
    path = make_xlsx("return.xlsx", {"Chronology": [
        ["Serious Case Review: Child R"], ["Agency: Northshire Police"], [],
        ["Date", "Details"], ["01/02/2020", "Entry"],
    ]})
    read = read_return(path)
    assert read.events[0].agency == "Northshire Police"
    assert read.report.sheets[0].agency_from == "'Agency:' cell above the header"


@pytest.mark.parametrize("label", ["Name of agency: Northshire Police", "Agency completing this chronology: Northshire Police",
                                   "Submitting agency - Northshire Police", "Agency/Organisation: Northshire Police"])
def test_agency_from_a_cell_above_the_header_in_other_words(make_xlsx, label):
    path = make_xlsx("return.xlsx", {"Chronology": [
        ["Other agencies involved: CSC, Health"], [label], [], ["Date", "Details"], ["01/02/2020", "Entry"]]})
    assert read_return(path).events[0].agency == "Northshire Police"


def test_agency_from_the_workbooks_cover_sheet(make_xlsx):
    # A cover sheet names the agency; the chronology is a sheet a year, in a file named for what it is.
    cover = [["Child Safeguarding Practice Review - Child T"], [], ["Agency:", "Northshire Police"],
             ["Author:", "DS Jones"], ["Date completed:", "05/01/2023"]]
    year = [["Date", "Information"], ["01/03/2021", "Domestic incident at the home address."]]
    read = read_return(make_xlsx("Chronology return v3 FINAL.xlsx", {"Cover": cover, "2021": year, "2022": year}))
    assert {e.agency for e in read.events} == {"Northshire Police"}
    assert read.report.sheets[1].agency_from == "'Agency:' cell on sheet 'Cover'"
    assert not [p for p in read.problems if p.code == "agency-unnamed"]
    # A label on the chronology sheet itself still wins; a table's "Agency" header on another sheet names none.
    own = [["Agency: Northshire CSC"], *year]
    assert read_return(make_xlsx("Chronology.xlsx", {"Cover": cover, "2021": own})).events[0].agency == "Northshire CSC"
    lookup = [["Agency", "Contact", "Phone"], ["Police", "DS Jones", "0121"]]
    read = read_return(make_xlsx("Chronology.xlsx", {"Contacts": lookup, "2021": year}))
    assert read.events[0].agency != "Contact" and read.report.sheets[1].agency_from != "'Agency:' cell on sheet 'Contacts'"
    # … nor does a two-column table's: a collated workbook's summary of entries by agency, a sheet each.
    summary = [["Agency", "Entries"], ["Police", 1], ["Health", 1]]
    read = read_return(make_xlsx("Integrated chronology draft.xlsx", {"Summary": summary, "Police": year,
                                                                      "Health": year}))
    assert [e.agency for e in read.events] == ["Police", "Health"]


def test_agency_from_the_page_header_printed_on_each_page(make_xlsx):
    # "Chronology (2).xlsx", the police named only in the header Excel prints at the top of each page
    # (held-out r438), with its codes: a font, the page number. A title in the sheet still wins.
    year = [["Date", "Details"], ["30/03/2024", "Concern for welfare: attended with ambulance."]]
    path = make_xlsx("Chronology (2).xlsx", {"Sheet1": year})
    book = openpyxl.load_workbook(path)
    book["Sheet1"].oddHeader.center.text = "Westshire Police - OFFICIAL SENSITIVE"
    book["Sheet1"].oddHeader.center.font = "Arial,Bold"
    book["Sheet1"].oddFooter.right.text = "Page &P of &N"
    book.save(path)
    read = read_return(path)
    assert read.events[0].agency == "Westshire Police" and read.report.sheets[0].agency_from == "page header"
    assert not [p for p in read.problems if p.code == "agency-unnamed"]
    book["Sheet1"].insert_rows(1)
    book["Sheet1"]["A1"] = "Chronology of involvement: Westshire Fire and Rescue Service"
    book.save(path)
    assert read_return(path).events[0].agency == "Westshire Fire and Rescue Service"


def test_agency_column_varies_by_row(make_xlsx):
    path = make_xlsx("combined.xlsx", {"Chronology": [
        ["Date", "Agency", "Details"],
        ["01/02/2020", "Police", "Police entry"],
        ["02/02/2020", "", "No agency written"],
        ["03/02/2020", "GP", "GP entry"],
    ]})
    read = read_return(path)
    # (the blank cell: of the agency above it, with a note, since nothing else names an agency; see
    # test_an_agency_column_naming_each_agency_once_above_its_entries)
    assert [e.agency for e in read.events] == ["Police", "Police", "GP"]
    assert [p.code for p in read.problems] == ["agency-from-above"]


@pytest.mark.parametrize(("name", "agency"), [
    ("GP_IMR_chronology.xlsx", "GP"), ("RWT chronology v3.xlsx", "RWT"), ("wmas_chronology.csv", "WMAS"),
    ("Childrens Centres chronology.xlsx", "Childrens Centres"), ("CSC_chronology_final.xlsx", "CSC"),
    ("Housing return DRAFT 2024-01-05.xlsx", "Housing"),
    ("Gwent Police CPR chronology.xlsx", "Gwent Police"), ("Education timeline v2.xlsx", "Education"),
    ("Copy of GP chronology.xlsx", "GP"), ("Chronology - Sandwell HV - FINAL v3 (redacted).xlsx", "Sandwell HV"),
    ("CSPR Child A - Police Chronology.xlsx", "Police"), ("SCR Baby T - CAMHS - updated 12.5.21.xlsx", "CAMHS"),
    ("Child D LCSPR chronology template - Education.xlsx", "Education"),
    ("Child Health chronology.xlsx", "Child Health"), ("Police export 2021.csv", "Police"),
    # the case-record system a return was exported from is not the agency
    ("Oakfield Primary - CPOMS export.csv", "Oakfield Primary"), ("Mosaic extract - CSC.xlsx", "CSC"),
    # (a trust's electronic patient record, youth justice's system; a school's list of concerns)
    ("CAMHS ePR.csv", "CAMHS"), ("YJS ChildView export.xlsx", "YJS"), ("St Anne's Primary - concerns.csv", "St Anne's Primary"),
    ("Medway Council.xlsx", "Medway Council"),  # (a place that a record system is also named after)
    # a service called a return home interview is no return
    ("Return home interviews.csv", "Return home interviews"),
    ("GP SystmOne.xlsx", "GP"), ("Storm and Niche police.xlsx", "police"),
    ("Health and Social Care.xlsx", "Health and Social Care"),
    ("Chronology template_Health Visiting_completed.xlsx", "Health Visiting"), ("DHR 2021-03 Probation.xlsx", "Probation"),
    ("LSCP chronology - Oakfield Primary School.xlsx", "Oakfield Primary School"),
    ("Northshire Council CSC chronology v1.2 (tracked).xlsx", "Northshire Council CSC"),
    ("Police chronology (2).xlsx", "Police"), ("Chronology (1).xlsx", "Chronology (1)"),
    ("Complete Care Ltd.xlsx", "Complete Care Ltd"),
    # a date joined on by "_", a review's reference, an adult subject, a suffix from the file's old format
    ("20230401_GP_Chronology_redacted.xlsx", "GP"), ("LSCP Review 23-01 Education.xlsx", "Education"),
    ("Adult Social Care - SAR Mr B - final draft.xlsx", "Adult Social Care"), ("Probation - DHR Ms J.xlsx", "Probation"),
    ("Health chronology v2.docx.xlsx", "Health"), ("Misc Health.xlsx", "Misc Health"),
    # a service named for the ages it serves keeps its hyphen; a year period is no part of the name
    ("0-19 Health Visiting Service.csv", "0-19 Health Visiting Service"), ("Police 2019-20.xlsx", "Police"),
    ("CSC_chronology-2019-20.xlsx", "CSC"),
    # what the file holds: case notes, clinical notes, results
    ("Westford YJS case notes.xlsx", "Westford YJS"), ("Health Visiting clinical notes v2.xlsx", "Health Visiting"),
    ("Youth Court results.csv", "Youth Court"), ("GP notes.xlsx", "GP"), ("LADO log.xlsx", "LADO"),
    ("Homecare Plus visit log.csv", "Homecare Plus"), ("Westford Police incident logs.xlsx", "Westford Police"),
    ("Health Visit log.xlsx", "Health Visit"),
    # "approved" says what the file is, but for services named by it
    ("Police chronology approved.xlsx", "Police"), ("Approved Premises log.csv", "Approved Premises"),
    ("Approved Mental Health Professional Service.csv", "Approved Mental Health Professional Service"),
    # one of a return's several files, and a file's checking, are no part of the agency's name
    ("CSC chronology part 1.xlsx", "CSC"), ("CSC chronology (1 of 2).xlsx", "CSC"), ("Housing pt 2.xlsx", "Housing"),
    ("GP_IMR_chronology_FINAL_v3_checked.xlsx", "GP"), ("Section 47 team chronology.xlsx", "Section 47 team"),
    # an addendum to a return is the same agency's (held-out r369: its repeated entries are duplicates)
    ("Probation chronology addendum.csv", "Probation"), ("Police - supplementary entries.xlsx", "Police"),
    ("GP additional entries.xlsx", "GP"), ("Additional Needs Service.xlsx", "Additional Needs Service"),
    # "agency" as part of what the agency is, not of what the file is
    ("Care agency.xlsx", "Care agency"), ("Fostering Agency return.xlsx", "Fostering Agency"),
    ("Agency return - Police.xlsx", "Police"),
    # the kind of review spelt out, and the file's place among the report's appendices
    ("LA Adult Social Care - Safeguarding Adults Review - Mr X.xlsx", "LA Adult Social Care"),
    ("Child Safeguarding Practice Review - Education.xlsx", "Education"), ("Appendix 2 - GP chronology.xlsx", "GP"),
    ("Annex B Police.xlsx", "Police"), ("Safeguarding Adults Team.xlsx", "Safeguarding Adults Team"),
    # after an organisation's name and a dash, what the file holds (held-out r412, r417); but a service
    ("Police - missing episodes.xlsx", "Police"),
    ("Brightside Supported Housing - incident reports.csv", "Brightside Supported Housing"),
    ("Bwrdd Iechyd Hywel Dda - Health Visiting.xlsx", "Bwrdd Iechyd Hywel Dda Health Visiting"),
    ("Mental Health Trust - Oak Ward.xlsx", "Mental Health Trust Oak Ward"),
    # as files arrive (held-out r445): the subject joined to its letter, a draft's number, the subject's
    # initial before a dash, "records"; not a name that starts with "Child", nor a service's initials before a dash
    ("ChildJ_UHW_ED_Paeds.csv", "UHW ED Paeds"),
    ("Child J chronology - HV (Westshire Community Health) draft 3.xlsx", "HV (Westshire Community Health)"),
    ("J - GP records extract (Oakwood Medical Practice).xlsx", "GP (Oakwood Medical Practice)"),
    ("Police records.xlsx", "Police"), ("Childs Farm Nursery.xlsx", "Childs Farm Nursery"),
    ("GP - Riverside Surgery.txt", "GP Riverside Surgery"),
])
def test_agency_from_the_file_name(name, agency, tmp_path):
    assert agency_from_filename(tmp_path / name) == agency


def test_several_chronology_sheets_are_qualified_by_sheet_name_and_notes_sheets_skipped(make_xlsx):
    path = make_xlsx("RWT chronology.xlsx", {
        "Notes": [["This return covers maternity and health visiting."], ["Contact: J Smith"]],
        "Maternity": [["Date", "Time", "Staff member", "Notes"], ["14/06/2010", "09:42", "Midwife", "Baby born."]],
        "Health Visiting": [["Date", "Notes"], ["14/07/2010", "Clinic."]],
        "Lists": [["Contact types"], ["Home visit"], ["Clinic"]],
        "Old": [["Date", "Notes"], ["01/01/2009", "Hidden entry"]],
    }, hidden=["Old"])
    read = read_return(path)
    assert [e.agency for e in read.events] == ["RWT – Maternity", "RWT – Health Visiting"]
    reasons = {s.name: (s.read, s.reason) for s in read.report.sheets}
    assert reasons["Old"] == (False, "hidden sheet (not read)")
    assert reasons["Notes"][0] is False and reasons["Lists"][0] is False
    assert {p.level.value for p in read.problems if p.code == "sheet-skipped"} == {"info"}
    # Its entries are not read, but not in silence either.
    [hidden] = [p for p in read.problems if p.code == "hidden-sheet"]
    assert (hidden.sheet, hidden.level.value, hidden.message) == (
        "Old", "warning", "the sheet is hidden and was not read, but 1 of its rows look like entries")


def test_a_hidden_sheet_of_lists_is_not_reported(make_xlsx):
    path = make_xlsx("Police.xlsx", {"Chronology": [["Date", "Details"], ["14/06/2019", "Attended."]],
                                     "Lists": [["Contact types"], ["Home visit"], ["Clinic"]]}, hidden=["Lists"])
    assert [p.code for p in read_return(path).problems] == []


def test_sheets_that_divide_a_chronology_by_year_or_part_keep_one_agency(make_xlsx):
    path = make_xlsx("Northshire Police.xlsx", {
        "2019": [["Date", "Details"], ["14/06/2019", "Domestic incident attended."]],
        "Apr-Dec 2020": [["Date", "Details"], ["14/07/2020", "Arrest of father."]],
        "Part 2 (cont)": [["Date", "Details"], ["01/08/2020", "Missing episode reported."]],
        "Sheet2": [["Date", "Details"], ["02/08/2020", "Welfare check."]],
    })
    read = read_return(path)
    assert [e.agency for e in read.events] == ["Northshire Police"] * 4
    assert [e.source.sheet for e in read.events] == ["2019", "Apr-Dec 2020", "Part 2 (cont)", "Sheet2"]


def test_sheets_per_family_member_qualify_the_agency(make_xlsx):
    path = make_xlsx("Addiction service.xlsx", {
        "Mother": [["Date", "Details"], ["14/06/2019", "Joint appointment with both parents."]],
        "Father": [["Date", "Details"], ["14/06/2019", "Joint appointment with both parents."]],
    })
    read = read_return(path)
    assert [e.agency for e in read.events] == ["Addiction service – Mother", "Addiction service – Father"]


@pytest.mark.parametrize("name", ["Collated returns.xlsx", "Chronology.xlsx", "All agency chronologies v2.xlsx"])
def test_a_workbook_of_a_sheet_per_agency_takes_the_agencies_from_the_sheets(make_xlsx, name):
    path = make_xlsx(name, {
        "Police": [["Date", "Details"], ["03/02/2020", "Domestic incident at the home; father arrested."]],
        "GP": [["Date", "Details"], ["05/02/2020", "Police notification of the domestic incident received."]],
    })
    read = read_return(path)
    assert [e.agency for e in read.events] == ["Police", "GP"]
    assert [s.agency_from for s in read.report.sheets] == ["sheet name", "sheet name"]


@pytest.mark.parametrize(("title", "agency"), [
    ("WEST MIDLANDS POLICE – CHRONOLOGY OF INVOLVEMENT", "WEST MIDLANDS POLICE"),
    ("Chronology of involvement: Sandwell Children's Trust", "Sandwell Children's Trust"),
    ("Child D – chronology submitted by Probation Service (NPS)", "Probation Service"),
    ("Information held by West Midlands Ambulance Service", "West Midlands Ambulance Service"),
    ("Chronology of Police involvement with the family", "Police"),
    ("Completed by: J Smith, Named Nurse, Dudley Group NHS FT", "Dudley Group NHS FT"),
    # a school by its name alone, a care home, and the words that join the name to the title
    ("Integrated chronology template - completed by St John's Primary", "St John's Primary"),
    ("Chronology for Oakfield Primary", "Oakfield Primary"), ("Chronology of the GP practice", "GP practice"),
    ("Chronology: The Willows Care Home", "The Willows Care Home"),
])
def test_a_title_naming_an_organisation_names_the_agency_when_the_file_name_does_not(make_xlsx, title, agency):
    path = make_xlsx("Chronology v2.xlsx", {"Sheet1": [[title], [], ["Date", "Details"], ["01/02/2020", "Entry"]]})
    read = read_return(path)
    assert (read.events[0].agency, read.report.sheets[0].agency_from) == (agency, "title above the header")
    assert "agency-unnamed" not in [p.code for p in read.problems]


@pytest.mark.parametrize("title", ["Dudley Safeguarding Children Partnership – CSPR Child D", "Agencies involved: Police, GP",
                                   "Notes: entries in red are from the GP practice", "Integrated chronology"])
def test_a_return_naming_no_agency_is_warned_of(make_xlsx, title):
    # The review's partnership, a list of agencies, a note: none is whose return it is.
    path = make_xlsx("Chronology v2.xlsx", {"Sheet1": [[title], [], ["Date", "Details"], ["01/02/2020", "Entry"]]})
    read = read_return(path)
    assert (read.events[0].agency, read.report.sheets[0].agency_from) == ("Chronology v2", "file name")
    [warning] = [p for p in read.problems if p.code == "agency-unnamed"]
    assert warning.level == Level.WARNING and 'files = ["Chronology v2.xlsx"]' in warning.fix


def test_a_file_name_naming_the_agency_is_taken_before_a_title(make_xlsx):
    path = make_xlsx("Police chronology.xlsx", {"Sheet1": [
        ["Sandwell Children's Trust chronology"], ["Date", "Details"], ["01/02/2020", "Entry"]]})
    assert read_return(path).events[0].agency == "Police"


@pytest.mark.parametrize(("sheet", "agency", "source"), [
    ("WMP chronology", "WMP", "sheet name"), ("Health Visiting", "Health Visiting", "sheet name"),
    ("Child D", "Chronology", "file name"), ("Sheet1", "Chronology", "file name"),
    # what the sheet holds, not whose it is (a school's CPOMS export): no agency (held-out r285)
    ("Incidents", "Chronology", "file name"), ("Case notes", "Chronology", "file name")])
def test_the_one_sheet_of_a_file_named_for_the_document_may_name_the_agency(make_xlsx, sheet, agency, source):
    read = read_return(make_xlsx("Chronology.xlsx", {sheet: [["Date", "Details"], ["01/02/2020", "Entry"]]}))
    assert (read.events[0].agency, read.report.sheets[0].agency_from) == (agency, source)
    assert ("agency-unnamed" in [p.code for p in read.problems]) is (source == "file name")


def test_continuation_rows_are_joined_and_listed(make_xlsx):
    path = make_xlsx("cc.xlsx", {"Chronology": [
        ["Date of contact", "Worker", "Details of contact", "Outcome"],
        ["19/02/2011", "CC worker", "Telephone call - mother says she has no pain", None],
        [None, None, "relief but is not using heroin.", "Continue"],
        ["26/02/2011", "CC worker", "Home visit.", None],
    ]})
    read = read_return(path)
    assert len(read.events) == 2
    first = read.events[0]
    assert first.details == "Telephone call - mother says she has no pain relief but is not using heroin."
    assert first.action == "Continue"
    assert first.source.rows == [2, 3]
    assert read.continuations == 1
    assert [p.code for p in read.problems] == ["continuation"]


def test_an_entry_over_two_rows_with_its_text_below_the_date_is_read_as_one(make_xlsx):
    # A safeguarding log laid out an entry to two rows: the date and a category, then the text under
    # the date (the second header row names it); the last entry's text is no footer.
    path = make_xlsx("Ridgeway Academy.xlsx", {"Log": [
        ["Date", "Category"], ["Incident"],
        ["15/01/2024", "Safeguarding"], ["T told his form tutor someone online is threatening him."],
        ["16/01/2024", "General"], ["T late - bus."],
        ["17/01/2024", None], ["Quiet in tutor time."],
    ]})
    read = read_return(path)
    assert [(e.date_text, e.contact_type, e.details, e.source.rows) for e in read.events] == [
        ("15/01/2024", "Safeguarding", "T told his form tutor someone online is threatening him.", [3, 4]),
        ("16/01/2024", "General", "T late - bus.", [5, 6]), ("17/01/2024", None, "Quiet in tutor time.", [7, 8])]
    assert [p.code for p in read.problems if p.level.value != "info"] == []  # no entry is without text after all
    assert [p.row for p in read.problems if p.code == "text-below-date"] == [4, 6, 8]
    assert (read.report.rows_read, read.continuations, read.blank_rows) == (7, 3, 1)


def test_text_in_the_date_column_under_an_entry_with_text_is_still_an_unreadable_date(make_xlsx):
    # (a sentence in the date column, an entry's text in the wrong place, under an entry that has its text)
    path = make_xlsx("Ridgeway Academy.xlsx", {"Log": [
        ["Date", "Details"], ["15/01/2024", "Home visit, mum seen."], ["Phoned mum - no answer."],
        ["16/01/2024", "Visit to school, T seen."], ["18/01/2024", "Case note."]]})
    read = read_return(path)
    assert [e.source.rows for e in read.events] == [[2], [3], [4], [5]]
    assert [(p.row, p.code) for p in read.problems if p.level.value == "error"] == [(3, "unreadable-date")]


def test_a_row_with_no_date_whose_text_starts_with_one_is_an_entry_of_that_day(make_xlsx):
    path = make_xlsx("csc.xlsx", {"Chronology": [
        ["Date", "Details"], ["01/03/2023", "Home visit, mum seen."], [None, "05/03/2023 - Call from school: K absent."],
        ["08/03/2023", "Strategy discussion"], [None, "and agreed s47. 2023 review date set."],
        [None, "12.03.23 Letter to GP."], [None, "March 2023 was a hard month."]]})
    read = read_return(path)
    assert [(e.date, e.date_text, e.details, e.source.rows) for e in read.events] == [
        (dt.date(2023, 3, 1), "01/03/2023", "Home visit, mum seen.", [2]),
        (dt.date(2023, 3, 5), "05/03/2023", "Call from school: K absent.", [3]),
        (dt.date(2023, 3, 8), "08/03/2023", "Strategy discussion and agreed s47. 2023 review date set.", [4, 5]),
        # a month alone starts no entry: the text goes on the entry above
        (dt.date(2023, 3, 12), "12.03.23", "Letter to GP. March 2023 was a hard month.", [6, 7])]
    assert [(p.row, p.code) for p in read.problems] == [
        (3, "date-in-text"), (5, "continuation"), (6, "date-in-text"), (7, "continuation")]


def test_continuation_joining_can_be_switched_off(make_xlsx):
    path = make_xlsx("cc.xlsx", {"Chronology": [
        ["Date", "Details"], ["19/02/2011", "First part"], [None, "second part"],
    ]})
    read = read_return(path, join_continuations=False)
    assert [e.details for e in read.events] == ["First part", "second part"]
    assert [(p.row, p.code) for p in read.problems] == [(3, "missing-date")]


def test_text_under_an_undated_row_is_its_own_entry(make_xlsx):
    path = make_xlsx("gp.xlsx", {"Chronology": [
        ["Date", "Details"], ["unknown", "Records requested."], [None, "More text."],
    ]})
    read = read_return(path)
    assert len(read.events) == 2
    assert all(e.date is None for e in read.events)


def test_every_row_is_accounted_for(make_xlsx):
    path = make_xlsx("acc.xlsx", {"Chronology": [
        ["Date", "Details"], ["01/01/2020", "a"], [None, None], ["02/01/2020", "b"], [None, "b continued"],
        ["Date", "Details"], ["31/06/2020", "c"],
    ]})
    read = read_return(path)
    sheet = read.report.sheets[0]
    assert sheet.rows_read == 6
    assert sheet.rows_read == sheet.events + sheet.continuations + sheet.blank_rows
    assert (sheet.events, sheet.continuations, sheet.blank_rows) == (3, 1, 2)  # the repeated header counts as blank


def test_cp1252_semicolon_csv_with_line_numbers(make_csv):
    path = make_csv("school.csv", [
        "Entry date;Staff role;Description of involvement",
        "05/03/2020;DSL;Café visit, £5 lunch money",
        '06/03/2020;DSL;"Two-line',
        'note"',
        "07/03/2020;DSL;Last",
    ], encoding="cp1252")
    read = read_return(path)
    assert [e.source.row for e in read.events] == [2, 3, 5]
    assert read.events[0].details == "Café visit, £5 lunch money"
    assert read.events[1].details == "Two-line\nnote"
    assert read.report.sheets[0].name is None


def test_a_csv_mixing_utf8_and_cp1252_lines_reads_each_as_written(tmp_path):
    path = tmp_path / "school.csv"
    path.write_bytes("Date,Details\n".encode() + "03/02/2020,Café visit – mother seen\n".encode("utf-8")
                     + "04/02/2020,£5 dinner money given\n".encode("cp1252"))
    assert [e.details for e in read_return(path).events] == ["Café visit – mother seen", "£5 dinner money given"]


@pytest.mark.parametrize(("separator", "bom"), [(",", True), ("\t", False), ("|", False)])
def test_csv_separators_and_bom(make_csv, separator, bom):
    path = make_csv("r.csv", [separator.join(["Date", "Details"]), separator.join(["01/02/2020", "An entry"])], bom=bom)
    read = read_return(path)
    assert [(e.date, e.details) for e in read.events] == [(dt.date(2020, 2, 1), "An entry")]


def test_excels_sep_line_names_the_separator_and_is_not_a_row(make_csv):
    # A CSV exported for Excel opens with "sep=;": Excel reads it as the separator and does not show
    # it, so the header is row 1 (held-out r448: rows were numbered one below Excel's). Here the
    # entries' commas outnumber their semicolons.
    path = make_csv("Police missing episodes.csv", [
        "sep=;", '"Reported Missing";"Circumstances"', '"05/04/2024 21:30";"Missing from the home, phone off, curfew 21:00"',
        '"20/04/2024 22:05";"Missing again, found at a flat, males arrested, drugs seized"'], encoding="cp1252")
    read = read_return(path)
    assert [(e.source.row, e.date, e.details) for e in read.events] == [
        (2, dt.date(2024, 4, 5), "Missing from the home, phone off, curfew 21:00"),
        (3, dt.date(2024, 4, 20), "Missing again, found at a flat, males arrested, drugs seized")]


def test_semicolons_in_an_entry_below_title_lines_do_not_make_them_the_separator(make_csv):
    # Title lines hold no comma; the one entry has more semicolons than commas.
    path = make_csv("ambulance.csv", [
        "Ambulance chronology - Child D", "Serious Case Review",
        "Date (dd/mm/yyyy),Time of contact,Category,What happened",
        "21/05/2012,06:42,Cardiac arrest,999 call: not breathing; crew on scene; conveyed to hospital."])
    read = read_return(path)
    assert [(e.date, e.time, e.details) for e in read.events] == [
        (dt.date(2012, 5, 21), "06:42", "999 call: not breathing; crew on scene; conveyed to hospital.")]


def test_narratives_full_of_semicolons_do_not_make_them_the_separator(make_csv):
    # Two columns; each narrative has many semicolons, a different number on each line (quoted: it has commas too).
    lines = ["Date,Details"] + [f'0{day}/02/2020,"Visit, day {day}; ' + "; ".join(["seen"] * (day * 3)) + '."'
                                for day in range(1, 10)]
    read = read_return(make_csv("police.csv", lines))
    assert [e.date.day for e in read.events] == list(range(1, 10))
    assert read.events[0].details == "Visit, day 1; seen; seen; seen."


def test_1904_workbook_serial_numbers_and_dates(make_xlsx):
    path = make_xlsx("mac.xlsx", {"Chronology": [
        ["Date", "Details"], [dt.date(2010, 6, 14), "A date cell"], [38664, "A serial number in a General cell"],
    ]}, epoch_1904=True)
    read = read_return(path)
    assert [e.date for e in read.events] == [dt.date(2010, 6, 14), dt.date(2009, 11, 9)]


def test_dates_written_as_excel_day_numbers_are_read_and_said_once_a_sheet(make_xlsx, make_csv):
    book = read_return(make_xlsx("pasted.xlsx", {"Chronology": [
        ["Date", "Details"], [dt.date(2023, 1, 1), "A date cell"], [44928, "A day number in a General cell"],
        [44929.75, "And one with its time"]]}))
    export = read_return(make_csv("export.csv", ["Date,Details", "44927,Home visit", "03/01/2023,Call"]))
    assert [e.date for e in book.events] == [dt.date(2023, 1, 1), dt.date(2023, 1, 2), dt.date(2023, 1, 3)]
    assert [e.date for e in export.events] == [dt.date(2023, 1, 1), dt.date(2023, 1, 3)]
    (note,) = [p for p in book.problems if p.code == "day-number"]
    assert (note.row, note.value) == (3, "44928")
    assert "2 dates in 'Date'" in note.message and "is 02/01/2023" in note.message
    assert [(p.row, p.message.split(" written")[0]) for p in export.problems if p.code == "day-number"] == [
        (2, "1 date in 'Date'")]


def test_a_second_column_of_dates_is_kept_and_which_dates_the_entries_is_said(make_csv):
    read = read_return(make_csv("police.csv", ["Reported date,Occurrence date,Summary",
                                               "14/03/2023,12/03/2023,Assault reported two days on.",
                                               "15/03/2023,15/03/2023,Domestic incident attended."]))
    assert [(e.date, e.extra) for e in read.events][0] == (dt.date(2023, 3, 12), {"Reported date": "14/03/2023"})
    (note,) = [p for p in read.problems if p.code == "column-mapping"]
    assert note.message == ("'Reported date' also holds dates: each entry is dated by 'Occurrence date'; it is kept "
                            "as written beside it")
    assert '"Reported date" = "date"' in note.fix
    single = read_return(make_csv("gp.csv", ["Date,Details", "14/03/2023,Seen."]))
    assert not [p for p in single.problems if p.code == "column-mapping"]
    # The fix it gives dates the entries by the other, and then there is nothing to say.
    chosen = read_return(make_csv("police2.csv", ["Reported date,Occurrence date,Summary",
                                                  "14/03/2023,12/03/2023,Assault reported two days on."]),
                         columns={"Reported date": "date"})
    assert chosen.events[0].date == dt.date(2023, 3, 14)
    assert not [p for p in chosen.problems if p.code == "column-mapping"]


def test_a_period_written_from_and_to_is_dated_by_its_from_not_by_its_reporting(make_csv):
    # A police export's "Occurrence Date From | Occurrence Date To | Reported Date": the words
    # ending a header say which end of the period it holds; the occurrence, not the report, dates it.
    read = read_return(make_csv("police.csv", ["Occurrence Date From,Occurrence Date To,Reported Date,Summary",
                                               "12/03/2023 21:00,12/03/2023 23:30,19/03/2023 10:00,Assault reported "
                                               "a week on.", "15/03/2023 08:00,15/03/2023 09:00,15/03/2023 08:10,"
                                               "Domestic incident attended."]))
    assert [(e.date, e.time) for e in read.events] == [(dt.date(2023, 3, 12), "21:00"),
                                                       (dt.date(2023, 3, 15), "08:00")]
    assert read.events[0].extra == {"Occurrence Date To": "12/03/2023 23:30", "Reported Date": "19/03/2023 10:00"}
    assert [field_scores(h)["date"] for h in ("Incident date from", "Incident date")] == [10.0, 10.0]
    assert field_scores("Incident date to")["date"] < field_scores("Reported date")["date"]


def test_a_header_of_a_word_and_name_names_the_word(make_csv):
    # A case system's "Step Name" ("Contact", "Strategy Discussion", "ICPC") beside a "Worker" column is
    # each entry's kind of contact, not a second worker: "X name" names X (held-out r462).
    read = read_return(make_csv("csc.csv", ["Step Name,Start Date,Worker,Summary",
                                            "Initial Child Protection Conference,14/11/2023,Chair,CP plan: neglect.",
                                            "Case Note,22/01/2024,SW Dale,School report toothache."]))
    assert [(e.contact_type, e.practitioner, e.extra) for e in read.events] == [
        ("Initial Child Protection Conference", "Chair", {}), ("Case Note", "SW Dale", {})]
    # A worker's name is still the worker, and "Name" alone a person's.
    assert max(field_scores("Worker Name"), key=field_scores("Worker Name").get) == "practitioner"
    assert max(field_scores("Name"), key=field_scores("Name").get) == "practitioner"

def test_a_header_of_a_participle_and_on_is_a_date_and_the_events_wins_over_the_records(make_csv):
    # The police's "Entered on | Occurred on | Involvement | Agency action": neither header says "date";
    # the entries were dated by when they were entered, a day late (held-out r481).
    read = read_return(make_csv("police.csv", ["Entered on,Occurred on,Involvement,Agency action",
                                               "15/05/2024,14/05/2024,Strategy discussion with CSC.,No further action.",
                                               "03/06/2024,03/06/2024,Report from school: black eye.,Officers to school."]))
    assert [e.date for e in read.events] == [dt.date(2024, 5, 14), dt.date(2024, 6, 3)]
    assert read.events[0].extra == {"Entered on": "15/05/2024"}

def test_a_repair_is_dated_when_reported_not_when_completed(make_csv):
    # A housing repairs log: the job happened when it was asked for; the day it was finished (blank
    # while it is open, or for an entry that is no job) is kept beside it.
    read = read_return(make_csv("housing.csv", ["Date reported,Job no.,Date completed,Notes",
                                                "02/06/2023,,,Tenancy visit with the social worker.",
                                                "21/08/2023,R90413,30/08/2023,Kitchen fire reported; hob replaced."]))
    assert [(e.date, e.extra) for e in read.events] == [
        (dt.date(2023, 6, 2), {}), (dt.date(2023, 8, 21), {"Job no.": "R90413", "Date completed": "30/08/2023"})]
    assert not [p for p in read.problems if p.level != Level.INFO]
    # Alone, a completion date is still the entries' date column.
    alone = read_return(make_csv("forms.csv", ["Date completed,Form", "03/02/2023,Early help assessment."]))
    assert alone.events[0].date == dt.date(2023, 2, 3)
    # So is a case's decision: a homeless person's approach happened the day they came, decided on or not.
    decided = read_return(make_csv("housing options.csv", ["Date approached,Decision date,Notes",
                                                           "10/01/2024,11/01/2024,Approached as homeless.",
                                                           "22/01/2024,,Hostel told us he was evicted."]))
    assert [e.date for e in decided.events] == [dt.date(2024, 1, 10), dt.date(2024, 1, 22)]


@pytest.mark.parametrize(("header", "dated_by"), [
    # the day the entry was typed in, beside the day of the event: the event's day dates it, whichever comes first
    ("Entry Date,Event Date,Type,Details", "Event Date"),
    ("Date of entry,Date of contact,Type,Details", "Date of contact"),
    # a plan's target beside the day of the entry
    ("Target date,Date,Type,Details", "Date"),
])
def test_the_day_of_the_event_dates_an_entry_not_the_day_it_was_written_or_is_due(make_csv, header, dated_by):
    read = read_return(make_csv("HV.csv", [header, "10/03/2024,04/03/2024,Visit,Home visit; baby well.",
                                           "10/03/2024,06/03/2024,Call,Mum rang about feeding."]))
    assert [e.date for e in read.events] == [dt.date(2024, 3, 4), dt.date(2024, 3, 6)]  # (the second column's)
    assert _fields(read)[dated_by][0] == "date"
    # alone, the day an entry was written still dates it (it is the only day there is)
    alone = read_return(make_csv("HV2.csv", ["Entry Date,Details", "10/03/2024,Home visit."]))
    assert alone.events[0].date == dt.date(2024, 3, 10)


def test_an_entry_with_no_date_of_its_own_but_one_in_another_column_of_dates_says_where_it_is(make_csv):
    # Not dated by the other column (a date of something else), but the message names it and the fix maps it.
    read = read_return(make_csv("CSC.csv", ["Date of contact,Date recorded,Notes", "01/03/2023,05/03/2023,Visit.",
                                            ",09/03/2023,Phone call.", ",,Letter."]))
    assert [e.date for e in read.events] == [dt.date(2023, 3, 1), None, None]
    missing = [(p.row, p.message, p.fix) for p in read.problems if p.code == "missing-date"]
    assert missing[0] == (3, "no date in 'Date of contact' ('Date recorded' holds 09/03/2023)",
                          "write the entry's date in 'Date of contact'; or, if 'Date recorded' holds the entries' dates, "
                          'map it in review.toml: [agency.X] columns = { "Date recorded" = "date" }')
    assert missing[1][:2] == (4, "no date given")


def test_dates_in_date_cells_have_no_day_number_note(make_xlsx):
    read = read_return(make_xlsx("dated.xlsx", {"Chronology": [
        ["Date", "Details"], [44928, "Formatted as a date"], ["03/01/2023", "Written"]]},
        number_formats={"Chronology": {"A2": "dd/mm/yyyy"}}))
    assert read.events[0].date == dt.date(2023, 1, 2)
    assert not [p for p in read.problems if p.code == "day-number"]


def test_merged_date_cell_applies_to_every_row_it_covers(make_xlsx):
    path = make_xlsx("merged.xlsx", {"Chronology": [
        ["Date", "Details"], ["01/02/2020", "Morning visit"], [None, "Afternoon call"], ["02/02/2020", "Next day"],
    ]}, merged={"Chronology": ["A2:A3"]})
    read = read_return(path)
    assert [(e.date, e.details) for e in read.events] == [
        (dt.date(2020, 2, 1), "Morning visit"), (dt.date(2020, 2, 1), "Afternoon call"), (dt.date(2020, 2, 2), "Next day")]


def test_text_alone_under_a_merged_date_beside_timed_entries_is_the_rest_of_the_entry_above(make_xlsx):
    # The date merged over a day's entries, each with its time, type and worker; the last row under
    # the merge has text alone: the rest of the home visit's entry, not an untimed entry of its own.
    path = make_xlsx("CSC.xlsx", {"Contacts": [
        ["Date", "Time", "Contact type", "Details", "Worker"],
        ["04/03/2024", "09:10", "Phone call", "Call from school: bruise on Leo's arm.", "SW Patel"],
        [None, "15:00", "Home visit", "Joint visit with police; Leo seen alone.", "SW Patel"],
        [None, None, None, "Mum said he fell off his scooter.", None],
        ["06/03/2024", "10:00", "Medical", "CP medical.", "SW Patel"],
    ]}, merged={"Contacts": ["A2:A4"]})
    read = read_return(path)
    assert [(e.source.rows, e.date, e.time) for e in read.events] == [
        ([2], dt.date(2024, 3, 4), "09:10"), ([3, 4], dt.date(2024, 3, 4), "15:00"), ([5], dt.date(2024, 3, 6), "10:00")]
    assert read.events[1].details.endswith("Mum said he fell off his scooter.")
    assert [(p.row, p.code) for p in read.problems] == [(4, "continuation")]


def test_a_narrative_merged_across_the_row_below_its_dated_line_is_that_entrys_text(make_xlsx):
    # A printed report's layout: the date, time and type on one line, the narrative merged across
    # the row below it (its text in the date's column). Held-out r454: each narrative was an entry
    # with an unreadable date, the last skipped as text below the last entry.
    narratives = ["Ryan (15) stabbed in the thigh in Lowfield Park by a group of youths. Ambulance attended.",
                  "MACE panel: Ryan discussed, linked to the Lowfield group. Disruption plan agreed.",
                  "Ryan stopped and searched: a kitchen knife found in his waistband. Arrested."]
    path = make_xlsx("Police.xlsx", {"Police report": [
        ["Date", "Time", "Occurrence type", None],
        [dt.datetime(2024, 6, 1), "22:34", "Section 18 wounding"], [narratives[0]],
        [dt.datetime(2024, 6, 12), "10:00", "MACE"], [narratives[1]],
        [dt.datetime(2024, 6, 20), "16:45", "Possession of a bladed article"], [narratives[2]]]},
        merged={"Police report": ["A3:D3", "A5:D5", "A7:D7"]})
    read = read_return(path)
    assert [(e.source.rows, e.date, e.contact_type, e.details) for e in read.events] == [
        ([2, 3], dt.date(2024, 6, 1), "Section 18 wounding", narratives[0]),
        ([4, 5], dt.date(2024, 6, 12), "MACE", narratives[1]),
        ([6, 7], dt.date(2024, 6, 20), "Possession of a bladed article", narratives[2])]
    assert [(p.row, p.code) for p in read.problems] == [(3, "narrative-row")]
    sheet = read.report.sheets[0]
    assert (sheet.rows_read, sheet.events, sheet.continuations) == (6, 3, 3)
    # A narrative over two rows, each merged across, is one entry's text, a line each.
    two_lines = read_return(make_xlsx("Police.xlsx", {"Police report": [
        ["Date", "Time", "Occurrence type", None], [dt.datetime(2024, 6, 1), "22:34", "Section 18 wounding"],
        [narratives[0]], ["Ryan will not give names."], [dt.datetime(2024, 6, 12), "10:00", "MACE"], [narratives[1]]]},
        merged={"Police report": ["A3:D3", "A4:D4", "A6:D6"]}))
    assert [(e.source.rows, e.details) for e in two_lines.events] == [
        ([2, 3, 4], f"{narratives[0]}\nRyan will not give names."), ([5, 6], narratives[1])]
    assert [p.message for p in two_lines.problems] == [
        "3 rows (from row 3) hold an entry's text merged across the row below its date, as a printed report lays it "
        "out: each is read with its entry"]
    # A title merged across the top, and a heading merged across between entries, stay as they were.
    titled = read_return(make_xlsx("Police.xlsx", {"Log": [
        ["Westshire Police - chronology of involvement with the family, prepared for the review panel."],
        ["Date", "Time", "Details"], ["01/06/2024", "22:34", "Stabbing reported."],
        ["PERIOD 2: AFTER THE MOVE TO THE NEW ADDRESS"], ["12/06/2024", "10:00", "MACE."]]},
        merged={"Log": ["A1:C1", "A4:C4"]}))
    assert [(e.date, e.details) for e in titled.events] == [
        (dt.date(2024, 6, 1), "Stabbing reported."), (dt.date(2024, 6, 12), "MACE.")]


def test_a_text_cut_by_its_system_into_numbered_columns_is_put_together_again(make_xlsx):
    # A police export cutting each narrative into pieces of 100 characters, a column each, a piece
    # ending mid-word (held-out r456: the entry's text stopped at "Officers attended 19:55, J").
    text = ("Anonymous caller reported two young children left home alone at the flat. Officers attended 19:55, "
            "Jayden (7) and his brother (5) alone, no food in the house, mother returned at 21:10 saying she had "
            "been at a friend's.")
    path = make_xlsx("Police.xlsx", {"Export": [
        ["Date", "Time", "Narrative 1", "Narrative 2", "Narrative 3"],
        ["22/01/2024", "19:40", text[:100], text[100:200], text[200:]],
        ["23/01/2024", "09:00", "Short entry.", None, None]]})
    read = read_return(path)
    assert [(e.details, e.extra) for e in read.events] == [(text, {}), ("Short entry.", {})]
    assert [p.code for p in read.problems] == ["text-in-pieces"]
    # Pieces cut between words, "Notes" and "Notes (cont)", are put together with a space between them;
    # columns of other texts side by side ("Notes", "Outcome") stay apart.
    path = make_xlsx("GP.xlsx", {"Record": [
        ["Date", "Notes", "Notes (cont)", "Outcome"], ["05/03/2024", "Wrist pain after catching it", "in a car door.", "X-ray"]]})
    assert [(e.details, e.action) for e in read_return(path).events] == [
        ("Wrist pain after catching it in a car door.", "X-ray")]


def test_formula_without_saved_value_is_reported(make_xlsx):
    path = make_xlsx("formula.xlsx", {"Chronology": [
        ["Date", "Details"], ["01/02/2020", Formula('=CONCATENATE("a","b")')],
    ]})
    read = read_return(path)
    assert [(p.row, p.code) for p in read.problems if p.level.value == "warning"][:1] == [(2, "formula-without-value")]


def test_an_empty_saved_value_is_no_value_unless_the_formula_gives_text(make_xlsx, tmp_path):
    # Some writers save <v></v> for a formula never calculated; Excel saves a formula whose result
    # is empty text as t="str" with an empty value.
    import re
    import zipfile

    path = make_xlsx("formula.xlsx", {"Chronology": [["Date", "Details", "Comment"],
                                                    ["01/02/2020", "Seen.", Formula('=""')],
                                                    ["02/02/2020", "Seen.", Formula('=A1')]]})
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    sheet = re.sub(rb'<c r="C2"[^>]*>.*?</c>', b'<c r="C2" t="str"><f>""</f><v></v></c>', sheet)
    sheet = re.sub(rb'<c r="C3"[^>]*>.*?</c>', b'<c r="C3"><f>A1</f><v></v></c>', sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet
    rewritten = tmp_path / "rewritten.xlsx"
    with zipfile.ZipFile(rewritten, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    read = read_return(rewritten)
    assert [(p.row, p.code) for p in read.problems if p.code == "formula-without-value"] == [(3, "formula-without-value")]


def test_a_formula_in_a_sheet_of_two_tables_is_reported_once(make_xlsx):
    path = make_xlsx("GP.xlsx", {"GP": [
        ["Date", "Details"], ["01/02/2020", Formula('=CONCATENATE("a","b")')], ["02/02/2020", "Seen."], [],
        ["Date of consultation", "Consultation notes"], ["03/02/2020", Formula('=CONCATENATE("c","d")')],
        ["04/02/2020", "Seen again."]]})
    read = read_return(path)
    assert [p.row for p in read.problems if p.code == "formula-without-value"] == [2, 6]


def test_unreadable_time_is_kept_as_written(make_xlsx):
    path = make_xlsx("t.xlsx", {"Chronology": [["Date", "Time", "Details"], ["01/02/2020", "teatime", "Visit"],
                                               ["02/02/2020", "25:70", "Call"], ["03/02/2020", "morning", "Clinic"],
                                               ["04/02/2020", "09:30", "Visit"], ["05/02/2020", "14:00", "Call"]]})
    read = read_return(path)
    assert [(e.time, e.extra) for e in read.events] == [
        (None, {"Time": "teatime"}), (None, {"Time": "25:70"}), (None, {"Time": "morning"}), ("09:30", {}),
        ("14:00", {})]
    assert [(p.row, p.level.value, p.code) for p in read.problems] == [
        (2, "info", "part-of-day"), (3, "warning", "unreadable-time")]


def test_a_span_or_approximate_time_sorts_by_its_start_and_is_kept_as_written(make_xlsx):
    path = make_xlsx("t.xlsx", {"Chronology": [["Date", "Time", "Details"], ["01/02/2020", "14:30-15:00", "Visit"],
                                               ["02/02/2020", "c. 09:00", "Call"], ["03/02/2020", "10:15", "Letter"]]})
    read = read_return(path)
    assert [(e.time, e.extra) for e in read.events] == [
        ("14:30", {"Time": "14:30-15:00"}), ("09:00", {"Time": "c. 09:00"}), ("10:15", {})]
    assert [(p.row, p.code, p.level.value) for p in read.problems] == [
        (2, "time-span", "info"), (3, "approximate-time", "info")]


def test_config_column_map_overrides_headers(make_xlsx):
    path = make_xlsx("odd.xlsx", {"Chronology": [
        ["Recorded", "Happened on", "Text"], ["03/02/2020", "01/02/2020", "The entry"]]})
    read = read_return(path, columns={"Happened on": "date", "Recorded": "extra"})
    assert read.events[0].date == dt.date(2020, 2, 1)
    assert read.events[0].extra == {"Recorded": "03/02/2020"}


def test_a_return_worded_unlike_any_other(make_xlsx):
    """Headers and layout chron-merge has no alias for: it must still find every field."""
    path = make_xlsx("Housing Association - chronology for panel.xlsx", {
        "Cover": [["Prepared for the Safeguarding Adults Review panel"], ["Contact: housing officer"]],
        "Contacts log": [
            ["Northvale Homes - tenancy record extract"],
            ["Organisation: Northvale Homes"],
            [None, None, None, None, None, None],
            ["Ref no.", "Time and date of incident", "Staff name & role", "Nature of contact",
             "Summary of contact / information", "Outcome / action taken", "Reviewer's analysis"],
            [1, "Mon 03/02/2020 - 10:15", "J Smith, Housing Officer", "Home visit",
             "Tenancy visit: rent arrears discussed; damp in the bedroom reported.", "Repairs ordered", None],
            [2, "04.02.20", "Repairs team", "Repair", "Damp treatment booked for the bedroom.", None,
             "No link made with the health visitor's concerns."],
            [3, "c. Mar 2020", "J Smith, Housing Officer", "Letter", "Arrears letter sent.", None, None],
        ]})
    read = read_return(path)
    assert _fields(read) == {
        "Ref no.": ("extra", "kept"), "Time and date of incident": ("date", "header"),
        "Staff name & role": ("practitioner", "header"), "Nature of contact": ("contact_type", "header"),
        "Summary of contact / information": ("details", "header"), "Outcome / action taken": ("action", "header"),
        "Reviewer's analysis": ("comment", "header")}
    assert [(e.date, e.time, e.date_precision.value, e.date_approximate) for e in read.events] == [
        (dt.date(2020, 2, 3), "10:15", "day", False), (dt.date(2020, 2, 4), None, "day", False),
        (dt.date(2020, 3, 1), None, "month", True)]
    assert {e.agency for e in read.events} == {"Northvale Homes"}
    assert [e.source.row for e in read.events] == [5, 6, 7]
    assert read.events[0].extra == {"Ref no.": "1"}


def test_a_time_worded_header_over_dates_is_the_date(make_csv):
    path = make_csv("r.csv", ["Time of contact,Notes", "14/06/2010 09:30,Visit", "15/06/2010,Call"])
    read = read_return(path)
    assert _fields(read)["Time of contact"] == ("date", "content")
    assert [(e.date, e.time) for e in read.events] == [(dt.date(2010, 6, 14), "09:30"), (dt.date(2010, 6, 15), None)]


def test_a_return_headed_in_welsh(make_xlsx):
    path = make_xlsx("Heddlu Gwent CPR cronoleg.xlsx", {"Cronoleg": [
        ["Adolygiad Ymarfer Plant - Child Practice Review"], [],
        ["Dyddiad / Date", "Amser / Time", "Ymarferydd / Practitioner", "Manylion / Details", "Canlyniad / Outcome"],
        ["03/02/2020", "10:15", "PC 101", "Digwyddiad domestig / Domestic incident at the family home.", "Referral"],
        ["Autumn term 2020", None, "Swyddog", "Ymweliad / Visit", None],
    ]})
    read = read_return(path)
    assert {header: fld for header, (fld, _) in _fields(read).items()} == {
        "Dyddiad / Date": "date", "Amser / Time": "time", "Ymarferydd / Practitioner": "practitioner",
        "Manylion / Details": "details", "Canlyniad / Outcome": "action"}
    assert read.events[0].agency == "Heddlu Gwent"
    assert [(e.date, e.date_end, e.time) for e in read.events] == [
        (dt.date(2020, 2, 3), None, "10:15"), (dt.date(2020, 9, 1), dt.date(2020, 12, 31), None)]


def test_a_date_split_over_day_month_and_year_columns(make_xlsx):
    path = make_xlsx("Early Help log.xlsx", {"Log": [
        ["Day", "Month", "Year", "Entry", "Worker"],
        [9, 3, 2021, "Home visit, child seen.", "AB"],
        [10, "March", 2021, "Telephone call with mother.", "AB"],
        [None, "April", 2021, "Case closed sometime in April.", "CD"],
        [12, 4, None, "Letter sent.", "CD"],
    ]})
    read = read_return(path)
    assert [(e.date, e.date_precision and e.date_precision.value, e.date_text) for e in read.events] == [
        (dt.date(2021, 3, 9), "day", "9/3/2021"), (dt.date(2021, 3, 10), "day", "10 March 2021"),
        (dt.date(2021, 4, 1), "month", "April 2021"), (None, None, "12/4")]
    assert all(e.extra == {} for e in read.events)  # Month and Year are the date, not extra columns
    assert [(p.row, p.message) for p in read.problems if p.level.value == "error"] == [
        (5, "'12/4' has no year, and chron-merge never guesses one")]
    assert _fields(read)["Month"] == ("date", "header")


def test_a_date_split_over_a_day_column_and_a_month_column_holding_its_year(make_xlsx):
    # A midwives' return "Month | Day": "March 2024" | 18 (held-out r435: every entry was dated to the
    # start of its month, its day kept aside); a month typed "Mar-24" or a date cell shown as its month.
    path = make_xlsx("Community Midwifery.xlsx", {"Contacts": [
        ["Month", "Day", "Contact", "Notes"], ["February 2024", 12, "Booking", "Booking at 10 weeks."],
        ["Mar-24", 18, "Antenatal", "Disclosed abuse; referred to MARAC."],
        [dt.datetime(2024, 4, 1), 4, "Meeting", "Attended MARAC."], ["April 2024", None, "Note", "Day not recorded."],
        [dt.datetime(2024, 4, 29), None, "Antenatal", "A whole date typed in the Month column."]]})
    read = read_return(path)
    assert [(e.date, e.date_precision.value) for e in read.events] == [
        (dt.date(2024, 2, 12), "day"), (dt.date(2024, 3, 18), "day"), (dt.date(2024, 4, 4), "day"),
        (dt.date(2024, 4, 1), "month"), (dt.date(2024, 4, 29), "day")]
    assert all(e.extra == {} for e in read.events)  # the Day is the date's, not kept aside
    # A Month column of month names alone, with no year anywhere, gives no date to join.
    names = read_return(make_xlsx("Log.xlsx", {"Log": [["Month", "Day", "Notes"], ["March", 4, "Visit."]]}))
    assert names.events[0].date is None


def test_the_year_column_of_a_split_date_is_never_read_as_times(make_xlsx):
    # 2024 and 2023 look like times written as figures ("2024" for 20:24): they are the years.
    path = make_xlsx("Police DA log.xlsx", {"Log": [
        ["Day", "Month", "Year", "Agency", "What happened"],
        [4, "March", 2024, "Police", "DA incident, PPN sent."],
        [5, 3, 2024, "Police", "Arrest of partner."],
        [None, None, 2023, "Police", "Earlier DA incident, date not known."],
    ]})
    read = read_return(path)
    assert [(e.date, e.time) for e in read.events] == [
        (dt.date(2024, 3, 4), None), (dt.date(2024, 3, 5), None), (dt.date(2023, 1, 1), None)]
    assert "Year" not in _fields(read) or _fields(read)["Year"][0] == "date"


def test_a_header_written_over_two_lines_is_shown_on_one(make_xlsx):
    path = make_xlsx("Ambulance.xlsx", {"Calls": [
        ["Date\n(DD/MM/YYYY)", "Details of  call"], ["02/03/2021", "999 call."]]})
    assert list(_fields(read_return(path))) == ["Date (DD/MM/YYYY)", "Details of call"]


def test_cells_of_spaces_alone_are_empty(make_xlsx):
    # A space typed into a cell far below the table, a non-breaking space pasted between entries: nothing shows.
    rows = [["Date", "Details"], ["04/03/2024", "Home visit."], [None, "\xa0"], ["05/03/2024", "Phone call."],
            *[[] for _ in range(40)], [None, " "]]
    read = read_return(make_xlsx("HV.xlsx", {"Contacts": rows}))
    assert [(e.source.rows, e.details) for e in read.events] == [([2], "Home visit."), ([4], "Phone call.")]
    assert read.problems == []


def test_lines_below_the_last_entry_are_listed_and_skipped(make_xlsx):
    path = make_xlsx("GP IMR chronology.xlsx", {"IMR Chronology": [
        ["No.", "Date", "Event"],
        [1, "12/03/2021", "GP appointment; rash noted."],
        [2, "unknown", "Phone call from mother."],
        [None, "END OF CHRONOLOGY", None],
        [],
        ["Completed by: Dr A Smith, Named GP", None, None],
    ]})
    read = read_return(path)
    assert [e.source.row for e in read.events] == [2, 3]  # the undated entry with text stays an entry
    footers = [(p.row, p.value) for p in read.problems if p.code == "footer"]
    assert footers == [(4, "END OF CHRONOLOGY"), (6, "Completed by: Dr A Smith, Named GP")]
    assert read.report.rows_read == len(read.events) + read.blank_rows  # every row accounted for


def test_a_sign_off_block_of_labels_below_the_last_entry_is_listed_and_skipped(make_xlsx):
    # "Completed by: | | DS Moss", "Date completed: | 01/05/2024", the label in the date column: no entries.
    import datetime as dt

    path = make_xlsx("Police.xlsx", {"Chronology": [
        ["Date", "Time", "Officer", "Details"],
        [dt.datetime(2024, 3, 1), "10:00", "PC Lee", "Domestic incident at the home, mum assaulted."],
        [dt.datetime(2024, 3, 5), "14:00", "DS Moss", "Strategy discussion with CSC."],
        [],
        ["Completed by:", None, "DS Moss"],
        ["Date completed:", dt.datetime(2024, 5, 1)],
        ["Job title:", "Detective Sergeant"],
        ["Signed:", "J Moss"],
    ]})
    read = read_return(path)
    assert [e.source.row for e in read.events] == [2, 3]
    assert [p.row for p in read.problems if p.code == "footer"] == [5, 6, 7, 8]
    assert [p for p in read.problems if p.level == "error"] == []


def test_a_last_row_with_only_a_missing_or_impossible_date_stays_an_entry(make_csv):
    path = make_csv("agency.csv", ["Date,Details", "01/02/2020,Visit.", "unknown,", "31/06/2011,"])
    read = read_return(path)
    assert [e.source.row for e in read.events] == [2, 3, 4]
    assert not [p for p in read.problems if p.code == "footer"]


def test_a_split_date_csv_with_a_short_last_line(make_csv):
    path = make_csv("school log.csv", ["Day,Month,Year,Entry", "9,3,2021,Home visit.", "END OF LOG"])
    read = read_return(path)
    assert [(e.date, e.details) for e in read.events] == [(dt.date(2021, 3, 9), "Home visit.")]
    assert [(p.row, p.code) for p in read.problems] == [(3, "footer")]


def test_a_time_column_holding_ages_or_durations_is_kept_not_read_as_times(make_xlsx):
    path = make_xlsx("HV.xlsx", {"Chronology": [
        ["Date", "Time", "Details"],
        ["03/02/2020", 30, "Home visit, weighed baby."],
        ["04/02/2020", 45, "Phone call with mother."],
        ["05/02/2020", 20, "Clinic attendance."],
    ]})
    read = read_return(path)
    assert _fields(read)["Time"] == ("extra", "kept")
    assert [(e.time, e.extra) for e in read.events] == [(None, {"Time": "30"}), (None, {"Time": "45"}),
                                                         (None, {"Time": "20"})]
    assert [(p.code, p.level.value) for p in read.problems] == [("column-mapping", "info")]
    assert '"Time" = "time"' in read.problems[0].fix


def test_a_details_header_over_short_labels_gives_way_to_the_narrative(make_csv):
    path = make_csv("csc.csv", [
        "Key practice episode,Date,Information known to the agency,Decision",
        "1,03/02/2020,Referral received from school about bruising to the child's arm; strategy discussion held.,S47",
        "1,04/02/2020,Home visit by the social worker; mother said the bruise came from a fall at the park.,NFA",
        "2,10/03/2020,Case closed after the assessment found no further role for children's social care.,Close",
    ])
    read = read_return(path)
    fields = _fields(read)
    assert fields["Information known to the agency"] == ("details", "content")
    assert fields["Key practice episode"] == ("extra", "kept")
    assert read.events[0].details.startswith("Referral received from school")
    assert read.events[0].extra == {"Key practice episode": "1"}


def test_a_column_of_reference_numbers_is_never_read_as_excel_day_numbers(make_csv):
    # "Ref" 45012 could be Excel's day number for 27/03/2023; the entries' dates are written beside it
    # under a header no list names ("Contact on"). Reading the numbers would invent dates.
    read = read_return(make_csv("Early Help.csv", ["Ref,Contact on,By,Summary of contact",
                                                   "45012,12/03/2024,SW,Home visit to mum and baby",
                                                   "45013,13/03/2024,SW,Phone call to school about attendance",
                                                   "45020,15/03/2024,TM,Supervision - case discussed"]))
    assert [e.date.isoformat() for e in read.events] == ["2024-03-12", "2024-03-13", "2024-03-15"]
    assert [e.extra for e in read.events][0] == {"Ref": "45012"}
    # … nor alone: numbers under "Ref" are no dates, whatever they could be
    alone = read_return(make_csv("Early Help.csv", ["Ref,Date,Summary of contact", "45012,,Home visit to mum and baby",
                                                    "45013,,Phone call to school about attendance"]))
    assert [e.date for e in alone.events] == [None, None]


def test_a_details_header_left_empty_on_most_rows_gives_way_to_the_column_of_text(make_csv):
    # A police log's "LOG" names a few entries ("DVPN"); every entry's text is under "REMARKS", most of
    # them routine and short (held-out p368: the text was read as the comment, so never linked).
    routine = [f"{day:02d}/04/2024,,Concern for welfare check: all well." for day in range(1, 13)]
    read = read_return(make_csv("Police.csv", ["DATE/TIME,LOG,REMARKS",
                                               "12/03/2024 2314,STORM 1203,DOMESTIC. MALE ARRESTED FOR NFS.",
                                               "13/03/2024 1600,DVPN,DVPN SERVED ON MALE ON RELEASE.", *routine]))
    assert _fields(read)["REMARKS"][0] == "details"
    assert [e.details for e in read.events][:3] == ["DOMESTIC. MALE ARRESTED FOR NFS.", "DVPN SERVED ON MALE ON RELEASE.",
                                                     "Concern for welfare check: all well."]


def test_a_column_of_how_contacts_were_made_is_the_kind_of_contact_whatever_its_header(make_csv):
    # "Agency contact" reads as the agency, but 'Phone', 'Home visit' and 'E-mail' are no agencies.
    def read(values: list[str]):
        return read_return(make_csv("Social care.csv", ["Date,Agency contact,Details"] + [
            f"0{day}/03/2022,{value},Entry number {day} about the family." for day, value in enumerate(values, 1)]))

    made = read(["Phone", "Home visit", "E-mail", "Letter", "Tel call"])
    assert _fields(made)["Agency contact"] == ("contact_type", "content")
    assert [(e.agency, e.contact_type) for e in made.events][:2] == [("Social care", "Phone"), ("Social care", "Home visit")]
    assert "not agencies" in made.problems[0].message and '"Agency contact" = "agency"' in made.problems[0].fix
    # A column of agencies stays the agency, also with a contact method or two among them.
    agencies = read(["Police", "GP", "Phone", "Health visiting", "School"])
    assert _fields(agencies)["Agency contact"] == ("agency", "header")
    assert [e.agency for e in agencies.events][:2] == ["Police", "GP"]
    # Under headers that say nothing (a query's "Column1", "Column2"), the same labels are the kind of contact.
    unnamed = read_return(make_csv("Police.csv", ["Column1,Column2,Column3"] + [
        f"0{day}/03/2022,{value},Entry number {day} about the family and what was done." for day, value
        in enumerate(["Phone", "Visit", "Email"], 1)]))
    assert _fields(unnamed)["Column2"] == ("contact_type", "content")
    assert [e.contact_type for e in unnamed.events] == ["Phone", "Visit", "Email"]


def test_a_column_of_places_in_a_hospital_is_the_kind_of_contact_whatever_its_header(make_csv):
    # Held-out r387: a hospital's "Area" ('ED', 'Ward 9') was kept aside as extra, so its ED record
    # was never read as an emergency attendance (a "Ward/Dept" header already named the kind of contact).
    read = read_return(make_csv("St Lukes Hospital.csv", ["Date,Area,Entry"] + [
        f"{day:02d}/01/2024,{place},Entry number {day} about the patient's care." for day, place
        in enumerate(["ED", "Ward 9", "A&E", "PICU", "Outpatients", "Ward 4b"], 1)]))
    assert _fields(read)["Area"] == ("contact_type", "content")
    assert [e.contact_type for e in read.events] == ["ED", "Ward 9", "A&E", "PICU", "Outpatients", "Ward 4b"]
    # a council's areas are no places in a hospital
    areas = read_return(make_csv("Housing.csv", ["Date,Area,Entry"] + [
        f"{day:02d}/01/2024,{place},Entry number {day} about the tenancy." for day, place
        in enumerate(["North", "Ward 9 (Eastfield)", "South"], 1)]))
    assert _fields(areas)["Area"] == ("extra", "kept")


def test_labels_under_a_header_naming_the_kind_of_entry_are_the_kind_of_contact(make_csv):
    # A case system's "Episode" beside its "Summary": 'ICPC' says what each entry is, and linking reads it.
    def read(header: str, values: list[str]):
        return read_return(make_csv("Social care.csv", [f"Date,Worker,{header},Summary"] + [
            f"0{day}/03/2022,SW,{value},Entry number {day}: what was done with the family and why."
            for day, value in enumerate(values, 1)]))

    episodes = read("Episode", ["Contact", "Strategy discussion", "ICPC"])
    assert _fields(episodes)["Episode"] == ("contact_type", "content")
    assert [e.contact_type for e in episodes.events] == ["Contact", "Strategy discussion", "ICPC"]
    assert "'Episode' holds short labels" in episodes.problems[0].message
    assert '"Episode" = "contact_type"' in episodes.problems[0].fix
    # References are no kind of contact, nor is what a hospital found under its own header.
    references = read("Occurrence", ["OCC/22/1187", "OCC/22/1190", "OCC/22/1201"])
    assert _fields(references)["Occurrence"] == ("extra", "kept") and references.events[0].extra == {"Occurrence": "OCC/22/1187"}
    complaints = read("Presenting complaint", ["Fall", "Head injury", "Seizure"])
    assert _fields(complaints)["Presenting complaint"] == ("extra", "kept")
    assert complaints.events[2].extra == {"Presenting complaint": "Seizure"}
    # Nor are a yes-or-no question's answers, as the police flag their key episodes (held-out r415).
    flags = read("Key practice episode (Y/N)", ["Y", "N", "Yes"])
    assert _fields(flags)["Key practice episode (Y/N)"] == ("extra", "kept")
    assert [e.contact_type for e in flags.events] == [None, None, None]
    assert flags.events[0].extra == {"Key practice episode (Y/N)": "Y"}


def test_a_cell_showing_an_excel_error_is_read_as_it_shows(tmp_path):
    # calamine reads an error cell as empty: '#REF!' where a date was would join the entry above
    # and lose its date unseen. (openpyxl's append writes "#REF!" as a cell of type error, as Excel does.)
    book = openpyxl.Workbook()
    for row in (["Date", "Details"], ["01/03/2022", "Call from school."], ["#REF!", "Home visit after the copy went wrong."],
                ["03/03/2022", "#N/A"]):
        book.active.append(row)
    assert book.active["A3"].data_type == "e"
    book.save(path := tmp_path / "GP.xlsx")
    read = read_return(path)
    assert [(e.source.row, e.date_text, e.details) for e in read.events] == [
        (2, "01/03/2022", "Call from school."), (3, "#REF!", "Home visit after the copy went wrong."), (4, "03/03/2022", "#N/A")]
    [error] = [p for p in read.problems if p.row == 3]
    assert error.level == Level.ERROR and "is an Excel error, not a date" in error.message
    assert read.continuations == 0


def test_a_header_merged_over_two_columns_reads_their_texts_as_one(make_xlsx):
    # "Details" merged over C and D, the narrative run on into D on some rows: one text, a line each.
    rows = [["No.", "Date", "Details", None, "Outcome"],
            [1, "01/03/2022", "Call from school re bruise to arm.", None, "Referral to MASH"],
            [2, "02/03/2022", "Home visit: mum says he fell off his bike.", "Seen in his room, bruise fading.", "NFA"]]
    read = read_return(make_xlsx("CSC.xlsx", {"Log": rows}, merged={"Log": ["C1:D1"]}))
    assert [(e.details, e.action) for e in read.events] == [
        ("Call from school re bruise to arm.", "Referral to MASH"),
        ("Home visit: mum says he fell off his bike.\nSeen in his room, bruise fading.", "NFA")]
    assert all("Details (2)" not in e.extra for e in read.events)
    [note] = [p for p in read.problems if p.code == "merged-header"]
    assert note.row == 1 and "merged over columns C–D" in note.message
    # A header merged only to widen the column (the next column empty) says nothing.
    rows[2][3] = None
    assert not [p for p in read_return(make_xlsx("CSC.xlsx", {"Log": rows}, merged={"Log": ["C1:D1"]})).problems
                if p.code == "merged-header"]


def test_a_gp_consultation_exported_a_part_a_row_is_one_entry(make_xlsx):
    # The date on the consultation's first row, then "History", "Examination", "Plan" in the type column.
    path = make_xlsx("GP.xlsx", {"Export": [
        ["Date", "Clinician", "Type", "Entry"],
        ["09/01/2023", "Dr Patel", "Face to face", "Problem: burn to left hand."],
        [None, None, "History", "Touched the oven door yesterday."],
        [None, None, "Examination:", "Superficial burn, blistered."],
        [None, None, "Plan", "Dressing; HV informed."],
        [None, None, "Telephone", "Mum rang to ask about the dressing."],
    ]})
    read = read_return(path)
    first = read.events[0]
    assert first.source.rows == [2, 3, 4, 5] and first.contact_type == "Face to face"
    assert first.details == ("Problem: burn to left hand. History: Touched the oven door yesterday. Examination: "
                             "Superficial burn, blistered. Plan: Dressing; HV informed.")
    # A dateless row of another kind of contact is an entry of its own, with its missing date reported.
    assert [(e.source.row, e.contact_type, e.date) for e in read.events[1:]] == [(6, "Telephone", None)]
    assert read.continuations == 3


def test_section_headings_between_entries_are_listed_and_skipped(make_xlsx):
    path = make_xlsx("HV.xlsx", {"Chronology": [
        ["Date", "Details"],
        ["2019"],
        ["04/03/2019", "New birth visit."],
        ["PERIOD 2: MOVE TO NEW ADDRESS"],
        [None, "March 2020"],  # in the details column, when the date column is narrow
        ["03/03/2020", "Home visit."],
        [None, "Mother said the family had moved."],  # under a dated entry: its continuation
        ["2O/O3/2020"],  # a mistyped date alone: an entry, with an error
        ["Mother was seen at home."],  # a sentence in the date column: an entry, with an error
        ["unknown", "Call."],
    ]}, merged={"Chronology": ["A4:B4"]})
    read = read_return(path)
    headings = [(p.row, p.value) for p in read.problems if p.code == "section-heading"]
    assert headings == [(2, "2019"), (4, "PERIOD 2: MOVE TO NEW ADDRESS"), (5, "March 2020")]
    assert [(e.source.row, e.details) for e in read.events] == [
        (3, "New birth visit."), (6, "Home visit. Mother said the family had moved."), (8, ""), (9, ""),
        (10, "Call.")]
    assert (read.report.rows_read, read.blank_rows, read.continuations) == (9, 3, 1)


def test_a_collated_sheet_of_tables_each_under_its_agency_reads_each_as_that_agencys(make_xlsx):
    # One sheet, a table per agency, each under a heading naming it (the first's is the sheet's only title).
    path = make_xlsx("Collated.xlsx", {"Combined": [
        ["POLICE"], ["Date", "Details", "Officer"],
        ["05/01/2023", "Domestic incident at home.", "PC 12"], [],
        ["HEALTH VISITING"], ["Date", "Details", "Officer"],  # the same header again
        ["06/01/2023", "Notification of DA incident received.", "HV Cole"], [],
        ["Children's Social Care"], ["Date of contact", "Contact summary", "Worker"],  # a header of its own
        ["06/01/2023", "PPN received from police.", "SW Lee"],
    ]})
    read = read_return(path)
    assert [(e.source.row, e.agency) for e in read.events] == [
        (3, "POLICE"), (7, "HEALTH VISITING"), (11, "Children's Social Care")]
    assert [(p.row, p.code) for p in read.problems if p.code in ("agency-heading", "section-heading")] == [
        (5, "agency-heading"), (9, "agency-heading")]
    assert read.report.rows_read == read.report.events + read.blank_rows + read.continuations
    (sheet,) = read.report.sheets  # what validate shows of the sheet says so
    assert sheet.agency_from == ("title above the header; then HEALTH VISITING, Children's Social Care, from the "
                                 "headings above their tables")


def test_an_agency_column_naming_each_agency_once_above_its_entries(make_csv):
    # A collated return named for what it is: each agency written on its block's first row only.
    read = read_return(make_csv("Combined chronology.csv", [
        "Agency,Date,Details", "Police,05/01/2023,Domestic incident.", ",09/01/2023,DVPN served.",
        "Health Visiting,06/01/2023,Notification received.", ",20/01/2023,Home visit."]))
    assert [e.agency for e in read.events] == ["Police", "Police", "Health Visiting", "Health Visiting"]
    assert [(p.row, p.code) for p in read.problems] == [(3, "agency-from-above")]
    assert read.problems[0].message.startswith("2 entries with no agency in 'Agency' (from row 3)")
    assert read.report.sheets[0].agency_from == ("Agency column (a blank cell: the agency above it; none above: the "
                                                 "file name)")
    # In a return named for its agency, a blank Agency cell is that agency's, as before.
    named = read_return(make_csv("Northshire Police.csv", [
        "Agency,Date,Details", "Social care,05/01/2023,Strategy discussion.", ",09/01/2023,Arrest."]))
    assert [e.agency for e in named.events] == ["Social care", "Northshire Police"]
    # … but a collated return named for whoever collated it, its first entry's agency written and
    # two or more agencies written, none of them the file name's: the blank cells are of the agency above.
    collated = read_return(make_csv("Collated chronology (business unit).csv", [
        "Agency,Date,Details", "School,06/02/2023,Head lice again.", ",13/02/2023,Referral to CSC.",
        "Police,16/02/2023,PCSO joint visit.", ",25/03/2023,Concern for welfare."]))
    assert [e.agency for e in collated.events] == ["School", "School", "Police", "Police"]
    assert [p.code for p in collated.problems] == ["agency-from-above"]


def test_a_services_heading_under_a_title_naming_its_trust_is_a_section(make_xlsx):
    # The trust's title names the agency; "Health Visiting" and "School Nursing" are its services.
    path = make_xlsx("Chronology.xlsx", {"Chronology": [
        ["Northshire NHS Foundation Trust"], ["IMR chronology"], [],
        ["Health Visiting"], ["Date", "Details"], ["06/01/2023", "New birth visit."], [],
        ["School Nursing"], ["Date", "Details"], ["06/02/2023", "Drop-in at school."],
    ]})
    read = read_return(path)
    assert {e.agency for e in read.events} == {"Northshire NHS Foundation Trust"}
    assert read.events[1].extra == {"Section": "School Nursing"}
    # … and so is a service's heading in a return named for its agency.
    named = read_return(make_xlsx("Northshire Police.xlsx", {"Chronology": [
        ["Date", "Details"], ["06/01/2023", "Call."], ["Public Protection Unit"], ["07/01/2023", "Strategy."]]}))
    assert {e.agency for e in named.events} == {"Northshire Police"}


def test_a_group_header_row_above_the_header_names_its_columns(make_xlsx):
    path = make_xlsx("HV.xlsx", {"Chronology": [
        ["Health visiting chronology"],
        ["Event", None, "Practitioner", None, "Details", "Agency analysis"],
        ["Date", "Time", "Name", "Role", None, None],
        ["04/03/2019", "10:00", "J Smith", "Health Visitor", "New birth visit.", "Good practice"],
    ]}, merged={"Chronology": ["A1:F1", "A2:B2", "C2:D2", "E2:E3", "F2:F3"]})
    read = read_return(path)
    assert read.report.sheets[0].header_row == 3
    assert _fields(read) == {"Event Date": ("date", "header"), "Event Time": ("time", "header"),
                             "Practitioner Name": ("practitioner", "header"), "Practitioner Role": ("extra", "kept"),
                             "Details": ("details", "header"), "Agency analysis": ("comment", "header")}
    event = read.events[0]
    assert (event.date, event.time, event.practitioner, event.extra) == (
        dt.date(2019, 3, 4), "10:00", "J Smith", {"Practitioner Role": "Health Visitor"})


def test_a_date_cell_shown_as_a_month_or_a_year_is_read_as_one(make_xlsx):
    # Excel turns "Jun-10" typed in a cell into 01/06/2010 shown as "Jun-10": reading the day would invent it.
    path = make_xlsx("GP.xlsx", {"Chronology": [
        ["Date", "Details"],
        [dt.datetime(2010, 6, 1), "Typed as Jun-10."],
        [dt.datetime(2011, 3, 1), "Typed as March 2011, in a long month format."],
        [dt.datetime(2012, 1, 1), "Typed as 2012, in a year format."],
        [dt.datetime(2010, 6, 15), "A full date in a month format: the day was typed, so it stays."],
        [dt.datetime(2010, 7, 1), "The first of the month in a day format."],
    ]}, number_formats={"Chronology": {"A2": "mmm-yy", "A3": '[$-809]mmmm\\ yyyy;@', "A4": "yyyy",
                                       "A5": "mmm-yy", "A6": "dd/mm/yyyy"}})
    read = read_return(path)
    assert [(e.date, e.date_precision.value, e.date_text) for e in read.events] == [
        (dt.date(2010, 6, 1), "month", "Jun 2010"), (dt.date(2011, 3, 1), "month", "Mar 2011"),
        (dt.date(2012, 1, 1), "year", "2012"), (dt.date(2010, 6, 15), "day", "15/06/2010"),
        (dt.date(2010, 7, 1), "day", "01/07/2010")]


@pytest.mark.parametrize(("code", "shows"), [
    ("mmm-yy", "month"), ("mmmm yyyy", "month"), ('[$-809]mmmm\\ yyyy;@', "month"), ("yyyy", "year"),
    ("dd/mm/yyyy", None), ("d-mmm-yy", None), ("dd/mm/yyyy hh:mm", None), ("mm:ss", None), ("General", None),
    ('"Month: "mmm yy', "month"), ("0.00", None),
])
def test_which_date_formats_show_only_a_month_or_a_year(code, shows):
    from chron_merge.read.grid import _date_format_shows

    assert _date_format_shows(code) == shows


def test_a_header_over_two_rows_without_merged_cells_takes_the_label_above(make_xlsx):
    # As an .ods file gives it: the merged cells are not recorded, so "Details" sits above an empty cell.
    path = make_xlsx("HV.xlsx", {"Chronology": [
        ["Agency:", "Sandwell Health Visiting"],
        ["Event", None, "Practitioner", "Details", "Agency analysis"],
        ["Date", "Time", "Name", None, None],
        ["04/03/2019", "10:00", "J Smith", "New birth visit.", "Good practice"],
    ]})
    read = read_return(path)
    fields = _fields(read)
    assert (fields["Details"], fields["Agency analysis"]) == (("details", "header"), ("comment", "header"))
    assert read.events[0].agency == "Sandwell Health Visiting"


def test_a_sheet_with_no_header_and_one_entry_under_titles_and_over_a_sign_off_is_read(make_xlsx):
    path = make_xlsx("Ambulance.xlsx", {"Sheet1": [
        ["Ambulance chronology - Child D"], ["Completed by: IMR author"],
        [None, "999 call: child not breathing; crew on scene; conveyed to hospital.", "Cardiac arrest", "May 21, 2012, 06:42hrs"],
        [], ["Signed: A. Author", None, "Date: 01/02/2013"], ["END OF CHRONOLOGY"]]})
    read = read_return(path)
    assert [(e.source.row, e.date, e.time, e.details[:8]) for e in read.events] == [
        (3, dt.date(2012, 5, 21), "06:42", "999 call")]
    assert not [p for p in read.problems if p.level.value == "error"]


def test_an_end_marker_does_not_hide_the_date_column_of_a_short_sheet_with_no_header(make_xlsx):
    path = make_xlsx("Ambulance.xlsx", {"Chronology": [
        ["Ambulance chronology - Child D"],
        ["21 May 2012", "06:42", "Cardiac arrest", "999 call: child not breathing; crew on scene; conveyed to hospital."],
        [], ["Signed: A. Author", None, "Date: 01/02/2013"], ["END OF CHRONOLOGY"]]}, merged={"Chronology": ["A1:D1"]})
    read = read_return(path)
    assert [(e.source.row, e.date, e.time) for e in read.events] == [(2, dt.date(2012, 5, 21), "06:42")]


def test_a_title_merged_across_the_columns_is_no_header(make_xlsx):
    path = make_xlsx("CSC.xlsx", {"Sheet1": [
        ["CSC chronology"], ["Completed by: IMR author"], [],
        ["16 February 2010", "11:05", "Duty team", "Referral received from the Addiction Service about the unborn baby."],
        ["22 February 2010", None, "Social worker", "Initial assessment completed; further assessment required."]]},
        merged={"Sheet1": ["A1:D1", "A2:D2"]})
    read = read_return(path)
    assert read.report.sheets[0].header_row is None
    assert [e.date for e in read.events] == [dt.date(2010, 2, 16), dt.date(2010, 2, 22)]


def test_an_entry_that_mentions_a_date_is_no_header_of_a_sheet_without_one(make_csv):
    # "… (date not recorded)" names the date field as a header might; it is one entry among others.
    lines = [f"{day:02d}/01/2020,Repeat prescription issued by the practice.,Dr Evans" for day in range(1, 6)]
    path = make_csv("GP.csv", [*lines[:3], "unknown,Records from previous practice requested (date not recorded).,Admin",
                               *lines[3:]])
    read = read_return(path)
    assert read.report.sheets[0].header_row is None
    assert [e.source.row for e in read.events] == [1, 2, 3, 4, 5, 6]
    assert read.events[3].details == "Records from previous practice requested (date not recorded)."


def test_a_sheet_with_no_header_is_read_by_content_and_warned_about(make_csv):
    path = make_csv("HV.csv", [
        "Health visiting chronology",
        "03/02/2020,J Smith,Home visit to mother and baby; all well.",
        "05/02/2020,J Smith,Phone call with the school about attendance.",
        "unknown,K Patel,Letter sent offering a clinic appointment.",
    ])
    read = read_return(path)
    sheet = read.report.sheets[0]
    assert sheet.header_row is None
    assert _fields(read) == {"Column A": ("date", "content"), "Column B": ("extra", "kept"),
                             "Column C": ("details", "content")}
    assert [(e.source.row, e.date, e.details[:10]) for e in read.events] == [
        (2, dt.date(2020, 2, 3), "Home visit"), (3, dt.date(2020, 2, 5), "Phone call"), (4, None, "Letter sen")]
    assert [(p.code, p.level.value) for p in read.problems] == [("no-header", "warning"), ("missing-date", "error")]


def test_a_sheet_of_words_with_no_dates_is_still_refused(make_csv):
    from chron_merge.errors import UnreadableReturnError

    path = make_csv("list.csv", ["apples,pears", "plums,cherries"])
    with pytest.raises(UnreadableReturnError):
        read_return(path)


def test_a_header_with_guidance_in_it_is_still_the_header(make_csv):
    path = make_csv("HV.csv", [
        'Date of contact (DD/MM/YYYY),Time,"Details of contact (please include: who was present, what was discussed, '
        'any concerns raised, and the outcome of the contact)","Agency analysis / reflection (what does this entry '
        'tell us about the child\'s lived experience and the quality of practice?)"',
        "03/02/2020,10:00,Home visit; mother and baby seen.,Good practice",
    ])
    read = read_return(path)
    assert read.report.sheets[0].header_row == 1
    assert [f for f, _ in _fields(read).values()] == ["date", "time", "details", "comment"]


def test_a_return_whose_only_text_column_is_headed_comments_has_its_entries_as_details(make_csv):
    path = make_csv("GP.csv", ["Date,Comments", "03/02/2020,Home visit; mother and baby seen; safe sleep discussed.",
                               "05/02/2020,Phone call with the school about attendance."])
    read = read_return(path)
    assert _fields(read)["Comments"] == ("details", "content")
    assert read.events[0].details.startswith("Home visit") and read.events[0].comment is None
    assert [(p.code, p.level.value) for p in read.problems] == [("column-mapping", "info")]
    assert '"Comments" = "comment"' in read.problems[0].fix


def test_sheets_named_like_guidance_are_skipped_and_case_notes_are_read(make_xlsx):
    example = [["Date", "Details"], ["01/01/2020", "Example: home visit, who was seen, what was said."]]
    path = make_xlsx("HV.xlsx", {
        "Guidance notes": example, "Example entries": example,
        "Chronology": [["Date", "Details"], ["03/02/2020", "Home visit."]],
        "Case notes": [["Date", "Details"], ["04/02/2020", "Call with mother."]],
        # services named so, a sheet for each (held-out r290)
        "Early Help": [["Date", "Details"], ["05/02/2020", "Joint visit."]],
        "Key worker": [["Date", "Details"], ["06/02/2020", "Session with A."]],
        "Help": example,
    })
    read = read_return(path)
    assert [(e.source.sheet, e.details) for e in read.events] == [
        ("Chronology", "Home visit."), ("Case notes", "Call with mother."), ("Early Help", "Joint visit."),
        ("Key worker", "Session with A.")]
    skipped = [(p.sheet, p.level.value) for p in read.problems if p.code == "sheet-skipped"]
    assert skipped == [("Guidance notes", "info"), ("Example entries", "info"), ("Help", "info")]


def test_a_templates_rows_numbered_in_advance_with_nothing_else_are_blank_rows(make_xlsx):
    rows = [["No.", "Date", "Details"], [1, "06/03/2023", "Supervision session."], [2, None, None],
            [3, "13/03/2023", "Home visit."]] + [[n, None, None] for n in range(4, 30)]
    read = read_return(make_xlsx("YJS.xlsx", {"Chronology": rows}))
    assert [e.details for e in read.events] == ["Supervision session.", "Home visit."]
    assert (read.blank_rows, read.problems) == (27, [])
    # … and so are those with the agency filled in as well (a template's drop-down): skipped, said once
    rows = [["No.", "Date", "Agency", "Details"], [1, "04/03/2024", "Health Visiting", "Seen mum and baby."],
            [2, "08/03/2024", "Health Visiting", "Mum rang about feeding."]] + [
            [n, None, "Health Visiting", None] for n in range(3, 58)]
    read = read_return(make_xlsx("HV template.xlsx", {"Chronology": rows}))
    assert [e.details for e in read.events] == ["Seen mum and baby.", "Mum rang about feeding."]
    assert read.blank_rows == 55
    [note] = read.problems
    assert (note.code, note.level.value, note.row) == ("template-rows", "info", 4)
    assert note.message.startswith("55 rows (from row 4) hold only their number and the agency")
    # a column of numbers that do not count up is no numbering: its rows are entries to look at
    rows = [["No.", "Date", "Details"], [5, "06/03/2023", "Supervision session."], [2, None, None]]
    read = read_return(make_xlsx("YJS.xlsx", {"Chronology": rows}))
    assert len(read.events) == 2 and "missing-date" in [p.code for p in read.problems]


def test_a_templates_placeholder_left_in_a_cell_is_empty(make_xlsx):
    # "Please select" where a drop-down was never used: no contact type, and a row of nothing else is blank.
    rows = [["Date", "Contact type", "Details"], ["06/03/2023", "Home visit", "Visit, child seen."],
            [None, "Please select", None], ["08/03/2023", "Please select", "Call to mum."],
            ["09/03/2023", "Phone", "Call to school."]] + [[None, "Please select", None]] * 6
    read = read_return(make_xlsx("HV.xlsx", {"Chronology": rows}))
    assert [(e.contact_type, e.details) for e in read.events] == [
        ("Home visit", "Visit, child seen."), (None, "Call to mum."), ("Phone", "Call to school.")]
    assert read.blank_rows == 7
    [note] = read.problems
    assert (note.code, note.level.value, note.row) == ("placeholder", "info", 3)
    assert note.message.startswith("8 cells in 8 rows (from row 3) hold a template's placeholder ('Please select')")


def test_the_second_column_under_an_agency_response_heading_is_no_agency(make_xlsx):
    # "Agency response" merged over "Action" and "Outcome": the outcome is not who made the entry.
    path = make_xlsx("YJS.xlsx", {"Chronology": [
        ["Ref", "Contact", None, None, "Agency response", None],
        [None, "Date of", "Type of", "Details of contact", "Action", "Outcome"],
        [1, "06/03/2023", "Office", "Supervision session: J engaged.", "Plan reviewed", "Next appt 13/03"],
        [2, "13/03/2023", "Home visit", "J not at home.", "Letter", "Warning"]]},
        merged={"Chronology": ["B1:D1", "E1:F1"]})
    read = read_return(path)
    assert {e.agency for e in read.events} == {"YJS"}
    assert [e.extra.get("Agency response Outcome") for e in read.events] == ["Next appt 13/03", "Warning"]


@pytest.mark.parametrize("name", ["Ward notes", "Nursing notes", "Progress notes", "Daily notes"])
def test_a_sheet_of_a_kind_of_notes_is_read_beside_another_chronology(make_xlsx, name):
    # A hospital's workbook: its stays on one sheet, the ward's notes on another.
    path = make_xlsx("Hospital.xlsx", {
        "Stays": [["Admission date", "Discharge date", "Diagnosis"], ["02/07/2023", "16/07/2023", "Pneumonia."]],
        name: [["Date", "Note"], ["10/07/2023", "Safeguarding referral to ASC: carers give him toast."]],
    })
    read = read_return(path)
    assert [e.source.sheet for e in read.events] == ["Stays", name]
    assert not [p for p in read.problems if p.code == "sheet-skipped"]


@pytest.mark.parametrize(("example_rows", "level"), [(2, "info"), (6, "warning")])
def test_a_notes_sheet_is_skipped_quietly_unless_it_has_more_entries_than_a_templates_examples(
        make_xlsx, example_rows, level):
    notes = [["Date", "Details"]] + [[f"0{n}/01/2020", "Example: home visit, who was seen, what was said."]
                                     for n in range(1, example_rows + 1)]
    path = make_xlsx("HV.xlsx", {"Notes for completion": notes,
                                 "Chronology": [["Date", "Details"], ["03/02/2020", "Home visit."]]})
    read = read_return(path)
    assert [e.source.sheet for e in read.events] == ["Chronology"]
    [skipped] = [p for p in read.problems if p.code == "sheet-skipped"]
    assert skipped.level.value == level
    assert (f"but {example_rows} of its rows look like entries" in skipped.message) is (level == "warning")
    assert "rename it" in skipped.fix


def test_a_column_of_dates_under_another_fields_header_is_the_date_when_no_other_column_is(make_csv):
    # A helpline's one-row return: "Contact received" reads as a contact type by its header; its cells are dates.
    path = make_csv("NSPCC Helpline.csv", ["Contact received,Summary",
                                           "02/02/2024 19:20,Mother called the helpline about messages to her son."])
    read = read_return(path)
    assert [(e.date_text, e.time, e.details, e.contact_type) for e in read.events] == [
        ("02/02/2024 19:20", "19:20", "Mother called the helpline about messages to her son.", None)]
    assert [p.message for p in read.problems] == ["'Contact received' holds dates, not a contact type: read as the date"]


def test_a_date_cell_with_the_worker_after_it_is_read_and_kept_as_written(make_csv):
    path = make_csv("Leaving Care Team.csv", ["Date / worker,Contact",
                                              "12/09/2023 - PA Jones,S texted: boyfriend hit her last night.",
                                              "05/10/2023 - PA Jones,PA attended MARAC for S.",
                                              "06/10/2023 or 07/10/2023,Visit - date not recorded."])
    read = read_return(path)
    assert [(e.date, e.date_text) for e in read.events] == [
        (dt.date(2023, 9, 12), "12/09/2023 - PA Jones"), (dt.date(2023, 10, 5), "05/10/2023 - PA Jones"),
        (None, "06/10/2023 or 07/10/2023")]  # one of two dates is never picked
    from chron_merge.read.sheet import _date_before_words

    assert _date_before_words("06/10/2023 & later", False) is None  # a limit, not the date
    assert [(p.row, p.code) for p in read.problems if p.row] == [(2, "date-remark"), (3, "date-remark"),
                                                                 (4, "unreadable-date")]


def test_a_date_cell_with_the_worker_before_it_is_read_and_kept_as_written(make_csv):
    # A mental health trust's print: the author, then the date and time, in one cell.
    path = make_csv("Mental Health Trust.csv", ["Author / date,Note",
                                                "J Okafor 13/02/2024 09:10,Care coordinator: visit tomorrow.",
                                                "Dr A. Shah - 04/03/2024,Seen in clinic.",
                                                "Before 13/02/2024,Letter sent (date not kept).",
                                                "J Okafor 13/02/2024 or 14/02/2024,Home visit."])
    read = read_return(path)
    assert [(e.date, e.time, e.date_text) for e in read.events] == [
        (dt.date(2024, 2, 13), "09:10", "J Okafor 13/02/2024 09:10"), (dt.date(2024, 3, 4), None, "Dr A. Shah - 04/03/2024"),
        (None, None, "Before 13/02/2024"), (None, None, "J Okafor 13/02/2024 or 14/02/2024")]  # a limit; one of two
    assert [(p.row, p.code) for p in read.problems if p.row] == [(2, "date-remark"), (3, "date-remark"),
                                                                 (4, "unreadable-date"), (5, "unreadable-date")]


def test_an_entry_told_by_its_contact_type_alone_is_a_note_not_a_warning(make_csv):
    path = make_csv("GP.csv", ["Date,Contact type,Details", "03/02/2020,DNA,", "04/02/2020,,",
                               "05/02/2020,Home visit,Mother seen."])
    read = read_return(path)
    assert [(p.row, p.level.value, p.code) for p in read.problems] == [(2, "info", "no-details"),
                                                                       (3, "warning", "no-details")]
    assert read.events[0].contact_type == "DNA"


def test_a_header_that_goes_on_in_the_row_below_is_read_as_one(make_xlsx):
    # "Date of" above "contact": a header cell breaks off and its row below completes it; or a row of
    # guidance under the header. Either way the next row is header, not an entry with an unreadable date.
    path = make_xlsx("HV.xlsx", {
        "Broken": [["Date of", "Details of contact /", "Name of"], ["contact", "event", "worker"],
                   ["03/02/2020", "Home visit.", "HV Jones"]],
        "Entries": [["Date", "Time", "Details"], ["(DD/MM/YYYY)", "(24hr clock)", "e.g. who was seen"],
                     ["04/02/2020", "10:00", "Clinic."]],
        # No header cell breaks off: a row of words below is an (undated) entry, not more header.
        "Plain": [["Date", "Details", "Worker"], [None, "Case closed", "Team"], ["05/02/2020", "Visit.", "HV Smith"]],
    })
    read = read_return(path)
    sheets = {s.name: s for s in read.report.sheets}
    assert [(c.header, c.field) for c in sheets["Broken"].columns] == [
        ("Date of contact", "date"), ("Details of contact / event", "details"), ("Name of worker", "practitioner")]
    assert sheets["Broken"].header_row == 2 and sheets["Broken"].rows_read == 1
    assert [(c.header, c.field) for c in sheets["Entries"].columns][:2] == [("Date (DD/MM/YYYY)", "date"),
                                                                              ("Time (24hr clock)", "time")]
    assert sheets["Plain"].header_row == 1 and sheets["Plain"].rows_read == 2
    assert [e.details for e in read.events] == ["Home visit.", "Clinic.", "Case closed", "Visit."]
    assert [p.message for p in read.problems if p.code == "column-mapping"] == [
        "row 2 continues the header of row 1: read as one header ('Date of contact', 'Details of contact / event', "
        "'Name of worker')",
        "row 2 continues the header of row 1: read as one header ('Date (DD/MM/YYYY)', 'Time (24hr clock)', "
        "'Details e.g. who was seen')"]


def test_a_templates_instruction_row_under_the_header_is_header_not_an_entry(make_xlsx):
    # "Enter one contact per row" under "Date", beside what each column is for: guidance to whoever
    # fills it in. A row of short words with no instruction stays an (undated) entry, as above.
    path = make_xlsx("Fostering.xlsx", {"Chronology": [
        ["Date", "Author", "Contact / event"], ["Enter one contact per row", "Role", "What happened"],
        ["01/08/2023", "SSW", "Mum and baby placed with carers."]]})
    read = read_return(path)
    assert [e.details for e in read.events] == ["Mum and baby placed with carers."]
    assert [p.code for p in read.problems] == ["column-mapping"]
    assert read.report.sheets[0].header_row == 2


def test_a_labelled_row_below_an_entry_is_the_rest_of_it(make_csv):
    # A police print: each occurrence's date, number and type on one row, "Remarks:" and its text on
    # the next. The remarks are the occurrence's text, not an undated entry of their own.
    path = make_csv("Police.csv", ["Date,Occurrence,Type", "05/03/2024,24/1187,Domestic - crime",
                                   "Remarks:,Male pushed partner while she held the baby. Arrested.,",
                                   "07/03/2024,24/1240,Court", "Notes:,DVPO granted for 28 days.,"])
    read = read_return(path)
    assert [(e.date, e.details, e.source.rows) for e in read.events] == [
        (dt.date(2024, 3, 5), "24/1187 Remarks: Male pushed partner while she held the baby. Arrested.", [2, 3]),
        (dt.date(2024, 3, 7), "24/1240 Notes: DVPO granted for 28 days.", [4, 5])]
    assert [p.code for p in read.problems] == ["continuation", "continuation"]


def test_a_ditto_mark_takes_the_value_above_and_says_so(make_csv):
    # Once merged with other agencies' entries and sorted, "as above" would point at another entry.
    path = make_csv("HV.csv", ["Date,Worker,Details", '03/02/2020,"""",Visit with no worker above.',
                               "04/02/2020,HV Jones,Clinic.", '"""",ditto,Second contact that day.',
                               "05/02/2020,as above,Phone call.", "06/02/2020,Same as above (HV),As above."])
    read = read_return(path)
    assert [(e.date_text, e.practitioner, e.details) for e in read.events] == [
        ("03/02/2020", '"', "Visit with no worker above."), ("04/02/2020", "HV Jones", "Clinic."),
        ("04/02/2020", "HV Jones", "Second contact that day."), ("05/02/2020", "HV Jones", "Phone call."),
        ("06/02/2020", "Same as above (HV)", "As above.")]  # details are never rewritten; a longer cell is no mark
    assert [(p.row, p.level.value) for p in read.problems if p.code == "ditto"] == [
        (2, "warning"), (4, "info"), (4, "info"), (5, "info")]
    assert "taken from the row above: 'HV Jones'" in next(p.message for p in read.problems if p.row == 5)


def test_an_end_date_column_makes_each_entry_a_period(make_csv):
    path = make_csv("Ward.csv", ["Admission date,Discharge date,Ward,Notes",
                                 "03/02/2020,05/02/2020,Ward 4,Admitted with bronchiolitis.",
                                 "06/03/2020,,Ward 4,Day case.",
                                 "11/03/2020,ongoing,Ward 2,Admitted.",
                                 "12/03/2020,TBC,Ward 2,Transferred.",
                                 "13/03/2020,01/03/2020,Ward 2,End before start.",
                                 "unknown,20/03/2020,Ward 3,No start known.",
                                 "21/03/2020,21/03/2020,Ward 1,Day case: in and out on one day."])
    read = read_return(path)
    assert [(c.header, c.field) for c in read.report.sheets[0].columns][:2] == [("Admission date", "date"),
                                                                                 ("Discharge date", "date_end")]
    assert [(e.date, e.date_end, e.date_text) for e in read.events] == [
        (dt.date(2020, 2, 3), dt.date(2020, 2, 5), "03/02/2020 – 05/02/2020"),
        (dt.date(2020, 3, 6), None, "06/03/2020"),
        (dt.date(2020, 3, 11), None, "11/03/2020 – ongoing"),
        (dt.date(2020, 3, 12), None, "12/03/2020"), (dt.date(2020, 3, 13), None, "13/03/2020"),
        (None, None, "unknown"),  # the start's own text, for the author to correct
        (dt.date(2020, 3, 21), None, "21/03/2020")]  # one day, not a period of one day
    # An end that is no date, or before the start, or without a start, is kept as written; nothing is lost.
    assert [e.extra.get("Discharge date") for e in read.events] == [None, None, None, "TBC", "01/03/2020",
                                                                    "20/03/2020", "21/03/2020"]
    assert [p.row for p in read.problems if p.code == "period"] == [2, 4]  # (row 4: "ongoing")
    assert [(p.row, p.level.value) for p in read.problems if p.level.value != "info"] == [
        (5, "warning"), (6, "warning"), (7, "error")]


@pytest.mark.parametrize("end_header", ["Date of discharge", "Date of leaving", "Date left"])
def test_an_end_date_written_as_the_date_of_the_end_is_the_end_of_the_period(make_xlsx, end_header):
    # "Date of admission | Date of discharge" (held-out r450: the discharge date was kept aside, so the
    # stay was no stay, and a school's news of it did not link to it).
    path = make_xlsx("Westshire Hospital.xlsx", {"Admissions": [
        ["Date of admission", end_header, "Ward", "Summary"],
        [dt.datetime(2024, 3, 11), dt.datetime(2024, 3, 13), "Ward 4", "New type 1 diabetes presenting in DKA."]]})
    read = read_return(path)
    assert [(e.date, e.date_end) for e in read.events] == [(dt.date(2024, 3, 11), dt.date(2024, 3, 13))]


def test_a_start_and_end_at_two_times_of_one_day_is_that_day_at_its_start_time(make_xlsx):
    # A hospital system's 'Event Start' and 'Event End' as date-times: a visit from 10:00 to 11:00 is no
    # period of days (it sorts at 10:00, its end kept as written); a stay over three days is a period.
    path = make_xlsx("Hospital.xlsx", {"Events": [
        ["Event Start", "Event End", "Event Type", "Description"],
        [dt.datetime(2024, 3, 4, 10, 0), dt.datetime(2024, 3, 4, 11, 0), "Home visit", "Seen mum and baby."],
        [dt.datetime(2024, 3, 6, 9, 0), dt.datetime(2024, 3, 8, 12, 0), "Admission", "Bronchiolitis."]]})
    read = read_return(path)
    assert [(e.date, e.date_end, e.time) for e in read.events] == [
        (dt.date(2024, 3, 4), None, "10:00"), (dt.date(2024, 3, 6), dt.date(2024, 3, 8), "09:00")]
    assert read.events[0].extra == {"Event End": "04/03/2024 11:00"}
    assert [p.row for p in read.problems if p.code == "period"] == [3]


def test_an_end_column_named_by_what_ends_makes_each_entry_a_period(make_csv):
    # A short breaks unit's stays: "Stay start | Stay end"; a column that is not an end stays extra.
    path = make_csv("Oak House.csv", ["Stay start,Stay end,Referred to,Notes",
                                      "03/06/2022,05/06/2022,01/06/2022,Short break stay: pressure sore noted.",
                                      "10/06/2022,,,Tea visit after school."])
    read = read_return(path)
    assert [(e.date, e.date_end) for e in read.events] == [(dt.date(2022, 6, 3), dt.date(2022, 6, 5)),
                                                           (dt.date(2022, 6, 10), None)]
    assert read.events[0].extra == {"Referred to": "01/06/2022"}


def test_a_date_closed_column_is_kept_beside_the_date_not_made_its_end(make_csv):
    # A college's welfare log: the concern happened on the day it was raised.
    path = make_csv("College.csv", ["Date Raised,Category,Description,Date Closed",
                                    "20/04/2023,Welfare,L told her tutor she is sofa-surfing.,27/04/2023"])
    [event] = read_return(path).events
    assert (event.date, event.date_end, event.extra) == (dt.date(2023, 4, 20), None, {"Date Closed": "27/04/2023"})


def test_an_end_date_column_never_takes_the_place_of_the_start():
    from chron_merge.read.headers import field_scores

    assert field_scores("Start date")["date"] > field_scores("End date")["date"] + 4  # more than content can add
    assert field_scores("Discharge date")["date"] >= 4  # still a date column when it is the only one


def test_entries_written_as_texts_that_start_with_their_dates(make_xlsx):
    # A chronology pasted from Word: one column, each entry a text that starts with its date.
    path = make_xlsx("HV.xlsx", {"Chronology": [
        ["Chronology of involvement"],
        ["03/02/2020 - Home visit, mother and baby seen."],
        ["05/02/2020: Telephone call from GP re mother's mood."],
        ["Mother said she was coping; advice given."],
        ["w/c 17/02/2020 – Letter sent offering appointment."],
        ["March 2020 - Family moved out of area."],
    ], "Beside an empty Date column": [
        ["Date", "Event"], [None, "10.02.2020 Clinic attendance."], [None, "11/02/2020 Phone call."],
        [None, "12/02/2020 Letter."],
    ]})
    read = read_return(path)
    assert [(e.date_text, e.date_precision.value, e.details) for e in read.events] == [
        ("03/02/2020", "day", "Home visit, mother and baby seen."),
        ("05/02/2020", "day", "Telephone call from GP re mother's mood. Mother said she was coping; advice given."),
        ("w/c 17/02/2020", "week", "Letter sent offering appointment."),
        ("March 2020", "month", "Family moved out of area."),  # an entry, not a section heading
        ("10.02.2020", "day", "Clinic attendance."), ("11/02/2020", "day", "Phone call."), ("12/02/2020", "day", "Letter.")]
    assert [s.rows_read for s in read.report.sheets] == [5, 3] and read.continuations == 1
    assert [c.field for c in read.report.sheets[1].columns] == ["extra", "date + details"]
    assert sum(p.code == "column-mapping" and "start with their dates" in p.message for p in read.problems) == 2


def test_a_journal_of_dated_headings_each_above_what_was_said_is_read_entry_by_entry(make_xlsx):
    # A GP record printed consultation by consultation into one column: a dated heading, then the
    # text on the lines below it; only one text in two or three starts with a date.
    path = make_xlsx("GP.xlsx", {"Journal": [
        ["Meadow Lane Surgery – patient record extract"], [],
        ["02-Aug-2022  Dr K Shah  (Surgery consultation)"], ["Pregnancy confirmed."], ["Low mood, declined medication."],
        [], ["21-Jan-2023  Admin  (Document)"], ["Discharge summary: normal delivery."], [],
        ["01-Mar-2023  Dr K Shah  (Surgery consultation)"], ["6-8 week check. EPDS 16."]]})
    read = read_return(path)
    assert [(e.date, e.source.rows, e.details) for e in read.events] == [
        (dt.date(2022, 8, 2), [3, 4, 5],
         "Dr K Shah  (Surgery consultation) Pregnancy confirmed. Low mood, declined medication."),
        (dt.date(2023, 1, 21), [7, 8], "Admin  (Document) Discharge summary: normal delivery."),
        (dt.date(2023, 3, 1), [10, 11], "Dr K Shah  (Surgery consultation) 6-8 week check. EPDS 16.")]
    # A table's column of texts, a few of which start with a date, is no such journal.
    table = read_return(make_xlsx("CSC.xlsx", {"Chronology": [
        ["Date", "Details"], ["03/02/2020", "Home visit."], ["04/02/2020", "12/01/2020 letter received late."],
        ["05/02/2020", "Phone call."], ["06/02/2020", "Visit."]]}))
    assert [e.details for e in table.events][1] == "12/01/2020 letter received late."


def test_a_date_that_only_reads_month_first_warns_about_the_dates_that_read_either_way(make_csv):
    path = make_csv("US.csv", ["Date,Details", "2/3/2020,Visit A.", "2/13/2020,Visit B.", "3/1/2020,Visit C.",
                               "25/12/2020,Visit D."])
    read = read_return(path)
    assert [e.date for e in read.events] == [dt.date(2020, 3, 2), None, dt.date(2020, 1, 3), dt.date(2020, 12, 25)]
    warning = next(p for p in read.problems if p.code == "month-first")
    assert warning.message == ("'2/13/2020' can only be read month-first (US style), so the 2 dates in 'Date' that "
                               "read either way may be wrong too: '2/3/2020' (row 2) is read as 2 March 2020")
    assert "Text to Columns > Next > Next > Date: MDY" in warning.fix  # (Excel's way to turn them round)
    # A return that is day-first throughout, with one mistyped date, raises only that date's error.
    day_first = read_return(make_csv("UK.csv", ["Date,Details", "2/3/2020,Visit A.", "31/06/2020,Visit B."]))
    assert [p.code for p in day_first.problems] == ["invalid-date"]


def test_a_column_of_dates_mostly_month_first_is_still_the_date_column(make_csv):
    # A US-made system's export under a header naming no date ("Reported"): "3/14/2024 2:30 PM" is a
    # date, though not day-first, so the column is the entries' dates, not a return refused for
    # having none (held-out r433); each date that is none day-first is said to be, and no date guessed.
    path = make_csv("School export.csv", ["Reported,Student,Description",
                                          "3/14/2024 2:30 PM,Zac M,Drew swastikas; Prevent referral.",
                                          "3/28/2024 10:00 AM,Zac M,DSL attended the Channel panel.",
                                          "5/2/2024 11:45 AM,Zac M,Knife found in his bag."])
    read = read_return(path)
    assert [(e.date, e.details[:4]) for e in read.events] == [(None, "Drew"), (None, "DSL "), (dt.date(2024, 2, 5), "Knif")]
    assert [(p.code, p.row) for p in read.problems if p.level == Level.ERROR] == [("invalid-date", 2), ("invalid-date", 3)]
    warning = next(p for p in read.problems if p.code == "month-first")
    assert warning.message == ("'3/14/2024 2:30 PM' can only be read month-first (US style), so the one date in "
                               "'Reported' that reads either way may be wrong too: '5/2/2024 11:45 AM' (row 4) is read "
                               "as 5 February 2024")


def test_a_date_column_headed_month_first_is_read_month_first(make_csv):
    # "Date (MM/DD/YYYY)": the return says how its dates are written (a system set up in the US),
    # so "03/04/2024" is 4 March, kept as written, said once; a date cell in a workbook is no text to turn.
    path = make_csv("University.csv", ["Date (MM/DD/YYYY),Summary", "02/03/2024,Self-referral.",
                                       "03/16/2024 14:00,Flatmates concerned.", "unknown,Email.", "02/30/2024,Call."])
    read = read_return(path)
    assert [(e.date, e.date_text, e.time) for e in read.events] == [
        (dt.date(2024, 2, 3), "02/03/2024", None), (dt.date(2024, 3, 16), "03/16/2024 14:00", "14:00"),
        (None, "unknown", None), (None, "02/30/2024", None)]
    # (no date either way: reported as written)
    assert next(p.message for p in read.problems if p.row == 5).startswith("02/30/2024 is not a date")
    assert [(p.code, p.message) for p in read.problems if p.code.startswith("month")] == [
        ("month-first-header", "'Date (MM/DD/YYYY)' says its dates are month-first: its 2 dates written in numbers "
                               "are read so ('02/03/2024' as 3 February 2024)")]
    # A day-first header, or none, reads day-first as ever.
    uk = read_return(make_csv("UK.csv", ["Date (DD/MM/YYYY),Summary", "02/03/2024,Visit."]))
    assert [e.date for e in uk.events] == [dt.date(2024, 3, 2)]


def test_of_two_columns_of_times_the_time_it_happened_is_read_not_the_planned(make_xlsx):
    # A home care agency's visits: the time planned and the times the carer came and went. A
    # missed call has no time of its own: its planned time is kept beside it.
    path = make_xlsx("Homecare.xlsx", {"Visits": [
        ["Visit date", "Planned", "Actual in", "Actual out", "Notes"],
        ["13/02/2023", "08:00", "08:05", "08:40", "Breakfast and meds."],
        ["14/02/2023", "08:00", None, None, "Missed call - carer off sick."],
        ["14/02/2023", "13:00", "14:20", "14:35", "Found Frank on the bedroom floor."]]})
    read = read_return(path)
    assert [(e.time, e.extra.get("Planned")) for e in read.events] == [
        ("08:05", "08:00"), (None, "08:00"), ("14:20", "13:00")]


def test_a_sheet_of_two_tables_reads_both(make_xlsx):
    # One table per family member, each with its own header: before, only the better-scoring
    # header's table was read and the rows of the other were lost without a word.
    path = make_xlsx("GP.xlsx", {"GP records": [
        ["GP chronology"], ["MOTHER"], ["Date", "Consultation", "Clinician"],
        ["03/02/2020", "Low mood; sertraline started.", "Dr Shah"], ["24/02/2020", "DNA review.", "Dr Shah"], [],
        ["CHILD A"], ["Date of consultation", "Consultation notes", "Seen by"],
        ["05/02/2020", "Cough; viral illness.", "Dr Patel"], ["01/03/2020", "Head injury follow up.", "Dr Patel"]]})
    read = read_return(path)
    assert [(e.source.row, e.details, e.practitioner, e.extra) for e in read.events] == [
        (4, "Low mood; sertraline started.", "Dr Shah", {}), (5, "DNA review.", "Dr Shah", {}),
        (9, "Cough; viral illness.", "Dr Patel", {"Section": "CHILD A"}),
        (10, "Head injury follow up.", "Dr Patel", {"Section": "CHILD A"})]
    sheet = read.report.sheets[0]
    assert (sheet.header_row, sheet.rows_read, sheet.events, sheet.blank_rows) == (3, 7, 4, 3)
    assert [(p.row, p.code) for p in read.problems if p.level.value != "info" or p.code == "new-table"] == [
        (8, "new-table")]


def test_entries_above_the_header_are_reported_and_a_version_table_is_not_read(make_xlsx):
    path = make_xlsx("Police.xlsx", {"Chronology": [
        ["Version", "Date", "Author", "Changes"],
        ["1.0", "01/05/2021", "DS Smith", "First draft for the panel"],
        ["1.1", "20/05/2021", "DS Smith", "Amended after panel comments"],
        [],
        ["03/01/2020", "Officers attended the address after a call."],  # an entry typed above the header
        ["03/01/2020 - Call to the school about Child A."],  # … and one typed in one cell
        ["Date", "Time", "Details", "Officer"],
        ["04/01/2020", "10:00", "Welfare check at the home address.", "PC 1"],
        ["05/01/2020", "11:00", "Call from the school about Child A.", "PC 2"]]})
    read = read_return(path)
    assert [e.source.row for e in read.events] == [8, 9]
    warning = next(p for p in read.problems if p.code == "above-header")
    assert (warning.row, warning.level.value) == (5, "warning")
    assert warning.message == "rows 5, 6 above the header (row 7) look like entries and are not read"


def test_entries_above_a_header_in_its_columns_are_read_with_it(make_xlsx):
    # The first page's header was lost; the header printed on the next page remains.
    entries = [[f"{day:02d}/01/2020", "PC 1", f"Entry {day}: welfare check at the home address."] for day in range(1, 5)]
    path = make_xlsx("Police.xlsx", {"Chronology": [
        ["Northshire Police chronology"], *entries[:2], ["Date", "Officer", "Details"], *entries[2:]]})
    read = read_return(path)
    assert [(e.source.row, e.date, e.details) for e in read.events] == [
        (row, dt.date(2020, 1, day), f"Entry {day}: welfare check at the home address.")
        for row, day in [(2, 1), (3, 2), (5, 3), (6, 4)]]
    note = next(p for p in read.problems if p.code == "above-header")
    assert (note.row, note.level.value) == (2, "info")
    assert note.message == "rows 2, 3 above the header (row 4) are entries in its columns: read with it"
    sheet = read.report.sheets[0]
    assert sheet.rows_read == sheet.events + sheet.continuations + sheet.blank_rows == 5  # the header row is skipped


def test_a_csv_line_split_by_an_unquoted_comma_is_warned_about_and_nothing_is_lost(make_csv):
    path = make_csv("HV.csv", ["Date,Details,Worker", "03/02/2020,Home visit, mother seen, baby fine,HV Jones",
                               "04/02/2020,Clinic,HV Smith", "05/02/2020,Phone call,"])
    read = read_return(path)
    assert read.events[0].extra == {"Column D": "baby fine", "Column E": "HV Jones"}
    assert [(p.row, p.code) for p in read.problems] == [(2, "csv-split-text")]
    assert "a comma in the text was probably not put in quotes" in read.problems[0].message
    # A file of semicolons (Excel's CSV where the comma writes decimals) is split by a semicolon in a text.
    semicolons = read_return(make_csv("Social Care.csv", ["Date;Worker;Notes", "04/03/2024;SW Jones;Children seen; home cold.",
                                                          "05/03/2024;SW Jones;Call to school."]))
    assert [(p.row, p.code) for p in semicolons.problems] == [(2, "csv-split-text")]
    assert "a semicolon in the text was probably not put in quotes" in semicolons.problems[0].message


def test_an_undated_entry_in_header_like_words_is_not_taken_for_a_new_table(make_csv):
    path = make_csv("Police.csv", ["Date,Details,Officer", "03/02/2020,Call from school.,PC 1",
                                   "Date TBC,Details to follow,Officer", "05/02/2020,Visit.,PC 2"])
    read = read_return(path)
    assert [e.details for e in read.events] == ["Call from school.", "Details to follow", "Visit."]
    assert [p.code for p in read.problems] == ["unreadable-date"]


def test_a_whole_header_is_not_continued_and_a_title_block_is_no_entry_above_it(make_xlsx):
    path = make_xlsx("Police.xlsx", {"Chronology": [
        ["Review:", "LCSPR Child A"], ["Date of report:", "12/05/2021"], ["Completed by:", "DS Smith, Public Protection"],
        [],
        ["Date:", "Worker:", "Details:"],
        [None, "Admin", "File opened"],  # an undated first entry of short words: not the header's second line
        ["04/01/2020", "PC 1", "Welfare check at the home address."]]})
    read = read_return(path)
    assert [e.details for e in read.events] == ["File opened", "Welfare check at the home address."]
    assert read.report.sheets[0].header_row == 5
    assert not [p for p in read.problems if p.code in ("above-header", "column-mapping")]


def test_a_second_table_with_its_date_column_elsewhere_is_read_by_its_own_header(make_xlsx):
    path = make_xlsx("HV.xlsx", {"Records": [
        ["Date", "Details", "Worker"],
        ["03/02/2020", "Home visit to mother and baby.", "HV Jones"],
        ["04/02/2020", "Clinic appointment.", "HV Jones"],
        [],
        [None, "Date of visit", "Notes"],  # the next table starts one column to the right
        [None, "10/02/2020", "School nurse visit at school."],
        [None, "11/02/2020", "Phone call with mother."]]})
    read = read_return(path)
    assert [(e.date, e.details) for e in read.events] == [
        (dt.date(2020, 2, 3), "Home visit to mother and baby."), (dt.date(2020, 2, 4), "Clinic appointment."),
        (dt.date(2020, 2, 10), "School nurse visit at school."), (dt.date(2020, 2, 11), "Phone call with mother.")]
    assert [(p.row, p.code) for p in read.problems] == [(5, "new-table")]


def test_a_header_two_rows_deep_with_cells_merged_down(make_xlsx):
    # "Date" merged over two rows beside "Practitioner" over "Name | Role": the second row is header.
    path = make_xlsx("HV.xlsx", {"Chronology": [
        ["Date", "Practitioner", None, "Details"], [None, "Name", "Role", None],
        ["03/02/2020", "J Smith", "HV", "Home visit."], ["04/02/2020", "K Lee", "SW", "Phone call."]]},
        merged={"Chronology": ["A1:A2", "B1:C1", "D1:D2"]})
    read = read_return(path)
    assert [(c.header, c.field) for c in read.report.sheets[0].columns] == [
        ("Date", "date"), ("Practitioner Name", "practitioner"), ("Practitioner Role", "extra"), ("Details", "details")]
    assert [(e.practitioner, e.extra) for e in read.events] == [("J Smith", {"Practitioner Role": "HV"}),
                                                              ("K Lee", {"Practitioner Role": "SW"})]
    assert not [p for p in read.problems if p.level.value != "info"]


def test_a_header_two_rows_deep_whose_second_row_adds_one_word(make_xlsx):
    # "Date" merged over two rows beside "Contact" above "type" (held-out r529): the second row is
    # header, not an undated entry of no text.
    path = make_xlsx("CSC.xlsx", {"Chronology": [
        ["Date", "Contact", "Details"], [None, "type", None],
        ["07/10/2024", "Strategy", "Strategy discussion with police."], ["08/10/2024", "Hospital", "Attended the CP medical."]]},
        merged={"Chronology": ["A1:A2"]})
    read = read_return(path)
    assert [(c.header, c.field) for c in read.report.sheets[0].columns] == [
        ("Date", "date"), ("Contact type", "contact_type"), ("Details", "details")]
    assert [(e.date, e.contact_type) for e in read.events] == [(dt.date(2024, 10, 7), "Strategy"),
                                                                (dt.date(2024, 10, 8), "Hospital")]
    assert not [p for p in read.problems if p.level.value != "info"]


def test_a_key_of_abbreviations_below_the_entries_is_footer_not_entries(make_csv):
    path = make_csv("HV.csv", ["Date,Details,Worker", "03/02/2020,Home visit.,HV Jones", "04/02/2020,Phone call.,HV Jones",
                               ",,", "Key:,DNA – did not attend,", ",WNB – was not brought,",
                               "Completed by: J Smith,,"])
    read = read_return(path)
    assert [e.details for e in read.events] == ["Home visit.", "Phone call."]
    assert [(p.row, p.value) for p in read.problems if p.code == "footer"] == [
        (5, "Key: | DNA – did not attend"), (6, "WNB – was not brought"), (7, "Completed by: J Smith")]
    assert read.report.rows_read == len(read.events) + read.blank_rows


@pytest.mark.parametrize("header", [True, False])
def test_a_sign_off_with_its_date_in_a_cell_of_its_own_is_footer_and_no_header(make_xlsx, header):
    # Below the entries: "Signed: … | | Date: 01/02/2013" and "END OF CHRONOLOGY". With no header
    # row above the entries, the sign-off was taken for the header and the entries were not read.
    entries = [["14/07/2011", "ED Doctor", "Attended ED with a bleeding lesion on the cheek; treated and discharged."],
               ["21/05/2012", "ED Consultant", "Brought in by ambulance in cardiac arrest; resuscitation unsuccessful."]]
    path = make_xlsx("ED.xlsx", {"ED": [*([["Date", "Staff", "Notes"]] if header else []), *entries, [],
                                        ["Signed: A. Author, Head of Safeguarding", None, "Date: 01/02/2013"],
                                        ["END OF CHRONOLOGY"]]})
    read = read_return(path)
    assert [e.date for e in read.events] == [dt.date(2011, 7, 14), dt.date(2012, 5, 21)]
    first = 2 if header else 1
    assert [p.row for p in read.problems if p.code == "footer"] == [first + 3, first + 4]
    assert not [p for p in read.problems if p.level.value == "error"]
    assert read.report.rows_read == len(read.events) + read.blank_rows


def test_a_last_entry_starting_with_the_word_key_stays_an_entry(make_csv):
    path = make_csv("HV.csv", ["Date,Details,Worker", "03/02/2020,Home visit.,HV", ",Key worker visit - no date,HV"])
    read = read_return(path)
    assert [e.details for e in read.events] == ["Home visit.", "Key worker visit - no date"]


def _read_formatted(path, rows, format_sheet):
    """Read back an .xlsx of ``rows`` whose sheet ``format_sheet`` has formatted (hidden rows, fonts, a filter)."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    format_sheet(sheet)
    book.save(path)
    return read_return(path)


def test_rows_and_columns_hidden_in_the_workbook_are_read_and_said_so(tmp_path):
    def hide(sheet):
        sheet.row_dimensions[1].hidden = True  # a hidden title says nothing
        sheet.row_dimensions[4].hidden = True
        sheet.column_dimensions["C"].hidden = True

    rows = [["Northshire Police chronology"], ["Date", "Details", "Internal ref"],
            *[[f"0{day}/02/2020", f"Entry {day}", f"R{day}"] for day in range(1, 5)]]
    read = _read_formatted(tmp_path / "police.xlsx", rows, hide)
    assert [e.details for e in read.events] == ["Entry 1", "Entry 2", "Entry 3", "Entry 4"]  # nothing left out
    assert read.events[1].extra == {"Internal ref": "R2"}
    assert [(p.code, p.row, p.message) for p in read.problems] == [
        ("hidden-row", 4, "the row is hidden in the workbook; it was read like the others"),
        ("hidden-columns", None, "hidden in the workbook, read like the others: 'Internal ref' (C)")]


def test_a_header_below_a_long_block_of_guidance_is_found(make_xlsx):
    guidance = [[f"{n}. Record every contact with the family, in date order."] for n in range(1, 61)]
    path = make_xlsx("police.xlsx", {"Chronology": [*guidance, [], ["Date", "Details"], ["03/02/2020", "Home visit"]]})
    read = read_return(path)
    assert (read.report.sheets[0].header_row, [e.details for e in read.events]) == (62, ["Home visit"])


def test_entries_under_a_year_heading_take_its_year(make_xlsx):
    # Narrative chronologies give the year once, as a heading, and each entry its day and month.
    path = make_xlsx("gp.xlsx", {"Chronology": [
        ["Date", "Details"], ["2019"], ["12 Feb", "Mother seen: low mood"], ["03/03", "Home visit"],
        ["March 2020"], ["Tues 14th April", "Phone call"], ["15/04/2020", "A full date"]]})
    read = read_return(path)
    assert [(e.date, e.date_text) for e in read.events] == [
        (dt.date(2019, 2, 12), "12 Feb"), (dt.date(2019, 3, 3), "03/03"), (dt.date(2020, 4, 14), "Tues 14th April"),
        (dt.date(2020, 4, 15), "15/04/2020")]
    notes = [(p.row, p.message) for p in read.problems if p.code == "year-from-heading"]
    assert notes[0] == (3, "'12 Feb' has no year: read in 2019, the year of the heading above (row 2)")
    assert len(notes) == 3


def test_a_day_and_month_after_a_weekday_take_the_heading_year_or_are_said_to_have_none(make_xlsx):
    path = make_xlsx("youth.xlsx", {"Log": [["Date", "Details"], ["2021"], ["Sat 27/3", "Follow up call"],
                                            ["Mon 29/3", "Session"]]})
    read = read_return(path)
    assert [e.date for e in read.events] == [dt.date(2021, 3, 27), dt.date(2021, 3, 29)]
    assert not [p for p in read.problems if p.code == "weekday-mismatch"]  # both weekdays agree with 2021
    path = make_xlsx("youth2.xlsx", {"Log": [["Date", "Details"], ["Sat 27/3", "Follow up call"]]})
    [problem] = read_return(path).problems
    assert problem.message == "'Sat 27/3' has no year, and chron-merge never guesses one"


def test_a_day_and_month_with_no_year_heading_above_is_still_an_error(make_xlsx):
    path = make_xlsx("gp.xlsx", {"Chronology": [["Date", "Details"], ["12 Feb", "Mother seen"]]})
    [problem] = read_return(path).problems
    assert (problem.level.value, problem.message) == ("error", "'12 Feb' has no year, and chron-merge never guesses one")


def test_a_pasted_chronology_under_a_year_heading_dates_its_entries_by_it(make_csv):
    path = make_csv("hv.csv", ["Health visiting chronology", "2019", "12 Feb - New birth visit",
                               "\"3 March: clinic, baby weighed\"", "2020", "14/04/2020 - Phone call"])
    read = read_return(path)
    assert [(e.date, e.details) for e in read.events] == [
        (dt.date(2019, 2, 12), "New birth visit"), (dt.date(2019, 3, 3), "clinic, baby weighed"),
        (dt.date(2020, 4, 14), "Phone call")]


def test_a_heading_of_two_years_gives_no_year_to_the_entries_below(make_xlsx):
    path = make_xlsx("gp.xlsx", {"Chronology": [["Date", "Details"], ["2019-20"], ["12 Feb", "Mother seen"]]})
    read = read_return(path)
    assert read.events[0].date is None
    assert "has no year" in next(p.message for p in read.problems if p.code == "unreadable-date")


def test_a_schools_log_titled_with_its_school_year_dates_its_entries_by_their_month(make_xlsx):
    # "Safeguarding log 2023-24" over "Tues 12th Sept" and "Mon 15th Jan": September to December are
    # of 2023, January to August of 2024 (held-out r328); a weekday that disagrees is still said to.
    path = make_xlsx("St Anne's Primary.xlsx", {"Log": [
        ["St Anne's CE Primary – safeguarding log 2023-24"], ["Date", "Concern"], ["Tues 12th Sept", "Late collection"],
        ["Mon 15th Jan", "Mum drunk at the gate"], ["Fri 5th July", "Sports day"], ["Mon 23rd Jan", "Phone call"]]})
    read = read_return(path)
    assert [e.date for e in read.events] == [dt.date(2023, 9, 12), dt.date(2024, 1, 15), dt.date(2024, 7, 5),
                                             dt.date(2024, 1, 23)]
    notes = [(p.row, p.message) for p in read.problems if p.code == "year-from-heading"]
    assert notes[1] == (4, "'Mon 15th Jan' has no year: read in 2024, by the title above (row 1), the school year "
                           "2023-24 (September to December in 2023, January to August in 2024)")
    assert [p.row for p in read.problems if p.code == "weekday-mismatch"] == [6]  # 23/01/2024 was a Tuesday
    # A council's "2023-24" may be its financial year (April to March): no year is read from it.
    path = make_xlsx("Housing.xlsx", {"Contacts": [["Tenancy contacts 2023-24"], ["Date", "Note"], ["12 May", "Visit"]]})
    assert read_return(path).events[0].date is None
    path = make_xlsx("Support.xlsx", {"Log": [["Long term tenancy support 2023-24"], ["Date", "Note"], ["12 May", "Visit"]]})
    assert read_return(path).events[0].date is None  # ("long term" is no school's term)
    # An education service works by the school year too: its sheet "2022-23" (held-out r429).
    path = make_xlsx("Education Welfare Service.xlsx", {"2022-23": [["Date", "Note"], ["20 Sept", "Home visit"],
                                                                    ["Tues 10th Jan", "Joint visit"]]})
    assert [e.date for e in read_return(path).events] == [dt.date(2022, 9, 20), dt.date(2023, 1, 10)]
    # … and a university's student services, by their academic year (held-out r447).
    path = make_xlsx("Northshire University.xlsx", {"Contacts": [["Student Wellbeing Service - contacts 2023/24"],
                                                                 ["Date", "Summary"], ["Mon 4 Mar", "Flatmate called"]]})
    assert [e.date for e in read_return(path).events] == [dt.date(2024, 3, 4)]


def test_entries_under_a_school_term_heading_take_its_year_but_no_month(make_xlsx):
    # A school's log divided by terms: "20 Jan" under "Spring Term 2021" is of 2021; a day alone
    # ("3rd") is of no one month of the term; a heading across two years gives no year.
    path = make_xlsx("pru.xlsx", {"Log": [
        ["Date", "Details"], ["Autumn Term 2020"], ["10 Nov", "Started part-time"], ["Spring Term 2021"],
        ["20 Jan", "Fixed term exclusion"], ["3rd", "A day alone"], ["Autumn 2020 - Spring 2021"], ["4 Feb", "Review"]]})
    read = read_return(path)
    assert [(e.date, e.date_text) for e in read.events] == [
        (dt.date(2020, 11, 10), "10 Nov"), (dt.date(2021, 1, 20), "20 Jan"), (None, "3rd"), (None, "4 Feb")]
    assert ("year-from-heading", 5, "'20 Jan' has no year: read in 2021, the year of the heading above (row 4)") in [
        (p.code, p.row, p.message) for p in read.problems]


def test_a_sheet_named_by_a_year_gives_it_to_the_days_and_months_on_it(make_xlsx):
    # A return kept a sheet a year, its dates written without one; a sheet named by two years gives none.
    path = make_xlsx("hv.xlsx", {"2020": [["Date", "Details"], ["12 Mar", "Home visit"], ["14/04", "Clinic"]],
                                 "2021": [["Date", "Details"], ["02 Jan", "Phone call"], ["2019"], ["5 May", "Late entry"]],
                                 "2021-22": [["Date", "Details"], ["3 Sept", "School nurse"]]})
    read = read_return(path)
    assert [(e.date, e.date_text) for e in read.events] == [
        (dt.date(2020, 3, 12), "12 Mar"), (dt.date(2020, 4, 14), "14/04"), (dt.date(2021, 1, 2), "02 Jan"),
        (dt.date(2019, 5, 5), "5 May"), (None, "3 Sept")]  # a year heading on the sheet is nearer
    assert ("2020", 2, "'12 Mar' has no year: read in 2020, the year of the sheet's name ('2020')") in [
        (p.sheet, p.row, p.message) for p in read.problems if p.code == "year-from-heading"]


def test_a_sheet_named_by_a_month_gives_it_to_the_days_on_it_written_with_their_weekday(make_xlsx):
    # A log kept a sheet a month ("January 2024"), each entry's day written "Wed 10th": its weekday
    # is checked against the day read, and a mismatch quotes the cell as written.
    path = make_xlsx("asc.xlsx", {"January 2024": [["Date", "Entry"], ["Wed 10th", "Concern"], ["Thu 24th", "Visit"]],
                                  "February 2024": [["Date", "Entry"], ["Tue 13th", "Admitted yesterday"]]})
    read = read_return(path)
    assert [(e.date, e.date_text) for e in read.events] == [
        (dt.date(2024, 1, 10), "Wed 10th"), (dt.date(2024, 1, 24), "Thu 24th"), (dt.date(2024, 2, 13), "Tue 13th")]
    assert ("February 2024", 2, "year-from-heading", "'Tue 13th' gives only the day: read in February 2024, the month "
            "of the sheet's name ('February 2024')") in [(p.sheet, p.row, p.code, p.message) for p in read.problems]
    assert [(p.row, p.message) for p in read.problems if p.code == "weekday-mismatch"] == [
        (3, "'Thu 24th' says Thursday, but 24/01/2024 was a Wednesday; the date is read as written")]


def test_a_day_alone_under_a_month_heading_takes_its_month(make_xlsx):
    path = make_xlsx("school.xlsx", {"Chronology": [
        ["Date", "Details"], ["March 2020"], ["3rd", "GP appointment"], ["2021"], ["4th", "Under a year heading"]]})
    read = read_return(path)
    assert [e.date for e in read.events] == [dt.date(2020, 3, 3), None]  # a year heading gives no month
    assert ("year-from-heading", "'3rd' gives only the day: read in March 2020, the month of the heading above (row 2)"
            ) in [(p.code, p.message) for p in read.problems]


def test_a_month_heading_just_above_the_header_gives_a_day_alone_its_month(make_xlsx):
    # A table under each month's heading, the first heading above the first table's header (as a
    # Word document lays it out); a day and month under such a heading, which may be the date the
    # return was written, take no year from it.
    path = make_xlsx("hv.xlsx", {"Chronology": [
        ["Health visiting chronology"], ["March 2023"], ["Date", "Details"], ["3rd", "New birth visit"],
        ["17th", "Clinic"], ["April 2023"], ["4th", "Phone call"]]})
    read = read_return(path)
    assert [e.date for e in read.events] == [dt.date(2023, 3, 3), dt.date(2023, 3, 17), dt.date(2023, 4, 4)]
    assert ("year-from-heading", "'3rd' gives only the day: read in March 2023, the month of the heading above (row 2)"
            ) in [(p.code, p.message) for p in read.problems]
    written = read_return(make_xlsx("gp.xlsx", {"Chronology": [
        ["June 2021"], ["Date", "Details"], ["12 Feb", "Seen."]]}))
    assert [e.date for e in written.events] == [None]


def test_rows_a_filter_hides_are_read_and_said_to_be_filtered(tmp_path):
    def filter_sw(sheet):
        sheet.auto_filter.ref = "A1:C5"
        sheet.auto_filter.add_filter_column(2, ["SW"])  # shows SW's entries only
        for row in (3, 5):
            sheet.row_dimensions[row].hidden = True

    rows = [["Date", "Details", "Worker"], *[[f"0{day}/02/2020", f"Entry {day}", "SW" if day % 2 else "HV"]
                                             for day in range(1, 5)]]
    read = _read_formatted(tmp_path / "csc.xlsx", rows, filter_sw)
    assert len(read.events) == 4
    assert [(p.row, p.message) for p in read.problems] == [
        (3, "the row is hidden in the workbook by a filter; it was read like the others"),
        (5, "the row is hidden in the workbook by a filter; it was read like the others")]


def test_a_total_below_the_entries_is_footer_not_an_undated_entry(make_xlsx):
    path = make_xlsx("csc.xlsx", {"Chronology": [
        ["Date", "Details", "Worker"], ["01/02/2020", "Home visit", "SW"], ["02/02/2020", "Total of 3 calls today", "SW"],
        [], ["Total entries", None, 2]]})
    read = read_return(path)
    assert [e.details for e in read.events] == ["Home visit", "Total of 3 calls today"]  # an entry about a total stays
    assert [(p.row, p.code, p.value) for p in read.problems] == [(5, "footer", "Total entries | 2")]


@pytest.mark.parametrize("count", ["Total entries: 2", "Number of contacts = 2", "Total: 2"])
def test_a_count_written_in_the_text_column_below_the_entries_is_footer(make_xlsx, count):
    path = make_xlsx("asc.xlsx", {"ASC": [
        ["Ref", "Date of event", "Event", "Outcome"], [1, "01/02/2020", "Home visit", "NFA"],
        [2, "02/02/2020", "Total of 3 calls today", None], [None, None, count, None]]})
    read = read_return(path)
    assert [e.details for e in read.events] == ["Home visit", "Total of 3 calls today"]  # not joined to the entry
    assert [(p.row, p.code) for p in read.problems] == [(4, "footer")]


def test_page_numbers_between_entries_are_skipped_and_an_entry_goes_on_over_the_page(make_xlsx):
    path = make_xlsx("police.xlsx", {"Chronology": [
        ["Date", "Details"], ["01/02/2020", "Officers attended; mother spoken to"], ["Page 1 of 2"],
        [None, "and the children were seen."], ["02/02/2020", "Phone call"], ["(continued)"], ["03/02/2020", "Letter"]]})
    read = read_return(path)
    assert [e.details for e in read.events] == ["Officers attended; mother spoken to and the children were seen.",
                                                "Phone call", "Letter"]
    assert [(p.row, p.code) for p in read.problems if p.code != "continuation"] == [(3, "page-marker"), (6, "page-marker")]
    assert read.blank_rows == 2


def test_a_page_foot_with_the_stamp_of_its_printing_is_skipped(tmp_path):
    # A school's log printed to CSV from its system: each page's foot stamps when and by whom it was
    # printed beside the page number; that date is the printing's, no entry's (held-out r349).
    path = tmp_path / "Ashfield Academy pastoral log.csv"
    path.write_text("Date,Staff,Entry\n10/01/2024,Mr Hale,Ellie late every day this week\n"
                    "Printed 15/04/2024 10:32 by admin,,Page 1 of 2\nDate,Staff,Entry\n"
                    "13/02/2024,Mr Hale,Ellie upset in tutor time\n"
                    "Report run on 15/04/2024,Page 2 of 2\n")
    read = read_return(path)
    assert [(e.date, e.details) for e in read.events] == [(dt.date(2024, 1, 10), "Ellie late every day this week"),
                                                          (dt.date(2024, 2, 13), "Ellie upset in tutor time")]
    assert [(p.row, p.code) for p in read.problems] == [(3, "page-marker"), (4, "repeated-header"), (6, "page-marker")]
    # A stamp alone is one too; an entry's text that starts so is not.
    path.write_text("Date,Staff,Entry\n10/01/2024,Mr Hale,Ellie late\nPrinted 15/04/2024 by admin,,\n"
                    "13/02/2024,Mr Hale,Upset\n,,Printed 12/03 letter for mum\n")
    read = read_return(path)
    assert [e.details for e in read.events] == ["Ellie late", "Upset Printed 12/03 letter for mum"]
    assert [(p.row, p.code) for p in read.problems] == [(3, "page-marker"), (5, "continuation")]


def test_a_templates_example_row_above_the_first_entry_is_skipped(make_xlsx):
    # The review's template came with an example filled in; its date is the template's (held-out r350).
    path = make_xlsx("yjs.xlsx", {"Chronology": [
        ["Date", "Contact / event", "Worker"],
        ["01/01/2023", "EXAMPLE: Home visit - met with young person and parent.", "J Bloggs"],
        ["23/10/2023", "Notified by police of Kai's arrest.", "YJ officer"],
        ["24/10/2023", "Example of his drawings kept on file.", "YJ officer"]]})  # (an entry: not above the first)
    read = read_return(path)
    assert [e.details for e in read.events] == ["Notified by police of Kai's arrest.", "Example of his drawings kept on file."]
    assert [(p.row, p.code) for p in read.problems] == [(2, "example-row")]
    assert read.blank_rows == 1


def test_the_title_repeated_on_each_printed_page_is_skipped(make_xlsx):
    title = "Northshire Police - chronology for Child A"
    path = make_xlsx("police.xlsx", {"Chronology": [
        [title], [], ["Date", "Details"], ["01/02/2020", "Home visit"], ["Page 1 of 2"], [title], ["Date", "Details"],
        ["02/02/2020", "Phone call"], ["CHILD B"], ["03/02/2020", "Letter"]]})
    read = read_return(path)
    assert [(e.details, e.extra) for e in read.events] == [
        ("Home visit", {}), ("Phone call", {}), ("Letter", {"Section": "CHILD B"})]  # a real heading still counts
    assert [(p.row, p.code) for p in read.problems] == [
        (5, "page-marker"), (6, "repeated-title"), (7, "repeated-header"), (9, "section-heading")]


def test_an_entry_struck_through_is_read_with_a_warning(tmp_path):
    from openpyxl.styles import Font

    def strike(sheet):
        sheet["B3"].font = Font(strike=True)
        sheet["B4"].font = Font(bold=True, strike=False)

    rows = [["Date", "Details"], ["01/02/2020", "Home visit"], ["02/02/2020", "Phone call - entered in error"],
            ["03/02/2020", "Letter"]]
    read = _read_formatted(tmp_path / "csc.xlsx", rows, strike)
    assert len(read.events) == 3  # what the agency deleted is theirs to decide: nothing is dropped
    assert [(p.row, p.level.value, p.message) for p in read.problems] == [
        (3, "warning", "text struck through in the return (the agency may have meant to delete it): 'Details'; "
                       "it was read like the rest")]


def _workbook_with_shared_texts(path, shared: list[str], rows: list[list[tuple[str, str]]]) -> None:
    """A minimal .xlsx written by hand, as Excel writes texts: each cell ('s', n) is shared text n."""
    import zipfile

    def cell(ref: str, kind: str, value: str) -> str:
        return f'<c r="{ref}" t="s"><v>{value}</v></c>' if kind == "s" else f'<c r="{ref}"><v>{value}</v></c>'

    sheet_rows = "".join(f'<row r="{r}">' + "".join(cell(f"{'AB'[c]}{r}", *v) for c, v in enumerate(row)) + "</row>"
                         for r, row in enumerate(rows, start=1))
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
        archive.writestr("_rels/.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                         '<sheet name="Chronology" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'))
        archive.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{main}"><sheetData>{sheet_rows}</sheetData></worksheet>')
        archive.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}">' + "".join(shared) + "</sst>")


def test_a_shared_text_struck_through_in_part_is_read_with_a_warning(tmp_path):
    shared = ["<si><t>Date</t></si>", "<si><t>Details</t></si>", "<si><t>Home visit</t></si>",
              '<si><r><rPr><strike/></rPr><t>Phone call to mum.</t></r><r><t xml:space="preserve"> Visit instead.</t></r></si>']
    _workbook_with_shared_texts(tmp_path / "hv.xlsx", shared, [
        [("s", "0"), ("s", "1")], [("n", "43862"), ("s", "2")], [("n", "43863"), ("s", "3")]])
    read = read_return(tmp_path / "hv.xlsx")
    assert [e.details for e in read.events] == ["Home visit", "Phone call to mum. Visit instead."]
    # (the dates are unstyled numbers: Excel's day numbers, noted once)
    assert [(p.row, p.code) for p in read.problems] == [(3, "struck-through"), (2, "day-number")]


def test_an_entry_struck_through_in_part_in_its_own_cell_text_is_read_with_a_warning(tmp_path):
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    rows = [["Date", "Details"],
            ["01/02/2020", CellRichText([TextBlock(InlineFont(strike=True), "Phone call to mum."), " Visit instead."])],
            ["02/02/2020", "Letter"]]
    read = _read_formatted(tmp_path / "csc.xlsx", rows, lambda sheet: None)
    assert [e.details for e in read.events] == ["Phone call to mum. Visit instead.", "Letter"]
    assert [(p.row, p.code) for p in read.problems] == [(2, "struck-through")]


def test_hidden_rows_of_a_sheet_with_no_header_are_listed_too(tmp_path):
    rows = [[f"0{day}/02/2020", f"Home visit number {day}, mother and baby seen at home"] for day in range(1, 4)]
    read = _read_formatted(tmp_path / "hv.xlsx", rows, lambda sheet: setattr(sheet.row_dimensions[2], "hidden", True))
    assert len(read.events) == 3
    assert [p.row for p in read.problems if p.code == "hidden-row"] == [2]


def test_tables_side_by_side_are_read_each_on_its_own_with_its_own_dates(make_xlsx):
    path = make_xlsx("Addiction Service.xlsx", {"Chronology": [
        ["Mother", None, None, None, "Father"],
        ["Date", "Event", "Outcome", None, "Date", "Event", "Outcome"],
        ["04/01/2021", "Mother seen at clinic", "Script", None, "05/01/2021", "Father seen at clinic", "Script"],
        ["01/02/2021", "Mother missed appointment", "Letter", None, "03/02/2021", "Father positive screen", "Review"],
        ["01/03/2021", "Mother reviewed", "OK"],
    ]})
    read = read_return(path)
    found = sorted((e.agency, e.date, e.details, e.action, e.source.row) for e in read.events)
    assert found == [
        ("Addiction Service – Father", dt.date(2021, 1, 5), "Father seen at clinic", "Script", 3),
        ("Addiction Service – Father", dt.date(2021, 2, 3), "Father positive screen", "Review", 4),
        ("Addiction Service – Mother", dt.date(2021, 1, 4), "Mother seen at clinic", "Script", 3),
        ("Addiction Service – Mother", dt.date(2021, 2, 1), "Mother missed appointment", "Letter", 4),
        ("Addiction Service – Mother", dt.date(2021, 3, 1), "Mother reviewed", "OK", 5)]
    assert all(not e.extra for e in read.events)
    father = read.report.sheets[1]
    assert [(c.column, c.field) for c in father.columns if c.field != "extra"] == [  # the letters Excel shows
        ("E", "date"), ("F", "details"), ("G", "action")]
    assert [p.code for p in read.problems] == ["side-by-side"]


def test_a_header_with_a_gap_but_no_repeat_is_one_table(make_xlsx):
    path = make_xlsx("Police.xlsx", {"Chronology": [
        ["Date", "Occurrence", None, "Officer", "Outcome"],
        ["04/01/2021", "Domestic - verbal", None, "PC 123", "NFA"],
    ]})
    read = read_return(path)
    assert [(e.agency, e.details, e.practitioner) for e in read.events] == [("Police", "Domestic - verbal", "PC 123")]


def test_an_entry_whose_text_is_on_the_row_below_its_date_is_not_warned_of_as_textless(make_xlsx):
    path = make_xlsx("Housing.xlsx", {"Chronology": [
        ["Date", "Entry"],
        ["04/01/2021", None], [None, "Home visit, children seen, home clean."],
        ["11/01/2021", None],
        ["18/01/2021", "Tenancy review."],
    ]})
    read = read_return(path)
    assert [(e.source.rows, e.details) for e in read.events] == [
        ([2, 3], "Home visit, children seen, home clean."), ([4], ""), ([5], "Tenancy review.")]
    assert [(p.code, p.row) for p in read.problems if p.code in ("no-details", "continuation")] == [
        ("continuation", 3), ("no-details", 4)]  # the entry with no text at all is still warned of


def test_misspelt_headers_name_their_fields(make_csv):
    path = make_csv("Health.csv", ["Date,Practioner,Catagory,Detials,Outcome,Agnecy",
                                   "03/02/2020,J Smith,Home visit,Baby weighed and well.,Review in 2 weeks,Health Visiting"])
    assert {header: fld for header, (fld, _) in _fields(read_return(path)).items()} == {
        "Date": "date", "Practioner": "practitioner", "Catagory": "contact_type", "Detials": "details",
        "Outcome": "action", "Agnecy": "agency"}


def test_read_all_parses_each_workbook_ahead_and_keeps_every_file_in_its_place(make_xlsx, make_csv, tmp_path):
    """The next workbook is parsed in a thread while this one's rows are read: a damaged file
    between good ones is still reported, and each file's events and sheets are its own."""
    make_xlsx("a police.xlsx", {"Chronology": [["Date", "Details"], ["01/02/2020", "Arrest"]],
                                "Notes": [["Guidance"]]})
    whole = make_xlsx("b whole.xlsx", {"Chronology": [["Date", "Details"], ["02/02/2020", "x"]]})
    (tmp_path / "b broken.xlsx").write_bytes(whole.read_bytes()[:1500])
    whole.unlink()
    make_csv("c school.csv", ["Date,Details", "03/02/2020,Absent"])
    make_xlsx("d gp.xlsx", {"Consultations": [["Date", "Details"], ["04/02/2020", "Seen"], ["05/02/2020", "Letter"]]})
    outcome = read_all([tmp_path])
    assert [r.report.file for r in outcome.returns] == ["a police.xlsx", "c school.csv", "d gp.xlsx"]
    assert [[e.details for e in r.events] for r in outcome.returns] == [["Arrest"], ["Absent"], ["Seen", "Letter"]]
    assert [s.name for s in outcome.returns[0].report.sheets] == ["Chronology", "Notes"]
    assert [(f.file, f.reason.split(" (")[0]) for f in outcome.failures] == [("b broken.xlsx", "is damaged")]
    assert set(parse_sheets(tmp_path / "d gp.xlsx")) == {"Consultations"}
    assert parse_sheets(tmp_path / "c school.csv") == parse_sheets(tmp_path / "b broken.xlsx") == {}


def test_the_date_of_the_incident_is_the_date_not_the_date_it_was_reported(make_xlsx):
    """Police returns give both: the incident's date and time are the entry's, the report's kept as extra."""
    path = make_xlsx("Westshire Police.xlsx", {"IMR": [
        ["Date/time reported", "Date/time of incident", "Summary"],
        [dt.datetime(2023, 1, 12, 9, 0), dt.datetime(2023, 1, 11, 11, 0), "Strategy discussion with CSC."],
        [dt.datetime(2023, 1, 14, 9, 0), dt.datetime(2023, 1, 13, 11, 30), "Father interviewed under caution."]]})
    read = read_return(path)
    assert [(e.date, e.time) for e in read.events] == [(dt.date(2023, 1, 11), "11:00"), (dt.date(2023, 1, 13), "11:30")]
    assert [e.extra for e in read.events] == [{"Date/time reported": "12/01/2023 09:00"},
                                              {"Date/time reported": "14/01/2023 09:00"}]


def test_a_column_headed_as_the_outcome_that_holds_the_entries_is_the_details(make_csv):
    # A sexual health clinic's export: "Clinic" holds one short label, "Outcome" the narrative.
    path = make_csv("clinic.csv", ["Visit date,Clinic,Outcome",
                                   "14/10/2023,Young people's clinic,Walk-in. Requested emergency contraception; CSE "
                                   "screening high risk - safeguarding referral made.",
                                   "18/10/2023,Young people's clinic,Safeguarding lead joined the strategy meeting by "
                                   "phone."])
    read = read_return(path)
    assert [e.details[:7] for e in read.events] == ["Walk-in", "Safegua"]
    assert [(e.contact_type, e.extra) for e in read.events] == [("Young people's clinic", {})] * 2
    assert any("'Outcome' holds the longest text and is read as the details" in p.message for p in read.problems)
    # An outcome column of short words stays the action.
    path = make_csv("gp.csv", ["Date,Details,Outcome", "03/02/2020,Home visit: mother and baby well,Closed",
                               "04/02/2020,Phone call with the health visitor,Open"])
    assert [e.action for e in read_return(path).events] == ["Closed", "Open"]


def test_web_markup_a_case_record_system_left_in_cells_is_read_as_the_text_it_shows(make_xlsx):
    path = make_xlsx("CPOMS.xlsx", {"Export": [
        ["Date", "Incident", "Action taken"],
        ["23/01/2023", "J shared videos in the group chat &amp; made racist comments.<br>DSL informed.", "<p>Logged</p>"],
        ["24/01/2023", "Seen in A&E; weight <5kg &nbsp;on the 2nd centile", "<b>Referral</b> made"]]})
    read = read_return(path)
    assert [(e.details, e.action) for e in read.events] == [
        ("J shared videos in the group chat & made racist comments.\nDSL informed.", "Logged"),
        ("Seen in A&E; weight <5kg on the 2nd centile", "Referral made")]
    assert [p.code for p in read.problems if p.code == "web-markup"] == ["web-markup"]
    # Text with no markup is left as it is written, "<" and "&" and all.
    plain = make_xlsx("plain.xlsx", {"Chronology": [["Date", "Details"], ["24/01/2023", "Weight <5kg; seen in A&E & GP"]]})
    assert [e.details for e in read_return(plain).events] == ["Weight <5kg; seen in A&E & GP"]


def test_a_problem_column_filled_now_and_then_beside_every_consultations_comments(make_csv):
    # A GP system's export: a problem coded on a few consultations; each one's text under "Comments".
    path = make_csv("Brook Lane Surgery.csv", [
        "Date,Consultation type,Clinician,Problem,Comments",
        "10-Feb-2023,Face to face,Dr A,,Nappy rash - cream prescribed.",
        "08-Mar-2023,Admin,Dr A,Safeguarding,Police DA notification received.",
        "21-Mar-2023,Face to face,Dr A,,Immunisations given.",
        "11-Apr-2023,Admin,Dr A,Safeguarding,Report sent for the ICPC.",
        "14-May-2023,Telephone,Dr B,,Low mood review - sertraline."])
    read = read_return(path)
    assert [e.details for e in read.events][:2] == ["Nappy rash - cream prescribed.", "Police DA notification received."]
    assert [e.extra for e in read.events][:2] == [{}, {"Problem": "Safeguarding"}]
    assert not [p for p in read.problems if p.code == "no-details"]


def test_an_old_binary_xls_workbook_is_read_with_its_date_and_time_cells():
    # Made once with xlwt (Excel 97-2003 format, as older case systems export): a title row, date
    # and time cells formatted as such, and a row whose date and time are text.
    path = Path(__file__).parent / "fixtures" / "Oldtown Police.xls"
    read = read_return(path)
    assert [(e.date, e.time, e.agency) for e in read.events] == [
        (dt.date(2019, 3, 4), "22:15", "Oldtown Police"), (dt.date(2019, 3, 6), None, "Oldtown Police"),
        (dt.date(2019, 3, 14), "09:30", "Oldtown Police")]
    assert read.events[0].source.row == 4  # the row Excel shows, under the title and the header
    assert not read.problems


def test_a_date_written_once_for_the_day_carries_to_its_later_entries(make_xlsx):
    # "03/02 | 09:00 | …" then " | 14:30 | …": the date on the day's first entry only. An earlier
    # time below (the next day, perhaps) and a row with no time are not carried.
    path = make_xlsx("hv.xlsx", {"Log": [
        ["Date", "Time", "Details"], ["03/02/2021", "09:00", "Home visit."], [None, "14:30", "Call from GP."],
        [None, "16:00", "Email to SW."], ["04/02/2021", "23:50", "Police call."], [None, "00:10", "Mother rang back."],
        ["05/02/2021", "10:00", "Clinic."], [None, None, "Weight 5.2kg."]]})
    read = read_return(path)
    assert [(e.date, e.time, e.details) for e in read.events] == [
        (dt.date(2021, 2, 3), "09:00", "Home visit."), (dt.date(2021, 2, 3), "14:30", "Call from GP."),
        (dt.date(2021, 2, 3), "16:00", "Email to SW."), (dt.date(2021, 2, 4), "23:50", "Police call."),
        (None, "00:10", "Mother rang back."), (dt.date(2021, 2, 5), "10:00", "Clinic. Weight 5.2kg.")]
    notes = [(p.row, p.message) for p in read.problems if p.code == "date-from-above"]
    assert notes[0] == (3, "no date: read as 03/02/2021, the day of the entry above (row 2), as its time, 14:30, "
                           "follows that entry's 09:00")
    assert [row for row, _ in notes] == [3, 4]


def test_a_date_written_on_the_days_first_shift_carries_to_its_later_shifts(make_xlsx):
    # A care home's notes by shift, the date on the day shift's row only. An earlier shift below
    # (the next morning, perhaps) is not carried; nor is a later shift where no column holds only shifts.
    path = make_xlsx("Care home.xlsx", {"Notes": [
        ["Date", "Shift", "Entry", "Signed"], ["11/04/2023", "Day", "District nurse visited.", "SC"],
        [None, "Night", "Turned 2 hourly. Settled.", "JB"], ["12/04/2023", "Night", "Up at 3am, calling out.", "JB"],
        [None, "Day", "Breakfast in bed.", "SC"]]})
    read = read_return(path)
    assert [(e.date, e.details) for e in read.events] == [
        (dt.date(2023, 4, 11), "District nurse visited."), (dt.date(2023, 4, 11), "Turned 2 hourly. Settled."),
        (dt.date(2023, 4, 12), "Up at 3am, calling out."), (None, "Breakfast in bed.")]
    assert [(p.row, p.message) for p in read.problems if p.code == "date-from-above"] == [
        (3, "no date: read as 11/04/2023, the day of the entry above (row 2), as its shift, Night, follows that "
            "entry's Day")]
    path = make_xlsx("Ward.xlsx", {"Notes": [
        ["Date", "Staff", "Entry"], ["11/04/2023", "Day", "Seen on the ward round."], [None, "Night", "Settled."],
        ["12/04/2023", "Dr Ahmed", "Discharged."]]})
    assert [e.date for e in read_return(path).events] == [dt.date(2023, 4, 11), None, dt.date(2023, 4, 12)]


def test_a_log_with_each_days_date_as_a_heading_dates_each_entry_by_the_heading_above(make_xlsx):
    # A care home's daily log: no date column, the day written once above its entries (a date
    # cell, or words); a line of text alone under an entry is the rest of it.
    read = read_return(make_xlsx("Care home.xlsx", {"Daily log": [
        ["Time", "Entry", "Staff"],
        [dt.datetime(2023, 3, 6)],
        ["09:00", "Up, breakfast eaten.", "AB"],
        [None, "Declined a shower.", None],
        ["14:00", "Fall in the lounge, no injury. GP informed.", "CD"],
        ["Tuesday 7 March 2023"],
        [None, "Quiet night, said the night staff.", None],
        ["10:30", "GP visit re the fall; obs normal.", "AB"],
        ["Signed: Home manager"],
    ]}))
    assert [(e.date, e.time, e.date_text, e.details, e.source.rows) for e in read.events] == [
        (dt.date(2023, 3, 6), "09:00", "06/03/2023", "Up, breakfast eaten. Declined a shower.", [3, 4]),
        (dt.date(2023, 3, 6), "14:00", "06/03/2023", "Fall in the lounge, no injury. GP informed.", [5]),
        (dt.date(2023, 3, 7), None, "Tuesday 7 March 2023", "Quiet night, said the night staff.", [7]),
        (dt.date(2023, 3, 7), "10:30", "Tuesday 7 March 2023", "GP visit re the fall; obs normal.", [8])]
    note = next(p for p in read.problems if p.code == "day-headings")
    assert note.row == 2 and "rows 2, 6" in note.message
    sheet = read.report.sheets[0]
    assert (sheet.rows_read, sheet.events, sheet.continuations, sheet.blank_rows) == (8, 4, 1, 3)
    assert [(c.column, c.field) for c in sheet.columns] == [("A", "time"), ("B", "details"), ("C", "practitioner"),
                                                            ("added", "date")]
    assert not [p for p in read.problems if p.level == Level.ERROR]


@pytest.mark.parametrize(("title", "dated"), [
    ("Riverside Festival - medical centre log - Saturday 17/08/2024", True),
    ("Medical centre day sheet 17 August 2024", True),
    ("Medical centre log for Mia (DOB 17/08/2008)", False),  # a date of birth is no day of the log
    ("Medical centre log printed 17/08/2024", False),
    ("Medical centre log 16/08/2024 - 18/08/2024", False),  # a period: which day, nothing says
])
def test_a_days_log_with_its_day_in_the_title_dates_each_entry_by_it(make_xlsx, title, dated):
    # Held-out r597: a festival's medical centre keeps a log a day, the day in its title, each
    # entry's time in a column; with no day there, the sheet is not read and says why.
    path = make_xlsx("Festival Medical.xlsx", {"Patient log": [
        [title], ["Time in", "Triage", "Presentation", "Outcome"],
        [dt.time(14, 20), "P3", "22M cut foot on glass, cleaned and dressed.", "Discharged to site"],
        [dt.time(21, 47), "P1", "16F agitated, temp 39.8, says she took 2 pills.", "Blue-lighted to Southmead"]]})
    if not dated:
        with pytest.raises(UnreadableReturnError):
            read_return(path)
        return
    read = read_return(path)
    assert [(e.date, e.time, e.source.row) for e in read.events] == [
        (dt.date(2024, 8, 17), "14:20", 3), (dt.date(2024, 8, 17), "21:47", 4)]
    note = next(p for p in read.problems if p.code == "day-in-title")
    assert note.row == 1 and note.level == Level.INFO


def test_day_headings_in_an_empty_date_column_date_the_entries_below_them(make_csv):
    read = read_return(make_csv("Hostel.csv", ["Date,Time,Entry,Staff", "Monday 6 March 2023,,,",
                                               ",09:00,Up and out to the day centre.,AB",
                                               ",22:40,Returned intoxicated; ambulance called.,CD",
                                               "07/03/2023,,,", ",10:30,Seen by the outreach nurse.,AB"]))
    assert [(e.date, e.time, e.date_text, e.source.row) for e in read.events] == [
        (dt.date(2023, 3, 6), "09:00", "Monday 6 March 2023", 3), (dt.date(2023, 3, 6), "22:40", "Monday 6 March 2023", 4),
        (dt.date(2023, 3, 7), "10:30", "07/03/2023", 6)]
    assert "(rows 2, 5; in 'Date')" in next(p for p in read.problems if p.code == "day-headings").message
    # A date alone on its row, with entries of their own dates below, is an entry without text, as before.
    alone = read_return(make_csv("GP.csv", ["Date,Time,Entry", "01/03/2023,,", "02/03/2023,10:00,Seen."]))
    assert [(e.date, e.details) for e in alone.events] == [(dt.date(2023, 3, 1), ""), (dt.date(2023, 3, 2), "Seen.")]
    assert not [p for p in alone.problems if p.code == "day-headings"]


def test_a_date_on_one_row_and_its_text_on_the_next_is_one_entry_not_a_day_heading(make_csv):
    # (found by the hypothesis test of hostile returns: "? 02/03/2012" alone, then "Home visit.")
    read = read_return(make_csv("HV.csv", ["Date,Details", "? 02/03/2012,", ",Home visit."]))
    assert [(e.date, e.details, e.source.rows) for e in read.events] == [(dt.date(2012, 3, 2), "Home visit.", [2, 3])]
    assert not [p for p in read.problems if p.code == "day-headings"]


@pytest.mark.parametrize("heading", [["Date: 06/03/2023"], ["DATE - 6 March 2023"], ["Monday", "06/03/2023"],
                                     [dt.datetime(2023, 3, 6)]])
def test_a_day_heading_may_carry_a_label_or_its_weekday_in_a_cell_of_its_own(make_xlsx, heading):
    read = read_return(make_xlsx("Hostel.xlsx", {"Log": [["Time", "Entry"], heading, ["09:00", "Out to the day centre."]]}))
    assert [(e.date, e.time) for e in read.events] == [(dt.date(2023, 3, 6), "09:00")]


def test_a_visit_is_dated_by_when_it_happened_not_when_it_was_planned(make_csv):
    # A home treatment team's "Planned" beside "Actual" (held-out r418): the visit planned for the 28th
    # and made on the 29th is of the 29th, whichever column comes first, headed with "date" or not.
    for planned, actual in (("Planned", "Actual"), ("Planned date", "Actual date")):
        read = read_return(make_csv("HTT.csv", [f"{planned},{actual},Visit notes",
                                                "22/05/2024,22/05/2024,72-hour follow-up at home.",
                                                "28/05/2024,29/05/2024,Visit missed on the 28th; seen today."]))
        assert [e.date for e in read.events] == [dt.date(2024, 5, 22), dt.date(2024, 5, 29)], planned
        assert _fields(read)[actual][0] == "date"
    # a planned date alone still dates the entries
    alone = read_return(make_csv("Rota.csv", ["Planned,Visit notes", "22/05/2024,Visit made.", "23/05/2024,Visit made."]))
    assert [e.date for e in alone.events] == [dt.date(2024, 5, 22), dt.date(2024, 5, 23)]


def test_an_online_forms_start_and_completion_times_are_no_time_of_the_entries(make_csv):
    # Microsoft Forms writes when each report was filled in, month-first ("7/10/24 9:02:11"), before
    # the questions (held-out r417): every row warned of a time it could not read. Kept as written.
    read = read_return(make_csv("Supported housing.csv", [
        "ID,Start time,Completion time,Date of the incident,What happened?,What did you do?",
        "14,7/10/24 9:02:11,7/10/24 9:15:40,09/07/2024,Loud argument in flat 2 at about 22:30.,Called the police.",
        "15,7/18/24 14:20:05,7/18/24 14:31:12,18/07/2024,Boyfriend seen in the car park.,Logged."]))
    assert [(e.date, e.time) for e in read.events] == [(dt.date(2024, 7, 9), None), (dt.date(2024, 7, 18), None)]
    assert read.events[0].extra["Start time"] == "7/10/24 9:02:11"
    assert not [p for p in read.problems if p.level != "info"]
    assert any("'Start time' holds dates and times apart" in p.message for p in read.problems)
    assert read.events[0].action == "Called the police."
    # … but a time written with its own day again is the entry's time
    same_day = read_return(make_csv("Police.csv", ["Date,Start time,Details", "09/07/2024,09/07/2024 22:41,Domestic "
                                                   "incident.", "10/07/2024,10/07/2024 08:00,Follow-up call."]))
    assert [e.time for e in same_day.events] == ["22:41", "08:00"]


def test_a_time_column_of_date_times_written_out_gives_their_times(make_csv):
    # A text export fills its Time column with the date again ("09/07/2024 22:41"): every row was
    # warned of a time it could not read, and sorted untimed. Its time, as of a date-time cell.
    read = read_return(make_csv("Police.csv", ["Date,Time,Details", "09/07/2024,09/07/2024 22:41,Domestic incident.",
                                               "10/07/2024,2024-07-10 08:00:35,Follow-up call."]))
    assert [e.time for e in read.events] == ["22:41", "08:00"]
    assert not [p for p in read.problems if p.code == "unreadable-time"]


def test_a_title_naming_a_period_dates_the_days_and_months_in_it(make_xlsx):
    # An outreach team's log of days without a year under "Street outreach log – Jan-Feb 2024" (held-out
    # r420: every entry was undated); a period across two years gives each month its year in it, and a
    # month outside the period no year: no year is guessed.
    path = make_xlsx("Street Outreach Team.xlsx", {"Log": [
        ["Street outreach log – Jan-Feb 2024"], ["Day", "Contact"], ["Mon 15 Jan", "Found bedded down."],
        ["Sat 03 Feb", "Police told us he had died."]]})
    read = read_return(path)
    assert [e.date for e in read.events] == [dt.date(2024, 1, 15), dt.date(2024, 2, 3)]
    assert ("year-from-heading", 3, "'Mon 15 Jan' has no year: read in 2024, by the title above (row 1), the "
                                    "period Jan-Feb 2024") in [(p.code, p.row, p.message) for p in read.problems]
    path = make_xlsx("Probation.xlsx", {"Contacts": [
        ["Chronology for the period 1 September 2023 to 31 March 2024"], ["Date", "Note"], ["12 Oct", "Office visit"],
        ["9 Feb", "Home visit"], ["14 May", "Phone call"]]})
    assert [e.date for e in read_return(path).events] == [dt.date(2023, 10, 12), dt.date(2024, 2, 9), None]


def test_a_title_naming_the_year_its_entries_cover_dates_days_written_without_it(make_xlsx):
    # "Carers Centre – contacts with Paul Wells during 2024" over days written "4/3" (held-out r431:
    # every entry was undated). A year of birth, or a title naming two years, gives none.
    def dates_under(title: str) -> list[dt.date | None]:
        path = make_xlsx("Carers Centre.xlsx", {"Contacts": [[title], ["Date", "Notes"], ["4/3", "Paul rang, stressed."],
                                                              ["15/4", "Heard Ada had died."]]})
        return [e.date for e in read_return(path).events]

    assert dates_under("Westfield Carers Centre – contacts with Paul Wells during 2024") == [
        dt.date(2024, 3, 4), dt.date(2024, 4, 15)]
    path = make_xlsx("Carers.xlsx", {"Contacts": [["Contacts in 2023"], ["Date", "Notes"], ["4/3", "Visit."]]})
    assert ("year-from-heading", 3, "'4/3' has no year: read in 2023, by the title above (row 1), the year 2023") in [
        (p.code, p.row, p.message) for p in read_return(path).problems]
    assert dates_under("Contacts with Paul Wells, born in 1972") == [None, None]
    assert dates_under("Contacts with Paul Wells (born 1972) during 2024") == [None, None]
    # A kind of record ending in its year, as a solicitor's file notes are headed (held-out r474); not a
    # chronology's title, whose year may be when it was written.
    assert dates_under("Attendance notes 2024") == [dt.date(2024, 3, 4), dt.date(2024, 4, 15)]
    assert dates_under("Chronology 2024") == [None, None]


def test_a_meetings_attendees_are_not_its_entries_text_however_long(make_xlsx):
    # A panel's log "Meeting date | Attendees | Decision": the attendees were read as the entries'
    # text, the decisions kept aside (held-out r433); who was there is kept as written beside it.
    path = make_xlsx("Channel Panel.xlsx", {"Meetings": [
        ["Meeting date", "Attendees", "Decision"],
        ["28/03/2024", "Chair (LA), CTP, Northgate School, CAMHS", "Case adopted; CAMHS assessment to be expedited."],
        ["09/05/2024", "Chair (LA), CTP, Northgate School, CAMHS, CSC", "Stays in Channel; referral for early help."]]})
    read = read_return(path)
    assert _fields(read)["Decision"][0] == "details" and _fields(read)["Attendees"][0] == "extra"
    assert [(e.details[:10], e.extra) for e in read.events] == [
        ("Case adopt", {"Attendees": "Chair (LA), CTP, Northgate School, CAMHS"}),
        ("Stays in C", {"Attendees": "Chair (LA), CTP, Northgate School, CAMHS, CSC"})]


def test_a_group_header_merged_across_its_columns_above_headers_with_nothing_below_them(make_xlsx):
    # "Contact" merged over "Date | Time" in the row below, beside "What happened" and "Action" with
    # nothing under them (held-out r422: the school's return was refused, no date column found).
    path = make_xlsx("Highfield Academy.xlsx", {"Safeguarding": [
        ["Contact", None, "What happened", "Action"], ["Date", "Time", None, None],
        ["05/02/2024", "11:20", "Aisha told her tutor she is to be married abroad.", "DSL rang CSC."],
        ["06/02/2024", "09:00", "DSL in the strategy discussion.", "School to alert if absent."]]},
        merged={"Safeguarding": ["A1:B1"]})
    read = read_return(path)
    assert _fields(read) == {"Contact Date": ("date", "header"), "Contact Time": ("time", "header"),
                             "What happened": ("details", "header"), "Action": ("action", "header")}
    assert [(e.date, e.time, e.source.row) for e in read.events] == [(dt.date(2024, 2, 5), "11:20", 3),
                                                                    (dt.date(2024, 2, 6), "09:00", 4)]


def test_a_daily_log_kept_by_part_of_the_day_reads_each_days_notes_together(make_xlsx):
    # "Date | AM | PM | Night", most days with notes in several (held-out r423): the longest column was the
    # details and the others kept aside, so a day whose note was only in 'AM' had no text. A line each.
    read = read_return(make_xlsx("Brightwater Supported Living.xlsx", {"Daily notes": [
        ["Date", "AM", "PM", "Night"],
        ["03/06/2024", "Breakfast (level 5), day centre.", "SALT visit: plan reviewed, staff to supervise meals.",
         "Settled."],
        ["09/06/2024", "Quiet morning.", "Choked on a sandwich; back blows, 999 called 18:05.", "Manager emailed ASC."],
        ["21/06/2024", "Hospital rang: Tom died this morning.", None, None]]}))
    assert [e.details for e in read.events] == [
        "AM: Breakfast (level 5), day centre.\nPM: SALT visit: plan reviewed, staff to supervise meals.\n"
        "Night: Settled.",
        "AM: Quiet morning.\nPM: Choked on a sandwich; back blows, 999 called 18:05.\nNight: Manager emailed ASC.",
        "AM: Hospital rang: Tom died this morning."]
    assert [e.extra for e in read.events] == [{}, {}, {}]
    assert not [p for p in read.problems if p.level != "info"]
    # a column of weekdays headed "Day" is no part of the day: kept beside the entry
    weekdays = read_return(make_xlsx("Home.xlsx", {"Daily notes": [
        ["Date", "Day", "Morning", "Night"], ["03/06/2024", "Mon", "Breakfast, then the day centre.", "Settled."],
        ["04/06/2024", "Tue", "Quiet morning in the lounge.", "Up twice, settled."]]}))
    assert [(e.details, e.extra) for e in weekdays.events] == [
        ("Morning: Breakfast, then the day centre.\nNight: Settled.", {"Day": "Mon"}),
        ("Morning: Quiet morning in the lounge.\nNight: Up twice, settled.", {"Day": "Tue"})]
