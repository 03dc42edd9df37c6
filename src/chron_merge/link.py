"""Link records of the same real event made by different agencies; never merge them.

A Child in Need meeting is written up by every agency that attended; a referral is recorded
when sent and when received; a police notification reaches social care and the GP days later.
Those records share a ``link_group`` and each says which other agencies recorded the event and
why chron-merge thinks so. Their texts are kept as written: different wording is evidence.

How a pair is scored (0-100), for records of different agencies with day-precise dates at most
``window_days`` apart:

* **words in common**: the share of the shorter text's meaningful words (abbreviations spelt
  out, stemmed) that the other text also has, each word weighted by how rare it is in the whole
  chronology (``Scotland`` counts, ``mother`` hardly does);
* **the same kind of shared event**: meetings and conferences, joint visits (events several
  agencies attend) on the same day; incidents others are told of (a birth, a death, an arrest,
  a domestic incident, an emergency attendance, a referral, a discharge);
* **a mention of the other agency** ("notification to GP", "referral from the Addiction Service");
* **the date gap**: a record that says it was received, notified or sent may lag the event by
  days; two first-hand records of one event share the day;
* **times**: two times far apart on one day speak against.

Pairs at or above the threshold are joined into groups strongest first; a group never holds two
records of the same agency (an agency records an event once), and two groups join only when
their records, taken pair by pair, still look like one event on average.

Candidates are found by blocking on date: each record is compared only with records a few days
from it that share a rare word or a kind of shared event, so linking grows with the number of
records, not its square.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from chron_merge.model import Event, Precision
from chron_merge.text import content_words, expand_abbreviations

DEFAULT_WINDOW_DAYS = 7
DEFAULT_THRESHOLD = 50.0

# Events several agencies attend together: the same kind on the same day is the same event.
SHARED_KINDS: dict[str, re.Pattern[str]] = {name: re.compile(pattern) for name, pattern in {
    "child in need meeting": r"\bchild in need\b.*\b(meeting|review|conference)\b|\b(meeting|review)\b.*\bchild in need\b",
    "child protection conference": r"\bchild protection (case )?(conference|review)\b|\bcase conference\b",
    "core group": r"\bcore group\b",
    "strategy discussion": r"\bstrategy (meeting|discussion)\b",
    "risk conference": r"\bmulti agency risk assessment conference\b",
    "professionals meeting": r"\bprofessionals? meeting\b|\bmulti agency meeting\b|\bteam around the (family|child)\b",
    "joint visit": r"\bjoint\b(?:\s+\w+){0,3}\s+visit\b",
    # A death is the one event every agency responds to that day: ambulance, hospital, police.
    "death": r"\b(death|died|dead|deceased|cardiac arrest|not breathing|pulseless|resuscitat\w*|sudden unexpected)\b",
}.items()}
# Incidents one agency deals with and others are told of.
INCIDENT_KINDS: dict[str, re.Pattern[str]] = {name: re.compile(pattern) for name, pattern in {
    "birth": r"\b(born|birth|delivered|delivery)\b",
    "arrest": r"\b(arrest\w*|remand\w*|custody|charged)\b",
    "domestic incident": r"\bdomestic (incident|abuse|violence)\b",
    "emergency attendance": r"\bemergency department\b|\bambulance\b|\b999\b",
    "discharge": r"\bdischarg\w*",
    "referral": r"\breferr(al|ed)\b",
    "injury": r"\b(injur\w*|bruis\w*|fractur\w*|lesion|burns?|scald\w*)\b",
}.items()}
# Words that say a record is of something learnt from someone else, so it may lag the event.
SECONDHAND = re.compile(r"\b(received|receipt|notification|notified|informed|advised|letter|copy|told|reported by|"
                        r"report from|e ?mail|message|information sharing)\b")

# Words about how a record reached the agency, not about the event: left out when comparing texts.
MESSAGE_WORDS = frozenset(content_words("received receipt notification notified informed advised letter copy "
                                        "told reported report email emailed message sent forwarded faxed"))
WORD_WEIGHT = 70.0
ENOUGH_SHARED_WEIGHT = 8.0  # about two distinctive words
SHARED_KIND_WEIGHT = 45.0
INCIDENT_KIND_WEIGHT = 20.0
GROUP_MEAN_SHARE = 0.8
MENTION_WEIGHT = 15.0
BOTH_MENTION_BONUS = 10.0
FIRST_HAND_DAY_PENALTY = 20.0
LAG_DAY_PENALTY = 3.0
TIMES_CLOSE_BONUS, TIMES_FAR_PENALTY = 5.0, 15.0
# Words so common in every review that they never make a record distinctive, nor name an agency.
GENERIC_AGENCY_WORDS = {"service", "services", "team", "department", "trust", "nhs", "council", "mother", "father",
                        "child", "health", "care", "unit", "the", "and", "visit", "visits", "visiting"}


@dataclass
class Link:
    """Why two records were linked: their positions in the events list, score and reason."""

    first: int
    second: int
    score: float
    days_apart: int
    reason: str


@dataclass
class _Record:
    index: int
    agency: str
    day: int
    minutes: int | None
    words: frozenset[str]
    shared_kinds: frozenset[str]
    incident_kinds: frozenset[str]
    secondhand: bool
    text: str
    keys: list[str] = field(default_factory=list)


def _record(index: int, event: Event, glossary: dict[str, str] | None) -> _Record:
    raw = " ".join(t for t in (event.details, event.contact_type, event.action) if t)
    expanded = expand_abbreviations(raw, glossary)
    hh_mm = event.time.split(":") if event.time else None
    shared_kinds = frozenset(k for k, p in SHARED_KINDS.items() if p.search(expanded))
    incident_kinds = frozenset(k for k, p in INCIDENT_KINDS.items() if p.search(expanded))
    # A kind counts as a word too, so 'born' and 'notification of birth' have something in common.
    kind_words = {f"~{k}" for k in shared_kinds | incident_kinds}
    return _Record(
        index=index,
        agency=event.agency,
        day=event.date.toordinal() if event.date else 0,
        minutes=int(hh_mm[0]) * 60 + int(hh_mm[1]) if hh_mm else None,
        words=frozenset(content_words(raw, glossary)) | kind_words,
        shared_kinds=shared_kinds,
        incident_kinds=incident_kinds,
        secondhand=bool(SECONDHAND.search(expanded)),
        text=expanded,
    )


def _agency_words(agencies: set[str], glossary: dict[str, str] | None, vocabulary: set[str]) -> dict[str, set[str]]:
    """The words of each agency's name that other agencies' texts could use ('GP' → general practitioner).

    Words no record ever uses (file-name codes such as 'RWT') are dropped; see :func:`_names`.
    """
    out = {}
    for agency in agencies:
        distinctive = " ".join(w for w in expand_abbreviations(agency, glossary).split() if w not in GENERIC_AGENCY_WORDS)
        out[agency] = {w for w in content_words(distinctive) if len(w) > 2 and w in vocabulary}
    return out


def _names(words: set[str], name: set[str]) -> bool:
    """Whether a record names an agency: two of its name's words (all, if it has only one)."""
    return bool(name) and len(words & name) >= min(2, len(name))


@dataclass
class LinkResult:
    """Groups of event positions judged to be one real event, and for every pair in a group why."""

    groups: list[list[int]] = field(default_factory=list)
    pairs: dict[tuple[int, int], tuple[float, int, str]] = field(default_factory=dict)


def find_links(events: list[Event], window_days: int = DEFAULT_WINDOW_DAYS, threshold: float = DEFAULT_THRESHOLD,
               glossary: dict[str, str] | None = None) -> LinkResult:
    """Link the records of one real event made by different agencies (see the module docstring)."""
    records = [_record(i, e, glossary) for i, e in enumerate(events)
               if e.date is not None and e.date_precision == Precision.DAY]
    if len(records) < 2:
        return LinkResult()
    document_count = Counter(w for r in records for w in r.words)
    total = len(records)
    idf = {w: math.log((total + 1) / (n + 0.5)) for w, n in document_count.items()}
    names = _agency_words({r.agency for r in records}, glossary, set(document_count))

    # Block: a record is a candidate for another when, within reach, they share a kind or a word
    # that is among the few most distinctive of either record.
    by_day_key: dict[tuple[int, str], list[_Record]] = defaultdict(list)
    for r in records:
        distinctive = sorted(r.words, key=lambda w: -idf[w])[:8]
        r.keys = [f"k:{k}" for k in r.shared_kinds | r.incident_kinds] + [w for w in distinctive if w[0] != "~"]
        for key in r.keys:
            by_day_key[(r.day, key)].append(r)

    links: list[Link] = []
    seen: set[tuple[int, int]] = set()
    for a in records:
        # Second-hand records and incidents may sit days from the event; first-hand ones on its day.
        reach = window_days if a.secondhand or a.incident_kinds else 1
        for offset in range(-reach, reach + 1):
            for key in a.keys:
                for b in by_day_key.get((a.day + offset, key), ()):
                    if b.agency == a.agency or b.index == a.index:
                        continue
                    pair = (a.index, b.index) if a.index < b.index else (b.index, a.index)
                    if pair in seen:
                        continue
                    seen.add(pair)
                    scored = _score(a, b, idf, names, window_days)
                    if scored is not None and scored[0] >= threshold:
                        links.append(Link(pair[0], pair[1], round(scored[0], 1), abs(a.day - b.day), scored[1]))
    by_index = {r.index: r for r in records}
    scored_pairs: dict[tuple[int, int], tuple[float, int, str]] = {}

    def pair_score(first: int, second: int) -> tuple[float, int, str]:
        key = (min(first, second), max(first, second))
        if key not in scored_pairs:
            a, b = by_index[key[0]], by_index[key[1]]
            score, reason = _score(a, b, idf, names, window_days) or (0.0, f"{abs(a.day - b.day)} days apart")
            scored_pairs[key] = (round(score, 1), abs(a.day - b.day), reason)
        return scored_pairs[key]

    result = LinkResult(groups=_group(links, events, pair_score, threshold))
    for group in result.groups:
        for i, first in enumerate(group):
            for second in group[i + 1:]:
                score, days, reason = pair_score(first, second)
                if score < threshold:
                    reason = f"linked through the other records ({reason})"
                result.pairs[(first, second)] = (score, days, reason)
    return result


def _score(a: _Record, b: _Record, idf: dict[str, float], names: dict[str, set[str]],
           window_days: int) -> tuple[float, str] | None:
    gap = abs(a.day - b.day)
    if gap > window_days:
        return None
    # Compare what the records say about the event: not how the news came, nor who the other agency is.
    a_words = a.words - MESSAGE_WORDS - names[b.agency]
    b_words = b.words - MESSAGE_WORDS - names[a.agency]
    shared = a_words & b_words
    shared_weight = sum(idf[w] for w in shared)
    smaller = min(sum(idf[w] for w in a_words), sum(idf[w] for w in b_words)) or 1.0
    # The share of the shorter text found in the other, discounted when what they share is only
    # a word or two of little weight ('home visit' in two unrelated visits).
    overlap = min(shared_weight / smaller, 1.0) * min(shared_weight / ENOUGH_SHARED_WEIGHT, 1.0)
    score = WORD_WEIGHT * overlap
    reasons = []
    if shared:
        top = [w for w in sorted(shared, key=lambda w: -idf[w]) if w[0] != "~"][:3]
        reasons.append(f"{round(overlap * 100)}% words in common" + (f" ({', '.join(top)})" if top else ""))
    shared_kind = a.shared_kinds & b.shared_kinds
    incident = a.incident_kinds & b.incident_kinds
    if shared_kind and gap <= 1:
        score += SHARED_KIND_WEIGHT
        reasons.append(f"both record a {sorted(shared_kind)[0]}")
    elif incident:
        score += INCIDENT_KIND_WEIGHT
        reasons.append(f"both about a {sorted(incident)[0]}")
    mentions = _names(a.words, names[b.agency]) + _names(b.words, names[a.agency])
    if mentions:
        score += MENTION_WEIGHT + (BOTH_MENTION_BONUS if mentions == 2 else 0)
        reasons.append("each names the other agency" if mentions == 2 else "one names the other agency")
    if gap:
        later = a if a.day > b.day else b
        if later.secondhand or (incident and gap <= 1):
            score -= LAG_DAY_PENALTY * gap
        else:
            score -= FIRST_HAND_DAY_PENALTY * gap
        reasons.append(f"{gap} day{'s' if gap > 1 else ''} apart")
    else:
        reasons.append("same day")
    if a.minutes is not None and b.minutes is not None and gap == 0:
        apart = abs(a.minutes - b.minutes)
        if apart <= 90:
            score += TIMES_CLOSE_BONUS
        elif apart > 360:
            score -= TIMES_FAR_PENALTY
            reasons.append(f"times {apart // 60} h apart")
    return min(max(score, 0.0), 100.0), "; ".join(reasons)


def _group(links: list[Link], events: list[Event], pair_score: Callable[[int, int], tuple[float, int, str]],
           threshold: float) -> list[list[int]]:
    """Join linked pairs strongest first into groups of one real event each.

    Two groups join only if no agency would appear twice and the records would, on average,
    still look like one event (mean score across the join at least GROUP_MEAN_SHARE of the
    threshold): a chain of weak resemblances does not make an event.
    """
    group_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}

    for link in sorted(links, key=lambda l: (-l.score, l.first, l.second)):
        ga, gb = group_of.get(link.first, link.first), group_of.get(link.second, link.second)
        if ga == gb:
            continue
        left, right = members.get(ga, [link.first]), members.get(gb, [link.second])
        if {events[i].agency for i in left} & {events[i].agency for i in right}:
            continue
        cross = [pair_score(i, j)[0] for i in left for j in right]
        if sum(cross) / len(cross) < threshold * GROUP_MEAN_SHARE:
            continue
        members.pop(gb, None)
        members[ga] = left + right
        for i in members[ga]:
            group_of[i] = ga
    return sorted(sorted(m) for m in members.values())
