"""Find a sheet's header row and decide which column holds which event field.

Real returns put title rows above the header, word their headers in a dozen ways and
sometimes leave them out. So columns are matched in three steps:

1. **by meaning**: each header's words are scored against the words that name each field
   ("Date of contact", "Occurrence date" and "Entry date" all name the date). The head noun of
   a header counts most: "Agency response" is an action, "Type of contact" a contact type;
2. **by content**: a column whose values read as dates is the date when no header says so; the
   column with the longest text is the details;
3. **by the review config**: ``[agency.X] columns = {"My header" = "date"}`` overrides both.

Every column not mapped to a field is kept under its header in ``extra``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from chron_merge.model import Level
from chron_merge.read.dates import looks_like_date, parse_event_date, parse_time, split_leading_date
from chron_merge.read.grid import Grid, column_letter
from chron_merge.text import MISSPELLINGS, PERSON_LABEL

FIELDS = ("date", "time", "agency", "practitioner", "contact_type", "details", "action", "comment")

# Words that name each field, with how strongly. Phrases are matched on the whole header.
ENGLISH_FIELD_WORDS: dict[str, dict[str, float]] = {
    "date": {"date": 10, "dated": 8, "when": 6, "day": 4, "period": 4, "dates": 9, "datetime": 9, "timestamp": 7,
             "occurred": 6, "dt": 7},
    "time": {"time": 9, "hour": 7, "hours": 5, "hrs": 6, "clock": 5, "times": 8},
    "agency": {"agency": 10, "organisation": 9, "organization": 9, "provider": 6, "org": 6, "organisations": 8,
               "agencies": 9, "partner": 3, "service": 3, "team": 2},
    "practitioner": {"practitioner": 10, "worker": 8, "staff": 8, "officer": 8, "clinician": 9, "professional": 8,
                     "keyworker": 9, "source": 5, "role": 5, "who": 5, "author": 4, "name": 3, "person": 4,
                     "member": 3, "doctor": 6, "nurse": 6, "midwife": 6, "therapist": 6, "employee": 6,
                     "designation": 6, "recorder": 6, "manager": 6, "practitioners": 9, "workers": 7, "involved": 3, "lead": 3,
                     "oic": 8, "hcp": 6},  # officer in charge (police), health care professional
    "contact_type": {"type": 8, "category": 7, "nature": 6, "method": 6, "mode": 6, "kind": 5, "contact": 4,
                     "appointment": 4, "activity": 4, "medium": 5, "form": 2, "classification": 6, "class": 4,
                     "step": 6,  # a case system's workflow step ("Contact", "Strategy discussion", "ICPC")
                     "clinic": 5, "specialty": 5, "speciality": 5,  # a hospital's outpatients: which clinic
                     "dept": 4, "ward": 4},  # … and where in the hospital ("ED", "Ward 7", "OPD")
    "details": {"details": 10, "detail": 10, "description": 9, "summary": 9, "narrative": 10, "event": 6, "events": 6,
                "notes": 7, "note": 7, "entry": 5, "record": 5, "information": 5, "info": 5, "incident": 5,
                "text": 6, "content": 6, "involvement": 7, "account": 6, "contact": 3, "circumstances": 6,
                "occurrence": 4, "happened": 8, "record_of": 5, "particulars": 8, "discussion": 5, "concern": 4,
                "concerns": 4, "intervention": 5, "episode": 4, "interaction": 5, "reason": 5, "log": 5,
                "complaint": 5, "desc": 8, "narr": 7,  # "Reason for contact", "Presenting complaint" (emergency departments)
                "presentation": 6},  # (a medical log's "Presentation": what the patient came with)
    "action": {"action": 9, "actions": 9, "outcome": 9, "outcomes": 9, "response": 7, "plan": 6, "result": 6,
               "decision": 7, "steps": 5, "followup": 7, "follow": 4, "taken": 3, "agreed": 3, "next": 3,
               "disposal": 5, "disposition": 6, "resolution": 6},
    "comment": {"comment": 10, "comments": 10, "commentary": 10, "analysis": 8, "reflection": 8, "reflections": 8,
                "significance": 8, "learning": 8, "remarks": 8, "remark": 8, "imr": 3, "author": 2, "view": 3,
                "evaluation": 7, "critique": 7, "observations": 4, "relevance": 6, "opinion": 6, "issues": 5,
                "impact": 6},  # "Practice issues", "Impact on child"
}
# Returns in Wales may be headed in Welsh ("Dyddiad", "Manylion") or in both languages ("Dyddiad / Date").
WELSH_FIELD_WORDS: dict[str, dict[str, float]] = {
    "date": {"dyddiad": 10},
    "time": {"amser": 9},
    "agency": {"asiantaeth": 10, "sefydliad": 9},
    "practitioner": {"ymarferydd": 10, "gweithiwr": 8, "swyddog": 8},
    "contact_type": {"math": 8, "dull": 6},
    "details": {"manylion": 10, "disgrifiad": 9, "crynodeb": 9, "digwyddiad": 6, "nodiadau": 7},
    "action": {"gweithred": 9, "gweithredu": 8, "canlyniad": 9, "ymateb": 7, "camau": 5, "penderfyniad": 7},
    "comment": {"sylwadau": 10, "sylw": 9, "dadansoddiad": 8, "myfyrdod": 8},
}
FIELD_WORDS = {f: {**ENGLISH_FIELD_WORDS[f], **WELSH_FIELD_WORDS[f]} for f in FIELDS}
# Welsh puts the head noun first ("Manylion y cyswllt": details of the contact).
WELSH_HEAD_WORDS = frozenset(w for words in WELSH_FIELD_WORDS.values() for w in words)
# Whole-phrase matches that settle a header outright.
FIELD_PHRASES: dict[str, str] = {
    "recorded by": "practitioner", "seen by": "practitioner", "by whom": "practitioner", "completed by": "practitioner",
    "what happened": "details", "next steps": "action", "next step": "action", "follow up": "action",
    "action taken": "action", "steps taken": "action",
    "who was involved": "practitioner", "made by": "practitioner", "officer in charge": "practitioner",
    "officer in case": "practitioner", "what was done": "action", "what happened next": "action",
    "action agreed": "action", "actions agreed": "action", "job title": "practitioner", "who recorded": "practitioner",
    "good practice": "comment", "presenting issue": "details", "form of contact": "contact_type",
    "what did the agency do": "action", "what the agency did": "action", "what we did": "action",
    # an online form's questions: "What did you do?", "What did staff do?"
    "what did you do": "action", "what you did": "action", "what did we do": "action", "what did staff do": "action",
    "what did the service do": "action", "what did the team do": "action",
    "what action": "action", "when it happened": "date", "when did it happen": "date",
    # the details of a person are who they are
    "practitioner details": "practitioner", "worker details": "practitioner", "staff details": "practitioner",
    "officer details": "practitioner", "professional details": "practitioner",
    "person recording": "practitioner", "person completing": "practitioner",
    # why the entry matters to the review is the author's analysis
    "why is this significant": "comment", "why this is significant": "comment", "significance to the review": "comment",
}
# A note or comment by the review's own author is analysis, not the record ("Reviewer note",
# "Author's notes", "IMR author note"), whatever its head noun.
REVIEWERS_NOTE = re.compile(r"\b(?:reviewer|author|imr|panel|analyst)s?(?: s)? notes?\b")
# Words that close a header after its head noun ("Decision made", "Issues identified"): the
# head is the word before them.
TRAILING_PARTICIPLES = frozenset({"made", "taken", "agreed", "required", "identified", "given", "noted", "raised",
                                  "shared", "undertaken", "involved", "completed", "recorded", "received"})
# Words that end a header of a period's bounds ("Occurrence Date From", "Incident date to"): the head
# is the word before them.
DANGLING_PREPOSITIONS = frozenset({"from", "to", "until"})
# "Step name", "Activity name", "Worker name": the header names the word before "name" (a case
# system's workflow step, not a person's name).
NAMED_BY_THE_WORD_BEFORE = frozenset({"name"})
# "Contact by", "Visited by", "Entry made by": a header ending in "by" names who did it.
BY_WHOM = re.compile(r"\bby$")
# "Occurred on", "Seen on", "Entered on": a header of a past participle and "on" names a date (the
# record's, when the participle says it was recorded: see RECORDING_DATE).
DATED_ON = re.compile(r"\b(?:occurred|happened|seen|held|visited|entered|recorded|logged|reported|received|made|sent|"
                      r"done|written|created|started|met|contacted|called|assessed|examined|admitted|discharged|"
                      r"attended|completed)\s+on$")  # (not "Decision based on": no date)
DATED_ON_SCORE = 8.0
# Headers that name a date, but not the date of the event: never the event date.
NOT_EVENT_DATE = re.compile(r"\b(birth|dob|d o b|born|deceased|death|due|review date|closed|closure|opened|"
                            r"allocated|expiry|expires|target|deadline)\b")
# People an entry is about, not the worker who made it ("Involved person role" in police exports: victim,
# suspect); an "Offender manager" or a "Victim liaison officer" is a worker.
NOT_PRACTITIONER = re.compile(r"\binvolved (?:person|persons|party|parties)\b|\bperson involved\b|"
                              r"\b(?:victim|suspect|offender|perpetrator)s?\b"
                              r"(?! (?:manager|liaison|support|worker|officer|supervisor|advocate)\b)")
# Other agencies an entry names, not the one that recorded it: "Agencies present" (a MARAC's or
# a meeting's minutes), "Other agencies involved", "Attendees".
NOT_AGENCY = re.compile(r"\b(?:agencies|organisations|organizations|professionals|services|partners)\s+"
                        r"(?:present|involved|attending|in attendance|informed|notified|invited|consulted|contacted)\b|"
                        r"\bother (?:agency|agencies|organisations?|organizations?|services?)\b|\battendees\b|"
                        r"\b(?:present|attendance)\b|"
                        # who referred the person ("Referring agency", "Referrer", "Referred by"), as a
                        # foodbank's or a refuge's log keeps it: another agency, whose news the entry is
                        r"\breferr(?:ing|ers?|ed by)\b|\bsource of (?:referral|contact|concern)\b|\breferral source\b")
# "Source" alone is often the worker or team an entry came from; a source document is not a person.
SOURCE_DOCUMENT = re.compile(r"\bsource\b.*\b(information|document|documents|record|records|evidence|data|file)\b|"
                             r"\b(information|document|record|data)\s+source\b")
# A column of the times or days something was meant to happen (a home care visit's "Planned" time
# beside its "Actual in", a team's "Planned" visit beside its "Actual"), not when it did.
PLANNED = re.compile(r"(?i)\b(?:planned|scheduled|booked|due|expected|rostered|rota)\b")
# Headers with "time" in them that are not the time of day of the event: an age, a duration.
# (nor "at the time": "Professional's analysis at the time", the practitioner's view then)
NOT_EVENT_TIME = re.compile(r"\b(age|aged|spent|duration|length|mins|minutes|how long|waiting|travel|at (?:the|that) time)\b")
# The date a piece of work was finished ("Date completed" of a repair reported on the day beside
# it): a date column, but weaker still than a date of writing or reporting. The entry happened
# when the work was asked for; the day it was done is kept beside it.
# (likewise the day a case was decided or answered: "Date approached | Decision date")
COMPLETION_DATE = re.compile(r"\b(completed|completion|resolved|resolution|actioned|fixed|finished|done|decision|"
                             r"decided|outcome|response|responded|reply|replied|concluded)\b")
COMPLETION_DATE_SCORE = 4.5  # (still a date column when it is the only one: MIN_FIELD_SCORE)
# Dates of writing rather than of the event: a date column, but a weaker one ("Entry date" beside
# "Event date": the day the entry was typed in, beside the day it is about).
RECORDING_DATE = re.compile(r"\b(recorded|entered|entry|input|created|modified|updated|typed|written|logged|reported)\b")
SPLIT_ALTERNATIVES = re.compile(r"\s*(?:/|\\|&|\+|\band\b|\bor\b|\(|\)|,|;|\|)\s*")

# Headers of the columns of a date written over three (Day | Month | Year).
DATE_PART_HEADERS = {"day": "day", "dd": "day", "month": "month", "mm": "month", "mon": "month", "year": "year",
                     "yyyy": "year", "yy": "year"}

# Headers of a table of the return's own history, not of entries.
DOCUMENT_CONTROL = re.compile(r"^(?:version|revision|amendments?|changes?|change log)\b")
# The header of a column of dates that end the period each entry covers. (Not "Date closed": a
# concern raised on one day and closed a week later happened on the day it was raised; the
# closing date is kept beside it.)
END_DATE_HEADER = re.compile(r"^(?:(?:date|day)(?: of)? )?(?:to|end|ended|ending|until|discharged?|finish|finished|"
                             r"left|leaving)(?: date| on)?$|"  # ("Date of discharge")
                             r"^[a-z]+ (?:end|ended|ending|finish|finished)(?: date| on)?$|"  # "Stay end", "Episode ended"
                             r"^[a-z]+ (?:date )?(?:to|until)$")  # "Occurrence date to", "Incident to"
# A header cell that breaks off and goes on in the row below ("Date of" / "contact").
# ("Date:" or "Time -" is a whole header: only words that need more, and "/", "&", "(", break off.)
HEADER_BREAKS_OFF = re.compile(r"(?:\b(?:of|for|to|by|and|or|the|in|with)|[/&+(])\s*$", re.IGNORECASE)
# A row of guidance under a header: "(DD/MM/YYYY)", "e.g. phone call", "please include who was present".
HEADER_GUIDANCE = re.compile(r"^(?:\(.*\)|\[.*\]|e\.?g\.?\b.*|i\.?e\.?\b.*|please\b.*|dd[/.-]mm.*|hh[:.]mm.*|"
                             r"24 ?h(?:ou)?r.*|if\b.*|where\b.*|optional.*|include\b.*)$", re.IGNORECASE)
# A template's instruction to whoever fills it in, written under a header cell ("Enter one contact
# per row", "Describe what happened", "Use 24 hour clock").
HEADER_INSTRUCTION = re.compile(r"^(?:enter|write|record|give|add|describe|list|state|insert|type|use|select|choose|"
                                r"summarise|provide|one (?:contact|entry|event) per)\b", re.IGNORECASE)

# The label of a key of abbreviations ("Key", "Abbreviations used"), below the entries or beside them.
LEGEND_LABEL = re.compile(r"^\s*(?:key|legend|abbreviations?(?: used)?|glossary|acronyms)\s*:?\s*$", re.IGNORECASE)
DATE_IN_TEXT_SHARE = 0.6  # texts starting with a date, of a column's texts, for its entries to be read so
# The same in a sheet whose texts are all in one column, a record printed entry by entry (a GP journal:
# "02-Aug-2022  Dr K Shah (Surgery consultation)" above a line or two of what was said), so that one
# text in two or three starts with a date; at least JOURNAL_MIN_DATED of them.
JOURNAL_DATE_SHARE = 0.25
JOURNAL_MIN_DATED = 3
MIN_FIELD_SCORE = 4.0
MAX_HEADER_LENGTH = 250
# The first words of a sign-off below the entries ("Signed: A. Author | Date: 01/02/2013").
SIGN_OFF = re.compile(r"^\s*(?:signed|signature|sign(?:ed)?[- ]off|completed by|prepared by|compiled by|checked by|"
                      r"approved by|authori[sz]ed by|counter[- ]?signed|name of (?:author|person completing)|end of)\b",
                      re.IGNORECASE)
# The rest of a sign-off block below the entries, each a label and a colon ("Date completed: | 01/05/2024",
# "Job title: Named Nurse"): read as such only among the last rows (an entry's text may open "Email: …").
SIGN_OFF_LABEL = re.compile(r"^\s*(?:date (?:completed|of completion|signed|prepared|compiled|submitted)|"
                            r"(?:completion|signature|submission) date|job title|designation|author|tel(?:ephone)?|"
                            r"e-?mail)\s*:", re.IGNORECASE)
_WRITTEN_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b")
# A header naming a column of identifiers ("Ref", "ID", "Case no.", "Entry number"): its numbers are
# no dates, though 45012 could be Excel's day number for 27/03/2023.
IDENTIFIER_HEADER = re.compile(r"(?:(?:case|entry|record|log|incident|crime|job|contact|event|episode|row|line|"
                               r"serial|seq)\s+)?(?:ref|reference|id|no|number|num|#)\.?$|seq(?:uence)?$|serial$")
# Fields that hold short labels; a column of long text (mean length at least this) is none of them.
LABEL_FIELDS = ("agency", "practitioner", "contact_type")
LABEL_MAX_LENGTH = 60
# How a contact was made, as a column of labels says it ("Phone", "Home visit", "E-mail", "Letter"):
# such a column is the kind of contact whatever its header ("Agency contact" is no agency).
CONTACT_METHOD = re.compile(r"^(?:(?:tele)?phone(?: call)?|tel(?:ephone)?(?: call)?|call|t/?c|(?:home |office |school |"
                            r"joint |unannounced |announced |statutory )?visit|e-?mail|letter|meeting|text(?: message)?|"
                            r"sms|f2f|face to face|video(?: call)?|teams|virtual|voicemail|message|info(?:rmation)?|"
                            r"case ?note|discussion|admin|fax|post|referral|report|appointment|clinic|conference|"
                            r"strategy|contact|consultation|supervision|dna|(?:tele)?phone/email|email/phone|"
                            # where in a hospital, as a hospital's "Area" or "Location" says ("ED", "Ward 9")
                            r"ed|a ?& ?e|a and e|emergency department|resus|ward \w{1,3}|[pn]?icu|itu|hdu|scbu|nnu|"
                            r"opd|outpatients?|(?:labour|maternity|delivery) (?:ward|suite)|theatres?|day unit|"
                            r"pau|cau|paediatric assessment unit|miu|utc)$")
CONTACT_METHOD_SHARE = 0.8  # of a column's labels, for it to be read as the kind of contact
# Words a header names the entries by as kinds of entry: over short labels ("Contact", "ICPC"), the kind of contact.
ENTRY_KIND_WORDS = frozenset({"episode", "event", "events", "incident", "occurrence", "entry", "record", "activity",
                              "interaction", "intervention", "involvement"})
SHORT_LABELS = 25  # mean length of a column of labels ("Concern for welfare"), not entries' text
HEADER_EXAMPLES = re.compile(r"[(\[]\s*(?:e\.?\s?g\b|i\.?\s?e\b|for example|such as|examples?\b)[^)\]]*[)\]]?", re.IGNORECASE)
HEADER_SCAN_ROWS = 100  # non-empty rows: a long block of guidance may sit above the table
CONTENT_SAMPLE_ROWS = 300


def normalise_header(text: object) -> str:
    """Lower-case words only: 'Date/Time ' → 'date/time' (keeps / & for alternatives)."""
    if text is None:
        return ""
    # "Agency analysis – what does this tell us…": what follows a dash or a colon explains the
    # header, so it is read as a later alternative (which counts half).
    # A system's field names run words together ("ContactDate", "EventDetails"): apart, they read as words.
    value = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", str(text))
    # Examples in brackets say what to write, not what the column is: "Source (e.g. case note, letter)".
    value = HEADER_EXAMPLES.sub(" ", value)
    value = re.sub(r"\s+[-–—]\s+|\s*[–—]\s*|:\s+", " / ", value.lower())
    value = value.replace("_", " ").replace("-", " ").replace("’", "'")
    value = value.replace("follow up", "followup").replace("follow-up", "followup")
    value = re.sub(r"[^a-z0-9/&+,;|()\\ ]+", " ", value)
    return " ".join(MISSPELLINGS.get(word, word) for word in value.split())  # "Practioner", "Detials"


def field_scores(header: object) -> dict[str, float]:
    """How strongly a header names each field (0 when not at all).

    The first alternative of 'Event / Contact' counts fully, later ones half; within one, the
    head noun (the last word before 'of') counts fully and the other words half.
    """
    norm = normalise_header(header)
    scores = {f: 0.0 for f in FIELDS}
    if not norm:
        return scores
    alternatives = [a for a in SPLIT_ALTERNATIVES.split(norm) if a and a.strip()]
    for alt_index, alternative in enumerate(alternatives):
        weight_alt = 1.0 if alt_index == 0 else 0.5
        plain = alternative.replace("followup", "follow up")
        phrases = [phrase for phrase in FIELD_PHRASES if phrase in plain]
        # The longest phrase settles it: "what happened next" is the action, not "what happened".
        matched = {FIELD_PHRASES[p] for p in phrases if not any(p != other and p in other for other in phrases)}
        if alt_index == 0 and BY_WHOM.search(alternative.strip()):
            matched.add("practitioner")
        for fld in matched:
            scores[fld] += 12 * weight_alt
        head_part = re.split(r" (?:of|for|to|with|from|by|on|about|at) ", alternative)[0]
        words = alternative.split()
        head_words = head_part.split()
        while len(head_words) > 1 and (head_words[-1] in TRAILING_PARTICIPLES or head_words[-1] in DANGLING_PREPOSITIONS
                                       or head_words[-1] in NAMED_BY_THE_WORD_BEFORE):
            head_words.pop()
        head = words[0] if words and words[0] in WELSH_HEAD_WORDS else (head_words[-1] if head_words else "")
        for fld, vocabulary in FIELD_WORDS.items():
            best = 0.0
            for word in words:
                weight = vocabulary.get(word, 0.0)
                if not weight and word.endswith("s"):  # "Categories", "Dates"
                    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
                    weight = vocabulary.get(singular, 0.0) * 0.9
                if weight:
                    best = max(best, weight if word == head else weight * 0.5)
            scores[fld] += best * weight_alt
    if REVIEWERS_NOTE.search(norm):
        scores["comment"] += 12
    source_document = SOURCE_DOCUMENT.search(norm) is not None
    if source_document or NOT_PRACTITIONER.search(norm):
        scores["practitioner"] = 0.0
    if source_document:
        scores["details"] = 0.0  # "Source of information": where an entry came from, not what it says
    if NOT_AGENCY.search(norm):
        scores["agency"] = scores["practitioner"] = 0.0
    if NOT_EVENT_TIME.search(norm):
        scores["time"] = 0.0
    if DATED_ON.search(norm):
        scores["date"] = max(scores["date"], DATED_ON_SCORE)
    if NOT_EVENT_DATE.search(norm):
        scores["date"] = 0.0
    elif RECORDING_DATE.search(norm) and scores["date"]:
        scores["date"] = 6.0  # a date column, but an event date column beside it wins
    if COMPLETION_DATE.search(norm) and scores["date"]:
        scores["date"] = min(scores["date"], COMPLETION_DATE_SCORE)
    if PLANNED.search(norm) and scores["date"]:
        scores["date"] = min(scores["date"], 6.0)  # "Planned date": a date column, but "Actual date" beside it wins
    if END_DATE_HEADER.match(norm):
        scores["date"] *= 0.5  # "End date", "Discharge date": the period's end; the start beside it is the date
    if scores["date"] and scores["time"] and "date" in norm.split("/")[0]:
        scores["time"] *= 0.5  # "Date/Time" is the date column (with the time inside)
    return scores


@dataclass
class ColumnMap:
    """Which column index holds each field, how each was decided, and the headers of the rest."""

    header_row_index: int  # index into grid.rows
    headers: list[str]  # display name per column ("Column F" when the header cell is blank)
    fields: dict[str, int] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)  # field → "header" | "content" | "config"
    notes: list[tuple[str, str]] = field(default_factory=list)  # (what was decided by content, how to undo it)
    # A date split over columns (Day | Month | Year): the day's column (or None), the month's, the year's.
    date_parts: tuple[int | None, int, int | None] | None = None  # (no year's column: the month's cells hold it)
    date_end: int | None = None  # the column of the end of a period ("End date", "Discharge date"), if any
    date_in_text: bool = False  # the entries are texts that start with their date, in the details column
    # The review config says this return's dates are month-first ([agency.X] dates = "month-first").
    month_first: bool = False
    has_header: bool = True  # False: no header row; the entries start just below header_row_index
    # A column of text per service or agency ("Date | Midwifery | Health Visiting | ED"), each entry
    # written in the column of whoever made it: those columns (see _lanes); empty when not so laid out.
    lanes: list[int] = field(default_factory=list)
    # A column of notes per part of the day ("Date | AM | PM | Night"), several written on most days: those
    # columns, whose texts are each entry's details, a line each under its header (see _parts_of_the_day).
    day_parts: list[int] = field(default_factory=list)
    # A key of abbreviations beside the table, headed "Key" in the header row (see _key_beside): its columns.
    aside: list[int] = field(default_factory=list)
    # Other columns of dates beside the entries' ("Decision date"), kept as written.
    other_dates: list[int] = field(default_factory=list)

    def place(self, fld: str, col: int, how: str = "content") -> None:
        self.fields[fld] = col
        self.how[fld] = how

    def unplace(self, fld: str) -> int:
        """Take a field off its column; returns the column."""
        self.how.pop(fld, None)
        return self.fields.pop(fld)

    def extra_columns(self) -> list[int]:
        used = (set(self.fields.values()) | {c for c in (*(self.date_parts or ()), self.date_end) if c is not None}
                | set(self.lanes) | set(self.aside) | set(self.day_parts))
        return [i for i in range(len(self.headers)) if i not in used]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _is_label(value: object) -> bool:
    """A cell that could be a header: text, not a date or a number. Templates put guidance in
    their headers ("Details of contact (please include: who was present, what was discussed
    …)"), so a header may be a few lines long."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    # A header names a column; it holds no date ("Date: 01/02/2013" beside a signature is a sign-off).
    return 0 < len(text) <= MAX_HEADER_LENGTH and not looks_like_date(text) and not _WRITTEN_DATE.search(text)


def _row_header_score(row: list[object]) -> tuple[float, set[str]]:
    labels = [c for c in row if c is not None]
    # (One title merged across the columns, "Completed by: IMR author", names no column.)
    if len(set(labels)) < 2 or not all(_is_label(c) for c in labels):
        return 0.0, set()
    best_per_field: dict[str, float] = {}
    for cell in labels:
        scores = field_scores(cell)
        fld = max(scores, key=lambda f: scores[f])
        if scores[fld] >= MIN_FIELD_SCORE:
            best_per_field[fld] = max(best_per_field.get(fld, 0.0), scores[fld])
    return sum(best_per_field.values()), set(best_per_field)


def _fill_merged_header(grid: Grid, row_index: int, width: int) -> list[object]:
    """A header row with merged cells spread across the columns they cover."""
    row = list(grid.rows[row_index]) + [None] * (width - len(grid.rows[row_index]))
    for r1, c1, r2, c2 in grid.merged:
        if r1 <= row_index <= r2:
            value = grid.rows[r1][c1] if c1 < len(grid.rows[r1]) else None
            for c in range(c1, min(c2 + 1, width)):
                row[c] = value if row[c] is None else row[c]
    return row


def merged_text_columns(grid: Grid, mapping: ColumnMap) -> dict[int, list[int]]:
    """Text fields whose header is one cell merged over several columns ("Details" over C-D, the
    narrative run on into the next column): the field's column → the other columns under it
    that no field took, whose cells hold more of the same text."""
    if not mapping.has_header:
        return {}
    index = mapping.header_row_index
    text_columns = {mapping.fields[f] for f in ("details", "action", "comment") if f in mapping.fields}
    taken = set(mapping.fields.values())
    found = {}
    for r1, c1, r2, c2 in grid.merged:
        if r1 <= index <= r2 and c2 > c1 and c1 in text_columns:
            others = [c for c in range(c1 + 1, min(c2 + 1, len(mapping.headers))) if c not in taken]
            if others:
                found[c1] = others
    return found


# A header numbering one piece of a text a system cut into several columns: "Narrative 1", "Narrative 2";
# "Notes", "Notes (cont)", "Notes continued". (Not "Notes (2)": how two columns of one header are told apart.)
_PIECE_HEADER = re.compile(r"^(?P<base>.*?[a-z].*?)\s*(?:(?:part |pt )?(?P<number>\d{1,2})|"
                           r"\(?\s*(?:cont|contd|cont'd|continued)\.?\s*\)?)$")


def text_in_pieces(mapping: ColumnMap) -> dict[int, list[int]]:
    """Text fields whose text a system cut into pieces, a column each, side by side ("Narrative 1",
    "Narrative 2", "Narrative 3"; "Notes", "Notes (cont)"): the first piece's column → the columns
    of the rest, none of which another field took. The field is moved to the first piece's column
    when its header picked another (the longest piece may be the second)."""
    found = {}
    # Each header's text with its piece's number left off ("narrative" of "Narrative 2"), and whether it numbers one.
    bases = [(match["base"], True) if (match := _PIECE_HEADER.match(header)) else (header, False)
             for header in map(normalise_header, mapping.headers)]
    for fld in ("details", "action", "comment"):
        col = mapping.fields.get(fld)
        if col is None or mapping.how.get(fld) != "header":
            continue
        taken = set(mapping.fields.values()) - {col}
        base = bases[col][0]
        first, last = col, col
        while first > 0 and bases[first][1] and bases[first - 1][0] == base and first - 1 not in taken:
            first -= 1
        while last + 1 < len(bases) and bases[last + 1] == (base, True) and last + 1 not in taken:
            last += 1
        if last == first:
            continue
        if first != col:
            mapping.unplace(fld)
            mapping.place(fld, first, "header")
        found[first] = list(range(first + 1, last + 1))
    return found


def find_header(grid: Grid, config_columns: dict[str, str] | None = None) -> ColumnMap | None:
    """The header row and column map of a sheet, or ``None`` when nothing looks like a chronology."""
    width = max((len(r) for r in grid.rows), default=0)
    if not width:
        return None
    config = {normalise_header(k): v for k, v in (config_columns or {}).items()}  # (header_at normalises its own)
    candidates = []
    seen = 0
    for index, raw in enumerate(grid.rows):
        if seen >= HEADER_SCAN_ROWS:
            break
        if not any(c is not None for c in raw):
            continue
        seen += 1
        row = _fill_merged_header(grid, index, width)
        score, found = _row_header_score(row)
        if config:
            score += 20 * sum(1 for c in row if c is not None and normalise_header(c) in config)
            found |= {config[normalise_header(c)] for c in row if c is not None and normalise_header(c) in config}
        if score and ("date" in found or "details" in found or _has_dates_below(grid, index, width)):
            candidates.append((score + (15 if "date" in found else 0) + (5 if "details" in found else 0), -index, index,
                               "date" in found))
    first_entry = _first_entry_without_header(grid, width)  # of entries with no header, if any
    candidates = [c for c in candidates if not _entry_below_entries(grid, first_entry, c[2])]
    if candidates:
        index = max(candidates)[2]
        # A table of entries above the best header ("MOTHER" above one table, "CHILD A" above the
        # next): reading starts at the first one, and each header below takes over (see read_sheet).
        above = sorted(c[2] for c in candidates if c[3] and c[2] < index)
        for first, following in zip(above, [*above[1:], index]):
            if is_document_control(grid.rows[first]):
                continue  # "Version | Date | Author": the return's history, not its entries
            mapping = header_at(grid, first, config_columns)
            if _holds_entries(grid, mapping, following):
                return mapping
    else:
        index = _header_by_content(grid, width)
        if index is not None and _entry_below_entries(grid, first_entry, index):
            index = None
        if index is None:
            first = first_entry
            if first is None:
                first = _first_entry_starting_with_date(grid)
            if first is None:
                return None
            # No header at all: every column is read by its content, from the first entry on.
            mapping = _map_columns(grid, first - 1, [None] * width, config)
            mapping.has_header = False
            return mapping
    return header_at(grid, index, config_columns)


def header_at(grid: Grid, index: int, config_columns: dict[str, str] | None = None) -> ColumnMap:
    """The column map of the header in row ``index`` (with the labels of merged cells and of a
    group header above it, and its second row if it goes on in the next)."""
    width = max((len(r) for r in grid.rows), default=0)
    config_columns = {normalise_header(k): v for k, v in (config_columns or {}).items()}
    headers_row = _fill_merged_header(grid, index, width)
    above = grid.rows[index - 1] if index > 0 else []
    if sum(_is_label(c) for c in above) >= 3:  # a header row, not an "Agency: X" title
        # A header over two rows whose merged cells the file does not record (.ods): an empty
        # header cell under a label takes that label ("Details" over an empty cell).
        for col, cell in enumerate(headers_row):
            if cell is None and col < len(above) and _is_label(above[col]):
                headers_row[col] = above[col]
    for col, group in _group_labels(grid, index, width).items():
        sub = headers_row[col]
        if sub is None or not _is_label(sub):
            headers_row[col] = group
        elif group.casefold() not in sub.casefold():
            headers_row[col] = f"{group} {sub.strip()}"  # "Practitioner" over "Name": "Practitioner Name"
    continued = _header_continued(grid, index, headers_row)
    if continued is None:
        return _map_columns(grid, index, headers_row, config_columns)
    mapping = _map_columns(grid, index + 1, continued, config_columns)
    joined = [f"'{h}'" for h, below in zip(mapping.headers, grid.rows[index + 1]) if below is not None]
    mapping.notes.append((f"row {grid.row_numbers[index + 1]} continues the header of row {grid.row_numbers[index]}: "
                          f"read as one header ({', '.join(joined[:4])}{', …' if len(joined) > 4 else ''})",
                          "nothing to do if those are the columns' names"))
    return mapping


def starts_new_table(row: list[object]) -> bool:
    """Whether a row below the header is the header of another table: a cell of it is plainly a
    date header ("Date of consultation", not "Date TBC"), in any column, and it names another field."""
    if not any(_plainly_date_header(cell) for cell in row if isinstance(cell, str) and "date" in cell.casefold()):
        return False
    score, found = _row_header_score(row)
    return score > 0 and len(found) >= 2


def _plainly_date_header(cell: str) -> bool:
    scores = field_scores(cell)
    return scores["date"] >= 8 and max(scores, key=scores.get) == "date"


def is_document_control(row: list[object]) -> bool:
    """A header of the return's own history ("Version | Date | Author | Changes")."""
    return any(DOCUMENT_CONTROL.match(normalise_header(c)) for c in row if isinstance(c, str))


def _holds_entries(grid: Grid, mapping: ColumnMap, end: int) -> bool:
    """Whether the rows below a header, before row ``end``, are entries of it: two or more with a
    date in its date column, one at least with some text (15 characters or more) beside it."""
    date_col = mapping.fields.get("date")
    if date_col is None:
        return False
    dated = [row for row in grid.rows[mapping.header_row_index + 1:end]
             if date_col < len(row) and looks_like_date(row[date_col])]
    return len(dated) >= 2 and any(isinstance(c, str) and len(c) >= 15 for row in dated for c in row)


def _header_continued(grid: Grid, index: int, headers_row: list[object]) -> list[object] | None:
    """A header written over two rows ("Date of" above "contact"; "Date" above "(DD/MM/YYYY)"):
    the two joined, column by column; None when the row below is not part of the header.

    The row below continues the header when it has at least two cells (one, under header cells
    merged down over it), all short labels, and
    either a header cell above one of them breaks off ("Date of", "Outcome /"; then no number
    either), or header cells are merged down over it, or one is merged across two of its cells
    ("Contact" over "Date | Time"; no number either), or every one is guidance ("(DD/MM/YYYY)",
    "e.g. phone call"), or one is an instruction and none holds a number ("Enter one contact per
    row | Role | What happened"): a template's guidance row, which no entry is.
    """
    if index + 1 >= len(grid.rows):
        return None
    below = grid.rows[index + 1]
    cells = [(col, str(cell).strip()) for col, cell in enumerate(below) if cell is not None]
    # Header cells merged down over the row below ("Date" over two rows, beside "Practitioner" over
    # "Name | Role"): the header is two rows deep, though the row below may add one word only
    # ("Contact" over "type").
    merged_down = any(r1 == index and r2 > index for r1, _, r2, _ in grid.merged)
    if len(cells) < (1 if merged_down else 2) or not all(_is_label(below[col]) and len(text) <= 60 for col, text in cells):
        return None
    # A cell of the row below under a header cell that breaks off, and no number anywhere (an entry has one).
    above = [_text(headers_row[col]) if col < len(headers_row) else "" for col, _ in cells]
    breaks_off = (any(HEADER_BREAKS_OFF.search(text) for text in above if text)
                  and not any(ch.isdigit() for _, text in cells for ch in text))
    # … or a header cell merged across two cells or more of the row below ("Contact" over "Date | Time"),
    # beside header cells with nothing below them ("What happened"): a group header above its columns.
    grouped = (any(r1 == r2 == index and c2 > c1 and sum(c < len(below) and below[c] is not None
                                                          for c in range(c1, c2 + 1)) >= 2
                   for r1, c1, r2, c2 in grid.merged)
               and not any(ch.isdigit() for _, text in cells for ch in text))
    instructed = (any(HEADER_INSTRUCTION.match(text) for _, text in cells)
                  and not any(ch.isdigit() for _, text in cells for ch in text))
    if not (breaks_off or merged_down or grouped or instructed or all(HEADER_GUIDANCE.match(text) for _, text in cells)):
        return None
    joined = list(headers_row) + [None] * (len(below) - len(headers_row))
    for col, text in cells:
        joined[col] = f"{_text(joined[col])} {text}".strip()
    return joined


def _group_labels(grid: Grid, index: int, width: int) -> dict[int, str]:
    """The labels of a group header row just above the header ("Event" over "Date | Time",
    "Practitioner" over "Name | Role"), by column. A title above the header (the row's only
    cell) is no group."""
    if index == 0 or sum(c is not None for c in grid.rows[index - 1]) < 2:
        return {}
    groups: dict[int, str] = {}
    for r1, c1, r2, c2 in grid.merged:
        if r2 == index - 1 and c2 > c1 and c1 < len(grid.rows[r1]) and _is_label(grid.rows[r1][c1]):
            for col in range(c1, min(c2 + 1, width)):
                groups[col] = str(grid.rows[r1][c1]).strip()
    return groups


def _first_entry_without_header(grid: Grid, width: int) -> int | None:
    """The first row of a sheet of entries with no header: a row whose cell in some column reads
    as a date, like most of the rows below it, beside a column of text. None if there is none."""
    for index, row in enumerate(grid.rows[:HEADER_SCAN_ROWS]):
        dated = [col for col, cell in enumerate(row) if looks_like_date(cell)]
        if not dated:
            continue
        below = [r for r in grid.rows[index:index + 12] if _could_be_entry(r)]
        for col in dated:
            dates = sum(looks_like_date(r[col]) for r in below if col < len(r))
            texts = [c for r in below for c in r if isinstance(c, str) and len(c) >= 20 and not looks_like_date(c)]
            # (A return of one entry has one dated row.)
            if dates >= max(min(2, len(below)), len(below) // 2) and texts:
                return index
        return None  # the first dated row is not the start of a table of entries
    return None


def _entry_below_entries(grid: Grid, first_entry: int | None, index: int) -> bool:
    """Whether row ``index``, taken for a header, is rather one of the entries above it that have no
    header: a header repeated on a later page names the date over their dates; "unknown |
    Records requested (date not recorded)" does not. ``first_entry``: see _first_entry_without_header."""
    if first_entry is None or first_entry >= index:
        return False
    date_col = next(col for col, cell in enumerate(grid.rows[first_entry]) if looks_like_date(cell))
    cell = grid.rows[index][date_col] if date_col < len(grid.rows[index]) else None
    return not (_is_label(cell) and field_scores(cell)["date"] >= MIN_FIELD_SCORE)


def _sample_entries(grid: Grid, header_index: int) -> list[list[object]]:
    """The rows below the header that say what the entries' columns hold: not a sign-off, nor (in a
    table of several columns) a row of one cell, such as a heading or "END OF CHRONOLOGY"."""
    rows = [row for row in grid.rows[header_index + 1:header_index + 1 + CONTENT_SAMPLE_ROWS]
            if any(c is not None for c in row) and not _is_sign_off(row)]
    several = [row for row in rows if sum(c is not None for c in row) >= 2]
    return several or rows  # (a chronology pasted from Word is one column of texts)


def _is_sign_off(row: list[object]) -> bool:
    first = next((c for c in row if c is not None), None)
    return isinstance(first, str) and SIGN_OFF.match(first) is not None


def _could_be_entry(row: list[object]) -> bool:
    """Not a blank row, a one-cell title or end marker, or a sign-off."""
    return sum(c is not None for c in row) >= 2 and not _is_sign_off(row)


def _first_entry_starting_with_date(grid: Grid) -> int | None:
    """The first row of a sheet of entries written as texts that start with their date
    ("03/02/2020 - Home visit…"), each in one cell; None if the sheet is not one."""
    for index, row in enumerate(grid.rows[:HEADER_SCAN_ROWS]):
        for col, cell in enumerate(row):
            if isinstance(cell, str) and split_leading_date(cell.strip()) is not None:
                return index if _entries_start_with_dates(grid, index - 1, col) else None
    return None


def _entries_start_with_dates(grid: Grid, header_index: int, col: int) -> bool:
    """Whether a column's texts below the header are entries that each start with their date: most
    of them do (DATE_IN_TEXT_SHARE; of three or more, or both of two: a return of two entries), or
    the sheet holds nothing outside the column and a fair share do (a journal; JOURNAL_DATE_SHARE)."""
    below = grid.rows[header_index + 1:header_index + 1 + CONTENT_SAMPLE_ROWS]
    texts = [row[col].strip() for row in below if col < len(row) and isinstance(row[col], str) and row[col].strip()]
    one_column = all(cell is None or (isinstance(cell, str) and not cell.strip())
                     for row in below for place, cell in enumerate(row) if place != col)
    if len(texts) < 2:
        # (the one entry of a one-entry return, with nothing else below it: a MARAC's minutes of one case heard)
        return len(texts) == 1 and one_column and split_leading_date(texts[0]) is not None
    dated = sum(split_leading_date(text) is not None for text in texts)
    if dated == len(texts) or (len(texts) >= 3 and dated >= DATE_IN_TEXT_SHARE * len(texts)):
        return True
    return one_column and dated >= max(JOURNAL_MIN_DATED, JOURNAL_DATE_SHARE * len(texts))


def _has_dates_below(grid: Grid, index: int, width: int) -> bool:
    below = [r for r in grid.rows[index + 1:index + 12] if any(c is not None for c in r)]
    if not below:
        return False
    for col in range(width):
        values = [r[col] for r in below if col < len(r) and r[col] is not None]
        # (two dates at least, or the one entry of a one-entry return)
        if values and sum(looks_like_date(v) for v in values) >= max(min(2, len(below)), len(below) // 2):
            return True
    return False


def _header_by_content(grid: Grid, width: int) -> int | None:
    """A header nobody would recognise by its words: the all-text row just above rows of dates."""
    for index, row in enumerate(grid.rows[:HEADER_SCAN_ROWS]):
        labels = [c for c in row if c is not None]
        if len(labels) >= 2 and all(_is_label(c) for c in labels) and _has_dates_below(grid, index, width):
            return index
    return None


DATES_OVER_HEADER = 0.8  # the share of a column's cells that must read as dates to overrule its header


def _column_profile(grid: Grid, header_index: int, col: int) -> tuple[float, float, float, int]:
    """(share reading as dates, share reading as times, mean text length, values seen) below the header."""
    values = [row[col] for row in _sample_entries(grid, header_index) if col < len(row) and row[col] is not None]
    if not values:
        return 0.0, 0.0, 0.0, 0
    dates = sum(looks_like_date(v) for v in values) / len(values)
    times = sum(_looks_like_time(v) for v in values) / len(values)
    length = sum(len(_text(v)) for v in values if isinstance(v, str)) / len(values)
    return dates, times, length, len(values)


def _holds_the_entries_over(text: tuple[float, float, float, int], details: tuple[float, float, float, int]) -> bool:
    """Whether a column (``text``, its profile: see _column_profile) holds the entries' text rather
    than the column read as the details: text much longer on average, or, not short itself, three
    times the text in all (mean length times cells: a details column left empty on most rows)."""
    return text[2] >= max(40, 3 * details[2]) or (text[2] >= SHORT_LABELS and text[2] * text[3] >= 3 * details[2] * details[3])


def _holds_contact_methods(grid: Grid, header_index: int, col: int) -> bool:
    """Whether a column's labels say how each contact was made ("Phone", "Home visit"), most of them."""
    labels = [" ".join(_text(row[col]).casefold().replace(".", "").split()) for row in _sample_entries(grid, header_index)
              if col < len(row) and _text(row[col])]
    return bool(labels) and sum(CONTACT_METHOD.match(label) is not None for label in labels) >= CONTACT_METHOD_SHARE * len(labels)


def best_field(header: object) -> str | None:
    """The field a header (or a form's label) names most, if it names one at all."""
    scores = field_scores(header)
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= MIN_FIELD_SCORE else None


def _names_entry_kind(header: object) -> bool:
    """Whether a header names the entries' text as a kind of entry ("Episode", "Event type"), not
    what was found ("Presenting complaint", "Diagnosis": a hospital's, kept under its own header)."""
    return best_field(header) == "details" and not ENTRY_KIND_WORDS.isdisjoint(normalise_header(header).split())


# A date written in a text, as a date-time is exported ("7/10/24 9:02:11", "2024-07-10 09:02").
_WRITTEN_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}")


def _dated_apart(grid: Grid, header_index: int, col: int, date_col: int) -> bool:
    """Whether a column's texts hold dates (with their times), most of them on other days than the
    date column's: dates of something else, such as a form's filling in. (Not the same day written
    again beside its time: "09/07/2024 22:30" beside "09/07/2024".)"""
    pairs = [(row[col].strip(), row[date_col]) for row in _sample_entries(grid, header_index)
             if max(col, date_col) < len(row) and isinstance(row[col], str) and row[date_col] is not None]
    dated = [(text, day) for text, day in pairs if _WRITTEN_DATE.search(text)]
    apart = sum(parse_event_date(text)[0].value != parse_event_date(day)[0].value for text, day in dated)
    return bool(pairs) and len(dated) >= CONTACT_METHOD_SHARE * len(pairs) and apart * 2 > len(dated)


# A column's answers to a yes-or-no question ("Key practice episode (Y/N)", "Attended?"): no labels.
YES_OR_NO = frozenset({"y", "n", "yes", "no", "true", "false", "x", "n/a", "na"})


def _holds_word_labels(grid: Grid, header_index: int, col: int) -> bool:
    """Whether a column's cells are labels in words ("Strategy discussion", "ICPC"), most of them;
    not references or numbers ("OCC/22/1187", "3"), nor answers yes or no ("Y", "N")."""
    labels = [_text(row[col]) for row in _sample_entries(grid, header_index) if col < len(row) and _text(row[col])]
    worded = sum(not any(ch.isdigit() for ch in label) and any(ch.isalpha() for ch in label)
                 and label.strip().casefold() not in YES_OR_NO for label in labels)
    return bool(labels) and worded >= CONTACT_METHOD_SHARE * len(labels)


def _looks_like_time(value: object) -> bool:
    """A time of day, also a span or an approximate one ("14:00-15:00", "c. 09:00"); not a count."""
    if isinstance(value, dt.time):
        return True
    if isinstance(value, str) and (len(value.strip()) > 24 or not any(ch.isdigit() for ch in value)):
        return False
    when, issue = parse_time(value)
    return when is not None and (issue is None or issue.level == Level.INFO)


def _map_columns(grid: Grid, index: int, header_cells: list[object], config_columns: dict[str, str]) -> ColumnMap:
    headers: list[str] = []
    counts: dict[str, int] = {}
    for col, cell in enumerate(header_cells):
        name = " ".join(_text(cell).split()) or f"Column {column_letter(col)}"  # "Date\n(DD/MM/YYYY)": one line
        counts[name] = counts.get(name, 0) + 1
        headers.append(name if counts[name] == 1 else f"{name} ({counts[name]})")
    mapping = ColumnMap(header_row_index=index, headers=headers)

    # 1. The review config says so ("extra" keeps a column out of every field).
    pinned_extra = set()
    for col, cell in enumerate(header_cells):
        wanted = config_columns.get(normalise_header(cell)) if cell is not None else None
        if wanted in FIELDS and wanted not in mapping.fields:
            mapping.place(wanted, col, "config")
        elif wanted is not None:
            pinned_extra.add(col)

    # 2. By meaning: best (score, field, column) first, each field and column used once.
    ranked = []
    for col, cell in enumerate(header_cells):
        if cell is None or col in mapping.fields.values() or col in pinned_extra:
            continue
        scores = field_scores(cell)
        for fld, score in scores.items():
            # (a column is the agency's only when that is what its header says most: the second
            # "Agency response" column, "… Outcome", is no agency when the first takes the action)
            if score >= MIN_FIELD_SCORE and not (fld == "agency" and score < max(scores.values())):
                ranked.append((score, fld, col))
    profiles = {col: _column_profile(grid, index, col) for col in range(len(header_cells))}
    # Among several details candidates the longest text wins; among date candidates, real dates.
    ranked.sort(key=lambda item: (item[0] + _content_bonus(item[1], profiles[item[2]]), -item[2]), reverse=True)
    for _, fld, col in ranked:
        if fld in mapping.fields or col in mapping.fields.values():
            continue
        mapping.place(fld, col, "header")

    # A date split over Day, Month and Year columns (as some case systems export it), or over Day and
    # a Month holding its year too ("Month | Day": "March 2024" | 4, as a midwife's return may write it).
    parts = {DATE_PART_HEADERS[normalise_header(cell)]: col for col, cell in enumerate(header_cells)
             if cell is not None and normalise_header(cell) in DATE_PART_HEADERS}
    if ("month" in parts and "day" in parts and "year" not in parts
            and profiles[parts["month"]][0] >= 0.5):
        parts["year"] = None  # (the month's cells give it)
    if "month" in parts and "year" in parts and mapping.fields.get("date") in (None, parts.get("day"), parts["month"]):
        mapping.date_parts = (parts.get("day"), parts["month"], parts["year"])
        for col in parts.values():
            taken = next((f for f, c in mapping.fields.items() if c == col), None)
            if taken is not None:
                mapping.unplace(taken)
        mapping.place("date", parts.get("day", parts["month"]), "header")

    # 3. By content, for what the headers did not say.
    time_col = mapping.fields.get("time")
    if "date" not in mapping.fields and time_col is not None and profiles[time_col][0] >= 0.5:
        # "Time and date of incident": the header reads as a time, the cells are dates.
        mapping.place("date", mapping.unplace("time"))
    # (the Month and Year columns of a date split over three are the date's: "2024" is no time "20:24")
    date_part_cols = set(mapping.date_parts or ())
    free = [c for c in range(len(header_cells))
            if c not in mapping.fields.values() and c not in pinned_extra and c not in date_part_cols]
    # (a column of reference numbers, "Ref" 45012, holds no Excel day numbers: never read as dates)
    datable = [c for c in free if not IDENTIFIER_HEADER.match(normalise_header(header_cells[c]))]
    date_col = mapping.fields.get("date")
    if (date_col is not None and mapping.how.get("date") == "header" and not mapping.date_parts
            and profiles[date_col][3] and profiles[date_col][0] < 0.2):
        better = max(datable, key=lambda c: profiles[c][0], default=None)
        if better is not None and profiles[better][0] >= 0.6:
            mapping.notes.append((f"'{headers[date_col]}' holds no dates; the dates are in '{headers[better]}'",
                                  _remap_fix(headers[date_col], "date")))
            free.append(date_col)
            free.remove(better)
            mapping.place("date", better)
    for fld in LABEL_FIELDS:
        col = mapping.fields.get(fld)
        if col is not None and mapping.how.get(fld) == "header" and profiles[col][2] >= LABEL_MAX_LENGTH:
            # "Information known to the agency" holding paragraphs: not the agency's name.
            mapping.notes.append((f"'{headers[col]}' holds long text, not a {fld.replace('_', ' ')}; "
                                  "not read as one", _remap_fix(headers[col], fld)))
            free.append(mapping.unplace(fld))
    agency_col = mapping.fields.get("agency")
    if (agency_col is not None and mapping.how.get("agency") == "header" and "contact_type" not in mapping.fields
            and _holds_contact_methods(grid, index, agency_col)):
        mapping.notes.append((f"'{headers[agency_col]}' holds how each contact was made ('Phone', 'Visit' …), not "
                              "agencies: read as the kind of contact", _remap_fix(headers[agency_col], "agency")))
        mapping.place("contact_type", mapping.unplace("agency"))
    date_col, time_col = mapping.fields.get("date"), mapping.fields.get("time")
    if (date_col is not None and time_col is not None and mapping.how.get("date") == mapping.how.get("time") == "header"
            and profiles[date_col][0] < 0.2 and profiles[date_col][1] >= DATES_OVER_HEADER
            and profiles[time_col][0] >= DATES_OVER_HEADER):
        # The headers over each other's columns ("Date" over 14:35, "Time" over 01/03/2023): read as written.
        mapping.notes.append((f"'{headers[date_col]}' holds times and '{headers[time_col]}' dates: each is read "
                              "as what it holds", f"if that is wrong, map the columns in review.toml: [agency.X] "
                              f"columns = {{ \"{headers[time_col]}\" = \"date\", \"{headers[date_col]}\" = \"time\" }}"))
        mapping.unplace("date")
        mapping.unplace("time")
        mapping.place("date", time_col)
        mapping.place("time", date_col)
        time_col = date_col
    if (time_col is not None and mapping.how.get("time") == "header"
            and profiles[time_col][3] >= 3 and profiles[time_col][1] < 0.2):
        # "Time of day" holding "3 months" or "30": not clock times; kept as written in extra.
        mapping.notes.append((f"'{headers[time_col]}' holds no times of day; kept as written, not read as the time",
                              _remap_fix(headers[time_col], "time")))
        free.append(mapping.unplace("time"))
    date_col, time_col = mapping.fields.get("date"), mapping.fields.get("time")
    if (time_col is not None and date_col is not None and mapping.how.get("time") == "header"
            and _dated_apart(grid, index, time_col, date_col)):
        # "Start time" and "Completion time" of an online form ("7/10/24 9:02:11"): when it was filled
        # in, on other days than the entries' dates; kept as written, not read as the entries' time.
        mapping.notes.append((f"'{headers[time_col]}' holds dates and times apart from the entries' dates (when "
                              "each was written, perhaps): kept as written, not read as the time",
                              _remap_fix(headers[time_col], "time")))
        free.append(mapping.unplace("time"))
    details_col = mapping.fields.get("details")
    if details_col is not None and mapping.how.get("details") == "header" and profiles[details_col][2] < SHORT_LABELS:
        # "Key practice episode" or "Occurrence" holding labels ("Sudden death"), while another column
        # holds the narrative: one no header names, or one headed as a comment or the action
        # (a GP system's "Problem | Comments", its consultations' text under "Comments").
        headed = {mapping.fields[f]: f for f in ("action", "comment") if mapping.how.get(f) == "header"}
        longest = max([*free, *headed], key=lambda c: profiles[c][2], default=None)
        # (or a column of routine entries, not long on average, under a details column left empty on
        # most rows: "LOG" labelling a few of the police's entries, their text under "REMARKS")
        if longest is not None and _holds_the_entries_over(profiles[longest], profiles[details_col]):
            mapping.notes.append((f"'{headers[details_col]}' holds short labels; the entries are in "
                                  f"'{headers[longest]}'", _remap_fix(headers[details_col], "details")))
            free.append(details_col)
            if longest in headed:
                mapping.unplace(headed[longest])
            else:
                free.remove(longest)
            mapping.place("details", longest)
    if "date" not in mapping.fields and not mapping.date_parts:
        # No header names the date, and no free column holds dates, but a column headed as another
        # field does ("Contact received" read as the contact type, its cells "02/02/2024 19:20"):
        # the dates are the event's.
        placed = {col: fld for fld, col in mapping.fields.items() if mapping.how.get(fld) == "header"}
        dated = max(placed, key=lambda c: profiles[c][0], default=None)
        if dated is not None and profiles[dated][0] >= DATES_OVER_HEADER:
            fld = placed[dated]
            mapping.notes.append((f"'{headers[dated]}' holds dates, not a {fld.replace('_', ' ')}: read as the date",
                                  _remap_fix(headers[dated], fld)))
            mapping.unplace(fld)
            mapping.place("date", dated)
    # A field no header names: the free column whose cells read most as it (profile: dates, times, length).
    for fld, measure, least in (("date", 0, 0.5), ("time", 1, 0.6), ("details", 2, 12)):
        if fld not in mapping.fields:
            # (a column of dates with times, "Date/time reported", is a second date, not the time of the event;
            # a meeting's "Attendees", however long its lists, is who was there, not what it decided)
            candidates = [c for c in free if (fld != "time" or profiles[c][0] < 0.5) and (fld != "date" or c in datable)
                          and (fld != "details" or not NOT_AGENCY.search(normalise_header(header_cells[c])))]
            # (of two columns of times or of dates, "Planned" and "Actual", when it happened: a planned
            # one only when no other column has enough)
            better = max(candidates, key=lambda c, m=measure, least=least: (
                profiles[c][m] >= least and not (fld in ("date", "time") and PLANNED.search(_text(header_cells[c]))),
                profiles[c][m]), default=None)
            if better is not None and profiles[better][measure] >= least:
                mapping.place(fld, better)
                free.remove(better)
    if "contact_type" not in mapping.fields:
        # A column no header names whose labels say how each contact was made ("Phone", "Visit", "Email").
        methods = next((c for c in free if c not in mapping.fields.values() and _holds_contact_methods(grid, index, c)),
                       None)
        if methods is not None:
            mapping.place("contact_type", methods)
            free.remove(methods)
    if "contact_type" not in mapping.fields and mapping.how.get("details") == "header":
        # "Episode", "Event" or "Incident" holding labels ("Contact", "Strategy discussion", "ICPC")
        # beside the column headed as the entries' text: what kind of entry each is.
        labels = next((c for c in free if c not in mapping.fields.values() and header_cells[c] is not None
                       and _names_entry_kind(header_cells[c]) and 0 < profiles[c][2] < SHORT_LABELS
                       and _holds_word_labels(grid, index, c)), None)
        if labels is not None:
            mapping.place("contact_type", labels)
            free.remove(labels)
            mapping.notes.append((f"'{headers[labels]}' holds short labels beside the entries' text in "
                                  f"'{headers[mapping.fields['details']]}': read as the kind of contact",
                                  _remap_fix(headers[labels], "contact_type")))
    details_col = mapping.fields.get("details")
    if details_col is not None and mapping.how.get("details") == "content":
        # "Clinic | Outcome" with the narrative under "Outcome": a column of short labels read as the
        # details by its length, while a column headed as the action (or a comment) holds the entries;
        # or "Problem | Comments" with a problem in a few rows and every consultation's text under "Comments".
        texts = [f for f in ("action", "comment") if mapping.how.get(f) == "header"]
        longest = max(texts, key=lambda f: profiles[mapping.fields[f]][2], default=None)
        text_col = mapping.fields[longest] if longest is not None else None
        if text_col is not None and _holds_the_entries_over(profiles[text_col], profiles[details_col]):
            mapping.unplace("details")
            col = mapping.unplace(longest)
            mapping.place("details", col)
            mapping.notes.append((f"no column is headed as the entries' text: '{headers[col]}' holds the longest "
                                  "text and is read as the details", _remap_fix(headers[col], longest)))
    details_col = mapping.fields.get("details")
    date_col = mapping.fields.get("date")
    if (details_col is not None and (date_col is None or (date_col == details_col)
                                     or (mapping.how.get("date") == "header" and profiles[date_col][0] < 0.2))
            and _entries_start_with_dates(grid, index, details_col)):
        # "03/02/2020 - Home visit…": each entry one text starting with its date (often under a
        # title such as "Chronology of involvement", or an empty Date column beside it).
        if date_col is not None and date_col != details_col:
            mapping.unplace("date")
        mapping.fields["date"] = details_col
        mapping.how["date"] = "content"
        mapping.date_in_text = True
        mapping.notes.append((f"the entries in '{headers[details_col]}' start with their dates: each date is read "
                              "from the start of its text, and the text after it is the details",
                              "nothing to do if the dates are right; a row whose text starts with no date is joined "
                              "onto the entry above"))
    if "date" in mapping.fields and not mapping.date_parts and not mapping.date_in_text:
        # "Start date | End date", "Admission date | Discharge date": each entry covers a period.
        mapping.date_end = next((c for c in free if c not in mapping.fields.values()
                                 and END_DATE_HEADER.match(normalise_header(header_cells[c]))
                                 and profiles[c][0] >= 0.5), None)
    if "details" not in mapping.fields:
        # "Date | Comments": the entries are in the only column of text, whatever its header says.
        texts = [f for f in ("comment", "action", "contact_type") if mapping.how.get(f) == "header"]
        best = max(texts, key=lambda f: profiles[mapping.fields[f]][2], default=None)
        if best is not None and profiles[mapping.fields[best]][2] >= 12:
            col = mapping.unplace(best)
            mapping.place("details", col)
            mapping.notes.append((f"no column is headed as the entries' text: '{headers[col]}' holds the longest "
                                  "text and is read as the details", _remap_fix(headers[col], best)))
    mapping.aside = _key_beside(mapping, header_cells)
    if mapping.aside:
        beside = len(mapping.aside) - 1
        mapping.notes.append((f"'{headers[mapping.aside[0]]}'"
                              + (f" and the {beside} column{'s' if beside > 1 else ''} beside it hold" if beside else " holds")
                              + " a key of abbreviations beside the table: not read as part of any entry",
                              "nothing to do if it holds only the key"))
    # Another column of dates beside the entry's ("Date of referral | Date of incident", "Reported |
    # Occurrence date"): which is the entry's date is said, since the other could have been meant.
    date_col = mapping.fields.get("date")
    if date_col is not None and not mapping.date_parts and mapping.how.get("date") != "config":  # (not one chosen)
        others = [c for c in range(len(header_cells)) if c not in mapping.fields.values() and c != mapping.date_end
                  and c not in mapping.aside and profiles[c][3] and profiles[c][0] >= 0.6]
        mapping.other_dates = others
        if others:
            many = len(others) > 1
            mapping.notes.append((f"{' and '.join(repr(headers[c]) for c in others)} also hold{'' if many else 's'} "
                                  f"dates: each entry is dated by '{headers[date_col]}'; "
                                  f"{'they are' if many else 'it is'} kept as written beside it",
                                  _remap_fix(headers[others[0]], "date")))
    lanes = _lanes(grid, index, mapping, header_cells, profiles)
    if lanes:
        if mapping.how.get("details") == "content":
            mapping.unplace("details")
        mapping.lanes = lanes
        by_agency = [repr(headers[c]) for c in lanes if lane_names_agency(headers[c])]
        about = ("the column's header names the agency that made it" if len(by_agency) == len(lanes)
                 else "the column's header says whom or when it is about (as its Section)" if not by_agency
                 else f"{', '.join(by_agency)} name the agency that made it, the others whom or when it is about")
        mapping.notes.append((f"a column of entries for each of {', '.join(repr(headers[c]) for c in lanes)}: each "
                              f"entry's text is read from its column, and {about}",
                              "nothing to do if each column is one agency's, or one person's"))
    elif parts := _parts_of_the_day(mapping, header_cells, profiles):
        mapping.day_parts = parts
        mapping.notes.append((f"{', '.join(repr(headers[c]) for c in parts)} hold each day's notes by part of the day: "
                              "an entry's details are their texts, a line each under its header",
                              "nothing to do if each row is one day's notes"))
    return mapping


# The header of a column of a daily log's notes for one part of the day: "AM", "Night", "Late shift".
# (Not "Day" alone, as often a column of weekdays, "Mon", beside the date; but "Day shift".)
PART_OF_DAY_HEADER = re.compile(r"(?i)^\s*(?:(?:am|pm|a\.m\.|p\.m\.|morning|afternoon|evening|night|early|late|"
                                r"twilight|waking night|sleep[- ]?in)(?:\s+(?:shift|staff|notes?))?|"
                                r"day\s+(?:shift|staff|notes?))\s*$")


def _parts_of_the_day(mapping: ColumnMap, header_cells: list[object],
                      profiles: dict[int, tuple[float, float, float, int]]) -> list[int]:
    """The columns of a daily log kept by part of the day ("Date | AM | PM | Night"), most days
    with notes in several of them (one a day is a column of entries each: see _lanes): the column
    read as the details by its length, and the others beside it headed so, holding text; [] else."""
    details_col = mapping.fields.get("details")
    if details_col is None or mapping.how.get("details") != "content" or mapping.lanes:
        return []
    placed = set(mapping.fields.values()) - {details_col}
    parts = [col for col, cell in enumerate(header_cells)
             if col not in placed and profiles[col][3] > 0 and PART_OF_DAY_HEADER.match(_text(cell))]
    return parts if details_col in parts and len(parts) >= 2 else []


def _key_beside(mapping: ColumnMap, header_cells: list[object]) -> list[int]:
    """The columns of a key of abbreviations beside the table ("Key" in the header row, right of
    every column read, and the unheaded columns after it: "DNA = did not attend"); [] when none."""
    placed = set(mapping.fields.values())
    for col, cell in enumerate(header_cells):
        if col > max(placed, default=-1) and LEGEND_LABEL.match(_text(cell)):
            end = col + 1
            while end < len(header_cells) and not _text(header_cells[end]).strip():
                end += 1
            return list(range(col, end))
    return []


LANE_SHARE = 0.9  # of the rows with text in any of the columns, those with text in one only
# The header of such a column may name a service or an agency ("Health Visiting", "Police", "A&E"):
# the entry is its (see lane_names_agency); else ("Mother | Child", a care home's "AM | PM") it says
# whom or what part of the day the entry is about, the return's agency's.
LANE_HEADER = re.compile(r"(?i)police|constabulary|health|school|education|social|care\b|midwi|maternity|visiting|"
                         r"visitor|department|emergency|\bED\b|A&E|\bGP\b|doctor|hospital|nurs|team|service|housing|"
                         r"probation|\byo[ts]\b|youth|camhs|mental|ambulance|paramedic|fire|council|agency|clinic|ward|"
                         r"paediatric|family|early help|college|academy|safeguarding|drug|alcohol|substance|addiction|"
                         r"\bNHS\b|trust|centre|center|surgery|practice")


def lane_names_agency(header: str) -> bool:
    """Whether the header of a column of entries (see _lanes) names who made them, not whom they are about."""
    return LANE_HEADER.search(header) is not None and PERSON_LABEL.search(header) is None


def _lanes(grid: Grid, index: int, mapping: ColumnMap, header_cells: list[object],
           profiles: dict[int, tuple[float, float, float, int]]) -> list[int]:
    """The columns of a sheet laid out with a column of text per service or agency, each entry in
    the column of whoever made it ("Date | Police | Health | Social care"); [] for any other sheet.
    Only where no header names the entries' text column, and the columns' headers name no field:
    at least two such columns of text, and nearly every entry has text in one of them only."""
    if mapping.how.get("details") == "header" or mapping.date_in_text or "date" not in mapping.fields:
        return []
    taken = {col for fld, col in mapping.fields.items() if mapping.how.get(fld) == "header" or fld in ("date", "time")}
    taken |= {c for c in (*(mapping.date_parts or ()), mapping.date_end) if c is not None}
    lanes = [col for col, cell in enumerate(header_cells)
             if col not in taken and _text(cell).strip() and profiles[col][3] > 0
             and profiles[col][0] < 0.2 and profiles[col][2] >= 12
             and max(field_scores(cell).values()) < MIN_FIELD_SCORE]
    if len(lanes) < 2:
        return []
    filled = [sum(col < len(row) and row[col] is not None for col in lanes) for row in _sample_entries(grid, index)]
    written = [n for n in filled if n]
    return lanes if len(written) >= 3 and sum(n == 1 for n in written) >= LANE_SHARE * len(written) else []


def _remap_fix(header: str, fld: str) -> str:
    return f'if that is wrong, map the column in review.toml: [agency.X] columns = {{ "{header}" = "{fld}" }}'


def _content_bonus(fld: str, profile: tuple[float, float, float, int]) -> float:
    dates, times, length, count = profile
    if not count:
        return 0.0
    if fld == "date":
        return 4 * dates
    if fld == "time":
        return 3 * times
    if fld == "details":
        return min(length / 20, 5)
    return 0.0
