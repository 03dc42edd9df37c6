"""The integrated chronology as the workbook an overview author prints and annotates.

Sheets: "Integrated chronology" (one row per event, agency colour bands, frozen header,
autofilter, landscape fit-to-width with the header on every page), "Summary" (per agency and
the reconciliation), "Problems", "Removed duplicates", and "Outside review period" when a
period is set.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO

from chron_merge.model import BuildResult, Event
from chron_merge.write.sheetml import Workbook
from chron_merge.write.table import columns, row_values

# Okabe-Ito, the colour-blind-safe palette, as pale tints so black text stays readable on them.
AGENCY_TINTS = ["FBE3B3", "CCE8F8", "B3E2D5", "FAF6C6", "B3D4E8", "F2CEB3", "F0D7E5", "E0E0E0",
                "FDF0D9", "E5F3FB", "D9F0EA", "FCFAE2", "D9E9F3", "F8E6D9", "F7EBF2", "EFEFEF"]
HEADER_FILL = "404040"
HEADER_FONT = "FFFFFF"
LINE_HEIGHT = 12.75  # points per line of 10-point Arial
MAX_LINES = 30  # Excel rows stop at 409 points


def row_height(values: list[object], wrapped: list[tuple[int, int]]) -> float | None:
    """A row tall enough for its wrapped text, since spreadsheets do not size rows they did not write.
    ``wrapped``: (column index, characters a line of it holds)."""
    lines = 1
    for index, per_line in wrapped:
        text = values[index]
        if text.__class__ is str and (len(text) > per_line or "\n" in text):  # most cells are one line
            lines = max(lines, sum(-(-len(part) // per_line) or 1 for part in text.split("\n")))
    return None if lines == 1 else LINE_HEIGHT * min(lines, MAX_LINES)


def _tint(colour: str) -> str:
    """A pale version of a configured agency colour (75% white), for a row background."""
    red, green, blue = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
    return "".join(f"{round(c + (255 - c) * 0.75):02X}" for c in (red, green, blue))


def agency_fills(events: list[Event], configured: dict[str, str] | None = None) -> dict[str, str]:
    """Each agency's band colour: configured colours first, then the palette in name order."""
    configured = configured or {}
    names = sorted({e.agency for e in events}, key=str.casefold)
    fills = {}
    palette = iter(AGENCY_TINTS * (len(names) // len(AGENCY_TINTS) + 1))
    for name in names:
        fills[name] = _tint(configured[name]) if name in configured else next(palette)
    return fills


DATE_COLUMN = 1  # the position of "Date" in the chronology's columns


def write_xlsx(result: BuildResult, target: Path | IO[bytes], colours: dict[str, str] | None = None,
               stage_of: Callable[[Event], str] | None = None) -> None:
    """Write the workbook; ``stage_of`` (e.g. the child's age stage) adds a heading row where it changes."""
    book = Workbook()
    with_age = any(e.age for e in result.events)
    cols = columns(with_age)
    header_style = book.style(bold=True, font_colour=HEADER_FONT, fill=HEADER_FILL, wrap=True)
    banded = {agency: [book.style(fill=fill, wrap=c.wrap, number_format="dd/mm/yyyy" if i == DATE_COLUMN else None,
                                  bold=c.header == "Agency") for i, c in enumerate(cols)]
              for agency, fill in agency_fills(result.events, colours).items()}
    _events_sheet(book, "Integrated chronology", result.events, with_age, header_style,
                  lambda event: banded[event.agency], stage_of)
    _summary_sheet(book, result, header_style)
    if result.glossary:
        glossary = book.add_sheet("Glossary", widths=[16, 60], freeze_rows=1)
        glossary.append(["Abbreviation", "Meaning"], header_style)
        for short, meaning in sorted(result.glossary.items(), key=lambda item: item[0].casefold()):
            glossary.append([short, meaning])
    _problems_sheet(book, result, header_style)
    _duplicates_sheet(book, result, header_style)
    if result.outside_period:
        date_style, wrap = book.style(number_format="dd/mm/yyyy"), book.style(wrap=True)
        plain = [date_style if i == DATE_COLUMN else (wrap if c.wrap else 0) for i, c in enumerate(cols)]
        _events_sheet(book, "Outside review period", result.outside_period, with_age, header_style, lambda event: plain)
    book.save(target)


def _events_sheet(book: Workbook, name: str, events: list[Event], with_age: bool, header_style: int,
                  styles_of: Callable[[Event], list[int]], stage_of: Callable[[Event], str] | None = None) -> None:
    """One row per event under a frozen, filtered header, printed landscape at page width."""
    cols = columns(with_age)
    sheet = book.add_sheet(name, widths=[c.width for c in cols], freeze_rows=1, autofilter=True, print_title_rows=1,
                           landscape=True, fit_width=True)
    sheet.append([c.header for c in cols], header_style)
    stage_style = book.style(bold=True, fill="D9D9D9")
    current_stage = None
    wrapped = [(i, max(1, int(c.width * 1.1))) for i, c in enumerate(cols) if c.wrap]
    for number, event in enumerate(events, start=1):
        if stage_of is not None and stage_of(event) != current_stage:
            current_stage = stage_of(event)
            sheet.append([None, current_stage] + [None] * (len(cols) - 2), stage_style)
        values = row_values(number, event, with_age)
        sheet.append(values, styles_of(event), height=row_height(values, wrapped))


def _summary_sheet(book: Workbook, result: BuildResult, header_style: int) -> None:
    s = result.summary
    sheet = book.add_sheet("Summary", widths=[34, 12, 12, 14, 14, 12])
    bold = book.style(bold=True)
    date_style = book.style(number_format="dd/mm/yyyy")
    sheet.append([f"Integrated chronology{': ' + result.review if result.review else ''}"], bold)
    sheet.append([f"Built by chron-merge {result.chron_merge_version}"])
    sheet.append([])
    sheet.append(["Agency", "Rows read", "Events", "First date", "Last date", "Problems"], header_style)
    for line in result.agencies:
        sheet.append([line.agency, line.rows_read, line.events, line.first_date, line.last_date, line.problems],
                     [0, 0, 0, date_style, date_style, 0])
    sheet.append(["All agencies", s.rows_read, s.events, s.first_date, s.last_date, s.problems],
                 [bold, bold, bold, date_style, date_style, bold])
    sheet.append([])
    sheet.append(["Where every row went"], bold)
    for label, value in [("Rows read", s.rows_read), ("Events in the chronology", s.events),
                         ("Continuation rows joined onto the entry above", s.continuations),
                         ("Exact duplicates removed (see 'Removed duplicates')", s.duplicates),
                         ("Blank rows, and headings, repeated headers and sign-offs skipped (see 'Problems')", s.blank_rows),
                         ("Outside the review period (see 'Outside review period')", s.outside_period)]:
        sheet.append([label, value])
    check = "adds up" if s.reconciles() else "DOES NOT ADD UP - please report this"
    sheet.append([f"Rows read = events + continuations + duplicates + blank or skipped rows + outside period: {check}"], bold)
    sheet.append([])
    sheet.append([f"Records linked as the same event by several agencies: {s.linked_groups} groups"])


def _problems_sheet(book: Workbook, result: BuildResult, header_style: int) -> None:
    sheet = book.add_sheet("Problems", widths=[9, 28, 16, 7, 50, 20, 50], freeze_rows=1, autofilter=True,
                           print_title_rows=1, landscape=True, fit_width=True)
    sheet.append(["Level", "File", "Sheet", "Row", "Problem", "Value", "What to do"], header_style)
    wrap = book.style(wrap=True)
    styles = [0, wrap, wrap, 0, wrap, wrap, wrap]
    order = {"error": 0, "warning": 1, "info": 2}
    for p in sorted(result.problems, key=lambda p: (order[p.level.value], p.file, p.sheet or "", p.row or 0)):
        sheet.append([p.level.value, p.file, p.sheet, p.row, p.message, p.value, p.fix], styles)


def _duplicates_sheet(book: Workbook, result: BuildResult, header_style: int) -> None:
    sheet = book.add_sheet("Removed duplicates", widths=[28, 16, 7, 18, 14, 60, 16], freeze_rows=1, autofilter=True,
                           print_title_rows=1, landscape=True, fit_width=True)
    sheet.append(["File", "Sheet", "Row", "Agency", "Date as written", "Details", "Duplicate of (ID)"], header_style)
    wrap = book.style(wrap=True)
    for d in result.duplicates:
        sheet.append([d.file, d.sheet, d.row, d.agency, d.date_text, d.details, d.duplicate_of],
                     [wrap, wrap, 0, wrap, 0, wrap, 0])
