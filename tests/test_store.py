"""The store on its own: reading, strict parsing, atomic saving, backup, migrations."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import CORRUPT_STORES, NOW, write_store
from steuncirkel import operations, store
from steuncirkel.base import migrations, storefile
from steuncirkel.base.context import Context
from steuncirkel.base.errors import (
    DuplicateName,
    HomeUnknown,
    InputRefused,
    StoreCorrupt,
    StoreTooNew,
    StoreUnreadable,
    StoreWriteFailed,
)
from steuncirkel.base.i18n import Msg
from steuncirkel.base.vocab import SCHEMA_VERSION, Kind
from steuncirkel.models import Circle
from steuncirkel.store import Store, dump_circle, parse_circle


def add(home: Path, name: str, **fields: object) -> Circle:
    draft = operations.EntryDraft(name=name, **fields)  # type: ignore[arg-type]
    return Store(home).update(lambda c: operations.add_entry(c, draft, NOW))


def test_reading_a_missing_store_gives_an_empty_circle_and_creates_nothing(home: Path) -> None:
    assert Store(home).load().stored == Circle().model_dump(mode="json")
    assert not home.exists()


def test_saved_file_has_the_documented_shape(home: Path) -> None:
    add(home, "Anna", listens=True, crisis=True, phone="0612345678")
    raw = json.loads((home / "circle.json").read_text(encoding="utf-8"))
    assert list(raw)[:2] == ["format", "version"]
    assert raw["format"] == "steuncirkel" and raw["version"] == SCHEMA_VERSION
    entry = raw["entries"][0]
    for key in (
        "id", "name", "kind", "roles", "phone", "email", "where",
        "relation", "available", "note", "created", "updated",
    ):  # fmt: skip
        assert key in entry
    assert entry["phone"] == "+31612345678"
    assert entry["roles"] == ["listens", "crisis"]
    assert entry["created"].endswith("Z")
    assert raw["crisis_order"] == [entry["id"]]
    text = (home / "circle.json").read_text(encoding="utf-8")
    assert text.endswith("\n") and "\n  " in text  # indented, human-readable


def test_previous_version_is_kept_as_backup(home: Path) -> None:
    add(home, "Anna")
    first = (home / "circle.json").read_bytes()
    add(home, "Bob")
    assert (home / "circle.json.bak").read_bytes() == first
    assert len(json.loads((home / "circle.json").read_bytes())["entries"]) == 2


def test_a_refused_change_writes_nothing(home: Path) -> None:
    add(home, "Anna")
    before = (home / "circle.json").read_bytes()
    with pytest.raises(DuplicateName, match="duplicate_name"):
        add(home, "ANNA")
    assert (home / "circle.json").read_bytes() == before
    assert not (home / "circle.json.bak").exists()


def test_failed_rename_keeps_the_old_file_and_leaves_no_temp(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(home, "Anna")
    before = (home / "circle.json").read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.os, "replace", broken_replace)
    with pytest.raises(StoreWriteFailed) as caught:
        add(home, "Bob")
    assert caught.value.msg is Msg.STORE_WRITE_FAILED
    assert caught.value.params["reason"] is Msg.REASON_DISK_FULL
    assert (home / "circle.json").read_bytes() == before
    assert not list(home.glob(".steuncirkel-*.tmp"))


def test_orphaned_temp_files_are_removed_at_the_next_write(home: Path) -> None:
    add(home, "Anna")
    orphan = home / ".steuncirkel-abc123.tmp"
    orphan.write_text("personal data from a killed writer")
    add(home, "Bob")
    assert not orphan.exists()


def test_files_are_private(home: Path) -> None:
    old = os.umask(0o022)
    try:
        nested = home / "a" / "b"
        add(nested, "Anna")
        add(nested, "Bob")
    finally:
        os.umask(old)
    for folder in (home, home / "a", nested):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for name in ("circle.json", "circle.json.bak", "circle.json.lock"):
        assert stat.S_IMODE((nested / name).stat().st_mode) == 0o600, name


def test_an_existing_open_folder_is_made_private(home: Path) -> None:
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    add(home, "Anna")
    assert stat.S_IMODE(home.stat().st_mode) == 0o700


# --- strict parsing -----------------------------------------------------------------

VALID = dump_circle(Circle())


@pytest.mark.parametrize("case", sorted(CORRUPT_STORES))
def test_bad_stores_are_refused_with_a_reason(tmp_path: Path, case: str) -> None:
    raw, reason = CORRUPT_STORES[case]
    if reason is None:  # a newer format version is refused as such, not as corrupt
        with pytest.raises(StoreTooNew):
            parse_circle(raw, tmp_path / "circle.json", tmp_path / "circle.json.bak")
        return
    with pytest.raises(StoreCorrupt) as caught:
        parse_circle(raw, tmp_path / "circle.json", tmp_path / "circle.json.bak")
    assert caught.value.params["reason"] is reason


def test_newer_version_is_refused(tmp_path: Path) -> None:
    newer = SCHEMA_VERSION + 1
    raw = b'{"format": "steuncirkel", "version": %d, "entries": "whatever"}' % newer
    with pytest.raises(StoreTooNew) as caught:
        parse_circle(raw, tmp_path / "circle.json", tmp_path / "circle.json.bak")
    assert caught.value.params["version"] == newer


def test_a_bom_from_a_text_editor_is_accepted(tmp_path: Path) -> None:
    circle = parse_circle(b"\xef\xbb\xbf" + VALID, tmp_path / "c", tmp_path / "b")
    assert circle == Circle()


@pytest.mark.parametrize("case", sorted(CORRUPT_STORES))
def test_a_corrupt_store_is_never_written(home: Path, case: str) -> None:
    content, reason = CORRUPT_STORES[case]
    write_store(home, content)
    with pytest.raises(StoreTooNew if reason is None else StoreCorrupt):
        add(home, "Anna")
    assert (home / "circle.json").read_bytes() == content
    assert not (home / "circle.json.bak").exists()


def test_a_folder_in_place_of_the_store_is_unreadable(home: Path) -> None:
    (home / "circle.json").mkdir(parents=True)
    with pytest.raises(StoreUnreadable):
        Store(home).load()


def test_hand_edits_survive(home: Path) -> None:
    """Unknown keys are kept; a crisis entry missing from crisis_order still shows."""
    add(home, "Anna", crisis=True)
    raw = json.loads((home / "circle.json").read_text())
    raw["my_own_key"] = {"kept": True}
    raw["entries"][0]["favourite_colour"] = "green"
    raw["crisis_order"] = []
    (home / "circle.json").write_text(json.dumps(raw))
    circle = add(home, "Bob", crisis=True)
    assert [e.name for e in circle.crisis_list()] == ["Anna", "Bob"]
    saved = json.loads((home / "circle.json").read_text())
    assert saved["my_own_key"] == {"kept": True}
    assert saved["entries"][0]["favourite_colour"] == "green"
    assert len(saved["crisis_order"]) == 2


def test_duplicate_ids_are_a_corrupt_store(tmp_path: Path) -> None:
    entry = {"id": "x", "name": "A", "created": "2026-01-01T00:00:00Z",
             "updated": "2026-01-01T00:00:00Z"}  # fmt: skip
    raw = json.dumps({"format": "steuncirkel", "version": 1, "entries": [entry, entry]})
    with pytest.raises(StoreCorrupt):
        parse_circle(raw.encode(), tmp_path / "c", tmp_path / "b")


# --- the data folder ----------------------------------------------------------------


def test_home_option_wins_over_environment(tmp_path: Path) -> None:
    env = {"STEUNCIRKEL_HOME": str(tmp_path / "env"), "HOME": str(tmp_path)}
    assert Context(home_option=str(tmp_path / "opt"), environ=env).home() == str(tmp_path / "opt")
    assert Context(environ=env).home() == str(tmp_path / "env")


@pytest.mark.parametrize("bad_home", ["", "relative/home", "."])
def test_empty_or_relative_home_is_refused(bad_home: str) -> None:
    with pytest.raises(HomeUnknown):
        Context(environ={"HOME": bad_home}).home()


def test_relative_xdg_data_home_is_refused(tmp_path: Path) -> None:
    with pytest.raises(HomeUnknown):
        Context(environ={"HOME": str(tmp_path), "XDG_DATA_HOME": "rel"}).home()


# --- migrations ---------------------------------------------------------------------


def test_migrations_run_in_order_from_the_stored_version(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A made-up next version shows the mechanism: today's file is read, migrated in memory."""
    add(home, "Anna")
    on_disk = (home / "circle.json").read_bytes()

    def to_next(raw: dict[str, object]) -> dict[str, object]:
        raw["settings"] = {**raw["settings"], "name": "migrated"}  # type: ignore[dict-item]
        return raw

    monkeypatch.setitem(migrations.MIGRATIONS, SCHEMA_VERSION, to_next)
    monkeypatch.setattr(storefile, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    migrated = storefile.decode_store(on_disk, home / "circle.json", home / "circle.json.bak")
    assert migrated["version"] == SCHEMA_VERSION + 1
    assert migrated["settings"]["name"] == "migrated"
    assert migrated["entries"][0]["name"] == "Anna"
    assert (home / "circle.json").read_bytes() == on_disk  # reading never rewrites


def test_a_missing_migration_step_is_reported() -> None:
    with pytest.raises(LookupError, match=f"no migration from version {SCHEMA_VERSION}"):
        migrations.migrate({"version": SCHEMA_VERSION}, SCHEMA_VERSION + 1)


# --- round trip ---------------------------------------------------------------------

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(text, min_size=1, max_size=6),
    notes=st.one_of(st.none(), text),
    kind=st.sampled_from(list(Kind)),
)
def test_store_round_trip(tmp_path: Path, names: list[str], notes: str | None, kind: Kind) -> None:
    circle = Circle()
    for name in names:
        try:
            circle = operations.add_entry(
                circle, operations.EntryDraft(name=name, kind=kind, note=notes), NOW
            )
        except InputRefused as exc:  # refused input is fine here; crashes are not
            assert hasattr(exc, "msg"), exc
    raw = dump_circle(circle)
    assert parse_circle(raw, tmp_path / "c", tmp_path / "b") == circle
    assert dump_circle(parse_circle(raw, tmp_path / "c", tmp_path / "b")) == raw


@pytest.mark.usefixtures("ctrl_c_as_on_a_terminal")
@pytest.mark.parametrize("moment", ["history", "note"])
def test_ctrl_c_as_the_store_is_replaced_waits_and_says_what_was_saved(
    cli: Any, home: Path, monkeypatch: pytest.MonkeyPatch, moment: str
) -> None:
    """Ctrl-C right after the new store is in place (as its history version is
    published, or its note written) no longer says "nothing changed" while the change
    is saved: the write finishes, and the command says what it saved."""
    import signal

    from steuncirkel.base import stamp
    from steuncirkel.history import History, Pending

    cli.add("Anna")
    owner, name = (Pending, "publish") if moment == "history" else (stamp, "record")
    real = getattr(owner, name)

    def interrupted(*args: Any) -> Any:
        os.kill(os.getpid(), signal.SIGINT)  # as a Ctrl-C on the terminal
        return real(*args)

    monkeypatch.setattr(owner, name, interrupted)
    result = cli("add", "Bram")
    assert result.exit_code == 0, result.stderr
    assert "Bram staat nu in je steuncirkel" in result.stderr
    assert "niets veranderd" not in result.stderr
    stored = (home / "circle.json").read_bytes()
    assert b'"Bram"' in stored
    assert stamp.matches(home, stored)
    assert len(History(home).versions()) == 1  # the circle with Anna only
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # as it was


@pytest.mark.parametrize("tty", [True, False])
def test_ctrl_c_on_a_terminal_says_so_on_a_line_of_its_own(
    monkeypatch: pytest.MonkeyPatch, tty: bool
) -> None:
    """The terminal shows ^C where the cursor was (at a question, say); the message
    starts on the next line there, and in a log or pipe on its own line as always."""
    import io
    import sys

    from steuncirkel.cli.session import Session, reported

    class Screen(io.StringIO):
        def isatty(self) -> bool:
            return tty

    stderr = Screen()
    monkeypatch.setattr(sys, "stderr", stderr)
    with pytest.raises(SystemExit) as ended, reported(Session(lang="nl")):
        raise KeyboardInterrupt
    assert ended.value.code == 1
    said = stderr.getvalue()
    assert said.startswith("\nGestopt." if tty else "Gestopt.")
    assert said.count("\n") == (2 if tty else 1)
