"""Entries the agency's own return marks as entered in error.

Case systems keep a record made on the wrong file, or about something that did not happen, and
export it with a status ('Entered in error', 'Void') or a first line saying so ('ENTERED IN ERROR -
wrong child'). Such a row is kept (nothing is dropped: the agency decides what its return holds)
and pointed out, but it is no agency's record of a real event, so it is never linked to another
agency's record: a link would tell the review that two agencies knew of the event.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from chron_merge.model import Event, Level, Problem

if TYPE_CHECKING:
    from chron_merge.read import ReturnRead

# Verbs that can only mean making the record ('entered in error'), and those that need a record
# named before them ('Entry made in error'): 'Call made in error' is a real call, made by mistake.
_RECORDED = r"(?:entered|recorded|input(?:ted)?|keyed)"
_MADE = rf"(?:{_RECORDED}|made|created|added|saved|logged|filed|opened|written)"
_WRONG_FILE = r"wrong\s+(?:client|child|person|patient|pupil|record|file|case|service user|family|address)"

# A whole cell that is a status: 'Entered in error', 'Void', 'Deleted', '** ERROR **', 'Wrong client'.
_STATUS = re.compile(rf"\W*(?:{_MADE}\s+in\s+error|in\s+error|error(?:\s+entry)?|void(?:ed)?|deleted|{_WRONG_FILE})\W*",
                     re.IGNORECASE)
# A text that starts by saying so ('ENTERED IN ERROR - ...', 'This entry was made in error: ...',
# 'Wrong patient - entered in error'), or says so in brackets anywhere ('... (recorded in error)').
_TEXT = re.compile(rf"^\W*(?:(?:this\s+)?(?:entry|record|note|case\s+note|episode)\s+(?:was\s+|has\s+been\s+)?{_MADE}"
                   rf"|(?:{_WRONG_FILE}\W+)?{_RECORDED})\s+in\s+error\b"
                   rf"|[(\[]\s*{_RECORDED}\s+in\s+error\s*[)\]]", re.IGNORECASE)


def marked_in_error(event: Event) -> str | None:
    """What in the row says it was entered in error ('Status: Entered in error'), or None."""
    for header, value in event.extra.items():
        if _is_status(value):
            return f"{header}: {value}"
    if event.contact_type and _is_status(event.contact_type):
        return event.contact_type
    for text in (event.details, event.action, event.comment):
        # (a plain search first: a large review has 100,000 texts, and few say 'error')
        if text and ("rror" in text or "RROR" in text) and (found := _TEXT.search(text)):
            return found.group(0).strip(" -:([])")
    return None


@functools.lru_cache(maxsize=1024)
def _is_status(value: str) -> bool:
    """Whether a whole cell is a status saying the entry was made in error (cached: a column of
    contact types or statuses holds a few values many times)."""
    return len(value) <= 60 and _STATUS.fullmatch(value) is not None


def note_entered_in_error(read: ReturnRead) -> list[Event]:
    """Warn of a return's entries marked as entered in error (counted in its warnings), and return them."""
    marked = []
    for event in read.events:
        if (said := marked_in_error(event)) is None:
            continue
        marked.append(event)
        read.problems.append(Problem(
            file=event.source.file, sheet=event.source.sheet, row=event.source.row, level=Level.WARNING,
            code="entered-in-error", value=said,
            message=f"the return marks this entry as entered in error ('{said}'): it is kept in the chronology, "
                    "but not linked to other agencies' records",
            fix="ask the agency whether the entry stands; if it does not, they should take the row out of the return"))
    read.report.warnings += len(marked)
    return marked
