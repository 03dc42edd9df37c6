"""The date and time parser: a table of what agencies write, and properties it must keep."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chron_merge.model import Level, Precision
from chron_merge.read.dates import format_date, looks_like_date, parse_event_date, parse_time

D = dt.date

# value, expected date, precision, approximate, end, time
CASES = [
    ("14/06/2010", D(2010, 6, 14), "day", False, None, None),
    ("14/06/10", D(2010, 6, 14), "day", False, None, None),
    ("4/6/2010", D(2010, 6, 4), "day", False, None, None),
    ("14.06.2010", D(2010, 6, 14), "day", False, None, None),
    ("14-06-2010", D(2010, 6, 14), "day", False, None, None),
    ("14-Jun-10", D(2010, 6, 14), "day", False, None, None),
    ("14 June 2010", D(2010, 6, 14), "day", False, None, None),
    ("14th June 2010", D(2010, 6, 14), "day", False, None, None),
    ("14th of June, 2010", D(2010, 6, 14), "day", False, None, None),
    ("Monday 14 June 2010", D(2010, 6, 14), "day", False, None, None),
    ("June 14, 2010", D(2010, 6, 14), "day", False, None, None),
    ("14 Sept 2010", D(2010, 9, 14), "day", False, None, None),
    # in Welsh: month names, ordinals ("1af", "3ydd", "21ain") and weekdays ("Dydd Llun")
    ("14 Mehefin 2010", D(2010, 6, 14), "day", False, None, None),
    ("3ydd Mawrth 2023", D(2023, 3, 3), "day", False, None, None),
    ("21ain Rhagfyr 2022", D(2022, 12, 21), "day", False, None, None),
    ("Dydd Llun 14 Mehefin 2010", D(2010, 6, 14), "day", False, None, None),
    ("Medi 2022", D(2022, 9, 1), "month", False, None, None),
    ("2010-06-14", D(2010, 6, 14), "day", False, None, None),
    ("2010/06/14", D(2010, 6, 14), "day", False, None, None),
    ("14/06/2010 09:42", D(2010, 6, 14), "day", False, None, "09:42"),
    ("14/06/2010 9.42am", D(2010, 6, 14), "day", False, None, "09:42"),
    ("2010-06-14T21:05:00", D(2010, 6, 14), "day", False, None, "21:05"),
    ("24/11/2009 00:00", D(2009, 11, 24), "day", False, None, None),
    ("2010-06-14 00:00:00", D(2010, 6, 14), "day", False, None, None),
    ("14/06/2010 - 09:30", D(2010, 6, 14), "day", False, None, "09:30"),
    ("Mon 14/06/2010", D(2010, 6, 14), "day", False, None, None),
    ("Tuesday, 15.06.10", D(2010, 6, 15), "day", False, None, None),
    # "we" (week ending) is not the start of "Wednesday"; Word's dashes; a full stop closing the cell
    ("Wednesday 16 June 2010", D(2010, 6, 16), "day", False, None, None),
    ("Wednesday, June 16, 2010", D(2010, 6, 16), "day", False, None, None),
    ("Weds 16 June 2010", D(2010, 6, 16), "day", False, None, None),
    ("16\u201306\u20132010", D(2010, 6, 16), "day", False, None, None),
    ("16/06/2010.", D(2010, 6, 16), "day", False, None, None),
    # Excel's text mark, a footnote star, brackets, "on"/"dated"; a part of the day after the date is a remark
    ("'16/06/2010", D(2010, 6, 16), "day", False, None, None), ("16/06/2010*", D(2010, 6, 16), "day", False, None, None),
    ("[16/06/2010]", D(2010, 6, 16), "day", False, None, None), ("On 16/06/2010", D(2010, 6, 16), "day", False, None, None),
    ("(16/06/2010)", D(2010, 6, 16), "day", False, None, None), ("( June 2010 )", D(2010, 6, 1), "month", False, None, None),
    ("Dated 16 June 2010", D(2010, 6, 16), "day", False, None, None),
    ("16/06/2010 pm", D(2010, 6, 16), "day", False, None, None),
    ("16/06/2010\u200b", D(2010, 6, 16), "day", False, None, None),  # a zero-width space pasted in with it
    # a span of time after the date sorts by its start; two years with spaces are years, not 20:10
    ("16/06/2010 14:05 - 15:00", D(2010, 6, 16), "day", False, None, "14:05"),
    ("16 June 2010, 2pm to 3pm", D(2010, 6, 16), "day", False, None, "14:00"),
    ("2009 - 2010", D(2009, 1, 1), "year", False, D(2010, 12, 31), None),
    ("June 2010", D(2010, 6, 1), "month", False, None, None),
    # a third of a year, holidays, a financial or school year
    ("Late 2019", D(2019, 9, 1), "month", True, D(2019, 12, 31), None),
    ("mid-2019", D(2019, 5, 1), "month", True, D(2019, 8, 31), None),
    ("Beginning of 2020", D(2020, 1, 1), "month", True, D(2020, 4, 30), None),
    ("Christmas 2019", D(2019, 12, 1), "month", True, None, None),
    ("Oct half term 2019", D(2019, 10, 1), "month", True, None, None),
    ("summer holidays 2019", D(2019, 6, 1), "month", True, D(2019, 8, 31), None),
    ("2019-20", D(2019, 1, 1), "year", False, D(2020, 12, 31), None),
    ("Jun 2011", D(2011, 6, 1), "month", False, None, None),
    ("Jun-10", D(2010, 6, 1), "month", False, None, None),
    ("06/2010", D(2010, 6, 1), "month", False, None, None),
    ("2010", D(2010, 1, 1), "year", False, None, None),
    ("Year 2010", D(2010, 1, 1), "year", False, None, None),  # a heading over a year's entries in a Word table
    ("? 14/06/2010", D(2010, 6, 14), "day", True, None, None),
    ("?14/02/2011", D(2011, 2, 14), "day", True, None, None),
    ("c. 14/06/2010", D(2010, 6, 14), "day", True, None, None),
    ("circa June 2010", D(2010, 6, 1), "month", True, None, None),
    ("approx 14/06/2010", D(2010, 6, 14), "day", True, None, None),
    ("14/06/2010 (approx)", D(2010, 6, 14), "day", True, None, None),
    # the qualifier in brackets before the date, run onto it, or after it in a word
    ("(?) 14/06/2010", D(2010, 6, 14), "day", True, None, None),
    ("[?]14/06/2010", D(2010, 6, 14), "day", True, None, None),
    ("(approx) 14/06/2010", D(2010, 6, 14), "day", True, None, None),
    ("c14/06/2010", D(2010, 6, 14), "day", True, None, None),
    ("14/06/2010 est", D(2010, 6, 14), "day", True, None, None),
    ("early June 2010", D(2010, 6, 1), "month", True, None, None),
    # Seasons: three months, approximately (winter runs into the next year)
    ("summer 2010", D(2010, 6, 1), "month", True, D(2010, 8, 31), None),
    ("Winter 2019", D(2019, 12, 1), "month", True, D(2020, 2, 29), None),
    ("Spring 2020 - Summer 2020", D(2020, 3, 1), "month", True, D(2020, 8, 31), None),
    ("Spring/Summer 2020", D(2020, 3, 1), "month", True, D(2020, 8, 31), None),  # two seasons, the year once
    ("Autumn - Winter 2021", D(2021, 9, 1), "month", True, D(2022, 2, 28), None),
    ("w/c 14/06/2010", D(2010, 6, 14), "week", True, None, None),
    ("week commencing 14 June 2010", D(2010, 6, 14), "week", True, None, None),
    ("w/e 20/06/2010", D(2010, 6, 14), "week", True, None, None),
    ("01/03/2019 - 15/03/2019", D(2019, 3, 1), "day", False, D(2019, 3, 15), None),
    ("01/03/2019 to 15/03/2019", D(2019, 3, 1), "day", False, D(2019, 3, 15), None),
    ("1-15 March 2019", D(2019, 3, 1), "day", False, D(2019, 3, 15), None),
    ("between 1 and 15 March 2019", D(2019, 3, 1), "day", False, D(2019, 3, 15), None),
    ("between 1-15 March 2019", D(2019, 3, 1), "day", False, D(2019, 3, 15), None),
    ("on or about 14/06/2010", D(2010, 6, 14), "day", True, None, None),
    ("In or around June 2010", D(2010, 6, 1), "month", True, None, None),
    ("sometime in 2010", D(2010, 1, 1), "year", True, None, None),
    # the month or the year named with a word before it, an unknown day, or part of the month
    ("in March 2024", D(2024, 3, 1), "month", False, None, None),
    ("during 2023", D(2023, 1, 1), "year", False, None, None),
    ("unknown date in March 2024", D(2024, 3, 1), "month", True, None, None),
    ("at some point in 2023", D(2023, 1, 1), "year", True, None, None),
    ("mid to late March 2024", D(2024, 3, 1), "month", True, None, None),
    ("during the night of 03/03/2024", D(2024, 3, 3), "day", False, None, None),  # (a remark, as before)
    ("March - June 2019", D(2019, 3, 1), "month", False, D(2019, 6, 30), None),
    ("2018-2019", D(2018, 1, 1), "year", False, D(2019, 12, 31), None),
    # School terms (as schools write), quarters, and one of two months: periods of months
    ("Autumn term 2020", D(2020, 9, 1), "month", True, D(2020, 12, 31), None),
    ("spring term 21", D(2021, 1, 1), "month", True, D(2021, 3, 31), None),
    ("Summer Term 2021", D(2021, 4, 1), "month", True, D(2021, 7, 31), None),
    ("Q1 2021", D(2021, 1, 1), "month", False, D(2021, 3, 31), None),
    ("Q4 2020", D(2020, 10, 1), "month", False, D(2020, 12, 31), None),
    ("Jan/Feb 2021", D(2021, 1, 1), "month", False, D(2021, 2, 28), None),
    # A start and no end: sorted by the start, no end invented
    ("since 03/02/2020", D(2020, 2, 3), "day", False, None, None),
    ("03/02/2020 onwards", D(2020, 2, 3), "day", False, None, None),
    ("03/02/2020 - ongoing", D(2020, 2, 3), "day", False, None, None),
    ("Sept 2019 to present", D(2019, 9, 1), "month", False, None, None),
    # The time first; ISO date-times as case systems export them; a year written '20; "&" in a period
    ("10:30 on 03/02/2020", D(2020, 2, 3), "day", False, None, "10:30"),
    ("2pm, 03/02/2020", D(2020, 2, 3), "day", False, None, "14:00"),
    ("2020-02-03T10:30:00Z", D(2020, 2, 3), "day", False, None, "10:30"),
    ("2020-02-03 10:30:00.000", D(2020, 2, 3), "day", False, None, "10:30"),
    ("2020-02-03T10:30:00+01:00", D(2020, 2, 3), "day", False, None, "10:30"),
    ("Mon, 03 Feb 2020 10:30:00 GMT", D(2020, 2, 3), "day", False, None, "10:30"),  # as e-mail exports write it
    ("03/02/2020 10:30 BST", D(2020, 2, 3), "day", False, None, "10:30"),
    ("3rd Feb '20", D(2020, 2, 3), "day", False, None, None),
    ("03/02/2020 1430hrs", D(2020, 2, 3), "day", False, None, "14:30"),  # a four-digit time after the date
    ("3 Feb 2020 at 0930", D(2020, 2, 3), "day", False, None, "09:30"),
    ("03/02/2020 (14:30)", D(2020, 2, 3), "day", False, None, "14:30"),
    ("10 03 2020", D(2020, 3, 10), "day", False, None, None),  # not 10 March 20:20
    ("Between 03/02/2020 & 05/02/2020", D(2020, 2, 3), "day", False, D(2020, 2, 5), None),
    ("03/02/2020 (date of referral)", D(2020, 2, 3), "day", False, None, None),  # a remark beside the date
    # the weeks of a pregnancy, or the days since a birth, beside the date, as maternity writes them (held-out r490)
    ("12/02/2024 (34/40)", D(2024, 2, 12), "day", False, None, None),
    ("12/02/2024 (34+2)", D(2024, 2, 12), "day", False, None, None),
    ("12/02/2024 (34 weeks)", D(2024, 2, 12), "day", False, None, None),
    ("28/03/2024 (day 10)", D(2024, 3, 28), "day", False, None, None),
    # A weekday after the date; eight digits as case systems export them
    ("04/02/2020 (Tue)", D(2020, 2, 4), "day", False, None, None),
    ("04/02/2020 (Tue) @ 10:30hrs", D(2020, 2, 4), "day", False, None, "10:30"),  # then a time
    ("(Tue) 04/02/2020", D(2020, 2, 4), "day", False, None, None),
    # The day left unknown: the month is known, the day is not invented
    ("??/02/2020", D(2020, 2, 1), "month", False, None, None),
    ("xx/02/20", D(2020, 2, 1), "month", False, None, None),
    ("?/02/2020", D(2020, 2, 1), "month", False, None, None),
    ("20200204", D(2020, 2, 4), "day", False, None, None),
    ("04022020", D(2020, 2, 4), "day", False, None, None),
    # a span of time after a dash or as "between … and …"; a time in brackets or after ";"
    ("03/03/2020 – 14:00 to 15:30", D(2020, 3, 3), "day", False, None, "14:00"),
    ("03/03/2020 between 14:00 and 15:00", D(2020, 3, 3), "day", False, None, "14:00"),
    ("03/03/2020 (9am)", D(2020, 3, 3), "day", False, None, "09:00"),
    ("03/03/2020; 14:00", D(2020, 3, 3), "day", False, None, "14:00"),
    ("03/03/2020 at approx 14:00", D(2020, 3, 3), "day", False, None, "14:00"),  # the date exact, the time not
    # the part of the day before or after the date, as police logs write it; a weekday at each end of a period
    ("04/03/2020 early hours", D(2020, 3, 4), "day", False, None, None),
    ("In the early hours of 04/03/2020", D(2020, 3, 4), "day", False, None, None),
    ("Late evening, 03/03/2020", D(2020, 3, 3), "day", False, None, None),
    ("03/03/2020 lunchtime", D(2020, 3, 3), "day", False, None, None),
    ("Mon 02/03/2020 - Tue 03/03/2020", D(2020, 3, 2), "day", False, D(2020, 3, 3), None),
    ("unk/03/2020", D(2020, 3, 1), "month", False, None, None),
    # a police system's 03MAR2020; weeks written "wk beg"; "on/around"; the month after "date unknown"
    ("03MAR2020", D(2020, 3, 3), "day", False, None, None),
    ("wk beg 02/03/20", D(2020, 3, 2), "week", True, None, None),
    ("wk ending 08/03/2020", D(2020, 3, 2), "week", True, None, None),
    ("on/around 03/03/2020", D(2020, 3, 3), "day", True, None, None),
    ("Date unknown - March 2020", D(2020, 3, 1), "month", True, None, None),
    # a winter named by both its years; Easter: the month of its Sunday (12/04/2020, 27/03/2016)
    ("Winter 2019/20", D(2019, 12, 1), "month", True, D(2020, 2, 29), None),
    ("Easter 2020", D(2020, 4, 1), "month", True, None, None),
    ("Easter holidays 2016", D(2016, 3, 1), "month", True, None, None),
    # days with a name; two days running with the month written once (a night, a weekend); a week of a month
    ("Christmas Day 2020", D(2020, 12, 25), "day", False, None, None),
    ("Boxing Day 2020 at 14:00", D(2020, 12, 26), "day", False, None, "14:00"),
    ("New Year’s Eve 2020", D(2020, 12, 31), "day", False, None, None),
    ("12/13 March 2021", D(2021, 3, 12), "day", False, D(2021, 3, 13), None),
    ("night of 1/2 Feb 2021", D(2021, 2, 1), "day", False, D(2021, 2, 2), None),
    ("13/14.03.21", D(2021, 3, 13), "day", False, D(2021, 3, 14), None),
    ("Weekend of 13/14 March 2021", D(2021, 3, 13), "day", False, D(2021, 3, 14), None),
    ("2nd week of March 2021", D(2021, 3, 1), "month", True, None, None),
    ("first week in March 2021", D(2021, 3, 1), "month", True, None, None),
    (dt.date(2010, 6, 14), D(2010, 6, 14), "day", False, None, None),
    (dt.datetime(2010, 6, 14, 9, 42), D(2010, 6, 14), "day", False, None, "09:42"),
    (dt.datetime(2010, 6, 14, 0, 0), D(2010, 6, 14), "day", False, None, None),
    (40126.0, D(2009, 11, 9), "day", False, None, None),  # a serial number in a General cell
    (40126.75, D(2009, 11, 9), "day", False, None, "18:00"),
    ("40126", D(2009, 11, 9), "day", False, None, None),
    (2010, D(2010, 1, 1), "year", False, None, None),  # a year typed into a number cell
]


@pytest.mark.parametrize(("value", "date", "precision", "approximate", "end", "time"), CASES,
                         ids=[str(c[0]) for c in CASES])
def test_parses_what_agencies_write(value, date, precision, approximate, end, time):
    parsed, issue = parse_event_date(value)
    assert parsed.value == date
    assert parsed.precision == Precision(precision)
    assert parsed.approximate is approximate
    assert parsed.end == end
    assert (parsed.time.strftime("%H:%M") if parsed.time else None) == time
    assert issue is None or issue.level.value == "info"


@pytest.mark.parametrize(("value", "code", "message"), [
    ("31/06/2011", "invalid-date", "31/06/2011 is not a date (June has 30 days)"),
    ("29/02/2011", "invalid-date", "29/02/2011 is not a date (February 2011 has 28 days)"),
    ("00/06/2011", "invalid-date", "00/06/2011 is not a date (there is no day 0)"),
    ("06/14/2010", "invalid-date", "06/14/2010 is not a date (there is no month 14) - it looks written month-first "
                                   "(US style); UK returns are day-first"),
    ("14/06/2301", "invalid-date", "14/06/2301 has the year 2301, which looks mistyped"),
    ("unknown", "missing-date", "no date given ('unknown')"),
    ("TBC", "missing-date", "no date given ('TBC')"),
    ("n/k", "missing-date", "no date given ('n/k')"),
    ("Unknown date", "missing-date", "no date given ('Unknown date')"),
    ("01/03/2020 or 02/03/2020", "unreadable-date", "'01/03/2020 or 02/03/2020' gives two possible dates, and "
                                                    "chron-merge never picks one"),
    ("", "missing-date", "no date given"),
    (None, "missing-date", "no date given"),
    ("after the meeting", "unreadable-date", "could not read 'after the meeting' as a date"),
    (dt.time(9, 30), "unreadable-date", "'09:30' in the date column is a time, not a date"),
    ("15/03/2019 - 01/03/2019", "invalid-date", "the period '15/03/2019 - 01/03/2019' ends before it starts"),
    (9, "unreadable-date", "the number 9 is not a date (a day of the month or a count, perhaps)"),
    (dt.datetime(1900, 1, 9), "invalid-date", "09/01/1900 is what Excel shows for a small number (a day of the "
                                              "month, perhaps) typed into a date cell, not a date of the review"),
    ("15/03/2021 & 18/03/2021", "unreadable-date", "'15/03/2021 & 18/03/2021' is two dates in one cell"),
    ("4th & 5th Feb 2020", "unreadable-date", "'4th & 5th Feb 2020' is two dates in one cell"),
    ("Winter/Spring 2021", "invalid-date", "Winter/Spring 2021 names two seasons that are not one after the other in one "
     "year (write 'Winter 2020/21 - Spring 2021', or the months)"),
    ("15/03/2021 / 18/03/2021", "unreadable-date", "'15/03/2021 / 18/03/2021' is two dates in one cell"),
    ("12/3", "unreadable-date", "'12/3' has no year, and chron-merge never guesses one"),
    ("2019-21", "invalid-date", "2019-21 is not a date (there is no month 21)"),
    ("half term", "unreadable-date", "could not read 'half term' as a date"),
    ("12 March", "unreadable-date", "'12 March' has no year, and chron-merge never guesses one"),
    ("Q5 2020", "unreadable-date", "could not read 'Q5 2020' as a date"),
    ("12345678", "unreadable-date", "could not read '12345678' as a date"),  # a reference number
    ("03/02/2020 (2nd visit)", "unreadable-date", "could not read '03/02/2020 (2nd visit)' as a date"),
    # a limit is no date: never guessed
    ("until 03/02/2020", "unreadable-date", "'until 03/02/2020' gives a limit, not the date, and chron-merge never guesses one"),
    ("Prior to March 2020", "unreadable-date", "'Prior to March 2020' gives a limit, not the date, and chron-merge never "
                                               "guesses one"),
    ("03/03/2020 (or 04/03/2020)", "unreadable-date", "'03/03/2020 (or 04/03/2020)' gives two possible dates, and "
                                                      "chron-merge never picks one"),
    ("12/15 March 2021", "unreadable-date", "'12/15 March 2021' is two dates in one cell"),
    ("Summer 2019/20", "invalid-date", "Summer 2019/20 names two years, and only a winter runs into the next year"),
])
def test_reports_dates_it_cannot_use_and_never_guesses(value, code, message):
    parsed, issue = parse_event_date(value)
    assert parsed.value is None
    assert issue is not None and issue.level.value == "error"
    assert (issue.code, issue.message) == (code, message)


@pytest.mark.parametrize(("written", "says", "was", "right"), [
    ("Tue 16/11/2009", "Tuesday", "Monday", "Mon 16/11/2009"),
    ("16/11/2009 (Wed) 10:30", "Wednesday", "Monday", "16/11/2009 (Mon) 10:30"),
    ("16/11/2009 Tue", "Tuesday", "Monday", "16/11/2009 Mon"),
    ("Thursday 5th February 2020", "Thursday", "Wednesday", "Wednesday 5th February 2020"),
    ("Dydd Mawrth 3 Ebrill 2023", "Tuesday", "Monday", "Dydd Llun 3 Ebrill 2023"),
])
def test_a_weekday_that_is_not_the_dates_is_a_warning_and_the_date_is_kept(written, says, was, right):
    parsed, issue = parse_event_date(written)
    assert parsed.value == parse_event_date(right)[0].value is not None
    assert issue is not None and (issue.level, issue.code) == (Level.WARNING, "weekday-mismatch")
    assert f"says {says}" in issue.message and f"was a {was}" in issue.message
    assert parse_event_date(right)[1] is None


def test_an_approximate_time_beside_an_exact_date_is_noted():
    parsed, issue = parse_event_date("03/03/2020 approx 14:00")
    assert (parsed.approximate, issue.code, issue.level) == (False, "approximate-time", Level.INFO)


def test_easter_is_the_month_of_easter_sunday():
    from chron_merge.read.dates import _easter_sunday

    # Known dates: the earliest and latest Easters of the century, and two ordinary ones.
    assert [_easter_sunday(y) for y in (2008, 2011, 2019, 2024)] == [
        D(2008, 3, 23), D(2011, 4, 24), D(2019, 4, 21), D(2024, 3, 31)]


def test_a_word_in_a_remark_is_no_weekday():
    assert parse_event_date("16/11/2009 (sat with mother)")[1].code == "date-remark"


def test_the_part_of_the_day_beside_a_date_is_a_remark_not_a_time():
    for written in ("early hours 04/03/2020", "04/03/2020 overnight", "in the evening of 04/03/2020"):
        parsed, issue = parse_event_date(written)
        assert (parsed.value, parsed.time, issue.code) == (D(2020, 3, 4), None, "date-remark")
    # Not a part of the day: "late 2019" is still the autumn of 2019, approximately.
    assert parse_event_date("late 2019")[0].end == D(2019, 12, 31)


def test_keeps_the_date_as_written():
    parsed, _ = parse_event_date("  ? 14/02/2011 ")
    assert parsed.text == "? 14/02/2011"


def test_1904_workbooks_count_serials_from_1904():
    parsed, _ = parse_event_date(38664.0, date1904=True)  # 38664 days after 01/01/1904
    assert parsed.value == dt.date(2009, 11, 9)


def test_eight_figures_in_a_number_cell_are_a_date_as_digits():
    # A case system's export writes 14/03/2023 as the number 20230314 (or 14032023): read as the
    # same digits typed as text are, not as an Excel day count (which would be past the year 27000).
    assert parse_event_date(20230314)[0].value == dt.date(2023, 3, 14)
    assert parse_event_date(14032023.0)[0].value == dt.date(2023, 3, 14)
    # Eight figures that are neither way a date stay an error, as the same text is.
    parsed, issue = parse_event_date(12345678)
    assert parsed.value is None and issue.level.value == "error"


def test_partial_and_approximate_dates_are_noted_for_the_author():
    _, month = parse_event_date("Jun 2011")
    _, approximate = parse_event_date("? 14/02/2011")
    assert (month.code, month.level.value) == ("partial-date", "info")
    assert (approximate.code, approximate.level.value) == ("approximate-date", "info")


@pytest.mark.parametrize(("written", "first", "last"), [
    ("Autumn 1 2023", D(2023, 9, 1), D(2023, 10, 31)), ("Autumn 2 2023", D(2023, 11, 1), D(2023, 12, 31)),
    ("Spring term 2 2024", D(2024, 2, 1), D(2024, 4, 30)), ("Summer 1 2024", D(2024, 4, 1), D(2024, 5, 31)),
])
def test_a_schools_half_term_is_its_months(written, first, last):
    parsed, issue = parse_event_date(written)
    assert (parsed.value, parsed.end, parsed.approximate, issue.code) == (first, last, True, "partial-date")


def test_a_period_of_months_says_which_months():
    _, term = parse_event_date("Autumn term 2020")
    assert term.message == ("'Autumn term 2020' gives only the months (September 2020 – December 2020); "
                            "it sorts at the start of September 2020")


@pytest.mark.parametrize(("value", "expected"), [
    ("09:42", "09:42"), ("9:42", "09:42"), ("9.42am", "09:42"), ("0942", "09:42"), ("14:00:00", "14:00"),
    ("2pm", "14:00"), ("1400hrs", "14:00"), ("00:00", "00:00"), (0.5, "12:00"), (dt.time(21, 5), "21:05"),
    ("10h30", "10:30"), ("midnight", "00:00"), ("after 3pm", "15:00"),
    (dt.datetime(2010, 1, 1, 7, 20), "07:20"), (930, "09:30"), ("morning", None), ("", None), (None, None),
    ("12 noon", "12:00"), ("14:30-15:00", "14:30"), ("10:00am - 11:00am", "10:00"), ("approx 14:00", "14:00"),
    ("14:30?", "14:30"), ("between 14:00 and 15:00", "14:00"),
])
def test_reads_times(value, expected):
    when, issue = parse_time(value)
    assert (when.strftime("%H:%M") if when else None) == expected
    assert issue is None or issue.level.value == "info"  # a span or approximate time is noted


@pytest.mark.parametrize("value", ["25:00", 30, 45.0])  # a number under 100 is minutes or hours, not 00:30
def test_an_impossible_time_is_a_warning(value):
    when, issue = parse_time(value)
    assert when is None
    assert issue is not None and (issue.level.value, issue.code) == ("warning", "unreadable-time")


def test_looks_like_date_ignores_counts_and_words():
    assert looks_like_date("14/06/2010")
    assert looks_like_date(40126.0)
    assert not looks_like_date(3.0)
    assert not looks_like_date("Home visit")
    assert not looks_like_date("Keyworker A. Jones")


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=60), st.floats(allow_nan=True, allow_infinity=True), st.integers(),
                 st.dates(), st.datetimes(), st.times(), st.booleans(), st.none()))
def test_the_parser_never_raises(value):
    parsed, issue = parse_event_date(value)
    assert parsed.value is not None or issue is not None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789/.-: apmAPMJunJulyc?wt", max_size=30))
def test_date_shaped_text_never_raises(value):
    parse_event_date(value)
    parse_time(value)


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.sampled_from([Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.WEEK]))
def test_what_it_formats_it_reads_back(day, precision):
    if precision == Precision.MONTH:
        day = day.replace(day=1)
    elif precision == Precision.YEAR:
        day = day.replace(month=1, day=1)
    parsed, _ = parse_event_date(format_date(day, precision))
    assert (parsed.value, parsed.precision) == (day, precision)


def test_a_day_with_a_name_is_read_as_its_date_and_noted():
    parsed, issue = parse_event_date("Christmas Day 2020")
    assert (parsed.value, issue.level, issue.code) == (D(2020, 12, 25), Level.INFO, "named-day")
    assert "25/12/2020" in issue.message


def test_a_weekend_is_not_a_week_ending():
    parsed, issue = parse_event_date("weekend 13/03/2021")
    assert (parsed.value, parsed.precision, issue.code) == (D(2021, 3, 13), Precision.DAY, "date-remark")
    assert parse_event_date("wk end 14/03/2021")[0].precision == Precision.WEEK
