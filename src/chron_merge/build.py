"""``build``: read returns → one integrated chronology (a :class:`BuildResult`), nothing lost.

Order of work: combine every return's events in source order, give stable ids, remove exact
duplicates (listed), leave out entries outside the review period (listed), link records of
the same event across agencies, sort, then add ages and pseudonyms. The summary's
reconciliation says where every row went.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from chron_merge import __version__
from chron_merge.config import ReviewConfig
from chron_merge.in_error import note_entered_in_error
from chron_merge.link import DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, LinkResult, find_links
from chron_merge.merge import chronological_order, identify, one_name_per_acronym, one_spelling_per_agency, source_order
from chron_merge.model import EXCEL_CELL_LIMIT, AgencySummary, BuildResult, Event, Level, LinkNote, Problem, Summary
from chron_merge.read import ReadAll, ReturnRead, note_dated_after, same_agency_returns

log = logging.getLogger(__name__)


@dataclass
class BuildOptions:
    """How to build: linking settings, review period, the child's date of birth, pseudonyms."""

    link: bool = True
    window_days: int = DEFAULT_WINDOW_DAYS
    threshold: float = DEFAULT_THRESHOLD
    glossary: dict[str, str] | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    review_name: str | None = None
    review_glossary: dict[str, str] = field(default_factory=dict)  # shown on the Glossary sheet
    date_of_birth: dt.date | None = None
    pseudonymise: bool = False  # replace the names below, and scan for identifiers
    pseudonyms: dict[str, str] = field(default_factory=dict)
    today: dt.date = field(default_factory=dt.date.today)  # an entry dated after it has a mistyped year

    @classmethod
    def from_config(cls, config: ReviewConfig | None, *, period_from: dt.date | None = None,
                    period_to: dt.date | None = None, **settings: Any) -> BuildOptions:
        """Options from the review config (if any), with the command line's settings and period on top."""
        options = cls(**settings)
        if config is not None:
            options.glossary = config.glossary_map()
            options.review_glossary = dict(config.glossary)
            options.review_name = config.review.name
            options.period_start, options.period_end = config.review.start, config.review.end
            options.date_of_birth = config.child.dob if config.child else None
            options.pseudonyms = dict(config.pseudonyms)
        options.period_start = period_from or options.period_start
        options.period_end = period_to or options.period_end
        return options

    def agency_colours(self, config: ReviewConfig | None) -> dict[str, str] | None:
        """The configured band colours, keyed by agency name as the outputs show it."""
        colours = config.agency_colours() if config else None
        if colours and self.pseudonymise:
            from chron_merge.pseudonymise import make_replacer

            replace = make_replacer(self.pseudonyms)
            colours = {replace(name) or name: colour for name, colour in colours.items()}
        return colours


def build_chronology(outcome: ReadAll, options: BuildOptions | None = None) -> BuildResult:
    """The integrated chronology from everything read (unreadable files are the caller's to report)."""
    options = options or BuildOptions()
    reads = sorted(outcome.returns, key=lambda r: (r.report.file.casefold(), r.report.file, r.report.path))
    in_error: set[int] = set()  # (ids of the events marked as entered in error: kept, never linked)
    for read in reads:
        note_dated_after(options.today, read)
        in_error.update(map(id, note_entered_in_error(read)))
    events = source_order([e for r in reads for e in r.events])
    one_spelling_per_agency(events)
    problems = [*outcome.left_out_notes(), *(p for r in reads for p in r.problems), *one_name_per_acronym(events)]
    events, duplicates = identify(events)
    for dup in duplicates:
        problems.append(Problem(file=dup.file, sheet=dup.sheet, row=dup.row, level=Level.INFO, code="exact-duplicate",
                                message=f"the same entry as {dup.duplicate_of}; removed and listed under duplicates",
                                value=dup.date_text or None,
                                fix="nothing to do if it was entered twice; if there were two such contacts, "
                                    "tell them apart in the return (add the time)"))
    problems.extend(same_agency_returns(reads))
    events, outside = _within_period(events, options)
    problems.extend(_outside_notes(outside, options))

    started = time.perf_counter()
    not_linkable = {position for position, event in enumerate(events) if id(event) in in_error}
    links = _links(events, not_linkable, options) if options.link else None
    if links:
        log.debug("linking: %d groups of records of the same event, in %.2f s", len(links.groups),
                  time.perf_counter() - started)
    order = chronological_order(events, links.groups if links else [])
    if links:
        _note_links(events, order, links)
    events = [events[i] for i in order]
    problems.extend(_too_long_for_excel(events))
    if options.date_of_birth:
        from chron_merge.age import age_at

        for event in [*events, *outside]:
            event.age = age_at(event, options.date_of_birth)
    result = BuildResult(chron_merge_version=__version__, review=options.review_name, events=events,
                         duplicates=duplicates, problems=problems, outside_period=outside,
                         files=[r.report for r in reads], glossary=options.review_glossary)
    if options.pseudonymise:
        from chron_merge.pseudonymise import scan_identifiers

        # What pseudonyms cannot catch (NHS numbers, postcodes …) is reported, masked.
        result.problems.extend(scan_identifiers([*events, *outside]))
    result.summary, result.agencies = _summarise(reads, result)
    if options.pseudonymise:
        from chron_merge.pseudonymise import pseudonymise_result

        pseudonymise_result(result, options.pseudonyms)
    return result


def _links(events: list[Event], not_linkable: set[int], options: BuildOptions) -> LinkResult:
    """Links among the events, leaving out those at the positions ``not_linkable`` (entries marked
    as entered in error); the result's positions are those in ``events``."""
    if not not_linkable:
        return find_links(events, options.window_days, options.threshold, options.glossary)
    linkable = [position for position in range(len(events)) if position not in not_linkable]
    found = find_links([events[p] for p in linkable], options.window_days, options.threshold, options.glossary)
    return LinkResult(groups=[[linkable[p] for p in group] for group in found.groups],
                      pairs={(linkable[a], linkable[b]): why for (a, b), why in found.pairs.items()})


def _too_long_for_excel(events: list[Event]) -> list[Problem]:
    """Texts longer than an Excel cell: kept whole, but the xlsx can show only the start."""
    found = []
    for event in events:
        for name in ("details", "action", "comment"):
            text = getattr(event, name) or ""
            if len(text) > EXCEL_CELL_LIMIT:
                found.append(Problem(
                    file=event.source.file, sheet=event.source.sheet, row=event.source.row, level=Level.WARNING,
                    code="long-text", message=f"the {name} text has {len(text):,} characters, more than an Excel cell "
                    f"holds ({EXCEL_CELL_LIMIT:,}): the xlsx shows the start and marks the cut; JSON and CSV keep it whole",
                    fix="split the entry into shorter entries, or read the full text in the JSON or CSV output"))
    return found


def _within_period(events: list[Event], options: BuildOptions) -> tuple[list[Event], list[Event]]:
    """Split off entries dated wholly outside the review period (undated entries always stay in)."""
    start, end = options.period_start, options.period_end
    if start is None and end is None:
        return events, []
    inside, outside = [], []
    for event in events:
        last = event.date_end or event.date
        if event.date is not None and ((end and event.date > end) or (start and last and last < start)):
            outside.append(event)
        else:
            inside.append(event)
    return inside, outside


def _outside_notes(outside: list[Event], options: BuildOptions) -> list[Problem]:
    """Each entry left out as outside the review period is listed, so nothing leaves silently."""
    period = " – ".join(d.strftime("%d/%m/%Y") if d else "…" for d in (options.period_start, options.period_end))
    return [Problem(file=e.source.file, sheet=e.source.sheet, row=e.source.row, level=Level.INFO, code="outside-period",
                    message=f"dated {e.date_text or e.date}, outside the review period ({period}): left out of the "
                    "chronology and listed under 'Outside review period'", value=e.date_text or None,
                    fix="if it matters to the review, widen the period (review.toml [review] start/end, or --from/--to)")
            for e in outside]


def _note_links(events: list[Event], order: list[int], links: LinkResult) -> None:
    """Label each linked group (L0001 … in chronological order) and fill each record's 'also recorded
    by' with the other records and why they were linked."""
    group_of = {position: number for number, group in enumerate(links.groups) for position in group}
    labels: dict[int, str] = {}
    for position in order:
        number = group_of.get(position)
        if number is None:
            continue
        event = events[position]
        event.link_group = labels.setdefault(number, f"L{len(labels) + 1:04d}")
        notes = []
        for other in links.groups[number]:
            if other != position:
                score, days, reason = links.pairs[(min(position, other), max(position, other))]
                notes.append(LinkNote(id=events[other].id, agency=events[other].agency, days_apart=days,
                                      score=score, reason=reason))
        event.also_recorded_by = notes


def _summarise(reads: list[ReturnRead], result: BuildResult) -> tuple[Summary, list[AgencySummary]]:
    summary = Summary(
        rows_read=sum(r.report.rows_read for r in reads),
        events=len(result.events),
        duplicates=len(result.duplicates),
        # Continuation rows of the entries kept; those of a removed duplicate are listed (and counted) with it.
        continuations=sum(len(e.source.rows) - 1 for e in [*result.events, *result.outside_period]),
        blank_rows=sum(r.blank_rows for r in reads),
        outside_period=len(result.outside_period),
        problems=len(result.problems),
        errors=sum(p.level == Level.ERROR for p in result.problems),
        linked_groups=len({e.link_group for e in result.events if e.link_group}),
    )
    # Plain counters: updating pydantic models field by field is slow for 100,000 events.
    rows: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    problems: Counter[str] = Counter()
    dates: dict[str, list[dt.date]] = defaultdict(list)
    problem_rows = {(p.file, p.sheet, p.row) for p in result.problems if p.row is not None}
    where_agency: dict[tuple[str, str | None, int | None], str] = {}
    for events, kept in ((result.events, True), (result.outside_period, False)):
        for event in events:
            source = event.source
            rows[event.agency] += len(source.rows)
            for row in source.rows:
                if (source.file, source.sheet, row) in problem_rows:
                    where_agency[(source.file, source.sheet, row)] = event.agency
            if kept:
                counts[event.agency] += 1
                if event.date:
                    dates[event.agency].append(event.date)
    for dup in result.duplicates:
        rows[dup.agency] += 1
    sheet_agency = {(r.report.file, s.name): s.agency for r in reads for s in r.report.sheets if s.read}
    for r in reads:
        for s in r.report.sheets:
            if s.read and s.blank_rows:  # (a sheet whose entries all name their agency adds no line of its own)
                rows[s.agency] += s.blank_rows
    for problem in result.problems:
        name = where_agency.get((problem.file, problem.sheet, problem.row)) or sheet_agency.get(
            (problem.file, problem.sheet))
        if name:
            problems[name] += 1
    agencies = sorted(set(rows) | set(counts), key=str.casefold)
    lines = [AgencySummary(agency=a, rows_read=rows[a], events=counts[a], first_date=min(dates[a], default=None),
                           last_date=max(dates[a], default=None), problems=problems[a]) for a in agencies]
    summary.agencies = {line.agency: line.events for line in lines}
    summary.first_date = min((e.date for e in result.events if e.date), default=None)
    summary.last_date = max((e.date for e in result.events if e.date), default=None)
    return summary, lines
