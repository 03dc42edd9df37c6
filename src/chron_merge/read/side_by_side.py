"""Tables side by side on one sheet: "Mother" in columns A–C and "Father" in E–G, each with its
own Date | Event | Outcome header.

Read as one table, the second table's entries would take the first's dates. Each table is read
on its own, from a copy of the sheet holding only its columns, so that rows and column letters
stay those Excel shows; its entries' agency is qualified by the label above it ("– Mother").
"""

from __future__ import annotations

from dataclasses import replace

from chron_merge.read.grid import Grid, column_letter
from chron_merge.read.headers import normalise_header

# How far above a table's header its label ("Mother") is looked for.
LABEL_ROWS_ABOVE = 3


def _runs(cells: list[object]) -> list[tuple[int, int]]:
    """(first, last) column of each run of filled cells, separated by empty ones."""
    runs: list[tuple[int, int]] = []
    start = None
    for index, value in enumerate([*cells, None]):
        filled = value is not None and str(value).strip() != ""
        if filled and start is None:
            start = index
        elif not filled and start is not None:
            runs.append((start, index - 1))
            start = None
    return runs


def side_by_side_tables(grid: Grid, header_index: int) -> list[tuple[int, int]]:
    """The column ranges of two or more tables whose headers repeat one another along the header row
    (at least two columns each, one of them a date); [] when the row is one table's header."""
    header = grid.rows[header_index]
    runs = [run for run in _runs(header) if run[1] > run[0]]
    if len(runs) < 2:
        return []
    names = [[normalise_header(header[c]) for c in range(first, last + 1)] for first, last in runs]
    if any(name != names[0] for name in names[1:]) or not any("date" in name for name in names[0]):
        return []
    return runs


def label_above(grid: Grid, header_index: int, first: int, last: int) -> str | None:
    """The text just above a table's header, within its columns ("Mother"), if any."""
    for index in range(header_index - 1, max(header_index - 1 - LABEL_ROWS_ABOVE, -1), -1):
        texts = [str(v).strip() for v in grid.rows[index][first:last + 1] if v is not None and str(v).strip()]
        if texts:
            return texts[0]
    return None


def split_tables(grid: Grid, header_index: int) -> list[tuple[Grid, str]]:
    """Each table of a sheet holding several side by side, as a copy of the sheet with only that
    table's columns, and its label (the text above it, else its columns: "columns E–G"); [] when
    the sheet holds one table."""
    runs = side_by_side_tables(grid, header_index)
    parts = []
    for number, (first, last) in enumerate(runs):
        # Up to the next table's first column: cells between belong to this one (a blank-headed column).
        end = runs[number + 1][0] - 1 if number + 1 < len(runs) else None
        # (the rows above the header stay whole: an "Agency:" cell or a title may name the agency)
        rows = [row if index < header_index else
                [value if first <= column and (end is None or column <= end) else None for column, value in enumerate(row)]
                for index, row in enumerate(grid.rows)]
        label = label_above(grid, header_index, first, last) or f"columns {column_letter(first)}–{column_letter(last)}"
        merged = [m for m in grid.merged if m[1] >= first and (end is None or m[3] <= end)]
        struck = {cell for cell in grid.struck_cells if first <= cell[1] and (end is None or cell[1] <= end)}
        parts.append((replace(grid, rows=rows, merged=merged, struck_cells=struck), label))
    return parts
