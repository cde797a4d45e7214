"""The circle a write works on: read once, changed by an operation, and turned into
the store's bytes with only what changed checked again.

A write reads the store as it stands into a ``CircleView`` (``base/circleview.py``):

- bytes this version wrote and checked (``base/stamp.py``) are taken as they are;
- anything else (a hand edit, another version's file) is checked in full by the
  models first, and the checked form is what the change sees.

An operation (``operations.py``, ``edits.py``) returns a copy in which what it changed
or added is a model. Writing keeps every entry it did not touch as stored, checks the
models and the circle around them (its own rule: unique ids), and writes the whole as
the models would. At 100,000 entries this holds a third of the memory that models of
every entry take (about 3.9 KB each), and skips checking 99,999 entries again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pydantic_core

from steuncirkel.base.circleview import CircleView, EntryView, SettingsView
from steuncirkel.base.interrupts import held
from steuncirkel.models import Circle, Entry, Settings, refuse_shared_ids

if TYPE_CHECKING:
    from pathlib import Path

    from steuncirkel.base.circleview import EntryLike, SettingsLike

__all__ = ["changes_nothing", "read_for_change", "store_bytes", "to_store"]


def store_bytes(value: Circle | dict[str, Any]) -> bytes:
    """The store's bytes for a circle: indented UTF-8 JSON, trailing newline.

    Pydantic's serializer writes the same text as ``json.dumps(indent=2,
    ensure_ascii=False)`` in a fraction of the time (the standard library falls back
    to its pure-Python encoder when indenting: 290 ms against 80 ms at 10,000
    entries). Only the spelling of some floats in a hand-added key differs (``1e-7``
    for ``1e-07``): the same value. Straight to bytes: a text first, then its
    encoding, were two more copies of the whole store (72 MB each at 100,000 entries).
    """
    with held(raise_after=True):  # a Ctrl-C inside it would read as an error of its own
        body = pydantic_core.to_json(value, indent=2)
    return body + b"\n"


def read_for_change(raw: bytes | None, ours: bool, path: Path, backup: Path) -> CircleView:
    """The circle in the store's bytes ``raw`` (None: there is no store), for a change.

    ``ours``: the bytes are what this version last wrote and checked; they are read
    as they are, with strings of up to 64 characters shared (a third less memory than
    ``json.loads`` at 100,000 entries). What is cheap to check is checked still: every
    field present, unique ids, and the circle without its entries (settings, crisis
    order, format). Should they not be in the form it writes after all, or be anything
    else, they are checked in full (``store.parse_circle``), which raises
    ``StoreCorrupt`` or ``StoreTooNew`` for a store that cannot be taken.
    """
    from steuncirkel.store import parse_circle

    if raw is None:
        return CircleView.empty()
    if ours:
        try:
            view = CircleView(pydantic_core.from_json(raw, cache_strings="all"))
            Circle.model_validate({**view.stored, "entries": []})  # the rest of the frame
        except (ValueError, LookupError, TypeError, AttributeError):
            pass  # not the form this version writes after all: checked in full below
        else:
            return view
    circle = parse_circle(raw, path, backup)
    return CircleView(circle.model_dump(mode="json"))


def _stored_form(item: EntryLike | SettingsLike) -> dict[str, Any]:
    return item.model_dump(mode="json")


def changes_nothing(before: CircleView, after: CircleView) -> bool:
    """True when writing ``after`` would store what ``before`` holds: nothing to
    write, no backup to rotate, no version for the history."""
    if after is before:
        return True
    if list(after.crisis_order) != list(before.crisis_order):
        return False
    if len(after.entries) != len(before.entries):
        return False
    for new, old in zip(after.entries, before.entries, strict=True):
        if new is not old and _stored_form(new) != _stored_form(old):
            return False
    return after.settings is before.settings or (
        _stored_form(after.settings) == _stored_form(before.settings)
    )


def to_store(before: CircleView, after: CircleView) -> bytes:
    """The store's bytes for ``after``, a change of ``before``.

    Entries and settings ``after`` kept from ``before`` (the same objects) are written
    as they were read; everything else is checked by the models first, and so is the
    circle around them. Raises ``ValueError`` (a ``ValidationError``) when the change
    made something the store cannot hold: a mistake in an operation, never the user's.
    """
    kept = {id(entry) for entry in before.entries}
    entries: list[dict[str, Any] | Entry] = [
        entry.stored
        if isinstance(entry, EntryView) and id(entry) in kept
        else Entry.model_validate(_stored_form(entry))
        for entry in after.entries
    ]
    refuse_shared_ids(entry.id for entry in after.entries)
    settings: dict[str, Any] | Settings = (
        before.settings.stored
        if after.settings is before.settings and isinstance(before.settings, SettingsView)
        else Settings.model_validate(_stored_form(after.settings))
    )
    order = list(after.crisis_order)
    frame = {**before.stored, "settings": settings, "crisis_order": order, "entries": []}
    Circle.model_validate(frame)  # format, version, the crisis order, unknown keys
    return store_bytes({**frame, "entries": entries})
