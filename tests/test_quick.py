"""The reading commands without Typer (``cli/quick.py``) do exactly what the Typer app does.

The console script offers ``show``, ``settings`` and ``print`` to the quick path first;
whatever it is not sure of goes to Typer. Each case below runs the console script both
ways (the second with the quick path switched off) and compares stdout, stderr and the
exit code byte for byte, over the stores a user can have: none, the demo, one this
version wrote, a hand-edited one, a damaged one, a missing one beside its backup.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from helpers import THIRD_PARTY, write_store
from steuncirkel.base.context import scan_args
from steuncirkel.cli import make_app, quick
from test_crisis_imports import loaded_after

TYPER_ONLY = "import steuncirkel.cli.quick as q\nq.run = lambda args, scan: False\n"
MAIN = "import sys\nfrom steuncirkel.__main__ import main\nsys.exit(main(sys.argv[1:]))\n"


def both_ways(
    args: list[str], env: dict[str, str]
) -> tuple[subprocess.CompletedProcess[bytes], ...]:
    """``steuncirkel ARGS`` through the quick path, and through Typer alone."""
    runs = []
    for prelude in ("", TYPER_ONLY):
        runs.append(
            subprocess.run(
                [sys.executable, "-c", prelude + MAIN, *args],
                capture_output=True,
                env=env,
                stdin=subprocess.DEVNULL,
                check=False,
            )
        )
    return tuple(runs)


def used_quick(args: list[str]) -> bool:
    """Whether the quick path takes ``args`` (without running anything)."""
    scan = scan_args(args)
    if scan.command not in quick.COMMANDS or scan.missing_value or scan.before:
        return False
    return quick.parse(scan.command, scan.rest, scan.at) is not None


CASES = [
    ["show"],
    ["--demo", "show"],
    ["show", "--demo"],
    ["show", "--json"],
    ["--demo", "show", "--json"],
    ["show", "--role", "crisis"],
    ["show", "--role=luistert"],
    ["show", "--role", " Praktisch "],
    ["show", "--role", "geen"],
    ["show", "--role", "none", "--json"],
    ["--lang", "en", "show"],
    ["show", "--lang", "EN"],
    ["--lang", "nl", "--demo", "show", "--lang=en", "--role", "crisis"],
    ["show", "--json", "--json"],
    ["show", "--role", "crisis", "--role", "listens"],
    ["settings"],
    ["--demo", "settings"],
    ["--lang", "en", "settings"],
    ["print"],
    ["--demo", "print"],
    ["print", "--format", "markdown"],
    ["print", "--format", "tekst", "--layout", "kaart"],
    ["--demo", "print", "--format=text", "--discreet", "--no-qr"],
    ["print", "--format", "md", "--output", "-"],
    ["print", "-o", "-", "--lang", "en"],
    ["print", "--format", "pdf"],
    ["print", "--format", "html", "--layout", "card"],
    # Not for the quick path: Typer says what is wrong, or does what was asked.
    ["show", "--role", "vriend"],
    ["show", "--role"],
    ["show", "--json=yes"],
    ["show", "extra"],
    ["show", "--help"],
    ["--version", "show"],
    ["show", "--", "--json"],
    ["settings", "--nudge-weeks", "veel"],
    ["print", "--format", "docx"],
    ["print", "--role", "crisis"],
    ["--lang", "fr", "show"],
    ["--home", "", "show"],
    ["--lang", "show"],
    ["--json", "show"],
    ["--role=crisis", "show"],
    ["show", "--role", "--lang", "en", "crisis"],
    ["show", "--role", "--demo", "crisis"],
    ["print", "--format", "--home", ".", "markdown"],
    ["--format", "markdown", "print"],
    ["-o", "-", "print"],
]


@pytest.fixture
def own_store(home: Path, cli) -> Path:  # noqa: ANN001
    """A store this version wrote: with its note, so it is read without Pydantic."""
    cli.add("Anna", "--crisis", "--listens", "--phone", "0612345678", "--knows")
    cli.add("Het park", "--kind", "plek", "--crisis", "--where", "achter het station")
    cli.add("Sam", "--practical", "--available", "op weekdagen na 18:00")
    cli("settings", "--name", "Kim")
    assert (home / "circle.json.checked").exists()
    return home / "circle.json"


def assert_same(args: list[str], env: dict[str, str]) -> None:
    fast, typer_only = both_ways(args, env)
    assert fast.returncode == typer_only.returncode, (args, fast.stderr, typer_only.stderr)
    assert fast.stdout == typer_only.stdout, args
    assert fast.stderr == typer_only.stderr, args


@pytest.mark.parametrize("args", CASES, ids=" ".join)
def test_the_quick_path_and_typer_agree_on_an_own_store(
    args: list[str], own_store: Path, subprocess_env: dict[str, str]
) -> None:
    assert_same(args, subprocess_env)


def test_the_cases_cover_both_paths() -> None:
    taken = [args for args in CASES if used_quick(args)]
    assert len(taken) >= 25 and len(CASES) - len(taken) >= 10


STORES = {
    "none yet": None,
    "hand-edited": "hand",
    "damaged": b'{"format": "steuncirkel", "version": 2, "entries": [',
    "wrong shape": b'{"format": "steuncirkel", "version": 2, "entries": [{"id": 5}]}',
    "newer": b'{"format": "steuncirkel", "version": 7}',
    "first release": b'{"format": "steuncirkel", "version": 1, "entries": []}',
}


@pytest.mark.parametrize("store", STORES, ids=str)
@pytest.mark.parametrize(
    "args",
    [["show"], ["show", "--json"], ["settings"], ["print", "--format", "markdown"]],
    ids=" ".join,
)
def test_the_quick_path_and_typer_agree_on_every_kind_of_store(
    store: str,
    args: list[str],
    home: Path,
    cli,
    subprocess_env: dict[str, str],  # noqa: ANN001
) -> None:
    data = STORES[store]
    if data == "hand":  # written by the app, then changed by hand: the note no longer fits
        cli.add("Anna", "--crisis", "--phone", "0612345678")
        path = home / "circle.json"
        raw = json.loads(path.read_bytes())
        raw["entries"][0]["name"] = "Anna (met de hand)"
        path.write_text(json.dumps(raw, indent=2))
    elif isinstance(data, bytes):
        write_store(home, data)
    assert_same(args, subprocess_env)


def test_a_missing_store_beside_its_backup_is_said_the_same_way(
    own_store: Path, subprocess_env: dict[str, str]
) -> None:
    own_store.rename(own_store.with_name("circle.json.bak"))
    for args in (["show"], ["settings"], ["print"]):
        assert_same(args, subprocess_env)


@pytest.mark.parametrize(
    "args",
    [
        ["show", "--help"],
        ["show", "-h"],
        ["show", "--role"],
        ["show", "--role", "--json"],
        ["show", "--role", "vriend"],
        ["show", "--role", ""],
        ["show", "--json=1"],
        ["show", "--jsn"],
        ["show", "x"],
        ["show", "--"],
        ["print", "-o=-"],
        ["print", "-o-"],
        ["print", "--output", "--force"],
        ["print", "--layout", "a5"],
        ["print", "--no-qr=yes"],
        ["settings", "--name", "Kim"],
        ["settings", "--lang", "en"],
        ["settings", "--lang=en"],
        ["settings", "--nudge-weeks", "2"],
        ["--version"],
        ["--help"],
        [],
        ["add", "Anna"],
        ["--lang", "fr", "show"],
        ["--lang", "nl_BE", "show"],
        ["--home"],
        ["--json", "show"],
        ["--role", "crisis", "show"],
        ["--no-qr", "print"],
        ["--demo", "--json", "show"],
        ["show", "--role", "--lang", "en", "crisis"],
        ["show", "--role", "--home", "x", "crisis"],
        ["print", "-o", "--demo", "-"],
    ],
    ids=" ".join,
)
def test_what_the_quick_path_is_not_sure_of_goes_to_typer(args: list[str]) -> None:
    scan = scan_args(args)
    assert not quick.run(args, scan)  # returns before it runs anything


def typer_options(command: str) -> dict[str, bool]:
    """The options of ``command`` in the Typer app: each spelling → whether it is a flag."""
    group = typer.main.get_command(make_app("nl"))
    found: dict[str, bool] = {}
    for param in group.commands[command].params:  # type: ignore[attr-defined]
        for spelling in (*param.opts, *param.secondary_opts):
            found[spelling] = bool(getattr(param, "is_flag", False))
    return found


@pytest.mark.parametrize("command", quick.COMMANDS)
def test_the_quick_options_are_the_typer_apps(command: str) -> None:
    declared = typer_options(command)
    table = quick.options()[command]
    for spelling, (_, takes) in table.items():
        assert spelling in declared, spelling
        assert declared[spelling] == (takes == quick.FLAG), spelling
    if command != "settings":  # settings takes its options to change something: Typer
        global_options = {"--home", "--lang", "--demo", "--help", "-h"}
        assert set(declared) - global_options == set(table)


@pytest.mark.parametrize(
    "args",
    [
        ["--demo", "show"],
        ["--demo", "show", "--json"],
        ["--demo", "settings"],
        ["--demo", "print"],
        ["--demo", "print", "--format", "markdown"],
        ["show"],
        ["show", "--json", "--role", "crisis"],
        ["settings"],
        ["print", "--layout", "kaart"],
    ],
    ids=" ".join,
)
def test_reading_commands_need_no_third_party_package(
    args: list[str],
    own_store: Path,
    subprocess_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With every third-party package blocked (Typer, Click, Rich, Pydantic, phonenumbers
    ...), the reading commands still work: on the demo, and on a store this version
    wrote. Goal 2 of the speed issue: 6x bare Python needs every one of them left out."""
    for key, value in subprocess_env.items():
        monkeypatch.setenv(key, value)
    code = f"from steuncirkel.__main__ import main\nassert main({args!r}) == 0\n"
    loaded = loaded_after(code, blocked=THIRD_PARTY)
    assert not {m for m in loaded if m.split(".")[0] in THIRD_PARTY}
    for heavy in ("steuncirkel.models", "steuncirkel.store", "steuncirkel.operations"):
        assert heavy not in loaded, heavy


@pytest.mark.parametrize("command", ["show", "print"])
def test_every_word_the_quick_path_takes_means_the_same_to_typer(
    command: str,
    cli,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    """The word tables of the quick options are the ones the Typer options read: each
    word reaches the command as the same value both ways."""
    from steuncirkel.cli import printout, show

    module = show if command == "show" else printout
    seen: list[dict[str, object]] = []
    monkeypatch.setattr(module, "run", lambda session, **given: seen.append(given))
    for spelling, (dest, takes) in quick.options()[command].items():
        if isinstance(takes, str):
            continue  # a flag or free text: no word table
        for word, meant in takes.items():
            seen.clear()
            assert cli("--demo", command, spelling, word).exit_code == 0, (spelling, word)
            assert seen and seen[0][dest] == meant, (spelling, word)
            scan = scan_args([command, spelling, word])
            assert quick.parse(command, scan.rest, scan.at) == {dest: meant}
