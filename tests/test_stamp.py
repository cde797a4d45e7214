"""The note beside the store (``base/stamp.py``): trusted only for the exact bytes written.

A reading command skips the checks only when the store is byte for byte what this
version last wrote after validating it. Every other store (a hand edit, even one that
keeps the size; a restored older version; a note from another version, a damaged one,
a link) is checked in full, so nothing a hand edit breaks slips through.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from steuncirkel import __version__
from steuncirkel.base import stamp
from steuncirkel.base.errors import StoreCorrupt
from steuncirkel.base.storefile import TMP_PREFIX
from steuncirkel.base.vocab import SCHEMA_VERSION
from steuncirkel.store import Store, dump_circle, parse_circle
from steuncirkel.working import read_for_change


def note_of(home: Path) -> Path:
    return home / stamp.STAMP_NAME


@pytest.fixture
def saved(cli, home: Path) -> Path:  # noqa: ANN001
    cli.add("Anna", "--crisis", "--phone", "0612345678")
    cli.add("Bo", "--listens")
    return home / "circle.json"


def test_a_write_leaves_a_private_note_that_matches_the_store(saved: Path, home: Path) -> None:
    note = note_of(home)
    assert stat.S_IMODE(note.stat().st_mode) == 0o600
    text = note.read_text()
    assert text.startswith(f"steuncirkel {__version__} {SCHEMA_VERSION} {saved.stat().st_size} ")
    assert stamp.matches(home, saved.read_bytes())
    assert not list(home.glob(f"{TMP_PREFIX}*"))


def test_a_hand_edit_that_keeps_the_size_is_still_checked(cli, saved: Path) -> None:  # noqa: ANN001
    raw = saved.read_bytes()
    broken = raw.replace(b'"kind": "person"', b'"kind": "persoo"', 1)
    assert len(broken) == len(raw) and broken != raw
    saved.write_bytes(broken)
    result = cli("show")
    assert result.exit_code == 1
    assert "entries[0].kind" in result.stderr


@pytest.mark.parametrize(
    "spoil",
    [
        lambda note: note.unlink(),
        lambda note: note.write_text(note.read_text().replace(__version__, "0.0.1")),
        lambda note: note.write_text("steuncirkel"),
        lambda note: note.write_bytes(note.read_bytes() * 10),
    ],
    ids=["missing", "another version", "damaged", "too long"],
)
def test_without_a_fitting_note_the_store_is_checked_in_full(
    spoil,
    cli,
    saved: Path,
    home: Path,  # noqa: ANN001
) -> None:
    raw = json.loads(saved.read_bytes())
    raw["entries"][1]["updated"] = "gisteren"  # a hand edit the checks refuse
    payload = json.dumps(raw, indent=2).encode()
    saved.write_bytes(payload)
    note_of(home).write_text(stamp._note(payload).decode())  # as if this were ours
    assert cli("show").exit_code == 0  # the note is trusted: proof the test can tell
    spoil(note_of(home))
    result = cli("show")
    assert result.exit_code == 1
    assert "entries[1].updated" in result.stderr


def test_a_note_that_is_a_link_is_not_trusted(saved: Path, home: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "note"
    elsewhere.write_bytes(note_of(home).read_bytes())
    note_of(home).unlink()
    note_of(home).symlink_to(elsewhere)
    assert not stamp.matches(home, saved.read_bytes())


@pytest.mark.parametrize("odd", ["fifo", "folder"])
def test_a_note_that_is_no_file_never_blocks_a_read(
    odd: str, saved: Path, home: Path, exe: str, subprocess_env: dict[str, str]
) -> None:
    """A FIFO in the note's place would block the open of every reading command."""
    note_of(home).unlink()
    if odd == "fifo":
        os.mkfifo(note_of(home))
    else:
        note_of(home).mkdir()
    # In a process with a time limit: without the fix this hangs instead of failing.
    result = subprocess.run([exe, "show"], env=subprocess_env, capture_output=True,
                            text=True, timeout=60, stdin=subprocess.DEVNULL)  # fmt: skip
    assert result.returncode == 0 and "Anna" in result.stdout
    assert not stamp.matches(home, saved.read_bytes())


def test_undo_restores_bytes_the_note_does_not_name(cli, saved: Path, home: Path) -> None:  # noqa: ANN001
    before = saved.read_bytes()
    cli.add("Cem", "--practical")
    assert cli("undo").exit_code == 0
    assert saved.read_bytes() == before
    # The note names the store with Cem, the last checked write: after the undo the
    # store holds other bytes, so a read checks it in full.
    assert not stamp.matches(home, saved.read_bytes())
    assert cli("show").exit_code == 0


def test_a_note_that_cannot_be_written_loses_nothing(
    cli,
    saved: Path,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    real_replace = os.replace

    def no_notes(src: str, dst: str) -> None:
        if str(dst).endswith(stamp.STAMP_NAME):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", no_notes)
        result = cli("add", "Cem", "--practical")
    assert result.exit_code == 0, result.stderr
    assert b'"Cem"' in saved.read_bytes()
    assert not stamp.matches(home, saved.read_bytes())  # the old note names other bytes
    assert not list(home.glob(f"{TMP_PREFIX}*"))
    shown = cli("show")
    assert shown.exit_code == 0 and "Cem" in shown.stdout


def test_a_write_reads_its_own_store_as_the_checks_would(saved: Path, home: Path) -> None:
    raw = saved.read_bytes()
    store = Store(home)
    trusted = read_for_change(raw, True, store.path, store.backup_path)
    checked = parse_circle(raw, store.path, store.backup_path)
    assert trusted.stored == checked.model_dump(mode="json")
    assert [e.name for e in trusted.entries] == ["Anna", "Bo"]
    assert dump_circle(checked) == raw


@pytest.mark.parametrize(
    "bad",
    [
        b'{"format": "steuncirkel", "version": 2, "entries": [{"id": 5}]}',
        b'{"format": "steuncirkel", "version": 2, "entries": [{"id": "a"}]}',
        b"[1, 2]",
        b"{",
    ],
)
def test_a_trusted_store_not_in_the_form_written_is_checked_in_full(home: Path, bad: bytes) -> None:
    """Should a note ever name bytes this version would not write, the full check
    still decides: refused as damaged, never a crash."""
    store = Store(home)
    with pytest.raises(StoreCorrupt):
        read_for_change(bad, True, store.path, store.backup_path)


def test_show_json_spells_a_hand_added_float_as_it_always_did(cli, saved: Path) -> None:  # noqa: ANN001
    """Pydantic writes 0.00001 where the standard library writes 1e-05: a document with
    a float (only a hand-added key has one) is always written by Pydantic."""
    text = saved.read_text().replace('"name": "Bo",', '"name": "Bo",\n      "score": 0.00001,')
    saved.write_text(text)
    for _ in range(2):  # as edited by hand, then as saved (and noted) by the app
        shown = cli("show", "--json")
        assert shown.exit_code == 0
        assert '"score": 0.00001,' in shown.stdout
        cli.add(f"Cem {_}")


def _forge(saved: Path, home: Path, edit: Any) -> None:
    """Edit the store and leave a note that names the edited bytes: what no save of
    this version does, the shortcut's worst case short of a chosen forgery."""
    raw = json.loads(saved.read_bytes())
    edit(raw)
    payload = json.dumps(raw, indent=2, ensure_ascii=False).encode() + b"\n"
    saved.write_bytes(payload)
    note_of(home).write_text(stamp._note(payload).decode())


@pytest.mark.parametrize(
    "edit",
    [
        lambda raw: raw["entries"][1].pop("email"),
        lambda raw: raw["entries"][1].update(contacts=[{"at": "2026-01-05T09:30:00Z"}]),
    ],
    ids=["entry-field-missing", "contact-field-missing"],
)
def test_a_noted_store_with_a_field_left_out_is_checked_in_full_and_mended(
    cli, saved: Path, home: Path, edit: Any
) -> None:  # noqa: ANN001
    """The models fill in a field left out; a noted store without it is not in the form
    this version writes, so reading and writing check it in full, as without a note."""
    _forge(saved, home, edit)
    shown = cli("show", "--json")
    assert shown.exit_code == 0, shown.stderr
    assert cli("edit", "Anna", "--note", "x").exit_code == 0
    bram = json.loads(saved.read_bytes())["entries"][1]
    assert bram["email"] is None
    assert all(contact.keys() == {"at", "note"} for contact in bram["contacts"])


@pytest.mark.parametrize("contacts", [None, 0, False, "", {}])
def test_a_noted_store_whose_contacts_are_no_list_is_refused_as_without_a_note(
    cli, saved: Path, home: Path, contacts: object
) -> None:  # noqa: ANN001
    """Found by an outside review: ``"contacts": null`` under a matching note passed the
    quick look (an empty value started no loop), so ``show`` ended in the "bug" message
    and ``edit`` wrote the damage on. Contacts that are no list are not the written
    form: checked in full, refused naming the field, nothing written."""
    _forge(saved, home, lambda raw: raw["entries"][0].update(contacts=contacts))
    before = saved.read_bytes()
    for args in (("show",), ("show", "--json"), ("settings",), ("print",)):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert "entries[0].contacts" in result.stderr, args
        assert "fout in steuncirkel" not in result.stderr
    assert cli("edit", "Bo", "--note", "x").exit_code == 1
    assert saved.read_bytes() == before


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda raw: raw["settings"].update(nudge_weeks=1000000), "settings.nudge_weeks"),
        (lambda raw: raw["entries"][1].update(id=raw["entries"][0]["id"]), "entries"),
        (lambda raw: raw.update(crisis_order=[5]), "crisis_order[0]"),
    ],
    ids=["settings", "shared-id", "crisis-order"],
)
def test_a_noted_store_the_models_refuse_around_its_entries_is_refused_by_a_write(
    cli, saved: Path, home: Path, edit: Any, field: str
) -> None:  # noqa: ANN001
    """What is cheap to check is checked on every write, note or not: the settings, the
    crisis order and unique ids. Such a store is refused as damaged, naming the field,
    and is not written."""
    _forge(saved, home, edit)
    before = saved.read_bytes()
    result = cli("edit", "Anna", "--note", "x")
    assert result.exit_code == 1
    assert field in result.stderr
    assert "fout in steuncirkel" not in result.stderr  # not taken for a bug of ours
    assert saved.read_bytes() == before
