"""Whose return it is: the agency named in the return, in the review config, or by the file's name.

In order: an Agency column (row by row); a labelled cell above the header ("Agency: West
Midlands Police"); the review config; such a cell on the workbook's cover sheet; a title naming
an organisation ("WEST MIDLANDS POLICE – CHRONOLOGY OF INVOLVEMENT"); the sheet's printed page
header or footer naming one (a workbook's or a Word document's); the file name
("GP_IMR_chronology v3.xlsx" → GP), or, when that says only what the document is, the folder's
("Health Visiting/Return.xlsx"); qualified by the sheet name in a workbook of several
chronology sheets. A file name that says only what the document is ("Chronology v2.xlsx") names
no agency: the sheet's name may, and if nothing does the author is warned, since every link and
summary line depends on it.
"""

from __future__ import annotations

import re
from pathlib import Path

from chron_merge.read.dates import MONTH_PATTERN
from chron_merge.read.grid import Grid
from chron_merge.read.headers import MIN_FIELD_SCORE, field_scores, lane_names_agency
from chron_merge.read.sheet import cell_text

# Case-record systems agencies export from ("CPOMS export", "Mosaic extract", "SystmOne"): the
# system, not the agency. (Names that are also ordinary words, like Vision or Paris, are left out.)
RECORD_SYSTEMS = (r"mosaic|liquid ?logic|lcs|eclipse|carefirst|frameworki|azeus|systm ?one|emis(?: web)?|rio|lorenzo|"
                  r"n?delius|oasys|niche|storm|athena|cpoms|my ?concern|"
                  # a trust's electronic patient record; youth justice's, an out-of-hours service's, a school's (not a
                  # system named after a place, as Medway is: "Medway Council")
                  r"e-?pr|ehr|carenotes|cerner|childview|careworks|core ?plus|adastra|sims|capita one|pnc")
# Words that say what a file or sheet is, not whose it is or what it covers.
DOCUMENT_WORDS = rf"chronology|chronologies|chron|timeline|cronoleg|final|draft|version|export|{RECORD_SYSTEMS}"
# Words in a file name that say what the file is, not whose it is.
NAME_NOISE = re.compile(
    # a review's reference first ("LSCP Review 23-01", "Case no 1234"), then single words
    rf"\b((?:review|case|ref|reference)\s+(?:no\.?\s+|number\s+)?\d+(?:[\s/.\-]\d+)*|"
    # the kind of review spelt out ("Safeguarding Adults Review", "Child Safeguarding Practice Review"),
    # and the file's place among the report's papers ("Appendix 2", "Annex B")
    r"(?:local\s+)?(?:child\s+)?safeguarding\s+(?:adults?\s+|children\s+)?(?:practice\s+)?review|"
    r"serious case review|domestic homicide review|domestic abuse related death review|"
    r"(?:adult|child) practice review|rapid review|learning review|"
    r"(?:appendix|annex|attachment|enclosure)\s+(?:\d+[a-z]?|[a-z])(?![\w'’])|"
    r"(?:draft|version|ver|rev|issue)\s*\d+(?:\.\d+)*|"  # ("draft 3": the draft's number with it)
    rf"{DOCUMENT_WORDS}|imr|v\d+(?:\.\d+)*|ver|rev\d*|returns?(?! home)|submissions?|"
    r"copy of|copy|updated|update|redacted|amended|revised|combined|merged|collated|all agenc(?:y|ies)|multi ?agency|"
    # the partnership's own draft ("Integrated chronology (business unit)"); not an "Integrated Care Board"
    r"integrated(?! (?:care|health|services?|community|sexual|drug|substance|offender|family|learning|therapy))|"
    r"(?:safeguarding )?business unit|"
    # an addition to a return sent before: the same agency's ("Probation chronology addendum")
    r"addendum|addenda|(?:supplementary|additional|further|late|extra) (?:entries|information|records)|supplementary|"
    r"supplement|"
    # ("Care agency", "Fostering agency": the agency's own name)
    r"(?<!care )(?<!fostering )(?<!adoption )(?<!nursing )(?<!employment )(?<!recruitment )(?<!letting )(?<!lettings )"
    r"(?<!domiciliary )agency|"
    r"agencies|scr|cspr|lcspr|dhr|sar|cpr|apr|"
    r"lscp|lscb|scp|review|template|comments|tracked changes|tracked|for panel|extract|completed|submitted|"
    # what it holds: "YJS case notes", "LADO log", "Homecare Plus visit log"
    r"(?:case |clinical |contact |(?<!health )visit )?notes|(?:case |patient )?records|results|concerns|"
    r"(?:(?<!health )visit |contact |call |incident |activity |daily )?logs?|"
    r"wip|approved(?! premises| mental health)|signed off|latest|checked|corrected|edited|reviewed|master|"
    # one of several files of a return: "part 1", "pt 2", "(1 of 2)" (not "Section 47 team")
    r"(?:part|pt\.?|vol(?:ume)?\.?)\s*\d+|\d+\s+of\s+\d+|"
    r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?|"  # a year, or a period "2019-20"
    # the review's subject, not the agency: "Child A", "Baby T", "Family 2"
    r"(?:child|baby|infant|young person|yp|sibling|family|adult|case|subject|mr|mrs|ms|miss|mx)\.?\s+[a-z0-9]{1,2}|"
    r"(?:child|baby|infant)(?-i:[A-Z0-9]{1,2}))\b"  # ("ChildJ_UHW_ED.csv")
    r"|\(\d+\)",  # "Chronology (1).xlsx", a second download
    re.IGNORECASE)
# Sheet names that only divide one chronology by time or part ("2019", "Apr-Dec 2020", "Sheet2",
# "Part 1 (cont)"): the agency is not split by them. A sheet per service ("Maternity") or per
# family member ("Mother", "Child A") qualifies the agency: records in two of them may be of one event.
SHEET_NAME_NOISE = re.compile(
    rf"\b(?:{DOCUMENT_WORDS}|sheet|tab|page|part|section|events?|entries|records?|data|log|cont|continued|main|v|"
    rf"year|years|to|and|of|the|{MONTH_PATTERN})?\d*\b", re.IGNORECASE)
# A file saved from another format keeps its old suffix: "Health chronology.docx.xlsx".
INNER_SUFFIX = re.compile(r"(?:\.(?:docx?|xlsx?|xlsm|csv|ods|pdf|rtf))+$", re.IGNORECASE)
NAME_DATE = re.compile(r"\d{4}[-_. ]\d{1,2}[-_. ]\d{1,2}|\d{1,2}[-_. ]\d{1,2}[-_. ]\d{2,4}|\b\d{8}\b|"
                       r"\b(?:19|20)\d\d[-_.](?:0?[1-9]|1[0-2])\b")  # and a year and month: "DHR 2021-03"


# The label of the cell naming the agency a return is from: "Agency:", "Organisation name -",
# "Name of agency:", "Submitting agency:", "Agency completing this chronology:", "Agency/Organisation:".
_AGENCY_WORD = r"(?:agency|organi[sz]ation|provider|service)"
_AGENCY_LABEL = (rf"(?:name of (?:the |your )?{_AGENCY_WORD}|(?:submitting|completing|reporting|author[’']?s|your) "
                 rf"{_AGENCY_WORD}|{_AGENCY_WORD}(?:\s*/\s*{_AGENCY_WORD})?(?: name)?"
                 rf"(?: (?:completing|submitting)(?: (?:this|the) (?:chronology|return|report))?)?)")
AGENCY_LABEL = re.compile(rf"^\s*{_AGENCY_LABEL}\s*[:\-–]\s*(?P<name>\S.*)$", re.IGNORECASE)
AGENCY_LABEL_CELL = re.compile(rf"^\s*(?!service\b){_AGENCY_LABEL}\s*:?\s*$", re.IGNORECASE)  # (a "Service" cell is a header)


# A file named for its organisation, then, after a dash, for what it holds: "Police - missing episodes".
_WHOSE_THEN_WHAT = re.compile(r"^(?P<whose>.+?)\s+[-–—]\s+(?P<what>.+)$")


def agency_from_filename(path: Path) -> str:
    """'GP_IMR_chronology v3.xlsx' → 'GP'; an all-letters short name reads as an acronym (wmas → WMAS).
    'Police - missing episodes.xlsx' → 'Police': after an organisation's name, words that name none
    say what the file holds (but 'Health Board - Health Visiting' names the service)."""
    cleaned = _agency_words(path.stem)
    parts = _WHOSE_THEN_WHAT.match(INNER_SUFFIX.sub("", path.stem))
    if parts is not None:
        whose, what = _agency_words(parts["whose"]), _agency_words(parts["what"])
        if whose and what and names_an_organisation(whose) and not names_an_organisation(what):
            cleaned = whose
        elif len(whose) == 1 and whose.isalpha() and what and names_an_organisation(what):
            cleaned = what  # the review's subject first, by an initial: "J - GP records (Oakwood Medical Practice)"
    if not _names_an_agency(cleaned):
        cleaned = re.sub(r"\s+", " ", re.sub(r"[_\-]+", " ", NAME_DATE.sub(" ", path.stem))).strip()
    if cleaned.isalpha() and len(cleaned) <= 5 and cleaned.islower():
        cleaned = cleaned.upper()
    return cleaned


def _agency_words(name: str) -> str:
    """The words of a file (or sheet) name that are not about the document ('GP' of 'GP_IMR_chronology v3')."""
    stem = INNER_SUFFIX.sub("", name).replace("_", " ")  # ("GP_Chronology": "_" joins words for \b)
    stem = re.sub(r"-+(?!\d)|(?<!\d)-+", " ", NAME_DATE.sub(" ", stem))  # ("0-19 Health Visiting": a hyphen in a number stays)
    cleaned = re.sub(r"\(\s*\)|\[\s*\]", " ", NAME_NOISE.sub(" ", stem))  # brackets left empty
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .-_")
    return re.sub(r"^(?:and|&|of)\s+|\s+(?:and|&|of)$", "", cleaned, flags=re.IGNORECASE)  # "Storm and Niche police"


# A folder's numbering in a review's filing ("03 Police", "B. Health Visiting", "2) GP").
FOLDER_NAME_WORDS = 5
FOLDER_NUMBER = re.compile(r"^\s*(?:\d+|[a-z])\s*[._)\-]?\s+", re.IGNORECASE)


def agency_from_folder(path: Path) -> str | None:
    """The agency the folder of a return names, when its name is that of a service or an
    organisation ('Health Visiting/Return.xlsx', '03 Police/Chronology.xlsx'); not 'Downloads'."""
    return organisation_named(FOLDER_NUMBER.sub("", path.parent.name))


def organisation_named(name: str) -> str | None:
    """The service or organisation a short name is (a folder's, a heading's), but for what the
    document is: 'Northshire Police', 'HEALTH VISITING', 'CAMHS'; None for 'Downloads', 'CHILD A'."""
    words = _agency_words(name)
    # (a name of a few words and no figures: not "Review 2023 working files", nor a temporary folder)
    if not words or len(words.split()) > FOLDER_NAME_WORDS or any(ch.isdigit() for ch in words):
        return None
    return words if names_an_organisation(words) else None


def names_an_organisation(words: str) -> bool:
    """Whether a name (a folder's, a file's, without what the document is) is a service's or an
    organisation's: 'Northshire Police', 'Health Visiting', 'CAMHS'; not 'Minutes' or 'Downloads'."""
    return bool(lane_names_agency(words) or ORGANISATION_END.search(words) or ORGANISATION_INITIALS.search(words))


def file_named_for_an_organisation(path: Path) -> bool:
    """Whether a file's name, but for what the document is ('IMR', 'chronology', a date), ends as an
    organisation's does or is its initials ('Police.pdf', 'GP chronology v2.doc', 'CAMHS.pdf').
    Stricter than a folder's name: a document's name is often its subject ('Family tree',
    'Health needs assessment'), which would name a service as a column's header."""
    words = _agency_words(path.stem)
    return bool(ORGANISATION_END.search(words) or ORGANISATION_INITIALS.search(words))


def file_names_an_agency(path: Path) -> bool:
    """False for 'Chronology.xlsx' or 'Collated returns.xlsx': nothing in the name but what the document is."""
    return _names_an_agency(_agency_words(path.stem))


def _names_an_agency(words: str) -> bool:
    return bool(words) and not words.isdigit()


def sheet_names_a_service(sheet: str | None) -> bool:
    """'Health Visiting' or 'Mother' names a service or a person; '2019' or 'Sheet2' does not (see SHEET_NAME_NOISE)."""
    return bool(sheet and re.sub(r"[\W_]+", "", SHEET_NAME_NOISE.sub(" ", sheet)))


# Where the agency of a sheet's entries comes from when only its Agency column names any: a
# collated return, whose blank cells are of the agency written above them (see read_sheet).
AGENCY_COLUMN_ALONE = "Agency column (a blank cell: the agency above it; none above: the file name)"
# … and when the file's name names an agency: its blank cells are that agency's.
AGENCY_COLUMN_FILE_NAME = "Agency column (blank cells: the file name)"


def name_agency(path: Path, grid: Grid, header_end: int, agency_column: bool, configured: str | None,
                several: bool, cover: tuple[str, str] | None = None) -> tuple[str, str]:
    """(the agency of a sheet's entries, where that name came from), in the order of the module
    docstring. ``header_end``: the rows above it may name the agency; ``agency_column``: the
    sheet has one (the name here is for its blank cells); ``configured``: the review config's
    name for the file; ``several``: the workbook has several chronology sheets; ``cover``: (the
    agency, the sheet) a cover sheet of the workbook names (see agency_on_cover)."""
    labelled = agency_from_label(grid, header_end)
    file_is_named = file_names_an_agency(path)
    titled = None if labelled or configured or cover or file_is_named else agency_in_title(grid, header_end)
    printed = None if labelled or configured or cover or file_is_named or titled else agency_in_page_header(grid)
    if agency_column:
        for name, where in ((labelled, "the 'Agency:' cell"), (configured, "the review config"),
                            (cover and cover[0], "the cover sheet"), (titled, "the title"),
                            (printed, "the page header"),
                            (not file_is_named and agency_from_folder(path), "the folder name")):
            if name:
                return name, f"Agency column (blank cells: {where})"
        if file_is_named:
            return agency_from_filename(path), AGENCY_COLUMN_FILE_NAME
        return agency_from_filename(path), AGENCY_COLUMN_ALONE
    if labelled:
        return labelled, "'Agency:' cell above the header"
    if configured:
        name, source = configured, "review config"
    elif cover:
        name, source = cover[0], f"'Agency:' cell on sheet '{cover[1]}'"
    elif titled:
        name, source = titled, "title above the header"
    elif printed:
        name, source = printed, "page header"
    elif not file_is_named and (folder := agency_from_folder(path)):
        name, source = folder, "folder name"
    else:
        name, source = agency_from_filename(path), "file name"
    if grid.sheet and sheet_names_a_service(grid.sheet):
        unnamed = source == "file name" and not file_is_named
        if several and unnamed:  # one workbook, a sheet per agency
            return grid.sheet.strip(), "sheet name"
        if several:
            return f"{name} – {grid.sheet}", source + " and sheet name"
        # "Chronology v2.xlsx" with its one sheet "WMP chronology"; not "CPOMS export.xlsx" with its one
        # sheet "Incidents", which names what the sheet holds: that return names no agency (and is warned of).
        if unnamed and (sheet_agency := organisation_named(grid.sheet)):
            return sheet_agency, "sheet name"
    return name, source


def agency_from_label(grid: Grid, header_index: int) -> str | None:
    """An 'Agency: West Midlands Police' cell (or 'Agency' | 'WMP' pair) above the header."""
    return _labelled_agency(grid.rows[:header_index])


COVER_ROWS = 40  # a cover sheet's details are at its top


def agency_on_cover(grid: Grid) -> str | None:
    """The agency a workbook's cover sheet names ('Agency:' | 'Northshire Police' among the
    review's name, the author and the date), for its chronology sheets that name none. Only rows
    of one or two cells: in a table, an 'Agency' header is followed by the next header."""
    return _labelled_agency([row for row in grid.rows[:COVER_ROWS] if sum(c is not None for c in row) <= TITLE_ROW_CELLS])


def _labelled_agency(rows: list[list[object]]) -> str | None:
    for row in rows:
        for col, value in enumerate(row):
            if not isinstance(value, str):
                continue
            if m := AGENCY_LABEL.match(value):
                return m["name"].strip()
            if AGENCY_LABEL_CELL.match(value):
                following = next((c for c in row[col + 1:] if c is not None), None)
                if following is not None and not _heads_a_column(following):
                    return cell_text(following)
    return None


# A column's header that no agency is called: a count ("Agency | Entries", "Agency | No."), as a
# collated workbook's summary of entries by agency is headed.
_COUNT_HEADER = re.compile(r"(?i)^\s*(?:(?:count|total|number|no\.?)(?: of \w+)?|rows|records|entries)\s*$")


def _heads_a_column(value: object) -> bool:
    """Whether the cell beside an 'Agency' cell is the next column's header ('Entries', 'Date'),
    not the agency's name: the two head a table. (A header of one word: "Action for Children" and
    "Time for Families" are agencies.)"""
    return isinstance(value, str) and (_COUNT_HEADER.match(value) is not None or (
        len(value.split()) == 1 and max(field_scores(value).values()) >= MIN_FIELD_SCORE))


# A title naming the agency in prose ("WEST MIDLANDS POLICE – CHRONOLOGY OF INVOLVEMENT",
# "Chronology of involvement: Sandwell Children's Trust"): a part of the title, between dashes,
# colons, bars or brackets and without the words about the document, that ends in the word an
# organisation's name ends in.
ORGANISATION_END = re.compile(
    r"\b(?:police|constabulary|council|trust|ft|nhs|hospitals?|school|academy|college|nursery|surgery|practice|"
    r"centre|center|clinic|camhs|probation|housing|homes|association|services?|care|ambulance|healthcare|visiting|"
    r"midwifery|maternity|justice|offending|yjs|yos|idva|aid|refuge|cafcass|dwp|rescue|ccg|icb|partnership|"
    r"foundation|authority|team|unit|group|gp|department|directorate|board|hub|mash|"
    r"primary|infants|juniors|partners|project|ltd|limited|hostel|(?:care|nursing|children'?s|residential) home)$",
    re.IGNORECASE)  # ("Oakfield Primary", "The Willows Care Home")
# The initials agencies go by, as a folder is named ("Northshire CSC", "WMP", "CAMHS").
ORGANISATION_INITIALS = re.compile(r"\b(?:csc|cscs|mash|edt|wmp|gmp|met|btp|camhs|yjs|yos|idva|isva|cafcass|dwp|wmas|"
                                   r"nwas|lado|hv|gp|ed|cgl|nhs|asc|amhp|cmht|crhtt|mbu)\b", re.IGNORECASE)
# Who holds the review, not whose return it is.
_REVIEW_WORDS = re.compile(
    r"\b(?:reviews?|cspr|lcspr|scr|dhr|sar|lscp|lscb|scp|safeguarding (?:children |adults )?(?:partnership|board)|"
    r"panel|multi[\s-]?agency|integrated|combined|collated|period|version)\b",
    re.IGNORECASE)
# A title that lists agencies or explains the sheet ("Agencies involved: Police, GP", "Key: …") names none.
_LIST_OR_NOTE = re.compile(r"\b(?:involved|agencies|notes?|key|cc|copy to|distribution|including|e\.g)\b", re.IGNORECASE)
# Words of a sentence, which a name has none of ("entries in red are from the GP practice").
_SENTENCE_WORD = re.compile(r"\b(?:is|are|was|were|be|been|please|from|in|with|by|this|these|our|we|you|your|if|when|"
                            r"should|must|all|any)\b", re.IGNORECASE)
MAX_NAME_WORDS = 8
_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+|:\s+|\s*[|()\[\]]\s*|,\s+")
# What a title says about the document around the agency's name: "Agency chronology", "chronology
# submitted by", "of involvement with the family", "for Child D".
_ABOUT_THE_DOCUMENT = re.compile(
    rf"\b(?:agency\s+)?(?:{DOCUMENT_WORDS}|imr|return|report|summary|record)\b"
    r"(?:\s+of\s+(?:involvement|contacts?|events)(?:\s+with\b.*)?)?|"
    r"\b(?:for|re|regarding|concerning)\s+(?:the\s+)?(?:child|baby|family|young person|adult|mr|mrs|ms|miss)\b.*$|"
    r"\b(?:child|baby|infant|family|adult|subject)\s+[a-z0-9]{1,2}\b",
    re.IGNORECASE)
# "Information held by …", "Chronology submitted by …": the name follows.
_BY = re.compile(r"^.*\b(?:held|kept|recorded|submitted|completed|provided|prepared|compiled|written|sent)\s+by\b",
                 re.IGNORECASE)
# "Chronology of Police involvement": the agency inside the phrase.
_INVOLVEMENT_OF = re.compile(r"\bchronology of (?:the\s+)?(?P<name>.+?)(?:['’]s)?\s+(?:involvement|contacts?)\b",
                             re.IGNORECASE)
_LEADING_LINK_WORDS = re.compile(r"^(?:for|of|by|at)\s+(?:the\s+)?", re.IGNORECASE)
TITLE_ROW_CELLS = 2  # a title row holds one or two cells; a row of more is a key or a table


def agency_in_title(grid: Grid, header_index: int) -> str | None:
    """The organisation a title above the header names ('Sandwell Children's Trust' of 'Chronology of
    involvement: Sandwell Children's Trust'), or None. Rows naming the review or the agencies
    involved ('Dudley Safeguarding Children Partnership – CSPR Child D') name no agency."""
    for row in grid.rows[:header_index]:
        texts = [cell_text(value) for value in row if value is not None]
        if not texts or len(texts) > TITLE_ROW_CELLS:
            continue
        for text in texts:
            if found := _organisation_in(text):
                return found
    return None


def agency_in_page_header(grid: Grid) -> str | None:
    """The organisation the sheet's printed page header or footer names ('West Mercia Police' of
    'West Mercia Police - Chronology (OFFICIAL SENSITIVE)'), as a template printed with the agency's
    name at the top of each page does; not 'Page 1 of 3' or 'OFFICIAL'."""
    return next((found for text in grid.page_headers if (found := _organisation_in(text))), None)


def _organisation_in(title: str) -> str | None:
    if _LIST_OR_NOTE.search(title):
        return None
    if m := _INVOLVEMENT_OF.search(title):
        candidates = [m["name"]]
    else:
        candidates = _TITLE_PARTS.split(title)
    for part in candidates:
        if not part or _REVIEW_WORDS.search(part) or any(ch.isdigit() for ch in part):
            continue
        name = " ".join(_ABOUT_THE_DOCUMENT.sub(" ", _BY.sub(" ", part)).split()).strip(" .,;:-–")
        name = _LEADING_LINK_WORDS.sub("", name)  # "(Chronology) for Oakfield Primary", "of the GP practice"
        if (2 < len(name) and len(name.split()) <= MAX_NAME_WORDS and ORGANISATION_END.search(name)
                and not _SENTENCE_WORD.search(name)):
            return name
    return None
