"""Command-line glue: parse options, call the core, render, map errors to exit codes.

Exit status, every command: 0 success, 1 the command ran and found problems (validate) or
differences (diff), 2 usage error or unreadable input, with a one-line message. Heavy modules
(numpy, openpyxl, rapidfuzz, pydantic models) are imported inside the commands so that
``chron-merge --help`` stays fast.
"""

from __future__ import annotations

import gc
import io
import os
import sys
from pathlib import Path
from typing import Any

import click

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]


class UsageProblem(click.ClickException):
    """A one-line error with exit status 2 (Click's own usage errors also exit 2)."""

    exit_code = EXIT_ERROR

    def show(self, file: Any = None) -> None:
        click.echo(f"chron-merge: error: {self.format_message()}", err=True)


class ChronMergeGroup(click.Group):
    """Turns every domain error, and any unexpected one, into a one-line message: never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        from chron_merge.errors import ChronMergeError

        try:
            return super().invoke(ctx)
        except ChronMergeError as exc:
            raise UsageProblem(str(exc)) from exc
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            sys.stderr.close()
            raise SystemExit(EXIT_OK) from None
        except Exception as exc:  # a bug in chron-merge: still one line, with how to see more
            if os.environ.get("CHRON_MERGE_DEBUG"):
                raise
            raise UsageProblem(f"unexpected internal error ({type(exc).__name__}: {exc}); "
                               "set CHRON_MERGE_DEBUG=1 to see the details and please report it") from exc


@click.group(cls=ChronMergeGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(version=None, package_name="chron-merge", prog_name="chron-merge",
                      message="%(prog)s %(version)s")
@click.option("-v", "--verbose", is_flag=True,
              help="Log what is read and how (files, sheets, columns, timings) to standard error. Entry text is "
                   "never logged.")
def cli(verbose: bool) -> None:
    """Merge agency chronologies into one integrated chronology for a safeguarding review.

    \b
    chron-merge validate RETURNS...        check returns, every problem by file › sheet › row
    chron-merge build RETURNS... -o OUT    the integrated chronology (.xlsx, .csv or .json)
    chron-merge diff OLD NEW               what changed between two versions of a return
    chron-merge init DIR                   a review folder: review.toml and the agency template

    RETURNS may be files or folders (every .xlsx, .xlsm, .xls, .ods, .csv and .docx inside).
    Everything runs on this computer: nothing is sent anywhere.
    """
    if verbose:
        import logging

        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("chron-merge: %(message)s"))
        logger = logging.getLogger("chron_merge")
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)


RETURNS = click.argument("returns", nargs=-1, required=True,
                         type=click.Path(exists=True, path_type=Path))


def config_option(fn: Any) -> Any:
    return click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                        help="review.toml to use (default: one in the current folder or the returns' folder).")(fn)


def join_option(fn: Any) -> Any:
    return click.option("--no-join", "no_join", is_flag=True,
                        help="Do not join undated text rows onto the entry above; keep them as undated entries.")(fn)


def _stdout_console() -> Any:
    from rich.console import Console

    return Console(no_color=bool(os.environ.get("NO_COLOR")) or None, highlight=False, soft_wrap=False)


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")) or None, highlight=False)


def _load_config(config_path: Path | None, returns: tuple[Path, ...], quiet: bool = False) -> Any:
    """The review config, found or given; says which file was used (on stderr, so JSON stays clean)."""
    from chron_merge.config import find_config, load_config

    path = config_path or find_config([Path.cwd(), *returns])
    if path is None:
        return None
    config = load_config(path)
    if not quiet:
        click.echo(f"chron-merge: using review config {path}", err=True)
    return config


@cli.command()
@RETURNS
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON instead of tables.")
@config_option
@join_option
def validate(returns: tuple[Path, ...], as_json: bool, config_path: Path | None, no_join: bool) -> None:
    """Read returns and report every problem by file › sheet › row.

    Exit 0 when there is nothing to fix (warnings and notes only), 1 when the data has errors
    to fix, 2 when a file cannot be read at all.
    """
    from chron_merge.model import Level
    from chron_merge.validate import validate_returns

    config = _load_config(config_path, returns, quiet=as_json)
    result = validate_returns(list(returns), config.options_for if config else None, join_continuations=not no_join)
    if as_json:
        click.echo(result.model_dump_json(indent=2))
    else:
        from chron_merge.write.terminal import render_validate

        _stdout_console().print(render_validate(result))
    for bad in result.unreadable:
        click.echo(f"chron-merge: error: {bad.file}: {bad.reason}" + (f" - {bad.fix}" if bad.fix else ""), err=True)
    if result.unreadable:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FOUND if any(p.level == Level.ERROR for p in result.problems) else EXIT_OK)


@cli.command()
@RETURNS
@click.option("-o", "--output", required=True, metavar="OUT",
              help="Where to write: a .xlsx, .csv or .json file, or - for standard output (JSON).")
@click.option("--format", "fmt", type=click.Choice(["xlsx", "csv", "json"]), default=None,
              help="Output format (default: from the output's suffix).")
@click.option("--window", "window_days", type=click.IntRange(0, 60), default=7, show_default=True,
              help="Days apart that a record may be from the nearest other record of its event (a notification "
                   "arrives late).")
@click.option("--threshold", type=click.FloatRange(0, 100), default=50.0, show_default=True,
              help="Score (0-100) from which records of different agencies are linked as one event.")
@click.option("--no-link", is_flag=True, help="Do not link records of the same event across agencies.")
@click.option("--from", "period_from", type=click.DateTime(DATE_FORMATS), default=None, metavar="DATE",
              help="Start of the review period (overrides review.toml); earlier entries are listed, not included.")
@click.option("--to", "period_to", type=click.DateTime(DATE_FORMATS), default=None, metavar="DATE",
              help="End of the review period (overrides review.toml).")
@click.option("--pseudonymise", "--pseudonymize", "pseudonymise", is_flag=True,
              help="Replace the names in review.toml [pseudonyms] in every output, and warn of identifiers "
                   "(NHS numbers, postcodes, phone numbers, e-mails, dates of birth) left in the text.")
@click.option("--group-by", "group_by", type=click.Choice(["age"]), default=None,
              help="xlsx: heading rows for the child's age stages (needs a subject dob in review.toml).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors (for scripts).")
@config_option
@join_option
def build(returns: tuple[Path, ...], output: str, fmt: str | None, window_days: int, threshold: float,
          no_link: bool, period_from: Any, period_to: Any, pseudonymise: bool, group_by: str | None, quiet: bool,
          config_path: Path | None, no_join: bool) -> None:
    """Build the integrated chronology from agency returns.

    Every row read ends up as an event, a continuation joined onto the entry above, a listed
    duplicate or a blank row; the summary shows the sum. Exit 0 when built (problems in the
    data are listed in the output), 2 when a return cannot be read or the output cannot be written.
    """
    from chron_merge.build import BuildOptions, build_chronology
    from chron_merge.read import find_returns
    from chron_merge.write import atomic_output, format_for, refuse_inputs
    from chron_merge.write.chronology import write_build

    output_format = format_for(output, fmt)
    inputs = find_returns(list(returns))
    if output != "-":
        refuse_inputs(Path(output), inputs)
    config = _load_config(config_path, returns, quiet=quiet)
    options = BuildOptions.from_config(config, link=not no_link, window_days=window_days, threshold=threshold,
                                       pseudonymise=pseudonymise, period_from=period_from and period_from.date(),
                                       period_to=period_to and period_to.date())
    if pseudonymise and not options.pseudonyms:
        click.echo("chron-merge: note: no [pseudonyms] in a review.toml, so only the identifier scan runs", err=True)
    stage_of = None
    if group_by == "age":
        from chron_merge.age import stage_of_event

        if options.date_of_birth is None:
            raise UsageProblem("--group-by age needs the child's date of birth: add [[subject]] dob = YYYY-MM-DD "
                               "to review.toml")
        stage_of = stage_of_event(options.date_of_birth)
    outcome = _read_with_progress(list(returns), config, not no_join, quiet)  # folders as given: see find_returns
    result = build_chronology(outcome, options)
    colours = options.agency_colours(config)
    if output == "-":
        write_build(result, output_format, sys.stdout.buffer, colours, stage_of)
        sys.stdout.flush()
    else:
        with atomic_output(Path(output)) as stream:
            write_build(result, output_format, stream, colours, stage_of)
    for bad in outcome.failures:
        click.echo(f"chron-merge: error: {bad}", err=True)
    if not quiet:
        from chron_merge.write.terminal import render_build_summary

        # With -o - the chronology goes to standard output, so the summary goes to standard error.
        console = _stderr_console() if output == "-" else _stdout_console()
        console.print(render_build_summary(result, None if output == "-" else output), soft_wrap=True)
    sys.exit(EXIT_ERROR if outcome.failures else EXIT_OK)  # see main(): ending here keeps the result alive


def _read_with_progress(returns: list[Path], config: Any, join: bool, quiet: bool) -> Any:
    """Read every return, with a progress bar on an interactive terminal."""
    from chron_merge.read import read_all

    options_for = config.options_for if config else None
    if quiet or not sys.stderr.isatty():
        return read_all(list(returns), options_for, join)
    from rich.progress import Progress

    with Progress(console=_stderr_console(), transient=True) as progress:
        task = progress.add_task("Reading returns", total=None)

        def advance(done: int, total: int, name: str) -> None:
            progress.update(task, completed=done, total=total, description=f"Read {name}")

        return read_all(list(returns), options_for, join, on_file=advance)


@cli.command()
@click.argument("old", type=click.Path(exists=True, path_type=Path))
@click.argument("new", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md", "xlsx"]), default="text", show_default=True,
              help="text for the terminal, md for panel papers, json for scripts, xlsx for a workbook.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of the terminal (needed for xlsx).")
@click.option("--only", default=None, metavar="STATUSES",
              help="Show only these, comma-separated: added,removed,changed (counts always cover all).")
@click.option("--all", "show_all", is_flag=True, help="Also list unchanged entries.")
@click.option("-w", "--ignore-whitespace", is_flag=True, help="Differences in spacing are not changes.")
@click.option("-i", "--ignore-case", is_flag=True, help="Differences in capitals are not changes.")
@click.option("--no-color", "--no-colour", "no_color", is_flag=True,
              help="No colour; changed words are marked [-deleted-] {+inserted+}. NO_COLOR does the same.")
@click.option("--pseudonymise", "--pseudonymize", "pseudonymise", is_flag=True,
              help="Replace the names in review.toml [pseudonyms] in the output (for papers that are shared).")
@config_option
@join_option
def diff(old: Path, new: Path, fmt: str, output: Path | None, only: str | None, show_all: bool,
         ignore_whitespace: bool, ignore_case: bool, no_color: bool, pseudonymise: bool, config_path: Path | None,
         no_join: bool) -> None:
    """Show what changed between two versions of a return, a chronology, or a folder of returns.

    Entries are matched by meaning, not row position: an edited entry is 'changed' with its
    changed words, a corrected date is 'changed' (date: old → new), rows moving are not
    changes. Exit 0 when there are no differences, 1 when there are, 2 on error (as diff).
    """
    from chron_merge.diff import DiffOptions, diff_paths
    from chron_merge.write import atomic_output, refuse_inputs
    from chron_merge.write.diff_render import render_diff_markdown, render_diff_text, shown_items, write_diff_xlsx

    statuses = None
    if only:
        statuses = {s.strip() for s in only.split(",") if s.strip()}
        unknown = statuses - {"added", "removed", "changed", "unchanged"}
        if unknown:
            raise UsageProblem(f"--only: unknown status {', '.join(sorted(unknown))}; use added, removed, changed")
    if fmt == "xlsx" and output is None:
        raise UsageProblem("--format xlsx needs -o FILE.xlsx")
    if output is not None:
        from chron_merge.read import find_returns

        refuse_inputs(output, [p for side in (old, new) for p in find_returns([side])])
    config = _load_config(config_path, (old, new), quiet=fmt != "text")
    pseudonyms = (dict(config.pseudonyms) if config else {}) if pseudonymise else None
    result = diff_paths(old, new, DiffOptions(ignore_whitespace, ignore_case, pseudonyms),
                        config.options_for if config else None, join_continuations=not no_join)
    items = shown_items(result, statuses, show_all)
    if fmt == "json":
        shown = result.model_copy(update={"items": items})
        payload = shown.model_dump_json(indent=2).encode() + b"\n"
    elif fmt == "md":
        payload = render_diff_markdown(result, items).encode("utf-8")
    else:
        payload = b""
    if fmt == "xlsx":
        with atomic_output(output) as stream:  # type: ignore[arg-type]
            write_diff_xlsx(result, items, stream)
    elif fmt == "text":
        colour = not no_color and not os.environ.get("NO_COLOR")
        if output is not None:
            from rich.console import Console

            with atomic_output(output) as stream:
                text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
                Console(file=text, no_color=True, width=100, force_terminal=False).print(
                    render_diff_text(result, items, colour=False), soft_wrap=True)
                text.flush()
                text.detach()  # atomic_output closes the file itself
        else:
            console = _stdout_console()
            colour = colour and console.is_terminal
            rendered = render_diff_text(result, items, colour)
            # Long lines wrap in the terminal itself (soft wrap) so copied text has no inserted breaks.
            if console.is_terminal and len(items) * 3 > console.height:
                with console.pager(styles=colour):
                    console.print(rendered, soft_wrap=True)
            else:
                console.print(rendered, soft_wrap=True)
    elif output is not None:
        with atomic_output(output) as stream:
            stream.write(payload)
    else:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    sys.exit(EXIT_FOUND if result.summary.differs() else EXIT_OK)


@cli.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--name", "review_name", default=None, help="The review's name, written into review.toml and the template.")
@click.option("--force", is_flag=True, help="Replace an existing review.toml and template.")
def init(folder: Path, review_name: str | None, force: bool) -> None:
    """Set up a review folder: a commented review.toml and the agency template to send out.

    The template (agency-chronology-template.xlsx) has an Instructions sheet and a Chronology
    sheet with the standard columns, date and time checks and a drop-down of contact types;
    chron-merge reads a completed one without any column mapping.
    """
    from chron_merge.init import init_review

    for path in init_review(folder, force=force, review_name=review_name):
        click.echo(f"wrote {path}")
    click.echo("Next: edit review.toml, send the template to each agency, then run "
               f"chron-merge build {folder} -o integrated.xlsx")


def main() -> None:
    # Reading makes hundreds of thousands of small objects with no reference cycles, so the cycle
    # collector only costs time: Python's default thresholds made a 100,000-event build twice as
    # slow, and even at (100_000, 50, 50) it took 0.2 s of 5.2 s there and 2.5 s of 20 s at
    # 300,000 events, with the same peak memory (measured). A command runs once and exits.
    gc.disable()
    # numpy's BLAS starts a thread per processor that spins while it waits for work: one thread
    # made no step slower (linking's products of 100,000 records took the same time, measured),
    # and it leaves the second processor to the second process of chron_merge.halves. (Set
    # before numpy is imported, which reads them then; a user's own setting stands.)
    for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    try:
        cli(prog_name="chron-merge")
    except SystemExit as finished:
        # Every command ends by raising SystemExit, which keeps what it made alive. Freeing a large
        # build's hundreds of thousands of objects one by one took 0.27 s at 100,000 events
        # (measured); the operating system frees a process's memory at once. So end here, once
        # every stream is flushed (the output file is already closed).
        code = finished.code
        if code is not None and not isinstance(code, int):
            print(code, file=sys.stderr)
            code = 1
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed pipe (| head): nothing more to show
                pass
        os._exit(code or 0)
