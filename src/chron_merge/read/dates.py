"""Read the dates and times agencies write, UK day-first, without ever guessing.

``parse_event_date`` takes one date cell as a spreadsheet gives it (text, an Excel date, a
serial number in a General-formatted cell) and returns an :class:`EventDate` plus, when a
person should look at the cell, a :class:`DateIssue`. ``parse_time`` does the same for a time
cell. Neither ever raises: anything unreadable comes back undated, with an issue saying why.

Accepted (day-first): ``14/06/2010``, ``14/06/10``, ``14.06.2010``, ``14-06-2010``,
``14-Jun-10``, ``14 June 2010``, ``14th June 2010``, ``Monday 14 June 2010``, ``June 14, 2010``,
ISO ``2010-06-14``, combined ``14/06/2010 09:42``. Partial: ``June 2010``, ``Jun-10``,
``06/2010`` (month) and ``2010`` (year). Approximate: ``?``, ``(?)``, ``c.``, ``circa``, ``approx``, ``est``,
``about``, ``on or about``, ``early/mid/late June 2010``, ``summer 2010``, ``Easter 2010``;
``w/c 14/06/2010`` (a week). A limit (``before June 2010``) is no date: reported, never guessed.
Periods: ``01/03/2019 - 15/03/2019``, ``1 to 15 March 2019``, ``March - June 2019``,
``2018-2019``. Missing: blank, ``unknown``, ``TBC``, ``n/k`` … Impossible dates such as
``31/06/2011`` are reported, never corrected.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from chron_merge.model import EventDate, Level, Precision
from chron_merge.text import INVISIBLE

# Excel's day 0: serial 1 is 1900-01-01, and Excel's phantom 29/02/1900 makes the usable
# epoch 1899-12-30 for every date after February 1900 (all that matter to a review).
EXCEL_EPOCH_1900 = dt.date(1899, 12, 30)
# Old Mac workbooks count from 1904-01-01.
EXCEL_EPOCH_1904 = dt.date(1904, 1, 1)

# Years a review can plausibly mention; anything else is a typing slip to report.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    # Returns in Wales may date their entries in Welsh ("3 Mawrth 2023").
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7, "awst": 8,
    "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
}
SEASON_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# School terms in England and Wales, as schools write dates: (first month, last month).
TERM_MONTHS = {"autumn": (9, 12), "spring": (1, 3), "summer": (4, 7)}
# Each half of a term, to and from its half-term holiday (Spring 2 runs to Easter, Summer 1 from it).
HALF_TERM_MONTHS = {("autumn", "1"): (9, 10), ("autumn", "2"): (11, 12), ("spring", "1"): (1, 2),
                    ("spring", "2"): (2, 4), ("summer", "1"): (4, 5), ("summer", "2"): (6, 7)}
WELSH_WEEKDAYS = {"dydd llun": 0, "dydd mawrth": 1, "dydd mercher": 2, "dydd iau": 3, "dydd gwener": 4,
                  "dydd sadwrn": 5, "dydd sul": 6}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", *WELSH_WEEKDAYS)
WEEKDAY_NUMBERS = {name[:3]: number for number, name in enumerate(WEEKDAYS[:7])}  # "mon": 0 … "sun": 6
# After a day's figures: "3rd", and in Welsh "1af", "2il", "3ydd", "5ed", "7fed", "11eg", "21ain".
ORDINAL = r"(?:st|nd|rd|th|af|il|ydd|fed|ed|eg|ain)"

# What a cell shows when its formula (or a copy of one) failed.
EXCEL_ERROR = re.compile(r"^#(?:REF!|VALUE!|N/A|NAME\?|DIV/0!|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|"
                         r"CONNECT!|BUSY!|UNKNOWN!)$")
# What agencies write when they do not know the date.
MISSING_WORDS = {
    "unknown", "not known", "n/k", "nk", "n.k.", "n/a", "na", "tbc", "tba", "tbd", "to be confirmed",
    "?", "??", "-", "--", "none", "not recorded", "unrecorded", "no date", "date unknown",
    "date not known", "date not recorded", "not dated", "undated", "x", "xx/xx/xxxx", "dd/mm/yyyy",
    "unknown date", "no date recorded", "date unavailable", "not available", "not applicable", "n/r", "nr",
}

MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))  # a month name, longest first
_TIME_RE = (r"(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2})(?::(?P<second>\d{2}))?)?\s*"
            r"(?P<ampm>am|pm|a\.m\.|p\.m\.)?\s*(?:hrs|hours|h)?")
_TIME_ONLY = re.compile(rf"^{_TIME_RE}$")
_TIME_HHMM = re.compile(r"^(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:hrs|hours|h)?$")
_TIME_SUFFIX = re.compile(rf"^(?P<date>.*?)(?:\s*(?:,|;|at|@|t)\s*|\s+-\s+|\s+|t)(?P<time>{_TIME_RE})$")
_BRACKETED = re.compile(r"\s*\((?P<inner>[^()]*)\)$")  # "03/02/2020 (9am)": the time in brackets
_TIME_PREFIX = re.compile(rf"^(?P<time>{_TIME_RE})\s*(?:,|on|-)?\s+(?P<date>\S.*)$")  # "10:30 on 03/02/2020"
_CLOCK_AFTER_DATE = re.compile(r"^(?P<date>.+?)(?:\s*(?:,|at|@)\s*|\s+-\s+|\s+)\(?(?P<time>(?:[01]\d|2[0-3])[:.]?[0-5]\d)"
                               r"\s*(?:hrs|hours|h)?\)?$")
_TIME_SPAN_AFTER_DATE = re.compile(rf"^(?P<date>.+?)\s*(?:,|;|-|–|at|@)?\s+\(?(?P<start>{_TIME_RE})\s*(?:-|–|to|until)\s*"
                                   rf"(?P<end>{_TIME_RE.replace('?P<', '?P<end_')})\)?$")
# "between 14:00 and 15:00" (at the end of a cell) is the span "14:00-15:00".
_BETWEEN_TIMES = re.compile(r"\bbetween\s+(?P<a>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\s+and\s+"
                            r"(?P<b>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\s*(?:hrs)?$")
# "03/02/2020 approx 14:00", "… at around 2pm": the date is exact, the time approximate.
_APPROX_BEFORE_TIME = re.compile(r"(?<=\S)\s+(?:(?:at|@)\s*)?(?:approx(?:imately|\.)?|c\.|circa|around|about|~)\s*"
                                 r"(?=(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?|[01]\d[0-5]\d|2[0-3][0-5]\d)"
                                 r"\s*(?:am|pm|hrs|hours)?$)")
# A limit, not a date: "before March 2020", "prior to 2019", "by 03/02/2020".
_LIMIT = re.compile(r"^(?P<word>before|prior to|after|by|until|till|no later than|not before|not after|up to)\s+"
                    r"(?P<date>\S.*)$")
_ISO_TIME_TAIL = re.compile(r"(:\d\d)(?:\.\d+)?(?:z|[+-]\d\d:?\d\d)?$")  # "10:30:00.000", "10:30:00z", "+01:00"
_WEEKDAY_PREFIX = re.compile(rf"^(?:{'|'.join(WEEKDAYS)})\.?,?\s+(?=\d|(?:{MONTH_PATTERN})\b)")
_DASH_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\u2012\u2013\u2014](?=\d)")
_WEEKDAY_SUFFIX = re.compile(rf"(?<=\d)(?:\s*,\s*|\s*\(\s*|\s+)(?:{'|'.join(WEEKDAYS)})\.?\s*\)?$")  # "04/02/2020 (Tue)"
# A weekday written with the date: before it, after it, or in brackets ("Sat" in a remark is no weekday).
_WEEKDAY_WORD = re.compile(rf"^({'|'.join(WEEKDAYS)})\b|\(\s*({'|'.join(WEEKDAYS)})\.?\s*\)|[\s,]({'|'.join(WEEKDAYS)})\.?$")
_WEEKDAY_IN_BRACKETS = re.compile(rf"\(\s*(?:{'|'.join(WEEKDAYS)})\.?\s*\)")  # "04/02/2020 (Tue) 10:30", "(Tue) 04/02"

_APPROX_PREFIX = re.compile(
    r"^(?:\?+(?![?/.\-\]])|~|≈|circa\b|ca\.|ca\b|c\.|c\b|c(?=\d)|approx(?:imately|\.)?|about\b|around\b|roughly\b|"
    # in brackets before the date: "(?) 14/02/2011", "[?] 14/02/2011" (whose "[" is gone), "(approx) …"
    r"[(\[]\s*(?:\?+|approx(?:imately|imate|\.)?|circa|c\.?|est(?:imated|\.)?)\s*[)\]]|\?+\]|"
    r"(?:on|in)(?: or |\s*/\s*)(?:about|around)\b|some ?time in\b|"
    # "Date unknown - March 2020": the month is all that is known.
    r"(?:exact\s+)?(?:date\s+)?(?:unknown|not\s+known)\s*[-–:,;]|"
    # "Unknown date in March 2024", "at some point in 2023"
    r"(?:an?\s+)?unknown\s+(?:date|day)\s+(?:in|during)\b|(?:at\s+)?some\s+(?:point|stage)\s+(?:in|during)\b|"
    r"est(?:imated|\.)?|possibly\b|probably\b|prob\.)\s*(?:[:\-]\s*)?")
_APPROX_SUFFIX = re.compile(r"\s*(?:\?+|\((?:approx\.?|approximately|approximate|circa|est\.?|estimated|\?)\)"
                            r"|approx\.?|approximately|(?<=\s)est(?:imated|\.)?|\(date approximate\))$")
_WEEK_PREFIX = re.compile(r"^(?:w/c|w/b|w\.c\.|w\.b\.|wc|wb|(?:week|wk)\.?\s*(?:commencing|comm?\.?|beginning|beg\.?|"
                          r"starting|of|from))(?![a-z])\s*:?\s*")
# (Not followed by a letter: "we" is not the start of "Wednesday".)
# ("weekend" is not "week end": "weekend of 13/14 March" is those two days)
_WEEK_ENDING_PREFIX = re.compile(r"^(?:w/e|w\.e\.|we|(?:week|wk)\.?\s*ending|(?:week|wk)\.?\s+end\.?|wk\.?end\.?)"
                                 r"(?![a-z])\s*:?\s*")
_PERIOD_WORD = re.compile(r"^(?P<part>(?:early|mid)\s*(?:to|-)\s*(?:mid|late)|early|mid|late|end\s+of|beginning\s+of|start\s+of|"
                          r"(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:week|fortnight)\s+(?:of|in))[\s\-]+")
# "Late 2019": a third of the year (September to December), approximately, so it sorts in the
# autumn and not on 1 January; "early March 2020" keeps the month (a day would look exact).
_PART_OF_YEAR = re.compile(r"^(?P<part>early|mid|middle\s+of|late|end\s+of|beginning\s+of|start\s+of)[\s\-]+"
                           r"(?P<y>\d{4})$")
PART_OF_YEAR_MONTHS = {"early": (1, 4), "beginning of": (1, 4), "start of": (1, 4), "mid": (5, 8), "middle of": (5, 8),
                       "late": (9, 12), "end of": (9, 12)}
# Holidays: "Christmas 2019" is December 2019, approximately, "Easter 2020" the month of its
# Easter Sunday (April 2020); "half term Feb 2020" is February.
_HOLIDAY = re.compile(r"^(?P<holiday>christmas|xmas|easter)\s+(?P<y>\d{4})$")
_HOLIDAY_WORDS = re.compile(r"\b(?:half[\s-]?term|holidays?|hols)\b")
# Days with a name are one day, every year: "Christmas Day 2020" is 25/12/2020 (a note says so).
NAMED_DAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26), "new years eve": (12, 31),
              "new years day": (1, 1), "bonfire night": (11, 5), "halloween": (10, 31), "valentines day": (2, 14)}
_NAMED_DAY = re.compile("^(?P<name>" + "|".join(name.replace("s ", "['’]?s ") for name in NAMED_DAYS)
                        + r"),?\s+(?P<y>\d{4})$")
# Two days running, the second's month and year written once: "12/13 March 2021", "13/14.03.21"
# (a night or a weekend); two days not running are two dates.
_NIGHT_OF = re.compile(r"^(?:the\s+)?(?:night|weekend|overnight)(?:\s+of)?\s+(?=\d)")
_DAY_SLASH_DAY = re.compile(rf"^(?P<a>\d{{1,2}}){ORDINAL}?\s*/\s*(?P<b>\d{{1,2}}{ORDINAL}?(?:\s+|[/.\-])\S.*)$")
# A date of three numbers, whose day and month could be swapped: "2/13/2020", "13.02.20".
NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})\b")
# The day left unknown: "??/02/2020", "xx/02/2020", "--/02/20": the month is known, the day is not.
_UNKNOWN_DAY = re.compile(r"^(?:\?+|x{1,2}|-{1,2}|_{1,2}|dd|unk|nk)[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})$")
# "2019-20": a financial or school year, not month 20.
_SPLIT_YEAR = re.compile(r"^(?P<a>\d{4})-(?P<b>\d{2})$")
_PERIOD_START_WORD = re.compile(r"^(?:between|from)\s+")
# A period with a start and no end: "since 03/02/2020", "from March 2020", "03/02/2020 onwards", "2019 - ongoing".
_OPEN_START = re.compile(r"^(?:ongoing\s+)?(?:since|from|starting|commencing|beginning|started)\s+(?P<date>.+)$")
_OPEN_END = re.compile(r"^(?P<date>.+?)\s*(?:onwards|\+|(?:-|–|—|to|until)?\s*(?:ongoing|present|date|now|current))$")
_BETWEEN = re.compile(r"^(?:between|from)\s+(?P<a>.+?)\s+(?:and|&|to|until|till|-)\s+(?P<b>.+)$")
# A remark after the date: "03/02/2020 (date of referral)"; a bracket without digits or weekday.
_PART_OF_DAY = r"(?:am|pm|a\.m\.|p\.m\.|(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)|overnight|" \
               r"early\s+hours|small\s+hours|lunch\s*time|tea\s*time|day\s*time|night\s*time)"
_REMARK = re.compile(r"\s*\((?P<remark>[^()\d]*[a-z][^()\d]*)\)$|"
                     rf"\s+(?:in\s+the\s+)?{_PART_OF_DAY}$|"  # "03/02/2020 pm", "04/03/2020 early hours"
                     # … or, as maternity writes them, the weeks of a pregnancy or the days since the birth:
                     # "12/02/2024 (34/40)", "(34+2)", "(34 weeks)", "(day 10)"
                     r"\s*\((?:\d{1,2}(?:\+\d)?/40|\d{1,2}\+\d|\d{1,2}\s*(?:weeks?|wks?)(?:\s+(?:gestation|pregnant))?|"
                     r"(?:day|d)\s*\d{1,2})\)$")
# The part of the day before the date: "early hours 04/03/2020", "in the evening of 03/03/2020".
_REMARK_BEFORE = re.compile(rf"^(?:in\s+the\s+|during\s+the\s+|over\s+the\s+)?(?:{_PART_OF_DAY}|weekend)(?:\s+of)?"
                            r"[\s,:\-]+(?=\S)")
_TIME_ZONE = re.compile(r"(?<=\d)\s*(?:gmt|bst|utc|z)$")
_DECORATION = re.compile(r"^['*\[\s]+|[*\]\s]+$")
_ENCLOSED = re.compile(r"^\((?P<inner>[^()]+)\)$")  # the whole date in round brackets: "(16/06/2010)"
# ("on or about" is approximate; "in March 2024", "during 2023" give the month or the year they name)
# (not "in the evening of 03/03/2020", a remark: see _REMARK_BEFORE)
_LEADING_WORD = re.compile(r"^(?:on|dated|(?:in|during)(?!\s+the\b))\s+(?!or\b)(?=\S)")
_RANGE_SPLIT = re.compile(r"\s+(?:-|to|until|till|through|thru)\s+|\s*–\s*|\s*—\s*")

_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")
_YMD = re.compile(r"^(?P<y>\d{4})\s*(?P<sep>[/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})$")
_DMY = re.compile(r"^(?P<d>\d{1,2})\s*(?P<sep>[/.\-\\ ])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4}|\d{2})$")
_DM = re.compile(r"^(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})$")
_D_MONTH_Y = re.compile(
    rf"^(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?P<d>\d{{1,2}}){ORDINAL}?(?:\s+of)?[\s\-/.]*"
    rf"(?P<mon>{MONTH_PATTERN})\.?(?:[\s\-/.,']*(?P<y>\d{{4}}|\d{{2}}))?$")  # (also "03MAR2020", as police systems export)
_MONTH_D_Y = re.compile(
    rf"^(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?P<mon>{MONTH_PATTERN})\.?\s+(?P<d>\d{{1,2}}){ORDINAL}?"
    rf"(?:,?\s+(?P<y>\d{{4}}))?$")
_MONTH_Y = re.compile(rf"^(?P<mon>{MONTH_PATTERN})\.?(?:[\s\-/.,']+(?P<y>\d{{4}}|\d{{2}}))?$")
_NUM_MONTH_Y = re.compile(r"^(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})$")
_ISO_MONTH = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})$")
_YEAR = re.compile(r"^(?:(?:calendar )?year )?(?P<y>\d{4})$")  # "2019", "Year 2019"
_SEASON = re.compile(rf"^(?P<season>{'|'.join(SEASON_START_MONTH)})\s+(?P<season_year>\d{{4}}|\d{{2}})"
                     r"(?:\s*[/-]\s*(?P<next_year>\d{4}|\d{2}))?$")  # "Winter 2019/20" names both its years
# "Spring/Summer 2020", "Autumn - Winter 2021": two seasons running on, the year written once.
_SEASONS = re.compile(rf"^(?P<a>{'|'.join(SEASON_START_MONTH)})\s*(?:/|-|–|to|and)\s*"
                      rf"(?P<season>{'|'.join(SEASON_START_MONTH)})\s+(?P<season_year>\d{{4}}|\d{{2}})$")
# "Autumn term 2020"; a school's half terms "Autumn 1 2023", "Spring term 2 2024" (the first or second half).
_TERM = re.compile(r"^(?P<term>autumn|spring|summer)\s+(?:term\s+(?P<half>[12])\s+|(?P<half_alone>[12])\s+|term\s+)"
                   r"(?P<y>\d{4}|\d{2})$")
_QUARTER = re.compile(r"^q(?P<q>[1-4])\s+(?P<y>\d{4})$")
_MONTH_OR_MONTH = re.compile(rf"^(?P<a>{MONTH_PATTERN})\.?\s*/\s*(?P<b>{MONTH_PATTERN})\.?[\s\-/.,']+(?P<y>\d{{4}}|\d{{2}})$")
_TWO_DATES = re.compile(r"\s*(?:&|\+|,|;|\band\b|\bor\b)\s*|\s+/\s+")  # (" / " apart by spaces: not "14/01")
_YEAR_RANGE = re.compile(r"^(?P<a>\d{4})\s*[-/]\s*(?P<b>\d{4}|\d{2})$")
SERIAL_TEXT = re.compile(r"^\d{5}(?:\.\d+)?$")  # an Excel day number (40126 is 09/11/2009)
_DAY_ONLY = re.compile(rf"^(?P<d>\d{{1,2}}){ORDINAL}?$")
_COMPACT = re.compile(r"^\d{8}$")  # 20200204 or 04022020, as some case systems export dates


@dataclass(frozen=True, slots=True)
class DateIssue:
    """Why a date or time cell needs a person's eye (the caller adds file › sheet › row)."""

    level: Level
    code: str
    message: str
    fix: str = ""


# For a date read as written but less exact than a day: often all the agency knows.
INEXACT_FIX = "nothing to do if that is all the agency knows; otherwise ask the agency for the date"
TIME_NOTE_FIX = "nothing to do if that is all the agency knows"
DATE_FIX = "write the date as DD/MM/YYYY (or 'Jun 2011', '? 14/06/2011', 'w/c 14/06/2011' when that is all that is known)"


@dataclass(frozen=True, slots=True)
class _Part:
    """One parsed date (or the start or end of a period) before it becomes an EventDate."""

    value: dt.date
    precision: Precision
    approximate: bool = False
    period_end: dt.date | None = None  # last day the part covers (for month/year/week)


class _Invalid(Exception):
    """A date-shaped text that is not a real date (31/06/2011); the message says why."""


def _two_digit_year(yy: int) -> int:
    # POSIX convention, as Python's strptime and Excel use: 69-99 are 19xx, 00-68 are 20xx.
    return 1900 + yy if yy >= 69 else 2000 + yy


def full_year(text: str) -> int:
    """'2010' → 2010; '10' → 2010, '85' → 1985 (see _two_digit_year)."""
    return _two_digit_year(int(text)) if len(text) <= 2 else int(text)


def _make_day(year: int, month: int, day: int, original: str) -> dt.date:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise _Invalid(f"{original} has the year {year}, which looks mistyped")
    if not 1 <= month <= 12:
        hint = (" - it looks written month-first (US style); UK returns are day-first"
                if 1 <= day <= 12 and 13 <= month <= 31 and NUMERIC_DATE.match(original) else "")
        raise _Invalid(f"{original} is not a date (there is no month {month}){hint}")
    last = calendar.monthrange(year, month)[1]
    if day == 0:
        raise _Invalid(f"{original} is not a date (there is no day 0)")
    if not 1 <= day <= last:
        name = calendar.month_name[month]
        span = f"{name} {year} has {last} days" if month == 2 else f"{name} has {last} days"
        raise _Invalid(f"{original} is not a date ({span})")
    return dt.date(year, month, day)


def _month_part(year: int, month: int, original: str, approximate: bool = False) -> _Part:
    start = _make_day(year, month, 1, original)
    end = dt.date(year, month, calendar.monthrange(year, month)[1])
    return _Part(start, Precision.MONTH, approximate, end)


def _year_part(year: int, original: str) -> _Part:
    start = _make_day(year, 1, 1, original)
    return _Part(start, Precision.YEAR, False, dt.date(year, 12, 31))


def _parse_single(text: str, original: str) -> _Part | None:
    """One date, no qualifiers: a ``_Part``, ``None`` if not date-shaped; raises ``_Invalid``."""
    if m := _DMY.match(text):
        return _Part(_make_day(full_year(m["y"]), int(m["m"]), int(m["d"]), original), Precision.DAY)
    if m := _ISO.match(text) or _YMD.match(text):
        return _Part(_make_day(int(m["y"]), int(m["m"]), int(m["d"]), original), Precision.DAY)
    if (m := _D_MONTH_Y.match(text)) and m["y"]:
        return _Part(_make_day(full_year(m["y"]), MONTHS[m["mon"]], int(m["d"]), original), Precision.DAY)
    if (m := _MONTH_D_Y.match(text)) and m["y"]:
        return _Part(_make_day(int(m["y"]), MONTHS[m["mon"]], int(m["d"]), original), Precision.DAY)
    if (m := _MONTH_Y.match(text)) and m["y"]:
        return _month_part(full_year(m["y"]), MONTHS[m["mon"]], original)
    if m := _NUM_MONTH_Y.match(text) or _ISO_MONTH.match(text) or _UNKNOWN_DAY.match(text):
        return _month_part(full_year(m["y"]), int(m["m"]), original)
    if m := _YEAR.match(text):
        return _year_part(int(m["y"]), original)
    if _COMPACT.match(text):
        return _compact_day(text, original)
    if m := _SEASON.match(text):  # one end of a range ("Spring 2020 - Summer 2020"): its months
        first, last = _season(m, original)
        return _Part(first.value, Precision.MONTH, True, last.period_end)
    if m := _PERIOD_WORD.match(text):
        # "early June 2010", "mid-2010": the month (or year) it names, approximately.
        inner = _parse_single(text[m.end():], original)
        if inner is None:
            return None
        return _Part(inner.value, inner.precision, True, inner.period_end)
    return None


def _compact_day(text: str, original: str) -> _Part | None:
    """Eight digits: year first when they start with a year and a month follows (20200204), else
    day first (04022020); None when neither (a reference number). Both readings are never
    valid at once: read day first, the month would be the year's 19 or 20."""
    for year, month, day in ((text[:4], text[4:6], text[6:]), (text[4:], text[2:4], text[:2])):
        if EARLIEST_YEAR <= int(year) <= LATEST_YEAR and 1 <= int(month) <= 12:
            return _Part(_make_day(int(year), int(month), int(day), original), Precision.DAY)
    return None


def _easter_sunday(year: int) -> dt.date:
    """Easter Sunday of a (Gregorian) year: the anonymous algorithm (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _season(m: re.Match[str], original: str) -> tuple[_Part, _Part]:
    """'Spring 2020': March to May 2020, approximately; 'Winter 2019': December 2019 to February 2020."""
    return _season_months(m["season"], full_year(m["season_year"]), m["next_year"], original)


def _season_months(season: str, year: int, next_year: str | None, original: str) -> tuple[_Part, _Part]:
    first = SEASON_START_MONTH[season]
    last_year, last = (year + 1, first + 2 - 12) if first + 2 > 12 else (year, first + 2)
    if next_year and (full_year(next_year) % 100 != last_year % 100 or last_year == year):
        raise _Invalid(f"{original} names two years, and only a winter runs into the next year")
    return _month_part(year, first, original, approximate=True), _month_part(last_year, last, original)


def _parse_incomplete(text: str, end: _Part) -> _Part | None:
    """The start of a period written without what the end supplies: '1 - 15 March', 'March - June 2019'."""
    year, month = end.value.year, end.value.month
    if m := _DAY_ONLY.match(text):
        return _Part(_make_day(year, month, int(m["d"]), text), Precision.DAY)
    if m := _DM.match(text):
        return _Part(_make_day(year, int(m["m"]), int(m["d"]), text), Precision.DAY)
    if (m := _D_MONTH_Y.match(text)) and not m["y"]:
        return _Part(_make_day(year, MONTHS[m["mon"]], int(m["d"]), text), Precision.DAY)
    if (m := _MONTH_Y.match(text)) and not m["y"]:
        return _month_part(year, MONTHS[m["mon"]], text)
    return None


def _split_time(text: str) -> tuple[str, dt.time | None]:
    """Separate a time ('14/06/2010 09:42', '09:42 on 14/06/2010') from the date text.

    00:00 counts as no time: it is what systems export when they kept none.
    """
    text = _ISO_TIME_TAIL.sub(r"\1", text)
    if (bracket := _BRACKETED.search(text)) and _one_time(bracket["inner"].strip()) is not None:
        text = f"{text[:bracket.start()]} {bracket['inner'].strip()}"
    m = _TIME_SUFFIX.match(text)
    if not m or not m["date"] or (m["minute"] is None and m["ampm"] is None):
        m = _TIME_PREFIX.match(text) or m
    if not m or not m["date"]:
        return text, None
    # Only a real clock time counts: a colon or dot with minutes, or am/pm ("14/06/2010 9am").
    if m["minute"] is None and m["ampm"] is None:
        return text, None
    when = _clock(m["hour"], m["minute"], m["second"], m["ampm"])
    if when is None:
        return text, None
    return m["date"].strip(" ,"), None if when == dt.time(0) else when


def _clock(hour: str, minute: str | None, second: str | None, ampm: str | None) -> dt.time | None:
    h, mi = int(hour), int(minute or 0)
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm.startswith("p") else 0)
    if h > 23 or mi > 59 or (second is not None and int(second) > 59):
        return None
    return dt.time(h, mi)




def _normalise(text: str) -> str:
    text = text.translate(INVISIBLE)
    text = text.replace("\u00a0", " ").replace("\u2010", "-").replace("\u2011", "-").replace("\u2212", "-")
    text = _DASH_BETWEEN_DIGITS.sub("-", text)  # "03–02–2020" typed with Word's dashes
    text = re.sub(r"\s+", " ", text).strip().lower()
    text = _TIME_ZONE.sub("", text)  # "14:30 GMT", as e-mail and system exports write it: the time as written
    # A full stop after a number ends the cell like a sentence ("04/02/2020."); "Feb." keeps its dot.
    return text[:-1] if text.endswith(".") and text[-2:-1].isdigit() else text


def _missing(text: str) -> EventDate:
    return EventDate(text=text)


def _parse_text(raw: str) -> tuple[EventDate, DateIssue | None]:
    # Excel's text mark ('03/02/2020), a footnote star, brackets, "on"/"dated" add nothing.
    text = _LEADING_WORD.sub("", _DECORATION.sub("", _normalise(raw)))
    text = _ENCLOSED.sub(r"\g<inner>", text).strip()
    written = raw.strip()
    if not text:
        return _missing(written), DateIssue(Level.ERROR, "missing-date", "no date given", DATE_FIX)
    if text in MISSING_WORDS or text.strip("()[] .") in MISSING_WORDS:
        return _missing(written), DateIssue(
            Level.ERROR, "missing-date", f"no date given ('{written}')",
            "find the date in the agency's records, or write the month or year if that is all that is known")
    if SERIAL_TEXT.match(text):
        return _from_serial(float(text), False, written)
    text = _BETWEEN_TIMES.sub(r"\g<a>-\g<b>", text)
    text, approximate_time = _APPROX_BEFORE_TIME.subn(" ", text)

    approximate = False
    week_ending = False
    precision_week = False
    # Qualifiers can stack ("c. w/c 14/06/2010"), so peel them off until none is left.
    while True:
        if m := _WEEK_PREFIX.match(text):
            precision_week, text = True, text[m.end():]
        elif m := _WEEK_ENDING_PREFIX.match(text):
            precision_week, week_ending, text = True, True, text[m.end():]
        elif (m := _APPROX_PREFIX.match(text)) and m.end() > 0:
            approximate, text = True, text[m.end():]
        elif m := _APPROX_SUFFIX.search(text):
            if m.start() == 0:
                break
            approximate, text = True, text[:m.start()]
        else:
            break
        text = text.strip(" ,:")
    if not text:
        return _missing(written), DateIssue(Level.ERROR, "missing-date", f"no date given ('{written}')", DATE_FIX)

    open_ended = False
    try:
        parsed = _parse_with_period(text, written)
        if parsed is None and (m := _OPEN_START.match(text) or _OPEN_END.match(text)):
            inner = _parse_with_period(m["date"].strip(" ,-"), written)
            if inner is not None and inner[1] is None:
                parsed, open_ended = inner, True
        remark = parsed is None and (m := _REMARK.search(text) or _REMARK_BEFORE.match(text)) is not None
        if remark:
            parsed = _parse_with_period(text[:m.start()] if m.start() else text[m.end():], written)
    except _Invalid as exc:
        return EventDate(text=written), DateIssue(Level.ERROR, "invalid-date", str(exc), DATE_FIX)
    if parsed is None:
        if _is_two_dates(text, written):
            if re.search(r"\bor\b", text):  # the agency is not sure which: never pick one
                return EventDate(text=written), DateIssue(
                    Level.ERROR, "unreadable-date", f"'{written}' gives two possible dates, and chron-merge never "
                    "picks one", "write the date the records support, or the month with 'approx'")
            return EventDate(text=written), DateIssue(
                Level.ERROR, "unreadable-date", f"'{written}' is two dates in one cell",
                "give each contact its own row, with one date each")
        if (m := _LIMIT.match(text)) and _reads_as_date(m["date"], written):
            return EventDate(text=written), DateIssue(
                Level.ERROR, "unreadable-date", f"'{written}' gives a limit, not the date, and chron-merge never "
                "guesses one", "write the date the records support, or the month or year "
                "with 'approx' if that is all that is known")
        if EXCEL_ERROR.match(written):
            return EventDate(text=written), DateIssue(
                Level.ERROR, "unreadable-date", f"'{written}' is an Excel error, not a date: the formula or the "
                "copy that filled the cell failed", "ask the agency for the date and write it in the cell (in Excel: "
                "correct the formula, or paste the dates as values)")
        if _DM.match(_WEEKDAY_PREFIX.sub("", text)) or ((m := _D_MONTH_Y.match(text)) and not m["y"]):
            return EventDate(text=written), DateIssue(
                Level.ERROR, "unreadable-date", f"'{written}' has no year, and chron-merge never guesses one",
                "add the year: " + DATE_FIX)
        return EventDate(text=written), DateIssue(
            Level.ERROR, "unreadable-date", f"could not read '{written}' as a date", DATE_FIX)
    start, end, when = parsed

    precision = start.precision
    value = start.value
    if precision_week and precision == Precision.DAY:
        precision = Precision.WEEK
        if week_ending:
            value = value - dt.timedelta(days=6)
        approximate = True
    approximate = approximate or start.approximate
    date_end = None
    if end is not None:
        date_end = end.period_end or end.value
        if date_end < value:
            return EventDate(text=written), DateIssue(
                Level.ERROR, "invalid-date", f"the period '{written}' ends before it starts", DATE_FIX)
    result = EventDate(value=value, precision=precision, approximate=approximate, text=written,
                       end=date_end, time=when)
    if (mismatch := _weekday_mismatch(text, result)) is not None:
        return result, mismatch
    if remark:
        return result, DateIssue(Level.INFO, "date-remark", f"'{written}' has a remark beside the date; the date is "
                                 "read and the cell kept as written", "nothing to do")
    if open_ended:
        return result, DateIssue(Level.INFO, "period", f"'{written}' is a period with no end given; "
                                 "it sorts by its start", INEXACT_FIX)
    note = _note_for(result)
    # (a named day starts with a letter: most dates start with a digit, and are not split again)
    if note is None and text[:1].isalpha() and _NAMED_DAY.match(_split_time(text)[0]):
        note = DateIssue(Level.INFO, "named-day", f"'{written}' read as {value:%d/%m/%Y}",
                         "nothing to do if that is the day meant")
    if note is None and approximate_time and result.time is not None:
        note = DateIssue(Level.INFO, "approximate-time", f"'{written}' gives an approximate time; it sorts at "
                         f"{result.time:%H:%M}", TIME_NOTE_FIX)
    return result, note


def _reads_as_date(text: str, original: str) -> bool:
    try:
        return _parse_with_period(text, original) is not None
    except _Invalid:
        return False


@lru_cache(maxsize=8192)  # asked for every event written out; date texts recur
def has_remark(written: str) -> bool:
    """Whether a date was written with a remark beside it ('03/02/2020 (date of referral)')."""
    return bool(_REMARK.search(_normalise(written)))


@lru_cache(maxsize=8192)  # asked for every event written out; date texts recur
def is_open_ended(written: str) -> bool:
    """Whether a date was written as a start with no end ('since 03/02/2020', '2019 - ongoing')."""
    text = _normalise(written)
    return bool(_OPEN_START.match(text) or _OPEN_END.match(text))


def _is_two_dates(text: str, original: str) -> bool:
    """'15/03/2021 & 18/03/2021', '4th & 5th Feb 2020': two contacts written in one row."""
    if (m := _DAY_SLASH_DAY.match(_NIGHT_OF.sub("", text))) and _is_one_day(m["b"], original):
        return True  # "12/15 March 2021" (two days running are a period)
    pieces = _TWO_DATES.split(text.replace("(", " ").replace(")", " ").strip())  # "03/02/2020 (or 04/02/2020)"
    if len(pieces) != 2:
        return False
    try:
        second = _parse_single(pieces[1].strip(), original)
        return second is not None and (_parse_single(pieces[0].strip(), original)
                                       or _parse_incomplete(pieces[0].strip(), second)) is not None
    except _Invalid:
        return False


def _is_one_day(text: str, original: str) -> bool:
    try:
        part = _parse_single(text, original)
    except _Invalid:
        return False
    return part is not None and part.precision == Precision.DAY


def _parse_with_period(text: str, original: str) -> tuple[_Part, _Part | None, dt.time | None] | None:
    """A single date (with an optional time) or a period; None when the text is not a date."""
    if "(" in text:
        text = " ".join(_WEEKDAY_IN_BRACKETS.sub(" ", text).split())
    text = _WEEKDAY_PREFIX.sub("", text)  # "Mon 14/06/2010": the weekday adds nothing
    text = _WEEKDAY_SUFFIX.sub("", text)
    if ((m := _TIME_SPAN_AFTER_DATE.match(text)) and (single := _parse_single(m["date"], original)) is not None
            and single.precision == Precision.DAY):
        # "03/02/2020 14:05 - 15:00": the day, at the start of the span (the cell keeps the rest).
        start, end = _one_time(m["start"].strip()), _one_time(m["end"].strip())
        if start is not None and end is not None:
            return single, None, start
    text, when = _split_time(text)
    if m := _SEASON.match(text):
        return (*_season(m, original), when)
    if m := _SEASONS.match(text):
        # from the start of the first to the end of the next: the year is the first's ("Autumn/Winter 2021"
        # runs into 2022, as "Winter 2021" does); a winter first would leave its year to a guess
        year, first_month = full_year(m["season_year"]), SEASON_START_MONTH[m["a"]]
        if m["a"] == "winter" or SEASON_START_MONTH[m["season"]] != first_month + 3:
            raise _Invalid(f"{original} names two seasons that are not one after the other in one year "
                           "(write 'Winter 2020/21 - Spring 2021', or the months)")
        first, _ = _season_months(m["a"], year, None, original)
        _, last = _season_months(m["season"], year, None, original)
        return first, last, when
    if m := _PART_OF_YEAR.match(text):
        first, last = PART_OF_YEAR_MONTHS[" ".join(m["part"].split())]
        year = int(m["y"])
        return _month_part(year, first, original, approximate=True), _month_part(year, last, original), when
    if m := _NAMED_DAY.match(text):
        month, day = NAMED_DAYS[re.sub("['’]", "", m["name"])]
        return _Part(_make_day(int(m["y"]), month, day, original), Precision.DAY), None, when
    if m := _HOLIDAY.match(text):
        year = int(m["y"])
        month = _easter_sunday(year).month if m["holiday"] == "easter" else 12
        return _month_part(year, month, original, approximate=True), None, when
    if (m := _SPLIT_YEAR.match(text)) and int(m["b"]) == (int(m["a"]) + 1) % 100:
        return _year_part(int(m["a"]), original), _year_part(int(m["a"]) + 1, original), None
    if _HOLIDAY_WORDS.search(text) and (rest := " ".join(_HOLIDAY_WORDS.sub(" ", text).split())):
        inner = _parse_with_period(rest, original)  # "half term Feb 2020", "summer holidays 2019"
        if inner is not None and inner[0].precision != Precision.DAY:
            start, end, _ = inner
            return _Part(start.value, start.precision, True, start.period_end), end, when
    single = _parse_single(text, original)
    if single is not None:
        return single, None, when
    if when is None and (m := _CLOCK_AFTER_DATE.match(text)):
        # "03/02/2020 1430hrs", "03/02/2020 (14:30)": only when what is left is a whole date, so
        # "10 03 2020" stays 10 March 2020.
        single = _parse_single(m["date"], original)
        clock = _one_time(m["time"])
        if single is not None and single.precision == Precision.DAY and clock is not None:  # ("2019 - 2020": years)
            return single, None, None if clock == dt.time(0) else clock
    # Periods of months written as one: "Autumn term 2020", "Q1 2021", "Jan/Feb 2021".
    if m := _TERM.match(text):
        half = m["half"] or m["half_alone"]
        first, last = HALF_TERM_MONTHS[(m["term"], half)] if half else TERM_MONTHS[m["term"]]
        year = full_year(m["y"])
        start = _month_part(year, first, original, approximate=True)  # term dates vary by school
        return start, _month_part(year, last, original), when
    if m := _QUARTER.match(text):
        first = 3 * int(m["q"]) - 2
        return _month_part(int(m["y"]), first, original), _month_part(int(m["y"]), first + 2, original), when
    if m := _MONTH_OR_MONTH.match(text):
        year = full_year(m["y"])
        return _month_part(year, MONTHS[m["a"]], original), _month_part(year, MONTHS[m["b"]], original), when
    if m := _YEAR_RANGE.match(text):
        first = int(m["a"])
        last = int(m["b"]) if len(m["b"]) == 4 else first // 100 * 100 + int(m["b"])
        if last > first:
            return _year_part(first, original), _year_part(last, original), None
        return None
    if (m := _DAY_SLASH_DAY.match(_NIGHT_OF.sub("", text))) and (days := _days_running(m, original)):
        return *days, when
    pieces = None
    if m := _BETWEEN.match(text):
        pieces = [m["a"], m["b"]]
    elif (m := _PERIOD_START_WORD.match(text)) and "-" in text[m.end():]:
        return _parse_with_period(text[m.end():], original)  # "between 1-5 March 2021"
    else:
        split = _RANGE_SPLIT.split(text)
        if len(split) == 2:
            pieces = split
        elif "-" in text and text.count("-") == 1:
            # "March-June 2019", "1-15 March 2019": a hyphen with no spaces between two parts.
            pieces = text.split("-")
    if not pieces:
        return None
    # "Mon 02/03/2020 - Tue 03/03/2020": each end may have its weekday.
    first_text, last_text = (_WEEKDAY_SUFFIX.sub("", _WEEKDAY_PREFIX.sub("", p.strip(" ,"))) for p in pieces)
    last_text, last_time = _split_time(last_text)
    first_text, first_time = _split_time(first_text)
    end = _parse_single(last_text, original)
    if end is None:
        return None
    start = _parse_single(first_text, original) or _parse_incomplete(first_text, end)
    if start is None:
        return None
    return start, end, first_time


def _days_running(m: re.Match[str], original: str) -> tuple[_Part, _Part] | None:
    """'12/13 March 2021': the first day and the second, when the first is the day before; else None."""
    end = _parse_single(m["b"], original)
    if end is None or end.precision != Precision.DAY:
        return None
    start = _parse_incomplete(m["a"], end)  # the day alone, in the second's month and year
    if start is None or start.value + dt.timedelta(days=1) != end.value:
        return None
    return start, end


def _weekday_mismatch(text: str, parsed: EventDate) -> DateIssue | None:
    """'Tue 16/11/2009' when 16/11/2009 was a Monday: the date or the weekday was mistyped (often a
    row copied and its date edited). The date is read as written; the author is asked to check."""
    named = [word for match in _WEEKDAY_WORD.findall(text) for word in match if word]
    if len(named) != 1 or parsed.value is None or parsed.precision != Precision.DAY or parsed.end is not None:
        return None
    written_day = WELSH_WEEKDAYS.get(named[0].casefold(), WEEKDAY_NUMBERS.get(named[0][:3].casefold()))
    if written_day == parsed.value.weekday():
        return None
    return DateIssue(Level.WARNING, "weekday-mismatch",
                     f"'{parsed.text}' says {calendar.day_name[written_day]}, but {parsed.value.strftime('%d/%m/%Y')} "
                     f"was a {calendar.day_name[parsed.value.weekday()]}; the date is read as written",
                     "check the date (and the weekday) against the agency's record")


def _note_for(parsed: EventDate) -> DateIssue | None:
    """A readable but unusual date: say how it will be used, so the author can check it."""
    if parsed.precision in (Precision.MONTH, Precision.YEAR):
        how = "month" if parsed.precision == Precision.MONTH else "year"
        if parsed.end is not None and parsed.value is not None:  # "Autumn term 2020", "March - June 2019"
            shown = "%B %Y" if how == "month" else "%Y"
            return DateIssue(Level.INFO, "partial-date",
                             f"'{parsed.text}' gives only the {how}s ({parsed.value.strftime(shown)} – "
                             f"{parsed.end.strftime(shown)}); it sorts at the start of {parsed.value.strftime(shown)}",
                             INEXACT_FIX)
        return DateIssue(Level.INFO, "partial-date",
                         f"'{parsed.text}' gives only the {how}; it sorts at the start of that {how}", INEXACT_FIX)
    if parsed.precision == Precision.WEEK:
        return DateIssue(Level.INFO, "week-date", f"'{parsed.text}' gives a week; it sorts at the week's first day",
                         INEXACT_FIX)
    if parsed.approximate:
        return DateIssue(Level.INFO, "approximate-date", f"'{parsed.text}' is approximate; it is flagged as such",
                         INEXACT_FIX)
    if parsed.end is not None:
        return DateIssue(Level.INFO, "period", f"'{parsed.text}' is a period; it sorts by its start",
                         "nothing to do if it is one entry for the whole period; otherwise give each contact its own row")
    return None


def _from_serial(number: float, date1904: bool, written: str) -> tuple[EventDate, DateIssue | None]:
    """An Excel serial number in a General-formatted cell (40126 is 09/11/2009)."""
    whole = int(number)
    if number == whole and 10_000_000 <= whole <= 99_999_999:
        # Eight figures in a number cell (20230314): a case system's date as digits, year first or
        # day first, read as the same digits typed as text are (as a count of days, no year of a review).
        return _parse_text(str(whole))
    if number == whole and EARLIEST_YEAR <= whole <= LATEST_YEAR:
        # A bare year typed into a number cell ("2010"), not serial day 2010 of 1905.
        year = _year_part(whole, written)
        result = EventDate(value=year.value, precision=Precision.YEAR, text=written)
        return result, _note_for(result)
    epoch = EXCEL_EPOCH_1904 if date1904 else EXCEL_EPOCH_1900
    try:
        day = epoch + dt.timedelta(days=whole)
    except OverflowError:
        day = None
    if day is None or not EARLIEST_YEAR <= day.year <= LATEST_YEAR or number < 0:
        return EventDate(text=written), DateIssue(
            Level.ERROR, "unreadable-date", f"the number {written} is not a date Excel would show", DATE_FIX)
    if _in_first_year_of_excel(day, date1904):
        return EventDate(text=written), DateIssue(
            Level.ERROR, "unreadable-date", f"the number {written} is not a date (a day of the month or a count, "
            "perhaps)", DATE_FIX)
    return EventDate(value=day, precision=Precision.DAY, text=written, time=_fraction_time(number - whole)), None


def _date_cell_issue(day: dt.date, written: str, date1904: bool) -> DateIssue | None:
    """Why a date-formatted cell's date cannot be the date of an event, if it cannot."""
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        return DateIssue(Level.ERROR, "invalid-date", f"{written} has the year {day.year}, which looks mistyped",
                         DATE_FIX)
    if _in_first_year_of_excel(day, date1904):
        return DateIssue(Level.ERROR, "invalid-date", f"{written} is what Excel shows for a small number (a day of "
                         "the month, perhaps) typed into a date cell, not a date of the review", DATE_FIX)
    return None


def _in_first_year_of_excel(day: dt.date, date1904: bool) -> bool:
    """A date in the first year Excel counts from (1900, or 1904) is what a small number typed into
    a date cell shows: a day of the month, a count. No chronology records events then."""
    epoch = EXCEL_EPOCH_1904 if date1904 else EXCEL_EPOCH_1900
    return (day - epoch).days <= 366


def _fraction_time(fraction: float) -> dt.time | None:
    """The time of day in an Excel fraction; midnight means the system kept no time."""
    minutes = round(fraction * 24 * 60)
    if minutes <= 0 or minutes >= 24 * 60:
        return None
    return dt.time(minutes // 60, minutes % 60)


def format_cell_text(value: object) -> str:
    """A cell as a person would read it in the sheet: used for ``date_text`` and messages."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@lru_cache(maxsize=65536)
def _parse_cached(value: object, kind: type, date1904: bool) -> tuple[EventDate, DateIssue | None]:
    # ``kind`` is part of the key so that 1, 1.0 and True (equal in Python) stay apart.
    written = format_cell_text(value)
    if value is None or (kind is str and not str(value).strip()):
        return EventDate(), DateIssue(Level.ERROR, "missing-date", "no date given", DATE_FIX)
    if kind is dt.datetime:
        when = value.time().replace(second=0, microsecond=0)  # type: ignore[union-attr]
        day = value.date()  # type: ignore[union-attr]
        issue = _date_cell_issue(day, written, date1904)
        if issue is not None:
            return EventDate(text=written), issue
        return EventDate(value=day, precision=Precision.DAY, text=written,
                         time=None if when == dt.time(0) else when), None
    if kind is dt.date:
        issue = _date_cell_issue(value, written, date1904)  # type: ignore[arg-type]
        if issue is not None:
            return EventDate(text=written), issue
        return EventDate(value=value, precision=Precision.DAY, text=written), None  # type: ignore[arg-type]
    if kind in (int, float):
        return _from_serial(float(value), date1904, written)  # type: ignore[arg-type]
    if kind is str:
        return _parse_text(value)  # type: ignore[arg-type]
    return EventDate(text=written), DateIssue(
        Level.ERROR, "unreadable-date", f"'{written}' in the date column is not a date", DATE_FIX)


def parse_event_date(value: object, date1904: bool = False) -> tuple[EventDate, DateIssue | None]:
    """Read one date cell. Never raises: an unreadable cell comes back undated with an issue.

    ``date1904`` says the workbook counts days from 1904 (old Mac Excel); it matters only for
    serial numbers in General-formatted cells, since date-formatted cells arrive as dates.
    """
    kind = type(value)
    if kind is bool:
        return EventDate(text=str(value)), DateIssue(
            Level.ERROR, "unreadable-date", f"'{value}' in the date column is not a date", DATE_FIX)
    if kind is dt.time:
        written = format_cell_text(value)
        return EventDate(text=written), DateIssue(
            Level.ERROR, "unreadable-date", f"'{written}' in the date column is a time, not a date", DATE_FIX)
    if kind not in (str, int, float, dt.date, dt.datetime, type(None)):
        value, kind = format_cell_text(value), str
    if kind is float and value != value:  # NaN
        return EventDate(), DateIssue(Level.ERROR, "missing-date", "no date given", DATE_FIX)
    try:
        return _parse_cached(value, kind, date1904)
    except (ValueError, OverflowError, RecursionError) as exc:  # defensive: the parser must never raise
        return EventDate(text=format_cell_text(value)), DateIssue(
            Level.ERROR, "unreadable-date", f"could not read '{format_cell_text(value)}' as a date ({exc})", DATE_FIX)


def in_year(value: object, year: int, month: int | None = None) -> str | None:
    """A day and month written without a year ('12 Feb', '12/02', 'Tues 12th February'), as
    text with ``year`` added, for a chronology that gives the year in a heading above its
    entries; with ``month`` (a heading such as 'March 2020'), a day alone ('3rd') too. None for
    anything else (a full date, words, a month alone)."""
    if not isinstance(value, str):
        return None
    text = _normalise(value)
    without_weekday = _WEEKDAY_PREFIX.sub("", text)  # "Sat 27/3": its weekday is checked against the date read
    weekday = text[:len(text) - len(without_weekday)]
    if month and (m := _DAY_ONLY.match(without_weekday)):  # "3rd", "Wed 10th" on a sheet named "January 2024"
        return f"{weekday}{m['d']}/{month}/{year}"
    if m := _DM.match(without_weekday):
        return f"{weekday}{m['d']}{m['sep']}{m['m']}{m['sep']}{year}"
    if (m := _D_MONTH_Y.match(text)) and not m["y"]:
        return f"{text} {year}"
    return None


TIME_FIX = "write the time as HH:MM (24-hour clock), or leave it blank"
_UNKNOWN_TIMES = {"unknown", "n/k", "nk", "not known", "n/a", "na", "-", "--", "?", "tbc", "none", "not recorded",
                  "all day", "various", "am", "pm", "morning", "afternoon", "evening", "night", "overnight"}


_TIME_RANGE = re.compile(r"^(?P<start>.+?)\s*(?:-|–|to|until|till)\s*(?P<end>.+)$")
_APPROX_TIME = re.compile(r"^(?:approx(?:imately)?\.?|about|around|c\.?|circa|~|after|before)\s*(?P<time>.+?)$|"
                          r"^(?P<asked>.+?)\s*\?$|"
                          r"^(?P<noted>.+?)\s*\(?(?:approx(?:imately|\.)?|circa|est(?:imated|\.)?)\)?$")
_NOON = {"noon", "12 noon", "midday", "12 midday"}
_MIDNIGHT = {"midnight", "12 midnight"}
_DIGIT_OR_CLOCK = re.compile(r"\d|noon|midday|midnight")


@lru_cache(maxsize=8192)
def _parse_time_text(raw: str) -> tuple[dt.time | None, DateIssue | None]:
    """A time as written. A span ("14:30-15:00") or an approximate time ("approx 14:00") gives its
    (start) time and a note; the caller keeps the text as written beside it."""
    text = _normalise(raw)
    if not text or text in _UNKNOWN_TIMES:
        return None, None
    written = raw.strip()
    text = _BETWEEN_TIMES.sub(r"\g<a>-\g<b>", text)
    if not _DIGIT_OR_CLOCK.search(text):  # "teatime", "after school": all the agency knows
        return None, DateIssue(Level.INFO, "part-of-day", f"'{written}' is a part of the day, not a clock time: "
                               "kept as written; the entry sorts before the day's timed entries", TIME_NOTE_FIX)
    if (m := _APPROX_TIME.match(text)) and (when := _one_time(m["time"] or m["asked"] or m["noted"])) is not None:
        return when, DateIssue(Level.INFO, "approximate-time", f"'{written}' is approximate; it sorts at {when:%H:%M}",
                               TIME_NOTE_FIX)
    if (m := _TIME_RANGE.match(text)) and (when := _one_time(m["start"])) is not None and _one_time(m["end"]) is not None:
        return when, DateIssue(Level.INFO, "time-span", f"'{written}' is a span of time; it sorts by its start, "
                               f"{when:%H:%M}", "nothing to do: the span is kept as written")
    when = _one_time(text)
    if when is not None:
        return when, None
    # A date-time written out ("09/07/2024 22:41"), as a text export fills its Time column: its time, as
    # of a date-time cell. (A column of other days' date-times is no Time column: see read.headers.)
    stamped = parse_event_date(written)[0]
    if stamped.value is not None and stamped.time is not None:
        return stamped.time.replace(second=0), None
    return None, DateIssue(Level.WARNING, "unreadable-time", f"could not read '{written}' as a time", TIME_FIX)


def _one_time(text: str) -> dt.time | None:
    """09:42, 9.42am, 0942 or noon; None when the text is not one time."""
    if text in _NOON:
        return dt.time(12, 0)
    if text in _MIDNIGHT:
        return dt.time(0, 0)
    m = _TIME_HHMM.match(text)
    if m:
        return dt.time(int(m["hour"]), int(m["minute"]))
    m = _TIME_ONLY.match(text)
    if m and (m["minute"] is not None or m["ampm"] is not None):
        return _clock(m["hour"], m["minute"], m["second"], m["ampm"])
    return None


def parse_time(value: object) -> tuple[dt.time | None, DateIssue | None]:
    """Read one time cell: text ``09:42``/``9.42am``/``0942``, an Excel time fraction, or a time.

    A time column's midnight is kept (an incident at 00:00 is real); only a date-time cell's
    00:00 is read as 'no time', in :func:`parse_event_date`.
    """
    if value is None:
        return None, None
    if isinstance(value, dt.datetime):
        return value.time().replace(second=0, microsecond=0), None
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0), None
    if isinstance(value, dt.timedelta):
        minutes = round(value.total_seconds() / 60)
        if 0 <= minutes < 24 * 60:
            return dt.time(minutes // 60, minutes % 60), None
    elif isinstance(value, bool):
        pass
    elif isinstance(value, (int, float)):
        if value == value and 0 <= value < 1:
            minutes = round(value * 24 * 60)
            return dt.time(min(minutes // 60, 23), minutes % 60 if minutes < 24 * 60 else 59), None
        if value == value and 100 <= value <= 2359 and float(value).is_integer() and int(value) % 100 < 60:
            # 930 or 1400 typed into a number cell (a number under 100 is more likely minutes or hours).
            return dt.time(int(value) // 100, int(value) % 100), None
    elif isinstance(value, str):
        return _parse_time_text(value)
    return None, DateIssue(Level.WARNING, "unreadable-time", f"could not read '{format_cell_text(value)}' as a time",
                           TIME_FIX)


def looks_like_date(value: object) -> bool:
    """Whether a cell reads as a (possibly partial) date: used to find the date column by content."""
    if value is None or isinstance(value, (bool, dt.time)):
        return False
    if isinstance(value, (dt.date, dt.datetime)):
        return True
    if isinstance(value, (int, float)):
        # Serial numbers of plausible review dates only (1950-2100); small numbers are counts.
        return 18264 <= value <= 73050
    if isinstance(value, str):
        text = value.strip()
        if not text or len(text) > 40 or not any(ch.isdigit() for ch in text):
            return False
        parsed, _ = parse_event_date(text)
        # A date that reads only month-first ("3/14/2024 2:30 PM", a US-made system's) is a date all the
        # same: its column is the date column, where it is said to be no date day-first, with the fix.
        return parsed.value is not None or _reads_only_month_first(text)
    return False


def _reads_only_month_first(text: str) -> bool:
    """Whether a date in numbers reads month-first and not day-first: "3/14/2024", not "14/3/2024"."""
    match = NUMERIC_DATE.match(text)
    return match is not None and 1 <= int(match[1]) <= 12 < int(match[2]) <= 31


_WORD_END = re.compile(r"\S+")
_SEPARATOR = " -–—:;,|."
_DASH_OR_COLON_AFTER = re.compile(r"\s*[-–—:]")
LEADING_DATE_WORDS = 6  # the most words a date at the start of a text takes ("c. w/c 14/06/2010 at 09:00")
# A label before the date, as a clinic's letters or a form's notes open: "Clinic date: 26 March 2024.",
# "Date of visit - 03/02/2020", "Date: 12/03/2024".
_LABEL_LINE = re.compile(r"\n\s*[A-Za-z][A-Za-z /]{0,30}:")
_DATE_LABEL = re.compile(r"(?i)(?:[a-z]+\s+){0,2}date(?:\s+of\s+(?:[a-z]+\s+)?[a-z]+)?\s*[:–—-]\s*")
# A short label with the date in brackets after it, as ward notes count the days of a stay or a
# worker numbers sessions: "Day 2 (15/06/2024): Extubated", "Session 3 (12/03/2024) - seen with mum".
_LABEL_THEN_DATE = re.compile(r"(?P<label>[A-Za-z][A-Za-z'’]*(?: [A-Za-z'’]+){0,2}(?: \d{1,3})?)\s*"
                              r"\((?P<date>[^()]{6,40})\)\s*[:–—-]\s*")


# A short label in words before the date, closed by a colon or a dash, as a log of notifications or of
# letters heads its entries: "Notification received 12 February 2024: serious injury …", "Home visit
# 03/04/2024 – seen with mum". (The label stays with the text, as above.)
_LABEL_BEFORE_DATE = re.compile(r"(?P<label>[A-Za-z][A-Za-z'’]*(?: [A-Za-z'’]+){0,2}) (?=\d)")


# A narrative chronology's paragraphs open with a preposition before the date: "On 12th March 2024
# officers attended …", "On the 2nd April 2024, a strategy discussion …", "In May 2024 the team …".
_NARRATIVE_OPENING = re.compile(rf"(?i)(?:on|in|during)\s+(?:the\s+)?"
                                rf"(?=\d|(?:early|mid|late|{MONTH_PATTERN}|{'|'.join(WEEKDAYS)})\b)")
# A list's mark typed before the date, as a school's or a team's log is kept in bullet points or
# pasted from one: "• 04.03.24 – Jayden arrived late", "- 04/03/2024 Home visit", "➢ 4 March 2024 …".
# (A mark Word's own list style draws is no text: such paragraphs start with their date already.)
_LIST_MARK = re.compile(r"[•·▪◦‣●○■□➢➤►\-–—*]\s*(?=\S)")


@lru_cache(maxsize=8192)
def split_leading_date(text: str) -> tuple[str, str] | None:
    """(the date as written, the text after it) for an entry written as one text that starts with
    its date ("03/02/2020 - Home visit", "w/c 17/02/2020: letter sent", "March 2020 Family moved",
    "Clinic date: 26 March 2024. Seen with mum", "Day 2 (15/06/2024): Extubated",
    "On 12th March 2024 officers attended", "• 04.03.24 – Arrived late", "Letter sent 3 May 2024: …"), else
    None. The longest start of up to LEADING_DATE_WORDS words that reads as a date is taken."""
    if (label := _DATE_LABEL.match(text)) is not None and label.end() < len(text):
        # (not a form's note in one cell, "Date: 01/03/2022\nType: Home visit\nNote: …": see read.form)
        split = split_leading_date(text[label.end():])
        return None if split is None or _LABEL_LINE.search(split[1]) else split
    if (labelled := _LABEL_THEN_DATE.match(text)) is not None and labelled.end() < len(text):
        written = labelled["date"].strip()
        if parse_event_date(written)[0].value is not None:
            return written, f"{labelled['label']}: {text[labelled.end():]}"  # (the label stays with the text)
    if (opening := _NARRATIVE_OPENING.match(text)) is not None and (split := split_leading_date(text[opening.end():])):
        return split
    if (mark := _LIST_MARK.match(text)) is not None:
        return split_leading_date(text[mark.end():])
    if not text[:1].isalnum() and text[:1] not in "?~(":
        return None
    ends = [m.end() for m in _WORD_END.finditer(text, 0, 80)][:LEADING_DATE_WORDS]
    for end in reversed(ends):
        written = text[:end].rstrip(_SEPARATOR)
        rest = text[end:].strip().lstrip(_SEPARATOR).strip()
        if not (written and rest and any(ch.isdigit() for ch in written)):
            continue
        if parse_event_date(written)[0].value is not None:
            return written, rest
        # A day and month set off by a dash or a colon ("12 Feb - GP appointment"): its year may be
        # in a heading above (see in_year); "1/2 hour visit" is no date.
        if _DASH_OR_COLON_AFTER.match(text, len(text[:end].rstrip(_SEPARATOR))) and in_year(written, 2000):
            return written, rest
    if (labelled := _LABEL_BEFORE_DATE.match(text)) is not None and (split := split_leading_date(text[labelled.end():])):
        written, rest = split
        if (_DASH_OR_COLON_AFTER.match(text, labelled.end() + len(written))
                and parse_event_date(written)[0].value is not None):
            return written, f"{labelled['label']}: {rest}"
    return None


def format_date(parsed_value: dt.date, precision: Precision | None) -> str:
    """How the integrated chronology shows a date: DD/MM/YYYY, or 'Jun 2011' / '2011' when partial."""
    if precision == Precision.MONTH:
        return parsed_value.strftime("%b %Y")
    if precision == Precision.YEAR:
        return str(parsed_value.year)
    if precision == Precision.WEEK:
        return "w/c " + parsed_value.strftime("%d/%m/%Y")
    return parsed_value.strftime("%d/%m/%Y")
