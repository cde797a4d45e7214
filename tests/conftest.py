"""Shared fixtures: every test runs in its own data folder, language and terminal setup."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from helpers import FIXED_NOW, console_script
from steuncirkel.cli import make_app

# In CI the property tests draw the same examples every run, so a landing never depends
# on luck; on a developer's machine they explore (and remember what they find).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder in STEUNCIRKEL_HOME, Dutch messages, no colour settings."""
    home = tmp_path / "data"
    monkeypatch.setenv("STEUNCIRKEL_HOME", str(home))
    monkeypatch.setenv("STEUNCIRKEL_LANG", "nl")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("STEUNCIRKEL_DEBUG", raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    # One fixed clock (a Friday morning), so who is "reachable now" never depends on
    # the hour the tests run; a test that needs the real clock unsets it.
    monkeypatch.setenv("STEUNCIRKEL_NOW", FIXED_NOW)
    # The locale picks the demo's country and, without a store, crisis's: keep it
    # neutral, so no test depends on the machine it runs on.
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    return home


@pytest.fixture
def home(isolated_env: Path) -> Path:
    """The data folder of this test (not created yet)."""
    return isolated_env


class Cli:
    """Runs the Typer app in-process, as the console script would."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, lang: str | None = None):  # noqa: ANN204
        """Run ``steuncirkel ARGS``; ``lang`` adds ``--lang LANG`` in front."""
        argv = (["--lang", lang] if lang else []) + list(args)
        app = make_app(lang or "nl")  # type: ignore[arg-type]
        return self.runner.invoke(app, argv, input=input, catch_exceptions=False)

    def add(self, *args: str) -> None:
        """Run ``steuncirkel add ARGS`` and require it to succeed (test set-up)."""
        result = self("add", *args)
        assert result.exit_code == 0, result.stderr


@pytest.fixture
def cli() -> Cli:
    """Call ``cli("add", "Anna")``; the result has exit_code, stdout and stderr.

    ``cli.add("Anna", "--crisis")`` adds an entry and fails the test if that is refused.
    """
    return Cli()


@pytest.fixture
def exe() -> str:
    """Path of the installed console script, for subprocess tests."""
    return console_script()


@pytest.fixture
def subprocess_env(home: Path) -> dict[str, str]:
    """Environment for a subprocess run: the test's data folder, Dutch, no colour."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("STEUNCIRKEL_")}
    env.update({"STEUNCIRKEL_HOME": str(home), "STEUNCIRKEL_LANG": "nl", "LANG": "C.UTF-8"})
    env["STEUNCIRKEL_NOW"] = FIXED_NOW
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    env.pop("NO_COLOR", None)
    return env


@pytest.fixture
def ctrl_c_as_on_a_terminal() -> Iterator[None]:
    """SIGINT raises KeyboardInterrupt, as on a terminal, also when the tests run as a
    background job of a script (which starts with SIGINT ignored)."""
    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)
