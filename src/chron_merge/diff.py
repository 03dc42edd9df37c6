"""``diff``: what changed between two versions of a return, a chronology, or a folder of returns.

Spreadsheet diffs align rows by position, so one inserted row shows as everything changed.
Here events are matched by meaning, in three passes within each pair of returns:

1. by chron-merge id, when both sides are chronologies chron-merge built;
2. by identical content (date, time and texts), wherever the rows moved to;
3. by similarity (rapidfuzz), one-to-one, strongest first: the same date with reworded text, or
   the same text with a corrected date, is one event **changed**; so is one entry left on each
   side at the same date and time, rewritten in other words.

Only what is left unmatched is added or removed. A date re-typed in another format (text vs an
Excel date) is the same date; row numbers moving is not a change. A column renamed between the
versions ("Outcome" became "What was done", read as the action in one and kept under its header
in the other) is recognised by its values and compared as one column, with a note.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from chron_merge.merge import assign_ids
from chron_merge.model import Event
from chron_merge.read import OptionsFor, ReturnOptions, find_returns, read_return
from chron_merge.read.agency import agency_from_filename
from chron_merge.read.integrated import is_integrated, load_integrated

Status = Literal["added", "removed", "changed", "unchanged"]
COMPARED_FIELDS = ("time", "agency", "practitioner", "contact_type", "details", "action", "comment")
FIELD_LABELS = {"date": "date", "time": "time", "agency": "agency", "practitioner": "practitioner",
                "contact_type": "contact type", "details": "details", "action": "action / outcome",
                "comment": "comment"}  # as the outputs name the fields
# The share of a column's values another column of the other version holds for the two to be one column renamed.
RENAMED_COLUMN_SHARE = 0.5
# Date gap (days) up to which a similar text counts as the same event with a corrected date.
NEAR_DAYS = 31
SAME_DATE_MIN_SIMILARITY = 50.0
NEAR_DATE_MIN_SIMILARITY = 75.0
FAR_DATE_MIN_SIMILARITY = 92.0


class WordOp(BaseModel):
    """A piece of a word-level diff: text kept, deleted or inserted."""

    op: Literal["equal", "delete", "insert"]
    text: str
    space_before: bool = True  # False where it joins the piece before ("reviewed" then ".")


class DiffItem(BaseModel):
    status: Status
    old: Event | None = None
    new: Event | None = None
    changes: dict[str, list[Any]] = Field(default_factory=dict)
    words: dict[str, list[WordOp]] = Field(default_factory=dict)  # field → word-level diff of its text


class DiffCounts(BaseModel):
    added: int = 0
    removed: int = 0
    changed: int = 0
    unchanged: int = 0

    def differs(self) -> bool:
        return bool(self.added or self.removed or self.changed)


class DiffSummary(DiffCounts):
    agencies: dict[str, DiffCounts] = Field(default_factory=dict)


class DiffResult(BaseModel):
    old: str
    new: str
    summary: DiffSummary = Field(default_factory=DiffSummary)
    items: list[DiffItem] = Field(default_factory=list)
    returns_added: list[str] = Field(default_factory=list)
    returns_removed: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # how the versions were compared, e.g. a column renamed


@dataclass(frozen=True)
class DiffOptions:
    ignore_whitespace: bool = False
    ignore_case: bool = False
    pseudonyms: dict[str, str] | None = None  # names to replace in both versions before comparing


@dataclass
class _Unit:
    """One return (or one chronology) on one side of the comparison."""

    name: str
    events: list[Event]
    has_ids: bool
    agencies: set[str] = field(default_factory=set)


def _load_file(path: Path, options_for: OptionsFor | None, join: bool) -> _Unit:
    if is_integrated(path):
        events = load_integrated(path)
        return _Unit(path.name, events, True, {e.agency for e in events})
    options = options_for(path) if options_for else ReturnOptions()
    events = read_return(path, options.agency, options.columns, join, month_first=options.month_first).events
    assign_ids(events)
    return _Unit(path.name, events, False, {e.agency for e in events})


def _load_side(path: Path, options_for: OptionsFor | None, join: bool) -> list[_Unit]:
    if path.is_dir():
        return [_load_file(p, options_for, join) for p in find_returns([path])]
    return [_load_file(path, options_for, join)]


def _pair_units(old: list[_Unit], new: list[_Unit]) -> tuple[list[tuple[_Unit, _Unit]], list[_Unit], list[_Unit]]:
    """Pair returns of two folders: by agency first, then by the name the files share."""
    if len(old) == 1 and len(new) == 1:
        return [(old[0], new[0])], [], []
    pairs = []
    left = list(old)
    right = list(new)
    for matcher in (lambda u: frozenset(a.casefold() for a in u.agencies),
                    lambda u: agency_from_filename(Path(u.name)).casefold()):
        for unit in list(left):
            key = matcher(unit)
            partner = next((r for r in right if matcher(r) == key and key), None)
            if partner is not None:
                pairs.append((unit, partner))
                left.remove(unit)
                right.remove(partner)
    return pairs, left, right


def diff_paths(old: Path, new: Path, options: DiffOptions | None = None, options_for: OptionsFor | None = None,
               join_continuations: bool = True) -> DiffResult:
    """Compare two versions: files (returns or chronologies) or folders of returns."""
    options = options or DiffOptions()
    old_units = _load_side(old, options_for, join_continuations)
    new_units = _load_side(new, options_for, join_continuations)
    if options.pseudonyms is not None:
        from chron_merge.pseudonymise import make_replacer, pseudonymise_event

        replace = make_replacer(options.pseudonyms)
        for unit in [*old_units, *new_units]:
            for event in unit.events:
                pseudonymise_event(event, replace)
    pairs, only_old, only_new = _pair_units(old_units, new_units)
    result = DiffResult(old=str(old), new=str(new))
    # Two versions of one agency's return may name it differently ("Health Visiting return v2",
    # "HV v3"): its counts go under the newer name, not under two agencies.
    counted_as: dict[str, str] = {}
    for old_unit, new_unit in pairs:
        result.notes.extend(_align_renamed_columns(old_unit, new_unit, options))
        result.notes.extend(_columns_in_one_version(old_unit, new_unit, options))
        by_agency = len(old_unit.agencies | new_unit.agencies) > 1 and bool(old_unit.agencies & new_unit.agencies)
        result.items.extend(diff_events(old_unit.events, new_unit.events, options,
                                        by_id=old_unit.has_ids and new_unit.has_ids, by_agency=by_agency))
        if len(old_unit.agencies) == 1 and len(new_unit.agencies) == 1 and not by_agency:
            counted_as[next(iter(old_unit.agencies))] = next(iter(new_unit.agencies))
    for unit in only_old:
        result.returns_removed.append(unit.name)
        result.items.extend(DiffItem(status="removed", old=e) for e in unit.events)
    for unit in only_new:
        result.returns_added.append(unit.name)
        result.items.extend(DiffItem(status="added", new=e) for e in unit.events)
    result.items.sort(key=_item_order)
    result.summary = _count(result.items, counted_as)
    return result


def _align_renamed_columns(old: _Unit, new: _Unit, options: DiffOptions) -> list[str]:
    """Columns renamed or moved between the versions: a column of one version whose values are
    mostly those of a column of another name in the other version (more than of the column of
    its own name, if any) is that column. Its values are moved to one name on both sides (the
    event field, when one side read it as one; else the newer header) so that they are compared.
    Two event fields are never merged."""
    old_columns, new_columns = _columns(old.events, options), _columns(new.events, options)

    def share(a: Counter[str] | None, b: Counter[str] | None) -> float:
        if not a or not b:
            return 0.0
        return sum((a & b).values()) / max(sum(a.values()), sum(b.values()))

    candidates = sorted(((share(old_columns[o], new_columns[n]), o, n) for o in old_columns for n in new_columns
                         if o != n and (o.startswith("extra.") or n.startswith("extra."))), reverse=True)
    pairs: list[tuple[str, str, str]] = []  # (old column, new column, the name both take)
    for value_share, o, n in candidates:
        if value_share < RENAMED_COLUMN_SHARE or any(o == a or n == b for a, b, _ in pairs):
            continue
        if value_share <= max(share(old_columns[o], new_columns.get(o)), share(old_columns.get(n), new_columns[n])):
            continue  # each is rather the column of its own name
        pairs.append((o, n, o if not o.startswith("extra.") else n))  # the field, or the newer header
    # A name taken must be free on its side (a column that stays there keeps its values).
    while clash := [pair for pair in pairs if pair[2] in (set(old_columns) - {a for a, _, _ in pairs}) - {pair[0]}
                    or pair[2] in (set(new_columns) - {b for _, b, _ in pairs}) - {pair[1]}]:
        pairs.remove(clash[0])
    for unit, moves in ((old, {o: name for o, _, name in pairs}), (new, {n: name for _, n, name in pairs})):
        if moves:
            for event in unit.events:
                _move_values(event, moves)
    return [f"'{_column_label(n)}' in {new.name} holds what '{_column_label(o)}' held in {old.name}: compared as one column"
            for o, n, _ in pairs]


def _columns_in_one_version(old: _Unit, new: _Unit, options: DiffOptions) -> list[str]:
    """A column (with values) that only one version has: it explains why many entries changed."""
    old_columns, new_columns = _columns(old.events, options), _columns(new.events, options)

    def entries(count: int) -> str:
        return f"{count} entr{'y' if count == 1 else 'ies'}"

    return ([f"{_column_phrase(c)} is in {old.name} but not in {new.name}: its values show as removed from the "
             f"{entries(sum(old_columns[c].values()))} that had one" for c in old_columns if c not in new_columns]
            + [f"{_column_phrase(c)} is new in {new.name}: its values show as added to the "
               f"{entries(count := sum(new_columns[c].values()))} that {'has' if count == 1 else 'have'} one"
               for c in new_columns if c not in old_columns])


def _column_phrase(name: str) -> str:
    """"the column 'Analysis'", "the practitioner column"."""
    label = _column_label(name)
    return f"the column '{label}'" if name.startswith("extra.") else f"the {label} column"


def _columns(events: list[Event], options: DiffOptions) -> dict[str, Counter[str]]:
    """Each column's values (event fields that come from a column of their own, and extra
    columns as 'extra.<header>'), as compared."""
    found: dict[str, Counter[str]] = {}
    for event in events:
        for name in ("practitioner", "contact_type", "action", "comment"):
            if value := _clean(getattr(event, name), options):
                found.setdefault(name, Counter())[value] += 1
        for key, value in event.extra.items():
            if value := _clean(value, options):
                found.setdefault(f"extra.{key}", Counter())[value] += 1
    return found


def _move_values(event: Event, moves: dict[str, str]) -> None:
    """Move the values of the columns named in ``moves`` to their new names, all at once (two
    columns may swap names)."""
    taken = {}
    for source in moves:
        if source.startswith("extra."):
            taken[source] = event.extra.pop(source[6:], None)
        else:
            taken[source] = getattr(event, source)
            setattr(event, source, None)
    for source, target in moves.items():
        value = taken[source]
        if target.startswith("extra."):
            if value is not None:
                event.extra[target[6:]] = value
        else:
            setattr(event, target, value)


def _column_label(name: str) -> str:
    return name[6:] if name.startswith("extra.") else FIELD_LABELS[name]


def _item_order(item: DiffItem) -> tuple:
    event = item.new or item.old
    assert event is not None
    return (event.date is None, event.date or "", event.time or "", event.agency.casefold(), event.source.row)


def _count(items: list[DiffItem], counted_as: dict[str, str] | None = None) -> DiffSummary:
    summary = DiffSummary()
    counted_as = counted_as or {}
    for item in items:
        agency = (item.new or item.old).agency  # type: ignore[union-attr]
        agency = counted_as.get(agency, agency)
        counts = summary.agencies.setdefault(agency, DiffCounts())
        setattr(counts, item.status, getattr(counts, item.status) + 1)
        setattr(summary, item.status, getattr(summary, item.status) + 1)
    return summary


def _clean(text: str | None, options: DiffOptions) -> str:
    text = text or ""
    if options.ignore_whitespace:
        text = re.sub(r"\s+", " ", text).strip()
    if options.ignore_case:
        text = text.casefold()
    return text


def _date_key(event: Event) -> tuple:
    return (event.date, event.date_precision, event.date_approximate, event.date_end,
            None if event.date else event.date_text.strip().casefold())


def _content_key(event: Event, options: DiffOptions, by_agency: bool) -> tuple:
    return (_date_key(event), *(_clean(getattr(event, f), options) for f in COMPARED_FIELDS if f != "agency"),
            event.agency.casefold() if by_agency else "",
            tuple(sorted((k, _clean(v, options)) for k, v in event.extra.items())))


def diff_events(old: list[Event], new: list[Event], options: DiffOptions | None = None, by_id: bool = False,
                by_agency: bool = False) -> list[DiffItem]:
    """Match two versions' events (see the module docstring) and describe each pair."""
    options = options or DiffOptions()
    pairs: list[tuple[Event, Event]] = []
    old_left = list(old)
    new_left = list(new)

    if by_id:
        new_by_id = {e.id: e for e in new_left if e.id}
        matched_new = set()
        rest = []
        for event in old_left:
            partner = new_by_id.get(event.id)
            if partner is not None and id(partner) not in matched_new:
                pairs.append((event, partner))
                matched_new.add(id(partner))
            else:
                rest.append(event)
        old_left = rest
        new_left = [e for e in new_left if id(e) not in matched_new]

    # Identical content, wherever it moved (duplicates pair off one by one, in order).
    waiting: dict[tuple, list[Event]] = {}
    for event in new_left:
        waiting.setdefault(_content_key(event, options, by_agency), []).append(event)
    rest = []
    for event in old_left:
        bucket = waiting.get(_content_key(event, options, by_agency))
        if bucket:
            pairs.append((event, bucket.pop(0)))
        else:
            rest.append(event)
    old_left = rest
    new_left = [e for bucket in waiting.values() for e in bucket]

    fuzzy, old_left, new_left = _match_similar(old_left, new_left, options, by_agency)
    pairs.extend(fuzzy)

    items = [_describe(a, b, options, by_agency) for a, b in pairs]
    items.extend(DiffItem(status="removed", old=e) for e in old_left)
    items.extend(DiffItem(status="added", new=e) for e in new_left)
    return items


def _match_similar(old: list[Event], new: list[Event], options: DiffOptions,
                   by_agency: bool) -> tuple[list[tuple[Event, Event]], list[Event], list[Event]]:
    """One-to-one pairs of events that are recognisably the same entry, best first.

    Near dates are compared pairwise (blocked by date, so this grows with the events, not their
    square); entries whose date moved further are looked for among what is left, by text alone.
    """
    if not old or not new:
        return [], old, new
    from rapidfuzz import fuzz, process

    def block(event: Event) -> str:
        return event.agency.casefold() if by_agency else ""

    texts_old = [_clean(e.details, options).casefold() for e in old]
    texts_new = [_clean(e.details, options).casefold() for e in new]
    by_day: dict[tuple[str, int | None], list[int]] = {}
    for j, b in enumerate(new):
        by_day.setdefault((block(b), b.date.toordinal() if b.date else None), []).append(j)

    def bonus(a: Event, b: Event, gap: int | None) -> float:
        extra = 15.0 if gap == 0 else (10.0 - gap / 3 if gap is not None and gap <= NEAR_DAYS else 0.0)
        extra += 3.0 if a.time == b.time else 0.0
        return extra + (2.0 if _clean(a.practitioner, options) == _clean(b.practitioner, options) else 0.0)

    candidates = []
    for i, a in enumerate(old):
        if a.date is None:
            nearby = [(j, 0) for j in by_day.get((block(a), None), [])]
        else:
            day = a.date.toordinal()
            nearby = [(j, abs(offset)) for offset in range(-NEAR_DAYS, NEAR_DAYS + 1)
                      for j in by_day.get((block(a), day + offset), [])]
        for j, gap in nearby:
            cutoff = SAME_DATE_MIN_SIMILARITY if gap == 0 else NEAR_DATE_MIN_SIMILARITY
            similarity = fuzz.ratio(texts_old[i], texts_new[j], score_cutoff=cutoff)
            if similarity:
                candidates.append((similarity + bonus(a, new[j], gap), i, j))
    pairs, used_old, used_new = _take_best(candidates, old, new)

    # A date corrected by more than a month (a mistyped year): the same text, anywhere.
    rest_new = [j for j in range(len(new)) if j not in used_new]
    far = []
    for i in (i for i in range(len(old)) if i not in used_old):
        choices = {j: texts_new[j] for j in rest_new if block(new[j]) == block(old[i])}
        for _, similarity, j in process.extract(texts_old[i], choices, scorer=fuzz.ratio,
                                                score_cutoff=FAR_DATE_MIN_SIMILARITY, limit=3):
            far.append((similarity + bonus(old[i], new[j], None), i, j))
    more, used_old, used_new = _take_best(far, old, new, used_old, used_new)
    pairs.extend(more)

    # An entry rewritten in other words keeps its date and its time: one left on each side at the
    # same date and time ("14:00") is that entry changed, however little of its text is left.
    def timed(events: list[Event], used: set[int]) -> dict[tuple, list[int]]:
        found: dict[tuple, list[int]] = {}
        for index, event in enumerate(events):
            if index not in used and event.date is not None and event.time:
                found.setdefault((block(event), event.date, event.time), []).append(index)
        return found

    timed_new = timed(new, used_new)
    for key, [i, *others] in timed(old, used_old).items():
        if not others and len(timed_new.get(key, [])) == 1:
            j = timed_new[key][0]
            pairs.append((old[i], new[j]))
            used_old.add(i)
            used_new.add(j)
    return (pairs, [e for i, e in enumerate(old) if i not in used_old],
            [e for j, e in enumerate(new) if j not in used_new])


def _take_best(candidates: list[tuple[float, int, int]], old: list[Event], new: list[Event],
               used_old: set[int] | None = None, used_new: set[int] | None = None
               ) -> tuple[list[tuple[Event, Event]], set[int], set[int]]:
    """Greedy one-to-one assignment, highest score first (ties: earlier rows first)."""
    used_old = set(used_old or ())
    used_new = set(used_new or ())
    pairs = []
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((old[i], new[j]))
    return pairs, used_old, used_new


def _date_value(event: Event) -> str | None:
    if event.date is None:
        return event.date_text or None
    text = event.date.isoformat()
    if event.date_end:
        text += f"/{event.date_end.isoformat()}"
    return text


def _describe(old: Event, new: Event, options: DiffOptions, by_agency: bool) -> DiffItem:
    changes: dict[str, list[Any]] = {}
    words: dict[str, list[WordOp]] = {}
    if _date_key(old) != _date_key(new):
        changes["date"] = [_date_value(old), _date_value(new)]
    for name in COMPARED_FIELDS:
        if name == "agency" and not by_agency:
            continue
        before, after = getattr(old, name), getattr(new, name)
        if _clean(before, options) != _clean(after, options):
            changes[name] = [before, after]
            if name in ("details", "action", "comment") and before and after:
                words[name] = word_diff(before, after)
    for key in sorted(set(old.extra) | set(new.extra)):
        if _clean(old.extra.get(key), options) != _clean(new.extra.get(key), options):
            changes[f"extra.{key}"] = [old.extra.get(key), new.extra.get(key)]
    return DiffItem(status="changed" if changes else "unchanged", old=old, new=new, changes=changes, words=words)


def word_diff(before: str, after: str) -> list[WordOp]:
    """Word-level differences: kept, deleted and inserted runs of words (deletions before insertions).

    Punctuation at either end of a word is a token of its own, so "reviewed." → "reviewed and
    seen." inserts "and seen" rather than replacing "reviewed.". Each piece is the text as written
    (spacing shown as single spaces) and says whether a space comes before it.
    """
    from rapidfuzz.distance import Indel

    a, b = _tokens(before), _tokens(after)
    ops: list[WordOp] = []

    def add(op: str, text: str, tokens: list[tuple[str, int, int]], first: int, last: int) -> None:
        if first >= last:
            return
        start, end = tokens[first][1], tokens[last - 1][2]
        piece = " ".join(text[start:end].split())
        space_before = start > 0 and text[start - 1].isspace()
        if op == "insert" and ops and ops[-1].op == "delete" and any(ch.isalnum() for ch in piece):
            space_before = True  # words in place of the words deleted stand apart from them
        ops.append(WordOp(op=op, text=piece, space_before=space_before))  # type: ignore[arg-type]

    # A run of changes between two kept pieces: tokens deleted[0]:deleted[1] of before, inserted of after.
    deleted: list[int] = []
    inserted: list[int] = []

    def end_of_changes() -> None:
        if deleted:
            add("delete", before, a, *deleted)
        if inserted:
            add("insert", after, b, *inserted)
        deleted.clear()
        inserted.clear()

    for op in Indel.opcodes([t[0] for t in a], [t[0] for t in b]):
        if op.tag == "equal":
            end_of_changes()
            add("equal", before, a, op.src_start, op.src_end)
        else:  # Indel has only insert and delete; gather a run of them, show deletions first
            if op.src_end > op.src_start:
                deleted[:] = [deleted[0] if deleted else op.src_start, op.src_end]
            if op.dest_end > op.dest_start:
                inserted[:] = [inserted[0] if inserted else op.dest_start, op.dest_end]
    end_of_changes()
    return ops


# Punctuation that opens or closes a word: compared as tokens of their own.
_OPENING = "([{\"'‘“"
_CLOSING = ",;:.!?)]}\"'’”"
_WORD = re.compile(r"\S+")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) for each word of ``text`` and each punctuation mark at either end of it
    ("(PPN)," → "(", "PPN", ")", ","); a run of punctuation alone ("-", "...") is one token."""
    tokens = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        core_start = start + len(word) - len(word.lstrip(_OPENING))
        core_end = end - (len(word) - len(word.rstrip(_CLOSING)))
        if core_start >= core_end:
            tokens.append((word, start, end))
            continue
        tokens.extend((text[i], i, i + 1) for i in range(start, core_start))
        tokens.append((text[core_start:core_end], core_start, core_end))
        tokens.extend((text[i], i, i + 1) for i in range(core_end, end))
    return tokens
