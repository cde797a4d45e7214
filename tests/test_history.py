"""History, undo and restore (issue #10 items 10-12): every write keeps the version it
replaces; ``undo`` steps back and is itself reversible; ``restore N`` brings back any
listed version, also over a store that cannot be read (with consent, keeping it aside)."""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from helpers import TIMEOUT, run_script
from steuncirkel.base import storefile
from steuncirkel.history import KEEP, ChangeNote, History, Version, pick_undo
from steuncirkel.render.history import describe

STORE = "circle.json"
BACKUP = "circle.json.bak"
FIXED = "2026-11-27T16:17:00+00:00"


def store_bytes(home: Path) -> bytes:
    return (home / STORE).read_bytes()


def names(home: Path) -> list[str]:
    return [e["name"] for e in json.loads(store_bytes(home))["entries"]]


def version_files(home: Path) -> list[Path]:
    folder = home / "history"
    return sorted(folder.glob("*.json.gz")) if folder.is_dir() else []


def history_json(cli: Any, *args: str) -> dict[str, Any]:
    result = cli("history", "--json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def stray_files(folder: Path) -> list[str]:
    """Temporary files anywhere in the data folder (each holds personal data)."""
    return sorted(p.name for p in folder.rglob(".steuncirkel-*.tmp"))


# --- undo and restore -----------------------------------------------------------------


def test_ten_undos_after_ten_adds_give_back_the_first_file_byte_for_byte(
    cli: Any, home: Path
) -> None:
    cli.add("Start")
    states = [store_bytes(home)]
    for n in range(10):
        cli.add(f"Persoon {n}", "--listens")
        states.append(store_bytes(home))
    for step in range(1, 11):
        result = cli("undo")
        assert result.exit_code == 0, result.stderr
        assert store_bytes(home) == states[-1 - step], f"after undo {step}"
        assert f"Persoon {10 - step} toegevoegd" in result.stderr
        assert "steuncirkel restore 1" in result.stderr
        assert "steuncirkel show" in result.stderr
    assert names(home) == ["Start"]
    result = cli("undo")  # nothing further back: the first add created the file
    assert result.exit_code == 1
    assert store_bytes(home) == states[0]


def test_undo_after_a_new_change_goes_on_backwards(cli: Any, home: Path) -> None:
    """Undo, change something else, undo, undo: the last undo steps back past both,
    never to a state the user already has."""
    cli.add("Start")
    cli.add("Anna")
    with_anna = store_bytes(home)
    cli.add("Bram")
    assert cli("undo").exit_code == 0  # Bram gone
    assert store_bytes(home) == with_anna
    assert cli("edit", "Anna", "--note", "nieuw").exit_code == 0
    assert cli("undo").exit_code == 0  # the note gone
    assert store_bytes(home) == with_anna
    result = cli("undo")  # now Anna herself
    assert result.exit_code == 0, result.stderr
    assert "Anna toegevoegd" in result.stderr
    assert names(home) == ["Start"]


def test_edits_removals_and_contacts_are_described_by_their_stored_name(
    cli: Any, home: Path
) -> None:
    cli.add("Bram", "--crisis")
    cli.add("Anna de Vries", "--crisis")
    assert cli("edit", "anna DE vries", "--note", "x").exit_code == 0
    assert cli("contact", "  ANNA de vries ").exit_code == 0
    assert cli("edit", "anna de vries", "--name", "Anne").exit_code == 0
    assert cli("order", "anne").exit_code == 0
    assert cli("remove", "ANNE", "--yes").exit_code == 0
    listed = cli("history").stdout
    for line in ("Anne verwijderd", "Volgorde van de crisislijst aangepast",
                 "Anna de Vries hernoemd naar Anne", "Contact met Anna de Vries genoteerd",
                 "Anna de Vries gewijzigd"):  # fmt: skip
        assert line in listed, line


def test_an_undo_is_reversed_by_restore_1(cli: Any, home: Path) -> None:
    cli.add("Anna")
    cli.add("Bram", "--crisis")
    before = store_bytes(home)
    assert cli("undo").exit_code == 0
    assert names(home) == ["Anna"]
    top = history_json(cli)["versions"][0]
    assert top["change"] == "undone"
    assert top["description"] == "Ongedaan gemaakt: Bram toegevoegd"
    result = cli("restore", "1")
    assert result.exit_code == 0, result.stderr
    assert store_bytes(home) == before
    assert "Versie 1 van" in result.stderr and "steuncirkel restore 1" in result.stderr
    # The restore is a write too: undo takes it back, and restore 1 again reverses that.
    assert cli("undo").exit_code == 0
    assert names(home) == ["Anna"]
    assert cli("restore", "1").exit_code == 0
    assert store_bytes(home) == before


def test_restore_brings_back_any_listed_version_and_keeps_what_it_replaced(
    cli: Any, home: Path
) -> None:
    cli.add("Anna")
    first = store_bytes(home)
    cli.add("Bram")
    cli.add("Carla")
    latest = store_bytes(home)
    assert cli("restore", "2").exit_code == 0  # the circle before Bram: only Anna
    assert store_bytes(home) == first
    assert (home / BACKUP).read_bytes() == latest
    versions = history_json(cli)["versions"]
    assert [v["description"] for v in versions] == [
        "Versie 2 teruggezet",
        "Carla toegevoegd",
        "Bram toegevoegd",
    ]
    assert gzip.decompress(version_files(home)[-1].read_bytes()) == latest


def test_undo_keeps_stepping_back_past_a_restore_run(cli: Any, home: Path) -> None:
    cli.add("Anna")
    cli.add("Bram")
    cli.add("Carla")
    assert cli("undo").exit_code == 0
    assert cli("undo").exit_code == 0
    assert names(home) == ["Anna"]
    assert cli("restore", "1").exit_code == 0  # breaks the undo run: back to Anna, Bram
    assert names(home) == ["Anna", "Bram"]
    assert cli("undo").exit_code == 0  # undoes the restore
    assert names(home) == ["Anna"]


def test_nothing_to_undo_and_numbers_not_listed_are_refused_plainly(cli: Any, home: Path) -> None:
    result = cli("undo")
    assert result.exit_code == 1
    assert "niets veranderd" in result.stderr
    assert not home.exists()  # a refusal creates nothing
    assert cli("restore", "1").exit_code == 1
    assert not home.exists()
    cli.add("Anna")
    assert cli("undo").exit_code == 1  # the first write has no version before it
    cli.add("Bram")
    cli.add("Carla")
    before = store_bytes(home)
    for number in ("3", "0", "99"):
        result = cli("restore", number)
        assert result.exit_code == 1, number
        assert f"geen versie {number}" in result.stderr
        assert "steuncirkel history" in result.stderr
    assert cli("restore", "twee").exit_code == 2  # not a number: a usage error
    assert store_bytes(home) == before
    assert len(version_files(home)) == 2


def test_a_damaged_version_is_not_restored(cli: Any, home: Path) -> None:
    cli.add("Anna")
    cli.add("Bram")
    before = store_bytes(home)
    version_files(home)[0].write_bytes(b"\x1f\x8b\x08\x00 not gzip at all")
    result = cli("restore", "1")
    assert result.exit_code == 1
    assert "beschadigd" in result.stderr
    assert store_bytes(home) == before
    assert history_json(cli)["versions"][0]["description"] == "Gewijzigd"


# --- the list -------------------------------------------------------------------------


def test_history_lists_newest_first_with_times_and_descriptions(
    cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STEUNCIRKEL_NOW", "2026-11-27T10:00:00+00:00")
    cli.add("Anna")
    monkeypatch.setenv("STEUNCIRKEL_NOW", "2026-11-27T11:00:00+00:00")
    cli.add("Bram")
    monkeypatch.setenv("STEUNCIRKEL_NOW", FIXED)
    assert cli("settings", "--name", "Sam").exit_code == 0
    assert cli("undo").exit_code == 0
    document = history_json(cli)
    assert list(document) == ["format", "version", "versions"]
    assert document["format"] == "steuncirkel-history" and document["version"] == 1
    assert document["versions"] == [
        {
            "number": 1,
            "saved": "2026-11-27T16:17:00Z",
            "description": "Ongedaan gemaakt: Instellingen gewijzigd",
            "change": "undone",
            "name": None,
        },
        {
            "number": 2,
            "saved": "2026-11-27T16:17:00Z",
            "description": "Instellingen gewijzigd",
            "change": "settings",
            "name": None,
        },
        {
            "number": 3,
            "saved": "2026-11-27T11:00:00Z",
            "description": "Bram toegevoegd",
            "change": "added",
            "name": "Bram",
        },
    ]
    english = history_json(cli, "--lang", "en")["versions"]
    assert [v["description"] for v in english] == [
        "Undone: Changed the settings",
        "Changed the settings",
        "Added Bram",
    ]
    text = cli("history")
    assert text.exit_code == 0
    lines = text.stdout.splitlines()
    assert lines[0].startswith("Eerdere versies")
    local = datetime(2026, 11, 27, 11, 0, tzinfo=UTC).astimezone()
    assert lines[3].split() == ["3", str(local.day), "november", "2026", f"{local:%H:%M}"] + [
        "Bram",
        "toegevoegd",
    ]
    assert "steuncirkel restore" in text.stderr and "steuncirkel undo" in text.stderr


def test_history_shows_names_literally_and_safely(cli: Any, home: Path) -> None:
    cli.add("Anna")
    cli.add("[red]Bram[/red]")
    cli.add("Carla")
    text = cli("history").stdout
    assert "[red]Bram[/red] toegevoegd" in text
    assert history_json(cli)["versions"][1]["name"] == "[red]Bram[/red]"


def test_an_empty_history_and_a_missing_folder(cli: Any, home: Path) -> None:
    result = cli("history")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "nog geen eerdere versies" in result.stderr
    assert history_json(cli)["versions"] == []
    assert not home.exists()  # reading creates nothing


@pytest.mark.parametrize(
    ("note", "nl", "en"),
    [
        (ChangeNote("added", name="Anna"), "Anna toegevoegd", "Added Anna"),
        (ChangeNote("edited", name="Anna"), "Anna gewijzigd", "Changed Anna"),
        (
            ChangeNote("renamed", name="Anneke", old_name="Anna"),
            "Anna hernoemd naar Anneke",
            "Renamed Anna to Anneke",
        ),
        (ChangeNote("removed", name="Bram"), "Bram verwijderd", "Removed Bram"),
        (
            ChangeNote("ordered"),
            "Volgorde van de crisislijst aangepast",
            "Reordered the crisis list",
        ),
        (
            ChangeNote("contacted", name="Anna"),
            "Contact met Anna genoteerd",
            "Noted contact with Anna",
        ),
        (ChangeNote("settings"), "Instellingen gewijzigd", "Changed the settings"),
        (
            ChangeNote("undone", number=2, undone=ChangeNote("removed", name="Bram")),
            "Ongedaan gemaakt: Bram verwijderd",
            "Undone: Removed Bram",
        ),
        (ChangeNote("restored", number=3), "Versie 3 teruggezet", "Restored version 3"),
        (None, "Gewijzigd", "Changed"),
        (ChangeNote("something-new"), "Gewijzigd", "Changed"),
    ],
)
def test_descriptions_in_both_languages(note: ChangeNote | None, nl: str, en: str) -> None:
    assert describe(note, "nl") == nl
    assert describe(note, "en") == en


def test_at_most_twenty_versions_are_kept(cli: Any, home: Path) -> None:
    cli.add("Start")
    for n in range(KEEP + 5):
        cli.add(f"Persoon {n}")
    files = version_files(home)
    assert len(files) == KEEP
    versions = history_json(cli)["versions"]
    assert [v["number"] for v in versions] == list(range(1, KEEP + 1))
    assert versions[0]["name"] == f"Persoon {KEEP + 4}"  # the newest are kept
    assert versions[-1]["name"] == "Persoon 5"


def test_the_history_is_private_and_plain_gzip(cli: Any, home: Path) -> None:
    old = os.umask(0o022)
    try:
        cli.add("Anna")
        first = store_bytes(home)
        cli.add("Bram")
    finally:
        os.umask(old)
    folder = home / "history"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (only,) = version_files(home)
    assert stat.S_IMODE(only.stat().st_mode) == 0o600
    assert gzip.decompress(only.read_bytes()) == first  # any gzip tool gives it back
    folder.chmod(0o755)
    cli.add("Carla")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


# --- writes that do not happen leave no version ------------------------------------------


def test_a_refused_write_adds_no_version(cli: Any, home: Path) -> None:
    cli.add("Anna")
    cli.add("Bram")
    before = version_files(home)
    assert len(before) == 1
    result = cli("add", "ANNA")
    assert result.exit_code == 1
    assert version_files(home) == before
    assert stray_files(home) == []
    assert cli("settings", "--country", "NL").exit_code == 0  # changes nothing: no version
    assert version_files(home) == before


def test_a_write_that_fails_in_replace_adds_no_version_and_loses_nothing(
    cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.add("Anna")
    cli.add("Bram")
    before, versions = store_bytes(home), version_files(home)
    assert len(versions) == 1
    real = os.replace

    def failing(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        if Path(dst).name == STORE:
            raise OSError(28, "No space left on device")
        real(src, dst, *args, **kwargs)

    with monkeypatch.context() as mp:
        mp.setattr(storefile.os, "replace", failing)
        result = cli("add", "Carla")
    assert result.exit_code == 1
    assert "niet veranderd" in result.stderr
    assert store_bytes(home) == before
    assert version_files(home) == versions
    assert stray_files(home) == []
    assert cli("add", "Carla").exit_code == 0  # and the next write is whole again
    assert names(home) == ["Anna", "Bram", "Carla"]
    assert gzip.decompress(version_files(home)[-1].read_bytes()) == before


# --- a store that cannot be read ------------------------------------------------------


def damaged_home(cli: Any, home: Path) -> tuple[bytes, bytes]:
    """Anna, then Bram; then circle.json is broken. Returns (version 1, the broken bytes)."""
    cli.add("Anna")
    first = store_bytes(home)
    cli.add("Bram")
    broken = b'{"format": "steuncirkel", "version": 1, "entries": [\n'
    (home / STORE).write_bytes(broken)
    return first, broken


def asides(home: Path) -> list[Path]:
    return sorted(home.glob("circle.json.damaged-*"))


def test_history_works_when_the_store_is_damaged(cli: Any, home: Path) -> None:
    damaged_home(cli, home)
    result = cli("history")
    assert result.exit_code == 0
    assert "Bram toegevoegd" in result.stdout
    assert "niet te lezen" in result.stderr and "restore" in result.stderr
    assert history_json(cli)["versions"][0]["name"] == "Bram"


def test_restoring_over_a_damaged_store_needs_consent(cli: Any, home: Path) -> None:
    _, broken = damaged_home(cli, home)
    result = cli("restore", "1")
    assert result.exit_code == 1
    assert "--yes" in result.stderr and "niets veranderd" in result.stderr
    assert store_bytes(home) == broken
    assert asides(home) == []
    undo = cli("undo")
    assert undo.exit_code == 1
    assert "steuncirkel history" in undo.stderr and "restore" in undo.stderr
    assert store_bytes(home) == broken


def test_restore_yes_keeps_the_damaged_store_aside_and_restores(
    cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, broken = damaged_home(cli, home)
    monkeypatch.setenv("STEUNCIRKEL_NOW", FIXED)
    backup = (home / BACKUP).read_bytes()
    result = cli("restore", "1", "--yes")
    assert result.exit_code == 0, result.stderr
    (aside,) = asides(home)
    assert aside.read_bytes() == broken
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert aside.name in result.stderr
    assert store_bytes(home) == first
    assert (home / BACKUP).read_bytes() == backup  # never rotated into the backup
    # Again, the same second: a new name, nothing overwritten.
    (home / STORE).write_bytes(b"kapot")
    assert cli("restore", "1", "-y").exit_code == 0
    assert sorted(p.read_bytes() for p in asides(home)) == sorted([broken, b"kapot"])


def test_restore_asks_on_a_terminal(cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, broken = damaged_home(cli, home)
    monkeypatch.setattr("steuncirkel.cli.history.stdin_is_interactive", lambda: True)
    result = cli("restore", "1", input="n\n")
    assert result.exit_code == 1
    assert "apart zetten" in result.stderr
    assert store_bytes(home) == broken and asides(home) == []
    result = cli("restore", "1", input="\n")  # the default is no
    assert result.exit_code == 1
    assert store_bytes(home) == broken and asides(home) == []
    result = cli("restore", "1", input="j\n")
    assert result.exit_code == 0, result.stderr
    assert store_bytes(home) == first
    (aside,) = asides(home)
    assert aside.read_bytes() == broken


def test_a_healthy_restore_asks_nothing(
    cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.add("Anna")
    cli.add("Bram")
    monkeypatch.setattr("steuncirkel.cli.history.stdin_is_interactive", lambda: True)
    result = cli("restore", "1", input="")
    assert result.exit_code == 0, result.stderr
    assert names(home) == ["Anna"]


# --- the demo -------------------------------------------------------------------------


def test_the_demo_has_no_history_and_refuses_undo_and_restore(cli: Any, home: Path) -> None:
    result = cli("--demo", "history")
    assert result.exit_code == 0
    assert "voorbeeldcirkel" in result.stderr
    assert history_json(cli, "--demo")["versions"] == []
    for args in (("--demo", "undo"), ("undo", "--demo"), ("--demo", "restore", "1")):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert "--demo" in result.stderr
    assert not home.exists()


# --- the undo rule on its own ------------------------------------------------------------


def _versions(*changes: str) -> list[Version]:
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    count = len(changes)
    return [
        Version(n, count - n + 1, moment, ChangeNote(change, name=f"v{n}"), Path(f"{n}"))
        for n, change in enumerate(changes, start=1)
    ]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (("added", "added", "added"), 1),
        (("undone", "added", "added", "added"), 3),
        (("undone", "undone", "added", "added", "added"), 5),
        (("restored", "undone", "added", "added"), 1),
        # undo, a new change, undo: the next undo goes on past both undone changes
        (("undone", "added", "undone", "added", "added"), 5),
        (("undone", "added", "undone", "undone", "added", "added", "added"), 7),
    ],
)
def test_undo_picks_the_next_change_back(changes: tuple[str, ...], expected: int) -> None:
    target, note = pick_undo(_versions(*changes))
    assert target.number == expected
    assert note.change == "undone" and note.undone == target.note


@pytest.mark.parametrize(
    "changes",
    [
        (),
        ("undone", "added"),
        ("undone", "undone", "added"),
        ("undone", "added", "undone", "added"),
    ],
)
def test_undo_refuses_when_there_is_nothing_further(changes: tuple[str, ...]) -> None:
    from steuncirkel.base.errors import SteuncirkelError

    with pytest.raises(SteuncirkelError):
        pick_undo(_versions(*changes))


def test_a_foreign_file_in_the_history_folder_is_ignored(home: Path) -> None:
    folder = home / "history"
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("mine")
    (folder / "12.json.gz").write_bytes(gzip.compress(b"{}"))  # no comment: no note
    (version,) = History(home).versions()
    assert version.seq == 12 and version.note is None


# --- killed writers -------------------------------------------------------------------

KILL_DRIVER = """
import os, signal, sys
name, nth = sys.argv[1], int(sys.argv[2])
real = getattr(os, name)
calls = [0]
def pull_the_plug(*args, **kwargs):
    calls[0] += 1
    if calls[0] == nth:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args, **kwargs)
setattr(os, name, pull_the_plug)
from steuncirkel.__main__ import main
sys.exit(main(sys.argv[3:]))
"""

# The steps of a write that replaces a store: the backup (fsync 1-2, replace 1), the
# store (fsync 3-4, replace 2), then the version published (fsync 5, replace 3, fsync 6).
KILL_STEPS = [("fsync", 1), ("replace", 2), ("fsync", 4), ("fsync", 5), ("replace", 3),
              ("fsync", 6)]  # fmt: skip


def assert_readable(exe: str, home: Path, env: dict[str, str]) -> list[dict[str, Any]]:
    """The store loads, and every listed version decompresses to a valid store."""
    shown = run_script(exe, "show", "--json", env=env)
    assert shown.returncode == 0, shown.stderr.decode()
    listed = run_script(exe, "history", "--json", env=env)
    assert listed.returncode == 0, listed.stderr.decode()
    versions = json.loads(listed.stdout)["versions"]
    assert len(versions) == len(version_files(home))
    for path in version_files(home):
        assert json.loads(gzip.decompress(path.read_bytes()))["format"] == "steuncirkel"
    return versions


@pytest.mark.skipif(sys.platform != "linux", reason="counts plain fsync calls (Linux)")
@pytest.mark.parametrize(("step", "nth"), KILL_STEPS, ids=[f"{s}-{n}" for s, n in KILL_STEPS])
def test_sigkill_at_each_step_leaves_store_and_history_readable(
    exe: str, home: Path, subprocess_env: dict[str, str], step: str, nth: int
) -> None:
    for name in ("Anna", "Bram"):
        assert run_script(exe, "add", name, env=subprocess_env).returncode == 0
    before = store_bytes(home)
    killed = subprocess.run(
        [sys.executable, "-c", KILL_DRIVER, step, str(nth), "add", "Carl"],
        env=subprocess_env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    versions = assert_readable(exe, home, subprocess_env)
    if names(home) == ["Anna", "Bram"]:
        assert len(versions) == 1  # no version claims a change that did not happen
    else:
        assert names(home) == ["Anna", "Bram", "Carl"]
        assert (home / BACKUP).read_bytes() == before  # the replaced version is never lost
        if len(versions) == 2:
            assert gzip.decompress(version_files(home)[-1].read_bytes()) == before
    assert run_script(exe, "add", "Dirk", env=subprocess_env).returncode == 0
    assert stray_files(home) == []


@pytest.mark.slow
def test_killed_writers_and_undos_leave_a_readable_store_and_history(
    exe: str, home: Path, subprocess_env: dict[str, str]
) -> None:
    rng = random.Random(20261127)
    assert run_script(exe, "add", "Start", env=subprocess_env).returncode == 0
    for i in range(16):
        args = ["undo"] if i % 3 == 2 else ["add", f"Naam {i}"]
        proc = subprocess.Popen(
            [exe, *args],
            env=subprocess_env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0, 0.4))  # when to pull the plug, not a timing assertion
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=TIMEOUT)
        assert_readable(exe, home, subprocess_env)
    final = run_script(exe, "add", "Laatste", env=subprocess_env)
    assert final.returncode == 0, final.stderr.decode()
    assert stray_files(home) == []
    undo = run_script(exe, "undo", env=subprocess_env)
    assert undo.returncode == 0, undo.stderr.decode()
    assert "Laatste" not in names(home)


def test_undo_after_restoring_over_a_damaged_file_really_steps_back(cli: Any, home: Path) -> None:
    """Restoring over a damaged file adds no version (the damaged bytes are kept aside,
    not in the history); the next undo must still change something."""
    cli.add("Anna")
    first = store_bytes(home)
    assert cli("edit", "Anna", "--note", "een").exit_code == 0
    second = store_bytes(home)
    assert cli("edit", "Anna", "--note", "twee").exit_code == 0
    (home / "circle.json").write_text("{broken", encoding="utf-8")
    assert cli("restore", "1", "--yes").exit_code == 0
    assert store_bytes(home) == second
    result = cli("undo")
    assert result.exit_code == 0, result.stderr
    assert store_bytes(home) == first


def test_restoring_a_damaged_linked_store_keeps_the_link(cli: Any, home: Path) -> None:
    cli.add("Anna")
    assert cli("edit", "Anna", "--note", "een").exit_code == 0
    elsewhere = home.parent / "synced"
    elsewhere.mkdir()
    (home / "circle.json").rename(elsewhere / "circle.json")
    (home / "circle.json").symlink_to(elsewhere / "circle.json")
    (elsewhere / "circle.json").write_text("kapot", encoding="utf-8")
    result = cli("restore", "1", "--yes")
    assert result.exit_code == 0, result.stderr
    assert (home / "circle.json").is_symlink()  # the link still points where it did
    assert names(home) == ["Anna"]
    kept = [p for p in home.iterdir() if p.name.startswith("circle.json.damaged-")]
    assert [p.read_text() for p in kept] == ["kapot"]
    assert kept[0].name in result.stderr
    assert cli("edit", "Anna", "--note", "twee").exit_code == 0  # later writes go there too
    assert "twee" in (elsewhere / "circle.json").read_text()
