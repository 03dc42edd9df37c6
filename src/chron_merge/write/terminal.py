"""Rich renderables for the terminal. Renderers return; only ``cli.py`` prints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from chron_merge.model import BuildResult, FileReport, Level, Problem, ValidateResult
from chron_merge.read.grid import DOCUMENT_SUFFIXES

LEVEL_STYLE = {Level.ERROR: "bold red", Level.WARNING: "yellow", Level.INFO: "cyan"}


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _day(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "-"


def render_file_report(report: FileReport) -> RenderableType:
    """One return: its sheets, the column each field came from, its counts and date range."""
    mark = Text("✗ ", style="bold red") if report.errors else Text("✓ ", style="bold green")
    headline = Text.assemble(mark, (report.file, "bold"),
                             f"  {report.rows_read} rows → {report.events} events · "
                             f"{_day(report.first_date)} – {_day(report.last_date)} · "
                             f"{plural(report.errors, 'error')}, {plural(report.warnings, 'warning')}")
    lines: list[RenderableType] = [headline]
    for sheet in report.sheets:
        label = (f"sheet '{sheet.name}'" if sheet.name
                 else "document" if Path(report.file).suffix.lower() in DOCUMENT_SUFFIXES else "CSV")
        if not sheet.read:
            lines.append(Text(f"   {label}: skipped - {sheet.reason}", style="dim"))
            continue
        header = f"header row {sheet.header_row}" if sheet.header_row is not None else "no header row"
        lines.append(Text(f"   {label}: {header}; agency '{sheet.agency}' (from {sheet.agency_from}); "
                          f"{sheet.rows_read} rows = {sheet.events} events + {sheet.continuations} continuation "
                          f"+ {sheet.blank_rows} blank or skipped"))
        used = [f"{c.column} '{c.header}' → {c.field}" + (" (by content)" if c.how == "content" else "")
                for c in sheet.columns if c.field != "extra"]
        kept = [f"'{c.header}'" for c in sheet.columns if c.field == "extra" and not c.header.startswith("Column ")]
        lines.append(Text("     columns: " + " · ".join(used), style="dim"))
        if kept:
            lines.append(Text("     kept as extra: " + ", ".join(kept), style="dim"))
    return Group(*lines)


ROWS_SHOWN = 12  # of a problem found on many rows, the rows listed in the terminal (--json lists each)


def render_problems(problems: list[Problem], title: str = "Problems") -> RenderableType:
    """A table of problems, errors first: level, where (file › sheet › row), what was found, what to do.

    The same problem on several rows of one sheet ("the entry has no details text") is one line
    that lists the rows, so that a return with hundreds of them stays readable."""
    table = Table(title=f"{title} ({len(problems)})", title_justify="left", expand=False, show_lines=False)
    table.add_column("Level", no_wrap=True)
    table.add_column("Where", overflow="fold", ratio=2)
    table.add_column("Problem", overflow="fold", ratio=3)
    table.add_column("What to do", overflow="fold", ratio=3)
    order = {Level.ERROR: 0, Level.WARNING: 1, Level.INFO: 2}
    lines: dict[tuple, list[Problem]] = {}  # in order: errors first, then by file, sheet and row
    for p in sorted(problems, key=lambda p: (order[p.level], p.file, p.sheet or "", p.row or 0)):
        # Problems of a row group with the same problem on other rows; a sheet's or file's stand alone.
        key = (p.level, p.file, p.sheet, _found(p), p.fix) if p.row is not None else (id(p),)
        lines.setdefault(key, []).append(p)
    for group in lines.values():
        first = group[0]
        where = first.where()
        if len(group) > 1:
            rows = ", ".join(str(p.row) for p in group[:ROWS_SHOWN])
            more = f" … ({len(group)} rows)" if len(group) > ROWS_SHOWN else ""
            where = " › ".join([first.file, *([first.sheet] if first.sheet else []), f"rows {rows}{more}"])
        # Text(), not str: a cell's "[redacted]" or "[/b]" is shown as written, never read as Rich markup.
        table.add_row(Text(first.level.value, style=LEVEL_STYLE[first.level]), Text(where), Text(_found(first)),
                      Text(first.fix or ""))
    return table


def _found(problem: Problem) -> str:
    """What was found: the message, with the value as written when the message does not quote it."""
    if not problem.value or problem.value in problem.message:
        return problem.message
    return f"{problem.message}: '{problem.value}'"


def render_validate(result: ValidateResult) -> RenderableType:
    parts: list[RenderableType] = [render_file_report(r) for r in result.files]
    for bad in result.unreadable:
        parts.append(Text.assemble(("✗ ", "bold red"), (bad.file, "bold"), f"  cannot be read: {bad.reason}"
                                   + (f" - {bad.fix}" if bad.fix else "")))
    if result.problems:
        parts.append(Text(""))
        parts.append(render_problems(result.problems))
    errors = sum(p.level == Level.ERROR for p in result.problems)
    warnings = sum(p.level == Level.WARNING for p in result.problems)
    verdict = ("nothing to fix" if not errors and not result.unreadable
               else f"{plural(errors, 'error')} to fix"
               + (f", {plural(len(result.unreadable), 'unreadable file')}" if result.unreadable else ""))
    parts.append(Text(f"\n{plural(len(result.files), 'return')} read: {verdict}; {plural(warnings, 'warning')}.",
                      style="bold red" if errors or result.unreadable else "bold green"))
    return Group(*parts)


def render_build_summary(result: BuildResult, output: str | None) -> RenderableType:
    """Per agency rows/events/dates/problems, then the reconciliation line and where the output went."""
    table = Table(title=Text("Integrated chronology" + (f": {result.review}" if result.review else "")),
                  title_justify="left")
    table.add_column("Agency", overflow="fold")
    for name in ("Rows read", "Events", "First", "Last", "Problems"):
        table.add_column(name, justify="right", no_wrap=True)
    for line in result.agencies:
        table.add_row(Text(line.agency), str(line.rows_read), str(line.events), _day(line.first_date), _day(line.last_date),
                      str(line.problems))
    s = result.summary
    table.add_row(Text("All", style="bold"), str(s.rows_read), str(s.events), _day(s.first_date), _day(s.last_date),
                  str(s.problems), style="bold")
    line = (f"{plural(s.rows_read, 'row')} read = {plural(s.events, 'event')} + "
            f"{plural(s.continuations, 'continuation row')} joined + {plural(s.duplicates, 'duplicate')} removed + "
            f"{plural(s.blank_rows, 'blank or skipped row')}")
    if s.outside_period:
        line += f" + {s.outside_period} outside the review period"
    reconciliation = Text(line, style="bold green" if s.reconciles() else "bold red")
    lines: list[RenderableType] = [table, reconciliation]
    lines.append(Text(f"{plural(s.linked_groups, 'event')} recorded by several agencies linked; "
                      f"{plural(s.errors, 'error')} and {plural(s.problems - s.errors, 'other note')} listed as problems."))
    # Files beside the returns that may be returns themselves, and folders not searched: their
    # entries are in no table above, so they are named here, not only among the problems.
    for problem in result.problems:
        if problem.code == "folder-not-searched" or (problem.code == "not-a-return" and problem.level == Level.WARNING):
            lines.append(Text.assemble(("! ", "bold yellow"), (problem.file, "bold"), f": {problem.message} - {problem.fix}"))
    if output:
        lines.append(Text(f"Written to {output}", style="bold"))
    return Group(*lines)
