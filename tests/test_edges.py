"""Nothing lost at the edges: the store's odd states, and what every command does there.

A missing ``circle.json`` beside its backup is a lost circle, not a new one; a link
to a file that is gone is named as such; a write whose result the reader would refuse
is refused before anything is written; a store the writer could not write back
unchanged is refused as unreadable.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from test_crisis import run as run_crisis

STORE = "circle.json"
BACKUP = "circle.json.bak"


def _files(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in home.iterdir() if p.is_file() and p.suffix != ".lock"}


@pytest.fixture
def lost_store(cli: Any, home: Path) -> Path:
    """A circle of two saves whose circle.json was deleted; the backup holds Anna."""
    cli.add("Anna", "--crisis", "--phone", "0612345678")
    cli.add("Bob")
    (home / STORE).unlink()
    return home


def test_crisis_shows_the_backup_when_the_store_is_missing(
    lost_store: Path, subprocess_env: dict[str, str]
) -> None:
    result = run_crisis("crisis", env=subprocess_env, blocked=True)
    assert result.returncode == 0
    assert "1. Anna" in result.stdout and "06 12345678" in result.stdout
    assert "reservekopie" in result.stdout and "ontbreekt" in result.stdout
    assert "ontbreekt" in result.stderr and BACKUP in result.stderr
    doc = json.loads(run_crisis("crisis", "--json", env=subprocess_env).stdout)
    assert doc["from_backup"] is True and doc["problem"]["code"] == "store_missing"
    assert [e["name"] for e in doc["crisis_list"]] == ["Anna"]


def test_show_says_the_store_is_missing_and_how_to_bring_it_back(
    cli: Any, lost_store: Path
) -> None:
    for args in (["show"], ["show", "--json"], ["print"], ["settings"]):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert "ontbreekt" in result.stderr and "kopieer" in result.stderr
        assert str(lost_store / BACKUP) in result.stderr
        assert "steuncirkel add" not in result.stdout  # no start guide: the circle is not new


@pytest.mark.parametrize(
    "args",
    [["add", "Carl"], ["add", "Dirk", "--crisis"], ["settings", "--country", "BE"]],
)
def test_writing_commands_refuse_until_the_backup_is_restored(
    cli: Any, lost_store: Path, args: list[str]
) -> None:
    before = _files(lost_store)
    for _ in range(2):  # twice: the second would have pushed out the only backup
        result = cli(*args)
        assert result.exit_code == 1
        assert "ontbreekt" in result.stderr
    assert _files(lost_store) == before
    # The way back the message gives works:
    (lost_store / STORE).write_bytes((lost_store / BACKUP).read_bytes())
    assert cli(*args).exit_code == 0


def test_starting_fresh_after_moving_the_backup_away(cli: Any, lost_store: Path) -> None:
    (lost_store / BACKUP).rename(lost_store.parent / "old-circle.json")
    assert cli("add", "Carl").exit_code == 0


def test_a_dangling_link_as_the_store_is_named_everywhere(
    cli: Any, home: Path, tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    cli.add("Anna", "--crisis", "--phone", "0612345678")
    cli.add("Bob")
    gone = tmp_path / "usb-stick" / "circle.json"
    (home / STORE).unlink()
    (home / STORE).symlink_to(gone)
    before = _files(home)
    for args in (["show"], ["add", "Carl"], ["print"], ["settings", "--country", "BE"]):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert "koppeling" in result.stderr and str(gone) in result.stderr, args
    assert (home / STORE).is_symlink() and _files(home) == before
    result = run_crisis("crisis", env=subprocess_env, blocked=True)
    assert result.returncode == 0 and "1. Anna" in result.stdout  # from the backup
    assert "koppeling" in result.stderr and str(gone) in result.stderr


def test_no_store_and_no_backup_is_still_a_new_circle(cli: Any, home: Path) -> None:
    result = cli("show")
    assert result.exit_code == 0 and "steuncirkel add" in result.stdout
    assert not os.path.exists(home)
