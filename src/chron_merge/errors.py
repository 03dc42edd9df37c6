"""Domain errors. The core raises these; only ``cli.py`` turns them into messages and exit codes."""

from __future__ import annotations


class ChronMergeError(Exception):
    """Base class: ``str(error)`` is a one-line message that says what to do."""


class UnreadableReturnError(ChronMergeError):
    """A return file cannot be read at all (missing, empty, corrupt, protected, no chronology)."""

    def __init__(self, file: str, reason: str, fix: str = "") -> None:
        self.file = file
        self.reason = reason
        self.fix = fix
        super().__init__(f"{file}: {reason}" + (f" - {fix}" if fix else ""))


class NoReturnsError(ChronMergeError):
    """The paths given hold no file chron-merge can read as a return."""


class ConfigError(ChronMergeError):
    """review.toml is malformed or holds a value that cannot be used; the message names the key."""


class OutputError(ChronMergeError):
    """The output cannot be written where asked (it is an input, or the folder is missing)."""
