"""Words and lines about one entry that every view shares: its kind, how to reach it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from steuncirkel.base.i18n import Msg, t
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import KIND_LABELS

if TYPE_CHECKING:
    from steuncirkel.base.helplines import Helpline
    from steuncirkel.base.i18n import Lang
    from steuncirkel.models import Entry

__all__ = ["about", "main_helpline_uri", "reach_lines"]


def reach_lines(entry: Entry, lang: Lang, country: str) -> list[str]:
    """How to reach an entry, one labelled item each: phone, e-mail, where, when."""
    lines = []
    if phone := entry.phone_shown(country):
        lines.append(f"{t(Msg.LABEL_PHONE, lang)} {visible(phone)}")
    if entry.email:
        lines.append(f"{t(Msg.LABEL_EMAIL, lang)} {visible(entry.email)}")
    if entry.where:
        lines.append(f"{t(Msg.LABEL_WHERE, lang)}: {visible(entry.where)}")
    if entry.available:
        lines.append(f"{t(Msg.LABEL_AVAILABLE, lang)}: {visible(entry.available)}")
    return lines


def about(entry: Entry, lang: Lang) -> str:
    """Who an entry is to the user: the relation, or else its kind."""
    return entry.relation or t(KIND_LABELS[entry.kind], lang)


def main_helpline_uri(lines: tuple[Helpline, ...]) -> str | None:
    """The ``tel:`` address of the first helpline with a number (113 or 1813)."""
    from steuncirkel.render.qr import tel_uri

    for line in lines:
        if line.numbers and not line.emergency:
            return tel_uri(line.numbers[0])
    return None
