"""Whose return it is: the agency named in the return, in the review config, or by the file's name.

In order: an Agency column (row by row); a labelled cell above the header ("Agency: West
Midlands Police"); the review config; a title naming an organisation ("WEST MIDLANDS POLICE –
CHRONOLOGY OF INVOLVEMENT"); the file name ("GP_IMR_chronology v3.xlsx" → GP), qualified by the
sheet name in a workbook of several chronology sheets. A file name that says only what the
document is ("Chronology v2.xlsx") names no agency: the sheet's name may, and if nothing does the
author is warned, since every link and summary line depends on it.
"""

from __future__ import annotations

import re
from pathlib import Path

from chron_merge.read.dates import MONTH_PATTERN
from chron_merge.read.grid import Grid
from chron_merge.read.sheet import cell_text

# Case-record systems agencies export from ("CPOMS export", "Mosaic extract", "SystmOne"): the
# system, not the agency. (Names that are also ordinary words, like Vision or Paris, are left out.)
RECORD_SYSTEMS = (r"mosaic|liquid ?logic|lcs|eclipse|carefirst|frameworki|azeus|systm ?one|emis(?: web)?|rio|lorenzo|"
                  r"n?delius|oasys|niche|storm|athena|cpoms|my ?concern")
# Words that say what a file or sheet is, not whose it is or what it covers.
DOCUMENT_WORDS = rf"chronology|chronologies|chron|timeline|cronoleg|final|draft|version|export|{RECORD_SYSTEMS}"
# Words in a file name that say what the file is, not whose it is.
NAME_NOISE = re.compile(
    # a review's reference first ("LSCP Review 23-01", "Case no 1234"), then single words
    rf"\b((?:review|case|ref|reference)\s+(?:no\.?\s+|number\s+)?\d+(?:[\s/.]\d+)*|{DOCUMENT_WORDS}|imr|v\d+(?:\.\d+)*|ver|rev\d*|returns?|submissions?|"
    r"copy of|copy|updated|update|redacted|amended|revised|combined|merged|collated|all agenc(?:y|ies)|multi ?agency|agency|"
    r"agencies|scr|cspr|lcspr|dhr|sar|cpr|apr|"
    r"lscp|lscb|scp|review|template|comments|tracked changes|tracked|for panel|extract|completed|submitted|"
    r"wip|approved|signed off|latest|(?:19|20)\d\d|"
    # the review's subject, not the agency: "Child A", "Baby T", "Family 2"
    r"(?:child|baby|infant|young person|yp|sibling|family|adult|case|subject|mr|mrs|ms|miss|mx)\.?\s+[a-z0-9]{1,2})\b"
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


def agency_from_filename(path: Path) -> str:
    """'GP_IMR_chronology v3.xlsx' → 'GP'; an all-letters short name reads as an acronym (wmas → WMAS)."""
    cleaned = _agency_words(path)
    if not file_names_an_agency(path):
        cleaned = re.sub(r"\s+", " ", re.sub(r"[_\-]+", " ", NAME_DATE.sub(" ", path.stem))).strip()
    if cleaned.isalpha() and len(cleaned) <= 5 and cleaned.islower():
        cleaned = cleaned.upper()
    return cleaned


def _agency_words(path: Path) -> str:
    """The words of a file name that are not about the document ('GP' of 'GP_IMR_chronology v3')."""
    stem = INNER_SUFFIX.sub("", path.stem).replace("_", " ")  # ("GP_Chronology": "_" joins words for \b)
    stem = re.sub(r"-+", " ", NAME_DATE.sub(" ", stem))
    cleaned = re.sub(r"\(\s*\)|\[\s*\]", " ", NAME_NOISE.sub(" ", stem))  # brackets left empty
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .-_")
    return re.sub(r"^(?:and|&|of)\s+|\s+(?:and|&|of)$", "", cleaned, flags=re.IGNORECASE)  # "Storm and Niche police"


def file_names_an_agency(path: Path) -> bool:
    """False for 'Chronology.xlsx' or 'Collated returns.xlsx': nothing in the name but what the document is."""
    words = _agency_words(path)
    return bool(words) and not words.isdigit()


def sheet_names_a_service(sheet: str | None) -> bool:
    """'Health Visiting' or 'Mother' names a service or a person; '2019' or 'Sheet2' does not (see SHEET_NAME_NOISE)."""
    return bool(sheet and re.sub(r"[\W_]+", "", SHEET_NAME_NOISE.sub(" ", sheet)))


def agency_from_label(grid: Grid, header_index: int) -> str | None:
    """An 'Agency: West Midlands Police' cell (or 'Agency' | 'WMP' pair) above the header."""
    for row in grid.rows[:header_index]:
        for col, value in enumerate(row):
            if not isinstance(value, str):
                continue
            if m := AGENCY_LABEL.match(value):
                return m["name"].strip()
            if AGENCY_LABEL_CELL.match(value):
                following = next((c for c in row[col + 1:] if c is not None), None)
                if following is not None:
                    return cell_text(following)
    return None
