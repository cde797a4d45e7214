"""Golden-file tests: the text people read must not change by accident.

Each case runs the installed ``steuncirkel`` console script in a subprocess (stdout a
pipe, 80 columns, no colour) and compares its stdout, byte for byte, with
``tests/golden/<case>.txt``. A change on purpose is made by rewriting the golden files
and reviewing the diff:

Update with: STEUNCIRKEL_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from rich.cells import cell_len

from helpers import console_script

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("STEUNCIRKEL_UPDATE_GOLDEN") == "1"
UPDATE_HINT = (
    "If the change is intended, update the golden files with:\n"
    "  STEUNCIRKEL_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py\n"
    "and review the result with `git diff tests/golden/`."
)
NOW = "2030-02-03T12:00:00Z"  # not today: a printout that ignores the fixed clock fails
WIDTH = 80

# Circles: the built-in demo, or a fixture copied to a fresh folder as circle.json.
CIRCLES: dict[str, str | None] = {
    "demo": None,
    "hard1": "hard1.circle.json",
    "hard2": "hard2.circle.json",
}
COMMANDS: dict[str, tuple[str, ...]] = {
    "show": ("show",),
    "crisis": ("crisis",),
    "print-text": ("print", "--format", "text"),
    "print-markdown": ("print", "--format", "markdown"),
}
LANGS = ("nl", "en")

# Variables that would make the output depend on the machine running the tests.
_DROPPED = (
    "NO_COLOR",
    "FORCE_COLOR",
    "CLICOLOR_FORCE",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "LINES",
    "LC_ALL",
    "LC_CTYPE",
    "LANGUAGE",
)


@dataclass(frozen=True)
class Case:
    circle: str
    command: str
    lang: str

    @property
    def id(self) -> str:
        return f"{self.circle}-{self.command}-{self.lang}"

    @property
    def golden(self) -> Path:
        return GOLDEN / f"{self.id}.txt"

    @property
    def argv(self) -> list[str]:
        demo = ["--demo"] if CIRCLES[self.circle] is None else []
        return ["--lang", self.lang, *demo, *COMMANDS[self.command]]


CASES = [Case(c, cmd, lang) for c in CIRCLES for cmd in COMMANDS for lang in LANGS]
SHOW_CASES = [case for case in CASES if case.command == "show"]


def clean_env(home: Path) -> dict[str, str]:
    """This process's environment without anything that changes steuncirkel's output."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("STEUNCIRKEL_")}
    for key in _DROPPED:
        env.pop(key, None)
    env.update(
        {
            "STEUNCIRKEL_HOME": str(home),
            "STEUNCIRKEL_NOW": NOW,
            "LANG": "C.UTF-8",
            "PYTHONIOENCODING": "utf-8",
            "COLUMNS": str(WIDTH),
            "TERM": "dumb",
        }
    )
    return env


def run_case(case: Case, tmp_path: Path) -> bytes:
    """Run the case's command in a fresh data folder; its stdout, normalised."""
    home = tmp_path / "home"
    home.mkdir()
    fixture = CIRCLES[case.circle]
    if fixture is not None:
        shutil.copyfile(GOLDEN / fixture, home / "circle.json")
    argv = [str(console_script()), *case.argv]
    result = subprocess.run(
        argv, env=clean_env(home), cwd=tmp_path, capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 0, (
        f"`steuncirkel {' '.join(case.argv)}` exited with {result.returncode}\n"
        f"stderr:\n{result.stderr.decode('utf-8', 'backslashreplace')}"
    )
    return result.stdout


def _shown(line: str) -> str:
    """A diff line with control characters as escapes, so a raw ESC can't hide in it."""
    return "".join(
        c if c.isprintable() or c == "\n" else c.encode("unicode_escape").decode() for c in line
    )


def golden_diff(expected: bytes, actual: bytes, case: Case) -> str:
    """A unified diff from the golden file to the actual stdout."""
    diff = difflib.unified_diff(
        expected.decode("utf-8", "backslashreplace").splitlines(keepends=True),
        actual.decode("utf-8", "backslashreplace").splitlines(keepends=True),
        fromfile=str(case.golden.relative_to(GOLDEN.parent.parent)),
        tofile=f"stdout of: steuncirkel {' '.join(case.argv)}",
    )
    return "".join(_shown(line) if line.endswith("\n") else _shown(line) + "\n" for line in diff)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_golden(case: Case, tmp_path: Path) -> None:
    actual = run_case(case, tmp_path)
    if UPDATE:
        if not case.golden.exists() or case.golden.read_bytes() != actual:
            case.golden.write_bytes(actual)
        return
    if not case.golden.exists():
        pytest.fail(f"{case.golden} is missing.\n{UPDATE_HINT}")
    expected = case.golden.read_bytes()
    if actual != expected:
        pytest.fail(
            f"stdout of `steuncirkel {' '.join(case.argv)}` differs from {case.golden.name}:\n\n"
            f"{golden_diff(expected, actual, case)}\n{UPDATE_HINT}",
            pytrace=False,
        )


@pytest.mark.parametrize("case", SHOW_CASES, ids=lambda case: case.id)
def test_show_fits_80_columns(case: Case, tmp_path: Path) -> None:
    text = run_case(case, tmp_path).decode("utf-8")
    too_wide = [
        f"{cell_len(line)} cells: {line!r}" for line in text.splitlines() if cell_len(line) > WIDTH
    ]
    assert not too_wide, "lines wider than 80 columns:\n" + "\n".join(too_wide)


def test_every_golden_file_has_a_case() -> None:
    """A golden file left behind by a renamed case would never be checked."""
    known = {case.golden.name for case in CASES}
    stray = sorted(p.name for p in GOLDEN.glob("*.txt") if p.name not in known)
    assert not stray, f"golden files without a case: {stray}"
