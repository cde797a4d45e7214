"""What every view says about one entry: who it is to you, and how to reach it.

Reach details are typed items (phone, e-mail, where, when), so a view that shows the
phone number on its own line leaves out the item of that kind, not a translated label.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from operator import attrgetter

from steuncirkel.base.helplines import helplines_to_call
from steuncirkel.base.i18n import Msg, t
from steuncirkel.base.records import Record
from steuncirkel.base.textsafety import given, visible
from steuncirkel.base.vocab import REACH_ORDER, who_to_you

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

    from steuncirkel.base.circleview import EntryLike
    from steuncirkel.base.i18n import Lang

__all__ = [
    "NO_PHONE",
    "Reach",
    "ReachItem",
    "about",
    "main_helpline_uri",
    "reach_items",
    "reach_lines",
]


class Reach(StrEnum):
    """The ways to reach an entry (shown in ``REACH_ORDER``)."""

    PHONE = "phone"
    EMAIL = "email"
    WHERE = "where"
    AVAILABLE = "available"


NO_PHONE: Final = frozenset({Reach.PHONE})  # for views that give the number its own line


# "Tel. 06 12345678", "E-mail a@b.nl", "Waar: ...", "Bereikbaar: ..."
_LABELS: Final = {
    Reach.PHONE: (Msg.LABEL_PHONE, " "),
    Reach.EMAIL: (Msg.LABEL_EMAIL, " "),
    Reach.WHERE: (Msg.LABEL_WHERE, ": "),
    Reach.AVAILABLE: (Msg.LABEL_AVAILABLE, ": "),
}


@cache
def _labels(lang: Lang) -> dict[Reach, str]:
    """ "Tel. ", "Waar: " per kind: looked up once per run, not per entry."""
    return {kind: f"{t(label, lang)}{between}" for kind, (label, between) in _LABELS.items()}


class ReachItem(Record):
    """One way to reach an entry: its kind and the value as stored (not yet escaped)."""

    kind: Reach
    value: str

    def labelled(self, lang: Lang) -> str:
        """The item with its label, safe to show: "Tel. 06 12345678"."""
        return _labels(lang)[self.kind] + visible(self.value)


_ORDER: Final = tuple(Reach(key) for key in REACH_ORDER)  # looked up once, not per entry
# The stored texts in ``_ORDER`` read in one call (this runs per entry shown); the phone
# is not among them: it is shown as the user's country dials it.
_TEXTS: Final = attrgetter(*(kind.value for kind in _ORDER if kind is not Reach.PHONE))
_PHONE_AT: Final = _ORDER.index(Reach.PHONE)


def _values(entry: EntryLike, country: str) -> list[object]:
    """The entry's reach values in ``_ORDER``, as stored; the phone as ``country`` dials it."""
    values: list[object] = list(_TEXTS(entry))
    values.insert(_PHONE_AT, entry.phone_shown(country))
    return values


@cache
def _labels_for(lang: Lang, without: frozenset[Reach]) -> tuple[str | None, ...]:
    """The labels in ``_ORDER``; None for the kinds a view leaves out."""
    labels = _labels(lang)
    return tuple(None if kind in without else labels[kind] for kind in _ORDER)


def reach_items(entry: EntryLike, country: str) -> list[ReachItem]:
    """How to reach an entry, in ``REACH_ORDER``; the phone as ``country`` dials it.
    A value counts as ``given()`` does (text that is not blank)."""
    values = _values(entry, country)
    return [
        ReachItem(kind, value)
        for kind, stored in zip(_ORDER, values, strict=True)
        if (value := given(stored))
    ]


def reach_lines(
    entry: EntryLike, lang: Lang, country: str, *, without: frozenset[Reach] = frozenset()
) -> list[str]:
    """The labelled reach items of an entry, one line each, minus the kinds in ``without``
    (the items of ``reach_items``, labelled without building them: this runs per entry)."""
    return [
        label + visible(value)
        for label, stored in zip(_labels_for(lang, without), _values(entry, country), strict=True)
        if label is not None and (value := given(stored))
    ]


def about(entry: EntryLike, lang: Lang) -> str:
    """Who an entry is to the user: the relation, or else its kind."""
    return who_to_you(entry.relation, entry.kind, lang)


def note_line(entry: EntryLike) -> str:
    """The part of a note a printout may show: its first line only (docs/privacy.md).

    Every line break counts, also those a hand edit can bring (\\r, U+2028, \\x1e...).
    """
    lines = (entry.note or "").strip().splitlines()
    return lines[0].strip() if lines else ""


def picture_more(count: int, lang: Lang) -> str:
    """ "and 3 more" under the circle picture, singular for one ("en nog 1 ander")."""
    key = Msg.PICTURE_MORE_ONE if count == 1 else Msg.PICTURE_MORE
    return t(key, lang, count=count)


def main_helpline_uri(country: str) -> str | None:
    """The ``tel:`` address of the country's first helpline with a number (113 or 1813)."""
    from steuncirkel.render.qr import tel_uri

    for line in helplines_to_call(country):
        if line.numbers:
            return tel_uri(line.numbers[0])
    return None
