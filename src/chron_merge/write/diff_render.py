"""Render a DiffResult: terminal (Rich), Markdown for panel papers, and xlsx. JSON is the model itself."""

from __future__ import annotations

from typing import IO, Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from chron_merge.diff import FIELD_LABELS, DiffItem, DiffResult, WordOp
from chron_merge.model import Event
from chron_merge.read.dates import format_date

STATUS_MARK = {"added": ("+", "green"), "removed": ("-", "red"), "changed": ("~", "yellow"), "unchanged": ("=", "dim")}
STATUS_ORDER = ("changed", "added", "removed", "unchanged")


def shown_items(result: DiffResult, only: set[str] | None, include_unchanged: bool) -> list[DiffItem]:
    wanted = set(only) if only else {"added", "removed", "changed"}
    if include_unchanged:
        wanted.add("unchanged")
    return [i for i in result.items if i.status in wanted]


def _when(event: Event) -> str:
    if event.date is None:
        return event.date_text or "undated"
    text = format_date(event.date, event.date_precision)
    if event.date_approximate:
        text = "c. " + text
    return text + (f" {event.time}" if event.time else "")


def _date_text(value: str | None) -> str:
    """'2011-03-01' (a change's ISO value) as DD/MM/YYYY; anything else as it is."""
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        parts = value.split("/")
        return " to ".join(f"{p[8:10]}/{p[5:7]}/{p[0:4]}" for p in parts)
    return value or "(none)"


def _where(item: DiffItem) -> str:
    def row(event: Event | None) -> str:
        if event is None:
            return ""
        src = event.source
        return (f"{src.sheet} " if src.sheet else "") + f"row {src.row}"

    if item.old and item.new:
        old, new = row(item.old), row(item.new)
        return old if old == new else f"{old} → {new}"
    return row(item.old or item.new)


def _change_values(item: DiffItem, name: str) -> tuple[str, str]:
    before, after = item.changes[name]
    if name == "date":
        return _date_text(before), _date_text(after)
    return ("(none)" if before in (None, "") else str(before)), ("(none)" if after in (None, "") else str(after))


# --- terminal -----------------------------------------------------------------------------------


def _words_text(ops: list[WordOp], colour: bool) -> Text:
    text = Text()
    for index, op in enumerate(ops):
        if index and op.space_before:
            text.append(" ")
        if op.op == "equal":
            text.append(op.text)
        elif op.op == "delete":
            text.append(op.text, style="red strike") if colour else text.append(f"[-{op.text}-]")
        else:
            text.append(op.text, style="green bold") if colour else text.append(f"{{+{op.text}+}}")
    return text


def render_diff_text(result: DiffResult, items: list[DiffItem], colour: bool) -> RenderableType:
    s = result.summary
    parts: list[RenderableType] = [
        Text(f"Comparing {result.old} → {result.new}", style="bold"),
        Text.assemble((f"{s.added} added", "green" if colour else ""), " · ", (f"{s.removed} removed", "red" if colour else ""),
                      " · ", (f"{s.changed} changed", "yellow" if colour else ""), f" · {s.unchanged} unchanged"),
    ]
    if len(s.agencies) > 1:
        table = Table(title_justify="left")
        table.add_column("Agency")
        for name in ("Added", "Removed", "Changed", "Unchanged"):
            table.add_column(name, justify="right")
        for agency, counts in sorted(s.agencies.items()):
            table.add_row(Text(agency), str(counts.added), str(counts.removed), str(counts.changed), str(counts.unchanged))
        parts.append(table)
    for note in result.notes:
        parts.append(Text(f"Note: {note}", style="dim" if colour else ""))
    for name in result.returns_added:
        parts.append(Text(f"+ return added: {name}", style="green" if colour else ""))
    for name in result.returns_removed:
        parts.append(Text(f"- return removed: {name}", style="red" if colour else ""))
    for item in items:
        parts.append(Text(""))
        parts.extend(_item_lines(item, colour))
    if not s.differs():
        parts.append(Text("\nNo differences."))
    return Group(*parts)


def _item_lines(item: DiffItem, colour: bool) -> list[Text]:
    mark, style = STATUS_MARK[item.status]
    event = item.new or item.old
    assert event is not None
    head = Text.assemble((f"{mark} {item.status:<9}", f"bold {style}" if colour else ""),
                         f" {_when(event)}  ", (event.agency, "bold" if colour else ""), f"  ({_where(item)})")
    lines = [head]
    if item.status in ("added", "removed", "unchanged"):
        # (an entry of several lines keeps each under the heading's indent)
        lines.append(Text("    " + event.details.replace("\n", "\n    "),
                          style=style if colour and item.status != "unchanged" else ""))
        return lines
    for name in item.changes:
        label = FIELD_LABELS.get(name, name.removeprefix("extra.")) + ": "
        if name in item.words:
            lines.append(Text("    " + label) + _words_text(item.words[name], colour))
        else:
            before, after = _change_values(item, name)
            if colour:
                lines.append(Text.assemble("    " + label, (before, "red strike"), " → ", (after, "green bold")))
            else:
                lines.append(Text(f"    {label}{before} → {after}"))
    return lines


# --- markdown -----------------------------------------------------------------------------------


def _md(text: str) -> str:
    """Text safe in Markdown (table cells and lists): special characters escaped, one line."""
    out = text.replace("\\", "\\\\")
    for ch in "`*_~|[]<>#":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def _md_words(ops: list[WordOp]) -> str:
    marks = {"equal": "{}", "delete": "~~{}~~", "insert": "**{}**"}
    return "".join((" " if index and op.space_before else "") + marks[op.op].format(_md(op.text))
                   for index, op in enumerate(ops))


def render_diff_markdown(result: DiffResult, items: list[DiffItem]) -> str:
    s = result.summary
    lines = [f"## Changes: {_md(result.old)} → {_md(result.new)}", "",
             "| Agency | Added | Removed | Changed | Unchanged |", "|---|---:|---:|---:|---:|"]
    for agency, c in sorted(s.agencies.items()):
        lines.append(f"| {_md(agency)} | {c.added} | {c.removed} | {c.changed} | {c.unchanged} |")
    lines.append(f"| **All** | **{s.added}** | **{s.removed}** | **{s.changed}** | **{s.unchanged}** |")
    for note in result.notes:
        lines.append(f"\nNote: {_md(note)}")
    for name in result.returns_added:
        lines.append(f"\nReturn added: {_md(name)}")
    for name in result.returns_removed:
        lines.append(f"\nReturn removed: {_md(name)}")
    for status in STATUS_ORDER:
        group = [i for i in items if i.status == status]
        if not group:
            continue
        lines += ["", f"### {status.capitalize()} ({len(group)})", ""]
        for item in group:
            event = item.new or item.old
            assert event is not None
            head = f"- **{_md(_when(event))} · {_md(event.agency)}** ({_md(_where(item))})"
            if status != "changed":
                lines.append(f"{head}: {_md(event.details)}")
                continue
            lines.append(head)
            for name in item.changes:
                label = FIELD_LABELS.get(name, name.removeprefix("extra."))
                if name in item.words:
                    lines.append(f"  - {_md(label)}: {_md_words(item.words[name])}")
                else:
                    before, after = _change_values(item, name)
                    lines.append(f"  - {_md(label)}: ~~{_md(before)}~~ → **{_md(after)}**")
    if not s.differs():
        lines += ["", "No differences."]
    return "\n".join(lines) + "\n"


# --- xlsx ---------------------------------------------------------------------------------------


def write_diff_xlsx(result: DiffResult, items: list[DiffItem], target: IO[bytes]) -> None:
    from chron_merge.write.sheetml import Run, Workbook

    book = Workbook()
    header = book.style(bold=True, font_colour="FFFFFF", fill="404040", wrap=True)
    wrap = book.style(wrap=True)
    fills = {"added": book.style(fill="D9F0D3", wrap=True), "removed": book.style(fill="F4CCCC", wrap=True),
             "changed": book.style(fill="FFF2CC", wrap=True), "unchanged": wrap}
    summary = book.add_sheet("Summary", widths=[34, 10, 10, 10, 12])
    summary.append([f"Changes: {result.old} → {result.new}"], book.style(bold=True))
    summary.append([])
    summary.append(["Agency", "Added", "Removed", "Changed", "Unchanged"], header)
    for agency, c in sorted(result.summary.agencies.items()):
        summary.append([agency, c.added, c.removed, c.changed, c.unchanged])
    s = result.summary
    summary.append(["All", s.added, s.removed, s.changed, s.unchanged], book.style(bold=True))
    for note in result.notes:
        summary.append([f"Note: {note}"])
    for name in result.returns_added:
        summary.append([f"Return added: {name}"])
    for name in result.returns_removed:
        summary.append([f"Return removed: {name}"])

    sheet = book.add_sheet("Changes", widths=[10, 16, 20, 16, 50, 50, 22, 22], freeze_rows=1, autofilter=True,
                           print_title_rows=1, landscape=True, fit_width=True)
    sheet.append(["Status", "Date", "Agency", "Field", "Old", "New", "Old source", "New source"], header)
    for item in items:
        event = item.new or item.old
        assert event is not None
        style = fills[item.status]
        old_src = item.old.source.label() if item.old else None
        new_src = item.new.source.label() if item.new else None
        if item.status != "changed":
            old_text = item.old.details if item.old else None
            new_text = item.new.details if item.new else None
            sheet.append([item.status, _when(event), event.agency, "entry", old_text, new_text, old_src, new_src], style)
            continue
        for name in item.changes:
            label = FIELD_LABELS.get(name, name.removeprefix("extra."))
            if name in item.words:
                old_cell: object = _spaced([(o, Run(o.text, strike=o.op == "delete", colour="C00000"
                                                    if o.op == "delete" else None))
                                                for o in item.words[name] if o.op != "insert"])
                new_cell: object = _spaced([(o, Run(o.text, bold=o.op == "insert", colour="00703C"
                                                    if o.op == "insert" else None))
                                                for o in item.words[name] if o.op != "delete"])
            else:
                old_cell, new_cell = _change_values(item, name)
            sheet.append([item.status, _when(event), event.agency, label, old_cell, new_cell, old_src, new_src], style)
    book.save(target)


def _spaced(pieces: list[tuple[WordOp, Any]]) -> list:
    """Rich-text runs of a word diff's pieces, with a space between them where the text has one."""
    from chron_merge.write.sheetml import Run

    out = []
    for index, (op, run) in enumerate(pieces):
        if index and op.space_before:
            out.append(Run(" "))
        out.append(run)
    return out
