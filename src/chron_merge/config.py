"""The review's settings, ``review.toml``: the review period, the child, the agencies, pseudonyms.

Read with tomllib and validated by pydantic, so a mistake is reported as one line naming the
key (``review.toml: agency.WMP.colour: ...``) instead of being ignored.
"""

from __future__ import annotations

import datetime as dt
import difflib
import fnmatch
import re
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from chron_merge.errors import ConfigError
from chron_merge.read import ReturnOptions
from chron_merge.read.headers import FIELDS

CONFIG_NAME = "review.toml"
COLUMN_TARGETS = set(FIELDS) | {"extra"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ReviewSection(_Strict):
    name: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None


class Subject(_Strict):
    name: str
    role: str = "child"
    dob: dt.date | None = None


class AgencyConfig(_Strict):
    name: str | None = None
    files: list[str] = Field(default_factory=list)
    colour: str | None = None
    columns: dict[str, str] = Field(default_factory=dict)
    # A return from a system set up in the US, its dates month-first though its header does not say so:
    # the author says so here, and its dates written in numbers are read so ("3/14/2024" is 14 March).
    dates: Literal["day-first", "month-first"] = "day-first"

    @field_validator("colour")
    @classmethod
    def _hex_colour(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"#?[0-9a-fA-F]{6}", value):
            raise ValueError(f"'{value}' is not a colour; write it as '#1b9e77'")
        return value

    @field_validator("columns")
    @classmethod
    def _known_fields(cls, value: dict[str, str]) -> dict[str, str]:
        for header, target in value.items():
            if target not in COLUMN_TARGETS:
                raise ValueError(f"'{header}' = '{target}': the field must be one of {', '.join(sorted(COLUMN_TARGETS))}")
        return value


class ReviewConfig(_Strict):
    """Everything review.toml can say; every part optional."""

    review: ReviewSection = Field(default_factory=ReviewSection)
    subject: list[Subject] = Field(default_factory=list)
    agency: dict[str, AgencyConfig] = Field(default_factory=dict)
    pseudonyms: dict[str, str] = Field(default_factory=dict)
    glossary: dict[str, str] = Field(default_factory=dict)

    def agency_for(self, path: Path) -> tuple[str, AgencyConfig] | None:
        """The [agency.X] entry whose ``files`` patterns match this file's name."""
        for key, entry in self.agency.items():
            if any(fnmatch.fnmatch(path.name.lower(), pattern.lower()) for pattern in entry.files):
                return key, entry
        return None

    def options_for(self, path: Path) -> ReturnOptions:
        """What this config says of a return (its agency's display name, its columns, its dates' order)."""
        found = self.agency_for(path)
        if found is None:
            return ReturnOptions()
        key, entry = found
        return ReturnOptions(entry.name or key, entry.columns or None, entry.dates == "month-first")

    def agency_colours(self) -> dict[str, str]:
        """Display name → colour for agencies that set one."""
        return {(entry.name or key): entry.colour.lstrip("#") for key, entry in self.agency.items() if entry.colour}

    def glossary_map(self) -> dict[str, str] | None:
        """The standard glossary with this review's own shorthand added (None when it adds nothing)."""
        from chron_merge.text import GLOSSARY

        if not self.glossary:
            return None
        return {**GLOSSARY, **{k.casefold(): v.casefold() for k, v in self.glossary.items()}}

    @property
    def child(self) -> Subject | None:
        """The subject whose date of birth gives ages: the first child with a dob."""
        return next((s for s in self.subject if s.dob and s.role.lower() in ("child", "subject", "baby")),
                    next((s for s in self.subject if s.dob), None))


def find_config(places: list[Path]) -> Path | None:
    """review.toml in the first of these folders (a file stands for its folder) that has one."""
    seen = set()
    for place in places:
        folder = place if place.is_dir() else place.parent
        folder = folder.resolve()
        if folder in seen:
            continue
        seen.add(folder)
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(path: Path) -> ReviewConfig:
    """Read and check review.toml; raises ConfigError with the key and the fix."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: is not UTF-8 text; save it as UTF-8") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: is not valid TOML ({exc}); compare it with the one `chron-merge init` writes") from exc
    try:
        return ReviewConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path}: " + _first_error(exc)) from exc


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    key = ".".join(str(part) for part in error["loc"])
    if error["type"] == "extra_forbidden":
        known = _known_keys(error["loc"][:-1])
        guess = difflib.get_close_matches(str(error["loc"][-1]), known, n=1)
        hint = f" (did you mean '{guess[0]}'?)" if guess else (f" (known keys: {', '.join(known)})" if known else "")
        return f"{key}: unknown key{hint}"
    if error["type"].startswith("date"):
        return f"{key}: {error.get('input')!r} is not a date; write dates as 2010-06-14 (no quotes)"
    message = error["msg"].removeprefix("Value error, ")
    return f"{key}: {message} (got {error.get('input')!r})"


def _known_keys(location: tuple) -> list[str]:
    model: type[BaseModel] = ReviewConfig
    for part in location:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(str(part))
        if field is None:
            # a key inside agency.X
            model = AgencyConfig
            continue
        annotation = field.annotation
        inner = getattr(annotation, "__args__", ())
        candidates = [a for a in (annotation, *inner) if isinstance(a, type) and issubclass(a, BaseModel)]
        if candidates:
            model = candidates[0]
        elif str(part) == "agency":
            model = AgencyConfig
    return sorted(model.model_fields)
