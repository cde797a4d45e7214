"""The circle on screen: the views of ``show`` as wrapped, styled lines.

Every piece of user text passes through ``visible()`` (control characters become
escapes) and is never parsed as markup: the lines are plain strings with a style name
beside them, so ``[red]x[/red]`` or ``:fire:`` in a name is shown exactly as typed
(RELIABILITY.md 3.1, 3.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from rich.console import Console

from steuncirkel.base.i18n import Lang, Msg, t
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import KIND_LABELS
from steuncirkel.models import CRISIS_MAX, Circle, Entry, Role
from steuncirkel.render.fields import reach_lines
from steuncirkel.render.lines import Block

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from steuncirkel.operations import Pointer

__all__ = ["make_console", "render_empty", "render_show"]

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


UNICODE_SYMBOLS = Symbols(bullet="•", sep=" · ", arrow="→")
ASCII_SYMBOLS = Symbols(bullet="-", sep=" | ", arrow="->")


def make_console(file: IO[str], *, width: int | None = None) -> Console:
    """A console that treats all text as data: no markup, no emoji codes, no highlighting.

    Colour follows Rich's rules: only on a terminal, and never with ``NO_COLOR`` set.
    """
    return Console(
        file=file, markup=False, emoji=False, highlight=False, width=width, soft_wrap=False
    )


def _entry_blocks(
    entry: Entry, marker: str, lang: Lang, sym: Symbols, *, with_note: bool, country: str
) -> Iterator[Block]:
    indent = 2 + len(marker) + 1
    details = [visible(entry.relation)] if entry.relation else []
    details.append(t(KIND_LABELS[entry.kind], lang))
    yield (
        Block(indent=2, hang=indent)
        .add(marker + " ")
        .add(visible(entry.name), NAME)
        .add(sym.sep + sym.sep.join(details))
    )
    reach = reach_lines(entry, lang, country)
    if reach:
        yield Block(indent=indent).add(sym.sep.join(reach))
    else:
        yield Block(indent=indent).add(t(Msg.NO_WAY_TO_REACH, lang), DIM)
    if entry.note and with_note:
        label = f"{t(Msg.LABEL_NOTE, lang)}: "
        for n, line in enumerate(visible(entry.note, multiline=True).split("\n")):
            block = Block(indent=indent)
            if n == 0:
                block.add(label, DIM)
            yield block.add(line)


def _group(
    circle: Circle, role: Role | None, lang: Lang, sym: Symbols, noted: set[str]
) -> Iterator[Block]:
    """One role group; an entry's note is shown only the first time the entry appears."""
    entries = circle.with_role(role)
    title = t(GROUP_TITLES[role], lang, count=len(entries), max=CRISIS_MAX)
    yield Block().add(title, HEADING)
    if not entries:
        yield Block(indent=2).add(t(Msg.GROUP_EMPTY, lang), DIM)
    for number, entry in enumerate(entries, start=1):
        marker = f"{number}." if role is Role.CRISIS else sym.bullet
        yield from _entry_blocks(
            entry,
            marker,
            lang,
            sym,
            with_note=entry.id not in noted,
            country=circle.settings.country.value,
        )
        noted.add(entry.id)
    yield Block()


def render_show(
    circle: Circle,
    pointers: Iterable[Pointer],
    lang: Lang,
    *,
    role: Role | None = None,
    only_role: bool = False,
    demo: bool = False,
    ascii_only: bool = False,
) -> list[Block]:
    """The summary of ``show``: title, the groups (crisis list first), then pointers.

    With ``only_role`` just the group of ``role`` is shown (``role=None``: no role yet).
    """
    sym = ASCII_SYMBOLS if ascii_only else UNICODE_SYMBOLS
    title_key = Msg.SHOW_TITLE_DEMO if demo else Msg.SHOW_TITLE
    blocks = [Block().add(t(title_key, lang, count=len(circle.entries)), TITLE), Block()]
    groups: list[Role | None] = (
        [role] if only_role else [Role.CRISIS, Role.LISTENS, Role.PRACTICAL, None]
    )
    noted: set[str] = set()
    for group in groups:
        if group is None and not only_role and not circle.with_role(None):
            continue
        blocks.extend(_group(circle, group, lang, sym, noted))
    hints = list(pointers)
    if hints:
        blocks.append(Block().add(t(Msg.POINTERS_TITLE, lang), HEADING))
        for hint in hints:
            params = {k: visible(str(v)) for k, v in hint.params.items()}
            prefix = f"{sym.arrow} "
            blocks.append(
                Block(indent=2, hang=2 + len(prefix)).add(prefix).add(t(hint.msg, lang, **params))
            )
    return blocks


def render_empty(lang: Lang) -> list[Block]:
    """The start guide for an empty circle: what to type first."""
    steps = [
        (Msg.START_STEP_LISTENS, t(Msg.START_CMD_LISTENS, lang)),
        (Msg.START_STEP_CRISIS, t(Msg.START_CMD_CRISIS, lang)),
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
