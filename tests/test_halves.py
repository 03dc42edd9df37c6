"""Work split between two processes gives what one process gives, and never loses a half."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sys
import threading

import pytest

import chron_merge.halves as halves
import chron_merge.link as link
from chron_merge.halves import can_fork, work_in_halves
from chron_merge.link import find_links
from chron_merge.model import Event, Precision, Source

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the split needs Linux's fork")


@pytest.fixture
def split_always(monkeypatch):
    """Split whatever the size, and count the children forked. (numpy's own threads would make
    can_fork refuse in this test process; the work here starts none.)"""
    forks = []
    real_fork = os.fork

    def counting_fork() -> int:
        forks.append(1)
        return real_fork()

    monkeypatch.setattr(halves, "MIN_ITEMS_TO_SPLIT", 0)
    monkeypatch.setattr(halves, "can_fork", lambda: True)
    monkeypatch.setattr(os, "fork", counting_fork)
    return forks


def _squares_and_process(numbers: list[int]) -> tuple[list[int], int]:
    return [n * n for n in numbers], os.getpid()


def test_the_second_half_is_worked_out_in_another_process(split_always):
    (first, here), (second, there) = work_in_halves(_squares_and_process, [1, 2, 3], [4, 5], 5)
    assert (first, second) == ([1, 4, 9], [16, 25])
    assert here == os.getpid() != there
    assert split_always == [1]


def test_small_work_stays_in_one_process(monkeypatch):
    monkeypatch.setattr(halves, "can_fork", lambda: True)
    (_, here), (second, there) = work_in_halves(_squares_and_process, [1], [4], halves.MIN_ITEMS_TO_SPLIT - 1)
    assert second == [16] and here == there == os.getpid()


def test_a_child_that_fails_leaves_its_half_to_this_process(split_always):
    parent = os.getpid()

    def fails_in_the_child(numbers: list[int]) -> list[int]:
        if os.getpid() != parent:
            raise MemoryError
        return [n + 1 for n in numbers]

    assert work_in_halves(fails_in_the_child, [1], [2, 3], 3) == ([2], [3, 4])
    assert split_always == [1]


def test_a_child_killed_leaves_its_half_to_this_process(split_always):
    parent = os.getpid()

    def killed_in_the_child(numbers: list[int]) -> list[int]:
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return numbers[::-1]

    assert work_in_halves(killed_in_the_child, [1, 2], [3, 4], 4) == ([2, 1], [4, 3])


def test_an_error_here_ends_the_child_too(split_always):
    parent = os.getpid()

    def fails_here(numbers: list[int]) -> list[int]:
        if os.getpid() == parent:
            raise ValueError("stop")
        return numbers

    with pytest.raises(ValueError, match="stop"):
        work_in_halves(fails_here, [1], [2], 2)
    with pytest.raises(ChildProcessError):  # no child left behind, running or unreaped
        os.waitpid(-1, os.WNOHANG)


def test_no_fork_while_another_thread_runs():
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not can_fork()
    finally:
        stop.set()
        other.join()


WORDS = ("strategy discussion police domestic incident mother father baby bruise hospital attended school "
         "absent referral received visit home seen alone neighbour shouting arrested bail conditions midwife "
         "booking GP appointment missed overdose paracetamol ED discharged CAMHS assessment housing eviction "
         "notice rent arrears food bank MARAC PPN Encompass nursery worker concern weight loss").split()
AGENCIES = ("Police", "Children's Social Care", "GP", "Health Visiting", "Hospital", "School")


def _review(seed: int, count: int) -> list[Event]:
    """Entries of several agencies over a few months, in words drawn at random: texts and words
    met in both halves of the list of texts, and some only in one."""
    draw = random.Random(seed)
    start = dt.date(2022, 1, 3)
    events = []
    for row in range(count):
        agency = draw.choice(AGENCIES)
        words = draw.sample(WORDS, draw.randint(3, 9)) + [f"word{draw.randint(0, count // 3)}"]
        events.append(Event(agency=agency, date=start + dt.timedelta(days=draw.randint(0, 90)),
                            date_precision=Precision.DAY, details=" ".join(words).capitalize() + ".",
                            source=Source(file=f"{agency}.xlsx", row=row + 2, rows=[row + 2])))
    return events


@pytest.mark.parametrize("seed", [1, 2])
def test_linking_in_two_processes_gives_what_one_gives(monkeypatch, split_always, seed):
    events = _review(seed, 600)
    split = find_links(events)
    assert split_always  # (the texts and the blocks of days were each split)
    monkeypatch.setattr(halves, "can_fork", lambda: False)
    monkeypatch.setattr(link, "BLOCK_ROWS", len(events))  # all in one block, in one process
    alone = find_links(events)
    assert split.groups and split.groups == alone.groups
    assert split.pairs == alone.pairs
