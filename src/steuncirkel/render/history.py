"""The history on screen and as JSON: each kept version with its time and a one-line
description of the change, said in the user's language when it is shown.

The store keeps what a write changed as data (``ChangeNote``), never as a sentence, so
the same history reads "Anna toegevoegd" in Dutch and "Added Anna" in English.

JSON shape (version 1, docs/json.md)::

    {"format": "steuncirkel-history", "version": 1,
     "versions": [{"number": 1, "saved": "2026-11-27T16:17:00Z",
                   "description": "...", "change": "added" | ... | null,
                   "name": "Anna" | null}]}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from steuncirkel.base.context import utc_text
from steuncirkel.base.i18n import Msg, t, written_date
from steuncirkel.base.textsafety import visible
from steuncirkel.render.lines import Block

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from steuncirkel.base.i18n import Lang
    from steuncirkel.history import ChangeNote, Version

__all__ = [
    "HISTORY_FORMAT",
    "HISTORY_VERSION",
    "describe",
    "history_document",
    "render_history",
    "when",
]

HISTORY_FORMAT: Final = "steuncirkel-history"
HISTORY_VERSION: Final = 1

_WITH_NAME: Final = {
    "added": Msg.HISTORY_ADDED,
    "edited": Msg.HISTORY_EDITED,
    "removed": Msg.HISTORY_REMOVED,
    "contacted": Msg.HISTORY_CONTACTED,
}
_PLAIN: Final = {
    "ordered": Msg.HISTORY_ORDERED,
    "settings": Msg.HISTORY_SETTINGS,
}


def _same(text: str) -> str:
    return text


def describe(note: ChangeNote | None, lang: Lang, shown: Callable[[str], str] = _same) -> str:
    """One line saying what a write changed ("Anna toegevoegd", "Ongedaan gemaakt: …").

    ``shown`` prepares names for where the line goes (``visible`` for a terminal); a
    note without the name its sentence needs, or of an unknown kind, reads "Gewijzigd".
    """
    if note is None:
        return t(Msg.HISTORY_CHANGED, lang)
    change, name = note.change, note.name
    if change in _WITH_NAME and name:
        return t(_WITH_NAME[change], lang, name=shown(name))
    if change == "renamed" and name and note.old_name:
        return t(Msg.HISTORY_RENAMED, lang, name=shown(name), old_name=shown(note.old_name))
    if change == "renamed" and name:
        return t(Msg.HISTORY_EDITED, lang, name=shown(name))
    if change in _PLAIN:
        return t(_PLAIN[change], lang)
    if change == "undone":
        if note.undone is None:
            return t(Msg.HISTORY_UNDONE_UNKNOWN, lang)
        return t(Msg.HISTORY_UNDONE, lang, change=describe(note.undone, lang, shown))
    if change == "restored" and note.number is not None:
        return t(Msg.HISTORY_RESTORED, lang, number=note.number)
    return t(Msg.HISTORY_CHANGED, lang)


def when(saved: datetime, lang: Lang) -> str:
    """A moment in local time as people write it: "27 november 2026 16:17"."""
    local = saved.astimezone()
    return f"{written_date(local.date(), lang)} {local:%H:%M}"


def render_history(versions: list[Version], lang: Lang) -> list[Block]:
    """The kept versions as lines: number, local time, what changed (newest first)."""
    width = len(str(len(versions)))
    blocks = [Block().add(t(Msg.HISTORY_TITLE, lang), "bold")]
    for version in versions:
        lead = f"{version.number:>{width}}  {when(version.saved, lang)}  "
        blocks.append(
            Block(indent=2, hang=2 + len(lead)).add(lead).add(describe(version.note, lang, visible))
        )
    return blocks


def history_document(versions: list[Version], lang: Lang) -> dict[str, Any]:
    """The ``history --json`` document."""
    return {
        "format": HISTORY_FORMAT,
        "version": HISTORY_VERSION,
        "versions": [
            {
                "number": version.number,
                "saved": utc_text(version.saved),
                "description": describe(version.note, lang),
                "change": version.note.change if version.note else None,
                "name": version.note.name if version.note else None,
            }
            for version in versions
        ],
    }
