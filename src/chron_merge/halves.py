"""Two halves of one piece of work at once, on two processors, where the system allows it.

Linking a large review spends most of its time in loops over items that do not depend on each
other (the distinct texts it analyses). On Linux the work is split: a child process made with
``fork`` inherits everything already in memory (nothing is copied to it), works out the second
half and sends its result back pickled, while this process works out the first half.

The result is the same either way. Where ``fork`` is not to be trusted (Windows has none; macOS
and a process running other threads may deadlock in the child) or the work is small (starting a
process costs more than it saves), both halves are worked out here, one after the other; and
when the child fails for any reason (it could not start, it raised, it was killed, memory ran
out) this process works out the second half itself. Nothing is read, written or printed by the
child but its result.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from typing import TypeVar

Part = TypeVar("Part")
Result = TypeVar("Result")

# Fewer items than this are worked out in one process: a fork and the result's pickle cost about
# 20 ms, more than half the work of a typical review's few thousand texts takes.
MIN_ITEMS_TO_SPLIT = 20_000


def can_fork() -> bool:
    """Whether a child process may be forked safely and usefully here: Linux, and no other thread
    running, Python's or a library's (a lock another thread holds at the fork would stay held in
    the child; and numpy's OpenBLAS keeps threads that spin on both processors, which two
    processes sharing them made slower than one: ``chron-merge`` starts it with one)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork") or threading.active_count() != 1:
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1  # every thread of the process, not only Python's
    except OSError:
        return False


def work_in_halves(work: Callable[[Part], Result], first: Part, second: Part, items: int) -> tuple[Result, Result]:
    """``(work(first), work(second))``, the second in a forked child at the same time when the
    work is large enough (``items`` in all) and forking is safe; else one after the other."""
    if items < MIN_ITEMS_TO_SPLIT or not can_fork():
        return work(first), work(second)
    read_end, write_end = os.pipe()
    try:
        child = os.fork()
    except OSError:  # no memory or no process left for a child: one after the other
        os.close(read_end)
        os.close(write_end)
        return work(first), work(second)
    if child == 0:
        _child(work, second, read_end, write_end)  # never returns
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        try:
            first_result = work(first)
            sent = pipe.read()  # (read before waiting: a result larger than the pipe holds waits to be read)
        except BaseException:
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)
            raise
    _, status = os.waitpid(child, 0)
    if status == 0:
        try:
            return first_result, pickle.loads(sent)
        except Exception:  # (a result cut short)
            pass
    return first_result, work(second)


def _child(work: Callable[[Part], Result], part: Part, read_end: int, write_end: int) -> None:
    """The child's whole life: work out its part, send it, and leave at once (no exit handlers,
    no flushing of output buffers it inherited: they are the parent's to write)."""
    code = 1
    try:
        os.close(read_end)
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it quietly: the parent reports
        payload = pickle.dumps(work(part), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
        code = 0
    finally:
        os._exit(code)
