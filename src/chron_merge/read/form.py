"""Returns laid out as a form, a block of "Label: value" rows for each entry, not as a table.

Case-record systems print case notes so, and workers copy them into a workbook or a Word
document as they are::

    Date:      01/03/2022
    Type:      Home visit
    Worker:    J Smith
    Details:   Children seen, house cold.
                                                  (a blank row, then the next entry's block)

The label and its value may be in two cells or in one ("Date: 01/03/2022"); a value may go on
in the rows below its label. :func:`unfold_form` turns such a sheet into the table it stands for:
the labels become the header and each block one row, standing for every row of the block
(``Grid.row_spans``), so that each entry still names the rows Excel shows and every row is
counted. It is tried only on a sheet where no table with a date column was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chron_merge.read.grid import Grid
from chron_merge.read.headers import best_field

# A label in a cell of its own ("Date:", "Type of contact") or before a value in one cell
# ("Date: 01/03/2022"): a few words, then a colon. (A label in a cell of its own needs no colon
# when it names a field, as "Date" does.)
LABEL_IN_TEXT = re.compile(r"^\s*([A-Za-z][A-Za-z0-9 /&()'’.-]{0,38}?)\s*:\s*(.*)$", re.DOTALL)
LABEL_MAX_WORDS = 5
MAX_LABELS = 15  # distinct labels of a form; more is text, not a form
MIN_BLOCKS = 2
ENTRY_TEXT_FIELDS = {"details", "action", "comment"}
# The mean length of a label's values that makes them entries' text though the label names no field
# ("Consultation: Cough for 3 days …"): longer than a cover sheet's "Completed by: J Smith".
ENTRY_TEXT_LENGTH = 40


@dataclass
class Form:
    """A form-laid-out sheet as the table it stands for, its labels, and the blocks' headings skipped."""

    grid: Grid
    labels: list[str]
    headings: list[str]


@dataclass
class _Block:
    """One entry's rows: the values by label, and the row indices (into ``Grid.rows``) it covers."""

    values: dict[str, object] = field(default_factory=dict)
    rows: list[int] = field(default_factory=list)
    last_label: str | None = None


def unfold_form(grid: Grid) -> Form | None:
    """The table a form-laid-out sheet stands for; ``None`` when it is no form.

    A label is one the blocks repeat, or one naming a field: a line of a note that starts with a
    few words and a colon, met once ("Willow House rang: Tyler overdosed last night"), is text."""
    lines = [(index, cells, _label_and_value(cells) if cells else None) for index, cells in _lines(grid)]
    met: dict[str, int] = {}
    for _, _, label_value in lines:
        if label_value is not None:
            met[label_value[0]] = met.get(label_value[0], 0) + 1
    labels_of_form = {label for label, count in met.items() if count > 1 or best_field(label) is not None}
    return _unfold(grid, lines, labels_of_form)


def _lines(grid: Grid) -> list[tuple[int, list[object]]]:
    """(row index, its filled cells) for each row; a cell holding a whole block, a line per label
    ("Date: 01/03/2022\nType: Visit\nNote: …", as a system exports a note into one cell), gives a
    line each, all of that row."""
    lines = []
    for index, row in enumerate(grid.rows):
        cells = [cell for cell in row if cell is not None and not (isinstance(cell, str) and not cell.strip())]
        if (len(cells) == 1 and isinstance(cells[0], str) and "\n" in cells[0].strip()
                and LABEL_IN_TEXT.match(cells[0].strip().split("\n", 1)[0])):
            lines.extend((index, [line]) for line in cells[0].split("\n") if line.strip())
        else:
            lines.append((index, cells))
    return lines


def _unfold(grid: Grid, lines: list[tuple[int, list[object], tuple[str, object] | None]],
            labels_of_form: set[str]) -> Form | None:
    """The form from each line's (row index, filled cells, label and value), its labels ``labels_of_form``."""
    started = False  # past the rows above the first block
    blocks: list[_Block] = []
    labels: list[str] = []  # in the order first met
    labelled_rows = loose_rows = 0
    blank_after: list[int] = []  # blank rows among the blocks, and each block's heading: skipped rows
    headings: list[str] = []
    heading_shape = None  # the line above the first block ("Case Note 1 of 20"), its figures masked
    for index, cells, label_value in lines:
        if not cells:
            if started:
                blank_after.append(index)
                if blocks:
                    blocks[-1].last_label = None  # a value goes on below its label, not past a blank row
            continue
        if label_value is not None and label_value[0] not in labels_of_form:
            label_value = None  # a line of text that happens to start "Words:"
        if not started:
            if label_value is None:
                heading_shape = _shape(cells)  # a title above the first block, or its heading
                continue
            started = True
        if label_value is None and heading_shape is not None and _shape(cells) == heading_shape:
            # The next block's heading, as the first has one ("Case Note 2 of 20"): not part of a value.
            blank_after.append(index)
            headings.append(str(cells[0]).strip())
            blocks[-1].last_label = None
            continue
        if label_value is None:
            # The rest of the value above ("Details:" with its text over several rows).
            if not blocks or blocks[-1].last_label is None:
                return None
            block = blocks[-1]
            text = " ".join(_text(cell) for cell in cells)
            before = block.values.get(block.last_label)
            block.values[block.last_label] = f"{_text(before)}\n{text}" if before not in (None, "") else text
            block.rows.append(index)
            loose_rows += 1
            continue
        label, value = label_value
        labelled_rows += 1
        if not blocks or label in blocks[-1].values:
            blocks.append(_Block())  # a label met again starts the next entry
        block = blocks[-1]
        block.values[label] = value
        block.rows.append(index)
        block.last_label = label
        if label not in labels:
            labels.append(label)
            if len(labels) > MAX_LABELS:
                return None
    # A form of entries has a date and a text ("Details", "Case note"); a cover sheet's "Completed by |
    # Date" and "Authorised by | Date" has no text.
    named = {best_field(label) for label in labels}
    if (len(blocks) < MIN_BLOCKS or loose_rows > labelled_rows or "date" not in named
            or not (named & ENTRY_TEXT_FIELDS or _holds_entry_text(blocks, labels))):
        return None
    if len(set().union(*(set(block.rows) for block in blocks))) < sum(len(set(block.rows)) for block in blocks):
        return None  # two entries in one cell: no row of its own for each, so read as it is, not as a form
    return Form(_as_table(grid, blocks, labels, blank_after), labels, headings)


def _holds_entry_text(blocks: list[_Block], labels: list[str]) -> bool:
    """Whether a label no field names holds the entries' text, by its values' length (a GP system's
    "Consultation:", whose text the table read from the form places as the details by content)."""
    for label in labels:
        if best_field(label) is not None:
            continue
        values = [_text(block.values.get(label)) for block in blocks]
        if sum(map(len, values)) / len(values) >= ENTRY_TEXT_LENGTH:
            return True
    return False


def _label_and_value(cells: list[object]) -> tuple[str, object] | None:
    """(label, value) of a row of a form, or ``None`` when the row starts with no label."""
    first = cells[0]
    if not isinstance(first, str):
        return None
    if len(cells) >= 2:
        label = first.strip().rstrip(":").strip()
        if _is_label(label) and (first.strip().endswith(":") or best_field(label) is not None):
            rest = cells[1:]
            return label, rest[0] if len(rest) == 1 else " ".join(_text(cell) for cell in rest)
        return None
    match = LABEL_IN_TEXT.match(first)
    if match is None or not _is_label(match[1]):
        return None
    value = match[2].strip()
    return match[1].strip(), value or None


def _shape(cells: list[object]) -> str | None:
    """A one-cell line with its figures masked ("Case Note # of #"); ``None`` for other rows."""
    return re.sub(r"\d+", "#", cells[0].strip()) if len(cells) == 1 and isinstance(cells[0], str) else None


def _is_label(text: str) -> bool:
    return bool(text) and len(text.split()) <= LABEL_MAX_WORDS and not any(ch.isdigit() for ch in text)


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _as_table(grid: Grid, blocks: list[_Block], labels: list[str], blank_rows: list[int]) -> Grid:
    """The labels as a header row, each block a row (at its first row), the rows above kept above;
    ``blank_rows`` (blank, or a block's heading) are empty rows, counted as skipped."""
    first_block_row = blocks[0].rows[0]
    rows: list[list[object]] = [list(row) for row in grid.rows[:first_block_row]]
    numbers = list(grid.row_numbers[:first_block_row])
    rows.append(list(labels))
    numbers.append(grid.row_numbers[first_block_row])
    spans: dict[int, list[int]] = {}
    starts = {block.rows[0]: block for block in blocks}
    for index in sorted([*starts, *(i for i in blank_rows if i > first_block_row)]):
        block = starts.get(index)
        spans_index = len(rows)
        if block is None:
            rows.append([])
        else:
            rows.append([block.values.get(label) for label in labels])
            spans[spans_index] = [grid.row_numbers[i] for i in dict.fromkeys(block.rows)]  # (a cell of several lines: once)
        numbers.append(grid.row_numbers[index])
    return Grid(file=grid.file, sheet=grid.sheet, rows=rows, row_numbers=numbers, date1904=grid.date1904,
                row_spans=spans, form=True)
