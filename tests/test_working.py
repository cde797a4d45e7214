"""A write keeps what it does not change as stored, and checks only the rest (``working.py``).

The operations run on the circle as a write reads a store this version wrote (views of
the stored JSON) and on the models of the same circle. For generated circles and every
kind of change, both must refuse alike, or agree on whether anything changed and write
the very same bytes. Through the store: a write on a store the note names checks only
the entries it changed, one on any other store checks everything, and the bytes kept
for the history and the backup are the ones the change was made on.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings

from steuncirkel import edits, operations, working
from steuncirkel.base.circleview import CircleView
from steuncirkel.base.errors import SteuncirkelError, StoreError
from steuncirkel.models import Circle, Entry
from steuncirkel.store import Store, dump_circle
from test_circleview import circles

NOW = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)
NEW_ID = uuid.UUID(int=7)

Change = Callable[[Any], Any]


def changes(circle: Circle) -> dict[str, Change]:
    """Every kind of change a command makes, on entries the circle has."""
    first = circle.entries[0].name if circle.entries else "Niemand"
    last = circle.entries[-1].name if circle.entries else "Niemand"
    crisis_names = [e.name for e in circle.crisis_list()]
    note = circle.entries[0].note if circle.entries else None
    return {
        "add": lambda c: operations.add_entry(
            c, operations.EntryDraft("Nieuw Iemand", phone="0612345678"), NOW
        ),
        "add crisis": lambda c: operations.add_entry(
            c, operations.EntryDraft("Nieuw Iemand", crisis=True, available="ma-vr 9-17"), NOW
        ),
        "add taken name": lambda c: operations.add_entry(c, operations.EntryDraft(first), NOW),
        "edit note": lambda c: edits.edit_entry(c, first, edits.EntryEdit(note="later"), NOW),
        "edit same note": lambda c: edits.edit_entry(
            c, first, edits.EntryEdit(note=note or ""), NOW
        ),
        "edit roles": lambda c: edits.edit_entry(
            c, last, edits.EntryEdit(crisis=True, listens=False, kind=None), NOW
        ),
        "rename": lambda c: edits.edit_entry(c, last, edits.EntryEdit(name="Zed Anders"), NOW),
        "edit phone": lambda c: edits.edit_entry(
            c, first, edits.EntryEdit(phone="+32 470 12 34 56", available=""), NOW
        ),
        "remove": lambda c: edits.remove_entry(c, first),
        "contact": lambda c: edits.record_contact(c, last, "even gebeld", NOW),
        "order": lambda c: edits.order_crisis(c, list(reversed(crisis_names))),
        "settings": lambda c: operations.update_settings(c, name="Sam", nudge_weeks=2),
        "settings same": lambda c: operations.update_settings(
            c, country=circle.settings.country, lang=circle.settings.lang
        ),
    }


def outcome(change: Change, circle: Any) -> tuple[str, Any]:
    """What a change gives: a refusal (its message and values), or the result."""
    try:
        with mock.patch.object(operations.uuid, "uuid4", return_value=NEW_ID):
            return "done", change(circle)
    except SteuncirkelError as refused:
        return "refused", (refused.msg, refused.params)


@settings(max_examples=60, deadline=None)
@given(circles())
def test_a_change_on_the_stored_circle_writes_what_the_models_write(circle: Circle) -> None:
    stored = dump_circle(circle)
    for name, change in changes(circle).items():
        view = CircleView(json.loads(stored))  # as a write reads a store the note names
        by_models, by_view = outcome(change, circle), outcome(change, view)
        assert by_models[0] == by_view[0], name
        if by_models[0] == "refused":
            assert by_models[1] == by_view[1], name
            continue
        nothing = by_models[1] == circle
        assert working.changes_nothing(view, by_view[1]) == nothing, name
        if not nothing:
            assert working.to_store(view, by_view[1]) == dump_circle(by_models[1]), name


# --- through the store -------------------------------------------------------------


@pytest.fixture
def store(cli: Any, home: Path) -> Store:
    for name in ("Anna", "Bram", "Cem", "Dewi"):
        cli.add(name, "--phone", "0612345678")
    return Store(home)


def add(name: str) -> Change:
    return lambda c: operations.add_entry(c, operations.EntryDraft(name), NOW)


def count_checks(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every entry the models check from now on (as a model, or inside a circle)."""
    checked: list[object] = []
    entry_check, circle_check = Entry.model_validate, Circle.model_validate

    def entry(value: Any, *args: Any, **kwargs: Any) -> Entry:
        checked.append(value)
        return entry_check(value, *args, **kwargs)

    def circle(value: Any, *args: Any, **kwargs: Any) -> Circle:
        checked.extend(value.get("entries", []) if isinstance(value, dict) else [value])
        return circle_check(value, *args, **kwargs)

    monkeypatch.setattr(Entry, "model_validate", entry)
    monkeypatch.setattr(Circle, "model_validate", circle)
    return checked


def test_a_write_on_a_store_the_note_names_checks_only_what_changed(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = count_checks(monkeypatch)
    store.update(add("Eva"))
    assert [e["name"] for e in checked] == ["Eva"]  # type: ignore[index]
    checked.clear()
    store.update(lambda c: edits.edit_entry(c, "Bram", edits.EntryEdit(note="x"), NOW))
    # Bram only: taken as a model to change it, and checked as changed.
    assert {e["name"] for e in checked} == {"Bram"}  # type: ignore[index]
    names = [e["name"] for e in json.loads(store.path.read_bytes())["entries"]]
    assert names == ["Anna", "Bram", "Cem", "Dewi", "Eva"]


def test_a_write_on_a_hand_edited_store_checks_every_entry(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = store.path.read_text(encoding="utf-8").replace('"Cem"', '"Cem K."')
    store.path.write_text(text, encoding="utf-8")
    checked = count_checks(monkeypatch)
    store.update(add("Eva"))
    assert len(checked) == 5  # the four read, in full, and the new one
    assert "Cem K." in store.path.read_text(encoding="utf-8")


def test_a_hand_edit_the_models_refuse_is_never_written_over(store: Store) -> None:
    text = store.path.read_text(encoding="utf-8").replace('"person"', '"ruimteschip"', 1)
    store.path.write_text(text, encoding="utf-8")
    with pytest.raises(StoreError):
        store.update(add("Eva"))
    assert store.path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("keep_time", [False, True], ids=["edited", "edited-same-time"])
def test_a_store_changed_while_the_new_one_is_made_is_refused(
    store: Store, monkeypatch: pytest.MonkeyPatch, keep_time: bool
) -> None:
    """The bytes read are let go while the new store is made and read again for the
    history and the backup: a program that ignores the lock and changes the file in
    that moment (even keeping its size and time) is caught, and nothing is written."""
    before = store.path.read_bytes()
    backup = store.backup_path.read_bytes()
    versions = len(store.history.versions())
    real = working.to_store
    meddled = before.replace(b'"Anna"', b'"Anja"')
    assert len(meddled) == len(before)

    def meddling(old: CircleView, new: CircleView) -> bytes:
        info = os.stat(store.path)
        store.path.write_bytes(meddled)
        if keep_time:
            os.utime(store.path, ns=(info.st_atime_ns, info.st_mtime_ns))
        return real(old, new)

    monkeypatch.setattr(working, "to_store", meddling)
    with pytest.raises(StoreError) as refused:
        store.update(add("Eva"))
    assert refused.value.msg.value == "store_changed"
    assert store.path.read_bytes() == meddled  # what the other program wrote, untouched
    assert store.backup_path.read_bytes() == backup
    assert len(store.history.versions()) == versions


def test_the_history_and_backup_keep_the_bytes_the_change_was_made_on(store: Store) -> None:
    before = store.path.read_bytes()
    store.update(add("Eva"))
    assert store.backup_path.read_bytes() == before
    assert store.history.read(store.history.versions()[0]) == before


def test_a_change_may_not_touch_what_a_circle_keeps_as_stored() -> None:
    circle = CircleView.empty()
    with pytest.raises(ValueError, match="as stored"):
        circle.model_copy(update={"format": "other"})


@pytest.mark.usefixtures("ctrl_c_as_on_a_terminal")
def test_ctrl_c_while_the_bytes_are_made_stops_as_ctrl_c() -> None:
    """Pydantic's serializer turns a KeyboardInterrupt raised inside it into an error of
    its own, which the command would report as a bug. Ctrl-C now waits until the bytes
    are made and is then raised as itself: "stopped, nothing changed"."""
    import signal

    from pydantic import BaseModel, field_serializer

    class Slow(BaseModel):  # a value whose writing runs Python inside the serializer
        value: int = 1

        @field_serializer("value")
        def _interrupted(self, value: int) -> int:
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, right then
            return value

    with pytest.raises(KeyboardInterrupt):
        working.store_bytes({"entries": [Slow()]})
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert working.store_bytes({"entries": []}) == b'{\n  "entries": []\n}\n'
