"""The records chron-merge reads, builds and writes (pydantic v2).

These models are the one structured result every command produces; the writers in
``chron_merge.write`` only render them. Field names follow ``CONTRACT.md``: users script
against the JSON, so fields may be added but never renamed.

The records made once per row (:class:`Event`, its :class:`Source`, and :class:`LinkNote`) are
plain dataclasses, not pydantic models: a large review has 100,000 of them, built from values
the reader has already checked, and validating each cost a second. pydantic still serialises
them inside the results and validates them when an integrated chronology is read back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

# The most characters an Excel cell holds; longer texts are kept whole in JSON and CSV.
EXCEL_CELL_LIMIT = 32767


class Precision(StrEnum):
    """How much of a date the agency wrote: a day, a week (``w/c``), a month or a year."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Level(StrEnum):
    """How much a problem matters: errors make ``validate`` exit 1, the rest are for reading."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class EventDate(BaseModel):
    """What one date cell says: the date, how precise it is, and the text as written.

    ``value`` is the first day of the period for partial dates (``Jun 2011`` → 2011-06-01) and
    ``None`` when the cell holds no readable date. ``end`` is set when the cell holds a period
    (``01/03/2019 - 15/03/2019``); ``time`` when the cell also holds a time of day.
    """

    model_config = ConfigDict(frozen=True)

    value: dt.date | None = None
    precision: Precision | None = None
    approximate: bool = False
    text: str = ""
    end: dt.date | None = None
    time: dt.time | None = None


@dataclass(slots=True, kw_only=True)
class Source:
    """Where an event came from: file base name, sheet (``None`` for CSV) and the rows Excel shows."""

    file: str
    sheet: str | None = None
    row: int
    rows: list[int]

    def label(self) -> str:
        """``file › sheet › row`` as messages and the xlsx show it."""
        parts = [self.file] + ([self.sheet] if self.sheet else []) + [f"row {self.row}"]
        return " › ".join(parts)


class Problem(BaseModel):
    """Something a person should look at, located by file › sheet › row, with what to do."""

    file: str
    sheet: str | None = None
    row: int | None = None
    level: Level
    code: str
    message: str
    value: str | None = None
    fix: str | None = None

    def where(self) -> str:
        parts = [self.file] + ([self.sheet] if self.sheet else [])
        if self.row is not None:
            parts.append(f"row {self.row}")
        return " › ".join(parts)


@dataclass(slots=True, kw_only=True)
class LinkNote:
    """One other agency's record of the same real event, and why chron-merge linked them."""

    id: str
    agency: str
    days_apart: int
    score: float
    reason: str


@dataclass(slots=True, kw_only=True)
class Event:
    """One entry of a chronology: an agency's record of one contact or event."""

    id: str = ""
    date: dt.date | None = None
    date_precision: Precision | None = None
    date_approximate: bool = False
    date_text: str = ""
    date_end: dt.date | None = None
    time: str | None = None
    agency: str
    practitioner: str | None = None
    contact_type: str | None = None
    details: str = ""
    action: str | None = None
    comment: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    source: Source
    link_group: str | None = None
    also_recorded_by: list[LinkNote] = field(default_factory=list)
    age: str | None = None


class Duplicate(BaseModel):
    """A row removed because the same agency already recorded exactly the same entry."""

    file: str
    sheet: str | None = None
    row: int
    duplicate_of: str
    agency: str
    date_text: str = ""
    details: str = ""


class ColumnUse(BaseModel):
    """Which column of a sheet became which event field, and how chron-merge decided."""

    column: str  # the letter Excel shows (A, B, …) or the CSV field number
    header: str
    field: str  # an event field name, or "extra"
    how: str  # "header", "content", "config" or "kept"


class SheetReport(BaseModel):
    """What was read from one sheet, or why it was skipped."""

    name: str | None
    read: bool
    reason: str = ""
    header_row: int | None = None
    columns: list[ColumnUse] = Field(default_factory=list)
    agency: str = ""
    agency_from: str = ""
    rows_read: int = 0
    events: int = 0
    continuations: int = 0
    blank_rows: int = 0


class FileReport(BaseModel):
    """Everything read from one return file."""

    file: str
    path: str = Field(exclude=True)  # where it was read; left out of outputs, which name files by base name
    sheets: list[SheetReport] = Field(default_factory=list)
    rows_read: int = 0
    events: int = 0
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    errors: int = 0
    warnings: int = 0


class Unreadable(BaseModel):
    """A file that could not be read at all, and what to do about it."""

    file: str
    reason: str
    fix: str = ""


class ValidateResult(BaseModel):
    """What ``validate`` found in each return."""

    chron_merge_version: str
    files: list[FileReport] = Field(default_factory=list)
    unreadable: list[Unreadable] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)


class Summary(BaseModel):
    """The reconciliation: rows read = events + continuations + duplicates + blank rows (+ outside period)."""

    rows_read: int = 0
    events: int = 0
    duplicates: int = 0
    continuations: int = 0
    blank_rows: int = 0
    outside_period: int = 0
    problems: int = 0
    errors: int = 0
    agencies: dict[str, int] = Field(default_factory=dict)
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    linked_groups: int = 0

    def reconciles(self) -> bool:
        return self.rows_read == (self.events + self.continuations + self.duplicates + self.blank_rows
                                  + self.outside_period)


class AgencySummary(BaseModel):
    """One agency's line in the Summary sheet."""

    agency: str
    rows_read: int = 0
    events: int = 0
    first_date: dt.date | None = None
    last_date: dt.date | None = None
    problems: int = 0


class BuildResult(BaseModel):
    """The integrated chronology: what ``build`` writes in every format."""

    chron_merge_version: str
    review: str | None = None
    events: list[Event] = Field(default_factory=list)
    duplicates: list[Duplicate] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)
    outside_period: list[Event] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
    agencies: list[AgencySummary] = Field(default_factory=list)
    files: list[FileReport] = Field(default_factory=list)
    glossary: dict[str, str] = Field(default_factory=dict)  # the review's own abbreviations (review.toml)
