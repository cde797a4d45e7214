"""The circle on screen: Rich renderables for ``show`` and ``settings``.

Every piece of user text goes in as ``Text(visible(...))`` and the console is created
with markup, emoji and highlighting off, so ``[red]x[/red]`` or ``:fire:`` in a name is
shown as typed (RELIABILITY.md 3.1, 3.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from steuncirkel.i18n import Lang, Msg, t
from steuncirkel.models import CRISIS_MAX, Circle, Entry, Kind, Role
from steuncirkel.render.safe import visible

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from rich.console import RenderableType

    from steuncirkel.core import Pointer

__all__ = ["KIND_WORDS", "make_console", "render_empty", "render_show"]

KIND_WORDS: dict[Kind, Msg] = {
    Kind.PERSON: Msg.KIND_PERSON,
    Kind.PLACE: Msg.KIND_PLACE,
    Kind.PROFESSIONAL: Msg.KIND_PROFESSIONAL,
    Kind.GROUP: Msg.KIND_GROUP,
}

GROUP_TITLES: dict[Role | None, Msg] = {
    Role.CRISIS: Msg.GROUP_CRISIS,
    Role.LISTENS: Msg.GROUP_LISTENS,
    Role.PRACTICAL: Msg.GROUP_PRACTICAL,
    None: Msg.GROUP_NO_ROLE,
}

HEADING = "bold cyan"
NAME = "bold"
DIM = "dim"


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
        file=file,
        markup=False,
        emoji=False,
        highlight=False,
        width=width,
        soft_wrap=False,
    )


def _reach_parts(entry: Entry, lang: Lang) -> list[str]:
    parts: list[str] = []
    if entry.phone:
        parts.append(f"{t(Msg.LABEL_PHONE, lang)} {visible(entry.phone_display or entry.phone)}")
    if entry.email:
        parts.append(f"{t(Msg.LABEL_EMAIL, lang)} {visible(entry.email)}")
    if entry.where:
        parts.append(f"{t(Msg.LABEL_WHERE, lang)}: {visible(entry.where)}")
    if entry.available:
        parts.append(f"{t(Msg.LABEL_AVAILABLE, lang)}: {visible(entry.available)}")
    return parts


def _entry_lines(
    entry: Entry, marker: str, lang: Lang, sym: Symbols, *, with_note: bool
) -> Iterator[RenderableType]:
    indent = 2 + len(marker) + 1
    head = Text(marker + " ")
    head.append(visible(entry.name), style=NAME)
    details = [visible(entry.relation)] if entry.relation else []
    details.append(t(KIND_WORDS[entry.kind], lang))
    head.append(sym.sep + sym.sep.join(details))
    yield Padding(head, (0, 0, 0, 2), expand=False)
    reach = _reach_parts(entry, lang)
    body = Text(sym.sep.join(reach)) if reach else Text(t(Msg.NO_WAY_TO_REACH, lang), style=DIM)
    yield Padding(body, (0, 0, 0, indent), expand=False)
    if entry.note and with_note:
        note = Text(f"{t(Msg.LABEL_NOTE, lang)}: ", style=DIM)
        note.append(visible(entry.note, multiline=True))
        yield Padding(note, (0, 0, 0, indent), expand=False)


def _group(
    circle: Circle, role: Role | None, lang: Lang, sym: Symbols, noted: set[str]
) -> Iterator[RenderableType]:
    """One role group; an entry's note is shown only the first time the entry appears."""
    entries = circle.with_role(role)
    title = GROUP_TITLES[role]
    yield Text(t(title, lang, count=len(entries), max=CRISIS_MAX), style=HEADING)
    if not entries:
        yield Text("  " + t(Msg.GROUP_EMPTY, lang), style=DIM)
    for number, entry in enumerate(entries, start=1):
        marker = f"{number}." if role is Role.CRISIS else sym.bullet
        yield from _entry_lines(entry, marker, lang, sym, with_note=entry.id not in noted)
        noted.add(entry.id)
    yield Text("")


def render_show(
    circle: Circle,
    pointers: Iterable[Pointer],
    lang: Lang,
    *,
    role: Role | None = None,
    only_role: bool = False,
    demo: bool = False,
    ascii_only: bool = False,
) -> RenderableType:
    """The summary of ``show``: title, the groups (crisis list first), then pointers.

    With ``only_role`` just the group of ``role`` is shown (``role=None``: no role yet).
    """
    sym = ASCII_SYMBOLS if ascii_only else UNICODE_SYMBOLS
    title_key = Msg.SHOW_TITLE_DEMO if demo else Msg.SHOW_TITLE
    parts: list[RenderableType] = [
        Text(t(title_key, lang, count=len(circle.entries)), style="bold"),
        Text(""),
    ]
    groups: list[Role | None] = (
        [role] if only_role else [Role.CRISIS, Role.LISTENS, Role.PRACTICAL, None]
    )
    noted: set[str] = set()
    for group in groups:
        if group is None and not only_role and not circle.with_role(None):
            continue
        parts.extend(_group(circle, group, lang, sym, noted))
    hints = list(pointers)
    if hints:
        parts.append(Text(t(Msg.POINTERS_TITLE, lang), style=HEADING))
        for hint in hints:
            params = {k: visible(str(v)) for k, v in hint.params.items()}
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True)
            grid.add_column()
            grid.add_row(Text(sym.arrow), Text(t(hint.msg, lang, **params)))
            parts.append(Padding(grid, (0, 0, 0, 2), expand=False))
    return Group(*parts)


def render_empty(lang: Lang) -> RenderableType:
    """The start guide for an empty circle: what to type first."""
    steps = [
        (Msg.START_STEP_LISTENS, t(Msg.START_CMD_LISTENS, lang)),
        (Msg.START_STEP_CRISIS, t(Msg.START_CMD_CRISIS, lang)),
        (Msg.START_STEP_WALK, "steuncirkel add"),
        (Msg.START_STEP_DEMO, "steuncirkel --demo show"),
    ]
    parts: list[RenderableType] = [
        Text(t(Msg.START_TITLE, lang), style="bold"),
        Text(""),
        Text(t(Msg.START_INTRO, lang)),
        Text(""),
    ]
    for label, command in steps:
        parts.append(Text("  " + t(label, lang)))
        parts.append(Text("    " + command, style="bold green", no_wrap=True, overflow="ignore"))
        parts.append(Text(""))
    return Group(*parts)
