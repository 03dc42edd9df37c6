"""Pseudonyms and an identifier scan, for chronologies that will be published.

``--pseudonymise`` replaces every name in the review's ``[pseudonyms]`` in every text of every
output: whole words, longest names first, ignoring case and spacing. The identifier scan finds
what pseudonyms cannot (NHS numbers with a valid check digit, UK postcodes, telephone numbers,
e-mail addresses, dates of birth written in the text) and reports each as a warning by
file › sheet › row, with the value masked, so the author can remove it before publication.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chron_merge.model import BuildResult, Event, Level, Problem

TEXT_FIELDS = ("agency", "practitioner", "contact_type", "details", "action", "comment", "date_text", "age")


def name_pattern(pseudonyms: dict[str, str]) -> re.Pattern[str] | None:
    """One pattern for all names: longest first, whole words, any case, any spacing inside."""
    names = sorted((n for n in pseudonyms if n.strip()), key=len, reverse=True)
    if not names:
        return None
    parts = [r"\s+".join(re.escape(word) for word in name.split()) for name in names]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def make_replacer(pseudonyms: dict[str, str]) -> Callable[[str | None], str | None]:
    pattern = name_pattern(pseudonyms)
    lookup = {" ".join(k.casefold().split()): v for k, v in pseudonyms.items()}

    def replace(text: str | None) -> str | None:
        if not text or pattern is None:
            return text
        return pattern.sub(lambda m: lookup[" ".join(m.group(0).casefold().split())], text)

    return replace


def pseudonymise_event(event: Event, replace: Callable[[str | None], str | None]) -> None:
    for name in TEXT_FIELDS:
        value = getattr(event, name)
        if value:
            setattr(event, name, replace(value))
    event.extra = {replace(k) or k: replace(v) or "" for k, v in event.extra.items()}
    for note in event.also_recorded_by:
        note.agency = replace(note.agency) or note.agency
        note.reason = replace(note.reason) or note.reason


def pseudonymise_problem(problem: Problem, replace: Callable[[str | None], str | None]) -> None:
    problem.message = replace(problem.message) or problem.message
    problem.value = replace(problem.value)
    problem.fix = replace(problem.fix)


def pseudonymise_result(result: BuildResult, pseudonyms: dict[str, str]) -> None:
    """Replace the names in every text of a built chronology (events, duplicates, problems, summary)."""
    replace = make_replacer(pseudonyms)
    for event in [*result.events, *result.outside_period]:
        pseudonymise_event(event, replace)
    for dup in result.duplicates:
        dup.details = replace(dup.details) or ""
        dup.agency = replace(dup.agency) or dup.agency
    for problem in result.problems:
        pseudonymise_problem(problem, replace)
    for line in result.agencies:
        line.agency = replace(line.agency) or line.agency
    result.summary.agencies = {replace(k) or k: v for k, v in result.summary.agencies.items()}
    for report in result.files:
        for sheet in report.sheets:
            sheet.agency = replace(sheet.agency) or sheet.agency


# --- identifier scan ----------------------------------------------------------------------------

_NHS = re.compile(r"(?<!\d)(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?!\d)")
_POSTCODE = re.compile(r"\b([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})\b")
_PHONE = re.compile(r"(?<![\w/])(?:\+44\s?\(?0?\)?\s?\d{2,4}|\(?0\d{2,4}\)?)[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w/])")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_DOB = re.compile(r"\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?)\s*:?\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|"
                  r"\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9} \d{4})", re.IGNORECASE)


def valid_nhs_number(digits: str) -> bool:
    """The NHS number check digit (modulus 11)."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _mask(value: str) -> str:
    """Enough of an identifier to find it in the row, not enough to spread it."""
    shown = max(2, len(value) // 4)
    return value[:shown] + "•" * (len(value) - shown)


def find_identifiers(text: str) -> list[tuple[str, str]]:
    """(kind, masked value) for every identifier-like string in a text."""
    found = []
    nhs_spans = []
    for m in _NHS.finditer(text):
        if valid_nhs_number("".join(m.groups())):
            found.append(("NHS number", _mask(m.group(0))))
            nhs_spans.append(m.span())
    for m in _POSTCODE.finditer(text):
        found.append(("postcode", _mask(m.group(0))))
    for m in _PHONE.finditer(text):
        if not any(a <= m.start() < b for a, b in nhs_spans) and 10 <= sum(c.isdigit() for c in m.group(0)) <= 12:
            found.append(("telephone number", _mask(m.group(0))))
    for m in _EMAIL.finditer(text):
        found.append(("e-mail address", _mask(m.group(0))))
    for m in _DOB.finditer(text):
        found.append(("date of birth", _mask(m.group(0))))
    return found


def scan_identifiers(events: list[Event]) -> list[Problem]:
    """A warning for each identifier found in an event's texts."""
    problems = []
    for event in events:
        texts = [getattr(event, name) or "" for name in ("details", "action", "comment", "practitioner")]
        texts += list(event.extra.values())
        for kind, masked in find_identifiers("\n".join(texts)):
            problems.append(Problem(
                file=event.source.file, sheet=event.source.sheet, row=event.source.row, level=Level.WARNING,
                code="identifier", message=f"the text holds what looks like a {kind}", value=masked,
                fix="remove or replace it before the chronology is shared or published"))
    return problems
