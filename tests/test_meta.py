"""Meta tests: every command has help, the README's commands are the ones CI runs and that work."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from chron_merge import __version__
from chron_merge.cli import cli
from conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help(command):
    result = run_cli(command, "--help")
    assert result.exit_code == 0
    assert cli.commands[command].help and len(cli.commands[command].help) > 40
    assert "Usage: " in result.output


def test_version_comes_from_package_metadata():
    result = run_cli("--version")
    assert result.output.strip() == f"chron-merge {__version__}"
    assert __version__ != "0.0.0+unknown"


def test_readme_quick_start_has_the_two_one_line_commands():
    assert "    pip install . && chron-merge build examples/ -o integrated.xlsx\n" in README
    assert "    pip install '.[test]' && pytest\n" in README


def test_ci_runs_the_readme_test_command_exactly():
    ci = (ROOT / ".ci" / "run").read_text()
    command = "pip install '.[test]' && pytest"
    assert command in README
    assert any(line.strip() == command for line in ci.splitlines())


def test_readme_main_command_works_on_the_examples(tmp_path):
    examples = ROOT / "examples"
    out = tmp_path / "integrated.xlsx"
    result = run_cli("build", examples, "-o", out)
    assert result.exit_code == 0, result.output
    assert out.exists()
    reconciliation = re.search(r"^\d+ rows read = .*$", result.stdout, re.MULTILINE)
    assert reconciliation and reconciliation.group(0) in README
    # … and the line of links and problems the README shows (a new note changes it)
    counts = re.search(r"^\d+ events? recorded by several agencies linked; .*$", result.stdout, re.MULTILINE)
    assert counts and counts.group(0) in README


def test_examples_are_what_the_generator_makes(tmp_path, monkeypatch):
    """The committed example returns are the generator's output, read the same way."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_examples", ROOT / "scripts" / "make_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "EXAMPLES", tmp_path)
    for make in (module.police, module.social_care, module.health, module.gp, module.school, module.family_centre):
        make()
    (tmp_path / "review.toml").write_text((ROOT / "examples" / "review.toml").read_text())
    fresh = run_cli("build", tmp_path, "-o", "-", "--quiet").stdout
    committed = run_cli("build", ROOT / "examples", "-o", "-", "--quiet").stdout
    assert fresh == committed


def _run_entry_point(*args: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed command's own code path (main(), which ends the process itself), not CliRunner."""
    return subprocess.run([sys.executable, "-m", "chron_merge", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_entry_point_keeps_exit_codes_and_flushes_all_output(tmp_path, small_review):
    written = _run_entry_point("build", small_review, "-o", "-", "--format", "json", "--quiet", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    chronology = json.loads(written.stdout)  # every byte reached the pipe before the process ended
    assert chronology["events"]

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    unreadable = _run_entry_point("build", broken, "-o", "out.xlsx", cwd=tmp_path)
    assert unreadable.returncode == 2
    assert "chron-merge: error:" in unreadable.stderr and "broken.xlsx" in unreadable.stderr
    assert "Traceback" not in unreadable.stderr

    usage = _run_entry_point("build", cwd=tmp_path)
    assert usage.returncode == 2 and "Usage:" in usage.stderr
