"""``validate``: read returns and report every problem, without building anything."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chron_merge import __version__
from chron_merge.in_error import note_entered_in_error
from chron_merge.model import Unreadable, ValidateResult
from chron_merge.read import OptionsFor, ProgressCallback, note_dated_after, read_all, same_agency_returns


def validate_returns(paths: list[Path], options_for: OptionsFor | None = None, join_continuations: bool = True,
                     on_file: ProgressCallback | None = None, today: dt.date | None = None) -> ValidateResult:
    """Read every return and collect the reports, problems and unreadable files (``today``: the
    day after which an entry's date is mistyped; the day it runs, unless a test says)."""
    outcome = read_all(paths, options_for, join_continuations, on_file)
    result = ValidateResult(chron_merge_version=__version__)
    result.problems.extend(outcome.left_out_notes())
    for read in outcome.returns:
        note_dated_after(today or dt.date.today(), read)
        note_entered_in_error(read)
        result.files.append(read.report)
        result.problems.extend(read.problems)
    result.problems.extend(same_agency_returns(outcome.returns))
    result.unreadable = [Unreadable(file=f.file, reason=f.reason, fix=f.fix) for f in outcome.failures]
    return result
