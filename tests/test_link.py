"""Linking records of the same real event across agencies, and not linking different ones."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from chron_merge.link import find_links
from chron_merge.model import Event, Precision, Source
from conftest import build_json

D = dt.date


def _e(agency: str, day: dt.date, details: str, time: str | None = None, contact: str | None = None) -> Event:
    return Event(agency=agency, date=day, date_precision=Precision.DAY, time=time, details=details, contact_type=contact,
                 source=Source(file=f"{agency}.xlsx", row=2, rows=[2]))


# Background entries, as every real chronology has, so that common words weigh little.
BACKGROUND = [
    _e("GP", D(2020, 1, 6), "Repeat prescription issued."),
    _e("GP", D(2020, 2, 6), "Repeat prescription issued."),
    _e("Health visiting", D(2020, 1, 9), "Clinic: weight on centile, feeding well."),
    _e("Health visiting", D(2020, 2, 9), "Developmental review, meeting milestones."),
    _e("School", D(2020, 1, 10), "Attendance 92% this half term."),
    _e("School", D(2020, 2, 14), "Parents evening attended by mother."),
    _e("Social care", D(2020, 1, 20), "Case allocated to social worker."),
    _e("Police", D(2020, 1, 25), "Intelligence entry: address linked to drug supply."),
]


def _groups(events: list[Event]) -> list[set[str]]:
    result = find_links(events)
    return [{events[i].details for i in group} for group in result.groups]


def test_child_in_need_meeting_recorded_by_three_agencies():
    events = BACKGROUND + [
        _e("Social care", D(2020, 3, 2), "2nd CIN meeting held. Plan reviewed.", "14:00"),
        _e("Health visiting", D(2020, 3, 2), "Attended Child in Need meeting; growth satisfactory.", "14:00"),
        _e("School", D(2020, 3, 2), "DSL attended CIN mtg.", None),
    ]
    assert _groups(events) == [{"2nd CIN meeting held. Plan reviewed.",
                                "Attended Child in Need meeting; growth satisfactory.", "DSL attended CIN mtg."}]


def _agencies_named(events: list[Event]) -> dict[str, set[str]]:
    """For each agency's record (one each), the agencies its text names."""
    from chron_merge.link import _build_table

    table = _build_table(events, None)
    agencies = sorted({e.agency for e in events})  # the table numbers agencies in name order
    return {events[int(i)].agency: {agencies[n] for n in range(len(agencies)) if table.names[p, n]}
            for p, i in enumerate(table.event)}


def test_notification_received_days_later_links_to_the_incident():
    events = BACKGROUND + [
        _e("Police", D(2020, 3, 2), "Domestic incident: mother assaulted by partner; partner arrested.", "22:15"),
        _e("Social care", D(2020, 3, 5), "Police notification of domestic incident received."),
    ]
    assert len(_groups(events)) == 1


def test_referral_sent_and_received():
    events = BACKGROUND + [
        _e("Addiction service", D(2020, 2, 15), "Referral sent to Social Care: parents' drug use and engagement."),
        _e("Social care", D(2020, 2, 16), "Referral received from Addiction Service regarding unborn baby."),
    ]
    assert len(_groups(events)) == 1


@pytest.mark.parametrize("pair", [
    # a Clare's Law (DVDS) disclosure, recorded by the police and by the IDVA who went with them
    [_e("Northshire Police", D(2021, 6, 30), "Disclosure under DVDS made to Ms J about partner's previous convictions."),
     _e("IDVA service", D(2021, 6, 30), "Went with officers for the Clare's Law disclosure. Ms J upset.")],
    # a MASH contact from a health visitor, the day after her referral
    [_e("Health visiting", D(2022, 9, 7), "Referral made to MASH re baby L faltering growth and home conditions."),
     _e("Children's Social Care", D(2022, 9, 8), "MASH contact from health visitor: faltering growth, poor home "
                                                 "conditions. Decision: s17 assessment.")],
    # the antenatal booking, by the maternity unit and the specialist midwife of the addiction service
    [_e("RWT – Maternity", D(2021, 4, 12), "Specialist midwife booking assessment: social history, substance use."),
     _e("Addiction service", D(2021, 4, 12), "Seen by specialist midwife (Women's Team) for booking.")],
    # an argument the police were called to, and social care told of it
    [_e("Northshire Police", D(2021, 5, 3), "Father called police after argument; had taken child from home."),
     _e("Children's Social Care", D(2021, 5, 3), "Domestic incident - police telephoned duty worker: child taken "
                                                 "by father, now safe.")],
    # a notice in shorthand and spelt out
    [_e("Northshire Police", D(2024, 3, 9), "Child abduction warning notice served on male (22yrs) re J."),
     _e("Children's Social Care", D(2024, 3, 11), "Police confirmed CAWN served on 09/03 to adult male.")],
])
def test_two_records_of_one_event_in_other_words_link(pair):
    assert len(_groups(BACKGROUND + pair)) == 1


def test_an_encompass_notification_links_to_the_police_domestic_by_the_day_after_next_only():
    police = _e("Northshire Police", D(2023, 3, 12), "DOMESTIC - VERBAL. Call from female re ex partner banging on door. "
                                                     "Gone on arrival. DASH: MEDIUM.")
    school = "Op Encompass notification. DSL aware. Monitor."
    assert len(_groups([*BACKGROUND, police, _e("Oakwood Primary School", D(2023, 3, 13), school)])) == 1
    # The same words a week later are no notification of that incident.
    assert _groups([*BACKGROUND, police, _e("Oakwood Primary School", D(2023, 3, 17), school)]) == []


@pytest.mark.parametrize(("incident_day", "notified_day", "linked"), [
    (D(2023, 3, 10), D(2023, 3, 13), True),  # a Friday night's incident, read on the Monday
    (D(2023, 3, 10), D(2023, 3, 14), True),  # … or on the Tuesday: two working days
    (D(2023, 3, 10), D(2023, 3, 15), False),  # Wednesday: three working days
    (D(2023, 3, 13), D(2023, 3, 16), False),  # Monday to Thursday: three working days
])
def test_the_days_a_notification_may_take_are_working_days(incident_day, notified_day, linked):
    police = _e("Northshire Police", incident_day, "DOMESTIC - VERBAL. Call from female re ex partner banging on door. "
                                                   "Gone on arrival. DASH: MEDIUM.")
    school = _e("Oakwood Primary School", notified_day, "Op Encompass notification. DSL aware. Monitor.")
    assert len(_groups([*BACKGROUND, police, school])) == linked


@pytest.mark.parametrize(("police_text", "another_incident", "linked"), [
    ("Domestic - female asked for partner to be removed, then cancelled. Notification sent to GP and CSC.", True, True),
    # it names no one it told: linked only as the police's one domestic incident of the week
    ("Domestic - female asked for partner to be removed, then cancelled.", False, True),
    ("Domestic - female asked for partner to be removed, then cancelled.", True, False),
])
def test_an_incident_notified_to_an_agency_it_names_links_however_late_in_the_window(police_text, another_incident,
                                                                                      linked):
    # A GP files the police's notification of a domestic incident a week later.
    police = _e("Northshire Police", D(2010, 12, 18), police_text)
    other = [_e("Northshire Police", D(2010, 12, 20), "Domestic: verbal argument between neighbours at No 4.")]
    gp = _e("Meadow Lane Surgery", D(2010, 12, 24), "Notification from police re domestic at the home - filed.")
    groups = _groups([*BACKGROUND, police, *(other if another_incident else []), gp])
    assert ({police.details, gp.details} in groups) is linked


@pytest.mark.parametrize(("reference", "linked"), [("WC392", True), ("form", False)])
def test_a_reference_number_two_records_share_counts_for_more_than_a_word(reference, linked):
    police = _e("West Midlands Police", D(2010, 3, 25), f"Front office enquiry re DVLA paperwork. Male disclosed "
                                                       f"historic drug use and being abused as a child. {reference} "
                                                       "submitted to Dudley Children's Services.")
    social_care = _e("Dudley Children's Services", D(2010, 3, 26), f"Police information-sharing ({reference}) - "
                                                                    "father's drug history and childhood abuse.")
    # (another police record that day: the police's news is not simply its one record of the day)
    other = _e("West Midlands Police", D(2010, 3, 25), "Intelligence entry: address linked to drug supply.")
    assert (len(find_links([*BACKGROUND, police, other, social_care]).groups) == 1) is linked


def test_a_referral_misspelt_on_both_sides_still_links():
    events = [*BACKGROUND,
              _e("Addiction Service", D(2010, 2, 15), "Refferal sent to CSC - parents drug use, engagment."),
              _e("Children's Social Care", D(2010, 2, 16), "REFERAL RECIEVED FROM ADDICTION SERVICES RE UNBORN.")]
    assert len(find_links(events).groups) == 1


def test_the_sheets_of_one_workbook_kept_per_person_are_one_agency_and_per_service_are_not():
    from chron_merge.link import _organisation

    def on_sheet(sheet: str, day: dt.date, details: str) -> Event:
        return Event(agency=f"Addiction Service – {sheet}", date=day, date_precision=Precision.DAY, details=details,
                     source=Source(file="ADS.xlsx", sheet=sheet, row=2, rows=[2]))

    assert _organisation("Addiction Service – Mother", "Mother") == "Addiction Service"
    assert _organisation("Addiction Service – Needle exchange", "Needle exchange") == "Addiction Service – Needle exchange"
    assert _organisation("RWT – Child Health", "Child Health") == "RWT – Child Health"  # a service, not a person
    assert _organisation("Probation – Mr B", "Mr B") == "Probation"
    # A meeting noted on both parents' sheets of the addiction service joins the social worker's
    # record once: a group holds one record of an agency, as it would were the sheets one.
    events = [*BACKGROUND,
              on_sheet("Mother", D(2010, 11, 15), "Child in Need meeting at the family home attended by keyworker."),
              on_sheet("Father", D(2010, 11, 15), "Keyworker attended the Child in Need meeting at the family home."),
              _e("Children's Social Care", D(2010, 11, 15), "Child in Need meeting at the family home; plan reviewed.")]
    [group] = find_links(events).groups
    assert len(group) == 2 and "Children's Social Care" in {events[i].agency for i in group}


@pytest.mark.parametrize(("days_later", "linked"), [(6, True), (10, False)])
def test_records_further_apart_than_the_window_never_link(days_later, linked):
    police = _e("Northshire Police", D(2023, 3, 1), "DOMESTIC - VERBAL. Ex partner banging on door. DASH: MEDIUM.")
    told = _e("Children's Social Care", D(2023, 3, 1) + dt.timedelta(days=days_later),
              "Notification received from police: domestic - verbal, ex partner banging on door, DASH medium.")
    assert (len(find_links([*BACKGROUND, police, told], window_days=7).groups) == 1) is linked


def test_a_time_written_in_a_text_is_no_word_in_common():
    from chron_merge.link import _Analyser

    analyser = _Analyser(None)
    [analysis] = analyser.analyse_all(["Police informed at 22:15; J returned 03:10"])
    words = {word for word, number in analyser.vocabulary.items() if number in analysis.words}
    assert {"polic", "inform", "return"} <= words
    assert not words & {"22", "15", "03", "10"}  # the times' numbers


def test_two_unrelated_home_visits_on_the_same_day_do_not_link():
    events = BACKGROUND + [
        _e("Health visiting", D(2020, 3, 2), "Home visit: baby weighed, feeding well.", "10:00", "Home visit"),
        _e("Social care", D(2020, 3, 2), "Home visit: discussed housing and budgeting with mother.", "15:00",
           "Home visit"),
    ]
    assert _groups(events) == []


def test_the_same_agency_is_never_linked_with_itself():
    events = BACKGROUND + [
        _e("Social care", D(2020, 3, 2), "CIN meeting held at school."),
        _e("Social care", D(2020, 3, 2), "CIN meeting held at school, minutes typed."),
    ]
    assert _groups(events) == []


def test_records_far_apart_do_not_link():
    events = BACKGROUND + [
        _e("Police", D(2020, 3, 2), "Father arrested in Scotland and remanded."),
        _e("Social care", D(2020, 4, 20), "Informed father remanded in Scotland."),
    ]
    assert _groups(events) == []


def test_partial_dates_are_not_linked():
    events = BACKGROUND + [
        _e("Social care", D(2020, 3, 1), "CIN meeting held."),
        Event(agency="School", date=D(2020, 3, 1), date_precision=Precision.MONTH, details="CIN meeting attended.",
              source=Source(file="s.xlsx", row=3, rows=[3])),
    ]
    assert _groups(events) == []


def test_a_group_holds_one_record_per_agency():
    events = BACKGROUND + [
        _e("Social care", D(2020, 3, 2), "CIN meeting held."),
        _e("School", D(2020, 3, 2), "CIN meeting attended by DSL."),
        _e("School", D(2020, 3, 2), "CIN meeting attended by class teacher."),
    ]
    groups = _groups(events)
    assert len(groups) == 1 and len(groups[0]) == 2


def test_build_explains_links_and_keeps_every_text(small_review):
    data = build_json(small_review)
    by_text = {e["details"]: e for e in data["events"]}
    incident = by_text["Domestic incident at the family home; mother assaulted by partner."]
    csc = by_text["Police notification of domestic incident received."]
    school = by_text["Notification received from police about a domestic incident at home."]
    assert incident["link_group"] and incident["link_group"] == csc["link_group"] == school["link_group"]
    note = next(n for n in csc["also_recorded_by"] if n["agency"] == "Northshire Police")
    assert note["days_apart"] == 2 and 0 < note["score"] <= 100 and "2 days apart" in note["reason"]
    strategy = {by_text["Strategy discussion with social care and health."]["link_group"],
                by_text["Strategy discussion held with police and health."]["link_group"]}
    assert len(strategy) == 1 and None not in strategy
    visits = [by_text["Home visit: welfare check, child seen and well."],
              by_text["Home visit: mother discussed new tenancy and budgeting."]]
    assert [v["link_group"] for v in visits] == [None, None]


def test_no_link_option(small_review):
    data = build_json(small_review, extra=["--no-link"])
    assert all(e["link_group"] is None for e in data["events"])


def test_a_kind_of_event_an_agency_records_most_days_says_little():
    # Two agencies that each hold a "strategy discussion" on most days of the chronology: one on
    # the same day in both is chance, not one discussion; the same pair among rare ones links.
    dense = []
    for n in range(60):
        day = D(2020, 1, 1) + dt.timedelta(days=n)
        dense.append(_e("Police", day, f"Strategy discussion about family {n}; officer {n % 7} present.", "10:00"))
        dense.append(_e("Social care", day, f"Strategy discussion about household {n + 100}; manager on leave.",
                        "10:30"))
    assert _groups(dense) == []
    rare = BACKGROUND + [
        _e("Police", D(2020, 3, 2), "Strategy discussion about family 3; officer 4 present.", "10:00"),
        _e("Social care", D(2020, 3, 2), "Strategy discussion about household 103; manager on leave.", "10:30"),
    ]
    assert len(_groups(rare)) == 1


def test_the_block_bound_is_never_below_the_exact_score():
    # Only pairs the cheap bound lets through are scored exactly: the bound must never be lower.
    import numpy as np

    from chron_merge.link import _build_table, _combine_arrays, _score_bound

    texts = ["Domestic incident: mother assaulted, police notified.", "Notification of domestic incident received.",
             "CIN meeting held; GP and HV attended.", "Attended Child in Need meeting.", "Home visit, no concerns.",
             "Referral to social care re bruising.", "Referral received from GP: bruise on arm.", "DNA clinic."]
    agencies = ["Police", "Social care", "GP", "Health visiting"]
    # (a week from a Thursday: notifications over the weekend lag in working days)
    events = [_e(agencies[n % 4], D(2020, 3, 5 + n % 7), texts[(n * 3) % len(texts)], f"{9 + n % 9:02d}:00" if n % 3
                 else None) for n in range(60)]
    # … and pairs that earn every bonus: a notification from the agency named, times close together,
    # a day named in the text.
    events += [_e("Police", D(2020, 3, 6), "Domestic incident at 22:10; mother assaulted; CSC informed.", "22:10"),
               _e("Social care", D(2020, 3, 9), "PPN received from police re domestic incident on 06/03.", "09:00"),
               _e("GP", D(2020, 3, 6), "Domestic incident: police attended surgery, mother assaulted.", "22:40"),
               _e("GP", D(2020, 3, 3), "Report sent for the child protection conference on 06/03/2020."),
               _e("Social care", D(2020, 3, 6), "Initial child protection conference held.")]
    table = _build_table(events, None)
    rows = columns = np.arange(len(table.day))
    present = np.zeros((len(rows), len(table.idf)), dtype=np.float32)
    for position in rows:
        present[position, list(table.tokens(position))] = 1.0
    shared = (present * table.idf) @ present.T
    bound = _score_bound(table, rows, columns, shared)
    q, c = np.nonzero(table.day[rows][:, None] >= table.day[columns][None, :])
    exact = _combine_arrays(table, rows[q], columns[c], shared[q, c])["score"]
    assert (np.maximum(bound[q, c], 0.0) >= exact - 1e-3).all()  # scores are clipped at 0; float32 against float64
    assert exact.max() > 0  # the check compared real scores


def test_every_match_of_a_kind_contains_one_of_its_guards():
    # The guards only decide which kinds are searched for: a guard missing from a text that the
    # kind's pattern matches would lose that kind. The examples are gaps found before (one by a
    # random draw in CI); devtools/check_kind_guards.py tries every pair of words.
    import re

    from hypothesis import example, given, settings
    from hypothesis import strategies as st

    from chron_merge.kinds import INCIDENT_KINDS, KIND_GUARDS, KIND_PATTERNS, KINDS, SHARED_KINDS

    patterns = [*SHARED_KINDS.values(), *INCIDENT_KINDS.values()]
    vocabulary = sorted({w for p in patterns for w in re.findall(r"[a-z0-9]{2,}", p.replace(r"\b", " "))}
                        | {"arrested", "injured", "discharged", "referred", "resuscitated", "the", "home", "was"})

    @settings(max_examples=1000, deadline=None)
    @given(st.lists(st.sampled_from(vocabulary), min_size=1, max_size=8))
    @example(["breaking", "ribs"])
    def check(words: list[str]) -> None:
        text = " ".join(words)
        for kind, pattern in zip(KINDS, KIND_PATTERNS):
            if pattern.search(text):
                assert any(guard in text for guard in KIND_GUARDS[kind]), (kind, text)

    check()


def test_more_words_in_common_are_needed_where_there_are_many_records_a_day():
    import numpy as np

    from chron_merge.link import _chance_weight

    sparse = np.arange(0, 1000, 5)  # a record every five days, as in a typical review
    dense = np.repeat(np.arange(100), 20)  # twenty records a day
    assert _chance_weight(sparse) == 0.0
    assert _chance_weight(dense) == np.log(20)


def test_words_in_common_count_beyond_what_a_day_shares_by_chance():
    from chron_merge.link import _combine, _ScalarOps

    def overlap(shared: float, weights: tuple[float, float], chance: float) -> float:
        parts = _combine(_ScalarOps, (100, 100), weights, (0, 0), (False, False), (-1, -1), (-1, -1), (0, 0),
                         (False, False), shared, (0.0, 0.0), chance, False, (False, False), (False, False),
                         (False, False), False, (False, False), (False, False), (False, False))
        return parts["overlap"]

    # A typical review (no chance allowance): the share of the shorter text's words, in full from two rare words.
    assert overlap(6.0, (12.0, 9.0), 0.0) == 6.0 / 9.0 * 6.0 / 8.0
    assert overlap(12.0, (12.0, 20.0), 0.0) == 1.0
    # Twenty records a day: the same words in common say less, and words below chance say nothing.
    assert overlap(6.0, (12.0, 9.0), 3.0) < overlap(6.0, (12.0, 9.0), 0.0) / 2
    assert overlap(2.5, (12.0, 9.0), 3.0) == 0.0
    # Two texts the same in every word still count in full.
    assert overlap(14.0, (14.0, 14.0), 3.0) == 1.0


def test_a_kind_recorded_once_counts_in_full_even_in_a_short_chronology():
    # A rapid review's chronology may cover a few days: one strategy discussion in each of two
    # returns on the same day is still one discussion.
    events = [
        _e("Police", D(2021, 3, 1), "Call from neighbour about shouting at the flat.", "23:10"),
        _e("Social care", D(2021, 3, 2), "Referral received from school re bruise on arm."),
        _e("Police", D(2021, 3, 2), "Strategy discussion held with social care.", "15:00"),
        _e("Social care", D(2021, 3, 2), "Strategy meeting: S47 agreed, joint visit tomorrow.", "15:00"),
        _e("Social care", D(2021, 3, 4), "Case file updated."),
    ]
    groups = _groups(events)
    assert {"Strategy discussion held with social care.", "Strategy meeting: S47 agreed, joint visit tomorrow."} in groups


def test_a_missing_episode_reported_to_police_and_told_to_social_care():
    events = BACKGROUND + [
        _e("Police", D(2020, 3, 6), "MFH report: child not returned to placement, found at 02:00 at a friend's flat.",
           "22:40"),
        _e("Social care", D(2020, 3, 7), "Police notification received: child reported missing overnight, now home."),
        _e("GP", D(2020, 3, 7), "OD of paracetamol by mother; seen and discharged from ED."),
    ]
    assert _groups(events) == [{"MFH report: child not returned to placement, found at 02:00 at a friend's flat.",
                                "Police notification received: child reported missing overnight, now home."}]


def test_a_record_that_names_the_day_of_another_may_lag_it():
    # The GP's letter is three days after the meeting and names its date: one event, said why.
    events = [
        _e("Police", D(2020, 2, 7), "MARAC: case heard, police actions agreed."),
        _e("Social care", D(2020, 2, 7), "Attended MARAC."),
        _e("GP", D(2020, 2, 10), "Letter from MARAC: family heard at MARAC on 07/02/2020."),
        _e("GP", D(2020, 2, 11), "Letter from MARAC about the case heard on 3rd February."),  # names no record's day
        _e("Health visiting", D(2020, 2, 7), "Home visit, 24/7 support discussed."),
        *[_e(agency, D(2020, 1, day), text) for agency, day, text in [
            ("Police", 6, "Neighbour reported shouting at the flat."), ("GP", 9, "Mother seen with low mood."),
            ("Social care", 14, "Assessment started; mother and children seen at home."),
            ("Health visiting", 20, "Clinic: baby weighed, growth on centile."), ("GP", 27, "Child seen with a cough."),
            ("Social care", 30, "Supervision: case discussed with the team manager.")]],
    ]
    result = find_links(events)
    assert result.groups == [[0, 1, 2]]
    assert "one names the other's date" in result.pairs[(1, 2)][2]
    assert "one names the other's date" not in result.pairs[(0, 1)][2]


def test_dates_named_in_a_text_are_read_day_first_and_before_the_record():
    from chron_merge.link import _mentioned_dates, _resolve_mentions

    assert _mentioned_dates("re incident on 03/02; letter dated 3rd Feb 2020; seen 04.02.20; 24/7 care") == (
        (3, 2, None), (3, 2, 2020), (4, 2, 2020))
    # A day of two digits with a month of one ("incident 25/2"); not an age ("4/12 old", "6/52
    # check"), a fraction ("3/4"), round the clock ("24/7") or a weight ("12.5 kg").
    assert _mentioned_dates("scanned (incident 25/2); 4/12 old; 6/52 check; 3/4 of a bottle; 24/7; 12.5 kg") == (
        (25, 2, None),)
    # No year: the year that puts the day before the record (a January record naming December).
    assert _resolve_mentions([(30, 12, None)], D(2021, 1, 5)) == [D(2020, 12, 30).toordinal()]
    # The record's own day, a later day and a day long before name no earlier record.
    assert _resolve_mentions([(5, 1, 2021), (9, 1, 2021), (1, 6, 2020)], D(2021, 1, 5)) == []


def test_a_day_of_the_week_names_the_last_such_day_before_the_record():
    from chron_merge.link import _Analyser, _resolve_mentions

    [died, review] = _Analyser(None).analyse_all(["Client's baby died on Sunday - informed by SW.",
                                                   "Sunday school and a review booked."])
    assert (died.weekdays, review.weekdays) == ((6,), ())  # "Sunday school" names no day
    tuesday = D(2022, 6, 21)
    assert _resolve_mentions([], tuesday, weekdays=(6,)) == [D(2022, 6, 19).toordinal()]
    assert _resolve_mentions([], tuesday, weekdays=(1,)) == []  # "on Tuesday" in a Tuesday record may be today
    [weekend, since] = _Analyser(None).analyse_all(["Op Encompass: police attended A's home over the weekend.",
                                                     "Mum in hospital since the weekend."])
    assert weekend.weekdays == since.weekdays == (5, 6)  # its Saturday and Sunday
    [sat, sitting, thurs] = _Analyser(None).analyse_all(["OE notification - incident at home Sat night.",
                                                         "Mum sat with him all night.", "Seen Thurs eve by GP"])
    assert (sat.weekdays, sitting.weekdays, thurs.weekdays) == ((5,), (), (3,))  # shortened before the part of the day
    [visit, habit] = _Analyser(None).analyse_all(["Spoke to SW about Wednesday's visit: home conditions poor.",
                                                  "Nursery on Wednesdays and Fridays."])
    assert (visit.weekdays, habit.weekdays) == ((2,), ())  # the day of a visit, not the days of a habit

    # A record of being told of the death two days later joins the death's records by the day it names.
    def told(text: str) -> list[list[str]]:
        events = BACKGROUND + [
            _e("Northshire Police", D(2022, 6, 19), "Sudden unexpected death of an infant. Attended hospital, parents "
                                                    "spoken to; father reports co-sleeping on sofa."),
            _e("Children's Social Care", D(2022, 6, 20), "EDT: notified of the death of the baby on 19/06."),
            _e("Change Grow Live", tuesday, text)]
        return [sorted(events[i].agency for i in group) for group in find_links(events).groups]

    # (social care's notification names the death's day, so it joins the police's record of it)
    death = ["Children's Social Care", "Northshire Police"]
    assert told("Client's baby died on Sunday. Welfare call made.") == [["Change Grow Live", *death]]
    assert told("Client's baby died. Welfare call made.") == [death]


@pytest.mark.parametrize(("text", "linked"), [
    ("CDOP notification received: death of R.", True),
    ("Notification of infant death received; records reviewed for the rapid response.", True),
    # news of a death on another day is of another death; a record that is no news is no notification of it
    ("Notification received: death of maternal grandmother on 02/06.", False),
    ("Mum says the family dog died. Upset.", False),
])
def test_news_of_a_death_days_later_is_news_of_the_death_recorded(text: str, linked: bool):
    # Every agency hears of a child's death, days later, from someone whose return is not in the
    # review (the child death review team, the coroner's officer), naming neither the day nor the sender.
    death = [_e("Northshire Police", D(2022, 6, 19), "Sudden unexpected death of 10 week old baby. Officers "
                                                     "attended the hospital; father reports co-sleeping on sofa."),
             _e("City Hospital", D(2022, 6, 19), "Brought in by ambulance in arrest; life pronounced extinct 06:52.")]
    news = _e("Community Midwifery", D(2022, 6, 23), text)
    groups = _groups(BACKGROUND + death + [news])
    assert ({news.details, *(e.details for e in death)} in groups) is linked
    assert any({e.details for e in death} <= group for group in groups)


@pytest.mark.parametrize(("earlier_discharge", "linked"), [(False, True), (True, False)])
def test_news_of_an_incident_from_the_agency_with_one_record_of_that_kind_links_however_late(earlier_discharge, linked):
    # The GP files the hospital's discharge summary four working days after the discharge: news of it
    # from the hospital, which discharged no one else in the week before (when it did, the summary could
    # be of either discharge).
    ward = [_e("City Hospital", D(2021, 9, 20), "Discharged home from ward 7 with care package restarted.")]
    if earlier_discharge:
        ward.append(_e("City Hospital", D(2021, 9, 18), "Discharged from the children's ward after an asthma attack."))
    summary = _e("Todmorden Health Centre", D(2021, 9, 24),
                 "Discharge summary received from the hospital: fall, rhabdomyolysis, alcohol excess.")
    groups = _groups(BACKGROUND + ward + [summary])
    assert ({ward[0].details, summary.details} in groups) is linked


@pytest.mark.parametrize(("home_records", "linked"), [
    (["District nurse visited re his skin - repositioning chart started."], True),
    # the home's second record that day: its record naming the nurse may be of another contact
    # (with no kind of event in common: "sacral sore" and "pressure damage" would be one, see test_kinds_of_event_in_other_words)
    (["District nurse visited re his skin - repositioning chart started.", "Family visited, took Mr H out."], False),
])
def test_two_records_of_a_day_naming_each_other_each_its_agencys_one_are_one_contact(home_records, linked):
    # The district nurse's visit to the care home, and the home's note of it: few words in common.
    nurse = _e("Walsall District Nursing", D(2022, 2, 21), "Visit to Mr H at Laurel Court: skin checked, red "
                                                           "area. Advised 2 hourly turns, air mattress ordered.")
    home = [_e("Laurel Court Nursing Home", D(2022, 2, 21), text) for text in home_records]
    groups = _groups(BACKGROUND + [nurse, *home])
    assert ({nurse.details, home[0].details} in groups) is linked


def test_a_pairs_score_does_not_depend_on_which_record_comes_first():
    # Two records of one day that are both news (the police's of sharing its PPN, the school's of
    # receiving it, which names the night before): which of them is "the later" was the pair's
    # first, so the score depended on the order the returns were given in.
    import numpy as np

    from chron_merge.link import _build_table, _combine_arrays, _shared_weight

    events = BACKGROUND + [
        _e("Westford Police", D(2023, 4, 12), "Domestic: ex partner pushed her into a wall, children present.", "22:14"),
        _e("Westford Police", D(2023, 4, 13), "PPN reviewed by MASH police, shared with school via Encompass.", "09:30"),
        _e("Oakfield Primary", D(2023, 4, 13), "Operation Encompass notification: DA incident at home last night."),
        _e("Westford CSC", D(2023, 4, 13), "PPN re DA incident 12/04: mother pushed by ex-partner, children present."),
        _e("Westford CSC", D(2023, 4, 13), "Call from DSL at the school: K said dad hit mum at the weekend."),
        _e("Oakfield Primary", D(2023, 4, 13), "K told TA that dad hit mum with a belt at the weekend. DSL rang CSC.")]
    table = _build_table(events, None)
    first, second = (np.asarray(positions) for positions in zip(*[
        (a, b) for a in range(len(table.day)) for b in range(len(table.day)) if a != b]))
    shared = np.asarray(_shared_weight(table, list(zip(first.tolist(), second.tolist())))[0], dtype=np.float32)
    one_way = _combine_arrays(table, first, second, shared)["score"]
    other_way = _combine_arrays(table, second, first, shared)["score"]
    assert np.allclose(one_way, other_way)


def test_an_agencys_own_acronym_names_it_unless_its_name_is_all_capitals():
    named = _agencies_named([_e("CGL drug service", D(2023, 2, 17), "Assessment: heroin and alcohol."),
                             _e("Riverside Hostel", D(2023, 2, 17), "Escorted D to his CGL appointment."),
                             _e("NORTHSHIRE POLICE", D(2023, 2, 17), "Welfare check at the flat."),
                             _e("Housing Options", D(2023, 2, 17), "Northshire council tax query.")])
    assert named["Riverside Hostel"] == {"CGL drug service"}
    assert named["Housing Options"] == set()  # every word of a name in capitals is no acronym
    assert named["CGL drug service"] == set()
    # an acronym that is a word is not the name on its own
    named = _agencies_named([_e("HOPE Project", D(2023, 2, 17), "Mentoring session with J."),
                             _e("GP", D(2023, 2, 17), "Mum says there is no hope of change.")])
    assert named["GP"] == set()


@pytest.mark.parametrize(("others", "named_by_gp"), [
    # records write it only in capitals: the agency's name (held-out r563)
    (["Nursery: UKHSA called about a measles case."], True),
    # … but one writes the word in small letters: a word, not the name
    (["Nursery: UKHSA called about a measles case.", "Ukhsa leaflet given to parents."], False)])
def test_an_acronym_that_reads_as_a_word_names_its_agency_when_records_write_it_in_capitals(others, named_by_gp):
    events = [_e("UKHSA Health Protection Team", D(2024, 2, 5), "Notification from GP: suspected measles."),
              _e("GP Practice", D(2024, 2, 5), "Fever and rash: suspected measles, notified to UKHSA."),
              *(_e("Sunflower Nursery", D(2024, 2, 6 + n), text) for n, text in enumerate(others))]
    assert (_agencies_named(events)["GP Practice"] == {"UKHSA Health Protection Team"}) is named_by_gp


def test_a_two_letter_acronym_records_write_in_capitals_names_its_agency():
    # (held-out r323: the football club's "letter from the FA")
    named = _agencies_named([_e("FA Safeguarding", D(2023, 3, 2), "Interim suspension order issued to D. Hart."),
                             _e("Club welfare", D(2023, 3, 2), "Coach suspended (letter from the FA).")])
    assert named["Club welfare"] == {"FA Safeguarding"}


def test_times_close_across_midnight_count_as_close():
    # The ambulance's call at 23:58 and the emergency department's arrival at 00:40 the next day,
    # few words in common (held-out r575).
    crew = _e("Ambulance Service", D(2024, 2, 11), "Cat 2: 19M intentional overdose of sertraline in university "
                                                   "halls. Conveyed.", "23:58")
    ward = _e("Hospital", D(2024, 2, 12), "19M overdose of 40 sertraline tablets; ECG normal. Medically fit in the "
                                          "morning.", "00:40")
    assert {crew.details, ward.details} in _groups(BACKGROUND + [crew, ward])
    # … and not a day's worth apart
    later = replace(ward, time="23:40")
    assert {crew.details, later.details} not in _groups(BACKGROUND + [crew, later])


def test_a_record_of_notifying_another_agency_is_no_news_and_links_to_that_agencys_record():
    # The GP's consultation that notified a suspected measles case to the health protection team,
    # and the team's record of the notification: few words in common (held-out r563).
    from chron_merge.link import _Analyser

    gp = _e("GP Practice", D(2024, 2, 5), "Fever and rash for 3 days, conjunctivitis: suspected measles, notified "
                                          "to UKHSA. Sent to the paediatric assessment unit.")
    team = _e("UKHSA Health Protection Team", D(2024, 2, 5), "Notification from GP: suspected measles, 9 month old, "
                                                             "unvaccinated household.")
    assert not _Analyser(None).analyse_all([gp.details])[0].secondhand
    assert {gp.details, team.details} in _groups(BACKGROUND + [gp, team])


def test_the_police_are_named_by_their_pcso_and_a_hospital_by_its_intensive_care_unit():
    # (held-out r560, r563)
    named = _agencies_named([_e("Police", D(2024, 1, 25), "Two pupils spoken to in school about the messages."),
                             _e("Oakwood School", D(2024, 1, 25), "PCSO visited: the two girls spoken to."),
                             _e("Childrens Hospital", D(2024, 2, 20), "Discharged home, oxygen weaned."),
                             _e("Health Visiting", D(2024, 2, 21), "Discharge notification: Ana home after PICU "
                                                                   "admission with measles.")])
    assert named["Oakwood School"] == {"Police"}
    assert named["Health Visiting"] == {"Childrens Hospital"}


def test_probation_is_named_by_the_offender_manager():
    named = _agencies_named([_e("Probation Service", D(2023, 10, 13), "Induction appointment."),
                             _e("Approved Premises", D(2023, 10, 13), "Resident back after curfew. OM emailed.")])
    assert named["Approved Premises"] == {"Probation Service"}


def test_a_place_people_live_in_or_go_to_is_named_by_its_own_name_alone():
    named = _agencies_named([_e("Meadowbank Nursing Home", D(2023, 9, 21), "Safeguarding worker visited."),
                             _e("Adult Social Care", D(2023, 9, 21), "S42 enquiry: visit to Meadowbank, met manager."),
                             _e("Westford Police", D(2023, 9, 21), "Concern for welfare in Westford town centre."),
                             _e("Westford Primary School", D(2023, 9, 21), "Pupil new to Westford, settled in class.")])
    assert named["Adult Social Care"] == {"Meadowbank Nursing Home"}
    # a word two agencies' names share, a town's, names neither; nor a police force by its place
    assert named["Westford Police"] == named["Westford Primary School"] == set()


def test_two_records_of_a_day_naming_each_other_link_with_no_word_in_common():
    # The drug service's assessment, which the hostel worker came to, and the hostel's note of
    # taking him: each names the other, each its agency's one record of the day, no word in common.
    drugs = _e("CGL drug service", D(2023, 2, 17), "Comprehensive assessment: heroin and alcohol, wants a script. "
                                                    "Hostel worker came with him.")
    hostel = [_e("Riverside Hostel", D(2023, 2, 17), "Went with D to CGL, he went in.")]
    assert {drugs.details, hostel[0].details} in _groups(BACKGROUND + [drugs, *hostel])
    # with another hostel record that day, which of the two the drug service's is of, nothing says
    search = _e("Riverside Hostel", D(2023, 2, 17), "Room search: nothing found.")
    assert not any(drugs.details in group for group in _groups(BACKGROUND + [drugs, *hostel, search]))
    # … but for one that says it was of the drug service's appointment (see OTHERS_CONTACT_BONUS)
    escorted = _e("Riverside Hostel", D(2023, 2, 17), "Escorted D to his CGL appointment, he went in.")
    assert {drugs.details, escorted.details} in _groups(BACKGROUND + [drugs, escorted, search])


def test_a_social_worker_names_social_care_but_not_in_its_own_records():
    events = [_e("Children's Social Care", D(2022, 6, 20), "SW visited; allocated SW informed of the plan."),
              _e("Change Grow Live", D(2022, 6, 21), "Informed by SW of the strategy meeting."),
              _e("Oakwood School", D(2022, 6, 21), "Mother says her social worker is helpful.")]
    named = _agencies_named(events)
    assert named["Change Grow Live"] == named["Oakwood School"] == {"Children's Social Care"}
    assert named["Children's Social Care"] == set()


def test_childrens_services_are_named_by_social_services_edt_or_iaa_and_wast_is_an_ambulance_service():
    events = [_e("Conwy Childrens Services", D(2024, 5, 15), "EDT: referral from the hospital."),
              _e("BCUHB – Paediatrics", D(2024, 5, 17), "Discharged to grandparents as agreed with social services."),
              _e("BCUHB – Emergency Department", D(2024, 5, 15), "Safeguarding referral to IAA. BIBA by WAST."),
              _e("Meddygfa Bodnant", D(2024, 5, 20), "Out of hours: EDT social worker phoned."),
              _e("WAST", D(2024, 5, 15), "Conveyed to ED."),
              _e("Oakwood School", D(2024, 5, 16), "Social media safety lesson; a care plan for asthma.")]
    named = _agencies_named(events)
    assert named["BCUHB – Paediatrics"] == {"Conwy Childrens Services"}
    assert named["BCUHB – Emergency Department"] == {"Conwy Childrens Services", "WAST"}
    assert "Conwy Childrens Services" in named["Meddygfa Bodnant"]
    assert named["Conwy Childrens Services"] == {"BCUHB – Paediatrics", "BCUHB – Emergency Department"}
    assert named["Oakwood School"] == set()  # "social" and "care" apart name no one
    # an agency named in shorthand is named by what the shorthand stands for; a paediatric department by "paeds"
    named = _agencies_named([_e("Westford HV team", D(2024, 9, 16), "Strategy discussion by phone."),
                             _e("Westford Paediatrics", D(2024, 9, 17), "Skeletal survey: rib fractures."),
                             _e("Westford CSC", D(2024, 9, 17), "Paeds update: skeletal survey shows rib fractures. "
                                                                "Health visitor informed.")])
    assert named["Westford CSC"] == {"Westford HV team", "Westford Paediatrics"}
    # a sexual assault referral centre is "the SARC"
    assert _agencies_named([_e("Westford SARC", D(2024, 2, 7), "Forensic medical examination."),
                            _e("Westford Police", D(2024, 2, 7), "Victim taken to the SARC for FME.")]) == {
        "Westford SARC": set(), "Westford Police": {"Westford SARC"}}
    assert _agencies_named([_e("Sexual Assault Referral Centre", D(2024, 2, 7), "Forensic medical examination."),
                            _e("Westford Police", D(2024, 2, 7), "Victim taken to the SARC.")])["Westford Police"] == {
        "Sexual Assault Referral Centre"}
    assert _agencies_named([_e("Westford CSC", D(2023, 5, 9), "Contact from school."),
                            _e("Brook Lane Primary", D(2023, 5, 9), "Bruise to cheek. DSL -> MASH.")]) == {
        "Westford CSC": {"Brook Lane Primary"}, "Brook Lane Primary": {"Westford CSC"}}


def test_a_new_birth_visit_is_no_birth_and_one_made_jointly_is_a_joint_visit():
    from chron_merge.kinds import KINDS
    from chron_merge.link import _Analyser

    [visit] = _Analyser(None).analyse_all(["NBV completed jointly with SW. Moses basket seen."])
    assert not visit.kinds >> KINDS.index("birth") & 1
    assert visit.kinds >> KINDS.index("joint visit") & 1


def test_a_service_word_names_its_agency_and_operation_encompass_is_a_domestic_incident():
    from chron_merge.kinds import INCIDENT_KINDS, KINDS
    from chron_merge.link import _build_table

    events = [_e("Northshire Police", D(2020, 2, 3), "Domestic incident at the home address."),
              _e("Oakfield Primary School", D(2020, 2, 4), "Operation Encompass: the police attended last night."),
              _e("Children's Social Care", D(2020, 2, 4), "Call from the school; social care to visit.")]
    named = _agencies_named(events)
    assert named["Oakfield Primary School"] == {"Northshire Police"}  # "the police" alone
    assert "Oakfield Primary School" in named["Children's Social Care"]  # "the school" alone
    assert named["Northshire Police"] == set()
    table = _build_table(events, None)
    domestic = 1 << KINDS.index("domestic incident")
    assert "domestic incident" in INCIDENT_KINDS
    assert [bool(int(k) & domestic) for k in table.kinds] == [True, True, False]


def test_a_police_log_headed_domestic_links_with_the_schools_encompass_record():
    # Police logs often say only "Domestic - verbal"; the school records the Operation Encompass
    # call the next day and names the night of the incident.
    events = [_e("Northshire Constabulary", D(2020, 2, 6), "Call from neighbour reporting shouting. Officers attended.",
                 time="22:41", contact="Domestic - verbal"),
              _e("Oakfield Primary", D(2020, 2, 7), "Operation Encompass notification received from police re "
                 "incident at home on 06/02/2020.", time="15:20")]
    result = find_links(events)
    assert result.groups == [[0, 1]]
    assert "both about a domestic incident" in result.pairs[(0, 1)][2]


@pytest.mark.parametrize(("text", "kind"), [
    ("MAPPA meeting held", "risk conference"), ("Visited jointly with police", "joint visit"),
    ("Baby passed away at home", "death"), ("Life extinct confirmed by paramedics", "death"),
    ("Born by LSCS", "birth"), ("NVD at 39 weeks", "birth"), ("Attended UTC with cut hand", "emergency attendance"),
    ("Seen at MIU", "emergency attendance"), ("Multi-agency safeguarding meeting held", "professionals meeting"),
    ("Care coordinator attended safeguarding meeting (s42)", "professionals meeting"),
    ("Notice to quit served for rent arrears", "eviction"), ("Family evicted", "eviction"),
    ("Police report provided to conference", "child protection conference"),
    ("Statutory LAC review held", "looked after review"), ("Review of looked after child by IRO", "looked after review"),
    ("ABE interview of the child", "joint interview"), ("Child interviewed jointly with police", "joint interview"),
    ("CP medical by paediatrician", "child protection medical"), ("ICO granted at Family Court", "court hearing"),
    ("Guardian attended hearing", "court hearing"), ("Appeared at court, remanded", "court hearing"),
    ("Fire at the flat; family rehoused", "fire"), ("Arson at the property", "fire"),
    ("Called by FRS: child 9 with smoke exposure", "fire"), ("Smoke inhalation, obs normal", "fire"),
    ("Naloxone 400mcg IM x2 with good effect", "self-harm or overdose"),
    ("YJS worker acted as appropriate adult for his interview", "police interview"),
    ("Admitted via ED with aspiration pneumonia", "hospital admission"),
    ("OCC 23/1187 - DA - Physical - Medium", "assault"),
    ("The health visitor held an early help meeting at the nursery", "professionals meeting"),
    ("Attended LADO allegation management meeting", "professionals meeting"),
    ("G disclosed to her tutor that she was raped at a party", "sexual assault"),
    ("Disclosure of historic sexual abuse by an uncle", "sexual assault"),
    ("Victim taken to the SARC for FME", "child protection medical"),
    ("Attended flat re dog attack on toddler", "injury"), ("2 yr old bitten to face by family dog", "injury"),
    ("Discharge planning meeting held with SW and HV", "professionals meeting"),
    ("YP returned by police at 03:30", "missing episode"),
    ("Nurse attended s42 meeting", "strategy discussion"), ("Attended adult safeguarding meeting for L", "strategy discussion"),
    ("She is being taken to Pakistan in the summer to marry a cousin", "forced marriage"),
    ("Partner sentenced to 18 months at Crown Court", "court hearing"),
    ("Informed mother of yesterday's sentence and the restraining order", "court hearing"),
    ("FMPO made; HBA unit informed", "forced marriage"), ("FMPO granted at the family court", "court hearing"),
    ("FPO granted without notice; served on both parents.", "court hearing"),
    ("M told her teacher. DSL phoned children's services and police.", "referral"),
    ("Booking: mother disclosed FGM type 2 (Somalia).", "antenatal booking"),
    ("Letter from midwife: FGM type 2 identified at booking.", "antenatal booking"),
    ("Medical confirmed FGM; the paediatrician reported it to the police.", "child protection medical"),
    ("FGM clinic: H (7) examined.", "child protection medical"),
    ("FGMPO granted at the family court.", "court hearing"), ("FGM protection order obtained for her sister.", "court hearing"),
    ("Emergency placement at the YMCA tonight arranged by EDT.", "placement move"),
    ("L arrived at 21:00, placed by the emergency duty team.", "placement move"),
    ("L absent; a friend says she was hurt by her boyfriend last night.", "assault"),
    ("Call from the bank: large withdrawals by son from Mrs P's account.", "theft or financial abuse"),
    ("Children located - enrolled at Hill Street Primary", "school start"),
    ("Female 41, fall at home, unable to get up", "injury"), ("Child fell down the stairs", "injury"),
    ("We heard that mum went into hospital on Saturday", "hospital admission"),
    ("Aunt called: mum in hospital since the weekend", "hospital admission"),
    ("Child sex offender disclosure (Sarah's law) made to mother", "domestic abuse disclosure"),
    ("Joint visit with police for CSODS disclosure to mum", "domestic abuse disclosure"),
    ("In-year admission: 2 siblings started at Hill Street Primary", "school start"),
    ("Closure order obtained on the flat", "court hearing"), ("DVPO granted at Westford Magistrates", "court hearing"),
    ("Statutory review meeting held at the home today with IRO, SW and mum", "looked after review"),
    ("CPA discharge meeting with G, mum, SW and college", "professionals meeting"),
    ("Readmitted with aspiration pneumonia, septic", "hospital admission"),
    ("No comment interview, released under investigation", "police interview"),
    ("IUC of childminder re s1 CYPA 1933 child neglect", "police interview"),
    ("Recall circulated on PNC: Darren L unlawfully at large.", "recall to prison"),
    ("Now UAL, circulated as wanted", "recall to prison"),
    ("s.77 direction served with enforcement; group to leave by Friday", "eviction"),
    ("Officers attended with council enforcement for service of s77 notice", "eviction"),
    ("Graded as high risk missing due to CCE", "missing episode"),
    ("Suspected methadone ingestion from mother's prescription", "self-harm or overdose"),
    ("Child may have drunk from her methadone bottle", "self-harm or overdose"),
    ("Child admitted after taking mum's methadone", "self-harm or overdose"),
    ("S's daughter took some of S's methadone yesterday", "self-harm or overdose"),
    ("T was found safe at a friend's house", "missing episode"), ("Found safe and well by officers", "missing episode"),
    ("Admitted to the paediatric ward", "hospital admission"), ("Hospital called: child admitted", "hospital admission"),
    ("Fixed-term exclusion for 3 days", "school exclusion"), ("Excluded from school for fighting", "school exclusion"),
    ("MHA assessment by AMHP", "mental health act"), ("Detained under s.2", "mental health act"),
    ("Taken to the S136 suite", "mental health act"), ("Safeguarding adult concern raised with ASC", "referral"),
    ("Child said mum's bf slapped her", "assault"), ("Mother punched by partner", "assault"),
    ("Father hit the child with a belt", "assault"), ("Child R was missing yesterday", "missing episode"),
    ("Carer said she had gone missing", "missing episode"), ("PEP meeting with designated teacher", "education plan meeting"),
    ("EHCP annual review at school", "education plan meeting"),
    ("Disclosure under Clare's Law made to Ms J", "domestic abuse disclosure"),
    ("SW home visit with HV: both children seen", "joint visit"), ("Visited with the police", "joint visit"),
    ("SN attended strat via Teams", "strategy discussion"), ("RHI completed by YP worker", "return home interview"),
    ("Independent return interview completed by Barnardo's", "return home interview"),
    ("MASH contact from health visitor re faltering growth", "referral"),
    ("DVDS right to know disclosure", "domestic abuse disclosure"),
    ("Seen by specialist midwife for booking", "antenatal booking"), ("Antenatal booking completed", "antenatal booking"),
    ("Booking appointment with community midwife", "antenatal booking"),
    ("Father called police after argument", "domestic incident"),
    ("999 call: reported ingestion of 16 paracetamol", "self-harm or overdose"),
    ("Mum phoned - Z in hospital after taking tablets", "self-harm or overdose"),
    ("Z disclosed cutting to form tutor", "self-harm or overdose"), ("Superficial cuts to her forearm", "self-harm or overdose"),
    ("Case stepped down to Early Help", "referral"),
    ("Reintegration meeting with mum and the CAMHS worker", "professionals meeting"),
    ("Attended school meeting re return to school", "professionals meeting"),
    ("Letter from mother: deregistering to home educate", "removal from school roll"),
    ("Removed from roll", "removal from school roll"),
    ("LD team social worker and the children's social worker visited the parents together", "joint visit"),
    ("Officers attended a disturbance at the family's address", "domestic incident"),
    ("Video recorded interview of child with SW present", "joint interview"), ("VRI completed", "joint interview"),
    ("BIM on the ward with family and OT", "best interests meeting"),
    ("Nephew suspected of withdrawing cash with Mr T's card", "theft or financial abuse"),
    ("Possible financial abuse by nephew", "theft or financial abuse"),
    ("WNB - baby not brought to appointment", "missed appointment"), ("Paediatric outpatients: DNA", "missed appointment"),
    ("DSL and Prevent officer spoke to X jointly in school", "joint visit"),
    ("Prevent officer and DSL met X at school together", "joint visit"),
    ("Head of year attended the Channel panel", "professionals meeting"), ("MACE panel held", "professionals meeting"),
    ("Short breaks panel: two extra overnight stays agreed", "professionals meeting"),
    ("Attendance meeting with mum: 62% last year", "professionals meeting"),
    ("Attendance support meeting held with EWO", "professionals meeting"),
    ("Panel decision received - stays increased", "professionals meeting"),
    ("Child moved to emergency respite at Willow House today", "placement move"),
    ("Emergency respite placement started - child settled well", "placement move"),
    ("Placed with foster carers under s20", "placement move"), ("Arrived at the children's home at 6pm", "placement move"),
    ("Keyworker at the CIN, engagement update.", "child in need meeting"), ("CIN attended.", "child in need meeting"),
    ("CIN at home; home safety kit discussed", "child in need meeting"),
    ("Child BIBA in arrest. Resus unsuccessful; life pronounced extinct.", "death"),
    ("Home visit with the duty SW to plan the assessment", "joint visit"), ("JHV with Family Centre worker", "joint visit"),
    ("Visit to parents' home together with social worker (duty)", "joint visit"),
    ("Booking with specialist midwife: health and social history", "antenatal booking"),
    ("Male caller reports row with partner", "domestic incident"),
    ("Call from female asking for male partner to be removed", "domestic incident"),
    ("Contact from drug and alcohol team re unborn", "referral"), ("Keyworker completed MARF to CSC", "referral"),
    ("SUDC. Officers attended the address.", "death"),
    ("Request for service received - Addiction Services", "referral"),
    ("Booked with Women's Team specialist midwife today.", "antenatal booking"),
    ("Police notification: mum asked dad to leave.", "domestic incident"),
    ("Osian very tired, mum said there was shouting at home last night.", "domestic incident"),
    ("Branch invoked Banking Protocol: customer at the counter with a male friend", "theft or financial abuse"),
    ("K said mum and dad were fighting again.", "domestic incident"),
    ("Mother phoned asking for father to be removed from the house", "domestic incident"),
    ("Hostel informed us Mr D has been given notice", "eviction"), ("Attended MARM re Mr D", "professionals meeting"),
    ("Encompass call received re incident at home", "domestic incident"),
    ("CIN 3 - no changes to plan.", "child in need meeting"), ("CIN - Play and Stay offered.", "child in need meeting"),
    ("Children in need review - Play and Stay suggested.", "child in need meeting"),
    ("CIN in the home - safety equipment.", "child in need meeting"),
    ("Booking (specialist midwife): social and obstetric history", "antenatal booking"),
    ("Discharged from community midwifery to HV care.", "transfer of care"),
    ("SWEP admission via street outreach team - arrived 22:30.", "placement move"),
    ("EDT log: K missing Friday night, found early Saturday", "missing episode"),
    ("EDT: K taken to hospital by police in the early hours", "emergency attendance"),
    ("K seen with mum: low mood, cutting arms.", "self-harm or overdose"),
    ("Dad called police after row, took child to his.", "domestic incident"),
    ("Adult concern submitted - Mr K vulnerable.", "referral"),
    # adult social care's record of a concern received, and the sender's of one sent to it
    ("Concern received 08/04: modified diet not followed by provider", "referral"),
    ("Concern to ASC: provider not following SALT plan.", "referral"), ("Concern emailed to the MASH", "referral"),
    ("Bandaged hand: dog bit him at home.", "injury"),
    ("Pre-birth strategy: police checks shared", "strategy discussion"),
    ("Foster carer rang: Amina did not return from school; police informed.", "missing episode"),
    ("E told her worker that mum came home from hospital on Friday.", "discharge"),
    ("JAR home visit completed", "joint visit"),
    ("Home visit with CCN: J in bed, feed not given.", "joint visit"),
    ("Pre-birth assessment visit with the community LD nurse.", "joint visit"),
    ("Home assessment with the health visitor: mother elated.", "joint visit"),
    ("Second TAF: no progress. Stepped up to children's social care.", "referral"),
    ("Step up from early help: neglect of two children.", "referral"),
    ("Attended T's CTR: search for a community placement to start.", "professionals meeting"),
    ("Supported T at his care and treatment review.", "professionals meeting"),
    ("Released on licence from HMP Hewell to approved premises.", "release from prison"),
    ("Arrived from HMP Hewell at 14:30; induction, curfew explained.", "release from prison"),
    ("Section 3 application completed; conveyed to Ward 5 by ambulance.", "mental health act"),
    ("EPO hearing: order made; guardian allocated.", "court hearing"),
    ("MACE - T discussed; CAWN agreed.", "professionals meeting"),
    ("9M pulled from a lake, CPR by bystanders, ROSC not achieved; conveyed.", "death"),
    ("Child drowned at the park while in his father's care.", "death"),
    ("Paediatric arrest: 2yo submersion in a paddling pool", "death"),
    ("Toddler pulled from the paddling pool by the childminder", "medical emergency"),
    ("Arrived by ambulance after a near-drowning at the childminder's", "medical emergency"),
    ("In intensive care after being found in a paddling pool at her childminder's", "medical emergency"),
    ("Hospital letter: Ethan missed his neuromuscular clinic again", "missed appointment"),
    ("Call from school nurse re missed clinic", "missed appointment"),
    ("Ethan off - mum phoned, he's in hospital with a chest infection", "hospital admission"),
    ("Ward 5 admission: chest infection", "hospital admission"),
    ("Husband rang: Margaret fell on Sunday night, DN dressing her leg.", "injury"),
    ("Found Agnes on the floor by the bed, son out. Rang 999.", "injury"),
    ("76F found on floor by carer, hypothermic 34.9.", "injury"),
    ("Found Mr Price on the floor, cold and soiled, confused. 999 called.", "injury"),
    ("Elderly female found wandering on the High St in nightclothes, confused.", "missing episode"),
    ("Taken home: granddaughter alone in the house; EDT called, child to emergency foster care.", "placement move"),
    ("Male arrested for CSA offences. T taken to the SARC.", "child protection medical"),
    ("Baby placed with Mr and Mrs K from the hospital.", "placement move"),
    ("Recall to custody approved; returned to HMP Hewell.", "recall to prison"),
    ("A (13) in DKA: PICU for 24 hours.", "hospital admission"),
    ("Received on recall from police custody.", "recall to prison"),
    ("Mother and baby discharged from the postnatal ward to a parent and child foster placement.", "placement move"),
    ("Took mother and baby from the ward to the foster placement.", "placement move"),
    ("Visit with the school nursing team re medication.", "joint visit"),
    ("Barnardo's worker saw L in school for her first session.", "school session"),
    ("First 1:1 session with L at school: healthy relationships.", "school session"),
    ("Intervention provider met J in school for the first session.", "school session"),
    ("ASB complaint: males coming and going from the flat at all hours.", "anti-social behaviour"),
    ("Neighbour reports anti-social behaviour at Flat 3", "anti-social behaviour"),
    ("Unannounced inspection: the home rated inadequate; warning notice served.", "inspection"),
    ("CQC shared inspection findings: inadequate.", "inspection"),
    ("Provider concerns meeting re the care home: CQC, DN team, commissioning.", "professionals meeting"),
    ("14F missing from care home, left on foot.", "missing episode"),
    ("YP returned to the care home by police at 02:00.", "missing episode"),
    ("Home visit (joint, Family Centre). Parenting assessment scoped.", "joint visit"),
    ("Offered SWEP bed - accepted.", "placement move"), ("Placed in temporary accommodation by housing", "placement move"),
    ("Handover from community midwife received - transfer of care.", "transfer of care"),
    ("Both parents interviewed under caution; released under investigation.", "police interview"),
    ("Police informed OM that father was interviewed yesterday.", "police interview"),
    ("Police powers of protection (s46) used; children handed to CSC", "police protection"),
    ("Emergency placement of A and B with Mr and Mrs J", "placement move"),
    ("SW informed us A is now in foster care", "placement move"),
    ("Home visit with Family Centre: parenting assessment planned.", "joint visit"),
    ("Report of male stabbed on Park Road", "assault"), ("Father in custody in Scotland", "arrest"),
    ("15M with penetrating stab wound L thigh", "injury"),
    ("EDT: emergency foster placement found for tonight", "placement move"),
    ("Late-night placement of a 15 year old UASC via EDT", "placement move"),
    ("Police brought A home at 18:00, tired and hungry", "missing episode"),
    ("Patient AWOL from the ward after leave; police informed", "missing episode"),
    ("M choked on a sandwich at tea. Back slaps by staff", "medical emergency"),
    ("Choking episode, airway cleared by carers", "medical emergency"),
    ("Tonic-clonic seizure lasting 4 minutes, buccal midazolam given", "medical emergency"),
    ("Had a fit in assembly, 999 called", "medical emergency"), ("Anaphylaxis after eating nuts", "medical emergency"),
    ("Manager attended BI meeting. New eating plan", "best interests meeting"),
    ("MACE meeting - L's case heard; disruption visits agreed", "professionals meeting"),
    ("PPN received: mother found unresponsive after suspected heroin use", "self-harm or overdose"),
    ("Found unconscious in the park after drinking alcohol and taking pills", "self-harm or overdose"),
    ("P charged with ABH and non-fatal strangulation", "assault"), ("Arrested for GBH on his brother", "assault"),
    ("Charged with wounding with intent", "assault"), ("CP medical completed - bruising consistent with grip",
                                                       "child protection medical"),
    ("Y permanently excluded yesterday", "school exclusion"),
    ("Mum said the landlord has given them notice to leave by August", "eviction"),
    ("Concern for welfare - J (16) asked to leave by mother after argument", "eviction"),
    ("ATTENDED MA MEETING FOR K - NO HEALTH CONTACT SINCE YEAR 4.", "professionals meeting"),
    ("16 yr old asked to leave the family home, staying with a friend", "eviction"),
    ("Kicked out of home by stepdad last night", "eviction"),
    ("J moved into supported lodgings; Nightstop placement ended.", "placement move"),
    ("J now living in supported lodgings since yesterday.", "placement move"),
    ("Placed in semi-independent accommodation by CSC", "placement move"),
    ("Stop search at the station: found with cash and two phones", "stop and search"),
    ("Contact from police - Y stopped at the station with cash", "stop and search"),
    ("Arrested for possession of a bladed article", "weapon"), ("Brought a lock knife onto the school site", "weapon"),
    ("J absent. Mum called - J didn't come home last night.", "missing episode"),
    ("YP failed to return to placement by 22:00 curfew", "missing episode"),
    ("Risk management meeting: recovery worker attended.", "professionals meeting"),
    ("Complex case meeting re self-neglect held at the council offices", "professionals meeting"),
    ("Probation advised B released today. S informed, safety plan updated.", "release from prison"),
    ("Head asked to join strategy call about R (former pupil).", "strategy discussion"),
    ("Attended perplexing presentation meeting re N.", "professionals meeting"),
    ("Pre-proceedings (PLO) meeting: mum with advocate and solicitor.", "professionals meeting"),
    ("Baby admitted with bronchiolitis, oxygen requirement.", "hospital admission"),
    ("Told by mum baby is on the children's ward with bronchiolitis since Tuesday.", "hospital admission"),
    ("Family arrived on pitch 4 today, baby just out of hospital.", "discharge"),
    ("Welfare assessment with the Traveller health visitor: baby weighed.", "joint visit"),
    ("Age assessment (Merton compliant) with two social workers: assessed as 19.", "joint interview"),
    ("Attended T's age assessment as appropriate adult.", "joint interview"),
    ("Received via the NTS from Kent. Placed at Cedar Lodge semi-independent provision.", "placement move"),
    ("New arrival T placed by Northshire CSC. Induction, room 3.", "placement move"),
    ("MFH located safe and well at a friend's address", "missing episode"),
    ("MBU admissions board: places mother and baby on the unit from birth.", "professionals meeting"),
    ("OM attended MBU board - approved.", "professionals meeting"),
    ("Released on HDC to approved address with baby; tag fitted.", "release from prison"),
    ("Discharged from custody on HDC with baby.", "release from prison"),
    ("Mother and baby returned to the MBU from hospital.", "discharge"),
    ("Oak Lodge reported that Mrs W fell yesterday and broke her hip; in hospital.", "injury"),
    ("Mrs W found on the floor of her room at 06:10, leg shortened and rotated.", "injury"),
    ("Perinatal team emailed: mum not in for their visit yesterday.", "missed appointment"),
    ("NAV - no access visit, card left", "missed appointment"),
    ("Warrant executed at B's home (counter terrorism): devices seized.", "search warrant"),
    ("Mum rang: police searched the house this morning and took B's laptop.", "search warrant"),
    ("Police warrant at the property this morning - two arrests.", "search warrant"),
    ("Fire alarm 11:20: toilet roll set alight in the boys' toilets.", "fire"), ("Youths set fire to a bin", "fire"),
    ("Call from school: K excluded 5 days for setting a fire in the toilets yesterday.", "school exclusion"),
    ("FHDRA: interim supervised contact at a contact centre.", "court hearing"),
    ("DRA listed; Cafcass report filed", "court hearing"), ("J started at Bridge AP today.", "school start"),
    ("RTC Station Road 22:34: pedestrian child (9) struck by a car, driver stopped.", "injury"),
    ("Head told by mum that D was hit by a car on Saturday night.", "injury"),
    ("Caller: child pulled a kettle cord, hot water over his arm 20 minutes ago.", "injury"),
    ("L came in with a dressing on his left arm; mum says kettle accident last night.", "injury"),
    ("Mum rang: L home from hospital today, she is ashamed.", "discharge"),
    ("L very drowsy on arrival. Mum called, took him to hospital.", "emergency attendance"),
    ("A very tired - says mum fell in the night and she called the ambulance.", "injury"),
    ("Nan fell and hit her head on the radiator", "injury"),
    # a head injury as a scan or a caller tells it
    ("Ava 10/52 brought in floppy. CT: subdural haematoma.", "injury"),
    ("CDOP notification received", "death"), ("Notification from CDOP re J", "death"),
    ("New resident Callum placed by Housing Options late afternoon.", "placement move"),
    ("Call from mum wanting dad removed - later cancelled.", "domestic incident"),
    ("Strat", "strategy discussion"), ("Strategy", "strategy discussion"), ("Strategy attended", "strategy discussion"),
    ("Located by officers in town centre, intoxicated. Returned to Oak House 02:15.", "missing episode"),
    ("Mum found him at a friend's and returned home", "missing episode"),
    ("Neurology", "specialty clinic"), ("City Hospital neurology letter: EEG normal", "specialty clinic"),
    ("Not brought to fracture clinic", "specialty clinic"),
    ("Absent – hospital appointment (mum).", "specialty clinic"),
    ("SARC examination completed, findings awaited.", "child protection medical"),
    ("Mother rang asking for him to be removed from the flat", "domestic incident"),
    ("Call from ED: 10 week old baby with bleed on brain.", "injury"), ("CT head: acute intracranial haemorrhage", "injury"),
    ("Young carer's needs assessment with A (16) at school.", "school session"),
    ("Paediatrician's findings: old rib fracture as well as the skull fracture.", "child protection medical"),
    ("Step up request to CSC submitted.", "referral"), ("Referral made to CAMHS, agreed with mum", "referral"),
    ("Referral received, strategy agreed", "referral"),
    ("Bruising to neck, says partner grabbed her 2 days ago.", "domestic incident"),
    ("States she was assaulted by her ex partner on Friday", "domestic incident"),
    ("Transfer-in: Mia placed with FC since d/c yesterday.", "placement move"),
    ("Home visit by SW and DSL together after Leo absent 3 days.", "joint visit"),
    ("Visited by the health visitor and the housing officer", "joint visit"),
    ("J returned home yesterday after being missing 2 days.", "missing episode"),
    ("Admitted to MBU with baby.", "hospital admission"),
    ("S21 notice served on tenant, rent arrears.", "eviction"),
    ("Anxious, not sleeping since ex came to door on Monday.", "domestic incident"),
    ("MOTHER STATING PARTNER HAS TAKEN CHILD AND REFUSING TO RETURN HIM.", "missing episode"),
    ("EDT: mum reported dad took L from home yesterday, police located him at PGM's.", "missing episode"),
    ("Her ex turned up at the house drunk", "domestic incident"),
    ("Boyfriend banging on the door at 2am", "domestic incident"),
    ("Mum disclosed she has been served a section 21 by her landlord on Monday.", "eviction"),
    # a move into a hostel as the outreach worker and the hostel record it
    ("Took D to Riverside Hostel, booked in.", "placement move"),
    ("New resident D arrived with outreach worker. Induction done, room 12.", "placement move"),
    # an order protecting the victim broken, as the police and the IDVA write it
    ("EX PARTNER AT ADDRESS BANGING DOOR IN BREACH OF NMO. ARRESTED AT SCENE.", "domestic incident"),
    ("Police update: T arrested on Sunday for breach of the non-mol.", "domestic incident"),
    ("DVPN breached - he returned to the address", "domestic incident"),
    # an infant as the 999 call, the police and the emergency department describe it
    ("At 23:10 officers attended with ambulance: 8/52 baby unresponsive.", "medical emergency"),
    ("8/52 floppy ?seizure", "medical emergency"), ("8 week old not breathing properly", "medical emergency"),
    ("Skeletal survey: healing posterior rib fractures x3", "child protection medical"),
    ("Paediatrician update: skeletal survey shows old rib fractures", "child protection medical"),
    # a killing and the recall it brings, as probation records them
    ("Emergency recall following arrest for murder of Emma.", "death"),
    ("Emergency recall following arrest for murder of Emma.", "recall to prison"),
    ("Ryan T arrested on suspicion of manslaughter", "death"),
    # a regulator's inspection named a few words before it, as others hear of it
    ("CQC told us of their inspection of Oak Lodge today", "inspection"),
    ("Ofsted's inspector on site at the children's home", "inspection"),
    # a concern as the one who raised it writes it
    ("Grade 3 sacral ulcer found; concern raised with the local authority.", "referral"),
    ("Category 3 pressure ulcer to sacrum. Safeguarding raised.", "referral"),
    ("Raised a safeguarding with adult social care", "referral"),
    # an attack as a parent tells it, and the admission it led to
    ("Mum rang: Ben is in hospital after being attacked on Saturday.", "assault"),
    ("Mum rang: Ben is in hospital after being attacked on Saturday.", "hospital admission"),
    # a killing, as those told of it write it
    ("Police informed IDVA that Sarah was killed overnight. Case closed.", "death"),
    ("Notified that her ex-partner fatally stabbed her last night.", "death"),
    ("Homicide investigation opened; scene preserved.", "death"),
    ("Body of a man found in Mill St car park. Hypothermia suspected.", "death"),
    # a victim of trafficking's move into a safe house, as the provider and the police write it
    ("Lan arrived at the safe house after a positive reasonable grounds decision.", "placement move"),
    ("Lan transported to the safe house.", "placement move"),
    # a notice as the council officer who served it writes it (and the landlord: "EH served a notice on his flat")
    ("Notice served under s83 Public Health Act (filthy and verminous premises).", "eviction"),
    # a concern as a regulator or the Office of the Public Guardian receives it
    ("On 12 June 2023 we received a concern from the local authority about the attorney.", "referral"),
    # terse: "rv" a review, "att" attended, "w/" with
    ("Att LAC rv.", "looked after review"), ("Baby placed w/ FC (Mr & Mrs T) 17:00.", "placement move"),
    ("S47 strat held", "strategy discussion"), ("Initial CP conf held", "child protection conference"),
    ("ICPCC attended", "child protection conference"), ("CP med at CDC", "child protection medical"),
    ("PPO taken by police", "police protection"),
    ("His brother told us Mr D has been out of hospital since Friday.", "discharge"),
    ("Male found unresponsive outdoors, cold to touch. PLE 07:10, police aware.", "death"),
    # the move from the labour ward or the emergency department, as the midwife or the ED writes it
    ("Baby girl born by SVD, 2.3kg. NAS scoring commenced; transferred to NNU.", "hospital admission"),
    ("Intubated in resus and moved to PICU.", "hospital admission"),
    # a multidisciplinary team's meeting named by what it is about (held-out r396)
    ("Attended the perplexing presentations MDT at the children's hospital.", "professionals meeting"),
    ("Perplexing presentations MDT: health-led plan; CSC assessment continues.", "professionals meeting"),
    # a MASH's checks with the agencies, as it and each agency that answers record them (held-out r395)
    ("Partner checks. Police: DA incident at the address on 02/05. Health: no concerns.", "information request"),
    ("MASH information request answered: attendance 88%, two late marks.", "information request"),
    ("MASH research: DA 02/05 shared with MASH.", "information request"),
    ("Request for information from the front door: responded same day.", "information request"),
    # a child found and taken back, as the police's record of it says (held-out r393)
    ("Found in a vehicle in Eastgate with two adult males; both arrested (CAWN considered). Returned to the home.",
     "missing episode"),
    ("Callum moved to Hillside secure unit under a secure order.", "placement move"),
    # a fall as a school hears of it (held-out r389)
    ("Kai absent. Police rang: he was at home alone with mum after she fell last night.", "injury"),
    # … and from one hospital to another as the first writes it (held-out r385: "transferred to the Beacon Unit")
    ("Discharged to the Beacon Unit by secure transport.", "hospital admission"),
    # sent in by the family doctor, as the ward and the doctor write it
    ("Admitted via GP: 14F, weight loss, HR 44 lying.", "hospital admission"),
    ("Phoned paeds on call: admit today.", "hospital admission"),
    # a child's disclosure, as the school and the MASH write it
    ("Mia told her teacher that mum's boyfriend touches her private parts at bedtime.", "sexual assault"),
    ("Disclosure by Mia (8) of sexual touching by mother's partner.", "sexual assault"),
    ("Said her uncle touched her inappropriately", "sexual assault"),
    ("Moved to a B&B on Monday, no cot", "placement move"),
    ("Placed mum and Noah with Brightstart carers (Mr and Mrs T).", "placement move"),
    # a children's home's log of a missing child brought back
    ("Police returned Tia; smelled of cannabis.", "missing episode"), ("Officers returned him to Oak House", "missing episode"),
    # a fall, as the alarm service and the ambulance write it
    ("Mrs Hill fallen in the bathroom; ambulance requested.", "injury"), ("Fall in bathroom, hip pain", "injury"),
    ("Police request: collect the seized dog after a bite to a child", "injury"),
    # a death on the railway or the road
    ("Fatality: male struck by a train near Oakley station", "death"),
    ("Rail incident: injuries incompatible with life", "death"),
    ("17M T1DM, DKA after missed insulin. Admitted to HDU.", "hospital admission"),
    # the police asked to see someone is safe, by whoever asks and as the police name it
    ("Flatmates concerned; police called for a welfare check.", "welfare check"),
    ("Concern for safety at student halls: forced entry", "welfare check"),
    # a missing child as a duty log writes it, its full stop gone when read
    ("Mother called EDT: Tyrese missing. Police informed.", "missing episode"),
    # an operation, as the hospital and those told of it write it
    ("GA extractions x8 completed.", "operation"), ("Harvey had 8 teeth removed under GA today.", "operation"),
    ("Taken to theatre for washout of the wound", "operation"), ("She had surgery on her hip", "operation"),
    # a release and a recall as the prison, probation and the approved premises write them (held-out r289)
    ("Discharged on HDC with baby Kai to Elm House approved premises.", "release from prison"),
    ("Arrested on recall at a friend's flat.", "recall to prison"),
    ("Curfew violation overnight: did not return to AP.", "missing episode"),
    ("Not back for curfew, phone off. Police informed.", "missing episode"),
    # a hospital's letter as the GP files it, the day written in it (held-out r286)
    ("ED letter: admitted 25/04 with urosepsis, delirium.", "hospital admission"),
    # a child's account of being hurt, and a supported lodgings provider's record of a move (held-out r292, r293)
    ("Said his stepdad twisted his arm behind his back because he was cheeky.", "assault"),
    ("Told her teacher dad grabbed her by the throat.", "assault"),
    ("Callum moved in with host Mrs K. Licence signed.", "placement move"),
    ("Sanctuary scheme request sent to housing.", "referral"),
    # as the ward writes an admission (held-out r297)
    ("Admitted for 14 days of IV antibiotics (tune-up), PICC line.", "hospital admission"),
    # a trafficked child's night and health assessment, as police, carers and social care write them (held-out r324)
    ("Police request a placement for a 15yo boy under PP after a raid.", "police protection"),
    ("IHA completed by the LAC nurse with an interpreter.", "health assessment"),
    ("LAC nurse visited for his health assessment.", "health assessment"),
    ("Checked room: Minh gone, window open. Rang police and EDT.", "missing episode"),
    ("Bed empty at the 02:00 check.", "missing episode"),
    ("Minh found in Birmingham by BTP; returned to a new placement.", "missing episode"),
    # a childminder, a coach and the LADO (held-out r323, r325)
    ("Strat with CSC and paed: investigate, childminder to be interviewed.", "strategy discussion"),
    ("Coach Dean suspended from all club activity.", "suspension"),
    ("Interim suspension order issued to D. Hart.", "suspension"),
    ("Registration suspended (risk of harm) pending enquiries.", "suspension"),
    ("LADO rang: allegation substantiated.", "allegation outcome"), ("LADO outcome: unfounded.", "allegation outcome"),
    # a birth before the ambulance came, as the GP files the hospital's letter (held-out r321)
    ("Discharge info from ROH: BBA 06/05 at home.", "birth"),
    # a release as the hostel and the personal adviser write it; a cut as the caller tells it (held-out r327, r329)
    ("Reece moved in today from HMYOI on licence.", "release from prison"),
    ("Met Reece at the hostel on his release; pathway plan reviewed.", "release from prison"),
    ("Male caller: partner has cut his hand with a knife.", "injury"), ("Cuts to her forearm seen in PE.", "injury"),
    # a child ventilated on intensive care, a burn as a sibling tells it (held-out r333, r334)
    ("Retrieved from Oldham ED in respiratory failure; ventilated on PICU.", "hospital admission"),
    ("Kacey says Mason 'got burnt in the bath' at the weekend.", "injury"),
    ("Strat: hospital, CSC. Crime recorded: GBH (child).", "strategy discussion"),  # (held-out r336)
    # a multidisciplinary team's meeting (held-out r345)
    ("MDT meeting with social care, GP and fire: weekly visits agreed.", "professionals meeting"),
    ("Attended MDT re self-neglect.", "professionals meeting"),
    ("Police and fire attended a fire at the flat.", "fire"),
    # the joint agency response to a child's unexpected death (held-out r348)
    ("JAR meeting: no other children in the home; bereavement support offered.", "professionals meeting"),
    ("Joint agency response meeting (health, CSC): enquiries continue.", "professionals meeting"),
    # a referral to the National Referral Mechanism, as its maker and those copied in record it (held-out r350)
    ("NRM referral submitted (county lines, CCE).", "nrm referral"),
    ("NRM referral made by the YJS: CSC copied in.", "nrm referral"),
    # the meeting on perplexing presentations, as the chair, the GP and the school write it (held-out r351)
    ("Chaired the perplexing presentations meeting with school, GP and CSC.", "professionals meeting"),
    ("PP meeting attended (Dr Fox): prescriptions history shared.", "professionals meeting"),
    ("PP meeting at the hospital: school's attendance and observations shared.", "professionals meeting"),
    # an asylum-seeking child's move between authorities, as each records it; found, then brought back (r359)
    ("NTS transfer to Northshire County Council completed.", "transfer of care"),
    ("Yonas received from Kent via the National Transfer Scheme.", "transfer of care"),
    ("Placed at Brook House supported accommodation.", "placement move"),
    ("Yonas located working at a car wash in Birmingham. Returned to Brook House 14:00.", "missing episode"),
    # skin broken down under pressure, as a care home, the nurses and the GP write it (held-out r414)
    ("DN visited: sacral wound now category 3. Dressing and air mattress ordered.", "pressure ulcer"),
    ("Email from the DN: grade 4 sacral ulcer; ASC informed.", "pressure ulcer"),
    ("Unstageable then cat 4 after debridement; bone palpable.", "pressure ulcer"),
    ("Pressure sore on her left heel, dressed.", "pressure ulcer"),
    # a call or a case handed on to another service, as NHS 111 writes it (held-out r409)
    ("Mum: Ruby hot for 2 days, off food. Passed to OOH.", "referral"),
    ("Details passed to the MASH for a decision.", "referral"),
    # the units an adult is admitted to from the emergency department (held-out r398)
    ("Admitted to AMU after a fall at home; alcohol withdrawal.", "hospital admission"),
    ("Moved to the MAU overnight for observation.", "hospital admission"),
    ("Chest pain: admitted to CCU.", "hospital admission"),
    # a stalking protection order broken, as the police and the victim's IDVA write it (held-out r397)
    ("Leanne reports Craig sent messages from a new number in breach of the stalking protection order.",
     "domestic incident"),
    ("Leanne rang: new messages from Craig last night breaking the SPO. Police aware.", "domestic incident"),
    # restraint and seclusion in a unit, as the unit reports it and as others are told of it (held-out r401)
    ("Ryan hit staff at lunch; prone restraint 4 minutes; PRN lorazepam.", "restraint or seclusion"),
    ("Ryan secluded 7 hours after damaging the lounge TV.", "restraint or seclusion"),
    ("Mother rang: Ryan was in seclusion all of yesterday; she wants him moved.", "restraint or seclusion"),
    ("He was restrained by three staff and given rapid tranquillisation.", "restraint or seclusion"),
    # a hanging, tablets counted, a jump from a height; a head-butt, a thing thrown at someone (held-out r434)
    ("Cellmate pressed the cell bell: Liam found hanging from the window bars.", "self-harm or overdose"),
    ("Prison told us Liam tried to hang himself on Wednesday night.", "self-harm or overdose"),
    ("Took 30 sertraline and told her mum an hour later.", "self-harm or overdose"),
    ("Had taken 20 of her mirtazapine.", "self-harm or overdose"),
    ("Jumped from the multi-storey car park; multiple fractures.", "self-harm or overdose"),
    ("Head-butted his partner in the kitchen.", "assault"), ("Threw a kettle of boiling water at her.", "assault"),
    # a neighbour's report of shouting, shouting from a home (held-out r442)
    ("Neighbour called re shouting and banging. Lee left before arrival.", "domestic incident"),
    ("Neighbour at no. 14 reports shouting and banging from Dawn's flat at about 2am.", "domestic incident"),
    ("Neighbours rang: screaming coming from next door.", "domestic incident"),
    # an admission as news of it is written the day after (held-out r444)
    ("Ken admitted yesterday with hypothermia (temp 33.1).", "hospital admission"),
    ("Admitted overnight for observation.", "hospital admission"),
    # an emergency department's shorthand for a bleed on the brain; a visit log's note of whom it was shared with
    # (held-out r445, r444)
    ("4/12 M, floppy. CT: acute SDH. To PICU.", "injury"), ("Joint with ASC. Smoke alarms fitted.", "joint visit"),
    # a night in the cells, as the one arrested tells it (held-out r451)
    ("Says he spent a night in the cells after a row with his wife.", "arrest"),
    ("Kept in the cells overnight and released on bail.", "arrest"),
    # a warrant as a resident tells it, a raid (held-out r457)
    ("Wayne told me the police came to his flat this morning with a warrant.", "search warrant"),
    ("Police raided the flat at 6am; three males arrested.", "search warrant"),
    # children found alone at home, as the police attend it and a school hears of it (held-out r456)
    ("Anonymous caller reported two young children left home alone at the flat.", "children left alone"),
    ("PCSO told us the boys were found home alone last night.", "children left alone"),
    # a face hurt, as a support worker sees it (held-out r436)
    ("Gary has a black eye and a cut lip, says 'Jay' came back last night.", "injury"),
    ("Came into school with a split lip and a bloody nose.", "injury"),
    # an asylum-seeking child's move under the National Transfer Scheme, as the receiving team writes it (r472)
    ("Placed with foster carer under the national transfer scheme from Kent.", "transfer of care"),
    # online sexual abuse, as the school and the police write it (held-out r473)
    ("13 year old sent indecent images to an adult posing as a teenager.", "sexual assault"),
    ("Friend reports Freya is sending pictures to an older boy on Snapchat.", "sexual assault"),
    ("Online grooming reported by school and mother.", "sexual assault"),
    # a unit written in letters, which the kind's guards missed (found by devtools/check_kind_guards.py)
    ("Baby ventilated on SCBU overnight.", "hospital admission"),
    # put out by a parent, as a care leaver's adviser writes it; a s136 written as its number (held-out r492)
    ("Chloe rang: mum asked her to leave last night after a row about money.", "eviction"),
    ("Police rang: Chloe held on a 136 overnight after being found on the bridge.", "mental health act"),
    # put out by a parent, as a college hears it (held-out r507)
    ("Kieran says he is sofa surfing after his stepdad kicked him out at the weekend.", "eviction"),
    ("Disturbance at the family home: 16 year old and his stepfather arguing, the boy told to leave.", "eviction"),
    # a strategy discussion by what it decides; a looked after review by who chairs it
    ("Multi-agency discussion under s47: joint investigation agreed.", "strategy discussion"),
    ("IRO review: care plan endorsed.", "looked after review"),
    # blackmail over images, as the school, the police and the GP write it (held-out r501)
    ("Someone online has nude photos of him and wants 500 pounds.", "sexual assault"),
    ("Sent images to a person he believed was a girl his age, then threatened to share them unless paid.",
     "sexual assault"),
    ("Mum phoned: Harvey being blackmailed over photos online.", "sexual assault"),
    # the police's meeting with the council's services on a cuckooed flat (held-out r496)
    ("Partnership meeting with housing and the LD team: address cuckooed.", "professionals meeting"),
    # the end of a placement as social care names it (held-out r495)
    ("Parent and child placement breakdown; Jess and Ava moved to the mother and baby unit.", "placement move"),
    # a flat taken over by drug dealers and closed by the court, as each agency writes it (held-out r496)
    ("PCSO says drug dealers are using Dean's flat; he seems scared of them.", "anti-social behaviour"),
    ("Intelligence that a county line is using the address; occupant vulnerable.", "anti-social behaviour"),
    ("Multi-agency meeting: his home has been taken over.", "anti-social behaviour"),
    ("Court shut the flat for 3 months yesterday.", "anti-social behaviour"),
    ("Full closure order, 3 months, premises at Flat 9 Kestrel House.", "anti-social behaviour"),
    ("Attended the partnership meeting: Dean cuckooed.", "anti-social behaviour"),
    # a joint visit, where it was told before whom with (held-out r491)
    ("Visited the family on the Mill Lane layby with the health visitor.", "joint visit"),
    # a missing report as the police write it, the child named between (held-out r482)
    ("Mum reported Aiden missing after he left home at 8pm.", "missing episode"),
    ("Carer reported her son missing to police.", "missing episode"),
    # money taken from an adult with a learning disability, as his bank, his carers and he tell it (held-out r509)
    ("Safeguarding concern from his bank: people he calls friends taking his benefits.", "theft or financial abuse"),
    ("Came in hungry: says his friends help themselves to his money.", "theft or financial abuse"),
    ("Worried her pension is being taken by her grandson.", "theft or financial abuse"),
    # a child's death: the meeting the paediatrician, police and others hold (held-out r510)
    ("Rapid response meeting: GP records shared.", "professionals meeting"),
    ("Initial JAR meeting held.", "professionals meeting"),
    # the first days at a new school or unit (held-out r511)
    ("PRU place started - induction attended with mum.", "school start"),
    ("Induction meeting with Zac and his mum; timetable agreed.", "school start"),
    # a police operation with another body, and a missing adult found and taken back (held-out r513)
    ("Joint operation at the car wash with the GLAA: four workers living on site.", "joint visit"),
    ("Police found Tomas yesterday at another car wash and brought him back.", "missing episode"),
    # children left without an adult, as the police and social care write it (held-out r515)
    ("Police PPN: children (7, 9) left at home without an adult on Saturday night.", "children left alone"),
    ("Concern for welfare: two children aged 7 and 9 at home with no adult in the house.", "children left alone"),
    ("Letter from community dental: Mia has missed three dental appointments.", "missed appointment"),
    # a release on licence and a night away from the approved premises, as each agency writes it (held-out r517)
    ("Out of prison today on licence; living at the approved premises.", "release from prison"),
    ("Arrival from HMP Altcourse: induction done, curfew explained.", "release from prison"),
    ("AP reported he did not come back last night. Recall requested.", "missing episode"),
    # a baby not gaining weight kept on the ward, as the ward and social care write it (held-out r522)
    ("Admitted for a feeding assessment (weight <0.4th centile).", "hospital admission"),
    ("Referral from paediatrics: 5 month old kept in for feeding obs.", "hospital admission"),
    # an FGM protection order as social care writes it, and the GP's concern passed on (held-out r525)
    ("Court made an order to stop the trip (FGM protection order). Parents upset.", "court hearing"),
    ("Mum asking for vaccinations for a summer trip to see family; concerns shared with social care.", "referral"),
    # a birth as the mother's housing worker and social care hear of it (held-out r537)
    ("Resident has had the baby (girl) this morning at the Royal.", "birth"),
    ("Midwife rang: mum had her baby at 38 weeks, a girl.", "birth"),
    # a strategy discussion as a health visitor writes it (held-out r538)
    ("Multi-agency strategy: health information shared.", "strategy discussion"),
    # a death in prison, as the prison, the ambulance and intensive care write it (held-out r549)
    ("Told officer he wants to end it. ACCT opened, hourly obs.", "self-harm or overdose"),
    ("Wing staff told us he was placed on an ACCT (self-harm risk).", "self-harm or overdose"),
    ("Ambulance called to HMP Ashfield, 23M hanging, in cardiac arrest.", "self-harm or overdose"),
    ("ICU admission after hanging in prison; hypoxic brain injury.", "hospital admission"),
    ("ICU admission after hanging in prison; hypoxic brain injury.", "self-harm or overdose"),
    # an anorexic girl's admission, review and discharge (held-out r548)
    ("BMI 13.9, bradycardic. Paediatric admission for refeeding arranged today.", "hospital admission"),
    ("CPA review on the ward with mum and the paediatrician.", "professionals meeting"),
    ("Care programme approach meeting: mum wants her home.", "professionals meeting"),
    ("Mum took her home against medical advice at 16:00.", "discharge"),
    # a baby's admission as a message passes it on (held-out r545)
    ("Hospital: baby in hospital, chest infection; room damp and cold.", "hospital admission"),
    # a best interests decision as a social worker who was there writes it (held-out r554)
    ("BI decision: PEG not in her best interests; end of life care.", "best interests meeting"),
    # a joint inspection of a hoarded house, as each officer writes it (held-out r552)
    ("Joint inspection with the housing officer: statutory nuisance.", "joint visit"),
    ("Inspection with environmental health: house squalid, hoarding.", "joint visit"),
    # a secure accommodation order and the secure home's admission (held-out r555)
    ("Secure accommodation order made (s25) for three months.", "court hearing"),
    ("Admission: young person arrived from the court with two escorts at 17:30.", "placement move"),
    # a boy on an e-scooter hit by a car, as the police, the ambulance, the trauma team and social care write it
    # (held-out r561)
    ("RTC: e-scooter v car at the junction of Mill Lane, rider (15) thrown.", "injury"),
    ("Cat 1: male 15, e-scooter v car, GCS 9, HEMS requested.", "injury"),
    ("Cyclist vs HGV on the ring road, 14M.", "injury"),
    ("Notification from the MTC: Tyler admitted after a collision on an e-scooter.", "injury"),
    # fires set by a boy, as the fire service and his school write them (held-out r558)
    ("Automatic fire alarm actuation: paper towels alight in toilets, out on arrival.", "fire"),
    ("Jayden found setting light to paper towels in the boys' toilets.", "fire"),
    # a baby left in a hot car, as the police, the ambulance and social care write it (held-out r562)
    ("Report of a baby alone in a locked car in the supermarket car park, 31 degrees.", "children left alone"),
    ("Cat 1: 18 month old found in hot car, hot to touch, floppy.", "children left alone"),
    ("Police report mother arrested after leaving Noah in a hot car.", "children left alone"),
    ("Toddler left strapped in a parked car for an hour while mum shopped.", "children left alone"),
    # a man found cold at home, as the ambulance and the ward write it (held-out r564; r544's "hypothermia")
    ("58M found by neighbour, cold and confused, house 9 degrees, no heating. Temp 33.8. Conveyed.",
     "medical emergency"),
    ("Hypothermia 33.8, confusion. Admitted to AMU.", "medical emergency"),
    ("ED resus: heatstroke, temp 40.1.", "medical emergency"),
    # a boy under an overturned quad bike, as the police, the ambulance and the trauma team write it (held-out r566)
    ("Report of a child trapped under an overturned quad bike at Tyddyn farm.", "injury"),
    ("Cat Red: 11M crushed under a quad bike, GCS 14.", "injury"),
    ("Trauma call: 11 year old, quad bike rollover, pneumothorax.", "injury"),
    ("Trauma call: 11 year old, quad bike rollover, pneumothorax.", "emergency attendance"),
    # a girl gone from her foster placement, as social care writes it (held-out r574)
    ("Linh missing from her foster placement this morning; strategy meeting tomorrow.", "missing episode"),
    ("Linh was found yesterday in Birmingham and returned.", "missing episode"),
    # teenagers in the sea, as the coastguard, the lifeboat and the ambulance write it (held-out r573)
    ("999: two teenagers in difficulty off North Beach; lifeboat and helicopter tasked.", "medical emergency"),
    ("Launched 17:42 to North Beach: one casualty recovered to the beach.", "medical emergency"),
    ("Teenage girl recovered from the sea by the lifeboat, hypothermic.", "medical emergency"),
    # carbon monoxide from a boiler, as the gas engineer, the fire service and the school write it (held-out r578)
    ("Emergency call: CO alarm activated. Boiler spilling; appliance capped.", "medical emergency"),
    ("Attended with the ambulance: CO readings of 300 ppm in the kitchen.", "medical emergency"),
    ("Mum rang: Evie off school after carbon monoxide poisoning at the weekend.", "medical emergency"),
    # a disabled man's home targeted, as the police and his landlord write it (held-out r577)
    ("Hate incident: eggs thrown at his window by youths; third report this month.", "anti-social behaviour"),
    ("Tenant reported youths throwing eggs at his window last night.", "anti-social behaviour"),
    # a boy missing in the sea, as the police write it (held-out r573)
    ("Report of a 15 year old boy missing in the sea at North Beach; coastguard searching.", "emergency attendance"),
    # a bite by a partner, as the police and the urgent treatment centre write it (held-out r580)
    ("DA: male assaulted by his ex-partner at his flat, bite to the forearm.", "injury"),
    ("Wound to the forearm, human bite: cleaned, antibiotics.", "injury"),
    # a short stay away from home, as social care, a care home and a short breaks service write it (held-out
    # r583, r581)
    ("Mrs Hale admitted to Beech House for 2 weeks' respite today.", "placement move"),
    ("Emergency respite admission: Mrs Hale arrived with her daughter.", "placement move"),
    ("Short breaks package started: first overnight stay tonight.", "placement move"),
    ("First overnight short break: Mia settled well.", "placement move"),
    # a toddler's fall from a window, as the crew, the emergency department, the nursery and the health
    # visitor write it (held-out r584)
    ("Cat 1: 2yo fallen approx 4m from bedroom window onto patio. GCS 13.", "injury"),
    ("Kai absent - mum rang, he is in hospital after falling out of a window yesterday.", "injury"),
    ("Kai admitted to PHDU after falling from a bedroom window yesterday.", "injury"),
    ("Kai admitted to PHDU after falling from a bedroom window yesterday.", "hospital admission"),
    ("2 y/o M, fall from upstairs window ~15ft, skull #, small EDH, to PHDU.", "hospital admission"),
    # a sickle cell crisis, as the crew and the ward write it (held-out r587)
    ("14F known SCD, painful crisis legs and back since the night. Entonox. Conveyed.", "medical emergency"),
    ("Sickle pain crisis: IV morphine and fluids, admitted to Ward 11.", "medical emergency"),
    ("Acute chest syndrome: sats 86%, transferred to PICU.", "medical emergency"),
    # a house parent's abuse of a boarder, as the school's medical centre writes it (held-out r590)
    ("Pupil disclosed inappropriate messages and touching by a house parent.", "sexual assault"),
    ("Letter from urology: ketamine-related bladder damage.", "specialty clinic"),  # (held-out r591)
    # twins taken into care, as social care, Cafcass and the foster carers write it; a children's home's
    # planning meeting (held-out r592, r595)
    ("Interim care orders granted for both twins; placed with foster carers tonight.", "court hearing"),
    ("Twins placed with us today under an interim care order.", "placement move"),
    ("Placement planning meeting at The Oaks with parents and the adoption support worker.", "professionals meeting"),
    # ecstasy at a festival, as the crew and the ward write it; the discharge as social care hears of it (held-out r597)
    ("16F ?MDMA toxicity at the festival medical centre, temp 40, GCS 12.", "self-harm or overdose"),
    ("Notified by the hospital that Mia went home today; visit booked.", "discharge"),
    # a young offender's self-harm and release, as the wing, the nurse and the youth justice worker write them;
    # a school's call to the LADO, and the transport team's allegation meeting (held-out r603, r600)
    ("Superficial lacerations to the L forearm x4, steri-strips.", "self-harm or overdose"),
    ("Released at the end of his sentence to the youth justice worker at the gate.", "release from prison"),
    ("Collected Kyle from the gate at Wetherby; to his supported flat.", "release from prison"),
    ("Rang the LADO about the passenger assistant on route 14.", "referral"),
    ("Allegation meeting: new passenger assistant on route 14 from Monday.", "professionals meeting"),
    # a trafficked boy's placement and going missing, as the police, social care and the foster carer write it
    # (held-out r605)
    ("Missing: 16M UASC from his foster placement, believed trafficked, high risk.", "missing episode"),
    ("Foster carer reports Minh missing this morning; strategy meeting at 14:00.", "missing episode"),
    ("Foster placement found for Minh (16) after the police found him at a car wash.", "placement move"),
    # an asthma attack, as the crew, the ward and a parent tell it
    ("Asthma attack: nebulised on scene, conveyed.", "medical emergency"),
    ("Lily, 3: acute severe asthma, needed HDU overnight.", "medical emergency"),
    ("Mum rang: off school after an exacerbation of her asthma.", "medical emergency"),
])
def test_kinds_of_event_in_other_words(text, kind):
    from chron_merge.kinds import KINDS
    from chron_merge.link import _Analyser

    assert _Analyser(None).analyse_all([text])[0].kinds >> KINDS.index(kind) & 1


@pytest.mark.parametrize("text", ["Family group conference held", "Conference call with school", "MARAC referral"])
def test_a_conference_that_is_no_child_protection_conference(text):
    from chron_merge.kinds import KINDS
    from chron_merge.link import _Analyser

    assert not _Analyser(None).analyse_all([text])[0].kinds >> KINDS.index("child protection conference") & 1


@pytest.mark.parametrize(("text", "kind"), [
    ("Ma said the meeting went well", "professionals meeting"),
    ("Asked to leave the shop by security", "eviction"), ("Told to leave by police", "eviction"),
    ("Mum on annual leave", "eviction"), ("Referral to supported lodgings made", "placement move"),
    ("Visited the supported lodgings provider", "placement move"), ("Now living with dad", "placement move"),
    ("Strategy discussion by phone with SW and DC Evans. CP medical booked 14:00.", "child protection medical"),
    ("Child protection medical to be arranged by the paediatrician", "child protection medical"),
    ("Baby unresponsive, CPR started by paramedics", "self-harm or overdose"),
    ("He choked her until she nearly passed out", "medical emergency"), ("Drugs seizure at the address", "medical emergency"),
    ("Seizure of cash and two phones", "medical emergency"), ("Emergency placement requested", "placement move"),
    ("Alighted from the bus at the station", "fire"), ("Passengers alight at the stop", "fire"),
    ("Collision of two appointments: rebooked", "injury"), ("Car parked outside the house all day", "children left alone"),
    ("Hot meal left in the car for her", "children left alone"),
    ("Temp 37.2, settled", "medical emergency"), ("Attempted visit, no answer", "medical emergency"),
    ("Room temp 22, flat warm and tidy", "medical emergency"), ("Mum says she feels crushed by the news", "injury"),
    ("Stolen car recovered from the river by the police", "medical emergency"),
    ("Co-sleeping and the smoke alarm discussed", "medical emergency"), ("She hates school", "anti-social behaviour"),
    ("Keys were found in the hall and returned", "missing episode"),
    ("Pressure ulcer: wound on the back dressed, heels intact", "injury"),
    ("Respite carers for dad discussed; short of money this month", "placement move"),
    ("Baby rolled over in the cot for the first time", "injury"),
    ("New resident meeting held in the lounge", "placement move"), ("Breach of tenancy: rent arrears", "domestic incident"),
    ("Warned about a breach of contract with the landlord", "domestic incident"),
    ("8 week old not breathing properly, mum hysterical", "death"),
    ("Skeletal survey requested for the morning", "child protection medical"),
    ("He threatened to murder her if she left", "death"), ("Charged with attempted murder", "death"),
    ("He attempted to murder her with a knife", "death"),
    ("Domestic homicide review panel held", "death"),
    ("Took D to the hostel's GP clinic", "placement move"),
    ("Police took a statement from mum at home", "missing episode"), ("Absent from school today", "missing episode"),
    ("Mum has not come to the meeting", "missing episode"), ("Came home from school upset", "missing episode"),
    ("Patient has not returned the questionnaire", "missing episode"),
    ("Risk management plan updated", "professionals meeting"),
    # decided or still to come: a later record sends it
    ("TAF review: step up to social care agreed.", "referral"), ("Case discussion with mother; referral to be made.", "referral"),
    ("Referral to CSC agreed at the TAF", "referral"),
    ("Father released today under investigation", "release from prison"),
    ("Juvenile found working. Police protection not used - taken home to father.", "police protection"),
    ("Attended team meeting - caseloads", "professionals meeting"), ("Attended the staff meeting", "professionals meeting"),
    ("Consultant ward round: settled", "hospital admission"), ("Out of hospital care team visit", "discharge"),
    ("Age assessment outcome challenged by his solicitor", "joint interview"),
    ("Played board games with the children", "professionals meeting"),
    ("Safeguarding notice board updated", "professionals meeting"),
    ("Broke up with her boyfriend last week", "injury"), ("Floor of the flat covered in rubbish", "injury"),
    ("Mum was not in favour of the visit", "missed appointment"),
    ("Warrant officer visited re unpaid council tax", "search warrant"),
    ("Set up a meeting with the alight youth project", "fire"), ("Excluded from the group chat", "school exclusion"),
    ("Hit by a wave of tiredness in class", "injury"), ("Hot water bottle on her bed", "injury"),
    ("Mum took him to hospital for his appointment", "emergency attendance"),
    ("Safer custody: ACCT review held on the wing", "arrest"),
    ("A man hanging about outside the school", "self-harm or overdose"),
    ("After hanging out with friends in the park", "self-harm or overdose"),
    ("Clinic: Jacob's weight fell at home and recovered at the hospice", "injury"),
    ("Baby seen in hospital clinic for her hips", "hospital admission"),
    ("Best interests decision to be made at a meeting next week", "best interests meeting"),
    ("Inspection with mum of the boiler cupboard", "joint visit"),
    ("Her grades fell in the autumn term", "injury"),
    ("Released today from hospital with analgesia", "release from prison"),
    ("Choking hazard: small toys on the floor", "medical emergency"), ("Medically fit for discharge", "medical emergency"),
    ("Mum missing meeting with the school", "professionals meeting"),
    ("BI-weekly meeting with school", "best interests meeting"),
    ("Unresponsive episode at school; epilepsy known", "self-harm or overdose"),
    ("Hearing test at audiology: hearing normal", "court hearing"), ("Absent - hearing appointment", "court hearing"),
    ("Youths seen near Court Road", "court hearing"), ("Home fire safety check with the fire service", "fire"),
    ("Advised not to smoke in the house", "fire"), ("Found a bruise on his arm", "missing episode"),
    ("Grapes and rapeseed oil", "sexual assault"), ("Sexual health clinic: contraception", "sexual assault"),
    ("Risk of sexual exploitation discussed", "sexual assault"),
    ("Dog walked; no concerns", "injury"),
    ("Medical stabilisation, refeeding bloods", "injury"), ("Stable overnight on the ward", "injury"),
    ("Touched base with mum by phone", "sexual assault"), ("He touched her arm to calm her", "sexual assault"),
    ("Police returned her phone", "missing episode"), ("Police returned the call", "missing episode"),
    ("Police returned to the address at 9pm", "missing episode"),
    ("She has fallen out with her mum", "injury"), ("Fallen asleep in class", "injury"),
    ("Fallen behind with the rent", "injury"), ("Road traffic collision, no fatalities", "death"),
    ("A near fatality on the road", "death"), ("Welfare call to mum: no answer", "welfare check"),
    ("Officer has concerns for her safety given the threats", "welfare check"),
    ("Safe and well visit by the fire service", "welfare check"),
    ("S47 joint; baby to remain inpatient; safety plan for discharge", "discharge"),
    ("Medically fit for discharge tomorrow", "discharge"), ("Discharge planning meeting booked", "discharge"),
    ("Statutory review of the EHCP", "looked after review"),
    ("Safeguarding adults concern raised", "strategy discussion"), ("Safeguarding meeting at school", "strategy discussion"),
    ("Mum and dad are to marry next year", "forced marriage"), ("Married in 2015", "forced marriage"),
    ("Father is serving a prison sentence", "court hearing"), ("C wrote a sentence about his holiday", "court hearing"),
    ("Meeting started at 10am", "school start"), ("The school year starts at Easter", "school start"),
    ("Fell asleep on the sofa", "injury"), ("Things fell into place", "injury"), ("A fall in attendance", "injury"),
    # a role, a procedure or a panel named after a child's death is no record of one
    ("SUDI paediatrician home visit with police (JAR).", "death"), ("Strategy discussion: police, health, CDOP.", "death"),
    ("SUDC protocol followed", "death"),
    ("Strategy for the summer agreed with mum", "strategy discussion"), ("Strategy to be agreed", "strategy discussion"),
    ("Found the letter and returned to the office.", "missing episode"),
    ("Located the file and returned to the team", "missing episode"),
    ("Plan: refer to dermatology", "specialty clinic"), ("Paediatric clinic review", "specialty clinic"),
    ("Child disclosed abuse to her teacher", "domestic abuse disclosure"),
    ("Take home naloxone kit supplied and training given", "self-harm or overdose"),
    ("Client took a methadone dose at the pharmacy", "self-harm or overdose"),
    ("Taking his medication as prescribed", "self-harm or overdose"), ("Dad taking drugs in the home", "self-harm or overdose"),
    ("EDT: strategy meeting to be convened tomorrow", "strategy discussion"),
    ("Nothing missing. Police aware.", "missing episode"), ("Burglary: jewellery missing, police called", "missing episode"),
    ("Operation Encompass call received", "operation"), ("Seen at the surgery for a cough", "operation"),
    ("Went to the theatre with her class", "operation"), ("Listed for surgery in May", "operation"),
    ("Twisted her ankle at netball", "assault"),
    ("Mum's boyfriend moved in with them", "placement move"), ("Request sent to the court for an adjournment", "referral"),
    ("Strategy discussion to be held Monday", "strategy discussion"),
    ("Strategy meeting arranged for Friday", "strategy discussion"), ("Strategy meeting tomorrow", "strategy discussion"),
    ("Referral from police: online grooming of B (11). Strategy discussion today.", "strategy discussion"),
    ("Called by the FRS to a flooded flat", "fire"),
    ("Mother admitted the offence of theft", "hospital admission"), ("Fracture excluded on x-ray", "school exclusion"),
    ("Excluded from PE lesson for refusing to change", "school exclusion"), ("LAC nurse visit", "looked after review"),
    ("See section 2 of the report", "mental health act"), ("Held a team meeting", "mental health act"),
    ("Child kicked off in class", "assault"), ("Fell and hit her head on the table", "assault"),
    ("Patient has the right to know her results", "domestic abuse disclosure"),
    ("Home visit with mother and grandmother", "joint visit"), ("Visit with the children to the park", "joint visit"),
    ("Attended strategy for coping with anxiety", "strategy discussion"),
    ("Mother booked an appointment with the GP", "antenatal booking"), ("Booking for respite care", "antenatal booking"),
    ("Argument with a peer at lunch", "domestic incident"), ("Got into an argument in class", "domestic incident"),
    ("Transition meeting for child A with SENCO and mum", "professionals meeting"),
    ("SW visited the children together", "joint visit"), ("Pre-birth assessment started", "birth"),
    ("DOB confirmed with mother", "birth"),
    ("HFSV: high fire risk due to hoarding", "fire"), ("Attended appointment with mum", "missed appointment"),
    ("SW met the children together", "joint visit"), ("Mother withdrew her consent", "theft or financial abuse"),
    ("Advised to take paracetamol and fluids", "self-harm or overdose"),
    ("Took her medication as prescribed", "self-harm or overdose"),
    ("Cutting back on her hours", "self-harm or overdose"), ("Mother cut her hair", "self-harm or overdose"),
    ("Attended team meeting", "professionals meeting"),
    ("Shouting in class at the teacher", "domestic incident"),
    ("Withdrawn 3 weeks ago from the waiting list", "theft or financial abuse"),
    ("Fighting in the playground", "domestic incident"),
    ("Fence panel broken at the rear of the property", "professionals meeting"), ("Solar panel fitted", "professionals meeting"),
    ("Emergency respite arranged for next week", "placement move"), ("Placement request sent to fostering", "placement move"),
    ("Moved to a new flat", "placement move"), ("Mum admitted to the ward", "placement move"),
    ("Scene preserved, no arrests", "arrest"), ("Suspect not arrested", "arrest"),
    ("Child brought in by ambulance in cardiac arrest", "arrest"), ("Child BIBA in arrest", "arrest"),
    ("Paediatric arrest - submersion in a garden pool", "arrest"),
    ("Missing child found in the hotel pool area", "medical emergency"), ("Missed clinic letter sent", "missed appointment"),
    ("CIN plan reviewed with mother", "child in need meeting"), ("Case to remain at CIN level", "child in need meeting"),
    ("Went to CIN visit at home", "child in need meeting"),
    ("Partner removed his belongings", "domestic incident"), ("Row of terraced houses", "domestic incident"),
    ("Contact from mother re housing", "referral"), ("Mother asked the worker to leave", "domestic incident"),
    ("Mother given notice of the meeting", "eviction"), ("Data protection training", "police protection"),
    ("Low mood since coming into care last year", "placement move"),
    ("CIN home visit - children seen", "child in need meeting"), ("CIN plan reviewed with mother", "child in need meeting"),
    ("CIN case closed", "child in need meeting"), ("EDT handover: nothing to report", "transfer of care"),
    ("Job interview for mother next week", "police interview"), ("Hostel rules explained", "placement move"),
    ("Missing PE kit again", "missing episode"), ("Late three days in a row", "domestic incident"),
    ("Taken to hospital appointment by grandmother", "emergency attendance"),
    ("Booked with the GP for a review", "antenatal booking"), ("Visit to the family centre with mother", "joint visit"),
    ("Knife and fork skills practised at lunch", "weapon"), ("Stopped taking her medication", "stop and search"),
    ("Mother gave notice to her employer", "eviction"),
    ("Monthly ASB panel - case list reviewed", "anti-social behaviour"),
    ("Housing estate inspection - communal areas clean", "inspection"),
    ("Went home from school early, unwell", "discharge"),
    ("Late to school - detention", "school session"), ("Parents evening at school: mum attended", "school session"),
    ("72 hour follow-up after discharge: safety plan reviewed", "discharge"),
    ("Released under investigation from police custody.", "release from prison"),
    ("Home visit: dad paranoid; Mental Health Act assessment arranged for today.", "mental health act"),
    ("Received on recall from police custody.", "arrest"), ("Recall to custody approved.", "arrest"),
    ("Booking made for the family room at the contact centre", "antenatal booking"),
    ("Medical appointment confirmed for Tuesday", "child protection medical"),
    ("Contact from school: M disclosed abuse. Strategy discussion convened for this afternoon.", "strategy discussion"),
    ("Referral from ED: unexplained skull fracture. Strategy discussion tonight.", "strategy discussion"),
    ("Placed with grandmother overnight.", "placement move"),
    ("CAWN served on the male (24).", "inspection"),
    ("He nearly drowned in the bath; mum pulled him out.", "death"),
    ("Contact from the school: B describes domestic servitude at Ms O's home.", "domestic incident"),
    ("B placed in foster care overnight. NRM referral submitted.", "referral"),
    ("Strategy discussion with police: s47, CP medical today, Z to stay on the ward.", "child protection medical"),
    ("Took her to the placement review meeting", "placement move"),
    ("Arrived late at the placement planning meeting", "placement move"),
    ("Home visit post discharge, baby feeding well", "discharge"),
    ("Partner hit the headlines at work", "domestic incident"), ("Her partner pushed for a transfer", "domestic incident"),
    ("Home visit following discharge from MBU yesterday, baby thriving.", "discharge"),
    ("Partner came to the review at home", "domestic incident"),
    ("Hospital appointment booked for next month", "specialty clinic"),
    ("SARC examination booked for tomorrow", "child protection medical"),
    ("Partner was at the house when HV visited", "domestic incident"),
    ("DN says she will raise a safeguarding about the sore", "referral"),  # (not yet raised)
    ("Ofsted registered childminder", "inspection"), ("CQC registered care home", "inspection"),
    ("Child attacked by a dog in the park", "assault"),  # (an injury)
    ("She told the IDVA he could have killed her", "death"), ("Says he nearly killed her last night", "death"),
    ("DHR: domestic homicide review panel met", "death"),
    ("Moved to a supported housing unit in town", "hospital admission"),
    ("Body map completed: three bruises to the back", "death"),
    ("Noticed served food was cold; complaint made", "eviction"), ("Notice of the meeting served on mum", "eviction"),
    ("We received a concern from a member of the public about noise", "referral"),
    ("CP meds reviewed with the pharmacist", "child protection medical"),
    ("Poor attendance at meetings noted", "professionals meeting"),
    ("Pre-birth strategy: police checks shared, partner's DA history.", "domestic incident"),  # (a history)
    ("History of DV with ex-partner", "domestic incident"), ("Pre-birth strategy meeting to be arranged", "strategy discussion"),
    ("Did not return to school after lunch", "missing episode"),
    ("Referral from school. Strategy discussion arranged today.", "strategy discussion"),  # (one to come)
    ("Concern received from mother about the bus", "referral"), ("Mum raised her concern to the teacher", "referral"),
    ("PP pupil: free school meals", "police protection"), ("Letter signed pp Dr Shah", "police protection"),
    ("Mental health assessment by the crisis team", "health assessment"),
    ("Review health assessment to be booked", "health assessment"),
    ("Found on the floor by police, long lie", "missing episode"), ("Pain gone, discharged home", "missing episode"),
    ("Room checks hourly overnight, all well", "missing episode"),
    ("Strategy with police to be held Monday", "strategy discussion"),
    ("Ofsted confirm her registration is suspended for 6 weeks.", "school exclusion"),
    ("Teacher not suspended; risk assessment in place", "suspension"),
    ("Benefits suspended pending review", "suspension"), ("Suspended from school for 2 days", "suspension"),
    ("Discussed the plan on his release date", "release from prison"), ("On her release from hospital", "release from prison"),
    ("Mum cut his hair short", "injury"), ("Budget cut to the service", "injury"),
    ("Mum says she feels burnt out", "injury"), ("Smell of burnt food in the flat", "injury"),
    ("Anti-bullying strategy with school staff", "strategy discussion"),
    ("Strategy: school to monitor", "strategy discussion"),
    ("MDT meeting with social care, GP and fire: weekly visits agreed.", "fire"),  # (the fire service)
    ("Case discussed with police and fire colleagues", "fire"),
    ("NRM: positive reasonable grounds decision.", "nrm referral"),
    ("Team meeting attended", "professionals meeting"), ("NTS referral made to the Home Office", "transfer of care"),
    ("MDT referral made to the memory clinic.", "professionals meeting"),
    # a secure children's home is a placement, not a hospital's unit (held-out r393)
    ("Callum moved to Hillside secure unit under a secure order.", "hospital admission"),
    # an ambulance's response category, a plan or training to prevent pressure damage, none found,
    # a wound of another cause (held-out r414)
    ("Cat 2 ambulance response to a fall in the street.", "pressure ulcer"),
    ("Pressure ulcer prevention training for the home's staff.", "pressure ulcer"),
    ("Skin intact, no pressure damage.", "pressure ulcer"),
    ("Wound to the forehead glued in ED.", "pressure ulcer"),
    # handed to a colleague of the same service, not to another (held-out r409)
    ("Passed to the team leader for sign-off.", "referral"),
    # a plan or training about restraint, none used, a court's restraining order (held-out r401)
    ("CETR at the unit: discharge plan; restraint reduction plan.", "restraint or seclusion"),
    ("Staff restraint training booked for May.", "restraint or seclusion"),
    ("Calmed with distraction; no restraint used.", "restraint or seclusion"),
    ("Restraining order granted at the magistrates.", "restraint or seclusion"),
    # hanging about, a dose as prescribed, a jump in play, a tantrum (held-out r434)
    ("Hanging around the shops with older boys.", "self-harm or overdose"),
    ("Hung up on the duty worker.", "self-harm or overdose"), ("Curtains hanging off the rail.", "self-harm or overdose"),
    ("Taking sertraline 50mg daily; mood better.", "self-harm or overdose"),
    ("Took 2 buses to get to clinic.", "self-harm or overdose"),
    ("Jumped off the sofa and bumped his head.", "self-harm or overdose"),
    ("Threw a tantrum at nursery.", "assault"),
    # a neighbour's word of children at play, noise; shouting at work (held-out r442)
    ("Neighbour reports the children shouting in the garden.", "domestic incident"),
    ("Neighbour complained of noise from loud music.", "domestic incident"),
    ("Resident shouting at the care home staff.", "domestic incident"),
    ("Shouting from the window at passers-by.", "domestic incident"),
    ("Mum admitted yesterday that she had been drinking.", "hospital admission"),
    ("He admitted today for the first time that he hit her.", "hospital admission"),
    ("Knee joint with swelling; ice advised.", "joint visit"), ("Joint with pain on walking.", "joint visit"),
    ("Sickle cells in the blood film.", "arrest"), ("Battery cells in the smoke alarm replaced.", "arrest"),
    ("Police came to the house with a warrant for his arrest.", "search warrant"),
    ("Fridge raided by the children at night.", "search warrant"),
    ("Mum lives alone at home since the divorce.", "children left alone"),
    ("She wants to be left alone by services.", "children left alone"),
    ("Black eyeliner and a lip ring: new look.", "injury"), ("Dressed in black; eyes red from crying.", "injury"),
    ("Photos of the home conditions sent to the social worker.", "sexual assault"),
    ("Shared photos of the baby with her mum.", "sexual assault"),
    ("Threatened to share the flat with his brother.", "sexual assault"),
    ("Nude colour tights for the school play.", "sexual assault"),
    ("Dad took over the bedtime routine at home.", "anti-social behaviour"),
    ("Case closed: no further concerns.", "anti-social behaviour"),
    ("Teacher kicked him out of the lesson for swearing.", "eviction"),
    ("The boy was asked to leave the shop by security.", "eviction"),
    ("Mum asked her to leave the room while we spoke to dad.", "eviction"),
    ("Held on a 136 bus for an hour after it broke down.", "mental health act"),
    ("Mum reported her purse missing after the visit.", "missing episode"),
    ("Tenant reported it missing from the shed.", "missing episode"),
    ("Right hip joint operation at the Royal on Friday.", "joint visit"),
    ("Started at the pupil referral unit on Monday.", "referral"),
    ("Took his tablets with his carer this morning.", "theft or financial abuse"),
    ("Police found drugs in the bedroom and arrested him.", "missing episode"),
    ("Out of prison since 2019, working as a painter.", "release from prison"),
    ("Home visit: mum and both children at home; no adult concerns.", "children left alone"),
    ("Chloe kept in school until collected by the social worker.", "hospital admission"),
    ("Discussed the concern with the MASH manager.", "referral"),
    ("Mum had the baby on her lap during the visit.", "birth"),
    ("Multi-agency strategy to be arranged next week.", "strategy discussion"),
    ("Social media safety lesson; a care plan for asthma.", "medical emergency"),
    ("Mental health crisis: the crisis team visited at home.", "medical emergency"),
    ("Hospital attendance with sibling; letter sent; home conditions poor.", "discharge"),
    ("Mum met him at the school gate after the club.", "release from prison"),
    ("Mum reports her purse missing from her bag.", "missing episode"),
    ("Attendance falling from 95% to 80% this term.", "injury"), ("She has fallen out with her mum again.", "injury"),
    ("Spoke to PICU consultant about the transfer.", "hospital admission"),
    ("Referred to ICU outreach team.", "hospital admission"),
])
def test_words_of_a_kind_in_another_sense_are_not_that_kind(text, kind):
    from chron_merge.kinds import KINDS
    from chron_merge.link import _Analyser

    assert not _Analyser(None).analyse_all([text])[0].kinds >> KINDS.index(kind) & 1


@pytest.mark.parametrize(("earlier_time", "later_text", "linked"), [
    (None, "MHA assessment at the s136 suite 01:30: not detained; discharged to mother.", True),
    ("22:40", "MHA assessment at the s136 suite 01:30: not detained; discharged to mother.", True),
    # the next morning is another day; and a detention in the morning is no night's event
    (None, "MHA assessment at the s136 suite 10:30: not detained; discharged to mother.", False),
    ("09:00", "MHA assessment at the s136 suite 01:30: not detained; discharged to mother.", False),
])
def test_a_nights_events_across_midnight_count_as_one_day(earlier_time, later_text, linked):
    events = BACKGROUND + [
        _e("Northshire Police", D(2022, 2, 3), "Found on railway bridge. Detained under s136 MHA and taken to place of "
                                               "safety.", earlier_time),
        _e("Northshire CAMHS", D(2022, 2, 4), later_text)]
    result = find_links(events)
    assert (len(result.groups) == 1) is linked
    if linked:
        assert "overnight" in next(iter(result.pairs.values()))[2]


def test_a_word_family_the_stemmer_splits_is_one_word():
    from chron_merge.text import content_words

    assert content_words("disclosure of abuse; deregistration") == content_words("disclosed abuse; deregistering")
    assert content_words("forced marriage") == content_words("forced to marry")
    assert content_words("died") == content_words("death")
    assert content_words("facial injury") == content_words("face injured")


@pytest.mark.parametrize(("ambulance_time", "linked"), [("02:40", True), ("09:30", False)])
def test_two_agencies_timing_one_incident_close_together_were_both_at_it(ambulance_time, linked):
    # The police and the ambulance at an assault, in their own words: little in common but the
    # incident and the hour.
    events = BACKGROUND + [
        _e("West Mercia Police", D(2023, 5, 7), "Female reports partner punched her at home address. Suspect arrested.",
           "02:15"),
        _e("WMAS", D(2023, 5, 7), "Assault - F34, injury to nose, police on scene. Conveyed.", ambulance_time)]
    assert (len(_groups(events)) == 1) is linked


def test_notifications_of_one_event_join_its_record_without_resembling_each_other():
    # The health visitor hears of the birth the next day, the GP six days later: each links to the
    # maternity record of the birth, though the two notifications have little in common.
    events = BACKGROUND + [
        _e("County Maternity Services", D(2022, 6, 2), "Baby girl born 02:14 by SVD at 38+2. Skin to skin. Mother smoking."),
        _e("School Nursing Service", D(2022, 6, 3), "Birth notification received from maternity. New birth visit to be "
                                                    "booked."),
        _e("Meadow Lane Surgery", D(2022, 6, 8), "Birth notification received - baby girl, SVD.")]
    assert find_links(events).groups == [[len(BACKGROUND), len(BACKGROUND) + 1, len(BACKGROUND) + 2]]


def test_a_notification_that_could_be_of_either_of_two_incidents_joins_neither_group_by_it():
    # The hospital recorded two injuries of the baby in four days; the GP's discharge letter could
    # be of either, so it does not join the second one's group on the strength of one pair.
    hospital = "Northshire University Hospitals NHS FT"
    events = BACKGROUND + [
        _e(hospital, D(2023, 6, 3), "21:40 6/52 infant brought by parents. Bruising L cheek and L ear, admitted."),
        _e(hospital, D(2023, 6, 6), "Skeletal survey: healing fracture left 7th rib. Findings shared with CSC and police."),
        _e("Children's Social Care", D(2023, 6, 6), "Paeds consultant phoned: skeletal survey shows old rib fracture. "
                                                    "Police informed."),
        _e("Northshire Police", D(2023, 6, 6), "CSC advised of rib fracture found on skeletal survey."),
        _e("Riverside Medical Centre", D(2023, 6, 7), "A&E discharge summary received: infant facial bruising, admitted "
                                                      "to paediatric ward for investigations.")]
    letter = len(events) - 1
    assert not any(letter in group and len(group) > 2 for group in find_links(events).groups)


def test_a_notification_naming_the_incidents_day_goes_with_that_incident_not_a_later_record():
    # The health visitor hears of the domestic incident of 01/04 four days later, the day after a
    # strategy discussion about it: the notification is of the incident on the day it names.
    events = BACKGROUND + [
        _e("Northshire Police", D(2023, 4, 1), "Domestic - mother assaulted by partner at home, partner arrested.",
           "21:45"),
        _e("Northshire Police", D(2023, 4, 4), "Strat disc with CSC re DA incident - bail conditions for partner shared."),
        _e("Health Visiting", D(2023, 4, 5), "Notification received from police of domestic incident at the home on "
                                             "01/04/2023.")]
    incident, strategy, notification = range(len(BACKGROUND), len(BACKGROUND) + 3)
    assert find_links(events).groups == [[incident, notification]]


def test_a_mental_health_trust_is_named_by_adult_mental_health():
    events = [_e("Northshire Mental Health NHS Trust", D(2022, 10, 20), "Discharged from Willow Ward to the crisis team."),
              _e("Children's Social Care", D(2022, 10, 21), "Adult mental health informed SW of mother's discharge."),
              _e("Oakwood School", D(2022, 10, 21), "Concern raised about mother's mental health.")]
    named = _agencies_named(events)
    assert named["Children's Social Care"] == {"Northshire Mental Health NHS Trust"}
    assert named["Oakwood School"] == set()  # a person's mental health is no service


def test_a_fire_and_rescue_service_is_named_by_the_fire_service_or_fire_safety():
    events = [_e("Northshire Fire and Rescue Service", D(2023, 1, 12), "HFSV: smoke alarms fitted."),
              _e("Adult Social Care", D(2023, 1, 12), "Joint visit with fire service for a home fire safety check."),
              _e("Northshire Police", D(2023, 1, 12), "Fire at a neighbouring flat; no injuries.")]
    named = _agencies_named(events)
    assert named["Adult Social Care"] == {"Northshire Fire and Rescue Service"}
    assert named["Northshire Police"] == set()  # a fire is no name of the service


def test_health_services_are_named_by_their_professionals():
    events = [_e("Park Lane Practice", D(2023, 3, 9), "HV referral re faltering growth received."),
              _e("0-19 Health Visiting Service", D(2023, 3, 9), "Referred to GP for review."),
              _e("Northshire Children's Hospital", D(2023, 3, 9), "Dietitian referral made."),
              _e("Community Dietetics", D(2023, 3, 9), "Letter from the paediatric clinic received.")]
    named = _agencies_named(events)
    assert named["Park Lane Practice"] == {"0-19 Health Visiting Service"}
    assert named["0-19 Health Visiting Service"] == {"Park Lane Practice"}
    assert named["Northshire Children's Hospital"] == {"Community Dietetics"}
    assert named["Community Dietetics"] == {"Northshire Children's Hospital"}


@pytest.mark.parametrize(("sent", "linked"), [(D(2022, 6, 16), True), (D(2022, 6, 15), False)])
def test_a_referral_received_days_later_links_to_its_sending_when_each_names_the_other(sent, linked):
    # Over a weekend and a day; a referral only discussed five days before is another record.
    events = BACKGROUND + [
        _e("Children's Social Care", sent, "Referral to CAMHS for trauma support made."),
        _e("CAMHS", D(2022, 6, 20), "Referral received from children's social care for therapeutic support; triaged.")]
    assert (len(find_links(events).groups) == 1) is linked


def test_a_sexual_health_service_is_named_by_sexual_health_together():
    events = [_e("Brook Sexual Health Service", D(2023, 4, 3), "Attended clinic for EHC; referral to MASH."),
              _e("Children's Social Care", D(2023, 4, 4), "MASH: referral from sexual health service re a 14 year old."),
              _e("Northshire Police", D(2023, 4, 4), "Health visitor reported concerns of sexual exploitation.")]
    named = _agencies_named(events)
    assert "Brook Sexual Health Service" in named["Children's Social Care"]
    assert "Brook Sexual Health Service" not in named["Northshire Police"]  # the two words apart are no name


def test_an_academy_is_named_by_school():
    events = [_e("Forest Academy", D(2022, 3, 15), "Z disclosed cutting to form tutor."),
              _e("Northshire CAMHS", D(2022, 3, 15), "Duty call from school - Z self-harming.")]
    assert _agencies_named(events)["Northshire CAMHS"] == {"Forest Academy"}


def test_the_paediatric_registrar_or_ward_names_the_hospital():
    events = [_e("Northshire University Hospitals NHS FT", D(2023, 6, 3), "Infant admitted with facial bruising."),
              _e("Children's Social Care", D(2023, 6, 3), "EDT: call from paediatric registrar - baby on the ward."),
              _e("Riverside Medical Centre", D(2023, 6, 3), "Mother seen; baby has a registrar appointment.")]
    names_hospital = {agency for agency, named in _agencies_named(events).items()
                      if "Northshire University Hospitals NHS FT" in named}
    assert names_hospital == {"Children's Social Care"}  # one of the words alone does not
    # … and so does its paediatric consultant (held-out r325)
    consultant = [_e("Royal Preston Hospital", D(2024, 9, 13), "Safeguarding referral to CSC: skull fracture."),
                  _e("Children's Social Care", D(2024, 9, 13), "Referral from the paediatric consultant: skull fracture.")]
    assert "Royal Preston Hospital" in _agencies_named(consultant)["Children's Social Care"]


def test_one_strategy_discussion_in_two_agencies_words_links_on_its_kind_and_day():
    # Each agency's record of the meeting says what it took from it: few words in common, no agency named.
    events = BACKGROUND + [
        _e("Health visiting", D(2023, 6, 5), "Took part in strategy meeting by phone; shared NBV concerns about "
                                             "maternal low mood."),
        _e("Children's Social Care", D(2023, 6, 5), "Strategy discussion: threshold met for joint s47; baby to remain "
                                                    "in hospital until skeletal survey reported."),
    ]
    assert len(_groups(events)) == 1


def test_a_panel_and_a_placement_move_link_the_agencies_that_record_them_that_day():
    events = BACKGROUND + [
        _e("Children with Disabilities Team", D(2023, 6, 5), "Short breaks panel: two additional overnight stays "
                                                             "per month agreed."),
        _e("Willow House Short Breaks", D(2023, 6, 5), "Panel decision received - overnight stays increased to four."),
        _e("Children with Disabilities Team", D(2023, 6, 13), "Child moved to emergency respite at Willow House."),
        _e("Willow House Short Breaks", D(2023, 6, 13), "Emergency placement started - child settled well."),
        # the same placement arranged the day before is not its start
        _e("Willow House Short Breaks", D(2023, 6, 12), "Call from SW: emergency respite needed, bed offered."),
    ]
    groups = sorted(sorted(details[:5] for details in group) for group in _groups(events))
    assert groups == [["Child", "Emerg"], ["Panel", "Short"]]


def test_an_encompass_call_or_a_ppn_names_the_police_without_saying_police():
    events = [_e("Northshire Police", D(2020, 2, 6), "Neighbour reported shouting. Officers attended.", contact="Domestic"),
              _e("Oakfield Primary", D(2020, 2, 7), "Operation Encompass call this morning re incident last night."),
              _e("Children's Social Care", D(2020, 2, 7), "PPN received re incident; passed to MASH."),
              _e("Health Visiting", D(2020, 2, 8), "Routine contact; baby weighed.")]
    names_police = {agency for agency, named in _agencies_named(events).items() if "Northshire Police" in named}
    assert names_police == {"Oakfield Primary", "Children's Social Care"}


def test_an_agency_is_named_by_two_words_of_its_name_even_when_one_is_never_used():
    from chron_merge.kinds import KINDS
    from chron_merge.link import _build_table

    events = [_e("Riverside Homes", D(2020, 2, 7), "Tenant asked for help with domestic chores."),
              _e("Oakfield Primary", D(2020, 2, 7), "Child said there was shouting at home."),
              _e("BCPFT Addiction Services", D(2020, 2, 9), "Key work session."),
              _e("Children's Social Care", D(2020, 2, 9), "Referral received from Addiction Service.")]

    # No record says "Riverside": "home" alone does not name Riverside Homes.
    assert "Riverside Homes" not in _agencies_named(events)["Oakfield Primary"]
    # A trust's initials are not expected in the text: what the service does names it.
    assert _agencies_named(events)["Children's Social Care"] == {"BCPFT Addiction Services"}
    police = _e("Northshire Police", D(2020, 2, 8), "Neighbour says Riverside homes staff called.")
    assert _agencies_named([*events, police])["Northshire Police"] == {"Riverside Homes"}
    table = _build_table(events, None)
    riverside = next(p for p, i in enumerate(table.event) if events[int(i)].agency == "Riverside Homes")
    assert table.kinds[riverside] & (1 << KINDS.index("domestic incident")) == 0  # housework


def test_word_hints_find_the_same_kinds_as_searching_every_pattern():
    # The word hints only decide which patterns are worth searching: they must never miss a kind.
    from chron_merge.kinds import DEATH_ITSELF, KIND_PATTERNS, KINDS, SECONDHAND
    from chron_merge.link import _Analyser
    from chron_merge.text import expand_abbreviations

    texts = ["CIN mtg held at school", "Child in Need review", "ICPC: children made subject to CP plans",
             "Core group meeting", "Strat disc with police", "MARAC", "Team around the family meeting",
             "Joint home visit with police", "Baby died; CPR by paramedics", "Found not breathing, 999 called",
             "Delivered by LSCS", "Father arrested and remanded in custody", "DA incident; Op Encompass sent",
             "A&E attendance with head injury", "Discharged home", "Referred to CAMHS", "Bruising to cheek",
             "Reported missing from home", "Self-harm by ligature", "OD of paracetamol", "Letter sent to GP",
             "Letter from the hospital", "Email from school", "Information sharing form", "Home visit",
             "Notification of birth received", "Ideas for the deal were discussed", "Domestic - verbal",
             "Help with domestic chores", "MAPPA meeting held", "Visited jointly with police", "Baby passed away",
             "Life extinct confirmed", "NVD at 39 weeks", "Attended UTC with cut hand", "Seen at MIU",
             "Safeguarding adults meeting", "Notice to quit served", "Section 21 notice", "Possession order granted",
             "Statutory LAC review", "ABE interview", "CP medical", "Directions hearing at court", "House fire",
             "Admitted to ward 4", "Fixed term exclusion", "Discharge summary from the hospital",
             "Section 136 suite", "Detained under s3", "Safeguarding alert", "Concerns raised by school",
             "Mother assaulted", "He hit her", "Kicked off in class", "Gone missing overnight", "PEP held",
             "EHCP review", "EDT handover: police found Pat wandering at 2am"]
    analyses = _Analyser(None).analyse_all(texts)
    for text, analysis in zip(texts, analyses):
        expanded = expand_abbreviations(text)
        every_pattern = sum(1 << k for k in range(len(KINDS)) if KIND_PATTERNS[k].search(expanded))
        # (the mark of a record of the death itself is no kind: see DEATH_ITSELF)
        kinds = analysis.kinds & ~DEATH_ITSELF
        assert (kinds, analysis.secondhand) == (every_pattern, bool(SECONDHAND.search(expanded))), text
    assert sum(bool(a.kinds) for a in analyses) >= 20 and sum(a.secondhand for a in analyses) >= 4


def test_a_gp_practice_is_named_by_gp():
    # "Meadow Lane Surgery" never says GP, but the other agencies' records call it so.
    events = [_e("Meadow Lane Surgery", D(2022, 5, 10), "Referred to CAMHS for low mood and self-harm (cutting)."),
              _e("CAMHS", D(2022, 5, 16), "Referral received from GP - low mood, cutting arms."),
              _e("Northshire Police", D(2022, 5, 17), "General enquiries; officer attended."),
              # A review's other records, so that words have the weight they have in a chronology.
              *[_e(agency, D(2022, 4, day), text) for agency, day, text in [
                  ("Northshire Police", 2, "Neighbour reported shouting at the flat."),
                  ("Meadow Lane Surgery", 6, "Mother seen for contraception review."),
                  ("CAMHS", 12, "Clinic appointment not attended."), ("Northshire Police", 20, "Bail conditions varied."),
                  ("Meadow Lane Surgery", 27, "Child seen with a cough and a temperature.")]]]
    named = _agencies_named(events)
    assert named["CAMHS"] == {"Meadow Lane Surgery"}
    assert named["Meadow Lane Surgery"] == {"CAMHS"}
    assert named["Northshire Police"] == set()  # "general" alone is not "general practitioner"
    result = find_links(events)
    assert result.groups == [[0, 1]]
    assert "each names the other agency" in result.pairs[(0, 1)][2]


def test_a_festival_names_its_day():
    # "a row with his wife on Valentine's night", two days on, names the police's night of the assault
    # (held-out r451); "over Christmas" is a season, no one day.
    from chron_merge.link import _Analyser, _resolve_mentions

    valentine, boxing, season = _Analyser(None).analyse_all([
        "Mark says he relapsed after a row with his wife on Valentine's night.", "Mum drunk since Boxing Day.",
        "Contact with dad over Christmas went well."])
    assert (valentine.dates, boxing.dates, season.dates) == (((14, 2, None),), ((26, 12, None),), ())
    assert _resolve_mentions(list(valentine.dates), D(2024, 2, 16)) == [D(2024, 2, 14).toordinal()]
    police = _e("Police", D(2024, 2, 14), "Sarah called: husband Mark punched her in the face after drinking. Mark "
                "arrested.", contact="Assault (DA)")
    alcohol = _e("Turning Point Alcohol Service", D(2024, 2, 16), "Mark says he relapsed after a row with his wife on "
                 "Valentine's night.")
    assert {police.details, alcohol.details} in _groups([*BACKGROUND, police, alcohol])
    undated = _e("Turning Point Alcohol Service", D(2024, 2, 16), "Mark says he relapsed after a row with his wife.")
    assert not _groups([*BACKGROUND, police, undated])  # (two days on, naming no day: no allowance for the lag)


def test_yesterday_names_the_day_before():
    from chron_merge.link import _resolve_mentions

    assert _resolve_mentions([], D(2022, 5, 31), days_back=(1,)) == [D(2022, 5, 30).toordinal()]

    def review(camhs_text: str) -> list[Event]:
        return BACKGROUND + [
            _e("County Hospital", D(2022, 5, 30), "Admitted to the children's ward after taking 16 paracetamol tablets; "
               "bloods taken."),
            _e("CAMHS", D(2022, 5, 31), camhs_text),
            _e("Oakwood School", D(2022, 5, 31), "Child absent today; mother says he was unwell.")]

    events = review("Liaison assessment on the children's ward after the paracetamol overdose yesterday.")
    result = find_links(events)
    hospital, camhs = len(BACKGROUND), len(BACKGROUND) + 1
    assert result.groups == [[hospital, camhs]]
    assert "one names the other's date" in result.pairs[(hospital, camhs)][2]
    # The same record without "yesterday" is first-hand news of its own day, a day after the admission.
    assert find_links(review("Liaison assessment on the children's ward after the paracetamol overdose.")).groups == []


def test_days_ago_name_a_day_a_few_days_back():
    from chron_merge.link import _Analyser

    texts = ["Bruising to neck, says partner grabbed her 2 days ago.", "Fell 3/7 ago, pain in wrist.",
             "Seen the day before yesterday and a week ago.", "Says he was arrested yesterday.",
             "Three days ago he was excluded.", "Came 2 days early.", "Cough for 3/7.",
             "Baby wakes in the night."]
    assert [a.days_back for a in _Analyser(None).analyse_all(texts)] == [
        (2,), (3,), (2, 7), (1,), (3,), (), (), ()]


def test_a_day_named_with_an_apostrophe_is_that_day():
    # Held-out r397: "last night's callout", "yesterday's visit" (the apostrophe is lost with the other
    # punctuation before the words are read: "last nights").
    from chron_merge.link import _Analyser

    texts = ["Referral from police after last night's callout: Craig waiting outside her flat.",
             "Mum upset after yesterday's visit.", "Report for tomorrow's conference sent.", "She works nights.",
             # a visit after the event of the day before is the visitor's own contact (held-out r166, r307, r382)
             "Visited after yesterday's fall: bruised hip, mobilising with frame.",
             "Visited Rhys on the ward after last night's stabbing.",
             # … or named by its weekday (held-out r495); a weekday of news is still its day
             "Visit after Ava's head injury on Wednesday evening (fell from changing table): home today.",
             "EDT told us Ava was injured on Wednesday evening.",
             # … and a call of its own (held-out r497), not a call from another agency
             "Call after the strangulation on Wednesday night.", "Call from police after the assault on Wednesday night.",
             # (the day after what it followed: held-out r501)
             "Seen on the paediatric ward after a suicide attempt (ligature) last night."]
    analyses = _Analyser(None).analyse_all(texts)
    assert [a.days_back for a in analyses] == [(1,), (1,), (), (), (), (), (), (), (), (), ()]
    assert [a.day_after for a in analyses] == [False, False, True, False, False, False, False, False, False, False, False]
    assert [a.weekdays for a in analyses[-5:-1]] == [(), (2,), (), (2,)]

    # A GP's record of a patient's account names the assault's day, as the police's record has it.
    def review(gp_text: str) -> list[Event]:
        return BACKGROUND + [
            _e("Police", D(2021, 6, 3), "Domestic assault: Sarah states Mark strangled her. Mark arrested for ABH. DASH "
               "high, referred to MARAC."),
            _e("GP", D(2021, 6, 5), gp_text)]

    police, gp = len(BACKGROUND), len(BACKGROUND) + 1
    result = find_links(review("Bruising to neck, says partner grabbed her 2 days ago. Has reported to police."))
    assert result.groups == [[police, gp]]
    assert "one names the other's date" in result.pairs[(police, gp)][2]
    # Without the day it is news of no day in particular: two days later, and no words in common.
    assert find_links(review("Bruising to neck, says partner grabbed her. Has reported to police.")).groups == []


def test_a_day_of_the_month_alone_names_the_nearest_such_day():
    from chron_merge.link import _mentioned_dates, _resolve_mentions, _upcoming_day

    def named(text: str, own: dt.date) -> tuple[list[dt.date], dt.date | None]:
        mentioned = list(_mentioned_dates(text))
        ahead = _upcoming_day(mentioned, own)
        return [dt.date.fromordinal(d) for d in _resolve_mentions(mentioned, own)], (
            dt.date.fromordinal(ahead) if ahead > 0 else None)

    assert named("Seen at A&E on the 3rd, mum said.", D(2022, 3, 7)) == ([D(2022, 3, 3)], None)
    assert named("Seen on the 28th.", D(2022, 3, 2)) == ([D(2022, 2, 28)], None)  # the month before
    assert named("Report for the conference on the 28th.", D(2022, 3, 20)) == ([], D(2022, 3, 28))
    assert named("Lives on the 3rd floor.", D(2022, 3, 7)) == ([], None)
    assert named("Seen on the 3rd of March.", D(2022, 3, 7)) == ([D(2022, 3, 3)], None)
    assert named("He came to the house on 9th, police arrested him.", D(2024, 4, 11)) == ([D(2024, 4, 9)], None)
    assert named("Moved on 2nd floor.", D(2024, 4, 11)) == ([], None)

    # A school's note of a mother's account names the day of the attendance.
    def review(school_text: str) -> list[Event]:
        return BACKGROUND + [
            _e("Childrens ED", D(2022, 3, 3), "4yo scald to forearm from a cup of tea, dressed, discharged."),
            _e("Oakfield School", D(2022, 3, 7), school_text)]

    ed, school = len(BACKGROUND), len(BACKGROUND) + 1
    assert find_links(review("Dressing on arm; mum said he was seen at A&E on the 3rd.")).groups == [[ed, school]]
    assert find_links(review("Dressing on arm; mum said he was seen at A&E.")).groups == []


def test_a_later_day_one_record_names_is_the_day_another_names_as_past():
    # The police's report of a missing episode names the day the child was found; another agency's
    # record three days on names that day as "yesterday": both speak of the same day.
    def review(police_text: str) -> list[Event]:
        return BACKGROUND + [
            _e("Police", D(2023, 4, 2), police_text),
            _e("Youth Justice", D(2023, 4, 5), "J returned home yesterday after being missing 2 days.")]

    police, yjs = len(BACKGROUND), len(BACKGROUND) + 1
    result = find_links(review("Missing person report - Jayden, high risk. Located 04/04 in Southend by Essex Police."))
    assert result.groups == [[police, yjs]]
    assert "both name the same date" in result.pairs[(police, yjs)][2]
    assert find_links(review("Missing person report - Jayden, high risk. Located 03/04 in Southend by Essex Police.")
                      ).groups == []


def test_a_record_naming_a_day_further_back_than_the_window_links_to_that_days_record():
    # A hospital letter filed by the GP three weeks on names the day of the attendance.
    def review(gp_text: str) -> list[Event]:
        return BACKGROUND + [
            _e("Childrens ED", D(2022, 2, 2), "3yo fell from kitchen table, bump to forehead, no LOC. Discharged with "
               "head injury advice."),
            _e("GP", D(2022, 2, 23), gp_text)]

    ed, gp = len(BACKGROUND), len(BACKGROUND) + 1
    result = find_links(review("A&E letter: attended 02/02/22 with minor head injury, discharged."))
    assert result.groups == [[ed, gp]]
    assert "21 days apart" in result.pairs[(ed, gp)][2] and "one names the other's date" in result.pairs[(ed, gp)][2]
    assert find_links(review("A&E letter: attended 01/02/22 with minor head injury, discharged.")).groups == []
    assert find_links(review("A&E letter: attended with minor head injury, discharged.")).groups == []
    # A first-hand record naming the day, of another event: the core group, not the attendance.
    assert find_links(review("Core group held at home; the fall from the table on 02/02/22 and head injury "
                             "advice discussed.")).groups == []


def test_two_notifications_of_the_incident_on_one_day_name_the_same_day():
    # Neither names the other's day, but both are about "the incident on 03/01"; the dates
    # themselves are compared as dates, not as words.
    def review(idva_date: str) -> list[Event]:
        return BACKGROUND + [
            _e("Adult Social Care", D(2021, 1, 4), "PPN received from police re incident 03/01: cut lip; declined support."),
            _e("IDVA Service", D(2021, 1, 6), f"Referral from police re incident on {idva_date}: cut lip; declined support.")]

    asc, idva = len(BACKGROUND), len(BACKGROUND) + 1
    result = find_links(review("03/01"))
    assert result.groups == [[asc, idva]]
    assert "both name the same date" in result.pairs[(asc, idva)][2]
    assert find_links(review("02/01")).groups == []  # two incidents
    from chron_merge.link import _Analyser

    analyser = _Analyser(None)
    analyser.analyse_all(["Incident on 03/01/2021 re 04/01"])
    assert "2021" not in analyser.vocabulary and "03/01" not in analyser.vocabulary


def test_a_death_notified_days_later_links_as_an_incident():
    # A death is a shared event on its day; the GP told four days later records it as news.
    def review(gp_text: str) -> list[Event]:
        return BACKGROUND + [
            _e("NWAS", D(2021, 5, 28), "999: female found deceased at home by partner; death confirmed by crew."),
            _e("GP", D(2021, 6, 1), gp_text)]

    result = find_links(review("Notification received of the patient's death at home on 28/05."))
    ambulance, gp = len(BACKGROUND), len(BACKGROUND) + 1
    assert result.groups == [[ambulance, gp]]
    assert "both about a death" in result.pairs[(ambulance, gp)][2]
    # First hand, four days apart, a shared kind of event is no evidence.
    assert find_links(review("Practice team discussed the patient's death at home.")).groups == []


def test_concerns_raised_by_another_agency_are_second_hand():
    from chron_merge.link import _Analyser

    first, second, referred = _Analyser(None).analyse_all([
        "Section 42 enquiry opened following concerns raised by IDVA.", "Concerns raised with the family about attendance.",
        "First contact by phone following ED referral."])
    assert first.secondhand and not second.secondhand and referred.secondhand
    # "Adult concern from police": another agency's news; a concern from a mother is not.
    from_police, from_mother = _Analyser(None).analyse_all([
        "Adult concern from police re possible cuckooing at Mr K's flat.", "Concern from mother about his new friends."])
    assert from_police.received and from_mother.secondhand and not from_mother.received
    # A call from a relative is how the police's own record of an incident starts (held-out r369).
    daughter, = _Analyser(None).analyse_all(["Call from Karen's daughter: Karen found unresponsive at home."])
    assert daughter.secondhand and not daughter.received
    # The out-of-hours team's handover to the day team is news of the night (held-out r373).
    handover, = _Analyser(None).analyse_all(["EDT handover: police found Pat wandering at 2am; Ruby alone at home."])
    assert handover.received
    # … and a care agency's report is another agency's news (held-out r365).
    agency, = _Analyser(None).analyse_all(["Care agency report Mrs Reid found on floor yesterday evening by carer."])
    assert agency.received
    # A mother's call for help is the incident (the police's); an aunt's call with news is news of one.
    asking, news = _Analyser(None).analyse_all([
        "Mother called asking for father to be removed from the address.", "Aunt called: mum in hospital."])
    assert not asking.received and news.received
    # A PPN another agency records is one it received; one the police record is one they sent.
    received, sent = _Analyser(None).analyse_all(["Police PPN - verbal DI, baby present.", "DASH standard. PPN raised."])
    assert received.secondhand and not sent.secondhand
    # A police log opening with the public's call ("Neighbour reports …") and ending "…, PPN." is the
    # police's own record; "School reports …" is another agency's news.
    public, school = _Analyser(None).analyse_all([
        "Neighbour reports two young children alone in the flat. Officers attended. Words of advice, PPN.",
        "School reports a bruise to the child's cheek."])
    assert not public.received and school.received


def test_another_agency_telling_us_or_its_letter_filed_is_second_hand():
    from chron_merge.link import _Analyser

    told, reported, summary, called, visited, sent, own, police_called = _Analyser(None).analyse_all([
        "Drug service tells us dad remanded in custody.", "Addiction Service report father in custody in Scotland.",
        "Discharge summary: elective caesarean, baby observed for withdrawal.",
        "Hostel keyworker called: Mr D given notice to leave.", "Police visited to inform staff of Mr D's death.",
        "Discharge summary sent to GP.", "Mother reports feeling low.", "Police called and attended the hostel."])
    assert told.secondhand and reported.secondhand and summary.secondhand and called.secondhand and visited.secondhand
    assert not sent.secondhand and not own.secondhand and not police_called.secondhand
    form, referred, emailed, aunt = _Analyser(None).analyse_all([
        "WC392 form from police about father's drug history.", "Initial assessment: low mood. Referred by GP.",
        "Mum emailed - K was missing over the weekend.", "Aunt called: mum in hospital since the weekend."])
    assert form.secondhand and referred.secondhand and emailed.secondhand and aunt.secondhand
    # An Operation Encompass call reaching a school is the police's news; one the police record sending is theirs.
    received, sent_by_police = _Analyser(None).analyse_all(["Encompass call received re incident at home.",
                                                           "Operation Encompass notification sent to the school."])
    assert received.secondhand and not sent_by_police.secondhand
    # A case stepped up (or down) from another service is one handed over: news received.
    stepped_up, step_up_made = _Analyser(None).analyse_all(["Step up from early help: neglect.", "Case stepped up to CSC."])
    assert stepped_up.secondhand and not step_up_made.secondhand
    # A pharmacy that rang brings its news.
    pharmacy, = _Analyser(None).analyse_all(["Pharmacy rang: A's insulin not collected for 3 weeks."])
    assert pharmacy.secondhand
    # So does a hostel, a refuge, a ward or a prison that says or reports it (held-out r441).
    hostel, ward, prison = _Analyser(None).analyse_all(["Hostel says Jordan has been arrested; room kept for now.",
                                                        "Ward reports she pulled out her NG tube.",
                                                        "Prison said he was released this morning."])
    assert hostel.secondhand and ward.secondhand and prison.secondhand
    # A referral passed on by the out-of-hours team ("via EDT from UHW") is the referrer's news (held-out r445).
    via, sent_via = _Analyser(None).analyse_all(["Referral via EDT from UHW: 4 month old with a bleed on the brain.",
                                                 "Referral via email to CAMHS."])
    assert via.secondhand and not sent_via.secondhand
    # Whom this agency is to tell is no news received.
    to_tell, told_us = _Analyser(None).analyse_all(["Section 42 enquiry opened. OPG to be informed.",
                                                    "Informed by the ward that Mrs P died."])
    assert not to_tell.secondhand and told_us.secondhand
    # An agency's e-mail filed by another, as a letter is; not one this agency sent.
    kooth, camhs, to_sw, sent_one = _Analyser(None).analyse_all([
        "Kooth safeguarding email: Ella reported taking an overdose.", "CAMHS e-mail re appointment next week.",
        "Email to SW re attendance.", "Sent an email to the GP."])
    assert kooth.secondhand and camhs.secondhand and not to_sw.secondhand and not sent_one.secondhand
    # A note opening with whom it came from, an agency that confirms or says, a service that rang
    # (held-out r281, r284, r285); not a note opening "From today …".
    opening, confirms, says, rang, from_today = _Analyser(None).analyse_all([
        "From Greenway Housing: hoarding, fire risk.", "Dental service confirm Harvey had 8 teeth removed today.",
        "Fire service say smoke alarms fitted yesterday.", "Mum says CAMHS rang on Friday; on the waiting list.",
        "From today mum will bring him to school."])
    assert opening.received and confirms.received and says.received and rang.received and not from_today.secondhand
    # Another agency telling, as a record says it in the present tense.
    notify, informs = _Analyser(None).analyse_all(["Police notify of arrest 12/03 for a DA offence against partner.",
                                                   "Hospital informs us that mum has been admitted."])
    assert notify.received and informs.received
    # An officer's call with news (held-out r323); an officer who "called" may have called at the door.
    lado_rang, officer_called = _Analyser(None).analyse_all(["LADO rang: allegation substantiated.",
                                                             "Officer called at the address, no answer."])
    assert lado_rang.received and not officer_called.secondhand
    # … and the police's (held-out r389); "police called" may be this agency calling them
    police_rang, police_called_out = _Analyser(None).analyse_all([
        "Kai absent. Police rang: he was at home alone with mum after she fell last night.",
        "Police called, Dad removed from the house."])
    assert police_rang.received and not police_called_out.secondhand
    # adult social care's record of a safeguarding concern, named by whom it came from (held-out r394);
    # not the referral the GP sends
    gp_concern, alert, sent_on = _Analyser(None).analyse_all([
        "GP safeguarding concern: possible financial abuse of Margaret by her son.",
        "Ambulance safeguarding alert: self-neglect, no food in the house.",
        "Bruise to forearm. GP safeguarding referral to ASC made today."])
    assert gp_concern.received and alert.received and not sent_on.secondhand


def test_news_of_an_incident_naming_its_day_links_beyond_the_window():
    # Probation hear of the arrest eight days on: "notify", naming the day, is news of that arrest.
    arrest = _e("Police", D(2023, 3, 12), "Domestic: Leanne reports Craig grabbed her by the throat. Craig arrested.")
    news = _e("Probation", D(2023, 3, 20), "Police notify of arrest 12/03 for a DA offence against partner Leanne.")
    assert {arrest.details, news.details} in _groups(BACKGROUND + [arrest, news])


def test_an_untimed_record_of_something_overnight_is_of_the_night_before():
    # The fire service's record of a fire at 23:50, untimed, and housing's of the next day: "overnight".
    fire = _e("Fire and Rescue", D(2023, 10, 16), "Kitchen fire, cooking left unattended. Occupants self-evacuated.")
    housing = _e("Housing", D(2023, 10, 17), "Fire at the property overnight (kitchen). Family placed in a B&B.")
    assert {fire.details, housing.details} in _groups(BACKGROUND + [fire, housing])
    # A stay overnight is no incident in the night: "kept in overnight" says nothing of the night before.
    from chron_merge.link import _IN_THE_NIGHT

    assert not _IN_THE_NIGHT.search("Kept in overnight for observation.")
    assert _IN_THE_NIGHT.search("Went missing overnight from the placement.")


def test_brook_is_the_sexual_health_service():
    # A school nurse told the same day by "Brook" of a girl's visit: the sexual health clinic's record of it.
    clinic = _e("Sexual Health Clinic", D(2023, 6, 16), "14F requesting EHC after sex 'with a friend's cousin' (21). "
                "Fraser not applicable - under 16 with adult, safeguarding proforma, CSE concern shared with MASH.")
    nurse = _e("School nursing", D(2023, 6, 16), "Told by Brook that Jade attended today for EHC; CSE concern, MASH "
               "informed.")
    assert {clinic.details, nurse.details} in _groups(BACKGROUND + [clinic, nurse])
    # … and a return from Brook is the service others call "the sexual health clinic".
    from chron_merge.kinds import IMPLIED_SERVICE

    assert any(pattern.search("Brook Liverpool") and "sexualhealth" in words for pattern, words in IMPLIED_SERVICE)
    # … but a place named Brook is no clinic: "placed at Brook House supported accommodation" is a
    # move into supported accommodation (held-out r359), "Brook Park" a park.
    from chron_merge.text import expand_abbreviations

    assert expand_abbreviations("Attended Brook clinic") == "attended brook sexualhealth clinic"
    assert expand_abbreviations("Seen at the Brook centre") == "seen at the brook sexualhealth centre"
    assert expand_abbreviations("Stabbed in Brook Park") == "stabbed in brook park"
    assert expand_abbreviations("Placed at Brook House supported accommodation.") == (
        "placed at brook house supported accommodation")


def test_a_section_of_an_act_is_one_word_however_it_is_written():
    # The council's "s.77 direction" is the police's "s77 notice" (held-out r361); "Mrs S 45" is no section.
    from chron_merge.text import expand_abbreviations

    assert expand_abbreviations("s.77 direction served") == "s77 direction served"
    assert expand_abbreviations("service of S77 notice") == "service of s77 notice"
    assert expand_abbreviations("Mrs S 45 years old") == "mrs s 45 years old"
    # … and written out: housing's "Section 21 notice" is the care leaver's "s21 notice" (held-out r476); a
    # section the glossary spells out is spelt out from either ("s47" and "Section 47": "section 47 enquiry").
    assert expand_abbreviations("Section 21 notice served") == "s21 notice served"
    assert expand_abbreviations("Section 47 enquiry").startswith(expand_abbreviations("s47"))


def test_a_pressure_ulcer_is_spelt_out_as_the_district_nurses_shorthand_has_it():
    # "Cat 4 PU to sacrum" (the district nurse) is social care's "pressure ulcer" (held-out r365);
    # pus is no plural of it.
    from chron_merge.text import expand_abbreviations

    assert expand_abbreviations("Cat 4 PU to sacrum; pus in the wound") == (
        "cat 4 pressure ulcer to sacrum pus in the wound")


def test_an_outcome_kept_beside_the_action_is_evidence():
    # A collated health return: "Presenting issue | Action | Outcome"; the outcome says what it was.
    ed = Event(agency="Acute trust (ED)", date=D(2023, 8, 19), date_precision=Precision.DAY, details="Drowsy toddler",
               action="Observed on PICU", extra={"Outcome": "Methadone ingestion; safeguarding referral to CSC"},
               source=Source(file="ICB.xlsx", row=5, rows=[5]))
    social_care = _e("Childrens Social Care", D(2023, 8, 19), "Hospital referral: 2-year-old in PICU after methadone "
                     "ingestion at home.")
    assert {ed.details, social_care.details} in _groups(BACKGROUND + [ed, social_care])


def test_a_child_poisoned_is_an_overdose_not_food_or_fumes():
    from chron_merge.kinds import KINDS
    from chron_merge.link import _Analyser

    kinds = [a.kinds >> KINDS.index("self-harm or overdose") & 1 for a in _Analyser(None).analyse_all(
        ["Child poisoned with methadone at home", "Food poisoning, off nursery", "CO poisoning suspected"])]
    assert kinds == [1, 0, 0]


def test_a_time_of_day_after_what_happened_overnight_is_a_later_step():
    # "Missing overnight; returned 09:00" is of the night (as the police's report at 23:20 the day
    # before is): the time it gives is the morning's return. A late time given stays late.
    from chron_merge.link import EARLY, LATE, _clock, _night

    records = [_e("Social care", D(2023, 7, 2), "Jade reported missing from home overnight; returned 09:00."),
               _e("Social care", D(2023, 7, 2), "Mum rang 22:30: Jade missing overnight again."),
               _e("CAMHS", D(2024, 3, 4), "Ward phoned: Ellie admitted overnight, HR 38.", time="10:15")]
    assert list(_night(*_clock(records, [-1, -1, 615]))) == [EARLY, LATE, EARLY]


def test_what_happened_in_the_night_as_told_the_morning_after_is_of_the_night_not_the_day_before():
    # "Went missing from the placement in the night", told the morning after, is of the night: of its
    # own day's early hours (the police's report at 02:40) or of the evening before. Taken as naming
    # the day before, it had been news of nothing but that day: of a health assessment (held-out r324).
    from chron_merge.link import EARLY, UNTIMED, _Analyser, _clock, _night

    records = [_e("ICTG", D(2024, 7, 6), "Told by SW that Minh went missing from the placement in the night."),
               _e("Care home", D(2024, 7, 6), "Son said Mrs B fell in the night and was taken to hospital.", time="07:30"),
               _e("Care home", D(2024, 7, 6), "Baby wakes in the night, settles.")]
    assert list(_night(*_clock(records, [-1, 450, -1]))) == [EARLY, EARLY, UNTIMED]
    assert [a.days_back for a in _Analyser(None).analyse_all([r.details for r in records])] == [(), (), ()]
    assessment = _e("Childrens Social Care", D(2024, 7, 5), "IHA completed by the LAC nurse with an interpreter.")
    missing = _e("Childrens Social Care", D(2024, 7, 6), "IFA report Minh missing from placement overnight; MFH with police.")
    police = _e("West Midlands Police", D(2024, 7, 6), "MFH report: Minh missing from foster placement, window open.",
                time="02:40")
    ictg_group = next(group for group in _groups([assessment, missing, police, records[0]]) if records[0].details in group)
    assert missing.details in ictg_group and assessment.details not in ictg_group


def test_an_agencys_referral_named_so_is_one_received():
    from chron_merge.link import _Analyser

    received, sent = _Analyser(None).analyse_all(["Police referral: home conditions very poor, 3 children.",
                                                  "School referral to CAMHS for anxiety."])
    assert received.received and not sent.secondhand


def test_whom_an_agency_told_at_the_end_of_a_sentence_is_no_news_it_received():
    from chron_merge.link import _Analyser

    told_edt, told_gp, advised, informed_by, told_sw = _Analyser(None).analyse_all([
        "Taken to a friend's address. EDT informed.", "Mother seen with bruising; GP notified",
        "Parents advised, and leaflet given.", "Informed by police that father was arrested.",
        "PRU informed SW that J has a 3 day exclusion."])
    assert not told_edt.received and not told_gp.received and not advised.received
    assert informed_by.received and told_sw.received
    # … or before a bracket or a dash: "Police informed (PCSO)", "Parents informed - letter to follow".
    bracket, dash = _Analyser(None).analyse_all(["Knife found in bag. Police informed (PCSO).",
                                                 "Exclusion. Parents informed - letter to follow"])
    assert not bracket.received and not dash.received
    # It may still pass on news it had from others ("Client remanded in Scotland - SW informed."): it may lag.
    assert told_edt.secondhand and told_gp.secondhand
    # The police's own record ending "PPN." (the notice its officers sent), not one another agency received.
    sent, got, sent_so = _Analyser(None).analyse_all(["BREACH OF BAIL - S AT V ADDRESS, ARRESTED. CYP ASLEEP. PPN.",
                                                      "PPN: S breached bail at V's address, arrested.",
                                                      "Verbal argument, children present. PPN submitted."])
    assert not sent.received and got.received and not sent_so.received
    # … nor advice or an instruction given, nor whom it told at once (held-out r590, r591)
    advice, instruction, at_once = _Analyser(None).analyse_all([
        "Mum advised to see the GP.", "Told to stop ketamine completely.",
        "Pupil disclosed touching by a house parent. DSL informed immediately."])
    assert not (advice.secondhand or instruction.secondhand or at_once.received)
    # … nor the letter a clinic wrote the GP, named at the end of a sentence (held-out r602); a GP letter
    # heading a record is still one received
    wrote, heading = _Analyser(None).analyse_all([
        "Seen with her great-granddaughter: moderate Alzheimer's. GP letter; social care referral advised.",
        "GP letter: discharged from clinic."])
    assert not wrote.received and heading.received


def test_a_notification_joins_the_record_of_the_agency_that_sent_it_though_that_one_says_whom_it_told():
    # The ED's record says whom it told ("paeds & SG team informed."): it is the event's own record,
    # which the police's notification from the hospital joins, as does the ambulance's call.
    ed = _e("Westford General ED", D(2024, 9, 14), "10/52 M. Parents say baby rolled off the changing mat, crying "
            "when leg moved. XR: spiral # L femur. NAI query - paeds & SG team informed. Admitted.", "11:20")
    ambulance = _e("Ambulance Service", D(2024, 9, 14), "Call from mother: baby screaming at nappy change, leg swollen. "
                   "Conveyed to Westford ED.", "10:05")
    police = _e("Westford Police", D(2024, 9, 14), "Notification from hospital: unexplained fracture to 10 week old "
                "baby. Officers to attend the ward.", "15:40")
    events = BACKGROUND + [ed, ambulance, police]
    groups = find_links(events).groups
    assert [len(BACKGROUND), len(BACKGROUND) + 1, len(BACKGROUND) + 2] in groups


def test_an_addiction_service_is_named_by_the_drug_service_or_the_drug_and_alcohol_team():
    events = [_e("BCPFT Addiction Services", D(2022, 2, 15), "Referral made to CSC re parental drug use."),
              _e("Change Grow Live", D(2022, 2, 15), "Keyworker session."),
              _e("Children's Social Care", D(2022, 2, 16), "Contact from drug and alcohol team re unborn."),
              _e("Meadow Lane Surgery", D(2022, 2, 16), "Mother disclosed drug use; advised on harm reduction.")]
    named = _agencies_named(events)
    assert named["Children's Social Care"] == {"BCPFT Addiction Services", "Change Grow Live"}
    assert named["Meadow Lane Surgery"] == set()  # "drug use" names no service


def test_an_emergency_departments_and_an_ambulance_services_records_are_emergency_attendances():
    from chron_merge.kinds import KINDS
    from chron_merge.link import _build_table

    events = [_e("Northshire Hospital ED", D(2023, 4, 8), "15F brought in by police, intoxicated."),
              _e("WMAS", D(2023, 4, 8), "Pt found in car park, conveyed."),
              _e("Northshire Hospital Paediatrics", D(2023, 4, 8), "Ward round, obs stable."),
              # … and a lifeboat station's and the coastguard's (held-out r573)
              _e("RNLI Lifeboat Station", D(2023, 4, 8), "Launched 17:42 to North Beach: one casualty recovered."),
              _e("HM Coastguard", D(2023, 4, 8), "Search resumed at first light.")]
    table = _build_table(events, None)
    attendance = {events[table.event[p]].agency for p in range(len(events))
                  if table.kinds[p] >> KINDS.index("emergency attendance") & 1}
    assert attendance == {"Northshire Hospital ED", "WMAS", "RNLI Lifeboat Station", "HM Coastguard"}



def test_a_courts_records_are_its_hearings_and_link_to_another_agencys_record_of_the_order():
    # The family court's order list says what was ordered, not that a court sat (held-out r326).
    from chron_merge.kinds import KINDS
    from chron_merge.link import _build_table

    court = _e("Family court", D(2024, 7, 5), "Female genital mutilation protection order (without notice): not to "
               "take Amal out of England and Wales; passports surrendered within 72 hours.")
    social_care = _e("Childrens Social Care", D(2024, 7, 5), "FGM protection order made by the family court (without "
                     "notice) to 1 Sept.")
    school = _e("Hill Street Primary", D(2024, 7, 5), "Amal in school, happy.")
    table = _build_table([court, social_care, school], None)
    hearings = {[court, social_care, school][table.event[p]].agency for p in range(3)
                if table.kinds[p] >> KINDS.index("court hearing") & 1}
    assert hearings == {"Family court", "Childrens Social Care"}
    assert {court.details, social_care.details} in _groups([court, social_care, school])


def test_a_panels_records_are_its_meetings_and_link_to_the_others_at_it():
    # The Channel panel's log says what it decided, not that it met (held-out r433).
    panel = _e("Channel Panel", D(2024, 3, 28), "Case adopted. Intervention provider to be commissioned; CAMHS "
               "assessment to be expedited.")
    police = _e("Counter Terrorism Policing", D(2024, 3, 28), "Presented to Channel panel; case adopted. VAF completed.")
    school = _e("Northgate School", D(2024, 3, 28), "Zac in school, settled in lessons.")
    assert {panel.details, police.details} in _groups([panel, police, school])
    plain = _e("Channel", D(2024, 3, 28), panel.details)  # (an agency whose name says nothing of meetings)
    assert not _groups([plain, police, school])


def test_a_log_of_child_protection_medicals_records_them_and_links_to_others_of_the_medical():
    # The paediatrician's sheet gives the findings, not that a medical was done (held-out r443).
    medical = _e("Paediatrics", D(2024, 6, 4), "Mia, 2y. 3 linear bruises to left cheek with sparing between; no "
                 "other injury.")
    medical.source.sheet = "CP medicals"
    social_care = _e("Childrens Social Care", D(2024, 6, 4), "Took mum and Mia to the CP medical. Paediatrician: "
                     "bruising consistent with a slap, explanation not consistent.")
    nursery = _e("Little Acorns Nursery", D(2024, 6, 4), "Mia not in today.")
    assert {medical.details, social_care.details} in _groups([medical, social_care, nursery])
    clinic = _e("Paediatrics", D(2024, 6, 4), medical.details)  # (a sheet whose name says nothing of medicals)
    clinic.source.sheet = "Outpatients"
    assert not _groups([clinic, social_care, nursery])


def test_a_maternal_grandmother_names_no_maternity_service():
    events = [_e("Northshire Community Midwifery", D(2022, 3, 2), "Postnatal visit, mother well."),
              _e("Health Visiting", D(2022, 6, 20), "Baby now living with maternal grandmother."),
              _e("Oakfield Surgery", D(2022, 6, 20), "Letter from maternity: postnatal check.")]
    named = _agencies_named(events)
    assert named["Health Visiting"] == set() and named["Oakfield Surgery"] == {"Northshire Community Midwifery"}


def test_an_agency_known_by_initials_is_a_drug_service_when_its_records_say_so():
    bcpft = [_e("BCPFT", D(2022, 2, n), text) for n, text in enumerate([
        "Methadone script collected.", "Keyworker session: engagement good.", "Urine screen negative.",
        "Home visit, no concerns.", "Script increased to 60ml.", "Missed keyworker appointment."], start=1)]
    gp = [_e("Meadow Lane Surgery", D(2022, 2, n), text) for n, text in enumerate([
        "Mother seen: low mood.", "Child immunisations.", "Methadone review letter filed.", "Chest infection.",
        "Repeat prescription.", "Baby check normal."], start=10)]
    told = _e("Children's Social Care", D(2022, 2, 20), "Call from the drug service re mother's engagement.")
    assert _agencies_named([*bcpft, *gp, told])["Children's Social Care"] == {"BCPFT"}


def test_a_hostel_and_a_street_outreach_team_are_named_by_what_they_are():
    events = [_e("Riverside House Hostel", D(2023, 1, 3), "SWEP admission via street outreach team."),
              _e("St Mungo's Street Outreach", D(2023, 1, 3), "Offered SWEP bed at the hostel - accepted."),
              _e("Probation Service", D(2023, 3, 2), "Hostel keyworker called: notice to leave.")]
    named = _agencies_named(events)
    assert named["Riverside House Hostel"] == {"St Mungo's Street Outreach"}
    assert named["St Mungo's Street Outreach"] == named["Probation Service"] == {"Riverside House Hostel"}


def test_a_dental_practice_and_social_care_are_named_by_what_they_do():
    events = [_e("Smile Dental Practice", D(2022, 10, 26), "WNB 2nd appt. Letter to parent + cc GP."),
              _e("Meadow Lane Surgery", D(2022, 10, 31), "Letter from the dentist: child not brought twice."),
              _e("Children's Social Care", D(2022, 11, 15), "Contact from school re disclosure."),
              _e("Northshire Police", D(2022, 11, 15), "Call from MASH re child assaulted by mother's partner.")]
    named = _agencies_named(events)
    assert named["Meadow Lane Surgery"] == {"Smile Dental Practice"}
    assert named["Smile Dental Practice"] == {"Meadow Lane Surgery"}  # cc GP
    assert named["Northshire Police"] == {"Children's Social Care"}


def test_a_maternity_service_is_named_by_the_midwife_and_a_hospital_by_its_emergency_department():
    events = [_e("County Maternity Services", D(2022, 1, 14), "Booking appointment; referred to perinatal mental health."),
              _e("Meadow Lane Surgery", D(2022, 1, 20), "Letter from midwife: booked, history of PND."),
              _e("County Hospital", D(2022, 9, 19), "Baby seen with bronchiolitis; discharged."),
              _e("Health Visiting", D(2022, 9, 21), "ED attendance notification - bronchiolitis.")]
    named = _agencies_named(events)
    assert named["Meadow Lane Surgery"] == {"County Maternity Services"}
    assert named["Health Visiting"] == {"County Hospital"}
    from chron_merge.link import _Analyser

    notification, sent = _Analyser(None).analyse_all(["ED attendance notification - bronchiolitis.",
                                                      "Notification sent to the school."])
    assert notification.secondhand and not sent.secondhand


def test_an_agency_known_by_its_acronym_is_named_by_its_service():
    events = [_e("WMP", D(2020, 2, 3), "Domestic incident at the home address."),
              _e("WMAS", D(2020, 2, 3), "999 call to the address."),
              _e("GP", D(2020, 2, 4), "Letter: the police and an ambulance attended the home."),
              _e("Kent Constabulary", D(2020, 2, 4), "Welfare check."),
              _e("Help Desk", D(2020, 2, 5), "Call logged.")]
    assert _agencies_named(events)["GP"] == {"WMP", "WMAS", "Kent Constabulary"}  # not "Help Desk", though "Help" ends in p


def test_reasons_read_as_english():
    background = [_e(agency, D(2020, 1, day), text) for day in range(1, 29)
                  for agency, text in (("GP", "Routine appointment."), ("School", "Attendance check."))]
    events = [_e("Police", D(2020, 2, 3), "Father arrested at the home address for assault.", time="10:00"),
              _e("Probation", D(2020, 2, 3), "Informed by police that father was arrested for assault.", time="11:00"),
              *background]
    reason = find_links(events).pairs[(0, 1)][2]
    assert "both about an arrest" in reason and "both about a arrest" not in reason


def test_a_hospital_department_is_named_by_the_hospital_and_a_school_by_its_name():
    events = [_e("RWT – Maternity", D(2020, 2, 3), "Baby delivered."),
              _e("Oakfield Primary School", D(2020, 2, 3), "Child A in class."),
              _e("Northshire Police", D(2020, 2, 3), "Welfare check."),
              _e("Children's Social Care", D(2020, 2, 4), "Notification of birth from the hospital."),
              _e("GP", D(2020, 2, 4), "Call from Oakfield Primary about Child A; Northshire council informed.")]
    named = _agencies_named(events)
    assert named["Children's Social Care"] == {"RWT – Maternity"}
    assert named["GP"] == {"Oakfield Primary School"}  # "Northshire" alone is no name of the police


def test_an_overdose_taken_to_the_emergency_department_is_two_incidents_in_common():
    # An ambulance crew and a crisis team the same night: an overdose and an emergency attendance.
    background = [_e(agency, D(2021, 2, day), text) for day in range(1, 28)
                  for agency, text in (("GP", "Routine review."), ("Housing", "Rent account checked."))]
    events = [_e("Ambulance Service", D(2021, 3, 1), "999 call from neighbour: male unresponsive, empty packets of "
                 "paracetamol. Conveyed to ED.", time="21:55", contact="Overdose"),
              _e("Mental Health Trust", D(2021, 3, 1), "Crisis team assessment in ED after paracetamol overdose.",
                 time="23:40"), *background]
    result = find_links(events)
    assert [0, 1] in result.groups
    assert "both about an emergency attendance" in result.pairs[(0, 1)][2]


def test_an_infants_collapse_as_the_ambulance_the_police_the_ed_and_social_care_record_it_is_one_event():
    # The ambulance and the police time it in their text ("2302hrs", "At 23:10"), the hospital's
    # one sheet is its emergency department's ("ED and ward", its agency named for the hospital)
    # with the presenting complaint beside the notes; social care's record is the hospital's
    # referral, which resembles neither the ambulance's nor the police's.
    import dataclasses

    ambulance = _e("EMAS", D(2023, 5, 3), "Call 2302hrs: 8 week old not breathing properly, mum hysterical. "
                                          "On scene 2309hrs, police also attended. Conveyed QMC.")
    police = _e("Police", D(2023, 5, 3), "At 23:10 officers attended with ambulance: 8/52 baby unresponsive. "
                                         "Parents account: baby 'went floppy' after feed.")
    hospital = _e("QMC Paediatrics", D(2023, 5, 3), "CT head: bilateral subdural haemorrhages. PICU. Safeguarding "
                                                    "referral to CSC EDT.", time="23:31")
    hospital = dataclasses.replace(hospital, extra={"Presenting complaint": "8/52 floppy ?seizure"},
                                   source=Source(file="QMC.xlsx", sheet="ED and ward", row=2, rows=[2]))
    social_care = _e("Childrens Social Care", D(2023, 5, 3), "EDT: referral from QMC - 8 week old with brain bleed, "
                                                              "no explanation.")
    events = BACKGROUND + [ambulance, police, hospital, social_care]
    assert [sorted(g) for g in find_links(events).groups] == [list(range(len(BACKGROUND), len(events)))]


def test_a_gp_records_problem_heading_is_evidence_of_what_happened():
    # EMIS's "Problem" column beside the entry: "Discharge summary" says what the letter was of.
    import dataclasses

    ward = _e("Childrens Hospital", D(2023, 5, 24), "Discharged home with mum; HR 58. CEDS to follow up.")
    letter = dataclasses.replace(_e("GP", D(2023, 5, 26), "Childrens Hospital 09/05-24/05: anorexia nervosa, "
                                                          "bradycardia, refeeding. CEDS follow up."),
                                 extra={"Problem": "Discharge summary"})
    events = BACKGROUND + [ward, letter]
    assert [sorted(g) for g in find_links(events).groups] == [[len(BACKGROUND), len(BACKGROUND) + 1]]


def test_an_interview_about_an_earlier_days_incident_is_no_news_of_it():
    # The return home interview names the episode's day; it is a contact of its own, not a report
    # of the child going missing, as the social worker's note of the police's notification is.
    import numpy as np

    from chron_merge.link import _build_table, _combine_arrays, _shared_weight

    report = _e("Oak House", D(2023, 1, 3), "Tia did not return from town by her 10pm curfew. Reported missing to "
                                            "police 23:10.", time="22:45")
    interview = _e("Return home interviews", D(2023, 1, 6), "RHI for the 03/01 missing episode: Tia says a friend's "
                                                            "'boyfriend' gave her a phone and lifts.")
    news = _e("Childrens Social Care", D(2023, 1, 6), "Notification received: Tia reported missing on 03/01, "
                                                       "found next day.")
    table = _build_table(BACKGROUND + [report, interview, news], None)
    position = {int(event): p for p, event in enumerate(table.event)}
    first = len(BACKGROUND)
    earlier, later = np.array([position[first]] * 2), np.array([position[first + 1], position[first + 2]])
    parts = _combine_arrays(table, later, earlier, np.array(_shared_weight(table, list(zip(later, earlier)))[0],
                                                                 dtype=np.float32))
    assert parts["date_named"].tolist() == [True, True]
    assert parts["notified"].tolist() == [False, True]


def test_a_meetings_attendees_column_names_the_agencies_there():
    # The panel's own minutes say who attended in a column of their own; the police and the
    # school each recorded the meeting in a line.
    import dataclasses

    minutes = dataclasses.replace(_e("Channel panel", D(2022, 10, 20), "Zak (15): viewing and sharing XRW videos, "
                                                                      "isolated, low mood. Vulnerability assessed."),
                                  extra={"Attendees": "Chair, Police, school DSL, CSC"})
    police = _e("Police", D(2022, 10, 20), "Channel panel: case accepted, intervention provider to be commissioned.")
    school = _e("Oakfield Academy", D(2022, 10, 20), "DSL attended Channel panel: Zak adopted as a Channel case, "
                                                      "mentor to be allocated.")
    events = BACKGROUND + [minutes, police, school]
    assert [sorted(g) for g in find_links(events).groups] == [list(range(len(BACKGROUND), len(events)))]


@pytest.mark.parametrize(("label", "linked"), [("Midwife", True), ("Duty SW", False)])
def test_a_text_opening_with_another_agencys_worker_and_a_colon_is_its_news(label, linked):
    # Social care's "Midwife: baby born at 37 weeks this morning …": the maternity service's news of the
    # birth it recorded, as "Source: Midwife" would say (held-out r503); its own worker's label is no news.
    maternity = _e("Maternity", D(2024, 4, 15), "Spontaneous vaginal delivery of a boy, 2.6kg. Baby to NNU for "
                   "observation (maternal methadone).")
    social_care = _e("Children's Social Care", D(2024, 4, 15), f"{label}: baby born at 37 weeks this morning, on the "
                     "neonatal unit for withdrawal monitoring.")
    assert ({maternity.details, social_care.details} in _groups(BACKGROUND + [maternity, social_care])) is linked


def test_a_shelter_is_named_by_its_service_word():
    # The outreach team walked him to "the severe weather shelter", the night shelter's return (held-out r499).
    shelter = _e("Night Shelter", D(2024, 1, 15), "New guest brought by outreach (SWEP). Settled.")
    outreach = _e("Street Outreach", D(2024, 1, 15), "SWEP open. Walked Tomasz to the severe weather shelter at 22:00.")
    assert _agencies_named(BACKGROUND + [shelter, outreach])["Street Outreach"] == {"Night Shelter"}


def test_a_pharmacist_names_the_pharmacy():
    # Out of hours social care's "Pharmacist rang: 14 year old had the morning after pill" is the
    # pharmacy's referral (held-out r534).
    pharmacy = _e("Pharmacy", D(2024, 4, 6), "Emergency contraception requested by a 14 year old. Safeguarding "
                  "referral to children's services by phone.")
    social_care = _e("Children's Services", D(2024, 4, 6), "Pharmacist rang: 14 year old had the morning after pill.")
    assert _agencies_named(BACKGROUND + [pharmacy, social_care])["Children's Services"] == {"Pharmacy"}


def test_a_care_agency_that_rang_brought_its_news():
    # Adult social care's "Care agency rang: Frank went missing overnight" is the care agency's
    # report that morning (held-out r550).
    from chron_merge.link import _Analyser

    rang, = _Analyser(None).analyse_all(["Care agency rang: Frank went missing overnight, found by police."])
    assert rang.received


def test_a_provider_is_named_by_what_it_provides():
    # Adult social care's "Reablement could not staff the first calls today" is the reablement
    # provider's news: "provider", as "service", names no agency of its own (held-out r544).
    provider = _e("Reablement Provider", D(2024, 10, 3), "First call missed - no carer available (staff sickness).")
    social_care = _e("Adult Social Care", D(2024, 10, 3), "Reablement could not staff the first calls today; "
                     "daughter asked to check on him.")
    supported_living = _e("Supported Living Provider", D(2024, 10, 3), "Tenant's keyworker off sick.")
    named = _agencies_named(BACKGROUND + [provider, social_care, supported_living])
    assert named["Adult Social Care"] == {"Reablement Provider"}
    assert named["Reablement Provider"] == set()  # ("the first call" names no provider of another's)


def test_a_conditions_noun_and_its_adjective_are_one_word():
    # The ambulance's "hypothermic" and the hospital's "hypothermia 34.1" (held-out r544).
    from chron_merge.text import content_words

    assert content_words("hypothermia anaemia anorexia epilepsy psychosis") == content_words(
        "hypothermic anaemic anorexic epileptic psychotic")
    crew = _e("Ambulance Service", D(2024, 10, 4), "Elderly male found on floor by carers, long lie approx 24 hrs, "
              "hypothermic. Conveyed to ED.")
    ward = _e("Hospital", D(2024, 10, 4), "Readmitted via ED: hypothermia 34.1, AKI and sacral pressure damage "
              "after a long lie at home; discharged two days ago.")
    assert {crew.details, ward.details} in _groups(BACKGROUND + [crew, ward])


@pytest.mark.parametrize(("sender", "named"), [("the council's EHO", True), ("the tenant", False)])
def test_an_environmental_health_officer_written_eho_names_environmental_health(sender, named):
    # The letting agent files environmental health's letter the next day (held-out r488).
    council = _e("Environmental Health", D(2024, 1, 8), "Letter to the letting agent requiring a gas safety "
                 "certificate within 14 days.")
    agent = _e("Letting Agent", D(2024, 1, 9), f"Email from {sender}: gas safety certificate needed within 14 days.")
    assert ("Environmental Health" in _agencies_named(BACKGROUND + [council, agent])["Letting Agent"]) is named


@pytest.mark.parametrize(("header", "linked"), [("Injuries", True), ("Mechanism of injury", True), ("Bed", False)])
def test_a_trauma_centres_injuries_column_is_evidence(header, linked):
    # A major trauma centre's "Date of attendance | Mechanism of injury | Injuries | Safeguarding":
    # the stab wound is in its Injuries column, the safeguarding column read as the details (r489).
    police = _e("Police", D(2024, 3, 22), "16 year old male stabbed in the thigh in the park. Not cooperating with "
                "officers. Taken to the major trauma centre.", "23:50")
    trauma = replace(_e("Major Trauma Centre", D(2024, 3, 23), "Police present. Referral to children's social care.",
                        "02:10"), extra={header: "Single stab wound to the left thigh, to theatre for washout."})
    assert ({police.details, trauma.details} in _groups(BACKGROUND + [police, trauma])) is linked


@pytest.mark.parametrize("header", ["Focus", "Session focus", "Purpose of visit", "Aim"])
def test_a_sessions_focus_or_purpose_column_tells_what_it_was_about(header):
    # Early help's "Session date | Session no. | Focus | Progress": the referral it took up is in
    # its Focus column, beside the first session's progress (held-out r485).
    import dataclasses

    school = _e("St Anne's Primary", D(2024, 1, 24), "Mum did not collect Maisie; Alfie left with a neighbour. Mum "
                                                     "arrived at 16:45 smelling of alcohol. Referral to early help.")
    early_help = dataclasses.replace(_e("Early Help", D(2024, 1, 25), "Allocated to family worker."),
                                     extra={header: "School referral: mum late collecting, smelled of alcohol."})
    events = BACKGROUND + [school, early_help]
    assert [sorted(g) for g in find_links(events).groups] == [[len(BACKGROUND), len(BACKGROUND) + 1]]


def test_a_hospitals_emergency_department_sheet_and_its_presenting_complaint_column_are_evidence():
    import dataclasses

    from chron_merge.kinds import KINDS
    from chron_merge.link import _build_table

    ed = dataclasses.replace(_e("QMC Paediatrics", D(2023, 5, 3), "CT head: subdural haemorrhages."),
                             extra={"Presenting complaint": "8/52 floppy ?seizure", "Carer": "Mother"},
                             source=Source(file="QMC.xlsx", sheet="ED and ward", row=2, rows=[2]))
    ward = dataclasses.replace(ed, source=Source(file="QMC.xlsx", sheet="Ward notes", row=2, rows=[2]), extra={})
    table = _build_table([ed, ward, _e("Police", D(2023, 5, 3), "Baby floppy; carer is his mother.")], None)
    attendance = 1 << KINDS.index("emergency attendance")
    assert [bool(int(k) & attendance) for k in table.kinds] == [True, False, False]
    words = [{table.vocabulary[w] for w in table.tokens(p)} for p in range(3)]
    assert "floppi" in words[0] and "mother" not in words[0]  # the complaint column, not the carer's name


def test_a_time_written_in_the_text_as_crews_write_it_is_the_records_time():
    from chron_merge.link import _clock

    texts = ["Call 2302hrs: not breathing properly.", "On scene at 14.30 hrs.", "Drank 2 litres in 24hrs.",
             "999 call 23:12", "Seen for 12 hrs"]
    clock, _ = _clock([_e("EMAS", D(2023, 5, 3), text) for text in texts], [-1] * len(texts))
    assert clock.tolist() == [23 * 60 + 2, 14 * 60 + 30, -1, 23 * 60 + 12, -1]


def test_one_agency_alone_is_not_analysed(monkeypatch):
    # An agency author building their own return: nothing can link, so no text is read for linking.
    import chron_merge.link as link

    def must_not_run(*args: object) -> None:
        raise AssertionError("texts analysed for a single agency")

    monkeypatch.setattr(link, "_build_table", must_not_run)
    events = [_e("GP", D(2020, 2, day), f"Appointment {day}.") for day in range(1, 20)]
    assert find_links(events).groups == []


@pytest.mark.parametrize(("written", "expanded"), [
    ("S47 strategy", "section 47 enquiry strategy"), ("detained under s.2", "detained under section 2"),
    ("s 136 suite", "section 136 suite"), ("Section 136 suite", "section 136 suite"), ("uses 3 times", "uses 3 times"),
    ("EH assessment", "early help assessment"), ("Core grp", "core group"), ("Letter rec'd", "letter received"),
    ("Joint visit with EWO", "joint visit with education welfare officer"),
    ("Notification of deregistration for EHE", "notification of deregistration for elective home education"),
    ("Send the letter", "send the letter"),  # a word, not shorthand
    ("PPN - verbal DI", "ppn verbal domestic incident".replace("ppn", "public protection notice police")),
    # common misspellings, and the US spellings a system may use
    ("CAWNs served; PPNs received", "child abduction warning notice served public protection notice police received"),
    ("CPS charged", "crown prosecution service charged"), ("gas leak", "gas leak"),
    ("D/S rec'd; baby d/c home; S&W check", "discharge summary received baby discharged home safe and well check"),
    ("Birth notif from hosp", "birth notification from hospital"),
    ("REFERAL RECIEVED", "referral received"), ("CIN reveiw attened", "child in need review attended"),
    ("peadiatric stratergy meeting", "paediatric strategy meeting"), ("Pediatric behavior", "paediatric behaviour"),
    ("Startegy held; admited via ED; core goup; apointment sheduled", "strategy held admitted via emergency department "
     "core group appointment scheduled"),
    # an initial's possessive ("S's record": the mother's) is no SS (social services); other words keep their s
    ("Scanned to S's record", "scanned to s record"), ("Children's Centre", "childrens centre"),
    ("Attended house fire with FRS", "attended house fire with fire and rescue service"),
    ("Informed CCN team", "informed community childrens nursing team"),
    ("MOSOVO: RSO in breach of SHPO", "management of sexual or violent offenders police registered sex offender in breach "
                                      "of sexual harm prevention order"),
    # a police officer by rank and name; not an emergency department's "PC" (presenting complaint) or a "DC" home
    ("DC Evans: father interviewed today", "police officer evans father interviewed today"),
    ("Seen by PCSO Jones", "seen by police officer jones"), ("PC: chest pain", "pc chest pain"),
    ("DC Home with mum", "dc home with mother"),
    # a care agency is a "care provider", but not across "social care": "ASC: provider …"
    ("ASC: provider not following plan; care provider rang", "adult social care provider not following plan careagency rang"),
    # "ROLE" in capitals is the recognition of life extinct; a role is a role, in a text in capitals too
    ("ROLE 05:10, police on scene", "recognition of life extinct 05 10 police on scene"),
    ("Her role as carer; RESUS ROLE", "her role as carer resus recognition of life extinct"),
    ("MUM'S ROLE AS CARER", "mother role as carer"),
    ("CMH: directions made; IRH listed", "case management hearing directions made issues resolution hearing listed"),
    # an age in weeks; a date stays a date
    ("Ava 10/52 brought in; seen 10/12", "ava 10 weeks brought in seen 10/12"),
    ("Mother and infant discharged; newborn check", "mother and baby discharged baby check"),
    # a domestic abuse notification is the police's
    ("DV incident notification received", "domestic violence incident notification police received"),
    # "AA" is an appropriate adult, but Alcoholics Anonymous at a meeting
    ("AA attended custody; dad at AA meetings", "appropriate adult attended custody father at alcoholics anonymous meetings"),
    ("PEX upheld; FTE 3 days before; PRU place", "permanent exclusion upheld fixed term exclusion 3 days before pupil "
                                                 "referral unit place"),
    # a fracture in clinical notes; "#4" is a number
    ("XR: ?# L femur - spiral #. 2 healing rib #s; bed #4",
     "xr fracture l leg femur spiral fracture 2 healing rib fractures bed 4"),
    # a bone is the limb others name ("?# L radius": "arm injured")
    ("?# R humerus, L tibia and fibula; clavicle", "fracture r arm humerus l leg tibia and leg fibula collarbone clavicle"),
    # "lac" is a laceration beside a part of the body, else a looked after child
    ("GCS 12, head lac. Lac to L eyebrow; lac over the right knee",
     "gcs 12 head laceration laceration to l eyebrow laceration over the right knee"),
    ("LAC review held; LAC on the team list", "looked after child review held looked after child on the team list"),
    # "ref" is a referral, but before a number or code, or after "crime" or "our", a reference
    ("Ref to CAMHS made. Repeat prescription (ref 6556)",
     "referral to child and adolescent mental health service made repeat prescription reference 6556"),
    ("Crime ref 23/1234; our ref CS/12; Ref: AB1234", "crime reference 23/1234 our reference cs/12 reference ab1234"),
    ("BIA visit for the DoLS; NOF fracture", "best interests assessor visit for the deprivation of liberty safeguards neck "
                                             "of femur fracture"),
    ("Head attended the AMM chaired by the LADO",
     "head attended the allegations management meeting chaired by the local authority designated officer"),
    # practitioners' shorthand
    ("T/C from GP re J's rash, s/g. 1st CG mtg. ICO yday, kids to F/C. FOB c/o cough, O/E chest clear",
     "telephone call from general practitioner re j rash safeguarding 1st core group meeting interim care order "
     "yesterday children to foster carers father of baby complains of cough on examination chest clear"),
    # one relative, as a child and a social worker each call him (held-out r293)
    ("stepdad twisted his arm; stepmum at home", "stepfather twisted his arm stepmother at home"),
])
def test_sections_of_acts_and_shorthand_are_spelt_out(written, expanded):
    from chron_merge.text import expand_abbreviations

    assert expand_abbreviations(written) == expanded


def test_one_pair_scored_with_plain_numbers_scores_as_in_the_arrays():
    # Grouping scores single pairs without numpy; the two ways must agree, dates named included.
    import numpy as np

    from chron_merge.link import _build_table, _combine_arrays, _score_pair

    events = BACKGROUND + [
        _e("Police", D(2021, 1, 3), "Domestic incident; mother assaulted; partner arrested.", "22:15"),
        _e("Social care", D(2021, 1, 4), "PPN received re incident 03/01: mother assaulted.", "09:00"),
        _e("IDVA", D(2021, 1, 6), "Referral from police re incident on 03/01; declined support."),
        _e("School", D(2021, 1, 4), "Operation Encompass call re incident yesterday.", "08:30"),
        _e("GP", D(2021, 1, 7), "Letter: mother seen with bruising after the assault on 3rd Jan."),
        _e("Health visiting", D(2021, 1, 4), "Strategy meeting attended; child protection medical agreed.", "14:00")]
    table = _build_table(events, None)
    pairs = [(a, b) for a in range(len(table.day)) for b in range(a)]
    shared = np.asarray([sum(table.idf_list[w] for w in table.tokens(a) & table.tokens(b)) for a, b in pairs],
                        dtype=np.float32)
    arrays = _combine_arrays(table, np.asarray([a for a, _ in pairs]), np.asarray([b for _, b in pairs]), shared)
    plain = [_score_pair(table, a, b) for a, b in pairs]
    assert np.allclose(arrays["score"], plain, atol=1e-3)
    assert sum(score > 0 for score in plain) >= 5 and bool(arrays["date_named"].any())


def test_a_notification_naming_the_incident_day_in_short_links_however_the_day_is_written():
    # The GP files the police's notification four days after a Saturday night's incident, naming its
    # day as "25/2"; the mother's initial ("S's record") names no social services.
    events = [
        _e("Police", D(2023, 2, 25), "Officers attended a verbal argument at the flat; father intoxicated, baby present. "
                                     "DASH standard."),
        _e("GP", D(2023, 3, 1), "Domestic abuse notification from police scanned to S's record (incident 25/2, child "
                                "present)."),
        _e("Social care", D(2023, 2, 27), "Contact: school nurse asks for advice about head lice."),
        _e("GP", D(2023, 2, 20), "Child seen with a cough."),
    ]
    assert _groups(events) == [{events[0].details, events[1].details}]


def test_a_police_interview_is_recorded_by_the_police_and_the_appropriate_adult_the_same_day():
    # A police interview is an event others attend (youth justice sits in as appropriate adult), as
    # a strategy meeting is: on one day, their two records link on it though they share few words.
    events = [
        _e("Westford Constabulary", D(2023, 9, 23), "L (15) stopped in a car with two adults. Searched - 14 wraps of "
           "crack cocaine and cash found. Arrested for possession with intent to supply. Appropriate adult requested."),
        _e("Westford YJS", D(2023, 9, 23), "Out of hours: YJS worker acted as appropriate adult for L's interview at "
           "custody. No comment interview. Released under investigation."),
        _e("Westford PRU", D(2023, 9, 22), "L in school all day; no concerns."),
        _e("Westford YJS", D(2023, 9, 20), "Home visit: L engaged well."),
    ]
    assert _groups(events) == [{events[0].details, events[1].details}]


def test_a_notification_naming_the_day_of_an_incident_links_though_it_names_no_sender():
    # The GP is told of a death the next day and writes its date (two-digit year), not who told it.
    events = [
        _e("Northshire Police", D(2024, 4, 4), "Attended sudden death of 14 year old female at her home address. Not "
                                              "believed suspicious. Coroner's officer informed."),
        _e("Parkside Surgery", D(2024, 4, 5), "Notification of death received - J died 04/04/24 at home. Practice "
                                             "bereavement contact with mother."),
        _e("Parkside Surgery", D(2024, 4, 2), "Mother seen with a chest infection."),
        _e("Northshire Police", D(2024, 4, 1), "Report of a stolen bicycle outside the school."),
    ]
    assert _groups(events) == [{events[0].details, events[1].details}]


def test_a_date_or_time_written_in_a_text_is_no_word_of_it():
    from chron_merge.link import _Analyser

    analyser = _Analyser(None)
    [analysis] = analyser.analyse_all(["J died 04/04/24 at home; seen 04.02.20 at 10:30"])
    assert sorted(w for w, n in analyser.vocabulary.items() if n in analysis.words) == ["death", "home", "seen", "~death"]
    assert analysis.dates == ((4, 4, 2024), (4, 2, 2020))


def test_a_first_hand_record_joins_the_group_of_the_record_it_matches_and_the_reports_of_that_record():
    # The ward's admission and social care's referral from it (two days later) are linked first; the
    # ambulance's record of the same night resembles the ward's, not the referral, and still joins.
    events = [
        _e("EEAST", D(2022, 7, 2), "7 yr old with CP, difficulty breathing, sats 84% on air, febrile. O2 given, conveyed "
                                   "to Children's ED.", time="02:47"),
        _e("Children's Hospital – Ward 4", D(2022, 7, 2), "Admitted via ED with aspiration pneumonia. Weight 15.2kg. IV "
           "antibiotics. Concerns re nutrition and missed appointments - safeguarding team informed.", time="03:30"),
        _e("CSC", D(2022, 7, 4), "Referral from hospital safeguarding team: Z (7) admitted with aspiration pneumonia, "
                                 "underweight, repeated missed health appointments. Allocated to social worker."),
        _e("CSC", D(2022, 6, 28), "Supervision: case discussed with the team manager."),
        _e("EEAST", D(2022, 6, 30), "Elderly male fall at home, conveyed."),
    ]
    assert _groups(events) == [{events[0].details, events[1].details, events[2].details}]


def test_two_records_naming_each_other_and_timed_close_together_are_of_one_contact():
    # The school's record of telling the police at 12:30 and the police's of the school's report at 13:05.
    school = _e("Oakfield Primary", D(2023, 9, 7), "T disclosed to teacher that R has been seen outside their house. "
                                                   "DSL informed police and SW.", time="12:30")
    police = _e("Westford Police", D(2023, 9, 7), "Report from school DSL: child says the suspect has been outside the "
                                                  "family home. Officers sent; R not found.", time="13:05")
    assert _groups([school, police, *BACKGROUND]) == [{school.details, police.details}]
    police.time = "17:05"  # hours apart: perhaps another call
    assert _groups([school, police, *BACKGROUND]) == []


def test_a_first_hand_record_joins_a_group_whose_same_day_record_is_a_report_of_the_groups_own():
    # The ambulance's record of a fall links to the ward's admission; social care's record that day
    # is the hospital's report to it, not another first-hand record of the fall.
    ambulance = _e("EMAS", D(2023, 5, 20), "Female 41, MS, fall at home, unable to get up; son (12) called 999. "
                   "Conveyed to Westford General.")
    ward = _e("Westford General Hospital", D(2023, 5, 20), "Admitted to ward 7 after a fall at home; known MS. Son "
              "(12) at home alone - safeguarding team informed.")
    edt = _e("Westford CSC", D(2023, 5, 20), "EDT: hospital reports a 12 year old alone at home after his mother's "
             "admission. Placed with aunt overnight.")
    carers = _e("Carers Together", D(2023, 5, 22), "We heard from J's aunt that mum went into hospital on Saturday and "
                "J is staying with her. We phoned J.")
    # (the rest of a small review's records)
    others = [_e("Carers Together", D(2023, 5, 3), "Our worker met J at school for his young carers assessment. He "
                 "cares for mum (MS) most evenings. We will offer a respite group."),
              _e("Westford Academy", D(2023, 5, 3), "Young carers worker from Carers Together saw J in school for an "
                 "assessment."),
              _e("Westford Academy", D(2023, 5, 22), "Aunt called: mum in hospital since the weekend, J staying with "
                 "her for now."),
              _e("Westford Police", D(2023, 6, 9), "Missing person report from aunt - J (12) not returned from school. "
                 "Located 23:10 at mum's empty flat. Returned to aunt."),
              _e("Westford CSC", D(2023, 6, 12), "MFH notification: J missing Friday evening, found at his mum's flat. "
                 "RHI to be offered."),
              _e("Carers Together", D(2023, 6, 12), "J told our worker he went home on Friday night because he was "
                 "worried about the flat. We shared this with his social worker.")]
    groups = _groups([ambulance, ward, edt, carers, *others])
    assert {ambulance.details, ward.details, edt.details} <= next(g for g in groups if ward.details in g)


def test_another_agencys_session_with_a_child_at_school_is_one_contact_in_both_records():
    school = _e("Hillcrest High School", D(2023, 10, 16), "Barnardo's worker saw L in school for her first session.",
                "13:15")
    worker = _e("Barnardo's Missing and Exploitation Service", D(2023, 10, 16), "First 1:1 session with L at school: "
                "healthy relationships.")
    assert _groups([*BACKGROUND, school, worker]) == [{school.details, worker.details}]
    # Not enough on its own: another child's session at school that day is another contact.
    cancelled = _e("CAMHS", D(2023, 3, 28), "Session 4 with Kai at school cancelled - Kai absent.")
    counsellor = _e("Millbrook Academy", D(2023, 3, 28), "Maya saw the school counsellor in school (the school's own "
                    "counselling service).")
    assert _groups([*BACKGROUND, cancelled, counsellor]) == []


def test_a_school_nursing_service_is_not_named_by_the_school_alone():
    events = [_e("School Nursing Service", D(2023, 3, 7), "Drop-in at school: Maya (13) headaches."),
              _e("Millbrook Academy", D(2023, 3, 7), "CAMHS practitioner met Kai in school."),
              _e("Westford GP", D(2023, 3, 8), "Letter from the school nurse about Maya's headaches.")]
    named = _agencies_named(events)
    assert named["Millbrook Academy"] == set()
    assert "School Nursing Service" in named["Westford GP"]


def test_news_from_an_agency_joins_its_one_record_of_the_day_whatever_happened():
    ewo = _e("Education Welfare Service", D(2022, 11, 21), "Home visit: no answer, neighbours say the family moved out "
             "last week. CME referral to LA.")
    school = _e("Hollins Park School", D(2022, 11, 21), "EWO advised family may have moved; pupil remains on roll "
                "pending CME enquiries.")
    assert _groups([*BACKGROUND, ewo, school]) == [{ewo.details, school.details}]
    # Two records of the teller that day: which one the news is of, words alone must say.
    other = _e("Education Welfare Service", D(2022, 11, 21), "Register check at Brook Academy.")
    assert _groups([*BACKGROUND, ewo, other, school]) == []
    # The rule itself: a record of news from the agency it names (the first), that agency's one record
    # of the day (the second), words in common; not when the news names its own day ("on Saturday"),
    # nor when both are timed hours apart, nor when the teller has other records that day.
    from chron_merge.link import _combine, _ScalarOps

    def notified(names_a_day: bool = False, minutes: tuple[int, int] = (-1, -1), alone: bool = True) -> bool:
        day = D(2022, 6, 22).toordinal()
        return bool(_combine(_ScalarOps, (day, day), (12.0, 12.0), (0, 0), (True, False), minutes, minutes, (0, 0),
                             (True, False), 6.0, (0.0, 0.0), 0.0, False, (names_a_day, False), (True, False),
                             (False, alone), False, (False, False), (False, False), (False, False))["notified"])
    assert notified()
    assert not notified(names_a_day=True)
    assert not notified(minutes=(9 * 60, 13 * 60))
    assert notified(minutes=(9 * 60, 10 * 60))
    assert not notified(alone=False)


def test_a_notification_from_an_agency_naming_the_day_links_to_that_agencys_record_whatever_its_kind():
    # "A police notification of the incident on 17 December": the police's record of that day,
    # though the notification says nothing of what happened.
    police = _e("Westford Police", D(2022, 12, 17), "Officers attended: four-year-old found alone in the flat, mother "
                                                    "returned at 23:15. Child taken into police protection.")
    told = _e("Westford Health Visiting", D(2022, 12, 19), "The health visitor received a police notification of the "
                                                            "incident on 17 December and contacted the social worker.")
    assert _groups([police, told, *BACKGROUND]) == [{police.details, told.details}]
    told.details = told.details.replace("17 December", "15 December")  # another day: another incident
    assert _groups([police, told, *BACKGROUND]) == []


def test_an_agency_is_named_by_its_initials():
    # "RSH" in a district nurse's record is Royal Shrewsbury Hospital: a notification from the
    # agency it names. Two letters are no initials of a name ("HV" is the health visitor).
    stay = _e("Royal Shrewsbury Hospital", D(2020, 3, 2), "Admitted to ward 22 after a fall at home: fractured neck "
              "of femur, AKI.")
    letter = _e("District Nursing", D(2020, 3, 4), "Letter received from RSH - admitted after fall, fracture. "
                "Visits suspended.")
    events = BACKGROUND + [stay, letter]
    assert find_links(events).groups == [[len(BACKGROUND), len(BACKGROUND) + 1]]
    reason = find_links(events).pairs[(len(BACKGROUND), len(BACKGROUND) + 1)][2]
    assert "one is a notification from the other agency" in reason


def test_a_home_care_agency_is_the_care_agency_and_a_999_call_reaches_the_ambulance_and_the_police():
    events = [_e("Bluebell Homecare", D(2023, 2, 2), "Found service user on the floor, rang 999.", "07:40"),
              _e("Adult Social Care", D(2023, 2, 3), "Domiciliary care provider reported a fall yesterday."),
              _e("WMAS", D(2023, 2, 2), "Long lie, conveyed to ED.", "07:55"),
              _e("West Mercia Police", D(2023, 2, 5), "Welfare check, no concerns."),
              _e("Oakfield School", D(2023, 2, 6), "Assembly on 999 calls.")]
    named = _agencies_named(events)
    assert named["Bluebell Homecare"] == {"WMAS", "West Mercia Police"}
    assert named["Adult Social Care"] == {"Bluebell Homecare"}
    assert named["Oakfield School"] == {"WMAS", "West Mercia Police"}  # (a school's assembly: no more than a mention)
    assert "Oakfield School" not in set().union(*named.values())
    # The care agency's 999 call and the ambulance's attendance, 15 minutes apart, are one event; the
    # fall social care heard of the next day is it too (a fall found on the floor is an injury, as
    # "reported a fall" is).
    assert find_links(events).groups == [[0, 1, 2]]


def test_another_agency_confirming_something_is_news_received():
    from chron_merge.link import _Analyser
    from chron_merge.text import expand_abbreviations

    confirmed, own, rang = _Analyser(None).analyse_all(["Housing confirmed the locks were changed yesterday.",
                                                        "Confirmed appointment with mum for Tuesday.",
                                                        "Day centre rang - M had a seizure today."])
    assert confirmed.received and not own.received and rang.received
    heard, decision = _Analyser(None).analyse_all(["Heard from his SW that the RG decision was positive.",
                                                   "Positive RG decision from the Single Competent Authority."])
    assert heard.received and not decision.received
    assert expand_abbreviations("RG decision") == "reasonable grounds decision"


def test_an_attendance_in_the_early_hours_joins_the_incident_of_the_night_before_and_its_reports():
    # The police record a domestic incident at 23:20; the IDVA service is told of it the next day;
    # the ED sees the victim at 00:40. The IDVA's report that day is later than the night's
    # events, so the ED's record joins the incident's group.
    police = _e("Northshire Police", D(2023, 3, 2), "DA incident: woman assaulted by her partner, strangulation "
                "reported. Partner arrested. DASH high risk, referred to MARAC and IDVA.", "23:20")
    idva = _e("IDVA Service", D(2023, 3, 3), "Referral received from police after a high risk domestic incident "
              "last night. Safety planning call.")
    ed = _e("County Hospital ED", D(2023, 3, 3), "Assaulted by partner: neck bruising, says he strangled her. "
            "Police present.", "00:40")
    events = BACKGROUND + [police, idva, ed]
    assert [len(BACKGROUND), len(BACKGROUND) + 1, len(BACKGROUND) + 2] in find_links(events).groups


def test_a_birth_notification_names_the_maternity_service():
    events = [_e("Westford Maternity", D(2023, 3, 20), "Spontaneous vaginal delivery, baby boy 3.1kg.", "04:12"),
              _e("Hillside Surgery", D(2023, 3, 23), "Birth notification - new baby registered."),
              _e("Westford Police", D(2023, 3, 24), "Notification of a burglary at a neighbour's."),
              _e("Oakfield School", D(2023, 3, 25), "Sibling's birthday party, off school.")]
    named = _agencies_named(events)
    assert named["Hillside Surgery"] == {"Westford Maternity"}
    assert named["Westford Police"] == named["Oakfield School"] == set()


def test_a_time_written_in_the_text_counts_for_two_records_close_together_but_never_against_them():
    import numpy as np

    from chron_merge.link import _build_table, _score_pair

    located = _e("Westford Police", D(2024, 2, 4), "Missing person A located at an address in Birmingham with adult "
                 "males. Returned to carers.", "17:30")
    brought_home = _e("Horizon Fostering", D(2024, 2, 4), "Police brought A home at 18:00, tired and hungry.")
    events = BACKGROUND + [located, brought_home]
    assert [len(BACKGROUND), len(BACKGROUND) + 1] in find_links(events).groups
    # A text's time may be of something else: far from the other's time, it takes nothing off.
    later = _e("Horizon Fostering", D(2024, 2, 4), "Police brought A home, tired and hungry; GP at 09:00 tomorrow.")
    untimed = _e("Horizon Fostering", D(2024, 2, 4), "Police brought A home, tired and hungry; GP tomorrow.")
    scores = []
    for record in (later, untimed):
        table = _build_table(BACKGROUND + [located, record], None)
        first, second = (int(p) for p in np.flatnonzero(table.event >= len(BACKGROUND)))
        scores.append(_score_pair(table, first, second))
    assert scores[0] == scores[1] > 0


def test_a_schools_designated_safeguarding_lead_names_it_with_a_word_of_its_name():
    events = [_e("Oakfield Primary School", D(2022, 11, 21), "A disclosed to teacher."),
              _e("Riverside Academy", D(2022, 11, 21), "B late to registration."),
              _e("Children's Social Care", D(2022, 11, 21), "Call from Oakfield DSL: A says the partner was home."),
              _e("Westshire Police", D(2022, 11, 22), "DSL informed of the incident."),
              _e("County Hospital", D(2022, 11, 23), "Named nurse and safeguarding lead informed.")]
    named = _agencies_named(events)
    assert named["Children's Social Care"] == {"Oakfield Primary School"}
    schools = {"Oakfield Primary School", "Riverside Academy"}
    assert not named["Westshire Police"] & schools and not named["County Hospital"] & schools


def test_information_from_another_agency_is_news_received():
    from chron_merge.link import _Analyser

    [information] = _Analyser(None).analyse_all(["Information from CSC that the partner breached bail."])
    assert information.received


def test_a_call_from_a_neighbour_is_the_agencys_own_record_not_news_from_another():
    from chron_merge.link import _Analyser

    neighbour, school = _Analyser(None).analyse_all([
        "Officers were deployed following a call from a neighbour; a child found alone in the flat.",
        "Call from the school: child found alone at the gates."])
    assert neighbour.secondhand and not neighbour.received  # (it may still lag, as before)
    assert school.received


def test_a_notification_from_the_agency_of_the_day_it_names_links_in_a_busy_chronology():
    # Three records a day from other agencies: a named day alone is matched by chance, but a police
    # notification of "the incident on 17 December" names the police's one record of that day.
    busy = [_e(f"Agency {n % 5}", D(2022, 12, 1) + dt.timedelta(days=n // 3), f"Routine contact number {n}.")
            for n in range(90)]
    police = _e("Westshire Police", D(2022, 12, 17), "Officers deployed following a call from a neighbour: Ben, "
                "four, found alone at home and taken into police protection.", "22:40")
    hv = _e("Health Visiting", D(2022, 12, 19), "The health visitor received a police notification of the incident "
            "on 17 December and contacted the social worker.")
    groups = find_links(busy + [police, hv]).groups
    assert [len(busy), len(busy) + 1] in groups


def test_a_care_home_or_a_childrens_home_is_the_care_home_and_the_regulator_sharing_is_news():
    from chron_merge.link import _Analyser

    events = [_e("Rosewood Care Home", D(2023, 2, 14), "Repositioned 2 hourly."),
              _e("District Nursing", D(2023, 1, 10), "Visit requested by the care home: category 2 pressure ulcer."),
              _e("Elm House Childrens Home", D(2023, 10, 7), "YP absconded via the back fence."),
              _e("Westford Police", D(2023, 10, 7), "Missing from care home: 14F, left on foot.")]
    named = _agencies_named(events)
    assert named["District Nursing"] == {"Rosewood Care Home", "Elm House Childrens Home"}
    assert "Elm House Childrens Home" in named["Westford Police"]
    shared, sent = _Analyser(None).analyse_all(["CQC shared inspection findings: inadequate.",
                                                "Findings shared with CSC and police."])
    assert shared.received and not sent.secondhand


def test_a_paediatrician_names_a_paediatrics_department():
    events = [_e("Royal Southport Hospital – Paediatrics", D(2023, 5, 9), "Skeletal survey: healing rib fractures."),
              _e("Merseyside Police", D(2023, 5, 9), "Informed by paediatrician of further fractures.")]
    assert _agencies_named(events)["Merseyside Police"] == {"Royal Southport Hospital – Paediatrics"}


def test_the_polices_own_teams_name_the_police():
    events = [_e("Westford Police", D(2023, 3, 10), "Report of assault on a child."),
              _e("Westford General Hospital", D(2023, 3, 10), "CAIT officers attended the ward to speak to mother."),
              _e("Westford Children's Social Care", D(2023, 3, 10), "PVP referral received re the assault.")]
    named = _agencies_named(events)
    assert "Westford Police" in named["Westford General Hospital"]
    assert "Westford Police" in named["Westford Children's Social Care"]


def test_a_welsh_health_board_is_the_hospital():
    events = [_e("Hywel Dda UHB", D(2023, 3, 10), "Discharged home from Afallon ward."),
              _e("Young Carers Service", D(2023, 3, 13), "E told her worker mum came home from hospital on Friday.")]
    assert _agencies_named(events)["Young Carers Service"] == {"Hywel Dda UHB"}


def test_a_teacher_names_the_school():
    events = [_e("St Mary's Primary School", D(2023, 1, 10), "Uniform not washed; spare provided."),
              _e("Westshire Community Health Trust", D(2023, 1, 10), "Met class teacher re B: unkempt, head lice."),
              _e("Castle Surgery", D(2023, 1, 11), "Headteacher rang: B tired in class.")]
    named = _agencies_named(events)
    assert named["Westshire Community Health Trust"] == {"St Mary's Primary School"}
    assert named["Castle Surgery"] == {"St Mary's Primary School"}


def test_a_service_an_agencys_entries_are_of_names_the_agency():
    # A health trust's one return, each entry's service in a "Service" column.
    def trust(day: dt.date, service: str, text: str) -> Event:
        event = _e("Westshire Community Health Trust", day, text)
        event.extra = {"Service": service}
        return event
    events = [trust(D(2023, 4, 20), "Health Visiting", "Home visit: baby 9 months, home damp, severe nappy rash."),
              trust(D(2023, 4, 20), "School Nursing", "Drop-in session: B attended for headache."),
              _e("Castle Surgery", D(2023, 4, 21), "Telephone call from HV yesterday re baby's nappy rash."),
              _e("Oakfield Primary School", D(2023, 4, 21), "B seen by the school nurse at drop-in."),
              _e("Westshire Homes", D(2023, 4, 21), "Repair at the school reported by a neighbour.")]
    named = _agencies_named(events)
    assert named["Castle Surgery"] == {"Westshire Community Health Trust"}
    assert named["Oakfield Primary School"] == {"Westshire Community Health Trust"}
    assert named["Westshire Homes"] == {"Oakfield Primary School"}  # "the school" is no school nurse



def test_an_advocacy_service_is_the_advocate_in_others_records():
    events = [_e("VoiceAbility advocacy", D(2023, 3, 20), "Supported L at her Care Act assessment."),
              _e("Westford Adult Social Care", D(2023, 3, 20), "Care Act assessment completed with L and her advocate.")]
    named = _agencies_named(events)
    assert named["Westford Adult Social Care"] == {"VoiceAbility advocacy"}


def test_a_report_for_a_conference_on_a_day_it_names_joins_the_conference():
    report = _e("Meadow Surgery", D(2023, 3, 31), "GP report completed for the initial child protection conference on "
                "03/04/2023 and sent to the chair. Unable to attend.")
    conference = [_e("Children's Social Care", D(2023, 4, 3), "Initial child protection conference: M made subject to "
                     "a child protection plan (physical abuse)."),
                  _e("Health Visiting", D(2023, 4, 3), "Attended ICPC - CP plan, category physical abuse.")]
    events = BACKGROUND + [report, *conference]
    assert [len(BACKGROUND), len(BACKGROUND) + 1, len(BACKGROUND) + 2] in find_links(events).groups


def test_a_report_for_a_conference_tomorrow_joins_the_conference():
    report = _e("Meadow Surgery", D(2023, 4, 11), "Report for initial child protection conference tomorrow "
                "completed and sent.")
    def conference(day: dt.date) -> list[Event]:
        return [_e("Children's Social Care", day, "Initial child protection conference: baby made subject of a CP "
                   "plan (emotional abuse)."),
                _e("Westshire Police", day, "Initial CP conference attended by PVP officer.")]
    events = BACKGROUND + [report, *conference(D(2023, 4, 12))]
    assert [len(BACKGROUND), len(BACKGROUND) + 1, len(BACKGROUND) + 2] in find_links(events).groups
    # … not a conference two days on
    assert not [g for g in find_links(BACKGROUND + [report, *conference(D(2023, 4, 13))]).groups if len(BACKGROUND) in g]
    # Only a meeting or a hearing is planned for "tomorrow": tomorrow's other news is no report of it.
    plan = _e("Westshire Police", D(2023, 6, 6), "CSC advised of rib fracture found on skeletal survey. Decision to "
              "arrest both parents tomorrow.")
    news = _e("Meadow Surgery", D(2023, 6, 7), "A&E discharge summary received: infant facial bruising, admitted to "
              "paediatric ward for investigations.")
    assert find_links(BACKGROUND + [plan, news]).groups == []


def test_a_later_day_is_named_within_two_weeks_of_the_record():
    from chron_merge.link import _upcoming_day

    own = D(2023, 12, 28)
    assert _upcoming_day([(3, 1, None)], own) == D(2024, 1, 3).toordinal()  # "conference on 03/01": next year's
    assert _upcoming_day([(20, 1, 2024), (5, 1, 2024)], own) == D(2024, 1, 5).toordinal()  # the first of them
    assert _upcoming_day([(20, 12, 2023)], own) == -1  # a past day is no upcoming one
    assert _upcoming_day([(15, 2, 2024)], own) == -1  # seven weeks ahead: too far to be this event's
    assert _upcoming_day([], own, day_after=True) == D(2023, 12, 29).toordinal()  # "tomorrow"
    assert _upcoming_day([(3, 1, None)], own, day_after=True) == D(2023, 12, 29).toordinal()


def test_a_housing_association_is_the_landlord_or_the_housing_association():
    events = [_e("Riverside Homes", D(2020, 7, 8), "Surveyor inspected the damp with environmental health."),
              _e("Environmental Health", D(2020, 7, 8), "Improvement notice to be served on the landlord."),
              _e("Brookside Surgery", D(2020, 7, 9), "Letter to the housing association supporting a transfer."),
              _e("Mill Lane Housing Association", D(2020, 7, 10), "Rent statement sent."),
              _e("Westford Police", D(2020, 7, 11), "Homes for Ukraine host visited.")]
    named = _agencies_named(events)
    assert "Riverside Homes" in named["Environmental Health"] and "Riverside Homes" in named["Brookside Surgery"]
    assert "Riverside Homes" not in named["Westford Police"]


def test_a_disabled_childrens_team_is_social_care():
    events = [_e("Disabled Childrens Team", D(2022, 7, 15), "Home visit: J in bed, feed not given."),
              _e("Childrens Community Nursing", D(2022, 7, 15), "Joint home visit with the social worker: feed missed.")]
    assert _agencies_named(events)["Childrens Community Nursing"] == {"Disabled Childrens Team"}


def test_a_foster_placement_is_the_fostering_agencys():
    events = [_e("Health Visiting", D(2023, 7, 12), "New birth visit at the foster placement: baby well."),
              _e("Compass Fostering IFA", D(2023, 7, 12), "Health visitor came for the new birth visit.")]
    named = _agencies_named(events)
    assert named["Health Visiting"] == {"Compass Fostering IFA"} and named["Compass Fostering IFA"] == {"Health Visiting"}


def test_a_return_from_a_schools_safeguarding_system_is_the_schools():
    events = [_e("CPOMS export", D(2023, 1, 12), "M told her teacher about her brother."),
              _e("Staffordshire Police", D(2023, 1, 12), "Call from school re a disclosure by an 8 year old.")]
    assert _agencies_named(events)["Staffordshire Police"] == {"CPOMS export"}


def test_an_agency_is_named_by_the_two_initials_of_what_it_is():
    from chron_merge.link import _short_initials

    # "AP" for Approved Premises and for Bridge Alternative Provision; not the initials of a place
    # and a service word, shorthand of their own ("SW"), a word, or a unit
    assert _short_initials("Approved Premises", None) == _short_initials("Bridge Alternative Provision", None) == {"ap"}
    for name in ("Royal Shrewsbury Hospital", "Werneth Surgery", "Leicestershire Police", "Sandwell West",
                 "Youth Offending Service", "Oak Ward ATU", "Mid Lands", "Little Bear"):
        assert _short_initials(name, None) == set(), name
    events = [_e("Approved Premises", D(2023, 3, 10), "Resident returned 3 hours after curfew."),
              _e("Probation Service", D(2023, 3, 11), "AP reported a curfew breach last night.")]
    assert _agencies_named(events)["Probation Service"] == {"Approved Premises"}


def test_an_agency_is_named_by_the_initials_of_its_name_up_to_the_kind_of_place_it_is():
    from chron_merge.link import _name_initials

    # The GP writes "BCH" for Birmingham Children's Hospital's neurology team.
    assert _name_initials("Birmingham Children's Hospital Neurology") == {"BCHN", "BCH"}
    assert _name_initials("Royal Shrewsbury Hospital") == {"RSH"}
    assert _name_initials("Walsall Hospital") == set()  # two letters: no initials of a name
    events = [_e("Birmingham Children's Hospital Neurology", D(2023, 3, 24), "Discharged after telemetry: normal EEG."),
              _e("Bloxwich Medical Practice", D(2023, 3, 30), "Letter from BCH neurology: telemetry normal.")]
    assert _agencies_named(events)["Bloxwich Medical Practice"] == {"Birmingham Children's Hospital Neurology"}


def test_a_perinatal_mental_health_team_is_named_by_perinatal():
    events = [_e("Perinatal Mental Health Team (AWP)", D(2024, 3, 5), "Planned home visit: no answer."),
              _e("Virgin Care HV", D(2024, 3, 6), "Perinatal team emailed: mum not in for their visit yesterday.")]
    assert _agencies_named(events)["Virgin Care HV"] == {"Perinatal Mental Health Team (AWP)"}


def test_a_discharge_summary_names_the_hospital_and_a_royal_infirmary_is_one():
    events = [_e("Leicester Royal Infirmary", D(2023, 7, 12), "Discharged to foster carers with the social worker."),
              _e("Westcotes Surgery", D(2023, 7, 17), "Discharge summary: femur fracture; now in foster care."),
              _e("Childrens Social Care", D(2023, 7, 12), "Told by the hospital that baby is ready for discharge.")]
    named = _agencies_named(events)
    assert named["Westcotes Surgery"] == {"Leicester Royal Infirmary"}
    assert named["Childrens Social Care"] == {"Leicester Royal Infirmary"}  # "the hospital"


def test_welsh_names_of_a_school_a_surgery_and_social_services():
    events = [_e("Ysgol Gynradd Aberaeron", D(2023, 4, 24), "E said the boyfriend is back. DSL told the social worker."),
              _e("Cyngor Sir Ceredigion - Gwasanaethau Plant", D(2023, 4, 24), "Call from the school: partner back home."),
              _e("Meddygfa Tanyfron", D(2023, 4, 25), "Letter from the health visitor filed."),
              _e("Hywel Dda UHB - Ymwelwyr Iechyd", D(2023, 4, 25), "Told the GP about the partner.")]
    named = _agencies_named(events)
    assert named["Ysgol Gynradd Aberaeron"] == {"Cyngor Sir Ceredigion - Gwasanaethau Plant"}
    assert named["Cyngor Sir Ceredigion - Gwasanaethau Plant"] == {"Ysgol Gynradd Aberaeron"}
    assert named["Meddygfa Tanyfron"] == {"Hywel Dda UHB - Ymwelwyr Iechyd"}
    assert named["Hywel Dda UHB - Ymwelwyr Iechyd"] == {"Meddygfa Tanyfron"}


def test_an_officer_by_collar_number_names_the_police():
    events = [_e("Mental Health Trust", D(2024, 3, 14), "Street triage with PC 2211: talked down from the bridge."),
              _e("Police", D(2024, 3, 14), "Street triage car attended: male on the bridge talked down."),
              _e("School", D(2024, 3, 15), "Class of 2011 reunion; PC 1 broken."),
              _e("Ward 5", D(2024, 3, 15), "DC 1430 home with mum.")]  # (discharged at 14:30)
    named = _agencies_named(events)
    assert named["Mental Health Trust"] == {"Police"}
    assert named["School"] == named["Ward 5"] == set()


def test_social_care_is_the_local_authority_to_others():
    events = [_e("Office of the Public Guardian", D(2023, 6, 12), "We received a concern from the local authority."),
              _e("Adult Social Care", D(2023, 6, 12), "Concern raised with the OPG about the attorney."),
              _e("Northshire Police", D(2023, 6, 12), "Attended a local meeting.")]
    named = _agencies_named(events)
    assert named["Office of the Public Guardian"] == {"Adult Social Care"}
    assert named["Northshire Police"] == set()  # ("local" alone is no name)


def test_welsh_names_of_the_police_a_hospital_and_a_family_doctor():
    events = [_e("Heddlu Dyfed-Powys", D(2023, 4, 24), "Child taken to the hospital by officers."),
              _e("Ysbyty Glangwili", D(2023, 4, 24), "Brought in by police at 22:00, minor head injury."),
              _e("Meddyg Teulu Llandeilo", D(2023, 4, 26), "Letter from the ED about the police call."),
              _e("Ysgol Bro Dinefwr", D(2023, 4, 26), "Dad said the GP has seen her.")]
    named = _agencies_named(events)
    assert named["Heddlu Dyfed-Powys"] == {"Ysbyty Glangwili"}
    assert named["Ysbyty Glangwili"] == {"Heddlu Dyfed-Powys"}
    assert named["Meddyg Teulu Llandeilo"] == {"Ysbyty Glangwili", "Heddlu Dyfed-Powys"}
    assert named["Ysgol Bro Dinefwr"] == {"Meddyg Teulu Llandeilo"}


def test_a_housing_officer_is_of_a_housing_association():
    # The fire service's record of the referral names the housing association by its officer.
    events = [_e("Northfield Homes", D(2023, 1, 9), "Tenancy audit: bags on the stairs, fire risk. Referral to fire service."),
              _e("Northfield FRS", D(2023, 1, 10), "Referral from housing officer: hoarding at the address, fire risk.")]
    assert _agencies_named(events)["Northfield FRS"] == {"Northfield Homes"}
    assert find_links(events).groups == [[0, 1]]


def test_others_records_of_a_discharge_link_when_the_hospital_wrote_the_stay_as_one_row():
    # "Admission date | Discharge date": the ward's row stands at the admission; the care agency
    # restarting the package and the district nurse receiving the letter record the discharge.
    import dataclasses

    stay = dataclasses.replace(_e("Royal Shrewsbury Hospital", D(2020, 2, 3), "Admitted via ED after a fall: hypothermia."),
                               date_end=D(2020, 2, 10))
    care = _e("Homecare Plus", D(2020, 2, 10), "Package of care restarted following hospital discharge today.")
    nurse = _e("District Nursing", D(2020, 2, 11), "Discharge letter received from the hospital: pressure damage.")
    result = find_links([*BACKGROUND, stay, care, nurse])
    position = len(BACKGROUND)
    assert result.groups == [[position + 1, position + 2]]  # the stay's own row stays at its admission
    # The ward's own record of the discharge that day is the one they link to: no copy is made.
    from chron_merge.link import _discharge_copies

    own = _e("Royal Shrewsbury Hospital", D(2020, 2, 10), "Discharged home.")
    assert len(_discharge_copies([stay, care])) == 1 and _discharge_copies([stay, own, care]) == []


def test_a_stay_whose_ward_is_its_kind_of_contact_is_an_admission_with_a_discharge():
    # "Admission date | Discharge date | Ward | Diagnosis": the text is only the diagnosis.
    import dataclasses

    from chron_merge.kinds import KINDS
    from chron_merge.link import _build_table, _discharge_copies

    stay = dataclasses.replace(_e("Royal Shrewsbury Hospital", D(2023, 7, 2), "Aspiration pneumonia. IV antibiotics.",
                                  contact="Ward 22"), date_end=D(2023, 7, 16))
    care = _e("Homecare Plus", D(2023, 7, 2), "Sister rang: J admitted to hospital tonight. Calls cancelled.")
    [copy] = _discharge_copies([stay, care])
    assert copy.date == D(2023, 7, 16)
    table = _build_table([stay, care], None)
    admission = 1 << KINDS.index("hospital admission")
    assert [bool(int(k) & admission) for k in table.kinds] == [True, True]
    # (a row of one day, or one of a clinic, is no stay)
    assert not _discharge_copies([dataclasses.replace(stay, contact_type="Clinic"), care])


def test_a_meeting_named_as_an_entrys_outcome_is_its_next_step_not_the_entry():
    # Social care's referral record, "Outcome: Strategy discussion", and its own record of that
    # discussion: the police's record of the discussion joins the discussion, though it tells of
    # the injury in the referral's words.
    referral = _e("Childrens Services", D(2023, 6, 3), "EDT: referral from hospital - 4 week old with bruise to face, "
                  "explanation fall from sofa.")
    referral.action = "Strategy discussion."
    discussion = _e("Childrens Services", D(2023, 6, 3), "Strategy discussion (EDT, police, paediatrician). S47, "
                    "CP medical today.")
    police = _e("Police", D(2023, 6, 3), "Strategy discussion with EDT and paediatrician re 4 week old with facial "
                "bruising. Joint investigation.", "09:00")
    groups = _groups(BACKGROUND + [referral, discussion, police])
    assert {discussion.details, police.details} in groups
    assert not any(referral.details in g for g in groups)


def test_a_joint_visit_named_with_another_agency_links_to_that_agencys_one_record_of_the_day():
    # The health visitor's own record need not say the visit was joint.
    social_care = _e("Childrens Services", D(2023, 5, 12), "Joint home visit with HV (new birth visit). Jay (partner) "
                     "hostile.")
    health_visitor = _e("Health Visiting", D(2023, 5, 12), "New birth visit. Mum low. Partner Jay present, refused to "
                        "leave the room.")
    assert {social_care.details, health_visitor.details} in _groups(BACKGROUND + [social_care, health_visitor])
    # Not when the health visitor recorded something else that day as well: which record is the visit?
    clinic = _e("Health Visiting", D(2023, 5, 12), "Clinic: Jay's other child weighed.")
    assert not any(social_care.details in g for g in _groups(BACKGROUND + [social_care, health_visitor, clinic]))


def test_a_clinic_letter_links_to_the_clinic_the_agency_it_names_held_however_late_in_the_window():
    # The GP files the hospital's neurology letter six days after the clinic, naming no date; the
    # hospital held one neurology clinic in the week before it (its gastro clinic is another).
    gastro = _e("City Hospital", D(2023, 2, 6), "Seen with mum. Reports vomiting daily; bloods normal.", contact="Gastro")
    neurology = _e("City Hospital", D(2023, 2, 9), "Seen: mum describes seizures at night. EEG normal.",
                   contact="Neurology")
    letter = _e("GP", D(2023, 2, 15), "City Hospital neurology letter: EEG normal, no AED.", contact="Letter")
    groups = _groups(BACKGROUND + [gastro, neurology, letter])
    assert {neurology.details, letter.details} in groups


def test_a_record_naming_the_day_of_an_incident_of_its_kind_is_news_of_it_with_no_word_of_being_told():
    # The drug service's record the day after the birth names its day, and says nothing of how it heard.
    birth = _e("Maternity", D(2023, 6, 19), "SVD baby girl 2.6kg. To NNU for NAS scoring (maternal methadone).", "04:50")
    news = _e("Drug service", D(2023, 6, 20), "Client's baby born 19/06. Script continued.")
    assert {birth.details, news.details} in _groups(BACKGROUND + [birth, news])
    # Naming another day, it is no news of this birth.
    other = _e("Drug service", D(2023, 6, 20), "Client's baby born 12/06. Script continued.")
    assert not any(other.details in g for g in _groups(BACKGROUND + [birth, other]))


def test_a_district_nurse_names_the_community_nursing_service():
    # Adult social care's record of the district nurse's concern, and the nurse's own record of
    # raising it: "the district nurse" (or "DN") is the community nursing service's name in others' records.
    events = BACKGROUND + [
        _e("Adult Social Care", D(2024, 2, 2), "Safeguarding concern from the district nurse: possible neglect at "
                                               "Oak Lodge."),
        _e("Community Nursing", D(2024, 2, 2), "Grade 3 sacral ulcer found on visit; concern raised with the local "
                                               "authority.")]
    assert {events[-2].details, events[-1].details} in _groups(events)


def test_a_care_leavers_pa_names_the_leaving_care_service():
    # "PA present" in the drug service's record of an assessment is the personal adviser who went
    # with him, whose own record names the drug service: one appointment.
    events = BACKGROUND + [
        _e("Leaving Care Service", D(2024, 1, 15), "Went with Tyler to his CGL assessment. He wants a script."),
        _e("CGL", D(2024, 1, 15), "Comprehensive assessment: heroin daily, smoking. PA present. Script to start.")]
    assert {events[-2].details, events[-1].details} in _groups(events)


def test_a_record_of_going_to_another_agencys_appointment_is_linked_to_its_one_record_that_day():
    # The school knows only that the child went; the clinic's one record that day is the appointment.
    went = _e("Hillside Academy", D(2023, 10, 12), "Jade left at 1pm for her CAMHS appointment (letter seen).")
    seen = _e("CAMHS", D(2023, 10, 12), "Initial assessment: low mood, self-harm since summer. Safety plan agreed.")
    absent = _e("Hillside Academy", D(2023, 11, 7), "Absent - GP appointment.")
    consultation = _e("Meadow Surgery GP", D(2023, 11, 7), "Seen with mum: cough for 3 weeks, chest clear.")
    assert _groups(BACKGROUND + [went, seen, absent, consultation]) == [
        {went.details, seen.details}, {absent.details, consultation.details}]
    result = find_links(BACKGROUND + [went, seen])
    (reason,) = [why for _, _, why in result.pairs.values()]
    assert "one is of the other agency's contact that day" in reason
    # Not when the clinic recorded something else that day too (which one was the appointment?), nor
    # when its one record is news from someone else, nor when the appointment is only booked.
    letter = _e("CAMHS", D(2023, 10, 12), "Letter received from the GP re referral.")
    assert _groups(BACKGROUND + [went, seen, _e("CAMHS", D(2023, 10, 12), "Phone call to mum: no answer.")]) == []
    assert _groups(BACKGROUND + [went, letter]) == []
    booked = _e("Hillside Academy", D(2023, 10, 12), "Mum says she has booked a CAMHS appointment for Jade.")
    assert _groups(BACKGROUND + [booked, seen]) == []


def test_a_record_of_being_seen_by_another_agency_is_linked_to_its_one_record_that_day():
    ward = _e("City Hospital – Ward 12", D(2023, 3, 21), "Seen by CAMHS liaison. Medically fit; discharged home "
              "with mum and a safety plan.")
    liaison = _e("CAMHS", D(2023, 3, 21), "Seen on the ward: regrets the overdose. Safety plan with A and mum.")
    assert _groups(BACKGROUND + [ward, liaison]) == [{ward.details, liaison.details}]
    # Seen by its own staff ("the DSL", the school's designated safeguarding lead), the record is of
    # no other agency's contact, whatever else it names (here social care, by "safeguarding").
    dsl = _e("Oakfield School", D(2023, 10, 16), "Youth leader phoned: black eye at club last night. Seen by DSL, "
             "says bike fall. Body map.")
    reminder = _e("Children's Social Care", D(2023, 10, 16), "Text message reminder sent.")
    assert _groups(BACKGROUND + [dsl, reminder]) == []


@pytest.mark.parametrize(("text", "words"), [
    ("Jade left at 1pm for her CAMHS appointment (letter seen).", "her CAMHS "),
    ("Absent - GP appointment.", "GP "),
    ("Tyler out with his PA to CGL assessment.", "CGL "),
    ("Seen by CAMHS liaison. Medically fit.", "CAMHS liaison"),
    ("Home visited by HV.", "HV"),  # (the visitor after "by", not "Home")
    ("District nurse visited, dressed sore on her bottom.", "District nurse"),
    ("PCSO accompanied social worker on home visit.", "social worker"),
    ("Accompanied Lan to register with the GP.", "GP"),  # (the registration was the GP's contact)
    ("Accompanied Callum to his urology appointment.", "his urology  Callum"),  # (and whom it accompanied)
    ("Rang 111, told to call 999. Ambulance arrived 18:50.", "Ambulance"),
    ("Mum says she has booked a CAMHS appointment for Jade.", ""),  # booked, not gone to
    ("Referred to CAMHS for assessment.", ""),
    ("Clinic appointment with mother; letter sent.", ""),
])
def test_the_words_saying_whose_contact_a_record_is_of(text, words):
    from chron_merge.link import _contact_words

    assert _contact_words(text) == words


def test_a_record_of_another_agencys_visit_is_linked_to_its_one_record_that_day():
    home = _e("Oak Lodge Care Home", D(2024, 2, 2), "District nurse visited, dressed sore on her bottom; DN says she "
              "will raise a concern.")
    nurse = _e("Community Nursing", D(2024, 2, 2), "Grade 3 pressure ulcer to sacrum found. No repositioning chart.")
    assert _groups(BACKGROUND + [home, nurse]) == [{home.details, nurse.details}]


def test_a_registration_giving_a_date_of_birth_is_no_record_of_the_birth():
    birth = _e("Maternity", D(2024, 1, 14), "Baby girl born SVD, 3.1kg. Mum and baby well.")
    notified = _e("Health visiting", D(2024, 1, 15), "Birth notification received from maternity: baby girl born 14/01.")
    registered = _e("GP", D(2024, 1, 17), "New baby registered with the practice, born 14/01/2024 at City Hospital.")
    assert _groups(BACKGROUND + [birth, notified, registered]) == [{birth.details, notified.details}]
    # A birth notification that also registers the baby is news of the birth.
    notification = _e("GP", D(2024, 1, 17), "Birth notif. NB registered.")
    assert _groups(BACKGROUND + [birth, notified, notification]) == [
        {birth.details, notified.details, notification.details}]
    # "Joined" is a registration only as joining a practice, a school or its roll.
    from chron_merge.link import KINDS, _Analyser

    joined, reception = _Analyser(None).analyse_all(["Baby girl born 03:12. Dad joined mum on the ward.",
                                                     "Joined Reception, born 03/09/2019."])
    assert joined.kinds >> KINDS.index("birth") & 1 and not reception.kinds >> KINDS.index("birth") & 1



def test_a_referral_received_is_linked_to_its_senders_record_of_making_it_not_to_the_incident_it_names():
    fire = _e("Fire service", D(2023, 3, 12), "Kitchen fire (pan left on), extinguished by crew. Hoarding, clutter "
                                              "image rating 7. Alan checked by ambulance.")
    ambulance = _e("Ambulance", D(2023, 3, 12), "71M smoke inhalation check after a kitchen fire, obs normal, "
                                                "declined conveyance.")
    sent = _e("Fire service", D(2023, 3, 13), "Safeguarding referral to adult social care: self-neglect and hoarding.")
    received = _e("Adult social care", D(2023, 3, 13), "Safeguarding concern from the fire service after a fire at "
                                                       "Alan's flat on 12/03.")
    events = BACKGROUND + [fire, ambulance, sent, received]
    assert {frozenset(group) for group in _groups(events)} == {frozenset({sent.details, received.details}),
                                                               frozenset({fire.details, ambulance.details})}
    reason = find_links(events).pairs[(len(events) - 2, len(events) - 1)][2]
    assert "one made the referral the other received" in reason


def test_a_contact_type_naming_a_message_says_nothing_of_who_sent_it_when_the_details_say_it_was_sent():
    from chron_merge.link import DEFAULT_WINDOW_DAYS, _build_table

    sent = _e("Police", D(2023, 10, 8), "Child at risk notification sent to children's services re S136 detention.",
              contact="Notification")
    received = _e("Police", D(2023, 10, 9), "Children's services: Chloe seen at home, safety plan in place.",
                  contact="Notification")
    events = BACKGROUND + [sent, received, _e("School", D(2023, 10, 9), "Chloe absent.")]
    table = _build_table(events, None, DEFAULT_WINDOW_DAYS)
    secondhand = {events[int(i)].details: bool(table.secondhand[p]) for p, i in enumerate(table.event)}
    assert (secondhand[sent.details], secondhand[received.details]) == (False, True)


def test_a_release_from_prison_is_one_event_the_prison_probation_and_the_hostel_each_record():
    # Held-out r289: each its agency's own record of the day, few words in common but the place names.
    prison = _e("HMP Styal", D(2023, 8, 1), "Discharged on HDC with baby Kai to Elm House approved premises.")
    probation = _e("Probation", D(2023, 8, 1), "Released from HMP Styal with Kai (MBU) to Elm House AP. Curfew 23:00.")
    premises = _e("Elm House AP", D(2023, 8, 1), "Arrived from HMP Styal with Kai. Inducted, curfew explained.")
    events = BACKGROUND + [prison, probation, premises, _e("Probation", D(2023, 8, 9), "FTA office visit.")]
    assert {prison.details, probation.details, premises.details} in _groups(events)


def test_news_opening_with_the_body_it_came_from_is_news_received():
    from chron_merge.link import _Analyser

    police, hospital, own_role, own_place, school_nurse = _Analyser(None).analyse_all([
        "Police: Freya in cardiac arrest after being left in the bath; mother arrested.",
        "Hospital social worker: Joan admitted yesterday with sepsis.", "GP: seen with mum, chest clear.",
        "Ward 7: settled overnight, feeding well.", "School nurse: met with Lily and her teacher."])
    assert police.received and hospital.received
    assert not own_role.secondhand and not own_place.secondhand and not school_nurse.secondhand
    # an update from another agency's worker, as the GP files it (held-out r286)
    update, = _Analyser(None).analyse_all(["DN update: grade 3 PU sacrum, safeguarding raised by DN."])
    assert update.received
    # a notice from another agency is its news; a letter from the parents is no agency's (held-out r296)
    notice, letter = _Analyser(None).analyse_all([
        "Deregistration notice from Oakwood Academy: Nathan now home educated.",
        "Letter from parents: withdrawing Nathan to home educate from today."])
    assert notice.received and letter.secondhand and not letter.received
    # the body named by its place; not this agency's own call or visit to one (held-out r318)
    force, trust, phoned, visit = _Analyser(None).analyse_all([
        "West Yorkshire Police: Kian arrested in Leeds overnight with drugs.", "Leeds Teaching Hospitals: admitted.",
        "Phoned school: no answer.", "Visit to school: Lily seen with her teacher."])
    assert force.received and trust.received and not phoned.secondhand and not visit.secondhand
    # this agency's own act beside another (held-out r389: the police "Assisted ambulance: woman on the floor")
    assisted, attended = _Analyser(None).analyse_all(["Assisted ambulance: woman with MS on the floor for hours.",
                                                      "Attended hospital: male with a stab wound to the thigh."])
    assert not assisted.secondhand and not attended.secondhand


def test_news_of_a_death_is_not_linked_to_news_the_day_before_of_the_arrest_before_it():
    # Held-out r287: a baby in cardiac arrest on the 8th, dead on the 9th. Children's services heard
    # of the arrest on the 8th; the police heard of the death on the 9th, as the hospital recorded it.
    arrest_news = _e("Childrens Services", D(2023, 7, 8), "Police: Freya in cardiac arrest after being left in the "
                                                          "bath; mother arrested.")
    arrest = [_e("Ambulance", D(2023, 7, 8), "13 month old, drowning in bath. CPR by crew, conveyed.", "19:26"),
              _e("Police", D(2023, 7, 8), "Attended with ambulance: child found face down in the bath by mother, "
                                          "who had left her to answer the door. Arrested for child neglect.", "19:31")]
    death = [_e("Hospital", D(2023, 7, 9), "Freya died on PICU. Unexpected death procedure started.", "15:20"),
             _e("Police", D(2023, 7, 9), "Informed by hospital that the child has died. Mother further arrested.",
                "16:00")]
    groups = _groups(BACKGROUND + [arrest_news, *arrest, *death])
    assert {arrest_news.details, *(e.details for e in arrest)} in groups
    assert {e.details for e in death} in groups


def test_news_of_a_death_days_later_is_not_of_a_heart_that_stopped_before_it():
    # Held-out r549: a prisoner found hanging on the 16th ("Code blue … CPR", "in cardiac arrest;
    # ROSC after 20 minutes") died on intensive care on the 20th. The ward's record of the death
    # ends "family informed", which reads as a record that may lag; neither it nor probation's news
    # of the death is of the arrest four days before it.
    arrest = [_e("HMP Ashfield", D(2024, 2, 16), "Code blue: found unresponsive with a ligature on the 02:00 check. "
                 "CPR by staff, ambulance called.", "02:10"),
              _e("Ambulance Service", D(2024, 2, 16), "Ambulance called to HMP Ashfield, male hanging, in cardiac "
                 "arrest; ROSC after 20 minutes, conveyed.", "02:16")]
    death = [_e("Hospital", D(2024, 2, 20), "Died at 06:40 on ICU after withdrawal of treatment; prison officers "
                "present, family informed."),
             _e("Probation Service", D(2024, 2, 20), "Informed by the prison that Lee died in hospital this morning.")]
    groups = _groups(BACKGROUND + [*arrest, *death])
    assert {e.details for e in arrest} in groups
    assert {e.details for e in death} in groups


@pytest.mark.parametrize(("source", "linked"), [("Police", True), ("SW Obi", False)])
def test_a_source_column_naming_a_service_says_whom_the_news_came_from(source, linked):
    # Social care's chronology keeps where each entry came from: "Police" is the police's news of
    # the night before (held-out r347); a worker's name says nothing of it.
    police = _e("Police", D(2023, 12, 1), "Reported by mum. Found with two adult males, not known to her. "
                "Risk: high (CSE/CCE).", "22:10")
    social_care = replace(_e("Childrens Social Care", D(2023, 12, 2), "Notification: Zara missing overnight, found "
                             "in Luton with two adult males not known to mum."), practitioner=source)
    assert ({police.details, social_care.details} in _groups(BACKGROUND + [police, social_care])) is linked


@pytest.mark.parametrize(("source", "linked"), [("Fire service", True), ("HO Kaur", False)])
def test_a_source_column_naming_another_agency_makes_the_entry_its_news(source, linked):
    # Adult social care's "Source: Fire service" beside "Safeguarding concern: kitchen fire …" the day after
    # the fire: the fire service's news of its record, which may come a day late (held-out r467).
    fire = _e("Fire and Rescue", D(2024, 2, 12), "Kitchen fire, pan left on cooker. Severe hoarding hampered access. "
              "Police attended. Safeguarding referral to ASC.")
    police = _e("Police", D(2024, 2, 12), "Attended with fire service: fire in the kitchen of a flat, occupant refused "
                "to leave at first. No injuries.", "22:30")
    concern = replace(_e("Adult Social Care", D(2024, 2, 13), "Safeguarding concern: kitchen fire at Mr Voss's flat, "
                         "severe hoarding."), practitioner=source)
    assert ({fire.details, police.details, concern.details} in _groups(BACKGROUND + [fire, police, concern])) is linked
    # (an agency's own name there is no news: the police's "Source: Police")
    from chron_merge.link import _agency_words, _source_text

    words = {name: _agency_words(name, None) for name in ("Westshire Police", "Adult Social Care", "Fire and Rescue",
                                                          "Community Dental")}
    assert _source_text("Police", "Westshire Police", words, None) == "Police"
    assert _source_text("Fire service", "Adult Social Care", words, None) == "information from Fire service"
    # (nor a worker's role, which is a service's word: the dental service's "Dentist" names no other agency)
    assert _source_text("Dentist", "Community Dental", words, None) == "Dentist"


@pytest.mark.parametrize(("referrer", "linked"), [("Bank", True), ("Son", False)])
def test_a_referrer_column_giving_another_agencys_name_makes_the_entry_its_news(referrer, linked):
    # Adult social care's "Source of referral: Bank", the day after the bank's own record of the
    # referral it sent, which shares three words with it (held-out r493).
    bank = _e("Northern Bank", D(2024, 1, 29), "Branch reported a male withdrawing 2,000 pounds in cash for the third "
              "week running with an elderly customer's card. Safeguarding referral sent to adult social care.")
    social_care = replace(_e("Adult Social Care", D(2024, 1, 30), "Bank concerned about large cash withdrawals from "
                             "Margaret's account by her son, who holds her card."), extra={"Source of referral": referrer})
    assert ({bank.details, social_care.details} in _groups(BACKGROUND + [bank, social_care])) is linked


def test_education_in_a_source_column_is_the_schools_news():
    # The police's Prevent team log each referral's "Source": "Education" is the school's news, as
    # "Fire service" is the fire service's (held-out r482); a worker there is no service.
    from chron_merge.link import _agency_words, _source_service, _source_text

    words = {name: _agency_words(name, None) for name in ("Police", "Northfield Academy", "Adult Social Care")}
    assert _source_service("Education", None) == "Education"
    assert _source_text("Education", "Police", words, None) == "information from Education"
    assert _source_service("DC Shah", None) is None


@pytest.mark.parametrize(("header", "linked"), [("Site", True), ("Officer", False)])
def test_a_column_naming_where_it_happened_is_evidence(header, linked):
    # A council's Gypsy and Traveller liaison log keeps the encampment in a "Site" column; the police
    # name the place in their text (held-out r361).
    police = _e("Police", D(2023, 9, 20), "Officers attended Mill Lane layby with council officers: 6 caravans, group "
                "told to move on by Friday.", "10:00")
    council = replace(_e("GRT liaison", D(2023, 9, 20), "Unauthorised encampment visited with police: group to move on "
                         "by Friday."), extra={header: "Mill Lane layby"})
    assert ({police.details, council.details} in _groups(BACKGROUND + [police, council])) is linked


@pytest.mark.parametrize(("header", "linked"), [("Referrer", True), ("Notes", False)])
def test_a_referrer_column_naming_a_service_says_the_entry_is_its_news(header, linked):
    # A LADO's log keeps who referred in a "Referrer" column: "Police" makes the entry the police's
    # news of their record that day (held-out r363), which shares few words with it.
    police = _e("Police", D(2024, 6, 14), "Attended childminder's address with ambulance: toddler pulled from paddling "
                "pool, unsupervised for approx 10 min. Scene photographed. CID informed.", "15:50")
    lado = replace(_e("LADO", D(2024, 6, 14), "Child (22 months) found unresponsive in a pool in the garden of a "
                      "registered childminder; possible neglect."), extra={header: "Police"})
    assert ({police.details, lado.details} in _groups(BACKGROUND + [police, lado])) is linked


def test_a_referrer_naming_an_agency_and_a_role_there_says_the_entry_is_its_news():
    from chron_merge.link import _news_from_text
    from chron_merge.text import content_words

    names = [set(content_words(name)) for name in ("Ashworth College", "LADO", "Police")]
    assert _news_from_text("Ashworth College DSL", names, None) == "referral from Ashworth College DSL"
    assert _news_from_text("Ashworth College", names, None) is not None
    assert _news_from_text("Police - DC Smith", names, None) is None  # (a person's name, not a role)
    # (a word of the name left out: "Brookfield School DSL" for Brookfield Special School, held-out r600)
    assert _news_from_text("Brookfield School DSL", [set(content_words("Brookfield Special School"))], None)
    assert _news_from_text("Mum", names, None) is None


def test_a_specialty_clinic_its_letter_and_whoever_went_with_the_patient_are_one_appointment():
    # Held-out r591: the urology clinic's record names no clinic and shares few words with the drug
    # worker's "Accompanied Callum to his urology appointment" that day, or with the GP's "Letter from
    # urology" four days later; a specialty's name is a service's, and its records are its clinics.
    clinic = _e("Royal Infirmary Urology", D(2024, 8, 5), "Ketamine uropathy: frequency hourly, haematuria, thickened "
                                                          "bladder wall on ultrasound. Stop ketamine; review 3 months.")
    worker = _e("Compass Young Peoples Service", D(2024, 8, 5), "Accompanied Callum to his urology appointment: told "
                                                                "to stop ketamine completely.")
    letter = _e("Kings Park Surgery", D(2024, 8, 9), "Letter from urology: ketamine-related bladder damage; asked to "
                                                     "stop; review in 3 months.")
    assert _groups([clinic, worker, letter, *BACKGROUND]) == [{clinic.details, worker.details, letter.details}]


@pytest.mark.parametrize(("header", "named"), [("Requester", True), ("Location", False)])
def test_a_column_naming_whom_a_booking_was_for_says_whose_contact_the_entry_was(header, named):
    # An interpreting service's bookings name who asked for the interpreter (held-out r593): the TB
    # nurses' home visit that day, which says only "with a Romanian interpreter".
    nurses = _e("TB Nursing Service", D(2024, 5, 9), "Home visit with a Romanian interpreter: seven people in two "
                                                     "bedrooms. Directly observed therapy set up.")
    booking = replace(_e("Interpreting Service", D(2024, 5, 9), "Home visit, Popescu household, Seven Sisters Rd"),
                      extra={header: "TB nursing service"})
    assert {nurses.details, booking.details} in _groups(BACKGROUND + [nurses, booking])
    from chron_merge.link import DEFAULT_WINDOW_DAYS, _build_table

    events = BACKGROUND + [nurses, booking]
    table = _build_table(events, None, DEFAULT_WINDOW_DAYS)
    position = next(p for p, i in enumerate(table.event) if events[int(i)] is booking)
    nurses_agency = table.agency[next(p for p, i in enumerate(table.event) if events[int(i)] is nurses)]
    assert bool(table.contact_named[position, nurses_agency]) is named


@pytest.mark.parametrize(("visit", "linked"), [
    ("Notification from police of a domestic incident: mum's cut lip; children in the caravan.", True),
    ("Visit after police DA notification: mum says it was just a row, cut lip healing. Children well.", False),
    ("I visited the caravan this afternoon following the notification from the police. Mum's cut lip is healing.",
     False)])
def test_a_visit_made_because_of_news_is_its_own_contact_not_the_news(visit, linked):
    # The health visitor's visit four days after the police's record of a domestic incident, made
    # because of it, is a contact of its own (held-out r361, r356); the notification itself is news of it.
    police = _e("Police", D(2023, 9, 14), "Caller reports shouting at the layby. Female cut lip, would not say how; "
                "partner left before arrival. DASH standard. Children in caravan. PPN to MASH.", "22:15")
    health_visitor = _e("Health visiting", D(2023, 9, 18), visit)
    assert ({police.details, health_visitor.details} in _groups(BACKGROUND + [police, health_visitor])) is linked


def test_news_of_the_day_of_an_agencys_record_is_of_it_not_of_its_records_days_before():
    # The police recorded the forced marriage risk on the 4th and the strategy on the 5th; the Forced
    # Marriage Unit's "Police confirm the FMPO" on the 7th is news of the police's record of the 7th
    # (held-out r358), and joins that event's group though it resembles the others' records little.
    def record(agency: str, day: int, details: str, time: str | None = None, **fields) -> Event:
        return replace(_e(agency, D(2024, 3, day), details, time), **fields)

    police = [record("Police", 4, "Call from Beacon High DSL: 16 year old female at risk of forced marriage abroad at "
                     "Easter. HBA risk assessment: high. FMU informed.", "13:10"),
              record("Police", 5, "Strategy discussion: FMPO application; no contact with the family before it is "
                     "made.", "09:00"),
              record("Police", 7, "FMPO made (without notice) at the family court: passports surrendered to police.",
                     "14:00")]
    school = [record("Beacon High School", 4, "Samira told her tutor she is being taken to Pakistan at Easter to "
                     "marry her cousin and is frightened. DSL informed at once; MASH and police called (one chance "
                     "rule: parents not told).", "12:40"),
              record("Beacon High School", 5, "Strategy discussion (police, CSC, school): FMPO to be sought; Samira to "
                     "stay in school.", "09:00"),
              record("Beacon High School", 7, "Police told us the FMPO was granted today; Samira's passport "
                     "surrendered.", "15:30")]
    social_care = [record("Childrens Social Care", 4, "Contact from Beacon High and police: Samira (16) at risk of "
                          "forced marriage in Pakistan at Easter.", practitioner="MASH"),
                   record("Childrens Social Care", 5, "Strategy discussion: s47; FMPO; Samira seen alone at school "
                          "this afternoon.", practitioner="SW Malik"),
                   record("Childrens Social Care", 6, "Samira seen at school with an interpreter-free worker: she "
                          "wants to stay at home if she is safe.", practitioner="SW Malik"),
                   record("Childrens Social Care", 7, "FMPO granted without notice until 2027.", practitioner="Legal")]
    unit = [record("Forced Marriage Unit", 4, "Police referral: 16F, risk of marriage in Pakistan at Easter. Advice "
                   "on FMPO and the one chance rule."),
            record("Forced Marriage Unit", 7, "Police confirm the FMPO; case stays open till after Easter.")]
    court = record("Family Court", 7, "Forced marriage protection order (without notice): Samira not to be taken out "
                   "of England and Wales; passports to police within 24 hours.", extra={"Order": "FMPO"})
    groups = _groups(police + school + social_care + unit + [court])
    assert {police[2].details, school[2].details, social_care[3].details, unit[1].details, court.details} in groups


def test_a_bone_named_as_a_doctor_names_it_is_the_limb_the_police_name():
    # Held-out r384: the police's "arm injured" and the emergency department's "?# L radius" on the
    # same night were one assault; no word but "stairs" was shared.
    police = _e("Police", D(2024, 2, 10), "Domestic assault: female's arm injured, says pushed down stairs by partner; "
                                          "partner left before arrival. DASH high, referred to MARAC.", "23:05")
    hospital = _e("NHS Trust", D(2024, 2, 10), "41F ?# L radius after 'fall down the stairs' at home. Partner waiting "
                                               "outside. Routine enquiry not possible. Plaster, fracture clinic.", "23:55")
    assert _groups([police, hospital, *BACKGROUND]) == [{police.details, hospital.details}]


def test_a_record_that_someone_was_taken_to_a_hospital_is_of_that_hospitals_contact():
    # Held-out r387: the outreach worker found Gary on the towpath and "ambulance took him to St Luke's";
    # the ambulance "conveyed to St Luke's ED"; the hospital's one record of the day says only what it found.
    hospital = _e("St Lukes Hospital", D(2024, 1, 17), "Hypothermia (31.8), alcohol withdrawal. NFA. Admitted to Ward 9.")
    conveyed = _e("Ambulance Service", D(2024, 1, 17), "52M found on towpath by outreach worker, temp 31.8, GCS 13. "
                                                       "Warming, conveyed to St Luke's ED.", "06:22")
    assert _groups([hospital, conveyed, *BACKGROUND]) == [{hospital.details, conveyed.details}]
    # "Conveyed to ED", "taken to A&E" name no one hospital: not a ward's routine record that day (held-out p234)
    ward = _e("Hospital – Ward", D(2023, 3, 18), "Visit to grandmother's address, children seen and well.")
    for conveyed_to in ("Conveyed to ED.", "Taken to A&E by grandmother."):
        ambulance = _e("Ambulance", D(2023, 3, 18), f"15F overdose, paracetamol 16 tablets about 21:00. {conveyed_to}")
        assert _groups([ward, ambulance, *BACKGROUND]) == []



def test_an_ambulances_call_out_and_the_hospitals_one_admission_that_day_are_one_event():
    # Held-out r564, r566: the crew writes what it found, the hospital what it diagnosed; they share
    # an incident's kind and hardly a word, and each is its agency's one emergency record of the day.
    crew = _e("Ambulance Service", D(2024, 6, 8), "Fell from a trampoline in the garden, deformed wrist, distressed. "
                                                  "Conveyed.")
    ward = _e("County Hospital", D(2024, 6, 8), "Displaced fracture of the left radius; manipulation under "
                                                "anaesthetic, admitted to the children's ward.")
    clinic = _e("County Hospital", D(2024, 6, 8), "Dietetics clinic letter sent.")  # (no emergency: still its one)
    assert _groups([crew, ward, clinic, *BACKGROUND]) == [{crew.details, ward.details}]
    # Not when the hospital admitted two that day, nor when the crew's call-out was of another kind
    # of incident, nor when the two are timed hours apart.
    sibling = _e("County Hospital", D(2024, 6, 8), "Sibling: fractured clavicle after falling off a bike, admitted "
                                                   "for observation.")
    assert _groups([crew, ward, sibling, *BACKGROUND]) == []
    breathless = _e("Ambulance Service", D(2024, 6, 8), "Collapsed at home, breathing difficulty, sats 85%. Conveyed.")
    assert _groups([breathless, ward, *BACKGROUND]) == []
    morning = _e("Ambulance Service", D(2024, 6, 8), crew.details, "07:10")
    evening = _e("County Hospital", D(2024, 6, 8), ward.details, "19:40")
    assert _groups([morning, evening, *BACKGROUND]) == []
    # Nor the police's 999 call and the emergency department's one attendance that night (held-out
    # r413): no call-out service took her there.
    police = _e("Police", D(2024, 3, 4), "999 from Amira: ex-partner banging on her door, arrested nearby.", "22:15")
    department = _e("Emergency Department", D(2024, 3, 5), "Self-presented with a bruised wrist after her ex-partner "
                                                           "grabbed her at the door this evening. X-ray NAD.", "01:10")
    assert _groups([police, department, *BACKGROUND]) == []


def test_a_message_one_agency_says_it_sent_and_the_others_record_of_receiving_it_are_one_message():
    # Held-out r584: social care's "Email to Private Sector Housing: …" (no word of a referral) and
    # housing's "Referral from children's services" the next day, each naming the other.
    email = _e("Childrens Services", D(2024, 6, 13), "Email to Private Sector Housing: no window restrictors at "
                                                    "14 Kay St, toddler fell from the first floor; please inspect.",
               contact="Email")
    referral = _e("Private Sector Housing", D(2024, 6, 14), "Referral from children's services: no window "
                                                            "restrictors at 14 Kay St after a child's fall.")
    assert _groups([email, referral, *BACKGROUND]) == [{email.details, referral.details}]
    # (a message it received is no message it sent)
    from chron_merge.link import _says_sent

    assert _says_sent(email.details) and _says_sent("Referral made to CAMHS today.")
    assert not _says_sent("Email from Private Sector Housing: windows at 14 Kay St to be inspected.")
    assert not _says_sent("Referral from school: Leah (12) caring for mum.")
    # (a message a sentence of it says it sent besides leaves a contact type of "Referral" what the record is)
    from chron_merge.kinds import KINDS
    from chron_merge.link import DEFAULT_WINDOW_DAYS, _build_table

    call = _e("Early Help", D(2024, 6, 13), "Telephone call with mother; letter to the GP.", contact="Referral")
    table = _build_table([call, *BACKGROUND], None, DEFAULT_WINDOW_DAYS)
    position = next(p for p, i in enumerate(table.event) if int(i) == 0)
    assert table.sent[position] and table.kinds[position] >> KINDS.index("referral") & 1
    # A letter takes longer: the school nurse's letter to the GP, filed two working days later (held-out r594).
    nurse = _e("School Nursing", D(2024, 10, 2), "Seen in school: all four Dunn children with an itchy rash between "
                                                 "the fingers, likely scabies; letter to the GP.")
    letter = _e("Ash Row Surgery", D(2024, 10, 4), "Letter from the school nurse: the Dunn children have scabies and "
                                                   "appear unkempt.")
    assert _says_sent(nurse.details)
    assert _groups([nurse, letter, *BACKGROUND]) == [{nurse.details, letter.details}]


def test_another_agencys_visit_is_its_one_record_that_day_though_that_one_ends_with_advice_given():
    # Held-out r595: the children's home's "CAMHS visited Jay" and CAMHS's one record of the day, whose
    # closing "… advised." is advice it gave (no news from another agency).
    home = _e("The Oaks Childrens Home", D(2024, 11, 20), "CAMHS visited Jay; he came out of the meeting smiling.")
    camhs = _e("CAMHS", D(2024, 11, 20), "Assessment at The Oaks: early neglect, attachment difficulties; no mental "
                                         "illness. Therapy via the adoption support fund advised.")
    assert _groups([home, camhs, *BACKGROUND]) == [{home.details, camhs.details}]


def test_a_record_that_the_police_attended_is_of_the_polices_contact_that_day():
    # Held-out r392: the provider's night staff "999 called; police attended" and the police's own record
    # of the report, which names a different offence ("attacked" against "rape"), share no words.
    provider = _e("Cedar Court Supported Living", D(2024, 3, 2), "Jess came back distressed, said she had been "
                  "attacked at a flat in town. 999 called; police attended.", "01:15")
    police = _e("Police", D(2024, 3, 2), "Report of rape by a 19-year-old female at a flat on Mill St. Scene secured, "
                                         "victim to the SARC, suspect arrested.")
    assert _groups([provider, police, *BACKGROUND]) == [{provider.details, police.details}]


def test_a_mashs_partner_checks_and_each_agencys_answer_that_day_are_one_event():
    # Held-out r395: the MASH's record lists each agency's answer and the older incidents they name;
    # the school's and the health visitor's records of answering share hardly a word with it.
    mash = _e("MASH", D(2024, 5, 13), "Partner checks. Police: DA incident at the address on 02/05 (verbal), known "
                                      "associate of mum has a conviction for ABH. Health: HV contact 08/05, no "
                                      "concerns. Education: attendance 88%.")
    school = _e("Elm Primary", D(2024, 5, 13), "MASH information request answered: attendance 88%, two late marks.")
    health = _e("Health Visiting", D(2024, 5, 13), "MASH request: shared my visit of 08/05 and no concerns.")
    assert _groups([mash, school, health, *BACKGROUND]) == [{mash.details, school.details, health.details}]


def test_a_seclusion_and_the_news_of_it_days_later_are_one_event():
    # Held-out r401: the unit's incident report, the commissioner told by the mother next day, and
    # adult social care told by the commissioner the day after; "seclusion" alone in common.
    unit = _e("ATU incident reports", D(2024, 1, 21), "Ryan secluded 7 hours after damaging the lounge TV; reviewed "
                                                      "by the doctor at 4 hours.")
    icb = _e("ICB commissioning notes", D(2024, 1, 22), "Mother rang: Ryan was in seclusion all of yesterday; she "
                                                        "wants him moved. Asked the unit for the seclusion records.")
    asc = _e("Adult Social Care", D(2024, 1, 23), "ICB told me of Ryan's seclusion on Sunday after his mother's "
                                                  "complaint. Safeguarding concern raised with the host authority.")
    assert _groups([unit, icb, asc, *BACKGROUND]) == [{unit.details, icb.details, asc.details}]


def test_a_broken_stalking_protection_order_and_the_victims_call_next_day_are_one_event():
    # Held-out r397: the police's log near midnight and the IDVA's record of her call the next day.
    police = _e("Police command and control", D(2024, 5, 2), "Leanne reports Craig sent messages from a new number in "
                "breach of the stalking protection order. Crime recorded; suspect not located tonight.", "23:48")
    idva = _e("IDVA service", D(2024, 5, 3), "Leanne rang: new messages from Craig last night breaking the SPO. "
                                            "Police aware. Discussed refuge; she declined.")
    assert _groups([police, idva, *BACKGROUND]) == [{police.details, idva.details}]



def test_a_regulator_told_by_the_local_authority_in_its_source_column_links_to_social_care_s_record():
    # The regulator's log keeps who told it in "Source" ("Local authority"), which is what others call
    # social care (held-out r414): its note of the enquiry opened is news of social care's record of it.
    def event(agency: str, text: str, source: str | None = None) -> Event:
        return Event(agency=agency, date=D(2024, 3, 8), date_precision=Precision.DAY, details=text,
                     practitioner=source, source=Source(file=f"{agency}.xlsx", row=2, rows=[2]))

    told = event("CQC", "Notification: section 42 enquiry opened for a resident of Willow Court.", "Local authority")
    opened = event("Adult Social Care", "Section 42 enquiry opened; caused enquiry delegated to the home.", "J. Okafor")
    background = [replace(e, date=e.date.replace(year=2024)) for e in BACKGROUND
                  if e.agency != "Social care"]  # (one social care: "local authority" would name both)
    assert _groups([*background, told, opened]) == [{told.details, opened.details}]
    anonymous = replace(told, practitioner="Inspector Lee")  # a worker's name says nothing of who told it
    assert _groups([*background, anonymous, opened]) == []


def test_a_pressure_ulcer_told_of_next_day_links_to_the_nurses_visit_that_found_it():
    # The GP's note of the district nurse's email and the nurse's record of the visit share no word
    # ("grade 4 sacral ulcer", "unstageable then cat 4"): the kind of event is what they share (held-out r414).
    events = BACKGROUND + [
        _e("Community Nursing", D(2020, 3, 5), "Unstageable then cat 4 after debridement; bone palpable. "
                                                "Safeguarding concern supported."),
        _e("GP", D(2020, 3, 6), "Email from the DN: grade 4 sacral ulcer; ASC informed."),
    ]
    assert _groups(events) == [{events[-2].details, events[-1].details}]


def test_of_two_pairs_at_the_full_score_the_one_with_more_in_common_is_joined_first():
    # The AMHP's record of the Mental Health Act assessment scores the full 100 with both of the mental
    # health trust's records that day: the assessment's and the place of safety's, both under the Act
    # and both naming the other; it is the record of the assessment, which says far more of the same
    # (held-out r516).
    trust = "Mental Health Trust"
    place_of_safety = _e(trust, D(2024, 3, 12), "Progress Note - Received on a 136 from police, agitated, voicing "
                         "suicidal thoughts. Seen by the S12 doctor.", "16:05", "Place of safety")
    assessment = _e(trust, D(2024, 3, 12), "Progress Note - Assessed by the AMHP and two doctors: sectioned (s2), "
                    "admitted to Ward 3.", "21:30", "MHA")
    amhp = _e("AMHP Service", D(2024, 3, 12), "MHA assessment at the 136 suite with two doctors: detained under "
              "section 2, bed on Ward 3.")
    others = [
        _e(trust, D(2024, 4, 2), "Progress Note - S2 ended. Discharged from Ward 3 to the home treatment team; S117 "
           "aftercare.", "11:00", "Discharge"),
        _e(trust, D(2024, 4, 3), "Progress Note - HTT home visit: low mood, denies plans, medication supervised.",
           "14:00", "HTT visit"),
        _e("Police", D(2024, 3, 12), "Male detained under section 136 on the Wye bridge after threatening to jump; "
           "taken to the place of safety at the mental health unit.", None, "S136"),
        _e("GP Practice", D(2024, 4, 5), "Discharge summary from Ward 3: s2 ended, discharged 02/04 to the home "
           "treatment team."),
        _e("Police", D(2024, 4, 20), "Sudden death of a 41 year old male at home, non-suspicious, suspected suicide. "
           "Coroner informed; mental health trust to be told.", None, "Sudden death"),
        _e("Ambulance Service", D(2024, 4, 20), "Male found hanging by partner at home. ROLE. Police in attendance.",
           "07:48"),
        _e(trust, D(2024, 4, 22), "Progress Note - Informed by police that Ryan died by suspected suicide on Saturday. "
           "Datix completed.", "09:15", "Incident"),
        _e("GP Practice", D(2024, 4, 23), "Coroner notification: Ryan died 20/04/2024."),
    ]
    amhp_group = next(g for g in _groups(others + [place_of_safety, assessment, amhp]) if amhp.details in g)
    assert assessment.details in amhp_group and place_of_safety.details not in amhp_group


def test_news_naming_the_day_of_an_agencys_record_joins_it_though_that_agency_recorded_the_matter_later():
    # "PICU told us Archie has a bleed on the brain, admitted yesterday": the hospital's record of that
    # day (the emergency department's), though the ward's strategy discussion the day of the news also
    # records the injury (held-out r518).
    ambulance = _e("Ambulance", D(2024, 7, 14), "7/52 infant floppy, not feeding, seizure activity on arrival. Conveyed "
                   "to ED, pre-alert.", "06:20")
    emergency = _e("Hospital", D(2024, 7, 14), "Seizures. CT head: bilateral subdural haematomas of different ages. "
                   "Transfer to PICU.", None, "ED")
    strategy = [
        _e("Hospital", D(2024, 7, 15), "Strategy discussion: unexplained SDH and retinal haemorrhages; police and "
           "children's social care. Skeletal survey requested.", None, "PICU"),
        _e("Police", D(2024, 7, 15), "Strategy meeting with CSC and the hospital: suspected abusive head trauma to a 7 "
           "week old. Joint s47."),
        _e("Children's Social Care", D(2024, 7, 15), "Strategy discussion: suspected non-accidental head injury to "
           "Archie. Section 47, joint with police."),
    ]
    news = _e("Health Visiting", D(2024, 7, 15), "PICU told us Archie has a bleed on the brain, admitted yesterday.")
    groups = _groups(BACKGROUND + [ambulance, emergency, *strategy, news])
    assert {ambulance.details, emergency.details, news.details} in groups
