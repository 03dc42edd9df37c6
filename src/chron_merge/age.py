"""The child's age at an event, written as a review writes it, and the stages reviews group by.

Under 8 weeks in days ("20 days"), under 2 years in completed months ("15 months"), then years
and months ("3 years 2 months"); before birth, the weeks before birth ("unborn, 17 weeks before
birth"). A partial or approximate date gives an approximate age ("c. 15 months").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from chron_merge.model import Event, Precision

TERM_DAYS = 280  # a 40-week pregnancy, counted back from the date of birth


def _months_between(start: dt.date, end: dt.date) -> int:
    """Completed calendar months from start to end (end >= start)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day:
        months -= 1
    return months


def _count(number: int, unit: str) -> str:
    return f"{number} {unit}" + ("" if number == 1 else "s")


def describe_age(day: dt.date, dob: dt.date) -> str:
    """The age on ``day`` of a child born on ``dob``."""
    if day < dob:
        weeks = (dob - day).days // 7
        if weeks == 0:
            return f"unborn, {_count((dob - day).days, 'day')} before birth"
        return f"unborn, {_count(weeks, 'week')} before birth"
    days = (day - dob).days
    if days < 56:
        return _count(days, "day")
    months = _months_between(dob, day)
    if months < 24:
        return _count(months, "month")
    years, rest = divmod(months, 12)
    return _count(years, "year") + (f" {_count(rest, 'month')}" if rest else "")


def age_at(event: Event, dob: dt.date) -> str | None:
    """The child's age at an event; None when the event is undated."""
    if event.date is None:
        return None
    age = describe_age(event.date, dob)
    if event.date_approximate or event.date_precision not in (None, Precision.DAY):
        age = "c. " + age
    return age


def age_stage(day: dt.date | None, dob: dt.date) -> str:
    """The stage of childhood an overview report groups events by."""
    if day is None:
        return "Date not known"
    if day < dob:
        conception = dob - dt.timedelta(days=TERM_DAYS)
        if day < conception:
            return "Before pregnancy"
        week = (day - conception).days // 7
        if week < 13:
            return "Antenatal: first trimester"
        if week < 27:
            return "Antenatal: second trimester"
        return "Antenatal: third trimester"
    months = _months_between(dob, day)
    if months < 60:
        start = months // 6 * 6
        return "Birth to 6 months" if start == 0 else f"{start}–{start + 6} months"
    years = months // 12
    return f"{years}–{years + 1} years"


def stage_of_event(dob: dt.date) -> Callable[[Event], str]:
    """The stage heading for each event, for ``build --group-by age``."""
    return lambda event: age_stage(event.date, dob)
