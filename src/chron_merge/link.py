"""Link records of the same real event made by different agencies; never merge them.

A Child in Need meeting is written up by every agency that attended; a referral is recorded
when sent and when received; a police notification reaches social care and the GP days later.
Those records share a ``link_group`` and each says which other agencies recorded the event and
why chron-merge thinks so. Their texts are kept as written: different wording is evidence.

How a pair is scored (0-100), for records of different agencies with day-precise dates at most
``window_days`` apart:

* **words in common**: the share of the shorter text's meaningful words (abbreviations spelt
  out, stemmed) that the other text also has, each word weighted by how rare it is in the whole
  chronology (``Scotland`` counts, ``mother`` hardly does). Words about how news travelled
  ("received", "notification") and the agencies' own names are left out of this comparison.
  Only what goes beyond the words two records of one day share by chance counts: nothing to
  take off in a typical review; more in a chronology with many records a day;
* **the same kind of shared event**: meetings and panels, conferences, looked after reviews, joint
  visits and interviews, return home interviews, child protection medicals, antenatal bookings,
  best interests meetings, Clare's Law disclosures, Mental Health Act assessments and detentions,
  court hearings, a child's move into a placement, a baby's care handed from the midwife to the
  health visitor, a release from prison, a fire and a death (events several agencies attend,
  recorded on the day they happen) on the same day; incidents others are told of (a birth, an arrest, a domestic incident,
  an emergency attendance, a hospital admission, a referral, a discharge, an injury, an assault,
  a missing episode, self-harm or an overdose, a medical emergency (choking, a seizure), an
  operation, a theft or financial abuse, a missed appointment, a school exclusion, a removal from a school's roll, an
  eviction, a stop and search, a search warrant, a weapon, police protection, a police interview); two incidents in
  common count up to one and a half. A kind counts by how rarely the two agencies record it: a
  Child in Need meeting every six weeks on the same day in two returns is one meeting; in a
  return with one most days, sharing the day is chance;
* **a mention of the other agency** ("notification to GP", "referral from the Addiction Service",
  "the police attended", "the hospital" for its maternity unit, "the GP" for Meadow Lane
  Surgery): its service word, or two words of its name; more for a record of being told of the
  other's incident by that agency ("PPN received from police") by the second working day after,
  by the fourth day when each names the other (a referral sent and received over a weekend), or
  later when it names that day (never when it names another: "re incident on 01/04"), when the
  incident's record names the agency it told (not for a referral: one record may discuss it days
  before another sends it), or when that agency recorded no other incident of the kind in the
  window (a discharge summary filed days after the ward's one discharge; its lag then costs
  nothing); and for news of anything from an agency whose one record of that day shares words
  with it ("EWO advised family may have moved", the EWO's home visit that day); two records of
  one day that each name the other, timed close together or each its agency's one record of the
  day, are of one contact between them (a district nurse's visit, and the care home's note of it);
* **the date gap**: a record that says it was received or notified may lag the event by days;
  two first-hand records of one event share the day; a record whose text names the other's day
  ("letter re the meeting on 07/02", "arrested yesterday", "died on Sunday", "over the
  weekend"; or a day up to two weeks ahead: "report for the conference on 03/04"), or that names
  the same earlier day as the other (two notifications of "the incident on 03/01"), or that is
  news of a death (a death happens once: "CDOP notification received"), is apart from it without
  penalty and that counts for the pair; a shared event the later record was told of
  (a death notified days later) counts as an incident in common. Dates written in a text are
  compared as dates, not as words;
* **times**: two agencies timing an incident of one kind within an hour and a half were both at it
  (in full in a chronology of a record a day or fewer); two times far apart on one day speak
  against; a record in the early hours is of the night before for an evening or untimed record of
  that day (a detention at 23:00, the assessment at 01:30).

The words that say each of these (kinds of event, second-hand wording, agencies' names) are in
:mod:`chron_merge.kinds`.

Pairs at or above the threshold are joined into groups strongest first; a group never holds two
records of the same agency (an agency records an event once; a workbook's sheets kept per
person, "Mother" and "Father", are one agency), and two groups join only when
their records, taken pair by pair, score on average at least 80% of the threshold (a record of
being told of an event joins the group of the event's own record when it links to that record
and that agency recorded no other incident of its kind in the window: two notifications of one
birth need not resemble each other).

Speed: records are sorted by date and taken a block of days at a time against the records
within the window before them, with numpy: words and kinds in common as matrix products, then
a cheap upper bound of the score for every pair, and the exact score only for pairs the bound
lets through. Linking grows with the number of records times the records per window, never
with its square. A large review's texts are analysed, and its blocks scored, on two processors
(:mod:`chron_merge.halves`), with the same outcome as on one.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import math
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from types import SimpleNamespace
from typing import Any

import numpy as np

from chron_merge.halves import work_in_halves
from chron_merge.kinds import (
    ALL_KINDS_MASK,
    CALL_OUT_SERVICE,
    DEATH_ITSELF,
    DRUG_TREATMENT_RECORDS,
    DRUG_TREATMENT_SHARE,
    DRUG_TREATMENT_WORDS,
    GENERIC_AGENCY_WORDS,
    GUARD_PARTS,
    HEART_STOPPED,
    IMPLIED_KIND,
    IMPLIED_NAME,
    IMPLIED_SERVICE,
    INCIDENT_KINDS,
    INCIDENT_MASK,
    KIND_PATTERNS,
    KINDS,
    MESSAGE_WORDS,
    NEWS_FROM_OPENING,
    NOT_FROM_ANOTHER_AGENCY,
    ONCE_MASK,
    OTHER_DAY_HINT,
    OWN_CONTACT_AFTER_NAMED_DAY,
    OWN_VISIT_AFTER_NEWS,
    SECONDHAND,
    SECONDHAND_HINT,
    SECONDHAND_PARTS,
    SERVICE_WORDS,
    SHARED_KINDS,
    SHARED_MASK,
)
from chron_merge.model import Event, Precision
from chron_merge.read.dates import MONTH_PATTERN, MONTHS, full_year
from chron_merge.read.headers import NOT_AGENCY, normalise_header
from chron_merge.text import GLOSSARY, PERSON_LABEL, content_words, expand_abbreviations, initials, stemmed_words

DEFAULT_WINDOW_DAYS = 7
DEFAULT_THRESHOLD = 50.0

# A date written in a record's text ("re incident on 03/02", "letter dated 3rd Feb 2020"): a
# record that names the day of another's can lag it without penalty. With no year, a day of two
# digits ("incident 25/2"): "4/12 old" is an age in months, "6/52" in weeks, "3/4" a fraction;
# and "24/7" is no date. A month of one digit only after a slash: "12.5 kg" is a weight.
_MENTIONED_DATE = re.compile(
    # (a day of the month alone after "on" or "on the", as notes write it: "seen on the 3rd, mum
    # said", "came to the house on 9th"; not "on the 3rd floor", nor "on the 3rd of March", which
    # names its month)
    r"\bon (?:the )?(?P<d4>\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:of\s+)?[a-z])|"
    r"\b(?:(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})|"
    r"(?!24/7\b)(?P<d2>\d{2})(?:[/.](?P<m2>\d{2})|/(?P<m2_short>\d))(?![/.]?\d)|"
    rf"(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_PATTERN})"
    r"\b\.?(?:,?\s+(?P<y3>\d{4}))?)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# A day named by the festival it falls on: "a row on Valentine's night", "since Boxing Day". (Not
# Christmas, Easter or New Year alone: a season, or a holiday of several days.)
_FESTIVAL_DAY = re.compile(r"\b(?:valentines?|christmas|new years?|halloween|bonfire|boxing)\s+(?:eve|day|night)\b")
_FESTIVAL_DATES = {"valentines day": (14, 2), "valentines night": (14, 2), "christmas eve": (24, 12),
                   "christmas day": (25, 12), "christmas night": (25, 12), "boxing day": (26, 12),
                   "new years eve": (31, 12), "new years day": (1, 1), "new year eve": (31, 12), "new year day": (1, 1),
                   "halloween night": (31, 10), "bonfire night": (5, 11)}


def _festival_days(words_text: str) -> tuple[tuple[int, int, int | None], ...]:
    """The days a text named by their festival, as (day, month, no year): "Valentine's night" (14, 2, None).
    ``words_text``: the text as compared (see :func:`expand_abbreviations`: lower case, no apostrophes)."""
    found: list[tuple[int, int, int | None]] = []
    for match in _FESTIVAL_DAY.finditer(words_text):
        words = " ".join(match[0].split()).replace("valentine ", "valentines ")
        if (day_month := _FESTIVAL_DATES.get(words)) is not None:
            found.append((*day_month, None))
    return tuple(found)


# A person registered with a service ("New baby registered with the practice, born 14/01/2024",
# "joined Reception, DOB 03/09/2019"): the birth and its date say who, not what happened.
_REGISTRATION = re.compile(r"(?i)\b(?:registered|registration|new patient|enrolled|"
                           r"(?:joined|admitted to) (?:the )?(?:practice|school|nursery|reception|roll|register|list))\b")
_BIRTH_DATE_BEFORE = re.compile(r"(?i)\b(?:born|dob|d\.o\.b|date of birth)\W{0,3}(?:on\s+)?$")
_BIRTH = KINDS.index("birth")
_DEATH = KINDS.index("death")
# A time ("22:15") or a whole date ("04/04/24", "04.02.20") in a text, compared as a date, not as words.
_TIME_OR_DATE_IN_TEXT = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}([/.])\d{1,2}\1\d{2}(?:\d{2})?\b")
# ("23:12", or as crews and officers write it, "2302hrs", "14.30 hrs")
_CLOCK_IN_TEXT = re.compile(r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b|"
                            r"\b(?P<h2>[01]\d|2[0-3])\.?(?P<m2>[0-5]\d)\s?hrs?\b")
_DATE_WORD = re.compile(r"\d{1,2}/\d{1,2}|(?:19|20)\d\d")
# An untimed record whose text puts what happened in the night ("fire at the property overnight",
# "missing overnight", "arrested during the night", "in the early hours"): it is of the early hours
# of its day, as a record timed then is (see _combine's overnight: the fire service's record of the
# evening before is of the same night). Not a stay ("kept in overnight"): what happened, then "overnight".
_IN_THE_NIGHT = re.compile(r"(?i)\b(?:fire|incident|disturbance|assault\w*|attack\w*|arrest\w*|died|death|"
                           r"admitted|missing|stabb\w*|overdose\w*|collapsed|called|calls?)\b[^.;]{0,40}?\bovernight\b|"
                           r"\bduring the night\b|\bin the early hours\b|"
                           # "fell in the night", "went missing from the placement in the night", as told the
                           # morning after (not "wakes in the night")
                           r"\b(?:fell|fallen|was|were|happened|died|taken|went|left|called|rang|came|collapsed|found|"
                           r"admitted|attacked|assaulted|hit|arrested)\b[^.;]{0,30}?\bin the night\b")
# Words for a day a few days before the record's own: "arrested yesterday", "the incident last
# night", "grabbed her 2 days ago", "fell 3/7 ago" (a clinician's shorthand for days), "a week ago".
# ("fell in the night", as told the morning after, is of the night: of either day, see _IN_THE_NIGHT.)
# ("yesterday's visit", "last night's callout": a text's words lose their apostrophes, so "yesterdays")
_DAYS_BACK = re.compile(r"\b(?:(?P<two>(?:the )?day before yesterdays?)|yesterdays?|last nights?|previous (?:day|evening|night)|"
                        r"night before|(?P<days>[2-6]|two|three|four|five|six)(?: days|/7) ago|(?P<week>a week) ago)\b")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# A word without which no text names another day than its own (see _WordIds: most texts name none).
OTHER_DAY_WORDS = frozenset({"yesterday", "yesterdays", "night", "nights", "previous", "weekend", "tomorrow", "tomorrows",
                             "ago", "eve", "valentines", "valentine", "christmas", "boxing", "halloween", "bonfire"})
# … and the day after, of a meeting planned: "report for the conference tomorrow".
_DAY_AFTER = re.compile(r"\btomorrows?\b")
# A day of the past week by its name: "baby died on Sunday", "the incident on Friday night".
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# (shortened only before the part of the day: "incident at home Sat night"; "sat" alone is of sitting)
WEEKDAY_SHORT = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                 "sat": 5, "sun": 6}
_DAY_OF_WHAT = ("visit|meeting|incident|session|appointment|call|conference|review|strategy|hearing|contact|"
                "assessment|discussion|argument|fight|admission|attendance|events?|disclosure|referral")
_WEEKDAY_NAMED = re.compile(rf"\b(?:on|last|over|since|from)\s+(?P<a>{'|'.join(WEEKDAY_NAMES)})\b|"
                            rf"\b(?P<b>{'|'.join(WEEKDAY_NAMES)})\s+(?:night|evening|morning|afternoon)\b|"
                            rf"\b(?P<c>{'|'.join(WEEKDAY_SHORT)})\s+(?:night|evening|eve|morning|afternoon)\b|"
                            r"\b(?P<weekend>(?:over|at|during|since) the weekend)\b|"  # its Saturday and Sunday
                            # "Wednesday's visit", as the text reads without its apostrophe (not "on Wednesdays")
                            rf"(?<!\bon )\b(?P<d>{'|'.join(WEEKDAY_NAMES)})s\s+(?:home\s+)?(?:{_DAY_OF_WHAT})\b")
# The shared kinds of event planned ahead (meetings, hearings, interviews, visits, assessments): not those that
# happen, whose record may say what else is to happen "tomorrow" ("rib fracture found on skeletal
# survey. Decision to arrest both parents tomorrow").
_PLANNED_AHEAD_MASK = SHARED_MASK & ~sum(1 << KINDS.index(kind) for kind in (
    "death", "child protection medical", "fire", "domestic abuse disclosure", "placement move",
    "transfer of care"))
# A reference number: letters and at least three figures ("wc392", "cad1234"), not a dose or a size ("60ml", "10mg").
_REFERENCE = re.compile(r"(?=\w*\d{3})(?=\w*[a-z])\w{4,}(?<!mg)(?<!ml)(?<!kg)(?<!cm)(?<!mm)")
REFERENCE_WEIGHT = 3.0
MENTIONED_DAYS_BACK = 31  # how far before its own date a record's mention of a day is looked for
MENTIONED_DAYS_AHEAD = 14  # … and after it ("report sent for the conference on 03/04")

WORD_WEIGHT = 70.0
ENOUGH_SHARED_WEIGHT = 8.0  # about two distinctive words (beyond chance: _chance_weight)
# One shared event of the same kind on the same day, which both agencies record rarely, is enough on
# its own: each agency writes up a strategy discussion in its own words, naming no other agency.
SHARED_KIND_WEIGHT = 50.0
INCIDENT_KIND_WEIGHT = 20.0
# Two kinds of incident in common (an overdose taken to the emergency department) say more than one.
INCIDENTS_IN_COMMON_CAP = 1.5
MENTION_WEIGHT = 15.0
DATE_MENTION_WEIGHT = 15.0
BOTH_MENTION_BONUS = 10.0
NOTIFIED_BY_SOURCE_BONUS = 20.0  # told of the other's incident by that agency (see _combine) …
NOTIFIED_WITHIN_DAYS = 2  # … by the next working day or the one after, as police notifications arrive
# (two working days apart are at most four calendar days: a Friday and the Tuesday after)
NOTIFIED_WITHIN_CALENDAR_DAYS = NOTIFIED_WITHIN_DAYS + 2
# … or, when each names the other ("referral to CSC" and "referral received from the addiction
# service"), over a weekend and a day.
NOTIFIED_NAMED_WITHIN_DAYS = 4
NOTIFIED_INCIDENT_MASK = INCIDENT_MASK & ~(1 << KINDS.index("referral"))
# Contacts of an agency's own, held about an incident: a record of one that names the incident's
# earlier day ("RHI for the 03/01 missing episode", "strategy discussion re the 10/10 assault") is
# of the meeting or the interview, not news of the incident.
OWN_CONTACT_MASK = sum(1 << KINDS.index(kind) for kind in (
    "child in need meeting", "child protection conference", "core group", "strategy discussion", "return home interview",
    "risk conference", "professionals meeting", "looked after review", "joint interview", "education plan meeting",
    "best interests meeting", "police interview"))
# A referral passed from one agency to the other: the sender's record of making it and the
# receiver's of receiving it, each naming the other, by the next working day, are the one message
# (as is any message the sender's record says it sent: "Email to Private Sector Housing: no window
# restrictors, please inspect", and housing's "Referral from children's services" the next day);
# the more so than the incident the referral names, which the sender recorded the day before
# ("safeguarding concern from the fire service after a fire on 12/03", and the fire service's
# "safeguarding referral to adult social care" of the 13th).
REFERRAL_PASSED_BONUS = 10.0
REFERRAL_MASK = 1 << KINDS.index("referral")
FIRST_HAND_DAY_PENALTY = 20.0
LAG_DAY_PENALTY = 3.0
TIMES_CLOSE_BONUS, TIMES_FAR_PENALTY = 5.0, 15.0
TIMES_FAR_MINUTES = 360  # … and far apart, beyond this
# Two agencies timing an incident of the same kind within TIMES_CLOSE minutes were both at it (the
# police and the ambulance at an assault): more than the incident alone says; in full at a record
# a day or fewer, as a chronology with many records a day has such coincidences by chance.
ATTENDED_TOGETHER_BONUS = 15.0
# Two records timed within TIMES_CLOSE minutes that each name the other agency are of one contact
# between them (the school's "DSL informed police" at 12:30, the police's "report from school" at 13:05).
CONTACTED_EACH_OTHER_BONUS = 25.0
# The ambulance's call-out and the hospital's attendance or admission it led to ("Fall in bathroom,
# hip pain, shortened rotated leg. Conveyed." and "Fractured neck of femur, hemiarthroplasty
# listed"): two records of one day, each its agency's one first-hand record of an emergency
# attendance or a hospital admission that day, one of them a call-out service's (see
# _one_emergency_of_day), and about an incident of the same kind besides. A crew seldom writes what
# the hospital found, nor a ward how the patient came, so their words differ. (Not the police's 999
# call and the emergency department's "self-presented" that night: neither took the other there.)
# In full at a record a day or fewer, as a chronology with many records a day has such coincidences by chance.
CONVEYED_BONUS = 30.0
EMERGENCY_MASK = 1 << KINDS.index("emergency attendance") | 1 << KINDS.index("hospital admission")
NO_EMERGENCY, ONE_EMERGENCY, ONE_CALL_OUT = 0, 1, 2  # a record's one_emergency code
# A joint visit a record names the other agency on ("joint home visit with HV"), and that agency's
# one record of the day (the health visitor's "new birth visit", which need not say it was joint).
JOINT_VISIT_NAMED_BONUS = 15.0
JOINT_VISIT_MASK = 1 << KINDS.index("joint visit")
# A record of another agency's contact with the person that day, as someone else saw it: going to
# its appointment ("left at 1pm for her CAMHS appointment", "absent - GP appointment") or being seen
# by it ("seen by CAMHS liaison" on the ward). With that agency's one first-hand record of the day
# (not of another's news), it is of that contact, whatever either says of it (a school seldom knows
# what the clinic found).
# The words saying whose contact it was (group "who") must name that agency (see _contact_named).
OTHERS_CONTACT_BONUS = 40.0
_APPOINTMENT_OF = re.compile(r"(?i)\b(?:for|to|at|from)\s+(?P<who>(?:[\w'’&-]+\s+){0,3}?)"
                             r"(?:appointment|appt|assessment|session)s?\b|"
                             r"\b(?:absent|absence)\b\W+(?P<absent>(?:[\w'’&-]+\s+){0,3}?)(?:appointment|appt)s?\b")
# … gone to, as the words just before it say ("left at 1pm for", "taken by mum to"; not "booked for")
_GOING = re.compile(r"(?i)\b(?:left|leaving|leave|collected|picked up|taken|took|went|gone|going|attend(?:ed|ing|s)?|"
                    r"accompanied|accompanying|escorted|"
                    r"off|out|late|returned|back)\b")
GOING_WITHIN = 40  # characters before the appointment's "for", "to" …
_SEEN_BY = re.compile(r"(?i)\b(?:seen|reviewed|assessed|visited|examined)\s+(?:\w+\s+){0,2}?by\s+"
                      r"(?P<who>[\w'’&-]+(?:\s+[\w'’&-]+){0,2})|"
                      # "District nurse visited", "the GP came out", "Ambulance arrived 18:50": the visitor named
                      # just before
                      r"(?:^|[.;:,–-]\s*|\b(?:the|a|an)\s+)(?P<visitor>[\w'’&]+(?:\s+[\w'’&]+)?)\s+"
                      r"(?:visited|came out|called in|came in to see|attended|arrived)\b(?!\s+by\b)|"
                      # "PCSO accompanied social worker on home visit": the visit was the one named
                      r"\baccompan(?:ied|ying)\s+(?:the\s+)?(?P<companion>[\w'’&-]+(?:\s+[\w'’&-]+){0,2}?)\s+"
                      r"(?:on|to|at|for|during)\b(?!\s+register)|"
                      # "Accompanied Lan to register with the GP": the registration was the GP's contact
                      r"\bto\s+register\s+(?:with|at)\s+(?:the\s+|a\s+)?(?P<registrar>[\w'’&-]+(?:\s+[\w'’&-]+){0,2})|"
                      # "ambulance took him to St Luke's", "conveyed to RSH": that hospital's attendance (not
                      # "conveyed to ED", "taken to A&E", which name no one hospital of several, or a sheet of one)
                      r"\b(?:conveyed|took\s+(?:him|her|them)|taken)\s+to\s+(?:the\s+)?"
                      r"(?!(?:ed|a\s?&\s?e|a\s+and\s+e|hospital|emergency\s+department|ward|resus|majors|minors)\b)"
                      r"(?P<conveyed_to>[\w'’&-]+(?:\s+[\w'’&-]+){0,2})")


def _contact_words(text: str) -> str:
    """The words naming whose contact with the person ``text`` records (see OTHERS_CONTACT_BONUS), or "".
    (Quick tests first: most texts have no appointment and no "by".)"""
    found = []
    if "ppoint" in text or "ppt" in text or "ssessment" in text or "ession" in text or "PP" in text or "SS" in text:
        for match in _APPOINTMENT_OF.finditer(text):
            if match["absent"] is not None:
                found.append(match["absent"])
            elif _GOING.search(text, max(0, match.start() - GOING_WITHIN), match.start()):
                found.append(match["who"])
    if (" by " in text or " By " in text or " BY " in text or "visited" in text or " came " in text or "attended" in text
            or "called in" in text or "arrived" in text or "ccompan" in text or "egister" in text or "onveyed" in text
            or "took" in text or "taken" in text):
        # (each alternative of _SEEN_BY captures one named group, and has no other group)
        found.extend(match[match.lastgroup] for match in _SEEN_BY.finditer(text))
    return " ".join(found)


TIMES_CLOSE = 90
MINUTES_A_DAY = 24 * 60
# A night's events cross midnight: a police detention in the evening and the assessment at 01:30
# are a day apart by date, not by what happened. A record timed before EARLY_MORNING counts as of
# the day before for a record of that day timed from LATE_EVENING or with no time (the time from
# the Time column, else the first time written in the text).
LATE_EVENING, EARLY_MORNING = 20 * 60, 6 * 60
UNTIMED, LATE, EARLY, DAYTIME = 0, 1, 2, 3  # a record's night code
GROUP_MEAN_SHARE = 0.8
# A kind of event counts in full when the agencies record it on at most 1 day in 20 of the
# chronology; one recorded nearly every day (a dense synthetic or multi-child chronology) hardly counts.
KIND_RATE_FULL = 0.05
BLOCK_ROWS = 128  # records scored at once against their window


@dataclass
class LinkResult:
    """Groups of event positions judged to be one real event, and for every pair in a group why."""

    groups: list[list[int]] = field(default_factory=list)
    pairs: dict[tuple[int, int], tuple[float, int, str]] = field(default_factory=dict)


@dataclass
class _Analysis:
    """What one text says, for linking: its words (as vocabulary ids), kinds of event, second-hand or not."""

    words: list[int]  # each once, in no order
    kinds: int
    secondhand: bool
    received: bool  # another agency's news: second-hand but for NOT_FROM_ANOTHER_AGENCY (see _notification_of)
    dates: tuple[tuple[int, int, int | None], ...]  # (day, month, year or None) of each date it mentions
    days_back: tuple[int, ...]  # how many days before its own it speaks of ("yesterday": 1, "3 days ago": 3)
    day_after: bool  # … or of the day after ("tomorrow")
    weekdays: tuple[int, ...]  # the days of the week it names as past ("on Sunday": 6)
    contact_words: str  # the words naming whose contact with the person it records (see _contact_words)


class _WordIds(dict[str, int]):
    """A written word (after :func:`expand_abbreviations`) → the vocabulary id of its stem, or -1 for
    a stopword; each new word is stemmed once (see :func:`stemmed_words`), in the order met. Its
    ``hints`` (word → bit mask) say which kinds of event, whether a second-hand record and whether
    another day than its own may show (see GUARD_PARTS, SECONDHAND_PARTS and OTHER_DAY_HINT)."""

    def __init__(self, vocabulary: dict[str, int]) -> None:
        super().__init__()
        self.vocabulary = vocabulary
        self.hints: dict[str, int] = {}

    def __missing__(self, word: str) -> int:
        # A date written in the text ("28/05", "2021") is compared as a date (see _mentioned_dates), not as a word.
        stems = [] if _DATE_WORD.fullmatch(word) else stemmed_words(word)
        number = self.vocabulary.setdefault(stems[0], len(self.vocabulary)) if stems else -1
        hints = SECONDHAND_HINT if any(part in word for part in SECONDHAND_PARTS) else 0
        if word in OTHER_DAY_WORDS or word in WEEKDAY_NAMES or word in WEEKDAY_SHORT or word[:-1] in WEEKDAY_NAMES:
            hints |= OTHER_DAY_HINT
        for part, kinds in GUARD_PARTS:
            if part in word:
                hints |= kinds
        self.hints[word] = hints
        self[word] = number
        return number


class _Analyser:
    """Analyses the distinct texts of a chronology (the same contact type or phrase recurs
    thousands of times) and numbers the words it meets; the kinds of event come first, as words
    '~kind'."""

    def __init__(self, glossary: dict[str, str] | None) -> None:
        self.glossary = glossary
        self.vocabulary: dict[str, int] = {f"~{k}": n for n, k in enumerate(KINDS)}
        self.word_ids = _WordIds(self.vocabulary)

    def analyse_all(self, texts: list[str]) -> list[_Analysis]:
        """Each text's analysis. A large review's texts are analysed in two halves at once (see
        :mod:`chron_merge.halves`); the second half's words are then numbered as if one analyser had
        read every text in turn, so the outcome is the same either way."""
        half = len(texts) // 2
        (first, _), (second, words_met) = work_in_halves(self._analyse_part, texts[:half], texts[half:], len(texts))
        # (where the second half was analysed here, after the first, this numbers each word as it is)
        renumbered = [self.vocabulary.setdefault(word, len(self.vocabulary)) for word in words_met]
        for analysis in second:
            analysis.words = [renumbered[word] for word in analysis.words]
        return first + second

    def _analyse_part(self, texts: list[str]) -> tuple[list[_Analysis], list[str]]:
        """The texts' analyses, and the vocabulary they are numbered by (each word at its number)."""
        return self._analyse(texts), list(self.vocabulary)

    def _analyse(self, texts: list[str]) -> list[_Analysis]:
        word_id, hint = self.word_ids.__getitem__, self.word_ids.hints.__getitem__
        analyses = []
        for text in texts:
            # A time or a date written in the text is no word two records share (see _mentioned_dates).
            words_text = expand_abbreviations(_TIME_OR_DATE_IN_TEXT.sub(" ", text) if _DIGIT.search(text) else text,
                                              self.glossary)
            tokens = words_text.split()
            words = set(map(word_id, tokens))  # map and reduce run in C, but for a word met for the first time
            words.discard(-1)
            hints = functools.reduce(operator.or_, map(hint, tokens), 0)
            kinds = 0
            if hints & ALL_KINDS_MASK:
                found = [k for k in _bits(hints & ALL_KINDS_MASK) if KIND_PATTERNS[k].search(words_text)]
                kinds = sum(1 << k for k in found)
                words.update(found)  # a kind counts as a word in common too (its vocabulary id is its bit)
            secondhand = received = ((bool(hints & SECONDHAND_HINT) and SECONDHAND.search(words_text) is not None)
                                     or NEWS_FROM_OPENING.match(text) is not None)
            if secondhand and (visit := OWN_VISIT_AFTER_NEWS.match(text)):  # "Visit after police notification: …"
                # (is the rest of the text news?)
                secondhand = received = SECONDHAND.search(expand_abbreviations(text[visit.end():],
                                                                               self.glossary)) is not None
            if secondhand and NOT_FROM_ANOTHER_AGENCY.search(text):  # "EDT informed.", "call from a neighbour"
                received = SECONDHAND.search(expand_abbreviations(NOT_FROM_ANOTHER_AGENCY.sub(" ", text),
                                                                  self.glossary)) is not None
            if kinds & ONCE_MASK and KIND_PATTERNS[_DEATH].search(HEART_STOPPED.sub(" ", words_text)):
                kinds |= DEATH_ITSELF
            # (see _REGISTRATION; not a birth notification's "NB registered")
            registration = not secondhand and kinds >> _BIRTH & 1 and _REGISTRATION.search(text) is not None
            if registration:
                kinds &= ~(1 << _BIRTH)
                words.discard(_BIRTH)
            days_back, day_after, weekdays, festival_days = (), False, (), ()
            if hints & OTHER_DAY_HINT:
                festival_days = _festival_days(words_text)
                days_back = tuple(_days_back(m) for m in _DAYS_BACK.finditer(words_text))
                own_contact_after = OWN_CONTACT_AFTER_NAMED_DAY.match(text) is not None
                if own_contact_after:
                    days_back = ()  # (the visit is the record's own contact, not news of the day before)
                # (only of a meeting or a hearing, planned ahead: "report for the conference tomorrow";
                # not "decision to arrest tomorrow", whose day holds other news)
                day_after = bool(kinds & _PLANNED_AHEAD_MASK) and _DAY_AFTER.search(words_text) is not None
                weekdays = () if own_contact_after else tuple(
                    day for m in _WEEKDAY_NAMED.finditer(words_text)
                    for day in ((5, 6) if m["weekend"] else (WEEKDAY_SHORT[m["c"]],) if m["c"]
                                else (WEEKDAY_NAMES.index(m["a"] or m["b"] or m["d"]),)))
            analyses.append(_Analysis(list(words), kinds, secondhand, received,
                                      _mentioned_dates(text, births_too=not registration) + festival_days,
                                      days_back, day_after,
                                      weekdays, _contact_words(text)))
        return analyses


@lru_cache(maxsize=4096)  # a few masks recur on thousands of texts
def _bits(mask: int) -> tuple[int, ...]:
    """The places of a mask's set bits, lowest first: (0, 3) for 0b1001."""
    return tuple(place for place in range(mask.bit_length()) if mask >> place & 1)


def _mentioned_dates(text: str, births_too: bool = True) -> tuple[tuple[int, int, int | None], ...]:
    """The dates a text names, as (day, month, year or None); most texts name none. Not with
    ``births_too`` False, a date of birth ("born 14/01/2024", "DOB: 03/09/2019")."""
    if not _DIGIT.search(text):  # most texts name no date: one scan in C
        return ()
    found = []
    for m in _MENTIONED_DATE.finditer(text):
        if not births_too and _BIRTH_DATE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if m["d4"]:
            found.append((int(m["d4"]), 0, None))  # (month 0: the nearest month that puts it on the right side)
        elif m["d"]:
            found.append((int(m["d"]), int(m["m"]), full_year(m["y"])))
        elif m["d2"]:
            found.append((int(m["d2"]), int(m["m2"] or m["m2_short"]), None))
        else:
            found.append((int(m["d3"]), MONTHS[m["mon"].lower()], full_year(m["y3"]) if m["y3"] else None))
    return tuple(found)


def _days_back(match: re.Match[str]) -> int:
    """How many days back a match of _DAYS_BACK speaks of."""
    if match["two"]:
        return 2
    if match["days"]:
        return _NUMBER_WORDS.get(match["days"]) or int(match["days"])
    return 7 if match["week"] else 1


def _resolve_mentions(mentioned: list[tuple[int, int, int | None]], own: dt.date, days_back: tuple[int, ...] = (),
                      weekdays: tuple[int, ...] = ()) -> list[int]:
    """The days (ordinals, latest first) up to MENTIONED_DAYS_BACK before ``own`` that a
    record's texts name (``days_back``: so many days before ``own``, as "yesterday"; ``weekdays``:
    the last of each day of the week before ``own``, not ``own``'s own, which may be today); a
    date with no year is taken in the year that puts it before ``own``."""
    days = {own.toordinal() - back for back in days_back}
    days.update(own.toordinal() - (own.weekday() - weekday) % 7 for weekday in weekdays if weekday != own.weekday())
    days.update(_named_days(mentioned, own, ahead=False))
    return sorted(days, reverse=True)


def _upcoming_day(mentioned: list[tuple[int, int, int | None]], own: dt.date, day_after: bool = False) -> int:
    """The first day (ordinal) up to MENTIONED_DAYS_AHEAD after ``own`` that a record's texts
    name ("GP report completed for the conference on 03/04/2023"; ``day_after``: the day after
    ``own``, as "tomorrow"), or -1."""
    days = _named_days(mentioned, own, ahead=True) + ([own.toordinal() + 1] if day_after else [])
    return min(days, default=-1)


def _named_days(mentioned: list[tuple[int, int, int | None]], own: dt.date, ahead: bool) -> list[int]:
    """The days (ordinals) of the dates a record's texts name that fall up to MENTIONED_DAYS_AHEAD
    after ``own`` (``ahead``) or MENTIONED_DAYS_BACK before it; a date with no year is taken in
    the year that puts it on that side of ``own``."""
    step, limit = (1, MENTIONED_DAYS_AHEAD) if ahead else (-1, MENTIONED_DAYS_BACK)
    found = []
    for day, month, year in mentioned:
        if month == 0:  # a day of the month alone: the nearest such day, on whichever side it falls
            nearest = _nearest_day_of_month(day, own)
            candidates = [nearest] if nearest else []
        else:
            candidates = [(y, month) for y in ([year] if year else [own.year, own.year + step])]
        for candidate_year, candidate_month in candidates:
            try:
                when = dt.date(candidate_year, candidate_month, day)
            except ValueError:
                continue
            if 0 < (when - own).days * step <= limit:
                found.append(when.toordinal())
                break
    return found


def _nearest_day_of_month(day: int, own: dt.date) -> tuple[int, int] | None:
    """(year, month) of the day of the month nearest ``own`` ("the 28th" in a record of 2 March:
    28 February; in one of 20 March: 28 March), or None when no month near has that day."""
    found = []
    for step in (-1, 0, 1):
        index = own.year * 12 + own.month - 1 + step
        try:
            found.append(dt.date(index // 12, index % 12 + 1, day))
        except ValueError:
            continue
    if not found:
        return None
    nearest = min(found, key=lambda when: abs((when - own).days))
    return nearest.year, nearest.month


@dataclass
class _Table:
    """Every day-dated record as arrays, sorted by day (position = place in the arrays)."""

    event: np.ndarray  # position → index in the events list
    day: np.ndarray
    minutes: np.ndarray  # by the Time column; -1 when untimed
    clock: np.ndarray  # by the Time column or else the text (see _clock); -1 when neither gives one
    night: np.ndarray  # UNTIMED, LATE, EARLY or DAYTIME (see LATE_EVENING)
    mentioned: np.ndarray  # (records, 2): ordinals of up to two earlier days the record's texts name; -1 for none
    upcoming: np.ndarray  # the first later day the record's texts name (see _upcoming_day); -1 for none
    agency: np.ndarray
    kinds: np.ndarray
    secondhand: np.ndarray
    received: np.ndarray  # (see _Analysis.received)
    alone: np.ndarray  # bool: the record is its agency's one record of its day
    sent: np.ndarray  # bool: the record's details say it sent a message to someone (see _says_sent)
    one_emergency: np.ndarray  # … its one first-hand emergency attendance or admission of the day: see _one_emergency_of_day
    contact_named: np.ndarray  # (records, agencies) bool: the record is of that agency's contact (see _contact_named)
    kind_before: np.ndarray  # the day of its agency's previous first-hand record of one of its incident kinds (see
    kind_after: np.ndarray  # _same_kind_neighbours), and of the next; far off when there is none
    window: int  # days apart that linked records may be
    names: np.ndarray  # (records, agencies) bool: the record names that agency
    weight: np.ndarray  # sum of the idf of the record's compared words
    day_number: np.ndarray  # float32 days from the first, for block arithmetic
    names_any: np.ndarray  # bool: the record names at least one agency
    kind_weight: np.ndarray  # (records, kinds) float32: see _kind_weight
    chance: float  # the idf weight of words two records of a day share by chance (see _chance_weight)
    token_ptr: np.ndarray  # CSR: tokens of position i are token_ids[token_ptr[i]:token_ptr[i + 1]]
    token_ids: np.ndarray
    idf: np.ndarray  # per token id; 0 for words left out of the comparison
    vocabulary: list[str]
    _tokens: dict[int, frozenset[int]] = field(default_factory=dict)

    def tokens(self, position: int) -> frozenset[int]:
        found = self._tokens.get(position)
        if found is None:
            found = self._tokens[position] = frozenset(
                self.token_ids[self.token_ptr[position]:self.token_ptr[position + 1]].tolist())
        return found

    @cached_property
    def any_emergency(self) -> bool:
        """Whether any record is its agency's one emergency record of its day (see CONVEYED_BONUS)."""
        return bool(self.one_emergency.any())

    @cached_property
    def idf_list(self) -> list[float]:
        return self.idf.tolist()

    @cached_property
    def word_rank(self) -> list[int]:
        """Each word's place when words are listed rarest first (then alphabetically), as reasons show them."""
        idf = self.idf_list
        rank = [0] * len(idf)
        for place, word in enumerate(sorted(range(len(idf)), key=lambda w: (-idf[w], self.vocabulary[w]))):
            rank[word] = place
        return rank

    @cached_property
    def shown_words(self) -> list[bool]:
        """Whether a reason may show the word: compared (idf above 0), and no '~kind' of event."""
        return [idf > 0 and not word.startswith("~") for idf, word in zip(self.idf_list, self.vocabulary)]

    @cached_property
    def python(self) -> SimpleNamespace:
        """The per-record arrays as Python lists and sets, for scoring single pairs quickly."""
        return SimpleNamespace(day=self.day.tolist(), weight=self.weight.tolist(), kinds=self.kinds.tolist(),
                               secondhand=self.secondhand.tolist(), received=self.received.tolist(),
                               alone=self.alone.tolist(), one_emergency=self.one_emergency.tolist(), sent=self.sent.tolist(),
                               contact_named=self.contact_named.tolist(),
                               minutes=self.minutes.tolist(), clock=self.clock.tolist(),
                               night=self.night.tolist(),
                               mentioned=[tuple(days) for days in self.mentioned.tolist()],
                               upcoming=self.upcoming.tolist(),
                               agency=self.agency.tolist(),
                               names=self.names.tolist(), kind_weight=self._kinds_had(),
                               kind_before=self.kind_before.tolist(), kind_after=self.kind_after.tolist())

    def _kinds_had(self) -> list[dict[int, float]]:
        """Each record's {kind: weight} for the kinds it has (most records have none)."""
        had: list[dict[int, float]] = [{} for _ in range(len(self.day))]
        records, kinds = np.nonzero(self.kind_weight)
        for record, kind, weight in zip(records.tolist(), kinds.tolist(), self.kind_weight[records, kinds].tolist()):
            had[record][kind] = weight
        return had


def _build_table(events: list[Event], glossary: dict[str, str] | None,
                 window_days: int = DEFAULT_WINDOW_DAYS) -> _Table:
    chosen = sorted((i for i, e in enumerate(events) if e.date is not None and e.date_precision == Precision.DAY),
                    key=lambda i: (events[i].date, i))
    agency_and_sheet = [(events[i].agency, events[i].source.sheet) for i in chosen]
    organisation = {key: _organisation(*key) for key in set(agency_and_sheet)}  # a few: each worked out once
    agency_names = sorted(set(organisation.values()))
    agency_id = {key: agency_names.index(name) for key, name in organisation.items()}
    # Each record's texts as numbers of distinct texts, each analysed once.
    text_number: dict[str, int] = {}
    record_of_text: list[int] = []  # for every (record, text) in turn: the record's position …
    text_of_record: list[int] = []  # … and the text's number
    outcome_texts: list[int] = []  # … and which of those entries are a record's action or outcome
    # The service a worker's cell or a text's opening label names alone, if it does (a few distinct
    # cells: each looked at once); the text it adds, by that service and the record's agency (see
    # _source_text): the agencies' words are worked out when a record first names a service.
    named_service = functools.cache(lambda cell: _source_service(cell, glossary))
    words_of_agency = functools.cache(lambda: {name: _agency_words(name, glossary) for name in agency_names})
    source_text = functools.cache(lambda service, own: _source_text(service, own, words_of_agency(), glossary))
    words_of_names = functools.cache(lambda: [set(content_words(name, glossary)) - _GENERIC_AGENCY_STEMS
                                              for name in agency_names])
    news_from = functools.cache(lambda value: _news_from_text(value, words_of_names(), glossary))
    says_sent = functools.cache(_says_sent)  # (a text recurs on many records)
    sent_list = [bool(events[i].details) and says_sent(events[i].details) for i in chosen]  # (see _says_sent)
    for position, i in enumerate(chosen):
        event = events[i]
        contact_type = event.contact_type
        if contact_type and sent_list[position] and _MESSAGE_LABEL.match(contact_type) and _SENT.search(event.details):
            contact_type = None  # "Notification" over "notification sent to children's services": one it sent
        own = organisation[agency_and_sheet[position]]
        service = named_service(event.practitioner)
        if service is not None:  # (a few records: most name a worker or none)
            service = source_text(service, own)
        texts = ((False, event.details), (False, contact_type), (True, event.action), (False, service))
        if (event.details and (opening := _OPENING_LABEL.match(event.details))  # "Midwife: baby born …"
                and not NEWS_FROM_OPENING.match(event.details)  # ("Probation: …" is news as it is)
                and (label := named_service(opening[1])) is not None
                and (news := source_text(label, own)) != label):  # (another agency's: its news, as a Source column's)
            texts += ((False, news),)
        if event.extra:
            for header, value in event.extra.items():
                if _is_evidence_column(header):
                    texts += ((_is_outcome_column(header), value),)
                elif _header_says(_NEWS_CAME_FROM, header):  # "Referrer: Police": news from the police
                    texts += ((False, news_from(value)),)
                elif _header_says(_BOOKED_FOR, header):  # "Requester: TB nursing service": its visit
                    texts += ((False, f"seen by {value}"),)
        for is_outcome, text in texts:
            if text:
                if is_outcome:
                    outcome_texts.append(len(record_of_text))
                record_of_text.append(position)
                text_of_record.append(text_number.setdefault(text, len(text_number)))
    analyse = _Analyser(glossary)
    analyses = analyse.analyse_all(list(text_number))
    dates_named: dict[int, list[tuple[int, int, int | None]]] = {}  # by record position: most records name none
    days_back: dict[int, tuple[int, ...]] = {}
    day_after: set[int] = set()
    weekdays_named: dict[int, tuple[int, ...]] = {}
    for position, number in zip(record_of_text, text_of_record):
        if analyses[number].dates:
            dates_named.setdefault(position, []).extend(analyses[number].dates)
        if analyses[number].days_back:
            days_back[position] = days_back.get(position, ()) + analyses[number].days_back
        if analyses[number].day_after:
            day_after.add(position)
        if analyses[number].weekdays:
            weekdays_named[position] = weekdays_named.get(position, ()) + analyses[number].weekdays
    mentioned = np.full((len(chosen), 2), -1, dtype=np.int64)
    for position in dates_named.keys() | days_back.keys() | weekdays_named.keys():
        days = _resolve_mentions(dates_named.get(position, []), events[chosen[position]].date,  # type: ignore[arg-type]
                                 days_back.get(position, ()), weekdays_named.get(position, ()))[:2]
        mentioned[position, :len(days)] = days
    upcoming = np.full(len(chosen), -1, dtype=np.int64)
    for position in dates_named.keys() | day_after:
        upcoming[position] = _upcoming_day(dates_named.get(position, []), events[chosen[position]].date,  # type: ignore[arg-type]
                                           position in day_after)
    minutes = [int(events[i].time[:2]) * 60 + int(events[i].time[3:5]) if events[i].time else -1  # type: ignore[index]
               for i in chosen]
    count = len(chosen)
    token_ptr, token_ids, kinds_array, secondhand, received = _record_words(analyses, record_of_text, text_of_record,
                                                                            count, outcome_texts)
    agency = np.asarray([agency_id[key] for key in agency_and_sheet], dtype=np.int64)
    # What an agency's name, or its sheet's, says its records are (see IMPLIED_KIND): a hospital's
    # one sheet "ED and ward" (the agency is not named by it) holds emergency attendances too.
    implied_of = {key: sum(1 << KINDS.index(kind) for pattern, kind in IMPLIED_KIND
                           if pattern.search(key[0]) or (key[1] and pattern.search(key[1])))
                  for key in set(agency_and_sheet)}
    kinds_array |= np.asarray([implied_of[key] for key in agency_and_sheet], dtype=kinds_array.dtype)
    call_out_of = {key: bool(CALL_OUT_SERVICE.search(key[0]) or (key[1] and CALL_OUT_SERVICE.search(key[1])))
                   for key in implied_of}
    call_out = np.asarray([call_out_of[key] for key in agency_and_sheet], dtype=bool)
    # A hospital stay's row stands at its admission, though its text may only give the diagnosis.
    stays = [position for position, i in enumerate(chosen)
             if events[i].date_end is not None and _is_hospital_stay(events[i])]  # (most rows are of one day)
    if stays:
        kinds_array[stays] |= 1 << KINDS.index("hospital admission")
    vocabulary = analyse.vocabulary
    owner = np.repeat(np.arange(count), np.diff(token_ptr))
    words_list = list(vocabulary)
    document_frequency = np.bincount(token_ids, minlength=len(words_list))
    idf = np.log((count + 1) / (document_frequency + 0.5)).astype(np.float32)
    # A reference written in letters and figures ("WC392", a form's or a log's number) names one
    # matter: two records that share it are about the same thing, so it counts for more (REFERENCE_WEIGHT).
    references = [n for n, word in enumerate(words_list) if _REFERENCE.fullmatch(word)]
    if references:
        idf[references] *= REFERENCE_WEIGHT

    treats_drugs = _treats_drugs(owner, token_ids, agency, vocabulary, len(agency_names))
    services_within = _services_within([events[i] for i in chosen], agency)
    # The agencies' names: words of a name that records use; a record names an agency when it has
    # its service word (SERVICE_WORDS), else two of those words (all of them, if there is one).
    names = np.zeros((count, len(agency_names)), dtype=bool)
    name_word_ids = set()
    naming_words: list[set[int]] = []  # by agency: the words that name it (any one, where contact_words are)

    def hits(word_ids: set[int]) -> np.ndarray:
        """How many of these words each record's texts hold."""
        chosen_words = np.zeros(len(words_list), dtype=bool)
        chosen_words[list(word_ids)] = True
        return np.bincount(owner, weights=chosen_words[token_ids], minlength=count)

    all_texts = functools.cache(lambda: "\n".join(text_number))  # (joined once, when an acronym first needs it)
    written_in_capitals = functools.cache(lambda letters: _written_in_capitals_only(letters, all_texts()))
    spelt_out_of = [expand_abbreviations(name, glossary) for name in agency_names]  # "Westford HV team": health visiting
    name_words_of = {n: set(content_words(spelt_out)) for n, spelt_out in enumerate(spelt_out_of)}
    for n, name in enumerate(agency_names):
        spelt_out = spelt_out_of[n]
        distinctive = " ".join(w for w in spelt_out.split() if w not in GENERIC_AGENCY_WORDS)
        name_words = [w for w in content_words(distinctive) if len(w) > 2 and w in vocabulary]
        also_called = {vocabulary[w]: is_name for pattern, words, is_name in IMPLIED_NAME
                       if pattern.search(name) or pattern.search(spelt_out)
                       for w in content_words(words, glossary) if w in vocabulary}  # (see IMPLIED_NAME)
        # Words of the name no record uses still count towards the two needed ("Riverside Homes" is
        # not named by "home" alone), but for an acronym ("BCPFT addiction services"): records call
        # an agency by what it does, not by its trust's initials.
        acronyms = {w.casefold() for w in re.findall(r"\b[A-Z]{2,}\b", name)}
        unused = {w for w in content_words(distinctive) if len(w) > 2 and w not in vocabulary and w not in acronyms}
        wanted = {vocabulary[w] for w in name_words}
        implied = {w for pattern, word in IMPLIED_SERVICE if pattern.search(name) or pattern.search(spelt_out)
                   for w in content_words(word)}
        if not implied and not any(w in SERVICE_WORDS for w in name_words) and treats_drugs[n]:
            implied = set(content_words("drugservice"))
        # (a school nursing or school health service is no school: "the school" alone does not name it)
        school_health = _SCHOOL_HEALTH.search(name) is not None
        service = {vocabulary[w] for w in [*name_words, *implied] if w in SERVICE_WORDS and w in vocabulary
                   and not (school_health and w in _SCHOOL_WORDS)}
        # Its initials as others write them ("RSH" for Royal Shrewsbury Hospital), for a name of
        # three words or more: one is enough, as a service word is ("HV" or "SW" are no initials of a name).
        for letters in _name_initials(name.split(" – ")[0]):
            service |= {vocabulary[w] for w in stemmed_words(letters.casefold()) if w in vocabulary}
        service |= {vocabulary[w] for w in _short_initials(name, glossary) if w in vocabulary}
        # Its own acronym, which no glossary spells out, is its name on its own: "his CGL appointment"
        # names "CGL drug service" (not a name written all in capitals, whose every word looks like one).
        # So is one that reads as a word but that records write only in capitals ("notified to UKHSA"
        # names "UKHSA Health Protection Team", "letter from the FA" names "FA Safeguarding"; "no hope of
        # change" does not name "HOPE Project").
        if name != name.upper():
            service |= {vocabulary[w] for letters in acronyms
                        if _is_no_word(letters) or (letters not in _NO_ACRONYMS and written_in_capitals(letters))
                        for w in content_words(letters) if w in vocabulary}
        written_service = any(w in SERVICE_WORDS for w in name_words)
        name_word_ids |= wanted | service | {w for w, is_name in also_called.items() if is_name}
        naming_words.append(wanted | service | also_called.keys())
        if service:  # its service word: "the police", "the hospital" (for "RWT – Maternity")
            names[:, n] = hits(service) >= 1
        if wanted or also_called:  # or two words of its name: "Oakfield Primary"; one when it has one
            # With its service word in the name, the rest alone ("Northshire" of Northshire Police) is no name.
            needed = 2 if written_service else min(2, len(wanted) + len(unused) + len(also_called))
            names[:, n] |= hits(wanted | also_called.keys()) >= needed
            # … but a place people live in or go to is called by its own name alone ("visit to Meadowbank"
            # for Meadowbank Nursing Home, "back to Riverside"), when that one word is no other agency's.
            all_words = [w for w in content_words(distinctive) if len(w) > 2]
            own = [w for w in all_words if w not in SERVICE_WORDS]
            if (len(own) == 1 and own[0] in vocabulary and any(w in _PREMISES_WORDS for w in all_words)
                    and not any(own[0] in words for other, words in name_words_of.items() if other != n)):
                names[:, n] |= hits({vocabulary[own[0]]}) >= 1
        for service_name in services_within.get(n, ()):
            # One of its services named as others call it: "HV" (a health visitor) or "school nurse" for a
            # trust's "Health Visiting" or "School Nursing"; two of its words, so "the school" is not one.
            spelt_out = expand_abbreviations(service_name, glossary)
            words = {vocabulary[w] for w in content_words(spelt_out) if w in vocabulary and w not in GENERIC_AGENCY_WORDS}
            words |= {vocabulary[w] for pattern, implied_words, _ in IMPLIED_NAME if pattern.search(spelt_out)
                      for w in content_words(implied_words, glossary) if w in vocabulary}
            if words:
                names[:, n] |= hits(words) >= min(2, len(words))
                name_word_ids |= words
                naming_words[n] |= words
    left_out = name_word_ids | {vocabulary[w] for w in MESSAGE_WORDS if w in vocabulary}
    if left_out:
        idf[list(left_out)] = 0.0
    weight = np.bincount(owner, weights=idf[token_ids], minlength=count).astype(np.float32)
    day = np.asarray([events[i].date.toordinal() for i in chosen], dtype=np.int64)  # type: ignore[union-attr]
    names[np.arange(count), agency] = False  # a social worker's record saying "SW" names no other agency
    contact_named = _contact_named(analyses, record_of_text, text_of_record, agency, names, naming_words,
                                   vocabulary, glossary)
    clock, in_the_night = _clock([events[i] for i in chosen], minutes)
    kind_before, kind_after = _same_kind_neighbours(day, agency, kinds_array, received)
    return _Table(
        event=np.asarray(chosen, dtype=np.int64),
        day=day, day_number=(day - day.min(initial=0)).astype(np.float32), names_any=names.any(axis=1),
        minutes=np.asarray(minutes, dtype=np.int64), clock=clock, night=_night(clock, in_the_night),
        mentioned=mentioned, upcoming=upcoming, agency=agency, kinds=kinds_array,
        kind_weight=_kind_weight(day, agency, kinds_array, len(agency_names)), chance=_chance_weight(day),
        secondhand=secondhand, received=received, alone=_alone(day, agency),
        one_emergency=_one_emergency_of_day(day, agency, kinds_array, received, call_out),
        sent=np.asarray(sent_list, dtype=bool),
        contact_named=contact_named, names=names,
        weight=weight,
        kind_before=kind_before, kind_after=kind_after, window=window_days,
        token_ptr=token_ptr,
        token_ids=token_ids, idf=idf, vocabulary=words_list)


def _contact_named(analyses: list[_Analysis], record_of_text: list[int], text_of_record: list[int],
                   agency: np.ndarray, names: np.ndarray, naming_words: list[set[int]], vocabulary: dict[str, int],
                   glossary: dict[str, str] | None) -> np.ndarray:
    """(records, agencies) bool: the record is of that agency's contact with the person (see
    OTHERS_CONTACT_BONUS), naming it where it says whose contact it was, and naming it in full
    (``names``): "Seen by CAMHS liaison"; not "Seen by DSL" in a school's record (its own
    designated safeguarding lead, whatever else the record names)."""
    contact_named = np.zeros_like(names)
    said_in: dict[int, set[int]] = {}  # by text number: the words' ids (a text recurs on many records)
    for position, number in zip(record_of_text, text_of_record):
        if analyses[number].contact_words:
            said = said_in.get(number)
            if said is None:
                said = said_in[number] = {vocabulary[w] for w in content_words(analyses[number].contact_words, glossary)
                                          if w in vocabulary}
            if not said.isdisjoint(naming_words[agency[position]]):
                continue  # its own agency's contact
            for other, words in enumerate(naming_words):
                if not said.isdisjoint(words):
                    contact_named[position, other] = True
    return contact_named & names


# A column naming whom an entry's news came from, kept in ``extra`` ("Referrer" in a LADO's log,
# "Referred by", "Source of referral"): when it names a service (_source_service), the entry is read
# as a referral from it, as "referral from the police" in the text would be.
_NEWS_CAME_FROM = re.compile(r"(?i)\b(?:referrer|referred by|referring|referral source|"
                             r"source of (?:referral|contact|concern)|received from|reported by|notified by|informant)\b")


@lru_cache(maxsize=1024)
def _header_says(pattern: re.Pattern[str], header: str) -> bool:
    """Whether a column's header is one ``pattern`` describes (_NEWS_CAME_FROM, _BOOKED_FOR): a few
    headers, asked of every record."""
    return pattern.search(header) is not None


# A column naming whose contact a booking was for, kept in ``extra`` (an interpreting service's
# "Requester", a transport service's "Booked by"): the entry is of that agency's contact with the
# person (see OTHERS_CONTACT_BONUS), as "seen by the TB nurses" in the text would say.
_BOOKED_FOR = re.compile(r"(?i)\b(?:requester|requested by|requesting (?:agency|service|team|professional)|booked by|"
                         r"booking (?:agency|service|team)|on behalf of)\b")


# What others call an agency, written alone: "local authority" for social care (see IMPLIED_NAME); or
# two words of it, the first the word of the agency's name that says what it is: "Fire service", "Fire brigade".
_CALLED_NAMES = ({tuple(content_words(words)) for _, words, is_name in IMPLIED_NAME if is_name}
                 | {tuple(content_words(f"{first} {second}")) for pattern, words, _ in IMPLIED_NAME
                    for first, second in itertools.permutations(words.split(), 2) if pattern.search(first)})


# A text opening with a label and a colon: "Midwife: baby born this morning", "School nurse: met Lily".
# When the label names another agency's service alone, the text is that agency's news, as a Source
# column naming it says (see _source_text); its own worker's ("School nurse:" in school nursing's
# return) is no news.
_OPENING_LABEL = re.compile(r"^\s*([A-Za-z][\w'’&/ -]{0,30}?)\s*:\s")


def _source_service(practitioner: str | None, glossary: dict[str, str] | None) -> str | None:
    """The practitioner cell when it names a service and nothing else ("Police", "School", "Ambulance"),
    or what others call one ("Local authority", "District nurse": see IMPLIED_NAME), as social care's
    chronologies and a regulator's log keep where each entry's news came from in a "Source" column:
    read with the record's texts, it names that agency, as "from the police" in the text would. Not a
    worker ("SW Obi")."""
    if not practitioner or len(practitioner) > 40:
        return None
    words = content_words(expand_abbreviations(practitioner, glossary))
    return (practitioner if words and (all(word in SERVICE_WORDS for word in words) or tuple(words) in _CALLED_NAMES)
            else None)


def _news_from_text(value: str, words_of_names: list[set[str]], glossary: dict[str, str] | None) -> str | None:
    """What a referrer's cell adds to a record's texts when it names a service, as the practitioner
    cell may (see :func:`_source_service`), or is (part of) another agency's name and nothing else
    (adult social care's "Source of referral: Bank" beside the return "Northern Bank"): "referral
    from Police". Nothing for a person ("Mum", "Neighbour"). (An agency's name is not asked of the
    practitioner cell, where a worker's role may be a word of one: the sexual health clinic's
    "Nurse" is no news from "School nursing".)"""
    words = set(content_words(value, glossary)) - _GENERIC_AGENCY_STEMS
    # (and the referrer's role there: "Ashworth College DSL", "Brookfield School DSL" for Brookfield Special School)
    named = words - _REFERRER_ROLE_WORDS
    names_an_agency = len(value) <= 40 and bool(named) and any(named <= name for name in words_of_names)
    return f"referral from {value}" if _source_service(value, glossary) or names_an_agency else None


_REFERRER_ROLE_WORDS = frozenset(content_words("designated safeguarding lead deputy head headteacher teacher manager "
                                               "nurse officer worker social duty senco"))


def _source_text(service: str, own: str, words_of_agency: dict[str, set[str]], glossary: dict[str, str] | None) -> str:
    """What a record's practitioner cell naming a service alone (see :func:`_source_service`) adds
    to its texts: the service, and, when it is another agency of the review's (a word of that
    agency's name, or of what others call it, and none of the record's own), as news from it
    ("information from Fire service"). Adult social care's "Source: Fire service" beside
    "Safeguarding concern: kitchen fire at the flat" is the fire service's news, as "Fire service:
    …" opening the text would be; the police's own "Source: Police", a dental service's "Dentist"
    or social care's "Front door" is no news."""
    words = set(content_words(service, glossary)) - _GENERIC_AGENCY_STEMS
    if words & words_of_agency[own] or not any(words & others for name, others in words_of_agency.items()
                                               if name != own):
        return service
    return f"information from {service}"


_GENERIC_AGENCY_STEMS = set(content_words(" ".join(GENERIC_AGENCY_WORDS)))


def _agency_words(name: str, glossary: dict[str, str] | None) -> set[str]:
    """The words of an agency's name, and of what others call it (IMPLIED_NAME), but for words
    common to agency names ("service", "team")."""
    implied = " ".join(words for pattern, words, _ in IMPLIED_NAME if pattern.search(name))
    return set(content_words(f"{name} {implied}", glossary)) - _GENERIC_AGENCY_STEMS


# A contact type naming a message and no more ("Notification", "Letter"), which the details may say
# was sent (not received): it says nothing of who told whom.
_MESSAGE_LABEL = re.compile(r"(?i)^\s*(?:notification|letter|e-?mail|referral|information|info|message|"
                            r"correspondence|report)s?\s*$")
_SENT = re.compile(r"(?i)\b(?:sent|made|submitted|emailed|e-mailed|faxed|posted|forwarded|raised|completed|written)"
                   r"\s+to\b|"
                   # … or opens with whom it went to: "Email to Private Sector Housing: …", "Referral to CAMHS"
                   r"^\W*(?:e-?mail|letter|message|fax|text|referral|notification|report)s?\s+to\b")
# … or a sentence of it does ("Mum phoned; letter to the GP"): a message it sent besides (see
# REFERRAL_PASSED_BONUS), which leaves a contact type of "Referral" what the record is.
_SENT_TOO = re.compile(r"(?i)[.;:]\s+(?:e-?mail|letter|message|fax|text|referral|notification|report)s?\s+to\b")


def _says_sent(details: str) -> bool:
    """Whether a record's details say it sent a message to someone (see _SENT, _SENT_TOO). (Most have no " to ".)"""
    return ((" to " in details or " To " in details or " TO " in details)
            and (_SENT.search(details) is not None or _SENT_TOO.search(details) is not None))


# A column beside the details that also tells what happened, kept in ``extra`` ("Presenting
# complaint" beside an emergency department's "Notes", "Diagnosis", "Reason for visit", a GP's
# "Problem", or where it happened): its words are evidence for linking too.
_TELLS_WHAT_HAPPENED = re.compile(r"(?i)\b(?:presenting|complaint|diagnosis|reason|summary|description|narrative|"
                                  r"circumstances|concerns?|what happened|"
                                  # a GP record's "Problem" heading ("Discharge summary"), a letter's "Subject"
                                  r"problem|subject|title|topic|"
                                  # what a session or a visit was for: early help's "Focus", "Purpose of visit"
                                  r"focus|purpose|aim|"
                                  # a trauma centre's "Mechanism of injury" and "Injuries"
                                  r"mechanism|injury|injuries|"
                                  # where it happened: a council's "Site" for an encampment, "Location" of an incident
                                  r"site|location|venue|place of \w+)\b")

# An outcome kept beside the action ("Presenting issue | Action | Outcome"): evidence as the action
# is, and, as the action, what was done next, not what happened ("Outcome: referral to CSC").
_TELLS_THE_OUTCOME = re.compile(r"(?i)\b(?:outcomes?|results?)\b")


@lru_cache(maxsize=1024)
def _is_outcome_column(header: str) -> bool:
    return _TELLS_THE_OUTCOME.search(header) is not None


@lru_cache(maxsize=1024)
def _is_evidence_column(header: str) -> bool:
    """Whether a column kept in ``extra`` holds evidence too: it tells what happened
    (_TELLS_WHAT_HAPPENED) or what came of it (_is_outcome_column), or it names other agencies,
    as a meeting's "Attendees" or "Agencies present" do (the reader's NOT_AGENCY): the agencies it
    names are named by the record, each of which may have recorded the meeting too. (Once per
    header: a large review repeats a few.) Not a referrer's column, which NOT_AGENCY names too: its
    agency is whom the news came from (see _NEWS_CAME_FROM)."""
    return (_TELLS_WHAT_HAPPENED.search(header) is not None
            or (NOT_AGENCY.search(normalise_header(header)) is not None and not _header_says(_NEWS_CAME_FROM, header))
            or _is_outcome_column(header))



# The word that says what kind of place an agency is, which ends the part of its name others
# abbreviate: "Birmingham Children's Hospital Neurology" is BCH to the GP.
_PLACE_NAME_END = re.compile(r"(?i)^.*?\b(?:hospitals?|infirmary|trust|council|college|academy|school|practice|surgery|"
                             r"centre|center)\b")


def _name_initials(name: str) -> set[str]:
    """The initials others may write for an agency's name of three words or more: of the whole
    name, and of the name up to its place word ('BCH' for Birmingham Children's Hospital Neurology)."""
    found = set()
    for part in (name, m.group(0) if (m := _PLACE_NAME_END.match(name)) else ""):
        letters = initials(part)
        if len(letters) >= 3 and letters.isalpha():
            found.add(letters)
    return found


# The service words of places people live in or go to, which others call by their own names.
_PREMISES_WORDS = frozenset(content_words("carehome hostel refuge nursery school academy college"))


# Capital letters in a name that name no one agency.
_NO_ACRONYMS = frozenset("nhs ltd plc cic llp gov".split())


def _is_no_word(letters: str) -> bool:
    """Whether an acronym (lower case) can be no ordinary word that records use: 'cgl', 'rwt' or
    'nelft' but not 'ace', 'hope' or 'star' ("HOPE Project" is not named by "no hope of change")."""
    vowels = sum(letter in "aeiou" for letter in letters)
    return (len(letters) >= 3 and letters not in _NO_ACRONYMS
            and (vowels == 0 or (len(letters) >= 5 and vowels <= 1)))


def _written_in_capitals_only(letters: str, texts: str) -> bool:
    """Whether ``texts`` (the records' texts, joined) write the acronym ``letters`` (lower case) in
    capitals, and never otherwise: an agency's name to those who write it ("UKHSA"), not a word ("hope")."""
    in_capitals = False
    for match in re.finditer(rf"(?i)\b{re.escape(letters)}\b", texts):
        if not match[0].isupper():
            return False
        in_capitals = True
    return in_capitals


# Two-letter words that are no one's initials.
_TWO_LETTER_WORDS = frozenset("am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we "
                               "lb kg mg ml cm mm pm".split())  # (and units)


# Words of a name that say what kind of place it is, which its initials would not stand for
# ("WS" is not Werneth Surgery, "SH" not Royal Shrewsbury Hospital).
_PLACE_WORDS = frozenset("surgery practice centre center ward unit trust council ltd limited clinic medical health "
                         "house home group partnership".split())


def _short_initials(name: str, glossary: dict[str, str] | None) -> set[str]:
    """Two-letter initials others write for what an agency is: 'AP' for Approved Premises, or for
    Bridge Alternative Provision (two words after its first), when both words say what it is
    (not a service word, 'Police', 'School', nor 'Surgery' or 'Service'), and the letters are
    no word or shorthand of their own."""
    words = name.split(" – ")[0].split()
    short = set()
    for part in (words, words[1:]):
        if len(part) != 2 or not all(w.isalpha() and w[0].isupper() and not w.isupper() for w in part):
            continue
        folded = [w.casefold() for w in part]
        if any(w in GENERIC_AGENCY_WORDS or w in _PLACE_WORDS or w in SERVICE_WORDS
               or any(stem in SERVICE_WORDS for stem in content_words(w)) for w in folded):
            continue
        letters = initials(" ".join(part)).casefold()
        if len(letters) == 2 and letters not in _TWO_LETTER_WORDS and letters not in (glossary or GLOSSARY):
            short.add(letters)
    return short


# A school nurse's or school health team's name holds "school" without being a school's.
_SCHOOL_HEALTH = re.compile(r"(?i)\bschool (?:nurs\w*|health)\b")
_SCHOOL_WORDS = frozenset(content_words("school"))


# A column naming the service or team within the agency that made each entry (a health trust's
# "Service": "Health Visiting", "School Nursing"): a few names, each of many entries.
_SERVICE_COLUMN = re.compile(r"(?i)^\s*(?:services?|teams?|departments?|directorates?|units?|specialt(?:y|ies)|"
                             r"specialit(?:y|ies)|settings?)\s*$")
MAX_SERVICES = 12


def _services_within(records: list[Event], agency: np.ndarray) -> dict[int, list[str]]:
    """By agency number, the services of a column naming each entry's service or team, if it has one."""
    found: dict[int, set[str]] = {}
    for record, number in zip(records, agency.tolist()):
        if record.extra:
            for header, value in record.extra.items():
                if _SERVICE_COLUMN.match(header) and value.strip():
                    found.setdefault(number, set()).add(value.strip())
    return {number: sorted(names) for number, names in found.items() if len(names) <= MAX_SERVICES}


# A sheet of a workbook kept for one person (PERSON_LABEL: "Mother", "Child A"): its records and the
# other sheets' are one agency's (a group holds one record of an agency, and records of one agency
# are not linked to each other); a sheet for a service ("Maternity", "Health Visiting") is its own.
def _organisation(agency: str, sheet: str | None) -> str:
    """The agency a record is of, for linking: its sheet's name left off when the sheet is a person's."""
    if sheet and PERSON_LABEL.search(sheet) and agency.endswith(suffix := f" – {sheet}"):
        return agency[:-len(suffix)]
    return agency


def _treats_drugs(owner: np.ndarray, token_ids: np.ndarray, agency: np.ndarray, vocabulary: dict[str, int],
                  agencies: int) -> np.ndarray:
    """For each agency, whether its records speak of drug treatment often enough to be a drug
    service (see DRUG_TREATMENT_WORDS)."""
    treatment = [vocabulary[w] for w in content_words(DRUG_TREATMENT_WORDS) if w in vocabulary]
    if not treatment:
        return np.zeros(agencies, dtype=bool)
    is_treatment = np.zeros(len(vocabulary), dtype=bool)
    is_treatment[treatment] = True
    speaks = np.bincount(owner, weights=is_treatment[token_ids], minlength=len(agency)) > 0
    records = np.bincount(agency, minlength=agencies)
    share = np.bincount(agency, weights=speaks, minlength=agencies) / np.maximum(records, 1)
    return (share >= DRUG_TREATMENT_SHARE) & (records >= DRUG_TREATMENT_RECORDS)


def _alone(day: np.ndarray, agency: np.ndarray) -> np.ndarray:
    """Whether each record is its agency's one record of its day."""
    _, which, count = np.unique(day * (int(agency.max(initial=0)) + 1) + agency, return_inverse=True,
                                return_counts=True)
    return count[which] == 1


def _one_emergency_of_day(day: np.ndarray, agency: np.ndarray, kinds: np.ndarray, received: np.ndarray,
                          call_out: np.ndarray) -> np.ndarray:
    """For each record, ONE_EMERGENCY where it is its agency's one first-hand record (not of another
    agency's news; "Police informed" is no news) of an emergency attendance or a hospital admission
    of its day (a hospital's clinic letter the same day leaves its one admission that), ONE_CALL_OUT
    where it is also a call-out service's (``call_out``: see CALL_OUT_SERVICE), else NO_EMERGENCY
    (see CONVEYED_BONUS)."""
    one = np.full(len(day), NO_EMERGENCY, dtype=np.int8)
    emergency = np.flatnonzero(((kinds & EMERGENCY_MASK) != 0) & ~received)
    if emergency.size:
        alone = _alone(day[emergency], agency[emergency])
        one[emergency[alone]] = np.where(call_out[emergency[alone]], ONE_CALL_OUT, ONE_EMERGENCY)
    return one


FAR_OFF = 10**8  # a day further than any window from every record's


def _same_kind_neighbours(day: np.ndarray, agency: np.ndarray, kinds: np.ndarray,
                          received: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each record, the day of its agency's previous first-hand record (not of another's news)
    sharing one of its incident kinds (NOTIFIED_INCIDENT_MASK), and of the next: -FAR_OFF and
    FAR_OFF when there is none. Records are in day order."""
    before = np.full(len(day), -FAR_OFF, dtype=np.int64)
    after = np.full(len(day), FAR_OFF, dtype=np.int64)
    for kind in _bits(NOTIFIED_INCIDENT_MASK):
        having = np.flatnonzero(((kinds >> kind) & 1).astype(bool) & ~received)
        if having.size < 2:
            continue
        having = having[np.argsort(agency[having], kind="stable")]  # by agency, then day
        same_agency = agency[having][1:] == agency[having][:-1]
        np.maximum.at(before, having[1:], np.where(same_agency, day[having][:-1], -FAR_OFF))
        np.minimum.at(after, having[:-1], np.where(same_agency, day[having][1:], FAR_OFF))
    return before, after


def _clock(events: list[Event], minutes: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Each record's time of day in minutes by its Time column, or else the first time its text
    gives ("999 call 23:12", "Police brought A home at 18:00"); -1 when neither gives one. And
    whether a record's text puts what happened in the night (_IN_THE_NIGHT), whatever time it or
    its text gives: "missing overnight, returned 09:00" and the ward's call at 10:15, "admitted
    overnight", are of the night; the time is of a later step."""
    clock = np.asarray(minutes, dtype=np.int64)
    in_the_night = np.zeros(len(minutes), dtype=bool)
    for position, (event, minute) in enumerate(zip(events, minutes)):
        if not event.details:
            continue
        if minute < 0 and (":" in event.details or "hr" in event.details) and (m := _CLOCK_IN_TEXT.search(event.details)):
            clock[position] = int(m["h"] or m["h2"]) * 60 + int(m["m"] or m["m2"])
        if ("night" in event.details or "early hours" in event.details) and _IN_THE_NIGHT.search(event.details):
            in_the_night[position] = True
    return clock, in_the_night


def _night(clock: np.ndarray, in_the_night: np.ndarray) -> np.ndarray:
    """Each record's night code by its time of day (see _clock): LATE from LATE_EVENING, EARLY
    before EARLY_MORNING (or in the night by its text, unless its time is late in the evening),
    DAYTIME, or UNTIMED."""
    return np.select([clock >= LATE_EVENING, ((clock >= 0) & (clock < EARLY_MORNING)) | in_the_night, clock >= 0],
                     [LATE, EARLY, DAYTIME], UNTIMED).astype(np.int8)


def _record_words(analyses: list[_Analysis], record_of_text: list[int], text_of_record: list[int],
                  count: int, outcome_texts: list[int] | None = None) -> tuple[np.ndarray, ...]:
    """Each record's words (the union of its texts' words, as CSR arrays sorted by record), kinds,
    and second-hand and received flags, put together from its texts' analyses with numpy.

    ``outcome_texts``: the entries (places in record_of_text) that are a record's action or
    outcome. A meeting named there ("Outcome: Strategy discussion", "Refer to MARAC") is the next
    step, a later event: its kind (and the kind's word) is left out of the record's."""
    text_length = np.asarray([len(a.words) for a in analyses], dtype=np.int64)
    text_start = np.concatenate(([0], np.cumsum(text_length)))
    text_words = np.asarray([w for a in analyses for w in a.words], dtype=np.int64)
    record = np.asarray(record_of_text, dtype=np.int64)
    text = np.asarray(text_of_record, dtype=np.int64)
    lengths = text_length[text]
    # Where each of the texts' words sits in text_words: its text's start plus its place in the text.
    offset_in_text = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    words = text_words[np.repeat(text_start[text], lengths) + offset_in_text]
    entry_kinds = np.asarray([a.kinds for a in analyses], dtype=np.int64)[text]
    if outcome_texts:
        entry_kinds[outcome_texts] &= ~SHARED_MASK
        # (a kind's word is its bit's number: see _Analyser.analyse_all)
        of_outcome = np.repeat(np.isin(np.arange(len(text)), outcome_texts), lengths)
        meeting_word = (words < len(KINDS)) & ((SHARED_MASK >> np.minimum(words, 62)) & 1).astype(bool)
        keep = ~(of_outcome & meeting_word)
        words, record_words = words[keep], np.repeat(record, lengths)[keep]
    else:
        record_words = np.repeat(record, lengths)
    vocabulary_size = int(text_words.max()) + 1 if text_words.size else 1
    keys = np.sort(record_words * vocabulary_size + words)
    keys = keys[np.concatenate((keys[:1] == keys[:1], keys[1:] != keys[:-1]))]  # each word once per record
    # (np.unique does the same, slower)
    token_ptr = np.searchsorted(keys // vocabulary_size, np.arange(count + 1))
    kinds = np.zeros(count, dtype=np.int64)
    np.bitwise_or.at(kinds, record, entry_kinds)
    secondhand, received = np.zeros(count, dtype=bool), np.zeros(count, dtype=bool)
    secondhand[record[np.asarray([a.secondhand for a in analyses], dtype=bool)[text]]] = True
    received[record[np.asarray([a.received for a in analyses], dtype=bool)[text]]] = True
    return token_ptr.astype(np.int64), keys % vocabulary_size, kinds, secondhand, received


def _span_days(day: np.ndarray) -> int:
    """Days from the first record to the last, both counted (1 when there are none)."""
    return int(day.max() - day.min() + 1) if day.size else 1


def _chance_weight(day: np.ndarray) -> float:
    """The idf weight of words two records of one day share by chance: none in a chronology with
    a record every few days; log(records a day) where there are many, since a set of words of
    total idf w occurs in a share e^-w of records, so once in e^w."""
    return max(0.0, float(np.log(day.size / _span_days(day)))) if day.size else 0.0


def _kind_weight(day: np.ndarray, agency: np.ndarray, kinds: np.ndarray, agencies: int) -> np.ndarray:
    """(records, kinds): for each kind of event a record has, the square root of its agency's
    strength for that kind, so that a pair's product is the two strengths' geometric mean.

    Strength, 0-1: how much two records sharing a kind of event says, by how often the agency
    records that kind. Two agencies that each record a Child in Need meeting every six
    weeks and both do so on one day almost surely record one meeting; in a chronology where an
    agency records one most days, a same-day pair is as likely chance. The evidence is
    -log(rate) for the rate of days (of the whole chronology's span) on which the agency records
    the kind, counted in full from KIND_RATE_FULL down. The day of the record being linked is
    left out of the count: an agency that records a kind once has no chance coincidences."""
    span = _span_days(day)
    weight = np.zeros((len(kinds), len(KINDS)), dtype=np.float32)
    for k in range(len(KINDS)):
        having = np.flatnonzero((kinds >> k) & 1)
        if not having.size:
            continue
        agency_days = np.unique(agency[having] * (span + 1) + (day[having] - day.min()))
        other_days = np.maximum(np.bincount(agency_days // (span + 1), minlength=agencies) - 1, 0)
        rate = other_days / span
        with np.errstate(divide="ignore"):
            strength = np.clip(np.log(np.maximum(rate, 1e-12)) / np.log(KIND_RATE_FULL), 0.0, 1.0)
        # Filled kind by kind, for the records that have it: no (records, kinds) temporaries.
        weight[having, k] = np.sqrt(strength.astype(np.float32))[agency[having]]
    return weight


class _NumpyOps:
    """Array arithmetic for scoring a block of pairs at once."""

    where, minimum, maximum, abs, clip, logical_not = (np.where, np.minimum, np.maximum, np.abs, np.clip,
                                                       np.logical_not)


class _ScalarOps:
    """The same operations on plain numbers, for scoring one pair without numpy's per-call cost."""

    @staticmethod
    def where(condition: Any, a: Any, b: Any) -> Any:
        return a if condition else b

    minimum, maximum, abs = min, max, abs

    @staticmethod
    def clip(value: float, low: float, high: float) -> float:
        return min(max(value, low), high)

    @staticmethod
    def logical_not(value: Any) -> bool:
        return not value


def _combine(ops: Any, day: tuple, weight: tuple, kinds: tuple, secondhand: tuple, minutes: tuple, clock: tuple,
             night: tuple,
             mentions: tuple, shared: Any, kind_evidence: tuple, chance: float, date_named: Any,
             names_a_day: tuple, received: tuple, alone: tuple, sole: Any, contact_named: tuple,
             one_emergency: tuple | None, sent: tuple) -> dict[str, Any]:
    """The one scoring formula, for arrays of pairs (``_NumpyOps``) or a single pair (``_ScalarOps``).

    Each tuple holds the attribute of the first and of the second record of the pair(s);
    ``shared`` is the idf weight of the words they share, of which ``chance`` is what two
    records of a day share by chance (:func:`_chance_weight`): words count beyond it, as a share
    of the shorter text's and in full from ENOUGH_SHARED_WEIGHT. ``kind_evidence``: how much
    their shared and incident kinds in common say (0-1, from :func:`_kind_evidence`);
    ``date_named``: one record's text names the other's day (or both the same earlier day);
    ``received``: the record is of another agency's news; ``alone``: it is its agency's one record of its day;
    ``names_a_day``: each record's text names some earlier day; ``sole``: the earlier record is its
    agency's one first-hand record of its incident kinds in the window up to the later (see
    :func:`_sole_record`); ``contact_named``: the record is of the other record's agency's contact
    with the person (see OTHERS_CONTACT_BONUS); ``one_emergency``: it is its agency's one first-hand
    emergency attendance or admission of its day, a call-out service's or not (see _one_emergency_of_day);
    ``sent``: its details say it sent a message to someone (see _says_sent). Returns the score and its parts.
    """
    gap = ops.abs(day[0] - day[1])
    # The same night across midnight: the later record in the early hours, the earlier late or untimed.
    overnight = (gap == 1) & ops.where(day[0] < day[1], (night[1] == EARLY) & ((night[0] == LATE) | (night[0] == UNTIMED)),
                                       (night[0] == EARLY) & ((night[1] == LATE) | (night[1] == UNTIMED)))
    days = gap - overnight  # days apart, as what happened counts them
    beyond_chance = ops.maximum(shared - chance, 0.0)
    room = ops.minimum(weight[0], weight[1]) - chance
    overlap = ops.where(room > 0, ops.minimum(beyond_chance / ops.maximum(room, 1e-9), 1.0), 0.0)
    overlap = overlap * ops.minimum(beyond_chance / ENOUGH_SHARED_WEIGHT, 1.0)
    common_kinds = kinds[0] & kinds[1]
    shared_strength, incident_strength = kind_evidence
    shared_kind = (shared_strength > 0) & (days == 0)
    later_secondhand = ops.where(day[0] >= day[1], secondhand[0], secondhand[1])
    # A shared event others hear of later (a death notified, a conference's minutes received) is an incident to them.
    told_later = (days > 0) & (later_secondhand | date_named)
    # The later record is of a contact of its own the earlier is not, and no record of being told
    # (see OWN_CONTACT_MASK): naming the earlier day makes it no news of it.
    later_kinds, earlier_kinds = ops.where(day[0] >= day[1], kinds[0], kinds[1]), ops.where(day[0] >= day[1], kinds[1], kinds[0])
    own_contact_about = ops.logical_not(later_secondhand) & ((later_kinds & ~earlier_kinds & OWN_CONTACT_MASK) != 0)
    incident = ops.where(shared_kind, 0.0, ops.minimum(incident_strength + ops.where(told_later, shared_strength, 0.0),
                                                       INCIDENTS_IN_COMMON_CAP))
    lag_allowed = later_secondhand
    # "PPN received from police", "Encompass notification (police)": a record of being told of the
    # other's incident by that agency, on its day or up to NOTIFIED_WITHIN_DAYS later.
    # Later than that only when it names the other's day; never when it names another day ("re incident on 01/04").
    # Of two records of one day, the "later" is the one told of the other's news (either, or both,
    # may be): taking the pair's first instead made the score depend on the order of the returns.
    told = (secondhand[0] & mentions[0], secondhand[1] & mentions[1])
    later_names_a_day = ops.where(day[0] > day[1], names_a_day[0],
                                  ops.where(day[1] > day[0], names_a_day[1],
                                            (told[0] & names_a_day[0]) | (told[1] & names_a_day[1])))
    # A death happens once: news of one days later, from whoever sent it ("notification of
    # infant death received", a CDOP notification), is news of the one another agency recorded, as if it
    # named its day (not when it names another day).
    # (Not news of a death heard a day after another agency's news of the arrest before it: "Police:
    # Freya in cardiac arrest" on the 8th is no record of the death the police hear of on the 9th.)
    earlier_received = ops.where(day[0] >= day[1], received[1], received[0])
    # (Of a record of the death itself: not of the ambulance's "in cardiac arrest" four days before
    # the death in intensive care.)
    once_told = (later_secondhand & (days > 0) & ((common_kinds & ONCE_MASK) != 0) & (incident > 0)
                 & ((earlier_kinds & DEATH_ITSELF) != 0)
                 & ops.logical_not(later_names_a_day) & ops.logical_not(earlier_received))
    date_named = date_named | once_told
    # Offices read what came in over a weekend on the Monday: a lag is counted in working days.
    working_days = ops.abs(_weekdays_through(ops, day[0]) - _weekdays_through(ops, day[1]))
    # An incident (not a referral, which is itself the message: discussed one day, sent the next) whose
    # record names the agency told, told of by that agency: a notification however late in the window
    # (the police's notification of a domestic incident that the GP files a week later).
    named_incident = mentions[0] & mentions[1] & ((common_kinds & NOTIFIED_INCIDENT_MASK) != 0)
    # The later (or same-day) record is one of being told, and names the other's agency.
    told_by_other = (told[0] & (day[0] >= day[1])) | (told[1] & (day[1] >= day[0]))
    # Records of one day both timed, hours apart (TIMES_FAR_MINUTES): perhaps two contacts.
    timed = (minutes[0] >= 0) & (minutes[1] >= 0) & (gap == 0)
    # … by the agency it names, however late in the window, when that agency recorded no other incident
    # of the kind ("discharge summary received" four working days after the ward's one discharge): it
    # can be news of nothing else, so its lag costs nothing.
    sole_told = (told_by_other & sole & ((common_kinds & NOTIFIED_INCIDENT_MASK) != 0)
                 & (date_named | ops.logical_not(later_names_a_day)))
    apart = ops.abs(minutes[0] - minutes[1])
    far_apart = timed & (apart > TIMES_FAR_MINUTES)
    not_close = timed & (apart > TIMES_CLOSE)
    notified = ((told_by_other & (incident > 0)
                 & ((working_days <= NOTIFIED_WITHIN_DAYS) | date_named | named_incident
                    | ((gap <= NOTIFIED_NAMED_WITHIN_DAYS) & mentions[0] & mentions[1]))
                 & (date_named | ops.logical_not(later_names_a_day)))
                # … or by someone it does not name, when it names the day of the incident ("notification
                # of death received - J died 04/04/24", or with no word of being told: "Baby born 19/06, on
                # NNU" in the drug service's record the next day): other records of that kind that day are of it too;
                # or by the agency it names, of the day it names, whatever the kind ("a police notification
                # of the incident on 17 December").
                | ((later_secondhand | later_names_a_day) & (days > 0) & (incident > 0) & date_named
                   & ops.logical_not(own_contact_about))
                | sole_told
                | (told_by_other & (gap > 0) & date_named)
                # … or by the agency it names, whatever happened, when that agency's one record of its day
                # shares words with it, by the second working day ("EWO advised family may have moved" and the
                # education welfare officer's only record that day, a home visit finding the family gone).
                # (one that names a day is news of that day: "client's baby died on Sunday - informed by SW";
                # two timed hours apart may be two contacts)
                | (((received[0] & mentions[0] & (day[0] >= day[1]) & alone[1] & ops.logical_not(names_a_day[0]))
                    | (received[1] & mentions[1] & (day[1] >= day[0]) & alone[0] & ops.logical_not(names_a_day[1])))
                   & (working_days <= NOTIFIED_WITHIN_DAYS) & (overlap > 0) & ops.logical_not(not_close)))
    # A notification's lag in working days, over its first few days: one read on the Monday is a day late.
    lag_days = ops.where(notified & (gap <= NOTIFIED_WITHIN_CALENDAR_DAYS), ops.minimum(days, working_days), days)
    # Times close together count from the Time column or the text ("brought home at 18:00"); far
    # apart only from the Time columns (a text may give the time of something else: "medical booked 14:00").
    # (across midnight too: the ambulance's 23:58 and the emergency department's 00:40 the next day)
    stated = (clock[0] >= 0) & (clock[1] >= 0) & (gap <= 1)
    close = stated & (ops.abs((day[0] - day[1]) * MINUTES_A_DAY + clock[0] - clock[1]) <= TIMES_CLOSE)
    # Two records of one day that each name the other's agency, timed close together or each its
    # agency's one record of the day, are of one contact between them (a district nurse's visit to
    # the care home, and the home's "district nurse visited").
    contacted = mentions[0] & mentions[1] & (close | ((gap == 0) & alone[0] & alone[1] & ops.logical_not(not_close)))
    joint_named = ((gap == 0) & (overlap > 0) & ops.logical_not(contacted) & ops.logical_not(not_close)
                   & ((((kinds[0] & JOINT_VISIT_MASK) != 0) & mentions[0] & alone[1])
                      | (((kinds[1] & JOINT_VISIT_MASK) != 0) & mentions[1] & alone[0])))
    # One record of the contact that day of the agency it names, and that agency's one first-hand
    # record of the day (see OTHERS_CONTACT_BONUS).
    others_contact_named = ((gap == 0) & ops.logical_not(contacted) & ops.logical_not(joint_named)
                            & ops.logical_not(not_close)
                            & ((contact_named[0] & alone[1] & ops.logical_not(received[1]))
                               | (contact_named[1] & alone[0] & ops.logical_not(received[0]))))
    # (see REFERRAL_PASSED_BONUS: the record of receiving it is the later, or of the same day)
    # (a letter or an e-mail the sender says it sent: by the second working day, as notifications arrive)
    referral = (common_kinds & REFERRAL_MASK) != 0
    referral_passed = (mentions[0] & mentions[1]
                       & ((received[0] & ops.logical_not(received[1]) & (day[0] >= day[1])
                           & ((referral & (working_days <= 1)) | (sent[1] & (working_days <= NOTIFIED_WITHIN_DAYS))))
                          | (received[1] & ops.logical_not(received[0]) & (day[1] >= day[0])
                             & ((referral & (working_days <= 1)) | (sent[0] & (working_days <= NOTIFIED_WITHIN_DAYS))))))
    # (see CONVEYED_BONUS: an incident in common besides the attendance or admission itself)
    # (``one_emergency`` is None where no record of the chronology is one: all False, at the cost of one comparison)
    conveyed = (days < 0) if one_emergency is None else (
        (days == 0) & (one_emergency[0] != NO_EMERGENCY) & (one_emergency[1] != NO_EMERGENCY)
        & ((one_emergency[0] == ONE_CALL_OUT) | (one_emergency[1] == ONE_CALL_OUT))
        & ((common_kinds & NOTIFIED_INCIDENT_MASK & ~EMERGENCY_MASK) != 0) & ops.logical_not(not_close))
    score = (WORD_WEIGHT * overlap
             + SHARED_KIND_WEIGHT * shared_strength * (days == 0)
             + INCIDENT_KIND_WEIGHT * incident
             + MENTION_WEIGHT * (mentions[0] | mentions[1]) + BOTH_MENTION_BONUS * (mentions[0] & mentions[1])
             + NOTIFIED_BY_SOURCE_BONUS * notified
             # A named day is matched by chance by every record of that day: in full at a record a day or
             # fewer, or where one names the other's agency too (few records of one agency share a day).
             + DATE_MENTION_WEIGHT * ops.where(mentions[0] | mentions[1], 1.0, math.exp(-chance)) * date_named
             - ops.where(date_named | sole_told, 0.0,
                         ops.where(lag_allowed, LAG_DAY_PENALTY * lag_days, FIRST_HAND_DAY_PENALTY * days))
             + (TIMES_CLOSE_BONUS + math.exp(-chance) * ATTENDED_TOGETHER_BONUS * (incident > 0)) * close
             + math.exp(-chance) * CONTACTED_EACH_OTHER_BONUS * contacted
             + math.exp(-chance) * JOINT_VISIT_NAMED_BONUS * joint_named
             + OTHERS_CONTACT_BONUS * others_contact_named
             + REFERRAL_PASSED_BONUS * referral_passed
             + math.exp(-chance) * CONVEYED_BONUS * conveyed
             - TIMES_FAR_PENALTY * far_apart)
    # (the score is reported out of 100; pairs past it are told apart by how far past: see _group)
    return {"score": ops.clip(score, 0.0, 100.0), "beyond_full": ops.maximum(score - 100.0, 0.0), "overlap": overlap,
            "gap": gap, "overnight": overnight,
            "shared_kind": shared_kind,
            "incident": incident > 0, "told_later": told_later, "common_kinds": common_kinds, "notified": notified,
            "mentions": 1 * mentions[0] + 1 * mentions[1],  # a count (numpy adds booleans as "or")
            "apart": ops.where(timed, apart, -1), "date_named": date_named, "once_told": once_told,
            "others_contact_named": others_contact_named, "referral_passed": referral_passed, "conveyed": conveyed}


def _weekdays_through(ops: Any, ordinal: Any) -> Any:
    """Monday to Friday days from 1 January of year 1 (a Monday, ordinal 1) to ``ordinal``, both
    counted: the difference for two days is the working days after the first up to the second."""
    return 5 * (ordinal // 7) + ops.minimum(ordinal % 7, 5)



def _kind_evidence(t: _Table, q: np.ndarray, c: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """How much the kinds of event pairs of records have in common say, 0-1, for shared kinds
    and for incident kinds: over the kinds in common, the sum of the geometric mean of the two
    agencies' strengths (see :func:`_kind_weight`), at most 1 for shared kinds and
    INCIDENTS_IN_COMMON_CAP for incidents. ``q`` and ``c`` broadcast."""
    product = t.kind_weight[q] * t.kind_weight[c]
    shared_kinds = len(SHARED_KINDS)  # KINDS lists the shared kinds first
    return (np.minimum(product[..., :shared_kinds].sum(axis=-1), 1.0),
            np.minimum(product[..., shared_kinds:].sum(axis=-1), INCIDENTS_IN_COMMON_CAP))


def _combine_arrays(t: _Table, q: np.ndarray, c: np.ndarray, shared: np.ndarray) -> dict[str, np.ndarray]:
    """Score pairs given as broadcasting position arrays."""
    return _combine(_NumpyOps, (t.day[q], t.day[c]), (t.weight[q], t.weight[c]), (t.kinds[q], t.kinds[c]),
                    (t.secondhand[q], t.secondhand[c]), (t.minutes[q], t.minutes[c]), (t.clock[q], t.clock[c]),
                    (t.night[q], t.night[c]),
                    (t.names[q, t.agency[c]], t.names[c, t.agency[q]]), shared,
                    _kind_evidence(t, q, c), t.chance, _names_day(t, q, c),
                    (t.mentioned[q, 0] >= 0, t.mentioned[c, 0] >= 0), (t.received[q], t.received[c]),
                    (t.alone[q], t.alone[c]), _sole_record(t, q, c),
                    (t.contact_named[q, t.agency[c]], t.contact_named[c, t.agency[q]]),
                    (t.one_emergency[q], t.one_emergency[c]) if t.any_emergency else None,
                    (t.sent[q], t.sent[c]))


def _sole_record(t: _Table, q: np.ndarray, c: np.ndarray) -> np.ndarray:
    """For pairs (broadcasting position arrays): whether the earlier record is first-hand and its
    agency's one first-hand record of its incident kinds from the window before the later record
    to the later record's day: news of such an incident from that agency can be of no other."""
    later_day = np.maximum(t.day[q], t.day[c])
    earlier = np.where(t.day[q] >= t.day[c], c, q)
    return (~t.received[earlier] & (t.kind_after[earlier] > later_day)
            & (t.kind_before[earlier] < later_day - t.window))


def _names_day(t: _Table, q: np.ndarray, c: np.ndarray) -> np.ndarray:
    """For pairs (broadcasting position arrays): whether either record's text names the other's
    day, or both name the same day (two notifications of "the incident on 03/01")."""
    return _names_other_day(t, q, c) | _name_same_day(t, q, c)


def _names_other_day(t: _Table, q: np.ndarray, c: np.ndarray) -> np.ndarray:
    return ((t.mentioned[q, 0] == t.day[c]) | (t.mentioned[q, 1] == t.day[c])
            | (t.mentioned[c, 0] == t.day[q]) | (t.mentioned[c, 1] == t.day[q])
            | (t.upcoming[q] == t.day[c]) | (t.upcoming[c] == t.day[q]))


def _name_same_day(t: _Table, q: np.ndarray, c: np.ndarray) -> np.ndarray:
    # (also a later day one names that the other names as past: "missing person report … located
    # 04/04" and, the day after, "returned home yesterday")
    first, second = t.mentioned[q], t.mentioned[c]
    ahead_first, ahead_second = t.upcoming[q], t.upcoming[c]
    return (((first[..., 0] == second[..., 0]) | (first[..., 0] == second[..., 1])) & (first[..., 0] >= 0)
            | ((first[..., 1] == second[..., 0]) | (first[..., 1] == second[..., 1])) & (first[..., 1] >= 0)
            | ((ahead_first == second[..., 0]) | (ahead_first == second[..., 1])) & (ahead_first >= 0)
            | ((ahead_second == first[..., 0]) | (ahead_second == first[..., 1])) & (ahead_second >= 0))


def _score_bound(t: _Table, rows: np.ndarray, columns: np.ndarray, shared: np.ndarray) -> np.ndarray:
    """An upper bound of :func:`_combine`'s score for every row record against every column
    record (a column not after its row), cheap enough for whole blocks: the words and kinds in
    common in full (kinds as matrix products), a mention and a notification's bonus wherever
    either record names any agency, the times bonus, the smallest day penalty. Only pairs it lets
    through are scored exactly. Written with as few whole-block operations as it can be (in
    place, float32): it runs on every pair in every window."""
    chance = np.float32(t.chance)
    gap = t.day_number[rows][:, None] - t.day_number[columns][None, :]
    # (a column is never after its row: the earlier record is the column's; see _combine for the night)
    early = t.night[rows] == EARLY
    if early.any():
        gap -= (gap == 1) & early[:, None]
    # Words: WORD_WEIGHT * min(beyond / room, 1) * min(beyond / ENOUGH_SHARED_WEIGHT, 1), where the
    # room is the smaller record's weight beyond chance, and beyond / min(x, y) = max(beyond / x, beyond / y).
    beyond = shared - chance
    np.maximum(beyond, 0.0, out=beyond)
    row_room, column_room = (np.maximum(t.weight[records] - chance, np.float32(1e-9)) for records in (rows, columns))
    bound = np.maximum(1.0 / row_room[:, None], 1.0 / column_room[None, :])  # (where there is no room, beyond is 0)
    bound *= beyond
    np.minimum(bound, 1.0, out=bound)
    np.minimum(beyond, ENOUGH_SHARED_WEIGHT, out=beyond)
    bound *= beyond
    bound *= np.float32(WORD_WEIGHT / ENOUGH_SHARED_WEIGHT)
    # Kinds in common, as matrix products; a shared kind the later record was told of counts as an
    # incident (see _combine), which the bound counts always.
    shared_kinds = len(SHARED_KINDS)  # KINDS lists the shared kinds first
    row_kinds, column_kinds = t.kind_weight[rows], t.kind_weight[columns]
    same_day_kinds = row_kinds[:, :shared_kinds] @ column_kinds[:, :shared_kinds].T
    np.minimum(same_day_kinds, 1.0, out=same_day_kinds)
    incident = row_kinds[:, shared_kinds:] @ column_kinds[:, shared_kinds:].T
    incident += same_day_kinds
    np.minimum(incident, INCIDENTS_IN_COMMON_CAP, out=incident)
    incident *= INCIDENT_KIND_WEIGHT
    bound += incident
    same_day_kinds *= SHARED_KIND_WEIGHT
    np.add(bound, same_day_kinds, out=bound, where=gap == 0)
    # A mention both ways, a notification's bonus (for an incident named both ways, at any distance)
    # and its lag counted in working days (a weekend's two days at most), where either names an agency.
    names_either = t.names_any[rows][:, None] | t.names_any[columns][None, :]
    # (a contact between the two, a joint visit one names, or an appointment one names: one at most)
    np.add(bound, MENTION_WEIGHT + BOTH_MENTION_BONUS + NOTIFIED_BY_SOURCE_BONUS
           + max(max(CONTACTED_EACH_OTHER_BONUS, JOINT_VISIT_NAMED_BONUS) * math.exp(-t.chance), OTHERS_CONTACT_BONUS)
           + REFERRAL_PASSED_BONUS + 2 * LAG_DAY_PENALTY, out=bound, where=names_either)
    # An ambulance's call-out and a hospital's attendance (see CONVEYED_BONUS), where both are their agencies' one.
    if t.any_emergency:
        row_emergency, column_emergency = t.one_emergency[rows], t.one_emergency[columns]
        np.add(bound, np.float32(CONVEYED_BONUS * math.exp(-t.chance)), out=bound,
               where=(row_emergency[:, None] != NO_EMERGENCY) & (column_emergency[None, :] != NO_EMERGENCY))
    # The bonus for an incident both timed close together, counted for every pair, and the smallest
    # day penalty; a record naming a day has none, and a notification naming the day counts at any distance.
    gap *= -LAG_DAY_PENALTY
    gap += TIMES_CLOSE_BONUS + ATTENDED_TOGETHER_BONUS * math.exp(-t.chance)
    bound += gap
    # News of an incident from the agency a record names, whose lag may cost nothing (see sole_told in _combine).
    may_be_sole_news = t.secondhand[rows] & t.names_any[rows] & ((t.kinds[rows] & NOTIFIED_INCIDENT_MASK) != 0)
    if may_be_sole_news.any():
        np.subtract(bound, np.minimum(gap - TIMES_CLOSE_BONUS - ATTENDED_TOGETHER_BONUS * math.exp(-t.chance), 0.0),
                    out=bound, where=may_be_sole_news[:, None])
    # (news of a death counts as naming its day: see _combine)
    row_names_a_day = ((t.mentioned[rows, 0] >= 0) | (t.upcoming[rows] >= 0)
                       | (t.secondhand[rows] & ((t.kinds[rows] & ONCE_MASK) != 0)))
    column_names_a_day = (t.mentioned[columns, 0] >= 0) | (t.upcoming[columns] >= 0)
    if row_names_a_day.any() or column_names_a_day.any():
        names_a_day_either = row_names_a_day[:, None] | column_names_a_day[None, :]
        gap -= TIMES_CLOSE_BONUS + ATTENDED_TOGETHER_BONUS * math.exp(-t.chance)
        gap -= DATE_MENTION_WEIGHT + NOTIFIED_BY_SOURCE_BONUS
        np.subtract(bound, gap, out=bound, where=names_a_day_either)
    return bound


def _first_hand_reach(window_days: int, threshold: float) -> int:
    """Days apart that two records can be and still reach the threshold without a lag allowance."""
    best = WORD_WEIGHT + INCIDENT_KIND_WEIGHT * INCIDENTS_IN_COMMON_CAP + MENTION_WEIGHT + BOTH_MENTION_BONUS
    return max(0, min(window_days, int((best - threshold) // FIRST_HAND_DAY_PENALTY)))


def _candidates(t: _Table, window_days: int, threshold: float) -> list[tuple[float, float, int, int]]:
    """(score, how far beyond the full score, later position, earlier position) for every pair at
    or above the threshold.

    Records are taken a block of whole days at a time (about BLOCK_ROWS records). Every record
    is scored against the records up to a few days before it (as far as any pair can still reach
    the threshold); a second-hand record, or one that names an earlier day, also against those up
    to the window before it, since it may lag the event it reports.
    """
    count = len(t.day)
    blocks = []  # (start, end) of each block
    start = 0
    while start < count:
        end = int(np.searchsorted(t.day, t.day[min(start + BLOCK_ROWS, count) - 1], side="right"))
        blocks.append((start, end))
        start = end
    # The blocks are scored in two halves at once (see chron_merge.halves): each pair is in one block.
    half = len(blocks) // 2

    def scan(some: list[tuple[int, int]]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        in_block, place = np.zeros(len(t.idf), dtype=bool), np.zeros(len(t.idf), dtype=np.int64)  # (scratch)
        return [found for start, end in some
                for found in _block_pairs(t, start, end, window_days, threshold, in_block, place)]

    first, second = work_in_halves(scan, blocks[:half], blocks[half:], count)
    found = first + second
    later_of_pair = [later for later, _, _ in found]  # the pairs to score exactly: positions and the idf weight they share
    earlier_of_pair = [earlier for _, earlier, _ in found]
    shared_of_pair = [shared for _, _, shared in found]
    # A letter or a notification naming a day further back than the window ("A&E letter: attended
    # 02/02/22", three weeks on) against the records of that day only: few records name one.
    far_later, far_earlier = _named_beyond_window(t, window_days)
    if far_later.size:
        later_of_pair.append(far_later)
        earlier_of_pair.append(far_earlier)
        shared_of_pair.append(np.array(_shared_weight(t, list(zip(far_later.tolist(), far_earlier.tolist())))[0],
                                       dtype=np.float32))
    if not later_of_pair:
        return []
    # Every pair the bounds let through, scored exactly at once (numpy's cost per call, paid per
    # block, was a tenth of the time).
    later, earlier = np.concatenate(later_of_pair), np.concatenate(earlier_of_pair)
    scored = _combine_arrays(t, later, earlier, np.concatenate(shared_of_pair))
    score = scored["score"]
    passed = np.flatnonzero(score >= threshold)
    return list(zip(score[passed].tolist(), scored["beyond_full"][passed].tolist(), later[passed].tolist(),
                    earlier[passed].tolist()))


def _block_pairs(t: _Table, start: int, end: int, window_days: int, threshold: float, in_block: np.ndarray,
                 place: np.ndarray) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(later positions, earlier positions, idf weight shared) of the pairs of one block's records
    (``start``:``end``, whole days) with the records before them that the bound lets through.
    ``in_block`` (all False) and ``place``: scratch arrays, one place per word of the vocabulary."""
    reach = _first_hand_reach(window_days, threshold)
    near = int(np.searchsorted(t.day, t.day[start] - reach, side="left"))
    far = int(np.searchsorted(t.day, t.day[start] - window_days, side="left"))
    ids = t.token_ids[t.token_ptr[far]:t.token_ptr[end]]
    owners = np.repeat(np.arange(end - far), np.diff(t.token_ptr[far:end + 1]))
    # The block's words, numbered 0… in vocabulary order (np.unique does the same, slower).
    in_block[ids] = True
    local = np.flatnonzero(in_block)
    in_block[local] = False
    place[local] = np.arange(len(local))
    present = np.zeros((end - far, len(local)), dtype=np.float32)
    present[owners, place[ids]] = 1.0
    weighted = present[start - far:] * t.idf[local]
    q = np.arange(start, end)
    passes = [(q, weighted, np.arange(near, end), present[near - far:])]
    later = np.flatnonzero(t.secondhand[start:end] | (t.mentioned[start:end, 0] >= 0))
    if (t.upcoming[far:near] >= 0).any():  # an earlier record names a later day: every row may be that day
        later = np.arange(end - start)
    if later.size and far < near:
        passes.append((q[later], weighted[later], np.arange(far, near), present[:near - far]))
    found = []
    for rows, row_words, columns, column_words in passes:
        shared = row_words @ column_words.T  # the idf weight each pair of records shares
        possible = ((_score_bound(t, rows, columns, shared) >= threshold) & (columns[None, :] < rows[:, None])
                    & (t.agency[rows][:, None] != t.agency[columns][None, :]))
        r, c = np.nonzero(possible)
        # A block spans several days: its later rows' window ends after ``far``.
        within = np.flatnonzero(t.day[rows[r]] - t.day[columns[c]] <= window_days)
        r, c = r[within], c[within]
        if r.size:
            found.append((rows[r], columns[c], shared[r, c]))
    return found


def _named_beyond_window(t: _Table, window_days: int) -> tuple[np.ndarray, np.ndarray]:
    """(later, earlier) positions: each second-hand record (a letter, a notification) naming an
    earlier day more than the window before its own, with every other agency's record of that day.
    (Not a first-hand record: a MARAC's minutes naming "the 10/10 incident" are of the meeting.)"""
    pairs = set()
    for slot in range(t.mentioned.shape[1]):
        named = t.mentioned[:, slot]
        for position in np.flatnonzero((named >= 0) & (t.day - named > window_days) & t.secondhand).tolist():
            first, last = np.searchsorted(t.day, named[position], side="left"), np.searchsorted(t.day, named[position],
                                                                                                  side="right")
            pairs.update((position, other) for other in range(int(first), int(last))
                         if t.agency[other] != t.agency[position])
    ordered = sorted(pairs)
    return (np.array([a for a, _ in ordered], dtype=np.int64), np.array([b for _, b in ordered], dtype=np.int64))


def _reason(t: _Table, common: set[int], parts: dict[str, Any]) -> str:
    """Why two records were scored as they were, in words (``parts``: one pair's plain numbers)."""
    reasons = []
    # (the three rarest: sorted in C is faster than heapq.nsmallest on a few words, and the same)
    shared_words = [t.vocabulary[w] for w in sorted(filter(t.shown_words.__getitem__, common),
                                                    key=t.word_rank.__getitem__)[:3]]
    overlap = float(parts["overlap"])
    if overlap > 0:
        reasons.append(f"{round(overlap * 100)}% words in common" + (f" ({', '.join(shared_words)})" if shared_words else ""))
    if bool(parts["shared_kind"]) or bool(parts["incident"]):
        reasons.append(_kinds_in_common(int(parts["common_kinds"]), bool(parts["shared_kind"]),
                                        bool(parts["told_later"])))
    if bool(parts["conveyed"]):
        reasons.append("each its agency's one emergency attendance or admission that day")
    mentions = int(parts["mentions"])
    if mentions:
        if mentions == 2 and bool(parts["referral_passed"]):
            reasons.append("one made the referral the other received" if int(parts["common_kinds"]) & REFERRAL_MASK
                           else "one sent the message the other received")
        else:
            reasons.append("each names the other agency" if mentions == 2 else
                           "one is of the other agency's contact that day" if bool(parts["others_contact_named"]) else
                           "one is a notification from the other agency" if bool(parts["notified"]) else
                           "one names the other agency")
    gap = int(parts["gap"])
    reasons.append("same day" if gap == 0 else "overnight" if bool(parts["overnight"]) else
                   f"{gap} day{'s' if gap > 1 else ''} apart")
    if bool(parts["date_named"]):
        reasons.append("one names the other's date" if parts["other_day_named"] else
                       "the later is news of the death" if bool(parts["once_told"]) else
                       "both name the same date")
    if int(parts["apart"]) > TIMES_FAR_MINUTES:
        reasons.append(f"times {int(parts['apart']) // 60} h apart")
    return "; ".join(reasons)


@lru_cache(maxsize=1024)  # a few combinations recur on thousands of pairs
def _kinds_in_common(common: int, shared_kind: bool, told_later: bool) -> str:
    """'both record a strategy discussion', 'both about an arrest and an injury' (``common``: a kind mask)."""
    if shared_kind:
        return "both record " + _a(next(k for i, k in enumerate(KINDS) if common >> i & 1 and k in SHARED_KINDS))
    incidents = [_a(k) for i, k in enumerate(KINDS) if common >> i & 1 and (k in INCIDENT_KINDS or told_later)]
    return "both about " + " and ".join(incidents[:2])  # two count more than one


def _a(kind: str) -> str:
    """'a birth', 'an arrest'."""
    return ("an " if kind[0] in "aeiou" else "a ") + kind


# A hospital stay written as one row with its admission and discharge dates ("Admission date |
# Discharge date") is two events to the others: the admission, and the discharge their letters and
# a restarted care package record. The row stands at its admission; for linking, a copy of it
# stands at its discharge too ("Discharged from hospital."), left out of the groups afterwards, so
# that the others' records of the discharge link to each other through it.
_HOSPITAL_STAY = re.compile(r"(?i)\b(?:admit\w*|admission|inpatient|in-patient|ward)\b")
MIN_STAY_DAYS = 2


def _is_hospital_stay(event: Event) -> bool:
    """A hospital stay written as one row, from its admission to its discharge (see above); its
    ward may be in the kind of contact ("Ward 22") rather than the text."""
    return (event.date_end is not None and event.date is not None and event.date_precision == Precision.DAY
            and (event.date_end - event.date).days >= MIN_STAY_DAYS
            and any(_HOSPITAL_STAY.search(text) for text in (event.details, event.contact_type) if text))


def _discharge_copies(events: list[Event]) -> list[Event]:
    """A copy at its discharge of each hospital stay written as one row with an end (see above),
    unless the agency has a record of that day (its own record of the discharge, perhaps). The
    copy says only that: the stay's words twice would make them look commoner than they are."""
    stays = [e for e in events if _is_hospital_stay(e)]
    if not stays:
        return []
    recorded = {(e.agency, e.date) for e in events}
    return [replace(e, date=e.date_end, date_end=None, time=None, details="Discharged from hospital.")
            for e in stays if (e.agency, e.date_end) not in recorded]


def find_links(events: list[Event], window_days: int = DEFAULT_WINDOW_DAYS, threshold: float = DEFAULT_THRESHOLD,
               glossary: dict[str, str] | None = None) -> LinkResult:
    """Link the records of one real event made by different agencies (see the module docstring)."""
    if len({e.agency for e in events if e.date is not None and e.date_precision == Precision.DAY}) < 2:
        return LinkResult()  # one agency's return alone: nothing to link, and reading its texts would cost seconds
    copies = _discharge_copies(events)
    table = _build_table(events + copies if copies else events, glossary, window_days)
    if len(table.day) < 2:
        return LinkResult()
    candidates = _candidates(table, window_days, threshold)
    known = {(min(a, b), max(a, b)): score for score, _, a, b in candidates}
    # (a pair may be scored again when its groups meet again: once is enough)
    score_of = functools.cache(lambda a, b: _score_pair(table, a, b))
    groups = _group(candidates, table.python.agency, known, score_of, threshold,
                    _notification_of(table, known, threshold, window_days), table.python.received)
    if copies:  # the discharge copies leave their groups: the others' records of the discharge stay linked
        groups = [kept for g in groups if len(kept := [p for p in g if int(table.event[p]) < len(events)]) > 1]
    result = LinkResult(groups=sorted(sorted(int(table.event[p]) for p in g) for g in groups))
    pairs = [(a, b) for g in groups for i, a in enumerate(g) for b in g[i + 1:]]
    for (a, b), (score, days, reason) in zip(pairs, _explain(table, pairs)):
        if score < threshold:
            reason = f"linked through the other records ({reason})"
        first, second = int(table.event[a]), int(table.event[b])
        result.pairs[(min(first, second), max(first, second))] = (score, days, reason)
    return result


def _shared_weight(table: _Table, pairs: list[tuple[int, int]]) -> tuple[list[float], list[set[int]]]:
    """The idf weight each pair of records shares, and the words they share."""
    common = [table.tokens(a) & table.tokens(b) for a, b in pairs]
    idf = table.idf_list.__getitem__
    return [sum(map(idf, words)) for words in common], common


def _score_pair(table: _Table, a: int, b: int) -> float:
    """One pair's score, with plain numbers (numpy's per-call cost would dominate)."""
    return _pair_parts(table, a, b)["score"]


def _pair_parts(table: _Table, a: int, b: int) -> dict[str, Any]:
    """One pair's score and its parts (see :func:`_combine`), with plain numbers."""
    py = table.python
    shared = sum(map(table.idf_list.__getitem__, table.tokens(a) & table.tokens(b)))
    return _combine(_ScalarOps, (py.day[a], py.day[b]), (py.weight[a], py.weight[b]), (py.kinds[a], py.kinds[b]),
                    (py.secondhand[a], py.secondhand[b]), (py.minutes[a], py.minutes[b]), (py.clock[a], py.clock[b]),
                    (py.night[a], py.night[b]),
                    (py.names[a][py.agency[b]], py.names[b][py.agency[a]]), shared,
                    _scalar_kind_evidence(py.kind_weight[a], py.kind_weight[b]), table.chance,
                    _scalar_names_day(py.day[a], py.day[b], py.mentioned[a], py.mentioned[b], py.upcoming[a],
                                      py.upcoming[b]),
                    (py.mentioned[a][0] >= 0, py.mentioned[b][0] >= 0), (py.received[a], py.received[b]),
                    (py.alone[a], py.alone[b]), _scalar_sole_record(table, a, b),
                    (py.contact_named[a][py.agency[b]], py.contact_named[b][py.agency[a]]),
                    (py.one_emergency[a], py.one_emergency[b]), (py.sent[a], py.sent[b]))


def _scalar_sole_record(table: _Table, a: int, b: int) -> bool:
    """:func:`_sole_record` for one pair."""
    py = table.python
    later_day, earlier = (py.day[a], b) if py.day[a] >= py.day[b] else (py.day[b], a)
    return (not py.received[earlier] and py.kind_after[earlier] > later_day
            and py.kind_before[earlier] < later_day - table.window)


def _scalar_names_day(day_a: int, day_b: int, named_a: tuple[int, int], named_b: tuple[int, int],
                      upcoming_a: int, upcoming_b: int) -> bool:
    """:func:`_names_day` for one pair (most records name no day: -1, -1)."""
    if upcoming_a == day_b or upcoming_b == day_a:
        return True
    if named_a[0] < 0 and named_b[0] < 0:
        return False
    return (day_b in named_a or day_a in named_b
            or (named_a[0] >= 0 and named_a[0] in named_b) or (named_a[1] >= 0 and named_a[1] in named_b)
            or (upcoming_a >= 0 and upcoming_a in named_b) or (upcoming_b >= 0 and upcoming_b in named_a))


def _scalar_kind_evidence(first: dict[int, float], second: dict[int, float]) -> tuple[float, float]:
    """:func:`_kind_evidence` for one pair, with plain numbers (each record's {kind: weight})."""
    shared = incident = 0.0
    for n, x in first.items():
        y = second.get(n)
        if y is None:
            continue
        if n < len(SHARED_KINDS):  # KINDS lists the shared kinds first
            shared += x * y
        else:
            incident += x * y
    return min(shared, 1.0), min(incident, INCIDENTS_IN_COMMON_CAP)


def _explain(table: _Table, pairs: list[tuple[int, int]]) -> list[tuple[float, int, str]]:
    """(score, days apart, reason) for each pair, computed together."""
    if not pairs:
        return []
    weights, common = _shared_weight(table, pairs)
    first, second = np.asarray([a for a, _ in pairs]), np.asarray([b for _, b in pairs])
    parts = _combine_arrays(table, first, second, np.asarray(weights, dtype=np.float32))
    parts["other_day_named"] = _names_other_day(table, first, second)  # else both name the same day
    columns = {name: np.asarray(values).tolist() for name, values in parts.items()}  # plain numbers, read fast
    explained = []
    for words, values in zip(common, zip(*columns.values())):
        one = dict(zip(columns, values))
        explained.append((round(one["score"], 1), one["gap"], _reason(table, words, one)))
    return explained


def _notification_of(table: _Table, known: dict[tuple[int, int], float], threshold: float,
                     window_days: int) -> Callable[[list[int], list[int]], bool]:
    """``told_of(single, group)``: whether ``single`` is one second-hand record surely of the event
    of a first-hand record of ``group``: linked to it at the threshold, and no other first-hand
    record of that agency in the window before it (on its day, if that record is of its day) has an
    incident of the same kind (two injuries the hospital recorded days apart: a discharge letter
    could be of either). Or one first-hand
    record linked at the threshold to the one first-hand record of ``group``, whose others are
    later reports of it."""
    py = table.python
    by_agency: dict[int, list[int]] = {}
    for position, agency in enumerate(py.agency):  # positions in date order, as the table is
        by_agency.setdefault(agency, []).append(position)
    days_of = {agency: [py.day[p] for p in positions] for agency, positions in by_agency.items()}

    def of_member(record: int, member: int) -> bool:
        if py.received[member] or known.get((min(record, member), max(record, member)), 0.0) < threshold:
            return False
        incidents = py.kinds[record] & INCIDENT_MASK
        positions, days = by_agency[py.agency[member]], days_of[py.agency[member]]
        # The days of that agency's records the news may be of: the day it names, when that is the member's
        # ("PICU told us Archie has a bleed on the brain, admitted yesterday" is of the admission, not of the
        # next day's strategy discussion); else its own day, when the member is of that day ("Police confirm
        # the FMPO" the day the police record it made, after their strategy discussion); else the window before it.
        if py.day[member] in py.mentioned[record]:
            first_day = last_day = py.day[member]
        else:
            first_day = py.day[record] - (0 if py.day[member] == py.day[record] else window_days)
            last_day = py.day[record]
        start, end = bisect.bisect_left(days, first_day), bisect.bisect_right(days, last_day)
        return not any(other != member and not py.received[other] and py.kinds[other] & incidents
                       for other in positions[start:end])

    def told_of(single: list[int], group: list[int]) -> bool:
        if len(single) != 1:
            return False
        record = single[0]
        if py.received[record]:
            return any(of_member(record, m) for m in group)
        # A first-hand record of the event (the ambulance's) joins the group of another first-hand
        # record it links to (the ward's) when the group's other records are reports of it made
        # later (social care's referral from the ward), which need not resemble it.
        # (a record in the early hours is of the night before: reports made that day are later)
        # (one of that day counts as first-hand, unless it names the agency of a first-hand record of the
        # group: "EDT: hospital reports a 12 year old alone at home" is a report of the ward's record)
        day = py.day[record] - (py.night[record] == EARLY)
        own = [py.agency[m] for m in group if not py.received[m]]
        first_hand = [m for m in group if not py.received[m]
                      or (py.day[m] <= day and not any(py.names[m][agency] for agency in own))]
        return (len(first_hand) == 1
                and known.get((min(record, first_hand[0]), max(record, first_hand[0])), 0.0) >= threshold)

    return told_of


def _resemble(pairs: list[tuple[int, int]], known: dict[tuple[int, int], float], score_of: Callable[[int, int], float],
              threshold: float) -> bool:
    """Whether pairs of records score on average at least GROUP_MEAN_SHARE of the threshold."""
    total = sum(known.get(k, 0.0) for k in pairs)
    unknown = [k for k in pairs if k not in known]
    needed = threshold * GROUP_MEAN_SHARE * len(pairs)
    # Pairs the scan did not keep score below the threshold: score them only if it matters, and
    # only until the share is reached (no score is below 0).
    if total < needed and total + threshold * len(unknown) >= needed:
        for pair in unknown:
            total += score_of(*pair)
            if total >= needed:
                return True
    return total >= needed


def _group(candidates: list[tuple[float, float, int, int]], agency: list[int], known: dict[tuple[int, int], float],
           score_of: Callable[[int, int], float], threshold: float,
           told_of: Callable[[list[int], list[int]], bool], received: list[bool]) -> list[list[int]]:
    """Join linked pairs strongest first into groups of one real event each.

    Two groups join only if no agency would appear twice and their records, pair by pair, score
    on average at least GROUP_MEAN_SHARE of the threshold (all pairs, or those of first-hand
    records alone): a chain of resemblances (A like B, B like C, but C nothing like A) does not
    make one event. But a record of being told of an
    event joins the group of the event's own record when it links to that record: two
    notifications of one birth, days apart, need not resemble each other.
    """
    group_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    agencies: dict[int, set[int]] = {}
    # (pairs at the full score, strongest first too: the one with more in common beyond it first)
    for _, _, a, b in sorted(candidates, key=lambda c: (-c[0], -c[1], min(c[2], c[3]), max(c[2], c[3]))):
        ga, gb = group_of.get(a, a), group_of.get(b, b)
        if ga == gb:
            continue
        left, right = members.get(ga, [a]), members.get(gb, [b])
        left_agencies, right_agencies = agencies.get(ga, {agency[a]}), agencies.get(gb, {agency[b]})
        if not left_agencies.isdisjoint(right_agencies):
            continue
        # Two single records: their own score already passed; a record of being told of the group's event joins it.
        if (len(left) > 1 or len(right) > 1) and not (told_of(left, right) or told_of(right, left)):
            cross = [(min(i, j), max(i, j)) for i in left for j in right]
            # A record of being told of the event ("EDT: referral from QMC") need not resemble the
            # others' records of it (the ambulance's, the police's): the first-hand records' pairs
            # alone may make the share.
            if not _resemble(cross, known, score_of, threshold):
                first_hand = [(i, j) for i, j in cross if not (received[i] or received[j])]
                if not (first_hand and len(first_hand) < len(cross) and _resemble(first_hand, known, score_of, threshold)):
                    continue
        members.pop(gb, None)
        agencies.pop(gb, None)
        members[ga] = left + right
        agencies[ga] = left_agencies | right_agencies
        for i in members[ga]:
            group_of[i] = ga
    return list(members.values())
