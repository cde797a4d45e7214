"""The circle on screen: the views of ``show`` as wrapped, styled lines.

Every piece of user text passes through ``visible()`` (control characters become
escapes) and is never parsed as markup: the lines are plain strings with a style name
beside them, so ``[red]x[/red]`` or ``:fire:`` in a name is shown exactly as typed
(RELIABILITY.md 3.1, 3.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from steuncirkel.base.i18n import Lang, Msg, message, t, written_date
from steuncirkel.base.plaintext import separator
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import (
    COUNTRY_LABELS,
    CRISIS_MAX,
    DEFAULT_COUNTRY,
    EXAMPLE_PHONES,
    KIND_LABELS,
    Role,
)
from steuncirkel.reading import last_contact
from steuncirkel.render.fields import reach_lines
from steuncirkel.render.lines import Block

if TYPE_CHECKING:
    from collections.abc import Iterator

    from steuncirkel.base.circleview import EntryLike
    from steuncirkel.reading import ShowView

__all__ = ["render_empty", "render_show"]

GROUP_TITLES: dict[Role | None, Msg] = {
    Role.CRISIS: Msg.GROUP_CRISIS,
    Role.LISTENS: Msg.GROUP_LISTENS,
    Role.PRACTICAL: Msg.GROUP_PRACTICAL,
    None: Msg.GROUP_NO_ROLE,
}

TITLE = "bold"
HEADING = "bold cyan"
NAME = "bold"
DIM = "dim"
COMMAND = "bold green"


@dataclass(frozen=True)
class Symbols:
    """Characters for bullets and separators; ASCII where the output cannot encode more."""

    bullet: str
    sep: str
    arrow: str


UNICODE_SYMBOLS = Symbols(bullet="•", sep=separator(ascii_only=False), arrow="→")
ASCII_SYMBOLS = Symbols(bullet="-", sep=separator(ascii_only=True), arrow="->")


def _facts(entry: EntryLike, lang: Lang) -> list[str]:
    """What the user recorded about the tie: that the person knows, the last contact."""
    facts = [t(Msg.LABEL_KNOWS, lang)] if entry.knows and entry.has(Role.CRISIS) else []
    if (contacted := last_contact(entry)) is not None:
        facts.append(f"{t(Msg.LABEL_LAST_CONTACT, lang)}: {written_date(contacted, lang)}")
    return facts


@cache
def _kind_label(kind: str, lang: Lang) -> str:
    return t(KIND_LABELS[kind], lang)


def _entry_blocks(
    entry: EntryLike, marker: str, lang: Lang, sym: Symbols, *, with_note: bool, country: str
) -> Iterator[Block]:
    # Built span by span rather than with ``add``: this runs once per entry shown, and
    # every span here has text (``add`` would only skip empty ones).
    indent = 2 + len(marker) + 1
    kind = _kind_label(entry.kind, lang)
    details = f"{visible(entry.relation)}{sym.sep}{kind}" if entry.relation else kind
    name = visible(entry.name)
    yield Block([(marker + " ", ""), (name, NAME), (sym.sep + details, "")], 2, indent)
    reach = reach_lines(entry, lang, country)
    if reach:
        yield Block([(sym.sep.join(reach), "")], indent)
    else:
        yield Block(indent=indent).add(t(Msg.NO_WAY_TO_REACH, lang), DIM)
    if with_note and (facts := _facts(entry, lang)):
        yield Block(indent=indent).add(sym.sep.join(facts), DIM)
    if entry.note and with_note:
        label = f"{t(Msg.LABEL_NOTE, lang)}: "
        for n, line in enumerate(visible(entry.note, multiline=True).split("\n")):
            block = Block(indent=indent)
            if n == 0:
                block.add(label, DIM)
            yield block.add(line)


def _group(
    view: ShowView,
    role: Role | None,
    entries: list[EntryLike],
    lang: Lang,
    sym: Symbols,
    noted: set[str],
) -> Iterator[Block]:
    """One role group; an entry's note is shown only the first time the entry appears."""
    key = GROUP_TITLES[role]
    if key is Msg.GROUP_CRISIS and len(entries) > CRISIS_MAX:  # a hand-edited store
        key = Msg.GROUP_CRISIS_OVER
    title = t(key, lang, count=len(entries), max=CRISIS_MAX)
    yield Block().add(title, HEADING)
    if not entries:
        yield Block(indent=2).add(t(Msg.GROUP_EMPTY, lang), DIM)
    country = view.circle.settings.country.value
    for number, entry in enumerate(entries, start=1):
        marker = f"{number}." if role is Role.CRISIS else sym.bullet
        with_note = entry.id not in noted
        yield from _entry_blocks(entry, marker, lang, sym, with_note=with_note, country=country)
        noted.add(entry.id)
    yield Block()


def render_show(
    view: ShowView, lang: Lang, *, demo: bool = False, ascii_only: bool = False
) -> list[Block]:
    """The summary of ``show``: title, the view's groups (crisis list first), its pointers."""
    sym = ASCII_SYMBOLS if ascii_only else UNICODE_SYMBOLS
    title_key = Msg.SHOW_TITLE_DEMO if demo else Msg.SHOW_TITLE
    count = len(view.circle.entries)
    country = t(COUNTRY_LABELS[view.circle.settings.country.value], lang)
    blocks = [Block().add(t(title_key, lang, count=count, country=country), TITLE), Block()]
    noted: set[str] = set()
    for role, entries in view.groups:
        blocks.extend(_group(view, role, entries, lang, sym, noted))
    if view.pointers:
        blocks.append(Block().add(t(Msg.POINTERS_TITLE, lang), HEADING))
        prefix = f"{sym.arrow} "
        for pointer in view.pointers:
            text = message(pointer.msg, lang, pointer.params)
            blocks.append(Block(indent=2, hang=2 + len(prefix)).add(prefix).add(text))
    return blocks


def render_empty(lang: Lang, country: str) -> list[Block]:
    """The start guide for an empty circle: what to type first, with example numbers
    that work in the user's country."""
    mobile, landline = EXAMPLE_PHONES.get(country, EXAMPLE_PHONES[DEFAULT_COUNTRY])
    steps = [
        (Msg.START_STEP_LISTENS, t(Msg.START_CMD_LISTENS, lang, mobile=mobile)),
        (Msg.START_STEP_CRISIS, t(Msg.START_CMD_CRISIS, lang, landline=landline)),
        (Msg.START_STEP_WALK, "steuncirkel add"),
        (Msg.START_STEP_DEMO, "steuncirkel --demo show"),
    ]
    blocks = [
        Block().add(t(Msg.START_TITLE, lang), TITLE),
        Block(),
        Block().add(t(Msg.START_INTRO, lang)),
        Block(),
    ]
    for label, command in steps:
        blocks.append(Block(indent=2).add(t(label, lang)))
        blocks.append(Block(indent=4).add(command, COMMAND))
        blocks.append(Block())
    return blocks
